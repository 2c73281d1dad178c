//! A goal seek's report: the cheapest setting that meets the goal (or, when none does, the one
//! that came closest, said plainly), the frontier of every setting tried (the goal's chance and
//! the median cost against the first lever, a line per value of the second), the numbers as a
//! table, and a button that adds the chosen setting as a new scenario.

use yew::prelude::*;

use super::sensitivity_view::{
    analysis_size, chart_figure, head_cells, numbers_table, text_cells, use_chart_words,
    use_inputs, value_in, value_label,
};
use crate::analysis::seek::{apply_choice, SeekReport};
use crate::analysis::StudyReport;
use crate::charts::{self, Axis, FrontierPoint, FrontierSeries, PALETTE};
use crate::i18n::{Args, Message};
use crate::model::Scenario;
use crate::web::dispatch::use_dispatch;
use crate::web::hooks::use_chart_size;
use crate::web::language::use_language;
use crate::web::state::{Action, Notice};

/// Props of [`SeekView`].
#[derive(Properties, PartialEq)]
pub struct SeekViewProps {
    /// The seek.
    pub report: SeekReport,
    /// The analysis it belongs to.
    pub header: StudyReport,
    /// The scenario analysed, which the chosen setting is applied to.
    pub scenario: Scenario,
}

/// The seek's answer, frontier and table.
#[function_component]
pub fn SeekView(props: &SeekViewProps) -> Html {
    let dispatch = use_dispatch();
    let language = use_language();
    let base = use_chart_size();
    let report = &props.report;
    let currency = props.header.currency.clone();
    let money = |x: f64| crate::format::locale::money(language.lang, x, &currency);
    let lever_label =
        |l: &crate::analysis::seek::SeekLever| language.field_label(&l.path, &l.label);
    // A lever's value in the page's language (`3 个月`), the report's text where the lever is
    // no longer an input of the scenario.
    let inputs = use_inputs(&props.scenario);
    let value = |lever: usize, x: f64, english: &str| match report.levers.get(lever) {
        Some(l) => value_in(&language, &inputs, &l.path, x, &currency, english),
        None => english.to_string(),
    };
    let setting = |c: &crate::analysis::seek::SeekChoice| {
        report
            .levers
            .iter()
            .zip(&c.texts)
            .zip(&c.values)
            .enumerate()
            .map(|(i, ((l, t), x))| format!("{} {}", lever_label(l), value(i, *x, t)))
            .collect::<Vec<_>>()
            .join(language.say("list-separator").as_str())
    };
    // With two levers, a line per value of the second: the legend names the values and the
    // caption the lever, so that twelve entries fit in a few rows on a phone.
    let series: Vec<FrontierSeries> = report
        .series
        .iter()
        .enumerate()
        .map(|(i, s)| FrontierSeries {
            label: match (s.value, &s.value_text) {
                (Some(x), Some(t)) => value(1, x, t),
                _ => lever_label(&report.levers[0]),
            },
            color: PALETTE[i % PALETTE.len()],
            points: s
                .points
                .iter()
                .filter_map(|p| {
                    Some(FrontierPoint {
                        x: p.value,
                        chance: p.chance?,
                        cost: p.cost?,
                    })
                })
                .collect(),
        })
        .collect();
    let size = {
        let size = analysis_size(base, if base.width < 500 { 340 } else { 380 });
        let labels: Vec<&str> = series.iter().map(|s| s.label.as_str()).collect();
        charts::Size {
            height: size.height + charts::legend_height(&labels, size.width),
            ..size
        }
    };
    let chosen = report.choice.as_ref().and_then(|c| {
        let outer = match report.levers.len() {
            2 => report
                .series
                .iter()
                .position(|s| s.value == c.values.get(1).copied())?,
            _ => 0,
        };
        let inner = series
            .get(outer)?
            .points
            .iter()
            .position(|p| p.x == c.values[0])?;
        Some((outer, inner))
    });
    let texts: Vec<(f64, String)> = report
        .series
        .iter()
        .flat_map(|s| {
            s.points
                .iter()
                .map(|p| (p.value, value(0, p.value, &p.value_text)))
        })
        .collect();
    let words = use_chart_words(&language);
    let svg = use_memo(
        (
            series,
            report.required,
            chosen,
            size,
            texts,
            currency.clone(),
            words,
        ),
        |(series, required, chosen, size, texts, currency, words)| {
            let x_label = |x: f64| value_label(texts, x);
            let cost_axis = Axis::Money(currency.clone());
            AttrValue::from(charts::frontier_chart(
                series, &x_label, *required, &cost_axis, *chosen, *size, words,
            ))
        },
    );
    let goal = language.say_with(
        "seek-goal-required",
        &Args::new()
            .text(
                "goal",
                props
                    .header
                    .goal_words(&language.catalogue)
                    .unwrap_or_default(),
            )
            .text("required", format!("{:.0}%", report.required * 100.0)),
    );
    let lines_by = match report.levers.get(1) {
        Some(l) => language.say_with("seek-lines-by", &Args::new().text("lever", lever_label(l))),
        None => String::new(),
    };
    let percent = |p: f64| format!("{:.0}%", p * 100.0);
    let answer = match (&report.choice, report.met) {
        (Some(c), true) => language.say_with(
            "seek-answer-met",
            &Args::new()
                .text("setting", setting(c))
                .text("chance", percent(c.chance))
                .text("cost", money(c.cost)),
        ),
        (Some(c), false) if report.done => language.say_with(
            "seek-answer-unmet",
            &Args::new()
                .text("setting", setting(c))
                .text("chance", percent(c.chance))
                .text("cost", money(c.cost)),
        ),
        (Some(c), false) => language.say_with(
            "seek-answer-so-far",
            &Args::new()
                .text("setting", setting(c))
                .text("chance", percent(c.chance)),
        ),
        (None, _) => language.say("seek-answer-none"),
    };
    let on_apply = {
        let (scenario, report) = (props.scenario.clone(), report.clone());
        Callback::from(move |_| match apply_choice(&scenario, &report) {
            Some(Ok(s)) => dispatch.emit(Action::AddScenario(Box::new(s))),
            Some(Err(reason)) => dispatch.emit(Action::Notify(Notice::problem(Message::with(
                "seek-apply-failed",
                Args::new().text("reason", reason),
            )))),
            None => {}
        })
    };
    html! {
        <div class="analysis-result" data-testid="seek-report">
            <p class="analysis-summary" data-testid="seek-answer">{answer}</p>
            if report.met && report.done {
                <button type="button" class="primary" onclick={on_apply} data-testid="seek-apply">{language.say("seek-apply")}</button>
            }
            { chart_figure("chart-frontier", language.say("seek-frontier"), Some(language.say_with("seek-frontier-caption", &Args::new().text("goal", goal).text("lines", lines_by))), language.say("seek-frontier-alt"), &svg, None) }
            { numbers_table(language.say("seek-every-setting"), "seek-table",
                html! { <>
                    { for report.levers.iter().map(|l| html! { <th>{lever_label(l)}</th> }) }
                    { head_cells(&language, &["seek-chance-short", "sweep-median-cost", "seek-meets"]) }
                </> },
                report.series.iter().flat_map(|s| s.points.iter().map(move |p| (s, p))).map(|(s, p)| {
                    let mut cells = vec![value(0, p.value, &p.value_text)];
                    cells.extend(s.value.zip(s.value_text.as_ref()).map(|(x, t)| value(1, x, t)));
                    cells.push(p.chance.map(|c| format!("{:.0}%", c * 100.0)).unwrap_or_else(|| language.say("seek-not-valid")));
                    cells.push(p.cost.map(money).unwrap_or_default());
                    cells.push(language.say(if p.meets { "seek-yes" } else { "seek-no" }));
                    html! { <tr class={classes!(p.meets.then_some("best"))}>{ text_cells(cells) }</tr> }
                }).collect()) }
        </div>
    }
}
