//! What a run shows: KPI cards, fan charts per quarter, bookings by source, the histogram of
//! total bookings and, with two or more scenarios, the comparison. The charts of one scenario
//! (by source, the histogram) show the scenario in the editor, another the reader picks, or
//! every scenario, one chart each. The SVGs are drawn once per
//! result, focus and screen size: the first results at once, later ones in slices of a few
//! charts per task (`hooks::use_sliced_charts`).

use std::rc::Rc;

use yew::prelude::*;

use super::chart_card::ChartCard;
use super::chart_table::{fan_numbers, sources_numbers, total_numbers};
use super::comparison::Comparison;
use super::kpi_cards::KpiCards;
use super::result_downloads::ResultDownloads;
use super::sensitivity_view::use_chart_words;
use super::verdict_panel::VerdictPanel;
use crate::charts::{self, Axis, ChartWords, Fan, Size, PALETTE};
use crate::engine::outputs::{MetricId, MetricUnit, Source};
use crate::i18n::{Args, Lang};
use crate::report::{horizon_values, Kpis};
use crate::web::hooks::{use_chart_size, use_sliced_charts};
use crate::web::language::use_language;
use crate::web::state::Results;

/// Props of [`ResultsPanel`].
#[derive(Properties, PartialEq)]
pub struct ResultsPanelProps {
    /// The last good results, if any.
    pub results: Option<Rc<Results>>,
    /// Whether the workspace changed since they were computed.
    pub stale: bool,
    /// Whether the current workspace could not run (the run status says why).
    #[prop_or_default]
    pub not_run: bool,
    /// The scenario in the editor: the detail charts show it unless the reader picks another
    /// (or all of them).
    #[prop_or_default]
    pub selected: usize,
}

/// Which scenarios the detail charts (by source, the histogram) show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Detail {
    /// One scenario, by index.
    One(usize),
    /// Every scenario, one chart each.
    All,
}

impl Detail {
    /// The same choice among `n` scenarios: one past the last is the last.
    fn within(self, n: usize) -> Detail {
        match self {
            Detail::One(i) => Detail::One(i.min(n.saturating_sub(1))),
            all => all,
        }
    }

    /// The indices of the scenarios shown, of `n` (the choice made [`Detail::within`] them).
    fn scenarios(self, n: usize) -> Vec<usize> {
        match self {
            Detail::One(i) => vec![i],
            Detail::All => (0..n).collect(),
        }
    }
}

/// The detail charts of each scenario shown: (message id of the title, of the caption,
/// `data-testid`), in the order [`draw_chart`] numbers them after the fans.
const DETAILS: [(&str, &str, &str); 3] = [
    (
        "chart-by-source-title",
        "chart-by-source-caption",
        "chart-by-source",
    ),
    (
        "chart-pipeline-by-source-title",
        "chart-pipeline-by-source-caption",
        "chart-pipeline-by-source",
    ),
    (
        "chart-histogram-title",
        "chart-histogram-caption",
        "chart-histogram",
    ),
];

/// The fan charts: (metric, message id of the title, of the caption, `data-testid`).
const FANS: [(MetricId, &str, &str, &str); 5] = [
    (
        MetricId::BOOKINGS_TOTAL,
        "fan-bookings-title",
        "fan-bookings-caption",
        "chart-bookings",
    ),
    (
        MetricId::PIPELINE_CREATED_TOTAL,
        "fan-pipeline-created-title",
        "fan-pipeline-created-caption",
        "chart-pipeline_created",
    ),
    (
        MetricId::OPEN_PIPELINE,
        "fan-open-pipeline-title",
        "fan-open-pipeline-caption",
        "chart-open_pipeline",
    ),
    (
        MetricId::HEADCOUNT_TOTAL,
        "fan-headcount-title",
        "fan-headcount-caption",
        "chart-headcount",
    ),
    (
        MetricId::COST_TOTAL,
        "fan-cost-title",
        "fan-cost-caption",
        "chart-cost",
    ),
];

/// How many charts the results area draws for `shown` scenarios in detail, in the order
/// [`draw_chart`] numbers them: the fans (as in [`FANS`]), then each of [`DETAILS`] for each
/// scenario shown.
fn chart_count(shown: usize) -> usize {
    FANS.len() + DETAILS.len() * shown
}

/// What the charts show: a new key means they must be drawn again (the language too: the
/// charts' words are drawn into them).
type DrawKey = (u64, u32, Detail, u32, Lang);

fn draw_key(results: &Results, detail: Detail, size: Size, lang: Lang) -> DrawKey {
    (
        results.generation,
        results.trials_done,
        detail,
        size.width,
        lang,
    )
}

/// Chart `which` (see [`chart_count`]) of `results`, as SVG, with `words` in it; `shown` are
/// the scenarios shown in detail.
fn draw_chart(
    results: &Results,
    shown: &[usize],
    size: Size,
    which: usize,
    words: &ChartWords,
) -> AttrValue {
    let report = &results.report;
    let detail = which.saturating_sub(FANS.len());
    let focus = shown
        .get(detail % shown.len().max(1))
        .copied()
        .unwrap_or(0)
        .min(report.scenarios.len().saturating_sub(1));
    let focus_report = &report.scenarios[focus];
    if let Some(&(id, ..)) = FANS.get(which) {
        // The first longest horizon's quarter labels cover every scenario's quarters.
        let labels = report
            .scenarios
            .iter()
            .rev()
            .max_by_key(|s| s.quarters.len())
            .map(|s| s.quarters.clone())
            .unwrap_or_default();
        let currency = report
            .scenarios
            .first()
            .map(|s| s.currency.clone())
            .unwrap_or_default();
        let axis = if id.unit() == MetricUnit::Count {
            Axis::Count
        } else {
            Axis::Money(currency)
        };
        let fans: Vec<Fan> = report
            .scenarios
            .iter()
            .enumerate()
            .filter_map(|(i, s)| {
                s.summary(id).map(|m| Fan {
                    color: PALETTE[i % PALETTE.len()],
                    quarters: &m.quarters,
                })
            })
            .collect();
        return AttrValue::from(charts::fan_chart(&labels, &fans, &axis, size, words));
    }
    let stacked = |of: fn(Source) -> MetricId| {
        let series: Vec<(&str, charts::Rgb, Vec<f64>)> = Source::ALL
            .iter()
            .enumerate()
            .map(|(k, &src)| {
                let medians = focus_report
                    .summary(of(src))
                    .map(|m| m.quarters.iter().map(|q| q.p50).collect())
                    .unwrap_or_default();
                (words.source(src), PALETTE[(k + 2) % PALETTE.len()], medians)
            })
            .collect();
        AttrValue::from(charts::stacked_bars(
            &focus_report.quarters,
            &series,
            &Axis::Money(focus_report.currency.clone()),
            size,
            words,
        ))
    };
    match detail / shown.len().max(1) {
        0 => stacked(MetricId::bookings),
        1 => stacked(MetricId::pipeline_created),
        _ => {
            let totals = horizon_values(&results.columns[focus], MetricId::BOOKINGS_TOTAL);
            let target = focus_report.targets.as_ref().map(|t| t.total);
            AttrValue::from(charts::histogram(
                &totals,
                30,
                PALETTE[focus % PALETTE.len()],
                target,
                &Axis::Money(focus_report.currency.clone()),
                size,
                words,
            ))
        }
    }
}

/// The results area.
#[function_component]
pub fn ResultsPanel(props: &ResultsPanelProps) -> Html {
    let language = use_language();
    let words = use_chart_words(&language);
    let detail_pick = use_state(|| None::<(Detail, usize)>);
    let size = use_chart_size();
    let Some(results) = props.results.clone() else {
        return html! {
            <div class="results empty" data-testid="results">
                if props.not_run {
                    <p>{language.say("results-not-run")}</p>
                } else {
                    <p>{language.say("results-simulating")}</p>
                }
            </div>
        };
    };
    let n = results.report.scenarios.len();
    // The reader's pick holds while the editor stays on the scenario it was made beside.
    let detail = match *detail_pick {
        Some((pick, beside)) if beside == props.selected => pick,
        _ => Detail::One(props.selected),
    }
    .within(n);
    let shown = detail.scenarios(n);
    // Drawn again, in slices, for new results, another detail, a new screen size or language.
    let drawn = {
        let results = results.clone();
        let shown = shown.clone();
        use_sliced_charts(
            draw_key(&results, detail, size, words.lang),
            chart_count(shown.len()),
            move |which| draw_chart(&results, &shown, size, which, &words),
        )
    };
    let names: Vec<String> = (0..n)
        .map(|i| crate::web::components::scenario_tabs::display_name(&results.workspace, i))
        .collect();
    let legend = html! {
        <ul class="legend">
            { for names.iter().enumerate().map(|(i, name)| html! {
                <li><span class="swatch" style={format!("background:{}", PALETTE[i % PALETTE.len()].css())} aria-hidden="true"></span>{name.clone()}</li>
            }) }
        </ul>
    };
    // Every output bit of every scenario, so a test can tell identical runs from similar ones.
    let digests: String = results
        .digests
        .iter()
        .map(|d| format!("{d:016x}"))
        .collect::<Vec<_>>()
        .join(",");
    let on_detail = {
        let detail_pick = detail_pick.clone();
        let selected = props.selected;
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let pick = match select.value().parse::<usize>() {
                Ok(i) => Detail::One(i),
                Err(_) => Detail::All,
            };
            detail_pick.set(Some((pick, selected)));
        })
    };
    // A caption about scenario `i`, shown in detail.
    let about =
        |id: &str, i: usize| language.say_with(id, &Args::new().text("name", names[i].clone()));
    let chart = |k: usize| drawn.charts.get(k).cloned().unwrap_or_default();
    let mut detail_cards = Vec::new();
    for (d, (title, caption, testid)) in DETAILS.iter().enumerate() {
        for (j, &i) in shown.iter().enumerate() {
            // The first keeps the plain id; every scenario's own gets its index.
            let testid = if j == 0 {
                testid.to_string()
            } else {
                format!("{testid}-{i}")
            };
            let key = testid.clone();
            let numbers = match d {
                0 => sources_numbers(&results, i, MetricId::bookings, &language),
                1 => sources_numbers(&results, i, MetricId::pipeline_created, &language),
                _ => total_numbers(&results, i, &language),
            };
            detail_cards.push(html! {
                <ChartCard key={key} title={language.say(title)} caption={about(caption, i)}
                    svg={chart(FANS.len() + d * shown.len() + j)} size={size} testid={testid}
                    numbers={numbers} />
            });
        }
    }
    html! {
        <div class={classes!("results", props.stale.then_some("stale"))} data-testid="results" aria-busy={props.stale.to_string()}
            data-charts={if drawn.current { "current" } else { "drawing" }}
            data-digests={digests}>
            if props.stale {
                <p class="stale-note">{language.say("results-stale")}</p>
            } else if results.is_partial() {
                <p class="stale-note" data-testid="partial-note">{language.say_with(
                    "results-partial",
                    &Args::new()
                        .text("done", crate::format::count(results.trials_done as f64))
                        .text("total", crate::format::count(results.workspace.run.trials as f64)),
                )}</p>
            }
            <VerdictPanel results={results.clone()} />
            <ResultDownloads results={results.clone()} />
            <div class="kpi-rows">
                { for results.report.scenarios.iter().enumerate().map(|(i, s)| html! {
                    <KpiCards name={names[i].clone()} color={PALETTE[i % PALETTE.len()].css()} currency={s.currency.clone()} kpis={Kpis::of(s)} scenario={results.workspace.scenarios[i].clone()} index={i} />
                }) }
            </div>
            if n > 1 {
                <Comparison results={results.clone()} names={names.clone()} focus={shown[0]} size={size} />
            }
            <div class="charts">
                { for FANS.iter().enumerate().map(|(k, (id, title, caption, testid))| html! {
                    <ChartCard title={language.say(title)} caption={language.say(caption)} svg={chart(k)} size={size} testid={*testid} legend={if n > 1 { legend.clone() } else { html!{} }}
                        numbers={fan_numbers(&results, *id, &names, &language)} />
                }) }
            </div>
            <div class="focus-row">
                if n > 1 {
                    <label>{language.say("results-detail-for")}
                        <select onchange={on_detail} aria-label={language.say("results-detail-menu")} data-testid="focus">
                            { for names.iter().enumerate().map(|(i, name)| html! {
                                <option value={i.to_string()} selected={detail == Detail::One(i)}>{name.clone()}</option>
                            }) }
                            <option value="all" selected={detail == Detail::All}>{language.say("results-detail-all")}</option>
                        </select>
                    </label>
                }
            </div>
            <div class="charts">
                { detail_cards }
            </div>
        </div>
    }
}
