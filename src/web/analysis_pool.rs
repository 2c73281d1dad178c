//! Analyses on web workers, the page's side. A study (`analysis::Study`) hands out jobs: a
//! point (a variant of the scenario) and a range of its trials; the workers (the app's worker
//! program, started when the first analysis runs) answer each job with every trial's measure and
//! cost (`worker::PointRequest`), and the study takes them in, in any order. Reports go to the
//! page as they come, at most every [`REPORT_EVERY_MS`], so a tornado's bars appear one by one.
//!
//! A newer analysis, or a stop, replaces the study at once: answers to older jobs are dropped by
//! their job id. A worker that crashes is replaced and its job handed out again; a job that
//! crashes workers twice fails the analysis with a message. Jobs are cut into pieces of at most
//! [`PIECE`] trials so that both workers stay busy and progress moves; the numbers never
//! depend on the cut (the study joins pieces in trial order).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, MessageEvent, Worker};
use yew::Callback;

use super::clock::page_ms;
use super::state::Action;
use super::worker::{PointRequest, READY};
use crate::analysis::{AnalysisError, Job, PointValues, Study, StudyOptions};
use crate::engine::budget::BROWSER_WORK_BUDGET;
use crate::i18n::{Args, Message};
use crate::model::analysis::AnalysisSpec;
use crate::model::Workspace;

/// The most trials in one job sent to a worker.
pub const PIECE: u32 = 250;
/// The least time between two reports shown while an analysis runs.
pub const REPORT_EVERY_MS: f64 = 200.0;
/// The work an analysis may take in the page: a few times an ordinary run's budget, since an
/// analysis is many runs asked for at once (BENCHMARKS.md gives what it comes to in time).
pub const ANALYSIS_WORK_BUDGET: f64 = 4.0 * BROWSER_WORK_BUDGET;
/// How often one job may crash a worker before the analysis fails.
const MAX_CRASHES: u8 = 2;
/// The worker's loader script, made by trunk (`data-loader-shim`).
const WORKER_SCRIPT: &str = "worker_loader.js";

struct Slot {
    worker: Worker,
    ready: bool,
    /// The job it is running, by id.
    busy: Option<u64>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
}

struct Active {
    generation: u64,
    study: Study,
    queue: VecDeque<Job>,
    // Small lists searched in turn rather than hash maps: a job out per worker, a text per
    // point, and crashes are rare; each `HashMap` type added its own code to the app's wasm.
    /// Jobs out, by id.
    out: Vec<(u64, Job)>,
    /// Each point's file form, written once when its first job goes out.
    texts: Vec<(usize, Box<serde_json::value::RawValue>)>,
    /// Crashes by job (point, first trial).
    crashes: Vec<((usize, u32), u8)>,
    dispatch: Callback<Action>,
    last_report: f64,
}

struct Inner {
    /// How many workers to start.
    size: usize,
    slots: Vec<Slot>,
    active: Option<Active>,
    /// The generation whose study is yet to be planned (see [`AnalysisPool::start`]).
    pending: Option<u64>,
    next_job: u64,
    me: Weak<RefCell<Inner>>,
}

/// The analysis workers.
#[derive(Clone)]
pub struct AnalysisPool(Rc<RefCell<Inner>>);

impl PartialEq for AnalysisPool {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

fn spawn(me: &Weak<RefCell<Inner>>, index: usize) -> Option<Slot> {
    let worker = Worker::new(WORKER_SCRIPT).ok()?;
    let on_message = {
        let me = me.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            if let Some(inner) = me.upgrade() {
                let emit = inner.borrow_mut().on_message(index, event.data());
                send(emit);
            }
        })
    };
    let on_error = {
        let me = me.clone();
        Closure::<dyn FnMut(Event)>::new(move |event: Event| {
            event.prevent_default();
            if let Some(inner) = me.upgrade() {
                let emit = inner.borrow_mut().on_crash(index);
                send(emit);
            }
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Some(Slot {
        worker,
        ready: false,
        busy: None,
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// The job out with id `id`, taken off the list.
fn take_job(out: &mut Vec<(u64, Job)>, id: u64) -> Option<Job> {
    let i = out.iter().position(|(j, _)| *j == id)?;
    Some(out.swap_remove(i).1)
}

/// Sends actions with no borrow of the pool held: sending can render, and a render can start
/// an analysis. A report is drawn in a task of its own, after the worker's message that made
/// it: building a tornado's report and drawing it in one task held the page past 50 ms.
/// Timers of the same delay run in order, so a last partial report never lands after the
/// finished one (and the state ignores progress once an analysis is done).
fn send(emit: Vec<(Callback<Action>, Action)>) {
    for (dispatch, action) in emit {
        match action {
            Action::AnalysisProgress { .. } | Action::AnalysisFinished { .. } => {
                gloo_timers::callback::Timeout::new(0, move || dispatch.emit(action)).forget();
            }
            action => dispatch.emit(action),
        }
    }
}

impl AnalysisPool {
    /// A pool of `count` workers, started when the first analysis runs.
    pub fn new(count: usize) -> AnalysisPool {
        AnalysisPool(Rc::new_cyclic(|me| {
            RefCell::new(Inner {
                size: count.max(1),
                slots: Vec::new(),
                active: None,
                pending: None,
                next_job: 0,
                me: me.clone(),
            })
        }))
    }

    /// Runs `spec` on `workspace` as generation `generation`, replacing any analysis going at
    /// once. Planning the study (a tornado builds and checks a variant of the scenario for each
    /// input's low and high) runs in a task of its own after this one, which renders the click:
    /// together they could block the page past a frame.
    pub fn start(
        &self,
        workspace: &Workspace,
        spec: &AnalysisSpec,
        generation: u64,
        dispatch: Callback<Action>,
    ) {
        {
            let mut inner = self.0.borrow_mut();
            inner.active = None;
            inner.pending = Some(generation);
        }
        let me = Rc::downgrade(&self.0);
        let (workspace, spec, on_fail) = (workspace.clone(), spec.clone(), dispatch.clone());
        let plan = Closure::once_into_js(move || {
            let Some(inner) = me.upgrade() else {
                return;
            };
            if inner.borrow().pending != Some(generation) {
                return; // stopped, or replaced by a newer analysis
            }
            inner.borrow_mut().pending = None;
            AnalysisPool(inner).begin(&workspace, &spec, generation, dispatch);
        });
        let window = web_sys::window().expect("analyses run in a page");
        if window
            .set_timeout_with_callback(plan.unchecked_ref())
            .is_err()
        {
            self.0.borrow_mut().pending = None;
            on_fail.emit(Action::AnalysisFailed {
                generation,
                reason: AnalysisError::at("", Message::new("error-analysis-not-scheduled")),
            });
        }
    }

    /// Plans `spec` and hands its first jobs to the workers.
    fn begin(
        &self,
        workspace: &Workspace,
        spec: &AnalysisSpec,
        generation: u64,
        dispatch: Callback<Action>,
    ) {
        let failed = |reason: AnalysisError| {
            dispatch.emit(Action::AnalysisFailed { generation, reason });
        };
        let study = match Study::new(workspace, spec, StudyOptions::default()) {
            Ok(study) => study,
            Err(e) => return failed(e),
        };
        if let Err(e) = study.check_work(ANALYSIS_WORK_BUDGET) {
            return failed(e);
        }
        let emit = {
            let mut inner = self.0.borrow_mut();
            if inner.slots.is_empty() {
                let count = inner.size;
                let me = inner.me.clone();
                for i in 0..count {
                    match spawn(&me, i) {
                        Some(slot) => inner.slots.push(slot),
                        None => break,
                    }
                }
            }
            if inner.slots.is_empty() {
                drop(inner);
                return failed(AnalysisError::at(
                    "",
                    Message::new("error-analysis-no-worker"),
                ));
            }
            inner.active = Some(Active {
                generation,
                study,
                queue: VecDeque::new(),
                out: Vec::new(),
                texts: Vec::new(),
                crashes: Vec::new(),
                dispatch,
                last_report: f64::NEG_INFINITY,
            });
            inner.fill()
        };
        send(emit);
    }

    /// Drops the analysis going, or about to; answers to its jobs are ignored.
    pub fn stop(&self) {
        let mut inner = self.0.borrow_mut();
        inner.active = None;
        inner.pending = None;
    }
}

impl Inner {
    /// Hands a job to every idle, ready worker; plans the study's next jobs when none wait.
    fn fill(&mut self) -> Vec<(Callback<Action>, Action)> {
        let mut emit = Vec::new();
        let Some(active) = self.active.as_mut() else {
            return emit;
        };
        if active.queue.is_empty() && active.out.is_empty() {
            for job in active.study.next_jobs() {
                let mut start = job.trials.start;
                while start < job.trials.end {
                    let end = (start + PIECE).min(job.trials.end);
                    active.queue.push_back(Job {
                        point: job.point,
                        trials: start..end,
                    });
                    start = end;
                }
            }
            if active.queue.is_empty() && active.study.is_done() {
                let report = Rc::new(active.study.report());
                emit.push((
                    active.dispatch.clone(),
                    Action::AnalysisFinished {
                        generation: active.generation,
                        report,
                    },
                ));
                self.active = None;
                return emit;
            }
        }
        for slot in self.slots.iter_mut() {
            if !slot.ready || slot.busy.is_some() {
                continue;
            }
            let Some(job) = active.queue.pop_front() else {
                break;
            };
            let text = match active.texts.iter().find(|(point, _)| *point == job.point) {
                Some((_, text)) => text.clone(),
                None => {
                    let value = active.study.point_scenario(job.point).to_compact_value();
                    let text = serde_json::value::to_raw_value(&value)
                        .expect("a scenario's value writes as JSON");
                    active.texts.push((job.point, text.clone()));
                    text
                }
            };
            self.next_job += 1;
            let id = self.next_job;
            let request = PointRequest {
                job: id,
                key: format!("a{}:{}", active.generation, job.point),
                scenario: text,
                seed: active.study.seed(),
                start: job.trials.start,
                end: job.trials.end,
                measure: active.study.measure().key(),
            };
            let Ok(text) = serde_json::to_string(&request) else {
                continue;
            };
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"point".into(), &text.into());
            if slot.worker.post_message(&message).is_ok() {
                slot.busy = Some(id);
                active.out.push((id, job));
            } else {
                active.queue.push_front(job);
            }
        }
        emit
    }

    fn on_message(&mut self, index: usize, data: JsValue) -> Vec<(Callback<Action>, Action)> {
        let Some(slot) = self.slots.get_mut(index) else {
            return Vec::new();
        };
        if data.as_string().as_deref() == Some(READY) {
            slot.ready = true;
            return self.fill();
        }
        let field = |k: &str| js_sys::Reflect::get(&data, &JsValue::from_str(k)).ok();
        let id = field("job").and_then(|j| j.as_f64()).unwrap_or(-1.0) as u64;
        if slot.busy == Some(id) {
            slot.busy = None;
        }
        let mut emit = Vec::new();
        if let Some(active) = self.active.as_mut() {
            if let Some(job) = take_job(&mut active.out, id) {
                if let Some(error) = field("error").and_then(|e| e.as_string()) {
                    emit.push((
                        active.dispatch.clone(),
                        Action::AnalysisFailed {
                            generation: active.generation,
                            reason: worker_error(error),
                        },
                    ));
                    self.active = None;
                    return emit;
                }
                let array = |k: &str| {
                    field(k)
                        .and_then(|a| a.dyn_into::<js_sys::Float64Array>().ok())
                        .map(|a| a.to_vec())
                        .unwrap_or_default()
                };
                let values = PointValues {
                    values: array("values"),
                    costs: array("costs"),
                    opportunities: field("opportunities")
                        .and_then(|o| o.as_f64())
                        .unwrap_or(0.0) as u64,
                };
                active.study.record(&job, values);
                let now = page_ms();
                if now - active.last_report >= REPORT_EVERY_MS && !active.study.is_done() {
                    active.last_report = now;
                    let (done, total) = active.study.progress();
                    emit.push((
                        active.dispatch.clone(),
                        Action::AnalysisProgress {
                            generation: active.generation,
                            report: Rc::new(active.study.report()),
                            done,
                            total,
                        },
                    ));
                }
            }
        }
        emit.extend(self.fill());
        emit
    }

    fn on_crash(&mut self, index: usize) -> Vec<(Callback<Action>, Action)> {
        let me = self.me.clone();
        let Some(slot) = self.slots.get_mut(index) else {
            return Vec::new();
        };
        let busy = slot.busy.take();
        slot.worker.terminate();
        if let Some(fresh) = spawn(&me, index) {
            *slot = fresh;
        } else {
            slot.ready = false;
        }
        let mut emit = Vec::new();
        if let (Some(id), Some(active)) = (busy, self.active.as_mut()) {
            if let Some(job) = take_job(&mut active.out, id) {
                let key = (job.point, job.trials.start);
                let count = match active.crashes.iter().position(|(k, _)| *k == key) {
                    Some(i) => &mut active.crashes[i].1,
                    None => {
                        active.crashes.push((key, 0));
                        &mut active.crashes.last_mut().expect("just pushed").1
                    }
                };
                *count += 1;
                if *count > MAX_CRASHES {
                    emit.push((
                        active.dispatch.clone(),
                        Action::AnalysisFailed {
                            generation: active.generation,
                            reason: AnalysisError::at(
                                "",
                                Message::new("error-analysis-worker-stopped"),
                            ),
                        },
                    ));
                    self.active = None;
                    return emit;
                }
                active.queue.push_front(job);
            }
        }
        emit.extend(self.fill());
        emit
    }
}

/// A worker's reason a point could not run: a run's error (one trial creating too many
/// opportunities), said in the page's language; anything else (a scenario the page already
/// checked, which only a bug refuses) as the worker wrote it, framed in the page's language.
fn worker_error(reason: String) -> AnalysisError {
    match super::worker::read_failure(&reason) {
        Ok(error) => AnalysisError::at("", error.message()),
        Err(text) => AnalysisError::at(
            "",
            Message::with("error-analysis-point", Args::new().text("reason", text)),
        ),
    }
}
