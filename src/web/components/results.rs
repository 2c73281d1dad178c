//! What a run shows: KPI cards, fan charts per quarter, bookings by source, the histogram of
//! total bookings and, with two or more scenarios, the comparison. The SVGs are drawn once per
//! result, focus and screen size: the first results at once, later ones in slices of a few
//! charts per task (`hooks::use_sliced_charts`).

use std::rc::Rc;

use yew::prelude::*;

use super::chart_card::ChartCard;
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
}

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

/// The charts of the results area, in the order [`draw_chart`] numbers them: the fans (as in
/// [`FANS`]), bookings by source, pipeline created by source, the histogram.
const CHART_COUNT: usize = FANS.len() + 3;

/// What the charts show: a new key means they must be drawn again (the language too: the
/// charts' words are drawn into them).
type DrawKey = (u64, u32, usize, u32, Lang);

fn draw_key(results: &Results, focus: usize, size: Size, lang: Lang) -> DrawKey {
    (
        results.generation,
        results.trials_done,
        focus,
        size.width,
        lang,
    )
}

/// Chart `which` (see [`CHART_COUNT`]) of `results`, as SVG, with `words` in it.
fn draw_chart(
    results: &Results,
    focus: usize,
    size: Size,
    which: usize,
    words: &ChartWords,
) -> AttrValue {
    let report = &results.report;
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
    match which - FANS.len() {
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
    let focus = use_state(|| 0usize);
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
    let focus_index = (*focus).min(n.saturating_sub(1));
    // Drawn again, in slices, for new results, a new focus, a new screen size or language.
    let drawn = {
        let results = results.clone();
        use_sliced_charts(
            draw_key(&results, focus_index, size, words.lang),
            CHART_COUNT,
            move |which| draw_chart(&results, focus_index, size, which, &words),
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
    let on_focus = {
        let focus = focus.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(i) = select.value().parse::<usize>() {
                focus.set(i);
            }
        })
    };
    // A caption about the scenario shown in detail.
    let about =
        |id: &str| language.say_with(id, &Args::new().text("name", names[focus_index].clone()));
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
                <Comparison results={results.clone()} names={names.clone()} focus={focus_index} size={size} />
            }
            <div class="charts">
                { for FANS.iter().zip(drawn.charts.iter()).map(|((_, title, caption, testid), svg)| html! {
                    <ChartCard title={language.say(title)} caption={language.say(caption)} svg={svg.clone()} size={size} testid={*testid} legend={if n > 1 { legend.clone() } else { html!{} }} />
                }) }
            </div>
            <div class="focus-row">
                if n > 1 {
                    <label>{language.say("results-detail-for")}
                        <select onchange={on_focus} aria-label={language.say("results-detail-menu")} data-testid="focus">
                            { for names.iter().enumerate().map(|(i, name)| html! {
                                <option value={i.to_string()} selected={i == focus_index}>{name.clone()}</option>
                            }) }
                        </select>
                    </label>
                }
            </div>
            <div class="charts">
                <ChartCard title={language.say("chart-by-source-title")} caption={about("chart-by-source-caption")}
                    svg={drawn.charts[FANS.len()].clone()} size={size} testid="chart-by-source" />
                <ChartCard title={language.say("chart-pipeline-by-source-title")} caption={about("chart-pipeline-by-source-caption")}
                    svg={drawn.charts[FANS.len() + 1].clone()} size={size} testid="chart-pipeline-by-source" />
                <ChartCard title={language.say("chart-histogram-title")} caption={about("chart-histogram-caption")}
                    svg={drawn.charts[FANS.len() + 2].clone()} size={size} testid="chart-histogram" />
            </div>
        </div>
    }
}
