//! A chart's text alternative: "Show the numbers", a disclosure (`<details>`, reachable and
//! opened by keyboard) over a table of the numbers the chart draws, made by the pure core
//! (`report::chart_numbers`). Every cell is a Yew text node, so a scenario's name stays text.
//! Also the tables of the results' charts, made from a run's report in the page's language.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::outputs::{MetricId, MetricUnit, Source};
use crate::format::locale;
use crate::i18n::{Args, Lang};
use crate::report::chart_numbers::{self, FanSeries, NumbersTable};
use crate::stats::Summary;
use crate::web::language::{use_language, Language};
use crate::web::state::Results;

/// Props of [`ChartTable`].
#[derive(Properties, PartialEq)]
pub struct ChartTableProps {
    /// The chart's heading, which names the table for screen readers.
    pub title: AttrValue,
    /// The numbers.
    pub table: Rc<NumbersTable>,
    /// The chart's `data-testid`; the disclosure's is `numbers-` and that.
    pub testid: AttrValue,
}

/// The numbers of one chart, folded.
#[function_component]
pub fn ChartTable(props: &ChartTableProps) -> Html {
    let language = use_language();
    let name = language.say_with(
        "chart-numbers-label",
        &Args::new().text("title", props.title.to_string()),
    );
    let table = &props.table;
    html! {
        <details class="numbers chart-numbers" data-testid={format!("numbers-{}", props.testid)}>
            <summary>{language.say("chart-numbers-show")}</summary>
            // A wide table scrolls sideways on a phone: the region takes focus so a keyboard
            // can scroll it too.
            <div class="table-wrap" role="region" tabindex="0" aria-label={name.clone()}>
                <table class="compare-table">
                    <caption class="visually-hidden">{name}</caption>
                    <thead><tr>
                        { for table.head.iter().map(|h| html! { <th scope="col">{h.clone()}</th> }) }
                    </tr></thead>
                    <tbody>
                        { for table.rows.iter().map(|row| html! {
                            <tr>
                                { for row.iter().enumerate().map(|(i, cell)| if i == 0 {
                                    html! { <th scope="row">{cell.clone()}</th> }
                                } else {
                                    html! { <td>{cell.clone()}</td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </details>
    }
}

/// How a number of `unit` reads on the page: money in `currency` or a count, in `lang`.
fn writer(lang: Lang, unit: MetricUnit, currency: String) -> impl Fn(f64) -> String {
    move |x: f64| match unit {
        MetricUnit::Count => locale::count(lang, x),
        _ => locale::money(lang, x, &currency),
    }
}

/// The longest horizon's quarter labels, which cover every scenario's quarters (as the fan
/// charts label their axis), in the page's language.
fn quarter_labels(results: &Results, language: &Language) -> Vec<String> {
    results
        .report
        .scenarios
        .iter()
        .rev()
        .max_by_key(|s| s.quarters.len())
        .map(|s| quarters_in(&s.quarters, language))
        .unwrap_or_default()
}

/// Quarter labels (`2027 Q1`) as the page's language writes them (`2027年第1季度`).
fn quarters_in(labels: &[String], language: &Language) -> Vec<String> {
    labels
        .iter()
        .map(|q| locale::quarter(&language.catalogue, q))
        .collect()
}

/// The name of a percentile in the page's language ("P5", "第 5 百分位数").
pub fn percentile_name(language: &Language) -> impl Fn(u8) -> String + '_ {
    move |p| language.say_with("chart-numbers-pct", &Args::new().text("p", p.to_string()))
}

/// The numbers of the fan chart of metric `id`: every scenario (named by `names`) per quarter.
pub fn fan_numbers(
    results: &Results,
    id: MetricId,
    names: &[String],
    language: &Language,
) -> Rc<NumbersTable> {
    let report = &results.report;
    let currency = report
        .scenarios
        .first()
        .map(|s| s.currency.clone())
        .unwrap_or_default();
    let series: Vec<FanSeries> = report
        .scenarios
        .iter()
        .zip(names)
        .filter_map(|(s, name)| {
            s.summary(id).map(|m| FanSeries {
                name,
                quarters: &m.quarters,
            })
        })
        .collect();
    Rc::new(chart_numbers::fan(
        &quarter_labels(results, language),
        &series,
        [
            &language.say("chart-numbers-quarter"),
            &language.say("chart-numbers-scenario"),
        ],
        &percentile_name(language),
        &writer(language.lang, id.unit(), currency),
    ))
}

/// The numbers of the stacked bars of scenario `focus` by source, `of` giving each source's
/// metric (`MetricId::bookings`, `MetricId::pipeline_created`): the medians per quarter.
pub fn sources_numbers(
    results: &Results,
    focus: usize,
    of: fn(Source) -> MetricId,
    language: &Language,
) -> Rc<NumbersTable> {
    let s = &results.report.scenarios[focus];
    let series: Vec<(String, Vec<f64>)> = Source::ALL
        .iter()
        .map(|&src| {
            let medians = s
                .summary(of(src))
                .map(|m| m.quarters.iter().map(|q| q.p50).collect())
                .unwrap_or_default();
            (
                language.say(&format!("chart-source-{}", src.key())),
                medians,
            )
        })
        .collect();
    let series: Vec<(&str, Vec<f64>)> = series
        .iter()
        .map(|(name, v)| (name.as_str(), v.clone()))
        .collect();
    Rc::new(chart_numbers::stacked(
        &quarters_in(&s.quarters, language),
        &series,
        &language.say("chart-numbers-quarter"),
        &language.say("chart-numbers-total"),
        &writer(language.lang, MetricUnit::Money, s.currency.clone()),
    ))
}

/// The numbers of the histogram of scenario `focus`'s total bookings: its percentiles, and
/// the target with the chance of reaching it when there is one.
pub fn total_numbers(results: &Results, focus: usize, language: &Language) -> Rc<NumbersTable> {
    let s = &results.report.scenarios[focus];
    let money = writer(language.lang, MetricUnit::Money, s.currency.clone());
    let summary = s
        .summary(MetricId::BOOKINGS_TOTAL)
        .map(|m| m.horizon)
        .unwrap_or_else(|| Summary::of(&[]));
    let extra = s
        .targets
        .as_ref()
        .map(|t| {
            vec![
                [language.say("chart-numbers-target"), money(t.total)],
                [
                    language.say("chart-numbers-p-target"),
                    crate::format::percent(t.p_hit_total),
                ],
            ]
        })
        .unwrap_or_default();
    Rc::new(chart_numbers::distribution(
        &summary,
        [
            &language.say("chart-numbers-mean"),
            &language.say("chart-numbers-percentile"),
            &language.say("chart-numbers-bookings"),
        ],
        &percentile_name(language),
        extra,
        &money,
    ))
}
