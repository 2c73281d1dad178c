//! What the app's components render for a given state, with yew's server renderer natively:
//! the opening page, results with real engine output, comparisons, and hostile names shown as
//! text. (Behaviour that needs a browser is in `tests/web_browser.rs` and the end-to-end test.)
#![cfg(all(feature = "web", not(target_arch = "wasm32")))]

use std::rc::Rc;

use pipesim::model::Workspace;
use pipesim::presets;
use pipesim::web::components::app::App;
use pipesim::web::components::results::{ResultsPanel, ResultsPanelProps};
use pipesim::web::state::Results;
use yew::LocalServerRenderer;

use super::common::results::results_of;

async fn render_results(results: Rc<Results>) -> String {
    render_results_beside(results, 0).await
}

/// The results with scenario `selected` in the editor.
async fn render_results_beside(results: Rc<Results>, selected: usize) -> String {
    LocalServerRenderer::<ResultsPanel>::with_props(ResultsPanelProps {
        results: Some(results),
        stale: false,
        not_run: false,
        selected,
    })
    .render()
    .await
}

#[tokio::test]
async fn opening_page_lists_presets_comparisons_and_the_editor() {
    let html = LocalServerRenderer::<App>::new().render().await;
    for p in presets::PRESETS {
        assert!(
            html.contains(&format!("data-testid=\"preset-{}\"", p.name)),
            "preset {}",
            p.name
        );
        let rationale = p.scenario().description;
        let first_words: String = rationale
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(html.contains(&first_words), "rationale of {}", p.name);
    }
    for (_, a, b) in presets::COMPARISONS {
        assert!(html.contains(&format!("data-testid=\"compare-{a}-{b}\"")));
    }
    assert!(
        html.contains("data-testid=\"field-ae.outbound_share\""),
        "the outbound slider"
    );
    assert!(html.contains("type=\"range\""));
    assert!(
        html.contains("label=\"35%\""),
        "the slider is marked at 35%"
    );
    assert!(html.contains("data-testid=\"run-status\""));
    assert!(
        html.contains("founder-led"),
        "the default scenario is founder-led"
    );
    for group in [
        "Team and hiring",
        "Ramp and skill",
        "Time and outbound",
        "Funnel and deals",
        "Market",
        "Policies",
        "Costs and targets",
    ] {
        assert!(
            html.to_lowercase().contains(&group.to_lowercase()),
            "group {group}"
        );
    }
}

#[tokio::test]
async fn results_show_kpis_and_every_chart() {
    let ws = Workspace::single(presets::find("founder-led").unwrap().scenario());
    let html = render_results(results_of(ws, 200)).await;
    for id in [
        "kpi-bookings",
        "chart-bookings",
        "chart-pipeline_created",
        "chart-open_pipeline",
        "chart-headcount",
        "chart-cost",
        "chart-by-source",
        "chart-pipeline-by-source",
        "chart-histogram",
    ] {
        assert!(html.contains(&format!("data-testid=\"{id}\"")), "{id}");
    }
    assert!(html.matches("<svg").count() >= 8, "eight charts drawn");
    assert!(html.contains("2027 Q1"), "quarters read 2027 Q1");
    assert!(
        !html.contains("data-testid=\"comparison\""),
        "no comparison with one scenario"
    );
}

#[tokio::test]
async fn two_scenarios_show_the_comparison_with_p_greater() {
    let ws = presets::comparison("veteran-drift", "t-model").unwrap();
    let html = render_results(results_of(ws, 200)).await;
    assert!(html.contains("data-testid=\"comparison\""));
    assert!(html.contains("data-testid=\"chart-difference\""));
    let at = html.find("data-testid=\"p-greater\"").expect("P(A > B)");
    let shown = &html[at..at + 80];
    assert!(
        shown.contains("P(A &gt; B) = ") || shown.contains("P(A > B) = "),
        "{shown}"
    );
}

#[tokio::test]
async fn the_detail_charts_show_the_scenario_in_the_editor() {
    let ws = presets::comparison("veteran-drift", "t-model").unwrap();
    let results = results_of(ws, 100);
    let caption = |html: &str, id: &str| {
        let at = html
            .find(&format!("data-testid=\"{id}\""))
            .unwrap_or_else(|| panic!("no {id}"));
        let end = html[at..].find("</figcaption>").expect("a caption") + at;
        html[at..end].to_string()
    };
    for (selected, name) in [(0, "veteran-drift"), (1, "t-model")] {
        let html = render_results_beside(results.clone(), selected).await;
        for id in [
            "chart-by-source",
            "chart-pipeline-by-source",
            "chart-histogram",
        ] {
            let shown = caption(&html, id);
            assert!(shown.contains(name), "{id} beside {name}: {shown}");
            assert!(
                !html.contains(&format!("data-testid=\"{id}-1\"")),
                "one scenario's detail"
            );
        }
        assert!(
            html.contains("<option value=\"all\""),
            "the menu offers every scenario"
        );
    }
}

#[tokio::test]
async fn a_scenario_with_no_target_offers_a_box_for_one() {
    let html = render_results(results_of(
        presets::comparison("veteran-drift", "t-model").unwrap(),
        50,
    ))
    .await;
    assert!(html.contains("data-testid=\"target-input\""), "{html}");
    assert!(html.contains("data-testid=\"target-input-1\""));
    assert!(!html.contains("data-testid=\"kpi-target\""));
    let mut ws = presets::comparison("veteran-drift", "t-model").unwrap();
    ws.scenarios[1].targets.bookings_per_quarter = pipesim::model::Target::Every(250_000.0);
    let html = render_results(results_of(ws, 50)).await;
    assert!(html.contains("data-testid=\"target-input\""));
    assert!(
        html.contains("data-testid=\"kpi-target-1\""),
        "a set target shows its chance"
    );
    assert!(!html.contains("data-testid=\"target-input-1\""));
}

#[tokio::test]
async fn hostile_names_render_as_text() {
    let mut ws = presets::comparison("founder-led", "vp-first").unwrap();
    ws.scenarios[1].name = "<img src=x onerror=alert(1)>".into();
    ws.scenarios[1].currency = "<b>X</b>".into();
    let html = render_results(results_of(ws, 100)).await;
    assert!(!html.contains("<img src=x"), "a name never becomes markup");
    assert!(
        !html.contains("<b>X</b>"),
        "a currency never becomes markup"
    );
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "the name shows as text"
    );
    // The verdict names both scenarios in its sentences, as text too.
    let verdict = &html[html.find("data-testid=\"verdict\"").expect("a verdict")..];
    assert!(
        verdict.contains("&lt;img src=x onerror=alert(1)&gt; books"),
        "{verdict}"
    );
}

async fn render_status(run: pipesim::web::state::RunState, trials: u32) -> String {
    use pipesim::web::components::run_status::{RunStatus, RunStatusProps};
    LocalServerRenderer::<RunStatus>::with_props(RunStatusProps {
        run,
        trials,
        current: true,
    })
    .render()
    .await
}

#[tokio::test]
async fn a_run_over_the_budget_says_why_and_offers_fewer_trials() {
    use pipesim::engine::budget::check_browser_budget;
    use pipesim::web::state::{NotRun, RunState};

    let mut workspace = presets::comparison("founder-led", "vp-first").expect("comparison");
    workspace.scenarios[0] = presets::find("enterprise").expect("enterprise").scenario();
    workspace.run.trials = 20_000;
    let over = check_browser_budget(&workspace).expect_err("enterprise at 20,000 is over");
    let offer = over.fewer_trials().expect("some trials fit");
    assert!((1_000..20_000).contains(&offer), "offer {offer}");
    let html = render_status(RunState::Failed(NotRun::from(over)), 20_000).await;
    assert!(
        html.contains("Not run: this run is too large for the browser"),
        "{html}"
    );
    assert!(
        html.contains("enterprise"),
        "names the heaviest scenario: {html}"
    );
    assert!(
        html.contains(&format!("Run {offer} trials instead")),
        "offers {offer} trials: {html}"
    );

    // A failure with nothing to offer shows no offer, and neither does an offer of the trials
    // already chosen.
    let html = render_status(RunState::Failed(NotRun::because("broken")), 2_000).await;
    assert!(!html.contains("fewer-trials"), "{html}");
    let same = NotRun {
        reason: "x".into(),
        fewer_trials: Some(2_000),
    };
    let html = render_status(RunState::Failed(same), 2_000).await;
    assert!(!html.contains("fewer-trials"), "{html}");
}

/// The analysis panel with a finished report of `kind` on a scenario named like markup.
async fn render_analysis(kind: pipesim::model::analysis::AnalysisKind) -> String {
    use pipesim::web::components::analysis_panel::{AnalysisPanel, AnalysisPanelProps};
    let mut scenario = presets::find("founder-led").unwrap().scenario();
    scenario.name = "<img src=x onerror=alert(1)>".into();
    let (workspace, view) = super::common::results::analysed(Workspace::single(scenario), kind);
    LocalServerRenderer::<AnalysisPanel>::with_props(AnalysisPanelProps {
        workspace,
        selected: 0,
        view,
        current: true,
    })
    .render()
    .await
}

#[tokio::test]
async fn analyses_render_their_reports_with_hostile_names_as_text() {
    use pipesim::model::analysis::{AnalysisKind, GoalSpec, LeverSpec};
    let kinds = [
        (
            AnalysisKind::Sensitivity {
                output: "bookings.total".into(),
            },
            "data-testid=\"chart-tornado\"",
        ),
        (
            AnalysisKind::Sweep {
                output: "bookings.total".into(),
                field: "ae.outbound_share".into(),
                from: 0.1,
                to: 0.5,
                steps: 3,
            },
            "data-testid=\"chart-sweep\"",
        ),
        (
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
            "data-testid=\"chart-frontier\"",
        ),
    ];
    for (kind, chart) in kinds {
        let html = render_analysis(kind).await;
        assert!(html.contains(chart), "{chart}");
        assert!(
            html.contains("&lt;img src=x onerror=alert(1)&gt;"),
            "the name as text"
        );
        assert!(!html.contains("<img"), "no injected element");
    }
}
