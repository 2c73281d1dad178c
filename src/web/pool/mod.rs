//! Runs on web workers, the page's side. One worker per core (`navigator.hardwareConcurrency`,
//! at most [`MAX_WORKERS`]; `?workers=N` in the page's address overrides it, for benchmarks and
//! tests) takes batches of trials in the order of `engine::plan`; until one is ready, the page
//! runs the first batches itself (`on_page`). Results stream back: a worker
//! answers a batch with its outputs laid out column by column and each trial's row hash (see
//! `worker`), so the page never touches a row: it appends each batch, in trial order, to the
//! scenario's report columns and digest, reports progress, and now and then, when a longer prefix
//! of trials is complete for every scenario, builds a partial report (in short slices, see
//! `runner::build_results`) and shows it. The last batch gives the full report, which then has
//! only its summaries left to do.
//!
//! The buffers answers come in go back to the workers: once a batch's columns are copied out,
//! its buffer travels with a later request (transferred, not copied) and the worker writes that
//! batch's columns into it, so that neither side makes new memory for every batch's columns
//! (fresh memory costs a page fault per memory page, and the page's garbage collector the rest).
//! A few are kept, [`SPARES_PER_WORKER`] a worker.
//!
//! A newer run replaces the older one at once: answers to the older run's batches are dropped
//! by their job's generation. A worker that crashes is replaced and its batch given to the next
//! free worker; a batch that crashes workers [`MAX_CRASHES`] times fails the run with a message.
//! The numbers never depend on the number of workers (MODEL.md, Determinism): each batch fills
//! its own rows from its own trial seeds.
//!
//! No `RefCell` borrow is held while an action is sent to the app: sending can render, and a
//! render can start a run.
//!
//! This file is the Worker plumbing: starting workers, posting requests, reading answers out of
//! their messages. Which batch goes where, what waits, what runs again and when a report is due
//! is `schedule`, which knows nothing of the browser.

mod on_page;
pub mod schedule;

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, Event, MessageEvent, Worker};
use yew::Callback;

use super::clock::{mark, now_ms};
use super::runner::{build_results, preflight};
use super::state::{Action, NotRun, Said, Why};
use super::worker::{self, BatchAnswer, BatchRequest, READY};
use crate::engine::plan::{batches, size_scale, Batch, Completion};
use crate::engine::{work_estimate, RunDigest, METRIC_COUNT};
use crate::i18n::{Args, Message};
use crate::model::Workspace;
use crate::report::Columns;
use schedule::{Crash, Pacing, Queues, Schedule, Spares};
pub use schedule::{MAX_CRASHES, SPARES_PER_WORKER};

/// The most workers a page starts.
pub const MAX_WORKERS: usize = 8;
/// The worker's loader script, made by trunk (`data-loader-shim`).
const WORKER_SCRIPT: &str = "worker_loader.js";

/// How many workers to start: `?workers=N` in the address, else one per core, at most
/// [`MAX_WORKERS`].
pub fn worker_count() -> usize {
    let Some(window) = web_sys::window() else {
        return 1;
    };
    let asked = window
        .location()
        .search()
        .ok()
        .and_then(|q| {
            q.trim_start_matches('?')
                .split('&')
                .find_map(|p| p.strip_prefix("workers=").map(str::to_string))
        })
        .and_then(|n| n.parse::<usize>().ok());
    let cores = window.navigator().hardware_concurrency() as usize;
    asked.unwrap_or(cores).clamp(1, MAX_WORKERS)
}

struct Slot {
    worker: Worker,
    ready: bool,
    /// The worker failed before it was ready (its script or wasm could not load): it is not
    /// started again.
    failed: bool,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
}

/// The run the workers are busy with.
struct ActiveRun {
    latest: Rc<Cell<u64>>,
    workspace: Rc<Workspace>,
    /// Each scenario's file form as JSON text, written once for every batch's request.
    scenarios: Vec<Box<serde_json::value::RawValue>>,
    schedule: Schedule<Answer>,
    /// Where a batch's columns are copied out of its message before they are appended: one
    /// buffer for the run, so no batch allocates.
    scratch: Vec<f64>,
    /// Each scenario's digest and report columns, of its batches taken in so far: batches are
    /// taken in as soon as every earlier batch of their scenario is, so that the final results
    /// need not do it all after the last batch.
    digests: Vec<RunDigest>,
    columns: Vec<Columns>,
    dispatch: Callback<Action>,
    pacing: Pacing,
}

impl ActiveRun {
    fn generation(&self) -> u64 {
        self.schedule.generation()
    }

    fn total(&self) -> u64 {
        self.workspace.run.trials as u64 * self.workspace.scenarios.len() as u64
    }

    /// The values in one trial's row of scenario `s`: its columns.
    fn width(&self, s: usize) -> usize {
        self.workspace.scenarios[s].quarters() * METRIC_COUNT
    }

    /// Takes batch `index`'s answer in: appends it to its scenario's columns and digest with
    /// every answer that waited for it (see [`Schedule::answered`]). The buffers of the answers
    /// taken in go to `spares`.
    fn take_in(&mut self, index: usize, answer: Answer, spares: &mut Spares<js_sys::ArrayBuffer>) {
        let opportunities = answer.opportunities();
        let (scratch, columns, digests) = (&mut self.scratch, &mut self.columns, &mut self.digests);
        self.schedule
            .answered(index, opportunities, answer, |s, answer| match answer {
                Answer::Worker {
                    columns: batch,
                    hashes,
                    opportunities,
                } => {
                    scratch.resize(batch.length() as usize, 0.0);
                    batch.copy_to(scratch);
                    columns[s].append_batch(scratch);
                    columns[s].add_opportunities(opportunities);
                    digests[s].eat_row_hashes(&hashes.to_vec());
                    spares.keep(batch.buffer());
                }
                Answer::OnPage(batch) => {
                    columns[s].append_batch(&batch.columns);
                    columns[s].add_opportunities(batch.opportunities);
                    digests[s].eat_row_hashes(&batch.hashes);
                }
            });
    }

    /// Every scenario's first `k` trials, with the opportunities of those trials.
    fn prefix(&self, k: u32) -> Vec<Columns> {
        self.columns
            .iter()
            .enumerate()
            .map(|(s, columns)| {
                columns.prefix(k as usize, self.schedule.prefix_opportunities(s, k))
            })
            .collect()
    }

    /// The run fails with `reason` (a run's error as [`worker::run_failure`] wrote it, said
    /// in the page's language when shown, or other text as it is), naming the scenario of
    /// `batch`.
    fn failed(&self, batch: &Batch, reason: impl std::fmt::Display) -> After {
        let reason = reason.to_string();
        match worker::read_failure(&reason) {
            Ok(error) => self.failed_because(batch, Why::Run(error)),
            Err(text) => self.failed_because(batch, Why::Text(text.to_string())),
        }
    }

    /// The run fails with `why`, said in the page's language, naming the scenario of `batch`.
    fn failed_because(&self, batch: &Batch, why: Why) -> After {
        let name = self.workspace.scenarios[batch.scenario].label(batch.scenario);
        After::Emit(
            self.dispatch.clone(),
            Action::Failed {
                generation: self.generation(),
                reason: NotRun::because(Said::Because(
                    Message::with("run-scenario-failed", Args::new().text("name", name)),
                    why,
                )),
            },
        )
    }
}

/// The answer to a batch: a worker's, as its message carried it, or the page's own (see
/// `on_page`).
enum Answer {
    Worker {
        columns: js_sys::Float64Array,
        hashes: js_sys::BigUint64Array,
        opportunities: u64,
    },
    OnPage(BatchAnswer),
}

impl Answer {
    fn opportunities(&self) -> u64 {
        match self {
            Answer::Worker { opportunities, .. } => *opportunities,
            Answer::OnPage(batch) => batch.opportunities,
        }
    }
}

struct Inner {
    slots: Vec<Slot>,
    /// Which worker has which batches.
    queues: Queues,
    run: Option<ActiveRun>,
    /// Answer buffers whose columns are taken in, for the next requests to carry back.
    spares: Spares<js_sys::ArrayBuffer>,
    me: Weak<RefCell<Inner>>,
}

/// The workers and the run they are on.
#[derive(Clone)]
pub struct WorkerPool(Rc<RefCell<Inner>>);

impl PartialEq for WorkerPool {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What a handler leaves to do once no borrow is held.
enum After {
    Emit(Callback<Action>, Action),
    /// No worker can load: run on the page instead.
    OnThePage(Box<ActiveRun>),
    Report {
        partial: bool,
        columns: Vec<Columns>,
        /// Empty for partial results.
        digests: Vec<u64>,
        generation: u64,
        latest: Rc<Cell<u64>>,
        workspace: Rc<Workspace>,
        trials_done: u32,
        dispatch: Callback<Action>,
    },
}

fn spawn_worker(me: &Weak<RefCell<Inner>>, index: usize) -> Result<Slot, String> {
    let worker = Worker::new(WORKER_SCRIPT).map_err(|e| format!("{e:?}"))?;
    let on_message = {
        let me = me.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            if let Some(inner) = me.upgrade() {
                let after = inner.borrow_mut().on_message(index, event.data());
                carry_out(&me, after);
            }
        })
    };
    let on_error = {
        let me = me.clone();
        Closure::<dyn FnMut(Event)>::new(move |event: Event| {
            event.prevent_default();
            let message = crash_message(&event);
            if let Some(inner) = me.upgrade() {
                let after = inner.borrow_mut().on_crash(index, message);
                carry_out(&me, after);
            }
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Slot {
        worker,
        ready: false,
        failed: false,
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// What a worker's `error` event says. An uncaught exception in the worker sends an
/// `ErrorEvent` with a message; a worker whose script or wasm cannot load sends a plain `Event`,
/// which has none (reading `ErrorEvent.message` from it would throw inside the handler, with the
/// pool borrowed).
fn crash_message(event: &Event) -> String {
    match event.dyn_ref::<ErrorEvent>() {
        Some(error) => error.message(),
        None => "the worker could not load".to_string(),
    }
}

/// Sends the actions and starts the report builds a handler asked for.
fn carry_out(me: &Weak<RefCell<Inner>>, after: Vec<After>) {
    for step in after {
        match step {
            After::Emit(dispatch, action) => dispatch.emit(action),
            After::OnThePage(run) => {
                let workspace = (*run.workspace).clone();
                wasm_bindgen_futures::spawn_local(super::runner::run(
                    workspace,
                    run.generation(),
                    run.latest,
                    run.dispatch,
                ));
            }
            After::Report {
                partial,
                columns,
                digests,
                generation,
                latest,
                workspace,
                trials_done,
                dispatch,
            } => {
                let me = me.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let results = build_results(
                        workspace,
                        columns,
                        trials_done,
                        digests,
                        &latest,
                        generation,
                    )
                    .await;
                    if partial {
                        if let Some(inner) = me.upgrade() {
                            if let Some(run) = inner.borrow_mut().run.as_mut() {
                                run.pacing.reporting = false;
                            }
                        }
                    }
                    let Some(results) = results else { return };
                    mark(if partial {
                        "pipesim:partial-report"
                    } else {
                        "pipesim:report"
                    });
                    let results = Rc::new(results);
                    dispatch.emit(if partial {
                        Action::Partial(results)
                    } else {
                        Action::Finished(results)
                    });
                });
            }
        }
    }
}

/// Makes the page's heap room for `values` more `f64`s in one step, for a run's columns: one
/// allocation of them all, freed at once, grows the wasm memory once, and the columns' own
/// allocations then split that room. Alone, each column's allocation grew the memory by itself
/// (`memory.grow`, hundreds of times for a big run, on the main thread before the first batch
/// went out). Where the room is there already (an earlier run's columns, freed), nothing grows.
pub fn grow_heap_for(values: usize) {
    let room = Vec::<f64>::with_capacity(values);
    // Kept from being optimised away with its free.
    std::hint::black_box(&room);
}

impl WorkerPool {
    /// Starts `count` workers; none when the browser cannot start one (the page then runs
    /// trials itself).
    pub fn new(count: usize) -> Option<WorkerPool> {
        let inner = Rc::new_cyclic(|me: &Weak<RefCell<Inner>>| {
            RefCell::new(Inner {
                slots: Vec::new(),
                queues: Queues::new(count.max(1)),
                run: None,
                spares: Spares::new(SPARES_PER_WORKER * count.max(1)),
                me: me.clone(),
            })
        });
        let me = Rc::downgrade(&inner);
        for i in 0..count.max(1) {
            let slot = spawn_worker(&me, i).ok()?;
            inner.borrow_mut().slots.push(slot);
        }
        Some(WorkerPool(inner))
    }

    /// How many workers there are.
    pub fn size(&self) -> usize {
        self.0.borrow().slots.len()
    }

    /// Runs `workspace` as generation `generation`, replacing any run in progress. Sends
    /// `Started`, `Progress`, `Partial` and `Finished` or `Failed` to `dispatch`; stops quietly
    /// as soon as `latest` holds another generation.
    pub fn start(
        &self,
        workspace: Workspace,
        generation: u64,
        latest: Rc<Cell<u64>>,
        dispatch: Callback<Action>,
    ) {
        if let Err(reason) = preflight(&workspace) {
            dispatch.emit(Action::Failed { generation, reason });
            return;
        }
        // The run's tables are made in a task of their own, after the page has shown that the
        // run started.
        if !self.0.borrow().slots.iter().all(|s| s.failed) {
            mark("pipesim:start");
            dispatch.emit(Action::Started(generation));
        }
        let pool = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            super::runner::yield_to_browser().await;
            if latest.get() == generation {
                pool.begin(workspace, generation, latest, dispatch);
            }
        });
    }

    /// Makes the run's tables and hands the first batches out.
    fn begin(
        &self,
        workspace: Workspace,
        generation: u64,
        latest: Rc<Cell<u64>>,
        dispatch: Callback<Action>,
    ) {
        let trials = workspace.run.trials;
        let n = workspace.scenarios.len();
        let heaviest = workspace
            .scenarios
            .iter()
            .map(|s| work_estimate(s, 1))
            .fold(0.0, f64::max);
        let scale = size_scale(heaviest);
        let plan = batches(n, trials, scale);
        let quarters: Vec<usize> = workspace.scenarios.iter().map(|s| s.quarters()).collect();
        let values: usize = quarters.iter().map(|q| q * METRIC_COUNT).sum();
        grow_heap_for(values.saturating_mul(trials as usize));
        let run = ActiveRun {
            latest,
            scenarios: workspace
                .scenarios
                .iter()
                .map(|s| {
                    serde_json::value::to_raw_value(&s.to_compact_value())
                        .expect("a scenario's value writes as JSON")
                })
                .collect(),
            digests: quarters
                .iter()
                .map(|&q| RunDigest::new(trials as usize, q))
                .collect(),
            columns: quarters
                .iter()
                .map(|&q| Columns::for_run(trials as usize, q))
                .collect(),
            scratch: Vec::new(),
            schedule: Schedule::new(generation, n, plan, Completion::new(n, trials, scale)),
            workspace: Rc::new(workspace),
            dispatch: dispatch.clone(),
            pacing: Pacing::new(now_ms()),
        };
        let mut after = Vec::new();
        {
            let mut inner = self.0.borrow_mut();
            if inner.slots.iter().all(|s| s.failed) {
                after.push(After::OnThePage(Box::new(run)));
            } else {
                inner.run = Some(run);
                after.extend(inner.fill());
                if !inner.slots.iter().any(|s| s.ready) {
                    wasm_bindgen_futures::spawn_local(on_page::run_until_a_worker_is_ready(
                        Rc::downgrade(&self.0),
                        generation,
                    ));
                }
            }
        }
        carry_out(&Rc::downgrade(&self.0), after);
    }

    /// Drops the run in progress (a cancel); its batches' answers are ignored.
    pub fn stop(&self) {
        self.0.borrow_mut().run = None;
    }
}

impl Inner {
    /// Hands batches to every idle, ready worker (see [`Schedule::fill`]).
    fn fill(&mut self) -> Vec<After> {
        let Some(run) = self.run.as_mut() else {
            return Vec::new();
        };
        if run.latest.get() != run.generation() {
            self.run = None;
            return Vec::new();
        }
        let ready: Vec<bool> = self.slots.iter().map(|s| s.ready).collect();
        let (slots, spares) = (&self.slots, &mut self.spares);
        let (scenarios, workspace) = (&run.scenarios, &run.workspace);
        run.schedule
            .fill(&mut self.queues, &ready, |worker, job, b| {
                let request = BatchRequest {
                    job: job.id,
                    key: format!("{}:{}", job.generation, b.scenario),
                    scenario: scenarios[b.scenario].clone(),
                    seed: workspace.run.seed,
                    start: b.trials.start,
                    end: b.trials.end,
                };
                let text = serde_json::to_string(&request).expect("a request serialises");
                // A spent buffer with room for this batch's columns goes with it.
                let width = workspace.scenarios[b.scenario].quarters() * METRIC_COUNT;
                let needed = b.trials.len() * width * std::mem::size_of::<f64>();
                let spare = spares.take_fitting(needed, |s| s.byte_length() as usize);
                let message = js_sys::Object::new();
                let transfer = js_sys::Array::new();
                let _ =
                    js_sys::Reflect::set(&message, &"request".into(), &JsValue::from_str(&text));
                if let Some(spare) = &spare {
                    let _ = js_sys::Reflect::set(&message, &"spare".into(), spare);
                    transfer.push(spare);
                }
                slots[worker]
                    .worker
                    .post_message_with_transfer(&message, &transfer)
                    .is_ok()
            });
        Vec::new()
    }

    fn on_message(&mut self, index: usize, data: JsValue) -> Vec<After> {
        if data.as_string().as_deref() == Some(READY) {
            if let Some(slot) = self.slots.get_mut(index) {
                slot.ready = true;
            }
            return self.fill();
        }
        let job = self.queues.answered(index);
        let mut after = Vec::new();
        let (Some(job), Some(run)) = (job, self.run.as_mut()) else {
            after.extend(self.fill());
            return after;
        };
        if job.generation != run.generation() || run.latest.get() != run.generation() {
            after.extend(self.fill());
            return after;
        }
        let field = |k: &str| js_sys::Reflect::get(&data, &JsValue::from_str(k)).ok();
        if field("job").and_then(|j| j.as_f64()) != Some(job.id as f64) {
            // Not the answer to this worker's batch: give the batch to a worker again.
            run.schedule.retry(job.batch);
            after.extend(self.fill());
            return after;
        }
        if let Some(error) = field("error").and_then(|e| e.as_string()) {
            after.push(run.failed(run.schedule.batch(job.batch), error));
            self.run = None;
            return after;
        }
        let columns = field("columns").and_then(|r| r.dyn_into::<js_sys::Float64Array>().ok());
        let hashes = field("hashes").and_then(|r| r.dyn_into::<js_sys::BigUint64Array>().ok());
        let opportunities = field("opportunities")
            .and_then(|o| o.as_f64())
            .unwrap_or(0.0) as u64;
        let batch = run.schedule.batch(job.batch);
        let trials = batch.trials.len();
        let width = run.width(batch.scenario);
        let answer = match (columns, hashes) {
            (Some(columns), Some(hashes))
                if columns.length() as usize == trials * width
                    && hashes.length() as usize == trials =>
            {
                Answer::Worker {
                    columns,
                    hashes,
                    opportunities,
                }
            }
            _ => {
                // A malformed answer counts as a crash of that batch.
                run.schedule.retry(job.batch);
                after.extend(self.fill());
                return after;
            }
        };
        run.take_in(job.batch, answer, &mut self.spares);
        self.after_answer()
    }

    /// After an answer was taken in: the final report once every batch is, else progress and a
    /// partial report when due, and more batches handed out.
    fn after_answer(&mut self) -> Vec<After> {
        let mut after = Vec::new();
        let Some(run) = self.run.as_mut() else {
            return after;
        };
        let now = now_ms();
        if run.schedule.all_done() {
            mark("pipesim:rows-in");
            let mut run = self.run.take().expect("the run in progress");
            let total = run.total();
            let generation = run.generation();
            after.push(After::Emit(
                run.dispatch.clone(),
                Action::Progress {
                    generation,
                    done: total,
                    total,
                },
            ));
            after.push(After::Report {
                partial: false,
                columns: std::mem::take(&mut run.columns),
                digests: run.digests.iter().map(RunDigest::finish).collect(),
                generation,
                latest: run.latest,
                trials_done: run.workspace.run.trials,
                workspace: run.workspace,
                dispatch: run.dispatch,
            });
            return after;
        }
        if run.pacing.progress_due(now) {
            after.push(After::Emit(
                run.dispatch.clone(),
                Action::Progress {
                    generation: run.generation(),
                    done: run.schedule.done_trials(),
                    total: run.total(),
                },
            ));
        }
        let k = run.schedule.complete_trials();
        if run.pacing.partial_due(k, run.workspace.run.trials, now) {
            after.push(After::Report {
                partial: true,
                columns: run.prefix(k),
                digests: Vec::new(),
                generation: run.generation(),
                latest: run.latest.clone(),
                workspace: run.workspace.clone(),
                trials_done: k,
                dispatch: run.dispatch.clone(),
            });
        }
        after.extend(self.fill());
        after
    }

    /// A worker crashed: replace it, and give its batch to the next free worker. A worker that
    /// fails before it is ready is not started again; when none is left, the run goes on the page.
    fn on_crash(&mut self, index: usize, message: String) -> Vec<After> {
        let mut after = Vec::new();
        if self.slots.get(index).is_some_and(|s| !s.ready) {
            let slot = &mut self.slots[index];
            slot.failed = true;
            slot.worker.terminate();
            if self.slots.iter().all(|s| s.failed) {
                if let Some(run) = self.run.take() {
                    after.push(After::OnThePage(Box::new(run)));
                }
            }
            return after;
        }
        let (running, queued) = self.queues.crashed(index);
        if let Some(slot) = self.slots.get(index) {
            slot.worker.terminate();
        }
        if let Some(run) = self.run.as_mut() {
            run.schedule.requeue(queued);
        }
        match spawn_worker(&self.me, index) {
            Ok(slot) => self.slots[index] = slot,
            Err(_) => {
                // The slot stays dead; the others carry on.
                if let Some(slot) = self.slots.get_mut(index) {
                    slot.ready = false;
                }
            }
        }
        if let Some(run) = self.run.as_mut() {
            if let Crash::TooMany(batch) = run.schedule.crashed(running) {
                let reason = Why::Message(Message::with(
                    "run-internal-error",
                    Args::new()
                        .text("first", batch.trials.start.to_string())
                        .text("last", (batch.trials.end - 1).to_string())
                        .text("error", message.clone()),
                ));
                after.push(run.failed_because(&batch, reason));
                self.run = None;
                return after;
            }
        }
        after.extend(self.fill());
        after
    }
}
