//! The calibration panel drawn from the state alone (yew's server renderer): the review and
//! the fits of a real export, answered by the worker's own [`Session`], in English (what the
//! user reads, hostile names shown as text) and in Chinese (no English left).
#![cfg(all(feature = "web", not(target_arch = "wasm32")))]

use std::rc::Rc;

use pipesim::calibrate::session::{Answer, Request, Session};
use pipesim::i18n::Lang;
use pipesim::web::components::page::Page;
use pipesim::web::language::Language;
use pipesim::web::state::{Action, AppState, CalibrateAction, Step};
use yew::prelude::*;
use yew::{LocalServerRenderer, Reducible};

use super::common::page_text::{chinese, english_words, visible_text};
use super::common::results::language;

const HOSTILE: &str = "<img src=x onerror=alert(1)>";

#[derive(Properties, PartialEq)]
struct InLanguageProps {
    lang: Lang,
    state: AppState,
}

#[function_component]
fn InLanguage(props: &InLanguageProps) -> Html {
    html! {
        <ContextProvider<Language> context={language(props.lang)}>
            <Page state={props.state.clone()} />
        </ContextProvider<Language>>
    }
}

async fn render(lang: Lang, state: AppState) -> String {
    LocalServerRenderer::<InLanguage>::with_props(InLanguageProps { lang, state })
        .render()
        .await
}

/// An export of 400 deals over two years, its first owner named with markup.
fn export() -> Vec<u8> {
    let mut text = String::from(
        "Opportunity ID,Created Date,Close Date,Amount,Stage,Opportunity Owner,Lead Source\n",
    );
    for i in 0..400u32 {
        let month = 1 + i % 12;
        let year = 2024 + (i / 200);
        let day = 1 + (i * 7) % 28;
        let (stage, closed) = match i % 5 {
            0 => (
                "Closed Won",
                format!("{year}-{:02}-{day:02}", (month % 12) + 1),
            ),
            1 | 2 => (
                "Closed Lost",
                format!("{year}-{:02}-{day:02}", (month % 12) + 1),
            ),
            3 if i > 380 => ("Negotiation", String::new()),
            3 => ("Closed Lost", format!("{year}-{month:02}-28")),
            _ => ("Closed Won", format!("{year}-{month:02}-28")),
        };
        let owner = if i % 7 == 0 {
            HOSTILE.to_string()
        } else {
            format!("Rep {}", i % 9)
        };
        let source = ["Outbound", "Inbound", "SDR"][(i % 3) as usize];
        text.push_str(&format!(
            "{i},{year}-{month:02}-{day:02},{closed},{},{stage},\"{owner}\",{source}\n",
            5000 + (i * 37) % 40_000
        ));
    }
    text.into_bytes()
}

fn reduce(state: AppState, action: CalibrateAction) -> AppState {
    (*Rc::new(state).reduce(Action::Calibrate(action))).clone()
}

/// The state at the review, then at the fits, each answer the session's in `lang`.
fn steps(lang: Lang) -> (AppState, AppState) {
    let catalogue = pipesim::i18n::Catalogue::embedded(lang);
    let mut session = Session::default();
    let state = reduce(
        AppState::initial(),
        CalibrateAction::Reading {
            file: "deals.csv".into(),
        },
    );
    let bytes = export();
    let answer = session.answer(
        Request::Open {
            file: "deals.csv".into(),
        },
        Some(&bytes),
        &catalogue,
    );
    let review = reduce(state, CalibrateAction::Answered(answer));
    assert!(
        matches!(review.calibration.step, Step::Review { .. }),
        "{:?}",
        review.calibration.step
    );
    let asking = reduce(review.clone(), CalibrateAction::Fit { width: 440 });
    let (_, request) = asking
        .calibration
        .request
        .clone()
        .expect("Fit asks the worker");
    let answer = session.answer(request, None, &catalogue);
    assert!(matches!(answer, Answer::Fitted(_)), "{answer:?}");
    let fitted = reduce(asking, CalibrateAction::Answered(answer));
    assert!(matches!(fitted.calibration.step, Step::Fitted { .. }));
    (review, fitted)
}

#[tokio::test]
async fn the_review_and_the_fits_show_what_the_user_must_check() {
    let (review, fitted) = steps(Lang::En);
    let html = render(Lang::En, review).await;
    assert!(
        html.contains("Opportunity Owner") && html.contains("Closed Won"),
        "{html}"
    );
    let html = render(Lang::En, fitted.clone()).await;
    for words in [
        "Win rates",
        "Sales cycle",
        "Deal size",
        "Add as a new scenario",
        "every deal",
    ] {
        assert!(html.contains(words), "the fits do not show {words:?}");
    }
    assert!(
        html.contains(r#"data-path="win_rates.outbound""#),
        "no change to the outbound win rate"
    );
    assert!(
        !html.contains(HOSTILE),
        "an owner's markup reached the page unescaped"
    );
}

#[tokio::test]
async fn the_panel_has_no_english_left_in_chinese() {
    let (review, fitted) = steps(Lang::ZhCn);
    for (state, what) in [(review, "the review"), (fitted, "the fits")] {
        let html = render(Lang::ZhCn, state.clone()).await;
        assert!(html.contains("calibrate-panel"), "{what}: no panel");
        let texts = visible_text(&html, true);
        assert!(texts.iter().any(|t| chinese(t)), "{what}: no Chinese");
        // The file's own words (headers, stages, sources, owners) are the user's, shown as
        // written, as are the presets' and scenarios' names; the rest must be Chinese.
        let file_words: Vec<String> = [
            "Opportunity ID",
            "Created Date",
            "Close Date",
            "Amount",
            "Stage",
            "Opportunity Owner",
            "Lead Source",
            "Closed Won",
            "Closed Lost",
            "Negotiation",
            "Outbound",
            "Inbound",
            "SDR",
            "deals.csv",
            "Rep",
            HOSTILE,
        ]
        .iter()
        .map(|s| s.to_string())
        .chain(state.workspace.scenarios.iter().map(|s| s.name.clone()))
        .chain(pipesim::presets::PRESETS.iter().map(|p| p.name.to_string()))
        .collect();
        let english = english_words(&texts, &file_words);
        assert!(
            english.is_empty(),
            "{what}: English left in zh-CN:\n  {}",
            english.join("\n  ")
        );
    }
}

#[test]
fn applying_adds_the_scenario_and_closing_forgets_the_file() {
    let (_, fitted) = steps(Lang::En);
    let Step::Fitted { words, .. } = &fitted.calibration.step else {
        unreachable!()
    };
    let scenario =
        pipesim::model::Scenario::from_json_str(&words.scenario).expect("a valid scenario");
    let n = fitted.workspace.scenarios.len();
    let applied = reduce(fitted.clone(), CalibrateAction::Apply(Box::new(scenario)));
    assert_eq!(applied.workspace.scenarios.len(), n + 1);
    assert_eq!(applied.selected, n);
    assert_eq!(
        applied.workspace.scenarios[n].name,
        "Calibrated from deals.csv"
    );
    assert_eq!(applied.calibration.step, Step::Closed);
    // A late answer of the worker changes nothing once the panel is closed.
    let closed = reduce(fitted, CalibrateAction::Close);
    let late = reduce(
        closed.clone(),
        CalibrateAction::Answered(Answer::Refused("no export is open".into())),
    );
    assert_eq!(late.calibration, closed.calibration);
    assert_eq!(late.workspace, closed.workspace);
}
