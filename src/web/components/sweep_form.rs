//! The settings of a sweep: the input (any numeric field), the range and steps, the output.
//! A new input fills in its usual range (`Input::sweep_range`), written in its unit.

use yew::prelude::*;

use super::analysis_form::{input_options, number_input, output_options, AnalysisFormProps};
use crate::analysis::input_at;
use crate::editor::{parse_number, say_value, FieldValue};
use crate::i18n::{Args, Catalogue};
use crate::model::analysis::{AnalysisKind, AnalysisSpec};
use crate::model::{Scenario, Unit};
use crate::web::dispatch::use_dispatch;
use crate::web::language::use_language;
use crate::web::state::Action;

/// Steps a sweep takes unless told otherwise.
const DEFAULT_STEPS: u32 = 10;

/// The range text of `path` in `scenario`: its sweep range, written in its unit.
fn range_texts(scenario: &Scenario, path: &str, catalogue: &Catalogue) -> (String, String, Unit) {
    match input_at(scenario, path) {
        Ok(input) => {
            let (lo, hi) = input.sweep_range();
            let text = |x: f64| say_value(&FieldValue::Number(x), input.unit, "USD", catalogue);
            (text(lo), text(hi), input.unit)
        }
        Err(_) => (String::new(), String::new(), Unit::None),
    }
}

/// The settings of a sweep.
#[function_component]
pub fn SweepForm(props: &AnalysisFormProps) -> Html {
    let dispatch = use_dispatch();
    let language = use_language();
    let (output, field, from, to, steps, trials) = match &props.spec {
        Some(AnalysisSpec {
            kind:
                AnalysisKind::Sweep {
                    output,
                    field,
                    from,
                    to,
                    steps,
                },
            trials,
            ..
        }) => {
            let unit = input_at(&props.scenario, field).map_or(Unit::None, |i| i.unit);
            let text = |x: f64| say_value(&FieldValue::Number(x), unit, "USD", &language.catalogue);
            (
                output.clone(),
                field.clone(),
                text(*from),
                text(*to),
                *steps,
                trials.unwrap_or(2_000),
            )
        }
        _ => {
            let field = "ae.outbound_share".to_string();
            let (from, to, _) = range_texts(&props.scenario, &field, &language.catalogue);
            (
                "bookings.total".into(),
                field,
                from,
                to,
                DEFAULT_STEPS,
                2_000,
            )
        }
    };
    let output = use_state(|| output);
    let field = use_state(|| field);
    let from = use_state(|| from);
    let to = use_state(|| to);
    let steps = use_state(|| steps.to_string());
    let problem = use_state(|| None::<String>);
    let on_pick = {
        let (from, to, scenario) = (from.clone(), to.clone(), props.scenario.clone());
        let catalogue = language.catalogue.clone();
        Callback::from(move |path: String| {
            let (lo, hi, _) = range_texts(&scenario, &path, &catalogue);
            from.set(lo);
            to.set(hi);
        })
    };
    let onsubmit = {
        let (output, field, from, to, steps, problem) = (
            output.clone(),
            field.clone(),
            from.clone(),
            to.clone(),
            steps.clone(),
            problem.clone(),
        );
        let (scenario, index) = (props.scenario.clone(), props.index);
        let language = language.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let unit = input_at(&scenario, &field).map_or(Unit::None, |i| i.unit);
            let read = |what: &str, text: &str| {
                parse_number(text, unit).map_err(|e| format!("{}: {e}", language.say(what)))
            };
            let parsed = read("decide-from", &from).and_then(|a| {
                let b = read("decide-to", &to)?;
                let n = steps.trim().parse::<u32>().map_err(|_| {
                    language.say_with(
                        "decide-steps-not-whole",
                        &Args::new().text("text", format!("{:?}", steps.trim())),
                    )
                })?;
                Ok((a, b, n))
            });
            match parsed {
                Ok((from, to, steps)) => {
                    problem.set(None);
                    dispatch.emit(Action::Analyse(Box::new(AnalysisSpec {
                        scenario: index,
                        trials: Some(trials),
                        kind: AnalysisKind::Sweep {
                            output: (*output).clone(),
                            field: (*field).clone(),
                            from,
                            to,
                            steps,
                        },
                    })));
                }
                Err(reason) => problem.set(Some(reason)),
            }
        })
    };
    html! {
        <form class="analysis-form" {onsubmit} data-testid="form-sweep">
            { input_options(&language, "sweep-field", &language.say("decide-input"), &field, &props.scenario, None, on_pick) }
            { number_input("sweep-from", &language.say("decide-from"), &from) }
            { number_input("sweep-to", &language.say("decide-to"), &to) }
            { number_input("sweep-steps", &language.say("decide-steps"), &steps) }
            { output_options(&language, "sweep-output", &language.say("decide-output"), &output, &props.scenario) }
            <button type="submit" class="primary" data-testid="run-sweep">{language.say("decide-sweep")}</button>
            if let Some(p) = &*problem { <p class="problem" role="alert" data-testid="sweep-problem">{p.clone()}</p> }
        </form>
    }
}
