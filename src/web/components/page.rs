//! The page's layout: the header, the messages, the model on the side and the results and
//! analyses beside it, drawn from the state alone. `App` owns the hooks that connect the state
//! to the browser and hands this what they give; apart from them the page renders anywhere,
//! which lets the native tests render all of it in each language.

use yew::prelude::*;

use super::analysis_panel::AnalysisPanel;
use super::calibrate_panel::CalibratePanel;
use super::calibrate_start::CalibrateStart;
use super::editor::Editor;
use super::language_switch::LanguageSwitch;
use super::library_panel::{name_to_offer_in, LibraryPanel};
use super::notices::Notices;
use super::preset_picker::PresetPicker;
use super::print_button::PrintButton;
use super::results::ResultsPanel;
use super::run_status::RunStatus;
use super::scenario_tabs::ScenarioTabs;
use super::share_bar::ShareBar;
use super::theme_switch::ThemeSwitch;
use super::undo_buttons::UndoButtons;
use crate::web::language::use_language;
use crate::web::state::{AppState, RunState};

/// Props of [`Page`].
#[derive(Properties, PartialEq)]
pub struct PageProps {
    /// Everything the page shows.
    pub state: AppState,
    /// A file is being dragged over the page.
    #[prop_or_default]
    pub dragging: bool,
    /// Opens a picked file.
    #[prop_or_default]
    pub on_file: Callback<web_sys::File>,
    /// The page's `dragover`.
    #[prop_or_default]
    pub on_dragover: Callback<DragEvent>,
    /// The page's `dragleave`.
    #[prop_or_default]
    pub on_dragleave: Callback<DragEvent>,
    /// The page's `drop`.
    #[prop_or_default]
    pub on_drop: Callback<DragEvent>,
    /// Opens a CRM export to calibrate from.
    #[prop_or_default]
    pub on_export: Callback<web_sys::File>,
}

/// The whole page, inside the language and dispatch contexts `App` provides.
#[function_component]
pub fn Page(props: &PageProps) -> Html {
    let language = use_language();
    let state = &props.state;
    let selected = state.selected_index();
    let model_name = state
        .model_name()
        .map(|name| AttrValue::from(name.to_string()));
    html! {
        <div class={classes!("app", props.dragging.then_some("dragging"))} data-testid="app"
            ondragover={props.on_dragover.clone()} ondragleave={props.on_dragleave.clone()}
            ondrop={props.on_drop.clone()}>
            <header class="topbar">
                <div class="brand">
                    <h1>{"Pipesim"}</h1>
                    <p class="tagline">{language.say("app-tagline")}</p>
                </div>
                <div class="page-options">
                    <LanguageSwitch />
                    <ThemeSwitch />
                    <PrintButton />
                </div>
                <ShareBar workspace={state.workspace.clone()} model_name={model_name}
                    on_file={props.on_file.clone()} />
                <RunStatus run={state.run.clone()} trials={state.workspace.run.trials}
                    current={state.results_are_current()} />
            </header>
            <Notices notices={state.notices.clone()} />
            if props.dragging {
                <div class="drop-hint" aria-hidden="true">{language.say("app-drop-hint")}</div>
            }
            <main class="layout">
                <aside class="side" aria-label={language.say("app-side-label")}>
                    <LibraryPanel library={state.library.clone()} model={state.model} saved={state.is_saved()}
                        suggested={name_to_offer_in(&state.library, state.model, &state.workspace, &language.catalogue)} />
                    <PresetPicker />
                    <CalibrateStart on_export={props.on_export.clone()} />
                    <UndoButtons can_undo={state.history.can_undo()} can_redo={state.history.can_redo()} />
                    <ScenarioTabs workspace={state.workspace.clone()} selected={selected} />
                    <Editor key={format!("{}-{}", state.workspace.scenarios.len(), selected)}
                        index={selected} scenario={state.workspace.scenarios[selected].clone()}
                        focus={state.analysis.focus.clone()} />
                </aside>
                <section class="main" aria-label={language.say("app-main-label")}>
                    <CalibratePanel view={state.calibration.clone()} on_export={props.on_export.clone()} />
                    <ResultsPanel results={state.results.clone()} stale={!state.results_are_current()} not_run={matches!(state.run, RunState::Failed(_))} selected={selected} />
                    <AnalysisPanel workspace={state.workspace.clone()} selected={selected}
                        view={state.analysis.clone()} current={state.analysis_is_current()} />
                </section>
            </main>
        </div>
    }
}
