//! The page: holds the state, starts a run whenever the workspace changes, lays out the parts.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::editor::Editor;
use super::preset_picker::PresetPicker;
use super::results::ResultsPanel;
use super::run_status::RunStatus;
use super::scenario_tabs::ScenarioTabs;
use crate::web::runner;
use crate::web::state::{Action, AppState, RunState};

/// The whole app.
#[function_component]
pub fn App() -> Html {
    let state = use_reducer(AppState::initial);
    let latest = use_mut_ref(|| Rc::new(Cell::new(0u64)));

    // Every new generation of the workspace gets a run; a newer one makes the older stop.
    {
        let dispatcher = state.dispatcher();
        let workspace = state.workspace.clone();
        let latest = latest.borrow().clone();
        use_effect_with(state.generation, move |generation| {
            latest.set(*generation);
            let dispatch = Callback::from(move |a| dispatcher.dispatch(a));
            #[cfg(target_arch = "wasm32")]
            wasm_bindgen_futures::spawn_local(runner::run(
                workspace,
                *generation,
                latest,
                dispatch,
            ));
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (workspace, dispatch, runner::DEBOUNCE_MS);
        });
    }
    // A cancel makes the runner stop at its next slice.
    {
        let latest = latest.borrow().clone();
        let cancelled = state.run == RunState::Cancelled;
        use_effect_with(cancelled, move |cancelled| {
            if *cancelled {
                latest.set(u64::MAX);
            }
        });
    }

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let selected = state.selected.min(state.workspace.scenarios.len() - 1);
    html! {
        <div class="app" data-testid="app">
            <header class="topbar">
                <div class="brand">
                    <h1>{"Pipesim"}</h1>
                    <p class="tagline">{"Monte Carlo planning for a B2B sales team"}</p>
                </div>
                <RunStatus run={state.run.clone()} trials={state.workspace.run.trials}
                    current={state.results_are_current()} dispatch={dispatch.clone()} />
            </header>
            <main class="layout">
                <aside class="side" aria-label="Model">
                    <PresetPicker dispatch={dispatch.clone()} />
                    <ScenarioTabs workspace={state.workspace.clone()} selected={selected} dispatch={dispatch.clone()} />
                    <Editor key={format!("{}-{}", state.workspace.scenarios.len(), selected)}
                        index={selected} scenario={state.workspace.scenarios[selected].clone()} dispatch={dispatch.clone()} />
                </aside>
                <section class="main" aria-label="Results">
                    <ResultsPanel results={state.results.clone()} stale={!state.results_are_current()} />
                </section>
            </main>
        </div>
    }
}
