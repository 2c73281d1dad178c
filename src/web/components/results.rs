//! What a run shows: KPI cards, fan charts per quarter, bookings by source, the histogram of
//! total bookings and, with two or more scenarios, the comparison. The SVGs are drawn once per
//! result, focus and screen size: the first results at once, later ones in slices of a few
//! charts per task.

use std::rc::Rc;

use yew::prelude::*;

use super::chart_card::ChartCard;
use super::comparison::Comparison;
use super::kpi_cards::KpiCards;
use super::result_downloads::ResultDownloads;
use crate::charts::{self, Axis, Fan, Size, PALETTE};
use crate::engine::outputs::{MetricId, MetricUnit, Source};
use crate::report::{horizon_values, Kpis};
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

/// The fan charts: (metric, title, caption, `data-testid`).
const FANS: [(MetricId, &str, &str, &str); 5] = [
    (
        MetricId::BOOKINGS_TOTAL,
        "Bookings per quarter",
        "Median line; bands hold 50% and 90% of trials.",
        "chart-bookings",
    ),
    (
        MetricId::PIPELINE_CREATED_TOTAL,
        "Pipeline created per quarter",
        "New opportunities' value, all sources.",
        "chart-pipeline_created",
    ),
    (
        MetricId::OPEN_PIPELINE,
        "Open pipeline at quarter end",
        "Value of every opportunity not yet closed.",
        "chart-open_pipeline",
    ),
    (
        MetricId::HEADCOUNT_TOTAL,
        "Headcount at quarter end",
        "AEs, SDRs and the VP of Sales.",
        "chart-headcount",
    ),
    (
        MetricId::COST_TOTAL,
        "Cost per quarter",
        "OTE of everyone on staff plus recruiting.",
        "chart-cost",
    ),
];

/// The window's width in CSS pixels (a laptop's when there is no window).
pub fn window_width() -> f64 {
    if cfg!(not(target_arch = "wasm32")) {
        return 1280.0;
    }
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|v| v.as_f64())
        .unwrap_or(1280.0)
}

/// Chart size for a window width: smaller drawings for phones keep the text legible.
pub fn chart_size(window_width: f64) -> Size {
    if window_width < 700.0 {
        Size {
            width: 360,
            height: 250,
        }
    } else {
        Size {
            width: 560,
            height: 300,
        }
    }
}

/// The chart size, redrawn when the window crosses between phone and laptop widths.
#[hook]
pub fn use_chart_size() -> Size {
    let size = use_state(|| chart_size(window_width()));
    {
        let size = size.clone();
        use_effect_with((), move |_| {
            #[cfg(target_arch = "wasm32")]
            {
                use wasm_bindgen::closure::Closure;
                use wasm_bindgen::JsCast;
                let on_resize = Closure::<dyn Fn()>::new(move || {
                    let next = chart_size(window_width());
                    if next != *size {
                        size.set(next);
                    }
                });
                let window = web_sys::window();
                if let Some(w) = &window {
                    let _ = w.add_event_listener_with_callback(
                        "resize",
                        on_resize.as_ref().unchecked_ref(),
                    );
                }
                move || {
                    if let Some(w) = window {
                        let _ = w.remove_event_listener_with_callback(
                            "resize",
                            on_resize.as_ref().unchecked_ref(),
                        );
                    }
                }
            }
            #[cfg(not(target_arch = "wasm32"))]
            {
                let _ = size;
                || {}
            }
        });
    }
    *size
}

/// The charts of the results area, in the order [`draw_chart`] numbers them: the fans (as in
/// [`FANS`]), bookings by source, pipeline created by source, the histogram.
const CHART_COUNT: usize = FANS.len() + 3;

/// What the charts show: a new key means they must be drawn again.
type DrawKey = (u64, u32, usize, u32);

/// The charts as drawn for one key.
#[derive(Clone, PartialEq)]
struct Drawn {
    key: DrawKey,
    charts: Vec<AttrValue>,
}

fn draw_key(results: &Results, focus: usize, size: Size) -> DrawKey {
    (results.generation, results.trials_done, focus, size.width)
}

/// Every chart at once: the first results a page shows (and the server renderer).
fn draw_all(results: &Results, focus: usize, size: Size) -> Drawn {
    Drawn {
        key: draw_key(results, focus, size),
        charts: (0..CHART_COUNT)
            .map(|i| draw_chart(results, focus, size, i))
            .collect(),
    }
}

/// Chart `which` (see [`CHART_COUNT`]) of `results`, as SVG.
fn draw_chart(results: &Results, focus: usize, size: Size, which: usize) -> AttrValue {
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
        return AttrValue::from(charts::fan_chart(&labels, &fans, &axis, size));
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
                (src.key(), PALETTE[(k + 2) % PALETTE.len()], medians)
            })
            .collect();
        AttrValue::from(charts::stacked_bars(
            &focus_report.quarters,
            &series,
            &Axis::Money(focus_report.currency.clone()),
            size,
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
            ))
        }
    }
}

/// The results area.
#[function_component]
pub fn ResultsPanel(props: &ResultsPanelProps) -> Html {
    let focus = use_state(|| 0usize);
    let size = use_chart_size();
    let Some(results) = props.results.clone() else {
        return html! {
            <div class="results empty" data-testid="results">
                if props.not_run {
                    <p>{"No results: this workspace was not run. The status at the top says why and what would run."}</p>
                } else {
                    <p>{"Simulating… the results appear here in a moment."}</p>
                }
            </div>
        };
    };
    let n = results.report.scenarios.len();
    let focus_index = (*focus).min(n.saturating_sub(1));
    // The first results are drawn at once. Later ones (partial results, the final report, a
    // new focus or screen size) are drawn the headline chart first, then in slices of
    // `runner::SLICE_MS`, as many charts as fit (the other seven, usually: a chart takes about a
    // millisecond), each slice shown as soon as it is drawn, so that no task on the page runs
    // long; the charts not yet redrawn keep the last drawing. A chart per task made the browser
    // lay out and paint the page eight times after every report.
    let drawn = {
        let results = results.clone();
        use_state(move || draw_all(&results, focus_index, size))
    };
    {
        let drawn = drawn.clone();
        let results = results.clone();
        use_effect_with(draw_key(&results, focus_index, size), move |key| {
            let cancelled = Rc::new(std::cell::Cell::new(false));
            if drawn.key != *key {
                #[cfg(target_arch = "wasm32")]
                {
                    let cancelled = cancelled.clone();
                    let key = *key;
                    wasm_bindgen_futures::spawn_local(async move {
                        use crate::web::clock::page_ms;
                        use crate::web::runner::{yield_to_browser, SLICE_MS};
                        let mut charts = drawn.charts.clone();
                        let mut which = 0;
                        while which < CHART_COUNT {
                            yield_to_browser().await;
                            if cancelled.get() {
                                return;
                            }
                            let started = page_ms();
                            loop {
                                charts[which] = draw_chart(&results, focus_index, size, which);
                                which += 1;
                                // The headline chart first, alone, to show it soonest.
                                if which == 1
                                    || which == CHART_COUNT
                                    || page_ms() - started >= SLICE_MS
                                {
                                    break;
                                }
                            }
                            let done = which == CHART_COUNT;
                            drawn.set(Drawn {
                                key: if done { key } else { drawn.key },
                                charts: charts.clone(),
                            });
                        }
                    });
                }
                #[cfg(not(target_arch = "wasm32"))]
                drawn.set(draw_all(&results, focus_index, size));
            }
            move || cancelled.set(true)
        });
    }
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
    html! {
        <div class={classes!("results", props.stale.then_some("stale"))} data-testid="results" aria-busy={props.stale.to_string()}
            data-charts={if drawn.key == draw_key(&results, focus_index, size) { "current" } else { "drawing" }}
            data-digests={digests}>
            if props.stale {
                <p class="stale-note">{"Showing the last finished run while the model changes."}</p>
            } else if results.is_partial() {
                <p class="stale-note" data-testid="partial-note">{format!(
                    "Filling in: the first {} of {} trials per scenario so far.",
                    crate::format::count(results.trials_done as f64),
                    crate::format::count(results.workspace.run.trials as f64)
                )}</p>
            }
            <ResultDownloads results={results.clone()} />
            <div class="kpi-rows">
                { for results.report.scenarios.iter().enumerate().map(|(i, s)| html! {
                    <KpiCards name={names[i].clone()} color={PALETTE[i % PALETTE.len()].css()} currency={s.currency.clone()} kpis={Kpis::of(s)} index={i} />
                }) }
            </div>
            if n > 1 {
                <Comparison results={results.clone()} names={names.clone()} focus={focus_index} size={size} />
            }
            <div class="charts">
                { for FANS.iter().zip(drawn.charts.iter()).map(|((_, title, caption, testid), svg)| html! {
                    <ChartCard title={*title} caption={*caption} svg={svg.clone()} size={size} testid={*testid} legend={if n > 1 { legend.clone() } else { html!{} }} />
                }) }
            </div>
            <div class="focus-row">
                if n > 1 {
                    <label>{"Detail for "}
                        <select onchange={on_focus} aria-label="Scenario shown in detail" data-testid="focus">
                            { for names.iter().enumerate().map(|(i, name)| html! {
                                <option value={i.to_string()} selected={i == focus_index}>{name.clone()}</option>
                            }) }
                        </select>
                    </label>
                }
            </div>
            <div class="charts">
                <ChartCard title="Bookings by source (medians)" caption={format!("{}: median bookings per quarter, stacked by where the deal came from.", names[focus_index])}
                    svg={drawn.charts[FANS.len()].clone()} size={size} testid="chart-by-source" />
                <ChartCard title="Pipeline created by source (medians)" caption={format!("{}: median pipeline created per quarter, stacked by source.", names[focus_index])}
                    svg={drawn.charts[FANS.len() + 1].clone()} size={size} testid="chart-pipeline-by-source" />
                <ChartCard title="Total bookings over the horizon" caption={format!("{}: how many trials ended at each total; the line marks the target.", names[focus_index])}
                    svg={drawn.charts[FANS.len() + 2].clone()} size={size} testid="chart-histogram" />
            </div>
        </div>
    }
}
