//! The fits of an export, to look at before applying them, as the calibration worker put them
//! in words: each win rate with its sample; the cycle and deal size each as a histogram of the
//! data with the fitted curve over it; the fields the fits write, from what and to what; the
//! fields left as they were; the cells that could not be read. Applying adds the calibrated
//! scenario to the workspace.

use std::rc::Rc;

use yew::prelude::*;

use super::sensitivity_view::chart_figure;
use crate::calibrate::words::FitsInWords;
use crate::model::Scenario;
use crate::web::dispatch::use_dispatch;
use crate::web::language::use_language;
use crate::web::state::{Action, CalibrateAction};

/// Props of [`FitReview`].
#[derive(Properties, PartialEq)]
pub struct FitReviewProps {
    pub words: Rc<FitsInWords>,
}

/// The fits, the changes and the apply button.
#[function_component]
pub fn FitReview(props: &FitReviewProps) -> Html {
    let language = use_language();
    let dispatch = use_dispatch();
    let w = &props.words;
    let rates: Html = w
        .rates
        .iter()
        .map(|row| {
            html! {
                <tr>
                    <th scope="row">{row.first().cloned().unwrap_or_default()}</th>
                    { for row.iter().skip(1).enumerate().map(|(i, cell)| html! {
                        <td class={classes!((i > 0).then_some("num"))}>{cell.clone()}</td>
                    }) }
                </tr>
            }
        })
        .collect();
    let charts: Html = w
        .charts
        .iter()
        .map(|chart| match &chart.svg {
            Some(svg) => chart_figure(
                if chart.id.ends_with("cycle") {
                    "chart-calibrate-cycle"
                } else {
                    "chart-calibrate-size"
                },
                chart.title.clone(),
                Some(chart.caption.clone()),
                format!("{}: {}", chart.title, chart.caption),
                &AttrValue::from(svg.clone()),
                None,
            ),
            None => html! { <p class="not-fitted">{chart.caption.clone()}</p> },
        })
        .collect();
    let changes: Html = w
        .changes
        .iter()
        .map(|ch| {
            html! {
                <tr data-path={ch.path.clone()}>
                    <th scope="row">{ch.label.clone()}</th>
                    <td>{ch.before.clone()}</td>
                    <td>{ch.after.clone()}</td>
                    <td class="basis">{ch.basis.clone()}</td>
                </tr>
            }
        })
        .collect();
    let on_apply = {
        let dispatch = dispatch.clone();
        let scenario = w.scenario.clone();
        Callback::from(move |_| {
            // The worker wrote it from a valid scenario; were it not valid, nothing is added.
            if let Ok(scenario) = Scenario::from_json_str(&scenario) {
                dispatch.emit(Action::Calibrate(CalibrateAction::Apply(Box::new(
                    scenario,
                ))));
            }
        })
    };
    let on_back = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Calibrate(CalibrateAction::Back)))
    };
    let head = |ids: &[&str]| -> Html {
        ids.iter()
            .map(|id| html! { <th>{language.say(id)}</th> })
            .collect()
    };
    html! {
        <div class="fit-review" data-testid="calibrate-fits">
            <p class="fit-summary">{w.summary.clone()}</p>
            if let Some((title, problems)) = &w.problems {
                <details class="problems" data-testid="calibrate-problems">
                    <summary>{title.clone()}</summary>
                    <ul>{ for problems.iter().map(|p| html! { <li>{p.clone()}</li> }) }</ul>
                </details>
            }
            <h3>{language.say("calibrate-win-rates-title")}</h3>
            <table class="numbers calibrate-rates" data-testid="calibrate-rates">
                <thead><tr>{head(&["calibrate-source", "calibrate-model-source", "calibrate-win-rate", "calibrate-ninety", "calibrate-sample"])}</tr></thead>
                <tbody>{rates}</tbody>
            </table>
            <div class="chart-grid">{charts}</div>
            <h3>{language.say("calibrate-changes-title")}</h3>
            if w.changes.is_empty() {
                <p>{language.say("calibrate-no-changes")}</p>
            } else {
                <table class="numbers calibrate-changes" data-testid="calibrate-changes">
                    <thead><tr>{head(&["calibrate-field", "calibrate-before", "calibrate-after", "calibrate-from"])}</tr></thead>
                    <tbody>{changes}</tbody>
                </table>
            }
            <p class="untouched" data-testid="calibrate-untouched">{w.untouched.clone()}</p>
            <p class="hint">{language.say("calibrate-privacy")}</p>
            <div class="actions">
                <button type="button" onclick={on_back} data-testid="calibrate-back">{language.say("calibrate-back")}</button>
                <button type="button" class="primary" onclick={on_apply} data-testid="calibrate-apply">{language.say("calibrate-apply")}</button>
            </div>
        </div>
    }
}
