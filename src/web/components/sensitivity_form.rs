//! The settings of a tornado: which output to rank the inputs by, and the trials at each point.

use yew::prelude::*;

use super::analysis_form::{output_options, trials_input, AnalysisFormProps};
use crate::model::analysis::{AnalysisKind, AnalysisSpec};
use crate::web::dispatch::use_dispatch;
use crate::web::language::use_language;
use crate::web::state::Action;

/// The settings of a tornado.
#[function_component]
pub fn SensitivityForm(props: &AnalysisFormProps) -> Html {
    let dispatch = use_dispatch();
    let language = use_language();
    let (output, trials) = match &props.spec {
        Some(AnalysisSpec {
            kind: AnalysisKind::Sensitivity { output },
            trials,
            ..
        }) => (output.clone(), trials.unwrap_or(1_000)),
        _ => ("bookings.total".to_string(), 1_000),
    };
    let output = use_state(|| output);
    let trials = use_state(|| trials);
    let onsubmit = {
        let (output, trials, index) = (output.clone(), trials.clone(), props.index);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dispatch.emit(Action::Analyse(Box::new(AnalysisSpec {
                scenario: index,
                trials: Some(*trials),
                kind: AnalysisKind::Sensitivity {
                    output: (*output).clone(),
                },
            })));
        })
    };
    html! {
        <form class="analysis-form" {onsubmit} data-testid="form-sensitivity">
            { output_options(&language, "sensitivity-output", &language.say("decide-output"), &output, &props.scenario) }
            { trials_input(&language, "sensitivity-trials", &trials) }
            <button type="submit" class="primary" data-testid="run-sensitivity">{language.say("decide-rank")}</button>
            <p class="hint">{language.say("decide-rank-hint")}</p>
        </form>
    }
}
