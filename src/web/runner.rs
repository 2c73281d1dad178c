//! Runs a workspace on the page's main thread without freezing it: trials run in slices of
//! about 12 ms, each followed by a yield to the browser, with progress reported and a check for
//! a newer run or a cancel between slices. This is the seam the web-worker runner replaces: it
//! takes a workspace and a generation and answers with `Action`s.

use std::cell::Cell;
use std::rc::Rc;

use gloo_timers::future::TimeoutFuture;
use yew::Callback;

use super::state::{Action, Results, MAX_TRIALS_IN_PAGE};
use crate::engine::{check_work, simulate_batch, Run, RunSettings, Setup, TrialBuffers};
use crate::model::Workspace;
use crate::report::{report_workspace, WorkspaceRuns};

/// The pause after an edit before a run starts, in milliseconds.
pub const DEBOUNCE_MS: u32 = 350;
/// How long one slice of trials may run before the page gets the thread back, in milliseconds.
const SLICE_MS: f64 = 12.0;

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Runs `workspace` as generation `generation`, sending `Started`, `Progress`, and `Finished` or
/// `Failed` to `dispatch`. Stops quietly as soon as `latest` no longer holds `generation`
/// (a newer edit, or a cancel).
pub async fn run(
    workspace: Workspace,
    generation: u64,
    latest: Rc<Cell<u64>>,
    dispatch: Callback<Action>,
) {
    TimeoutFuture::new(DEBOUNCE_MS).await;
    if latest.get() != generation {
        return;
    }
    let trials = workspace.run.trials;
    if trials > MAX_TRIALS_IN_PAGE {
        dispatch.emit(Action::Failed(
            generation,
            format!(
                "this workspace asks for {trials} trials per scenario; the browser runs at most \
                 {MAX_TRIALS_IN_PAGE}. Pick fewer trials, or run it with `pipesim run`."
            ),
        ));
        return;
    }
    for (i, s) in workspace.scenarios.iter().enumerate() {
        if let Err(e) = check_work(s, trials) {
            dispatch.emit(Action::Failed(generation, format!("{}: {e}", s.label(i))));
            return;
        }
    }
    dispatch.emit(Action::Started(generation));
    let total = trials as u64 * workspace.scenarios.len() as u64;
    let mut runs = Vec::with_capacity(workspace.scenarios.len());
    let mut buffers = TrialBuffers::default();
    let mut done = 0u64;
    let mut last_report = now_ms();
    for scenario in &workspace.scenarios {
        let setup = Setup::new(scenario);
        let mut run = Run::zeroed(trials as usize, setup.quarters());
        let mut next = 0u32;
        while next < trials {
            let started = now_ms();
            while next < trials && now_ms() - started < SLICE_MS {
                let end = next + 1;
                let rows = run.rows_mut(next as usize..end as usize);
                match simulate_batch(&setup, workspace.run.seed, next..end, &mut buffers, rows) {
                    Ok(n) => run.add_opportunities(n),
                    Err(e) => {
                        dispatch.emit(Action::Failed(generation, e.to_string()));
                        return;
                    }
                }
                done += (end - next) as u64;
                next = end;
            }
            if now_ms() - last_report > 100.0 {
                last_report = now_ms();
                dispatch.emit(Action::Progress(generation, done, total));
            }
            TimeoutFuture::new(0).await;
            if latest.get() != generation {
                return;
            }
        }
        runs.push(run);
    }
    let settings = RunSettings {
        trials,
        seed: workspace.run.seed,
        threads: 1,
    };
    let runs = WorkspaceRuns { runs };
    let report = report_workspace(&workspace, &settings, &runs);
    if latest.get() == generation {
        dispatch.emit(Action::Finished(Rc::new(Results {
            generation,
            workspace,
            report,
            runs: runs.runs,
        })));
    }
}
