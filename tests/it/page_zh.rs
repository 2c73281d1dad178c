//! The whole page in Simplified Chinese: the header, the library, the presets, the scenario
//! tabs, every group of the editor, the results of a comparison, each analysis with its report,
//! and the messages, rendered with yew's server renderer inside a zh-CN [`Language`]. No
//! English may be left beyond names, units and abbreviations ([`ALLOWED`]), in the HTML or in
//! the charts' SVG.
#![cfg(all(feature = "web", not(target_arch = "wasm32")))]

use pipesim::i18n::Lang;
use pipesim::model::analysis::{AnalysisKind, GoalSpec, LeverSpec};
use pipesim::model::Workspace;
use pipesim::presets;
use pipesim::web::components::page::Page;
use pipesim::web::language::Language;
use pipesim::web::state::{AppState, RunState};
use yew::prelude::*;
use yew::LocalServerRenderer;

use super::common::page_text::{chinese, english_words, visible_text, ALLOWED};
use super::common::results::{analysed, language, results_of};

#[derive(Properties, PartialEq)]
struct InLanguageProps {
    lang: Lang,
    state: AppState,
}

/// The page inside a provider of `lang`, as the app provides it.
#[function_component]
fn InLanguage(props: &InLanguageProps) -> Html {
    let language = language(props.lang);
    html! {
        <ContextProvider<Language> context={language}>
            <Page state={props.state.clone()} />
        </ContextProvider<Language>>
    }
}

async fn render(lang: Lang, state: AppState) -> String {
    LocalServerRenderer::<InLanguage>::with_props(InLanguageProps { lang, state })
        .render()
        .await
}

/// Fails with every English word left in the page drawn from `state`, HTML and SVG.
async fn assert_all_chinese(state: AppState, what: &str) {
    let names: Vec<String> = state
        .workspace
        .scenarios
        .iter()
        .map(|s| s.name.clone())
        .chain(state.library.models.iter().map(|m| m.name.clone()))
        // A preset is named by its id beside its Chinese name: `先招销售副总裁（vp-first）`.
        .chain(presets::PRESETS.iter().map(|p| p.name.to_string()))
        .collect();
    let html = render(Lang::ZhCn, state).await;
    let texts = visible_text(&html, true);
    assert!(
        texts.iter().any(|t| chinese(t)),
        "{what}: no Chinese at all"
    );
    let english = english_words(&texts, &names);
    assert!(
        english.is_empty(),
        "{what}: English left in zh-CN ({} words; allowed: {ALLOWED:?}):\n  {}",
        english.len(),
        english.join("\n  ")
    );
}

/// A state showing `workspace`, its results run and finished.
fn with_results(workspace: Workspace) -> AppState {
    let mut state = AppState::initial();
    let results = results_of(workspace.clone(), 200);
    state.workspace = workspace;
    state.run = RunState::Done;
    state.results = Some(results);
    state
}

#[tokio::test]
async fn a_description_of_the_users_own_shows_as_written() {
    let mut state = AppState::initial();
    state.workspace.scenarios[0].description = "Our plan for 2027".into();
    let html = render(Lang::ZhCn, state).await;
    assert!(html.contains("Our plan for 2027"));
    assert!(!html.contains("The founder keeps selling"));
}

#[tokio::test]
async fn the_opening_page_has_no_english_left() {
    assert_all_chinese(AppState::initial(), "the opening page").await;
}

#[tokio::test]
async fn a_comparison_with_its_results_has_no_english_left() {
    let workspace = presets::comparison("founder-led", "vp-first").expect("a comparison");
    let mut state = with_results(workspace.clone());
    // A saved model and a draft in the library beside it.
    state.model = Some(state.library.save_new("计划", workspace, 1.0e12));
    state.library.set_aside(
        &Workspace::single(presets::find("t-model").unwrap().scenario()),
        2.0e12,
    );
    assert_all_chinese(state, "a comparison's results").await;
}

#[tokio::test]
async fn every_preset_in_the_editor_has_no_english_left() {
    for preset in presets::PRESETS {
        let workspace = Workspace::single(preset.scenario());
        // The description is the preset's rationale: shown in Chinese until edited.
        let mut state = AppState::initial();
        state.workspace = workspace;
        assert_all_chinese(state, preset.name).await;
    }
}

#[tokio::test]
async fn each_analysis_with_its_report_has_no_english_left() {
    let kinds = [
        AnalysisKind::Sensitivity {
            output: "bookings.total".into(),
        },
        AnalysisKind::Sweep {
            output: "bookings.total".into(),
            field: "ae.outbound_share".into(),
            from: 0.1,
            to: 0.5,
            steps: 3,
        },
        AnalysisKind::Seek {
            goal: GoalSpec {
                output: "bookings.total".into(),
                at_least: true,
                threshold: 1e6,
                chance: 0.5,
            },
            levers: vec![LeverSpec {
                field: "ae.pace".into(),
                from: 1.0,
                to: 4.0,
                step: None,
            }],
        },
    ];
    for kind in kinds {
        let scenario = presets::find("founder-led").unwrap().scenario();
        let mut state = with_results(Workspace::single(scenario));
        let (workspace, mut view) = analysed(state.workspace.clone(), kind);
        view.answers = state.generation;
        state.workspace = workspace;
        state.analysis = view;
        let what = format!("{:?}", state.workspace.analysis);
        assert_all_chinese(state, &what).await;
    }
}

#[tokio::test]
async fn messages_and_a_refused_run_have_no_english_left() {
    use pipesim::share::{decode_link, workspace_from_text};
    use pipesim::web::state::{file_problem, link_problem, Why};
    let mut state = AppState::initial();
    let link = decode_link("#w=1.AAAA").expect_err("a broken link");
    let file = workspace_from_text(r#"{"schema": 1, "name": "x", "ae": {"outbound_share": 1.2}}"#)
        .expect_err("a bad file");
    state.notices = vec![
        link_problem(&link),
        file_problem("plan.json", Why::Import(file)),
    ];
    let too_many = pipesim::engine::check_work(&state.workspace.scenarios[0], 10_000_000)
        .map(|_| ())
        .map_err(Why::Run);
    if let Err(why) = too_many {
        state.notices.push(file_problem("big.json", why));
    }
    for (i, n) in state.notices.iter_mut().enumerate() {
        n.id = i as u64 + 1;
    }
    let html = render(Lang::ZhCn, state.clone()).await;
    assert!(
        html.contains("ae.outbound_share") || html.contains("scenarios[0].ae.outbound_share"),
        "the field's path stays as written"
    );
    assert_all_chinese(state, "messages").await;
}
