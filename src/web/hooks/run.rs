//! The run: every new version of the workspace gets one, on the workers (started with the
//! page, so the first run finds them warm) or, where none can start, on the page itself. A
//! newer version makes the older run stop, and so does a cancel.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::web::pool::{worker_count, WorkerPool};
use crate::web::runner;
use crate::web::state::{Action, AppState, RunState};

/// What the runs of a page share.
struct Runs {
    /// The generation the runs should answer: anything else stops at its next step.
    latest: Rc<Cell<u64>>,
    /// The workers, if the browser could start them.
    pool: Option<WorkerPool>,
    /// Whether a run was started: the first, on opening, goes without the pause after an edit.
    started: Cell<bool>,
    /// Whether a run is waiting or going.
    busy: Rc<Cell<bool>>,
}

/// Runs the workspace whenever it changes (at once on opening, after a short pause after an
/// edit) and stops a cancelled run. Returns whether a run is waiting or going, for the address
/// bar to wait its turn.
#[hook]
pub fn use_run(state: &AppState, dispatch: &Callback<Action>) -> Rc<Cell<bool>> {
    let runs = use_memo((), |_| Runs {
        latest: Rc::new(Cell::new(0)),
        pool: if cfg!(target_arch = "wasm32") {
            WorkerPool::new(worker_count())
        } else {
            None
        },
        started: Cell::new(false),
        busy: Rc::new(Cell::new(false)),
    });
    {
        let runs = runs.clone();
        let dispatch = dispatch.clone();
        let workspace = state.workspace.clone();
        use_effect_with(state.generation, move |generation| {
            let generation = *generation;
            runs.latest.set(generation);
            if cfg!(target_arch = "wasm32") {
                let first = !runs.started.replace(true);
                let (latest, pool) = (runs.latest.clone(), runs.pool.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    if !first {
                        gloo_timers::future::TimeoutFuture::new(runner::DEBOUNCE_MS).await;
                    }
                    if latest.get() != generation {
                        return;
                    }
                    match pool {
                        Some(pool) => pool.start(workspace, generation, latest, dispatch),
                        None => runner::run(workspace, generation, latest, dispatch).await,
                    }
                });
            }
        });
    }
    // A cancel makes the runner stop at its next slice, and the workers drop the run.
    {
        let runs = runs.clone();
        let cancelled = state.run == RunState::Cancelled;
        use_effect_with(cancelled, move |cancelled| {
            if *cancelled {
                runs.latest.set(u64::MAX);
                if let Some(pool) = &runs.pool {
                    pool.stop();
                }
            }
        });
    }
    // A flag, not state: only the address bar's waiting task reads it, so setting it needs no
    // render and no effect of its own.
    runs.busy.set(matches!(
        state.run,
        RunState::Pending | RunState::Running { .. }
    ));
    runs.busy.clone()
}
