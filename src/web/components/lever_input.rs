//! One lever of a goal seek: which input (the usual levers first, then every numeric input)
//! and the range it is tried over, as typed; picking another input fills in its usual range.

use yew::prelude::*;

use super::analysis_form::{option, picker};
use crate::analysis::input_at;
use crate::analysis::inputs::every_input;
use crate::analysis::seek::LEVERS;
use crate::editor::{say_value, FieldValue};
use crate::i18n::Catalogue;
use crate::model::analysis::LeverSpec;
use crate::model::{Scenario, Unit};
use crate::web::language::use_language;

/// A lever's settings as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct LeverText {
    /// The input's path.
    pub field: String,
    /// The lowest value, as typed.
    pub from: String,
    /// The highest value, as typed.
    pub to: String,
}

impl LeverText {
    /// The text of `lever`, or of the input at `path` over its usual range.
    pub fn of(
        scenario: &Scenario,
        lever: Option<&LeverSpec>,
        path: &str,
        catalogue: &Catalogue,
    ) -> LeverText {
        let field = lever.map_or(path.to_string(), |l| l.field.clone());
        let unit = input_at(scenario, &field).map_or(Unit::None, |i| i.unit);
        let text = |x: f64| say_value(&FieldValue::Number(x), unit, "USD", catalogue);
        let (from, to) = match lever {
            Some(l) => (l.from, l.to),
            None => input_at(scenario, &field)
                .map(|i| i.lever_range())
                .unwrap_or((0.0, 1.0)),
        };
        LeverText {
            field,
            from: text(from),
            to: text(to),
        }
    }
}

/// Props of [`LeverInput`].
#[derive(Properties, PartialEq)]
pub struct LeverInputProps {
    /// The `id` and `data-testid` prefix of its controls.
    pub id: AttrValue,
    /// Its heading, e.g. "Lever".
    pub title: AttrValue,
    /// The scenario, for its inputs.
    pub scenario: Scenario,
    /// The lever as typed.
    pub lever: LeverText,
    /// The lever as typed after a change.
    pub on_change: Callback<LeverText>,
}

/// A lever's input and range.
#[function_component]
pub fn LeverInput(props: &LeverInputProps) -> Html {
    let language = use_language();
    let inputs = every_input(&props.scenario);
    let (usual, others): (Vec<_>, Vec<_>) = inputs
        .iter()
        .partition(|i| LEVERS.contains(&i.path.as_str()));
    let on_field = {
        let (on_change, scenario) = (props.on_change.clone(), props.scenario.clone());
        let catalogue = language.catalogue.clone();
        Callback::from(move |path: String| {
            on_change.emit(LeverText::of(&scenario, None, &path, &catalogue))
        })
    };
    let on_text = |which: fn(&mut LeverText, String)| {
        let (on_change, lever) = (props.on_change.clone(), props.lever.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = lever.clone();
            which(&mut next, input.value());
            on_change.emit(next);
        })
    };
    let option = |i: &&crate::analysis::Input| {
        let label = language.field_label(&i.path, &i.label);
        option(i.path.clone(), label, props.lever.field == i.path, false)
    };
    let id = |part: &str| format!("{}-{part}", props.id);
    html! {
        <div class="lever-row">
            { picker("form-field", &id("field"), &props.title, html! { <>
                <optgroup label={language.say("seek-usual-levers")}>{ for usual.iter().map(option) }</optgroup>
                <optgroup label={language.say("seek-other-inputs")}>{ for others.iter().map(option) }</optgroup>
            </> }, on_field) }
            <label class="form-field narrow">
                <span>{language.say("decide-from")}</span>
                <input type="text" inputmode="decimal" id={id("from")} data-testid={id("from")}
                    value={props.lever.from.clone()} onchange={on_text(|l, t| l.from = t)} />
            </label>
            <label class="form-field narrow">
                <span>{language.say("decide-to")}</span>
                <input type="text" inputmode="decimal" id={id("to")} data-testid={id("to")}
                    value={props.lever.to.clone()} onchange={on_text(|l, t| l.to = t)} />
            </label>
        </div>
    }
}
