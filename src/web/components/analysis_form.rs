//! What the three analyses' settings share: their props (the scenario analysed, its index, the
//! analysis the workspace carries), the output picker, the trials box and the input picker.
//! Each control keeps its text in a `UseStateHandle` of its form.

use yew::prelude::*;

use crate::analysis::inputs::every_input;
use crate::analysis::study::output_words;
use crate::analysis::NAMED_OUTPUTS;
use crate::i18n::Args;
use crate::model::analysis::AnalysisSpec;
use crate::model::{Scenario, Target};
use crate::web::language::Language;

/// Props of the analyses' forms.
#[derive(Properties, PartialEq)]
pub struct AnalysisFormProps {
    /// The scenario analysed.
    pub scenario: Scenario,
    /// Its index in the workspace.
    pub index: usize,
    /// The analysis the workspace carries, whose settings the form starts from.
    pub spec: Option<AnalysisSpec>,
}

fn select_value(e: &Event) -> String {
    let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
    select.value()
}

fn input_value(e: &Event) -> String {
    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
    input.value()
}

/// A labelled drop-down (`class` is the label's: `form-field`, or with `narrow`): `options` are
/// its `<option>`s ([`option`]); a pick hands the value picked to `on_pick`. Every picker of the
/// analyses' forms is one, so that the app's wasm holds this markup once.
pub fn picker(
    class: &'static str,
    id: &str,
    label: &str,
    options: Html,
    on_pick: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| on_pick.emit(select_value(&e)));
    html! {
        <label class={class}>
            <span>{label}</span>
            <select id={id.to_string()} data-testid={id.to_string()} {onchange}>{options}</select>
        </label>
    }
}

/// An `<option>` of a [`picker`].
pub fn option(value: String, text: String, selected: bool, disabled: bool) -> Html {
    html! { <option {value} {selected} {disabled}>{text}</option> }
}

/// A callback that puts the value picked into `state`.
pub fn set_to(state: &UseStateHandle<String>) -> Callback<String> {
    let state = state.clone();
    Callback::from(move |value: String| state.set(value))
}

/// An output's name in the page's language: a named output's message (`output-…`), else its
/// key, with its quarter in words (the core's `output_words`, which the CLI says too).
pub fn output_text(language: &Language, key: &str) -> String {
    output_words(&language.catalogue, key)
}

/// A picker of the named outputs (P(hit target) only with a target set).
pub fn output_options(
    language: &Language,
    id: &str,
    label: &str,
    output: &UseStateHandle<String>,
    scenario: &Scenario,
) -> Html {
    let has_target = !matches!(scenario.targets.bookings_per_quarter, Target::None);
    let mut keys: Vec<&str> = NAMED_OUTPUTS.iter().map(|(k, _)| *k).collect();
    if !keys.contains(&output.as_str()) {
        keys.push(output.as_str());
    }
    let options = keys
        .into_iter()
        .map(|key| {
            let disabled = key == "p_hit_target" && !has_target;
            let text = if disabled {
                language.say_with(
                    "decide-output-needs-target",
                    &Args::new().text("output", output_text(language, key)),
                )
            } else {
                output_text(language, key)
            };
            option(key.to_string(), text, **output == key, disabled)
        })
        .collect();
    picker("form-field", id, label, options, set_to(output))
}

/// The trials at each point.
pub fn trials_input(language: &Language, id: &str, trials: &UseStateHandle<u32>) -> Html {
    let onchange = {
        let trials = trials.clone();
        Callback::from(move |e: Event| {
            if let Ok(n) = input_value(&e).trim().replace(',', "").parse::<u32>() {
                trials.set(n.clamp(10, crate::model::MAX_BROWSER_TRIALS));
            }
        })
    };
    html! {
        <label class="form-field narrow">
            <span>{language.say("decide-trials")}</span>
            <input type="text" inputmode="numeric" id={id.to_string()} data-testid={id.to_string()}
                value={trials.to_string()} {onchange} />
        </label>
    }
}

/// A picker of the scenario's numeric inputs, by label; `allowed` narrows it to some paths.
pub fn input_options(
    language: &Language,
    id: &str,
    label: &str,
    field: &UseStateHandle<String>,
    scenario: &Scenario,
    allowed: Option<&[&str]>,
    on_pick: Callback<String>,
) -> Html {
    let on_pick = {
        let field = field.clone();
        Callback::from(move |path: String| {
            field.set(path.clone());
            on_pick.emit(path);
        })
    };
    let inputs = every_input(scenario);
    let options = html! { <>
        if field.is_empty() { { option(String::new(), language.say("decide-pick-input"), true, true) } }
        { for inputs.iter().filter(|i| allowed.is_none_or(|a| a.contains(&i.path.as_str()))).map(|i| {
            let label = language.field_label(&i.path, &i.label);
            option(i.path.clone(), format!("{label} ({})", i.path), **field == i.path, false)
        }) }
    </> };
    picker("form-field", id, label, options, on_pick)
}

/// A text box for a number; the form reads it when submitted.
pub fn number_input(id: &str, label: &str, text: &UseStateHandle<String>) -> Html {
    let onchange = {
        let text = text.clone();
        Callback::from(move |e: Event| text.set(input_value(&e)))
    };
    html! {
        <label class="form-field narrow">
            <span>{label}</span>
            <input type="text" inputmode="decimal" id={id.to_string()} data-testid={id.to_string()}
                value={(**text).clone()} {onchange} />
        </label>
    }
}
