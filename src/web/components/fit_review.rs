//! The fits of an export, to look at before applying them: each with its sample and, for the
//! cycle and deal size, a histogram of the data with the fitted curve over it; the fields the
//! fits write, from what and to what; the fields left as they were; the cells that could not be
//! read. Applying adds the calibrated scenario to the workspace.

use std::rc::Rc;

use yew::prelude::*;

use super::sensitivity_view::{chart_figure, use_chart_words};
use crate::calibrate::words::{changes_in_words, untouched_in_words};
use crate::calibrate::{Calibration, Fit, Fitted};
use crate::charts::{self, FitPlot, FitUnit, Size};
use crate::format::locale::{self, grouped};
use crate::i18n::Args;
use crate::model::Scenario;
use crate::web::dispatch::use_dispatch;
use crate::web::hooks::use_chart_size;
use crate::web::language::{use_language, Language};
use crate::web::state::{Action, CalibrateAction};

/// Props of [`FitReview`].
#[derive(Properties, PartialEq)]
pub struct FitReviewProps {
    pub calibration: Rc<Calibration>,
    /// The scenario the fits were written into.
    pub base: Rc<Scenario>,
}

fn percent(x: f64) -> String {
    format!("{:.1}%", x * 100.0)
}

/// A fitted lognormal's chart, or why there is none.
fn fit_chart(
    language: &Language,
    fit: &Fit<Fitted>,
    what: &str,
    unit: FitUnit<'_>,
    size: Size,
    words: &charts::ChartWords,
    currency: &str,
) -> Html {
    let title = language.say(&format!("calibrate-{what}-title"));
    match fit {
        Fit::Fitted(f) => {
            let say = |x: f64| match unit {
                FitUnit::Money(_) => locale::money(language.lang, x, currency),
                _ => format!("{x:.1}"),
            };
            let caption = language.say_with(
                &format!("calibrate-{what}-caption"),
                &Args::new()
                    .text("low", say(f.fit.p5()))
                    .text("high", say(f.fit.p95()))
                    .text("observed", grouped(f.fit.observed as f64))
                    .text("censored", grouped(f.fit.censored as f64)),
            );
            let note = (f.fit.censored > 0).then(|| {
                language.say_with(
                    "calibrate-censored-note",
                    &Args::new().number("n", f.fit.censored as f64),
                )
            });
            let density = |x: f64| f.fit.density(x);
            let x_label = language.say(&format!("calibrate-{what}-axis"));
            let svg = charts::fit_chart(
                &FitPlot {
                    values: &f.values,
                    density: &density,
                    x_label: &x_label,
                    unit,
                    note: note.as_deref(),
                },
                size,
                words,
            );
            chart_figure(
                if what == "cycle" {
                    "chart-calibrate-cycle"
                } else {
                    "chart-calibrate-size"
                },
                title.clone(),
                Some(caption.clone()),
                format!("{title}: {caption}"),
                &AttrValue::from(svg),
                None,
            )
        }
        Fit::Not(why) => html! {
            <p class="not-fitted">{language.say_with("calibrate-not-fitted",
                &Args::new().text("what", title).text("reason", language.text(why)))}</p>
        },
    }
}

/// The fits, the changes and the apply button.
#[function_component]
pub fn FitReview(props: &FitReviewProps) -> Html {
    let language = use_language();
    let dispatch = use_dispatch();
    let words = use_chart_words(&language);
    let base_size = use_chart_size();
    let c = &props.calibration;
    let currency = props.base.currency.clone();
    let size = Size {
        width: if base_size.width < 500 { 360 } else { 440 },
        height: 260,
    };
    let lang = language.lang;

    let rates: Html = c
        .win_rates
        .iter()
        .map(|fit| {
            let name = fit
                .value
                .clone()
                .unwrap_or_else(|| language.say("calibrate-every-deal"));
            let model = match (&fit.value, fit.source) {
                (None, _) => String::new(),
                (Some(_), Some(s)) => language.say(&format!("chart-source-{}", s.key())),
                (Some(_), None) => language.say("calibrate-source-none"),
            };
            html! {
                <tr>
                    <th scope="row">{name}</th>
                    <td>{model}</td>
                    <td class="num">{percent(fit.rate.median)}</td>
                    <td class="num">{language.say_with("calibrate-range", &Args::new()
                        .text("low", percent(fit.rate.p5)).text("high", percent(fit.rate.p95)))}</td>
                    <td class="num">{language.say_with("calibrate-basis-win-rate", &Args::new()
                        .text("wins", grouped(fit.rate.wins as f64)).text("decided", grouped(fit.rate.decided as f64)))}</td>
                </tr>
            }
        })
        .collect();

    let changes = changes_in_words(c, &props.base, &language.catalogue);
    let change_rows: Html = changes
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
        let calibration = Rc::clone(&props.calibration);
        let catalogue = language.catalogue.clone();
        Callback::from(move |_| match calibration.scenario(&catalogue) {
            Ok(scenario) => dispatch.emit(Action::Calibrate(CalibrateAction::Apply(Box::new(
                scenario,
            )))),
            Err(_) => dispatch.emit(Action::Calibrate(CalibrateAction::Close)),
        })
    };
    let on_back = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Calibrate(CalibrateAction::Back)))
    };
    html! {
        <div class="fit-review" data-testid="calibrate-fits">
            <p class="fit-summary">{language.say_with("calibrate-summary-file", &Args::new()
                .text("file", c.file.clone())
                .text("count", locale::count(lang, c.read as f64))
                .text("first", c.first.clone())
                .text("last", c.last.clone()))}</p>
            if c.problem_count > 0 {
                <details class="problems" data-testid="calibrate-problems">
                    <summary>{language.say_with("calibrate-summary-problems", &Args::new()
                        .number("n", c.problem_count as f64).number("shown", c.problems.len() as f64))}</summary>
                    <ul>{ for c.problems.iter().map(|p| html! { <li>{p.say(&language.catalogue)}</li> }) }</ul>
                </details>
            }
            <h3>{language.say("calibrate-win-rates-title")}</h3>
            <table class="numbers calibrate-rates" data-testid="calibrate-rates">
                <thead><tr>
                    <th>{language.say("calibrate-source")}</th>
                    <th>{language.say("calibrate-model-source")}</th>
                    <th>{language.say("calibrate-win-rate")}</th>
                    <th>{language.say("calibrate-ninety")}</th>
                    <th>{language.say("calibrate-sample")}</th>
                </tr></thead>
                <tbody>{rates}</tbody>
            </table>
            <div class="chart-grid">
                {fit_chart(&language, &c.cycle, "cycle", FitUnit::Months, size, &words, &currency)}
                {fit_chart(&language, &c.deal_size, "size", FitUnit::Money(&currency), size, &words, &currency)}
            </div>
            <h3>{language.say("calibrate-changes-title")}</h3>
            if changes.is_empty() {
                <p>{language.say("calibrate-no-changes")}</p>
            } else {
                <table class="numbers calibrate-changes" data-testid="calibrate-changes">
                    <thead><tr>
                        <th>{language.say("calibrate-field")}</th>
                        <th>{language.say("calibrate-before")}</th>
                        <th>{language.say("calibrate-after")}</th>
                        <th>{language.say("calibrate-from")}</th>
                    </tr></thead>
                    <tbody>{change_rows}</tbody>
                </table>
            }
            <p class="untouched" data-testid="calibrate-untouched">{language.say_with("calibrate-summary-untouched",
                &Args::new().text("fields", untouched_in_words(&language.catalogue).join(language.say("calibrate-list-joiner").as_str())))}</p>
            <p class="hint">{language.say("calibrate-privacy")}</p>
            <div class="actions">
                <button type="button" onclick={on_back} data-testid="calibrate-back">{language.say("calibrate-back")}</button>
                <button type="button" class="primary" onclick={on_apply} data-testid="calibrate-apply">{language.say("calibrate-apply")}</button>
            </div>
        </div>
    }
}
