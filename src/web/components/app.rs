//! The page: composes the hooks that connect the state to the browser (`crate::web::hooks`)
//! and lays out the parts. Every decision about what opening something means lives in
//! `crate::web::state`; every connection to the browser, in a hook.

use yew::prelude::*;

use super::analysis_panel::AnalysisPanel;
use super::editor::Editor;
use super::language_switch::LanguageSwitch;
use super::library_panel::{name_to_offer, LibraryPanel};
use super::notices::Notices;
use super::preset_picker::PresetPicker;
use super::results::ResultsPanel;
use super::run_status::RunStatus;
use super::scenario_tabs::ScenarioTabs;
use super::share_bar::ShareBar;
use crate::web::dispatch::DispatchContext;
use crate::web::hooks::{
    use_address_bar, use_analysis, use_app_state, use_file_drop, use_language_choice,
    use_presets_parsed_when_idle, use_run, use_storage, AppHandle,
};
use crate::web::language::Language;
use crate::web::state::RunState;

/// The whole app.
#[function_component]
pub fn App() -> Html {
    let AppHandle {
        state,
        dispatch,
        orphan_keys,
    } = use_app_state();
    let busy = use_run(&state, &dispatch);
    use_analysis(&state, &dispatch);
    use_storage(&state, &dispatch, orphan_keys);
    use_address_bar(&state, busy, &dispatch);
    use_presets_parsed_when_idle();
    let drop = use_file_drop(&dispatch);
    let language = use_language_choice();

    let selected = state.selected_index();
    let model_name = state
        .model_name()
        .map(|name| AttrValue::from(name.to_string()));
    html! {
        <ContextProvider<DispatchContext> context={dispatch.clone()}>
        <ContextProvider<Language> context={language.clone()}>
        <div class={classes!("app", drop.dragging.then_some("dragging"))} data-testid="app"
            ondragover={drop.on_dragover} ondragleave={drop.on_dragleave} ondrop={drop.on_drop}>
            <header class="topbar">
                <div class="brand">
                    <h1>{"Pipesim"}</h1>
                    <p class="tagline">{language.say("app-tagline")}</p>
                </div>
                <LanguageSwitch />
                <ShareBar workspace={state.workspace.clone()} model_name={model_name}
                    on_file={drop.on_file} />
                <RunStatus run={state.run.clone()} trials={state.workspace.run.trials}
                    current={state.results_are_current()} />
            </header>
            <Notices notices={state.notices.clone()} />
            if drop.dragging {
                <div class="drop-hint" aria-hidden="true">{language.say("app-drop-hint")}</div>
            }
            <main class="layout">
                <aside class="side" aria-label="Model">
                    <LibraryPanel library={state.library.clone()} model={state.model} saved={state.is_saved()}
                        suggested={name_to_offer(&state.library, state.model, &state.workspace)} />
                    <PresetPicker />
                    <ScenarioTabs workspace={state.workspace.clone()} selected={selected} />
                    <Editor key={format!("{}-{}", state.workspace.scenarios.len(), selected)}
                        index={selected} scenario={state.workspace.scenarios[selected].clone()}
                        focus={state.analysis.focus.clone()} />
                </aside>
                <section class="main" aria-label="Results">
                    <ResultsPanel results={state.results.clone()} stale={!state.results_are_current()} not_run={matches!(state.run, RunState::Failed(_))} />
                    <AnalysisPanel workspace={state.workspace.clone()} selected={selected}
                        view={state.analysis.clone()} current={state.analysis_is_current()} />
                </section>
            </main>
        </div>
        </ContextProvider<Language>>
        </ContextProvider<DispatchContext>>
    }
}
