//! Two or more scenarios side by side: a comparison table, and each scenario against the
//! baseline trial by trial, the A − B distribution of total bookings and P(A > B).

use std::rc::Rc;

use yew::prelude::*;

use super::chart_card::ChartCard;
use crate::charts::{self, Axis, Size, PALETTE};
use crate::engine::outputs::MetricId;
use crate::format::{count, money, percent};
use crate::report::{paired_differences, Kpis};
use crate::web::state::Results;

/// Props of [`Comparison`].
#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    /// The results of every scenario.
    pub results: Rc<Results>,
    /// Scenario names, in order.
    pub names: Vec<String>,
    /// The scenario shown in detail.
    pub focus: usize,
    /// The size to draw charts at.
    pub size: Size,
}

/// The comparison section.
#[function_component]
pub fn Comparison(props: &ComparisonProps) -> Html {
    let report = &props.results.report;
    let b = report.baseline;
    // The scenario compared in detail: the focus, or the first that is not the baseline.
    let a = if props.focus != b {
        props.focus
    } else {
        (0..report.scenarios.len()).find(|&i| i != b).unwrap_or(0)
    };
    let comparison = report.comparisons.iter().find(|c| c.scenario == a);
    let bookings = comparison.and_then(|c| c.difference(MetricId::BOOKINGS_TOTAL));
    let pipeline = comparison.and_then(|c| c.difference(MetricId::PIPELINE_CREATED_TOTAL));
    let currency = report.scenarios[a].currency.clone();
    let svg = {
        let results = props.results.clone();
        let currency = currency.clone();
        let size = props.size;
        // Partial results and the final ones share a generation: the trials are in the key.
        use_memo(
            (results.generation, results.trials_done, a, size.width),
            move |_| {
                let d = paired_differences(
                    &results.columns[a],
                    &results.columns[results.report.baseline],
                    MetricId::BOOKINGS_TOTAL,
                );
                AttrValue::from(charts::difference_histogram(
                    &d,
                    30,
                    &Axis::Money(currency),
                    size,
                ))
            },
        )
    };
    let m = |x: f64| money(x, &currency);
    html! {
        <section class="comparison panel" data-testid="comparison" aria-label="Comparison">
            <h2>{"Comparison"}</h2>
            <div class="table-wrap">
                <table class="compare-table">
                    <thead><tr>
                        <th scope="col">{"Scenario"}</th><th scope="col">{"Bookings (median)"}</th><th scope="col" class="wide-only">{"P10–P90"}</th>
                        <th scope="col">{"P(hit target)"}</th><th scope="col" class="wide-only">{"Ending headcount"}</th><th scope="col">{"Cost (median)"}</th>
                    </tr></thead>
                    <tbody>
                    { for report.scenarios.iter().enumerate().map(|(i, s)| {
                        let k = Kpis::of(s);
                        let cm = |x: f64| money(x, &s.currency);
                        html! {
                            <tr>
                                <th scope="row"><span class="swatch" style={format!("background:{}", PALETTE[i % PALETTE.len()].css())} aria-hidden="true"></span>
                                    {props.names[i].clone()}{if i == b { " (baseline)" } else { "" }}</th>
                                <td>{cm(k.bookings.p50)}</td>
                                <td class="wide-only">{format!("{} – {}", cm(k.bookings.p10), cm(k.bookings.p90))}</td>
                                <td>{k.p_hit_target.map(percent).unwrap_or_else(|| "–".into())}</td>
                                <td class="wide-only">{count(k.ending_headcount.p50)}</td>
                                <td>{cm(k.cost.p50)}</td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
            </div>
            if let Some(d) = bookings {
                <p class="verdict">
                    <strong>{format!("{} vs {}: ", props.names[a], props.names[b])}</strong>
                    <span data-testid="p-greater">{format!("P(A > B) = {}", percent(d.p_greater))}</span>
                    {format!(" for bookings over the horizon; A − B median {} (P10 {}, P90 {}).", m(d.horizon.p50), m(d.horizon.p10), m(d.horizon.p90))}
                    if let Some(p) = pipeline {
                        {format!(" Pipeline created: P(A > B) = {}.", percent(p.p_greater))}
                    }
                </p>
            }
            <ChartCard title="Bookings difference, trial by trial (A − B)"
                caption={format!("A = {}, B = {}: each trial runs both with the same random draws.", props.names[a], props.names[b])}
                svg={(*svg).clone()} size={props.size} testid="chart-difference" />
        </section>
    }
}
