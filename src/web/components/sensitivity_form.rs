//! The settings of a tornado: which output to rank the inputs by, and the trials at each point.

use yew::prelude::*;

use super::analysis_form::{output_options, trials_input, AnalysisFormProps};
use crate::model::analysis::{AnalysisKind, AnalysisSpec};
use crate::web::dispatch::use_dispatch;
use crate::web::state::Action;

/// The settings of a tornado.
#[function_component]
pub fn SensitivityForm(props: &AnalysisFormProps) -> Html {
    let dispatch = use_dispatch();
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
            { output_options("sensitivity-output", "Output", &output, &props.scenario) }
            { trials_input("sensitivity-trials", &trials) }
            <button type="submit" class="primary" data-testid="run-sensitivity">{"Rank the inputs"}</button>
            <p class="hint">{"Each input in use is set low and high with everything else as it is: an uncertain one at its P10 and P90, a number ±25%, a count by whole steps, a month by a quarter. A first pass runs a tenth of the trials; the inputs that matter most then run them all."}</p>
        </form>
    }
}
