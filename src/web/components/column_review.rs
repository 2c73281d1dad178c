//! The review of an export before fitting: which column is which (with the file's first rows
//! to tell by), the order of its dates when they read either way, what each stage means and
//! which of the model's sources each source value is. Every choice is the user's to change.

use yew::prelude::*;

use crate::calibrate::dates::DateOrder;
use crate::calibrate::{Choices, Outcome, Overview, COLUMNS};
use crate::engine::Source;
use crate::i18n::Args;
use crate::web::dispatch::use_dispatch;
use crate::web::hooks::use_chart_size;
use crate::web::language::use_language;
use crate::web::state::{Action, CalibrateAction};

/// Props of [`ColumnReview`].
#[derive(Properties, PartialEq)]
pub struct ColumnReviewProps {
    pub overview: std::rc::Rc<Overview>,
    pub choices: Choices,
    /// The worker is answering: the choices wait.
    pub busy: bool,
}

/// The value of a `<select>` that changed.
fn selected(e: &Event) -> String {
    let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
    select.value()
}

/// The three outcomes, in the order offered.
const OUTCOMES: [Outcome; 3] = [Outcome::Won, Outcome::Lost, Outcome::Open];

fn outcome_key(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Won => "won",
        Outcome::Lost => "lost",
        Outcome::Open => "open",
    }
}

/// The mapping, stage and source review, and the button that fits.
#[function_component]
pub fn ColumnReview(props: &ColumnReviewProps) -> Html {
    let language = use_language();
    let dispatch = use_dispatch();
    let overview = &props.overview;
    let choices = &props.choices;

    let column_rows: Html = COLUMNS
        .iter()
        .map(|(column, _)| {
            let column = *column;
            let chosen = choices.index(column);
            let onchange = {
                let dispatch = dispatch.clone();
                Callback::from(move |e: Event| {
                    let index = selected(&e).parse::<usize>().ok();
                    dispatch.emit(Action::Calibrate(CalibrateAction::Column { column, index }));
                })
            };
            let id = format!("calibrate-column-{}", column.key());
            html! {
                <tr>
                    <th scope="row"><label for={id.clone()}>{language.say(&format!("calibrate-column-{}", column.key()))}</label></th>
                    <td>
                        <select id={id} {onchange} disabled={props.busy}
                            data-testid={format!("column-{}", column.key())}>
                            <option value="" selected={chosen.is_none()}>{language.say("calibrate-column-none")}</option>
                            { for overview.headers.iter().enumerate().map(|(i, header)| html! {
                                <option value={i.to_string()} selected={chosen == Some(i)}>{header.clone()}</option>
                            }) }
                        </select>
                    </td>
                    <td class="sample">{
                        chosen.map(|i| overview.sample.iter().filter_map(|row| row.get(i)).take(3)
                            .map(|c| c.as_str()).collect::<Vec<_>>().join(" · ")).unwrap_or_default()
                    }</td>
                </tr>
            }
        })
        .collect();

    let dates = if overview.dates_ambiguous {
        let order = choices.date_order;
        let option = |o: DateOrder, id: &str| {
            let onchange = {
                let dispatch = dispatch.clone();
                Callback::from(move |_: Event| {
                    dispatch.emit(Action::Calibrate(CalibrateAction::Dates(o)))
                })
            };
            html! {
                <label><input type="radio" name="calibrate-dates" checked={order == Some(o)} {onchange}
                    data-testid={format!("dates-{id}")} />{language.say(&format!("calibrate-dates-{id}"))}</label>
            }
        };
        html! {
            <fieldset class="dates" data-testid="calibrate-dates">
                <legend>{language.say("calibrate-dates-question")}</legend>
                {option(DateOrder::MonthFirst, "month-first")}
                {option(DateOrder::DayFirst, "day-first")}
            </fieldset>
        }
    } else {
        html! {}
    };

    let stage_rows: Html = overview
        .stages
        .iter()
        .map(|stage| {
            let meaning = choices
                .stages
                .iter()
                .find(|(s, _)| *s == stage.value)
                .map_or(stage.meaning, |(_, o)| *o);
            let value = stage.value.clone();
            let onchange = {
                let dispatch = dispatch.clone();
                Callback::from(move |e: Event| {
                    let outcome = match selected(&e).as_str() {
                        "won" => Outcome::Won,
                        "lost" => Outcome::Lost,
                        _ => Outcome::Open,
                    };
                    dispatch.emit(Action::Calibrate(CalibrateAction::Stage {
                        stage: value.clone(),
                        outcome,
                    }));
                })
            };
            html! {
                <tr>
                    <th scope="row">{ if stage.value.is_empty() { language.say("calibrate-empty-cell") } else { stage.value.clone() } }</th>
                    <td class="num">{crate::format::locale::count(language.lang, stage.count as f64)}</td>
                    <td><select {onchange} aria-label={language.say_with("calibrate-stage-label", &Args::new().text("stage", stage.value.clone()))}>
                        { for OUTCOMES.iter().map(|o| html! {
                            <option value={outcome_key(*o)} selected={*o == meaning}>{language.say(&format!("calibrate-outcome-{}", outcome_key(*o)))}</option>
                        }) }
                    </select></td>
                </tr>
            }
        })
        .collect();

    let source_rows: Html = overview
        .sources
        .iter()
        .map(|source| {
            let meaning = choices
                .sources
                .iter()
                .find(|(v, _)| *v == source.value)
                .map_or(source.meaning, |(_, s)| *s);
            let value = source.value.clone();
            let onchange = {
                let dispatch = dispatch.clone();
                Callback::from(move |e: Event| {
                    let key = selected(&e);
                    let source = Source::ALL.into_iter().find(|s| s.key() == key);
                    dispatch.emit(Action::Calibrate(CalibrateAction::Source {
                        value: value.clone(),
                        source,
                    }));
                })
            };
            html! {
                <tr>
                    <th scope="row">{ if source.value.is_empty() { language.say("calibrate-empty-cell") } else { source.value.clone() } }</th>
                    <td class="num">{crate::format::locale::count(language.lang, source.count as f64)}</td>
                    <td><select {onchange} aria-label={language.say_with("calibrate-source-label", &Args::new().text("source", source.value.clone()))}>
                        <option value="" selected={meaning.is_none()}>{language.say("calibrate-source-none")}</option>
                        { for Source::ALL.iter().map(|s| html! {
                            <option value={s.key()} selected={meaning == Some(*s)}>{language.say(&format!("chart-source-{}", s.key()))}</option>
                        }) }
                    </select></td>
                </tr>
            }
        })
        .collect();

    // Charts fill the panel's two columns on a laptop, one on a phone.
    let width = if use_chart_size().width < 500 {
        360
    } else {
        440
    };
    let on_fit = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Calibrate(CalibrateAction::Fit { width })))
    };
    let needs_dates = overview.dates_ambiguous && choices.date_order.is_none();
    html! {
        <div class="calibrate-review" data-testid="calibrate-review">
            <p>{language.say_with("calibrate-review-intro", &Args::new()
                .number("rows", overview.rows as f64)
                .text("count", crate::format::locale::count(language.lang, overview.rows as f64)))}</p>
            if !overview.duplicates.is_empty() {
                <p class="warning">{language.say_with("calibrate-duplicates", &Args::new()
                    .text("headers", overview.duplicates.iter().map(|(h, _)| h.clone()).collect::<Vec<_>>().join(", ")))}</p>
            }
            <h3>{language.say("calibrate-columns-title")}</h3>
            <table class="numbers calibrate-columns">
                <thead><tr><th>{language.say("calibrate-columns-what")}</th><th>{language.say("calibrate-columns-header")}</th><th>{language.say("calibrate-columns-sample")}</th></tr></thead>
                <tbody>{column_rows}</tbody>
            </table>
            {dates}
            if overview.too_many_values {
                <p class="warning">{language.say("calibrate-too-many-values")}</p>
            }
            if !overview.stages.is_empty() {
                <h3>{language.say("calibrate-stages-title")}</h3>
                <table class="numbers calibrate-stages" data-testid="calibrate-stages">
                    <thead><tr><th>{language.say("calibrate-stage")}</th><th>{language.say("calibrate-count")}</th><th>{language.say("calibrate-means")}</th></tr></thead>
                    <tbody>{stage_rows}</tbody>
                </table>
            }
            if !overview.sources.is_empty() {
                <h3>{language.say("calibrate-sources-title")}</h3>
                <table class="numbers calibrate-sources" data-testid="calibrate-sources">
                    <thead><tr><th>{language.say("calibrate-source")}</th><th>{language.say("calibrate-count")}</th><th>{language.say("calibrate-model-source")}</th></tr></thead>
                    <tbody>{source_rows}</tbody>
                </table>
            }
            <div class="actions">
                <button type="button" class="primary" onclick={on_fit} disabled={props.busy || needs_dates}
                    data-testid="calibrate-fit">
                    { if props.busy { language.say("calibrate-busy") } else { language.say("calibrate-fit") } }
                </button>
                if needs_dates { <span class="hint">{language.say("calibrate-dates-first")}</span> }
            </div>
        </div>
    }
}
