//! Runs without workers, and what both ways of running share. `run` is the fallback when the
//! browser cannot start web workers (see `pool`): trials run on the page's main thread in short
//! slices ([`SLICE_MS`]), each followed by a yield to the browser, with progress reported and a check for
//! a newer run or a cancel between slices, and each row hashed and put in the report's columns
//! as it is made. [`preflight`] checks a workspace before any run, and [`build_results`] builds
//! the report in slices so that no task on the main thread runs long.

use std::cell::Cell;
use std::rc::Rc;

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsValue;
use yew::Callback;

use super::clock::page_ms;
use super::state::{Action, NotRun, Results, Said, Why};
use crate::engine::budget::check_browser_budget;
use crate::engine::{simulate_batch, RunDigest, RunSettings, Setup, TrialBuffers, METRIC_COUNT};
use crate::model::Workspace;
use crate::report::{Columns, ReportBuilder};

/// The pause after an edit before a run starts, in milliseconds (the first run starts at once).
pub const DEBOUNCE_MS: u32 = 150;
/// How long one slice of work may run before the page gets the thread back, in milliseconds.
pub const SLICE_MS: f64 = 12.0;

/// Gives the thread back to the browser until its next task: input, rendering and messages
/// from workers go first. A message to itself on a `MessageChannel`, not `setTimeout(0)`, which
/// browsers hold back once timeouts nest, a pause added to every slice of a report.
pub async fn yield_to_browser() {
    let channel = match web_sys::MessageChannel::new() {
        Ok(channel) => channel,
        Err(_) => return TimeoutFuture::new(0).await,
    };
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        channel.port1().set_onmessage(Some(&resolve));
    });
    if channel.port2().post_message(&JsValue::NULL).is_err() {
        return TimeoutFuture::new(0).await;
    }
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    channel.port1().set_onmessage(None);
}

/// Why a workspace cannot run in the browser, if it cannot: the browser's trial cap and work
/// budget (`engine::budget`), checked before every run, with the trials to offer instead.
pub fn preflight(workspace: &Workspace) -> Result<(), NotRun> {
    check_browser_budget(workspace).map_err(NotRun::from)
}

/// Builds the results of the runs kept as `columns` (one per scenario, `trials_done` trials
/// each) with their `digests` (none for partial results): the report, in slices of [`SLICE_MS`],
/// yielding to the browser between them; none if `latest` stops holding `generation` on the way.
pub async fn build_results(
    workspace: Rc<Workspace>,
    columns: Vec<Columns>,
    trials_done: u32,
    digests: Vec<u64>,
    latest: &Cell<u64>,
    generation: u64,
) -> Option<Results> {
    let settings = RunSettings {
        trials: trials_done,
        seed: workspace.run.seed,
        threads: 1,
    };
    let mut builder = ReportBuilder::of_columns(&workspace, &settings, &columns);
    let mut more = true;
    while more {
        let started = page_ms();
        while more && page_ms() - started < SLICE_MS {
            more = builder.step();
        }
        yield_to_browser().await;
        if latest.get() != generation {
            return None;
        }
    }
    let report = builder.finish();
    Some(Results {
        generation,
        workspace: Rc::unwrap_or_clone(workspace),
        report,
        columns,
        trials_done,
        digests,
    })
}

/// Runs `workspace` as generation `generation` on the main thread, sending `Started`,
/// `Progress`, and `Finished` or `Failed` to `dispatch`. Stops quietly as soon as `latest` no
/// longer holds `generation` (a newer edit, or a cancel).
pub async fn run(
    workspace: Workspace,
    generation: u64,
    latest: Rc<Cell<u64>>,
    dispatch: Callback<Action>,
) {
    if let Err(reason) = preflight(&workspace) {
        dispatch.emit(Action::Failed { generation, reason });
        return;
    }
    let trials = workspace.run.trials;
    dispatch.emit(Action::Started(generation));
    let total = trials as u64 * workspace.scenarios.len() as u64;
    let mut columns = Vec::with_capacity(workspace.scenarios.len());
    let mut digests = Vec::with_capacity(workspace.scenarios.len());
    let mut buffers = TrialBuffers::default();
    let mut done = 0u64;
    let mut last_report = page_ms();
    for scenario in &workspace.scenarios {
        let setup = Setup::new(scenario);
        // Trials run in order here, so each row is hashed and put in the columns as it is made.
        let mut row = vec![0.0; setup.quarters() * METRIC_COUNT];
        let mut run = Columns::for_run(trials as usize, setup.quarters());
        let mut digest = RunDigest::new(trials as usize, setup.quarters());
        let mut next = 0u32;
        while next < trials {
            let started = page_ms();
            while next < trials && page_ms() - started < SLICE_MS {
                let end = next + 1;
                row.fill(0.0);
                match simulate_batch(
                    &setup,
                    workspace.run.seed,
                    next..end,
                    &mut buffers,
                    &mut row,
                ) {
                    Ok(n) => {
                        run.add_opportunities(n);
                        run.append_rows(&row);
                        digest.eat(&row);
                    }
                    Err(e) => {
                        dispatch.emit(Action::Failed {
                            generation,
                            reason: NotRun::because(Said::Error(Why::Run(e))),
                        });
                        return;
                    }
                }
                done += (end - next) as u64;
                next = end;
            }
            if page_ms() - last_report > 100.0 {
                last_report = page_ms();
                dispatch.emit(Action::Progress {
                    generation,
                    done,
                    total,
                });
            }
            yield_to_browser().await;
            if latest.get() != generation {
                return;
            }
        }
        columns.push(run);
        digests.push(digest.finish());
    }
    let Some(results) = build_results(
        Rc::new(workspace),
        columns,
        trials,
        digests,
        &latest,
        generation,
    )
    .await
    else {
        return;
    };
    dispatch.emit(Action::Finished(Rc::new(results)));
}
