//! Two or more scenarios side by side: a comparison table, and each scenario against the
//! baseline trial by trial, the A − B distribution of total bookings and P(A > B).

use std::rc::Rc;

use yew::prelude::*;

use super::chart_card::ChartCard;
use super::chart_table::percentile_name;
use super::sensitivity_view::use_chart_words;
use crate::charts::{self, Axis, Size, PALETTE};
use crate::engine::outputs::MetricId;
use crate::format::locale::{money, whole};
use crate::format::percent;
use crate::i18n::Args;
use crate::report::chart_numbers::{self, NumbersTable};
use crate::report::{paired_differences, DifferenceSummary, Kpis};
use crate::web::language::{use_language, Language};
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

/// The style of a table cell holding an amount.
const AMOUNT: &str = "white-space:nowrap";

/// The numbers of the A − B chart: the difference's percentiles and P(A > B).
fn difference_numbers(
    d: &DifferenceSummary,
    language: &Language,
    currency: &str,
) -> Rc<NumbersTable> {
    let chance = [
        language.say("chart-numbers-p-greater"),
        percent(d.p_greater),
    ];
    Rc::new(chart_numbers::distribution(
        &d.horizon,
        [
            &language.say("chart-numbers-mean"),
            &language.say("chart-numbers-percentile"),
            &language.say("chart-numbers-difference"),
        ],
        &percentile_name(language),
        vec![chance],
        &|x| money(language.lang, x, currency),
    ))
}

/// The comparison section.
#[function_component]
pub fn Comparison(props: &ComparisonProps) -> Html {
    let language = use_language();
    let words = use_chart_words(&language);
    let say = |id: &str| language.say(id);
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
            (
                results.generation,
                results.trials_done,
                a,
                size.width,
                words,
            ),
            move |(.., words)| {
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
                    words,
                ))
            },
        )
    };
    let m = |x: f64| money(language.lang, x, &currency);
    let (name_a, name_b) = (props.names[a].clone(), props.names[b].clone());
    let pair = Args::new().text("a", name_a).text("b", name_b);
    html! {
        <section class="comparison panel" data-testid="comparison" aria-label={say("compare-heading")}>
            <h2>{say("compare-heading")}</h2>
            <div class="table-wrap" role="region" tabindex="0" aria-label={language.say_with("chart-numbers-label", &Args::new().text("title", say("compare-heading")))}>
                <table class="compare-table">
                    <thead><tr>
                        <th scope="col">{say("compare-col-scenario")}</th><th scope="col">{say("compare-col-bookings")}</th><th scope="col" class="wide-only">{say("compare-col-range")}</th>
                        <th scope="col">{say("compare-col-p-hit-target")}</th><th scope="col" class="wide-only">{say("compare-col-headcount")}</th><th scope="col">{say("compare-col-cost")}</th>
                    </tr></thead>
                    <tbody>
                    { for report.scenarios.iter().enumerate().map(|(i, s)| {
                        let k = Kpis::of(s);
                        let cm = |x: f64| money(language.lang, x, &s.currency);
                        let name = if i == b {
                            language.say_with("compare-baseline", &Args::new().text("name", props.names[i].clone()))
                        } else {
                            props.names[i].clone()
                        };
                        html! {
                            <tr>
                                <th scope="row"><span class="swatch" style={format!("background:{}", PALETTE[i % PALETTE.len()].css())} aria-hidden="true"></span>
                                    {name}</th>
                                // An amount stays on one line on a phone, where the table's
                                // cells wrap: Chinese may break before 万.
                                <td style={AMOUNT}>{cm(k.bookings.p50)}</td>
                                <td class="wide-only">{format!("{} – {}", cm(k.bookings.p10), cm(k.bookings.p90))}</td>
                                <td>{k.p_hit_target.map(percent).unwrap_or_else(|| "–".into())}</td>
                                <td class="wide-only">{whole(language.lang, k.ending_headcount.p50)}</td>
                                <td style={AMOUNT}>{cm(k.cost.p50)}</td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
            </div>
            if let Some(d) = bookings {
                <p class="verdict">
                    <strong>{language.say_with("compare-pair", &pair)}</strong>
                    <span data-testid="p-greater">{language.say_with("compare-p-greater", &Args::new().text("p", percent(d.p_greater)))}</span>
                    {language.say_with("compare-bookings", &Args::new().text("median", m(d.horizon.p50)).text("p10", m(d.horizon.p10)).text("p90", m(d.horizon.p90)))}
                    if let Some(p) = pipeline {
                        {language.say_with("compare-pipeline", &Args::new().text("p", percent(p.p_greater)))}
                    }
                </p>
            }
            <ChartCard title={say("compare-difference-title")}
                caption={language.say_with("compare-difference-caption", &pair)}
                svg={(*svg).clone()} size={props.size} testid="chart-difference"
                numbers={bookings.map(|d| difference_numbers(d, &language, &currency))} />
        </section>
    }
}
