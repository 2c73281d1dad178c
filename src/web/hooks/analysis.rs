//! The analysis: every start or stop (a new analysis generation) goes to the analysis workers,
//! and a workspace opened with an analysis in it (a shared link, a file, a saved model) runs it
//! again once its ordinary results are in, so the receiver sees the same tornado, sweep or seek.

use yew::prelude::*;

use crate::web::analysis_pool::AnalysisPool;
use crate::web::pool::worker_count;
use crate::web::state::{Action, AppState, RunState};

/// Starts and stops analyses, and reopens the one a workspace was opened with.
#[hook]
pub fn use_analysis(state: &AppState, dispatch: &Callback<Action>) {
    let pool = use_memo((), |_| {
        cfg!(target_arch = "wasm32").then(|| AnalysisPool::new(worker_count()))
    });
    {
        let pool = pool.clone();
        let dispatch = dispatch.clone();
        let workspace = state.workspace.clone();
        let running = state.analysis.is_running();
        use_effect_with(state.analysis.generation, move |generation| {
            if let Some(pool) = pool.as_ref() {
                match (running, workspace.analysis.as_ref()) {
                    (true, Some(spec)) => pool.start(&workspace, spec, *generation, dispatch),
                    _ => pool.stop(),
                }
            }
        });
    }
    {
        let dispatch = dispatch.clone();
        let spec = state.workspace.analysis.clone();
        let due = state.analysis.reopen && state.run == RunState::Done && spec.is_some();
        use_effect_with(due, move |due| {
            if let (true, Some(spec)) = (*due, spec) {
                dispatch.emit(Action::Analyse(Box::new(spec)));
            }
        });
    }
}
