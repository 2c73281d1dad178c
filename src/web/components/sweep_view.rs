//! A sweep's report: one input over a range, the output's median and P10–P90 band at each value, the median cost beneath,
//! the best value marked, and the numbers as a table.

use yew::prelude::*;

use super::analysis_form::output_text;
use super::sensitivity_view::{
    analysis_size, chart_figure, head_cells, numbers_table, text_cells, use_chart_words,
    use_inputs, value_in, value_label,
};
use crate::analysis::study::StudyReport;
use crate::analysis::sweep::SweepReport;
use crate::charts::{self, Axis, SweepPoint};
use crate::i18n::Args;
use crate::model::Scenario;
use crate::web::hooks::use_chart_size;
use crate::web::language::use_language;

/// Props of [`SweepView`].
#[derive(Properties, PartialEq)]
pub struct SweepViewProps {
    /// The sweep.
    pub report: SweepReport,
    /// The analysis it belongs to.
    pub header: StudyReport,
    /// The scenario analysed: the swept input's unit.
    pub scenario: Scenario,
}

/// The sweep's chart and table.
#[function_component]
pub fn SweepView(props: &SweepViewProps) -> Html {
    let language = use_language();
    let base = use_chart_size();
    let report = &props.report;
    let output = output_text(&language, &props.header.output);
    let input = language.field_label(&report.field, &report.label);
    let inputs = use_inputs(&props.scenario);
    let value = |r: &crate::analysis::sweep::SweepRow| {
        value_in(
            &language,
            &inputs,
            &report.field,
            r.value,
            &props.header.currency,
            &r.value_text,
        )
    };
    let against = language.say_with(
        "sweep-against",
        &Args::new()
            .text("output", output.clone())
            .text("input", input.clone()),
    );
    let axis = if props.header.money {
        Axis::Money(props.header.currency.clone())
    } else {
        Axis::Count
    };
    let cost_axis = Axis::Money(props.header.currency.clone());
    let size = analysis_size(base, if base.width < 500 { 320 } else { 380 });
    let points: Vec<SweepPoint> = report
        .rows
        .iter()
        .filter_map(|r| {
            let s = r.summary?;
            let (p10, p50, p90) = if props.header.chance {
                let o = r.output?;
                (o, o, o)
            } else {
                (s.p10, s.p50, s.p90)
            };
            Some(SweepPoint {
                x: r.value,
                p10,
                p50,
                p90,
                cost: s.cost,
            })
        })
        .collect();
    let best = report.best.and_then(|b| {
        let x = report.rows.get(b)?.value;
        points.iter().position(|p| p.x == x)
    });
    let texts: Vec<(f64, String)> = report.rows.iter().map(|r| (r.value, value(r))).collect();
    let words = use_chart_words(&language);
    let svg = use_memo(
        (points, axis.clone(), cost_axis, best, size, texts, words),
        move |(points, axis, cost_axis, best, size, texts, words)| {
            let x_label = |x: f64| value_label(texts, x);
            AttrValue::from(charts::sweep_chart(
                points, &x_label, axis, cost_axis, *best, *size, words,
            ))
        },
    );
    // Money in the page's language (`US$120万` in Chinese); counts as the axis writes them.
    let fmt = |x: f64| match &axis {
        // No "−$0" for a difference of exactly nothing, as the axis writes it.
        Axis::Money(currency) => {
            crate::format::locale::money(language.lang, if x == 0.0 { 0.0 } else { x }, currency)
        }
        Axis::Count => axis.label(x),
    };
    let best_text = report
        .best
        .and_then(|b| report.rows.get(b))
        .map(|r| {
            language.say_with(
                "sweep-best",
                &Args::new()
                    .text("input", input.clone())
                    .text("value", value(r)),
            )
        })
        .unwrap_or_default();
    html! {
        <div class="analysis-result" data-testid="sweep-report">
            <p class="analysis-summary">{language.say_with("sweep-summary", &Args::new().text("against", against.clone()).text("best", best_text))}</p>
            { chart_figure("chart-sweep", against, Some(language.say("sweep-caption")), language.say("sweep-alt"), &svg, None) }
            { numbers_table(language.say("sweep-numbers"), "sweep-table",
                html! { <><th>{input.clone()}</th>{ head_cells(&language, &["decide-output", "bands-p10", "bands-p90", "sweep-median-cost"]) }</> },
                report.rows.iter().enumerate().map(|(i, r)| {
                    let cells = match (&r.refused, r.summary, r.output) {
                        (Some(reason), ..) => html! { <td colspan="4">{language.say_with("sweep-not-valid", &Args::new().text("reason", reason.clone()))}</td> },
                        (None, Some(s), Some(o)) => text_cells(vec![
                            if props.header.chance { format!("{:.0}%", o * 100.0) } else { fmt(o) },
                            fmt(s.p10),
                            fmt(s.p90),
                            crate::format::locale::money(language.lang, s.cost, &props.header.currency),
                        ]),
                        _ => html! { <td colspan="4">{"…"}</td> },
                    };
                    html! { <tr class={classes!((report.best == Some(i)).then_some("best"))}><td>{value(r)}</td>{cells}</tr> }
                }).collect()) }
        </div>
    }
}
