//! The results side of the page in Simplified Chinese: the results panel (KPI cards, the
//! comparison, the charts' headings and captions, the notes, the downloads) and the run status,
//! rendered with yew's server renderer inside a zh-CN [`Language`], must show no English words
//! beyond names, units and abbreviations; nor may the text drawn inside the charts' SVGs
//! (quarters, money ticks, legends, notes), which allows fewer: no K or M of English amounts.
#![cfg(all(feature = "web", not(target_arch = "wasm32")))]

use std::rc::Rc;

use pipesim::i18n::Lang;
use pipesim::presets;
use pipesim::web::components::results::ResultsPanel;
use pipesim::web::components::run_status::RunStatus;
use pipesim::web::language::Language;
use pipesim::web::state::{NotRun, Results, RunState};
use yew::prelude::*;
use yew::LocalServerRenderer;

use super::common::charts::texts;
use super::common::page_text::{english_words, visible_text};
use super::common::results::{language, results_of};

/// What to render in a language: the results panel, or the run status.
#[derive(Clone, PartialEq)]
enum Shown {
    Results {
        results: Option<Rc<Results>>,
        stale: bool,
        not_run: bool,
    },
    Status(RunState),
}

#[derive(Properties, PartialEq)]
struct InLanguageProps {
    lang: Lang,
    shown: Shown,
}

/// `shown` inside a provider of `lang`, as the app provides it.
#[function_component]
fn InLanguage(props: &InLanguageProps) -> Html {
    let language = language(props.lang);
    let inner = match &props.shown {
        Shown::Results {
            results,
            stale,
            not_run,
        } => html! { <ResultsPanel results={results.clone()} stale={*stale} not_run={*not_run} /> },
        Shown::Status(run) => html! { <RunStatus run={run.clone()} trials={2000} current=true /> },
    };
    html! {
        <ContextProvider<Language> context={language}>{inner}</ContextProvider<Language>>
    }
}

async fn render(lang: Lang, shown: Shown) -> String {
    LocalServerRenderer::<InLanguage>::with_props(InLanguageProps { lang, shown })
        .render()
        .await
}

fn assert_chinese(html: &str, names: &[String], what: &str) {
    let texts = visible_text(html, false);
    assert!(
        texts
            .iter()
            .any(|t| t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))),
        "{what}: no Chinese at all: {texts:?}"
    );
    let english = english_words(&texts, names);
    assert!(
        english.is_empty(),
        "{what}: English left in zh-CN ({} words):\n  {}",
        english.len(),
        english.join("\n  ")
    );
}

/// Words a Chinese reader may meet inside a chart: the abbreviations of the sources' legend
/// (AE, SDR), A and B of a comparison, and the US of `US$`.
const CHART_ALLOWED: [&str; 5] = ["AE", "SDR", "A", "B", "US"];

/// Each `<svg>…</svg>` of `html`, in order.
fn svgs(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<svg") {
        let Some(len) = rest[start..].find("</svg>") else {
            break;
        };
        out.push(&rest[start..start + len + "</svg>".len()]);
        rest = &rest[start + len..];
    }
    out
}

/// Checks that every chart in `html` draws Chinese and no English word outside
/// [`CHART_ALLOWED`] and `names`; returns each chart's texts.
fn assert_charts_chinese(html: &str, names: &[String], what: &str) -> Vec<Vec<String>> {
    let charts: Vec<Vec<String>> = svgs(html).into_iter().map(texts).collect();
    assert!(!charts.is_empty(), "{what}: no charts");
    for (i, drawn) in charts.iter().enumerate() {
        assert!(
            drawn
                .iter()
                .any(|t| t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))),
            "{what}: chart {i} draws no Chinese: {drawn:?}"
        );
        let english: Vec<String> = english_words(drawn, names)
            .into_iter()
            .filter(|w| {
                !CHART_ALLOWED
                    .iter()
                    .any(|a| w.starts_with(&format!("{a:?} ")))
            })
            .collect();
        assert!(
            english.is_empty(),
            "{what}: English drawn in chart {i} ({} words):\n  {}",
            english.len(),
            english.join("\n  ")
        );
    }
    charts
}

fn names_of(results: &Results) -> Vec<String> {
    results
        .workspace
        .scenarios
        .iter()
        .map(|s| s.name.clone())
        .collect()
}

#[test]
fn the_checker_finds_english_outside_svg_and_reads_labels() {
    let html = r#"<div data-testid="x" class="kpi"><span>签约额 Bookings</span><button aria-label="Download it">SVG</button><svg><text>Quarter</text></svg><!-- hidden --></div>"#;
    let texts = visible_text(html, false);
    assert_eq!(texts, ["签约额 Bookings", "Download it", "SVG"]);
    let english = english_words(&texts, &["founder-led".into()]);
    assert_eq!(english.len(), 3, "{english:?}");
    assert!(english[0].starts_with("\"Bookings\""), "{english:?}");
    let drawn: Vec<String> = svgs(html)
        .into_iter()
        .flat_map(super::common::charts::texts)
        .collect();
    assert_eq!(drawn, ["Quarter"]);
}

#[tokio::test]
async fn a_comparison_reads_in_chinese() {
    let ws = presets::comparison("founder-led", "vp-first").expect("comparison");
    let results = results_of(ws, 200);
    let names = names_of(&results);
    let shown = |stale| Shown::Results {
        results: Some(results.clone()),
        stale,
        not_run: false,
    };
    let html = render(Lang::ZhCn, shown(false)).await;
    assert!(html.contains("data-testid=\"comparison\""), "a comparison");
    assert!(html.contains("方案对比"), "the comparison's heading");
    assert!(html.contains("万"), "money in 万: {html}");
    assert_chinese(&html, &names, "results");
    // The A − B histogram, five fans, bookings and pipeline by source, and the histogram.
    let charts = assert_charts_chinese(&html, &names, "results' charts");
    assert_eq!(charts.len(), 9, "{charts:?}");
    let all: Vec<&String> = charts.iter().flatten().collect();
    for drawn in ["2027年第1季度", "AE 外呼", "A 高于 B"] {
        assert!(
            all.iter().any(|t| *t == drawn),
            "{drawn:?} not drawn: {all:?}"
        );
    }
    assert!(
        all.iter()
            .any(|t| t.starts_with("US$") && t.ends_with('万')),
        "money ticks in 万: {all:?}"
    );
    assert_chinese(
        &render(Lang::ZhCn, shown(true)).await,
        &names,
        "stale results",
    );
}

#[tokio::test]
async fn partial_and_missing_results_read_in_chinese() {
    let ws = presets::comparison("founder-led", "vp-first").expect("comparison");
    let mut partial = (*results_of(ws, 200)).clone();
    let names = names_of(&partial);
    partial.trials_done = 100;
    let html = render(
        Lang::ZhCn,
        Shown::Results {
            results: Some(Rc::new(partial)),
            stale: false,
            not_run: false,
        },
    )
    .await;
    assert!(
        html.contains("data-testid=\"partial-note\""),
        "a partial note"
    );
    assert_chinese(&html, &names, "partial results");
    assert_charts_chinese(&html, &names, "partial results' charts");
    for not_run in [false, true] {
        let shown = Shown::Results {
            results: None,
            stale: false,
            not_run,
        };
        assert_chinese(&render(Lang::ZhCn, shown).await, &[], "no results");
    }
}

#[tokio::test]
async fn the_run_status_reads_in_chinese_and_names_its_state() {
    let offer = NotRun {
        reason: "这次运行对浏览器来说太大".into(),
        fewer_trials: Some(1_000),
    };
    for (run, state) in [
        (RunState::Pending, "pending"),
        (RunState::Running { done: 5, total: 10 }, "running"),
        (RunState::Done, "done"),
        (RunState::Cancelled, "cancelled"),
        (RunState::Failed(offer), "failed"),
    ] {
        let html = render(Lang::ZhCn, Shown::Status(run)).await;
        assert!(html.contains(&format!("data-state=\"{state}\"")), "{html}");
        assert_chinese(&html, &[], state);
    }
}

/// The English the end-to-end tests and people know, spaces and all, where a message puts a
/// space before a control or after a name.
#[tokio::test]
async fn english_keeps_its_words_and_spaces() {
    let ws = presets::comparison("founder-led", "vp-first").expect("comparison");
    let html = render(
        Lang::En,
        Shown::Results {
            results: Some(results_of(ws, 200)),
            stale: false,
            not_run: false,
        },
    )
    .await;
    for expected in [
        "<label>Detail for <select",
        "<strong>vp-first vs founder-led: </strong>",
        " for bookings over the horizon; A − B median ",
        "founder-led (baseline)",
        "aria-label=\"Download Bookings per quarter as SVG\"",
        "P10–P90 $",
        "Median line; bands hold 50% and 90% of trials.",
    ] {
        assert!(
            html.contains(expected),
            "{expected:?} not in the English results"
        );
    }
    // The charts keep their English: quarters as reports write them, amounts in K and M.
    let drawn: Vec<String> = svgs(&html).into_iter().flat_map(texts).collect();
    for expected in ["2027 Q1", "outbound", "A > B"] {
        assert!(
            drawn.iter().any(|t| t == expected),
            "{expected:?} not drawn in English: {drawn:?}"
        );
    }
    assert!(drawn.iter().any(|t| t.starts_with('$') && t.ends_with('M')));
    let status = render(Lang::En, Shown::Status(RunState::Done)).await;
    assert!(status.contains(">Done</span>"), "{status}");
    assert!(status.contains("Trials <select"), "{status}");
}
