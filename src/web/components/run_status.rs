//! The run's status in the header: progress while running, a cancel button, the trials, and
//! when a run is over the browser's budget, why, with an offer of fewer trials that fit.

use yew::prelude::*;

use crate::web::dispatch::use_dispatch;
use crate::web::state::{Action, RunState};

/// Props of [`RunStatus`].
#[derive(Properties, PartialEq)]
pub struct RunStatusProps {
    /// What the runner is doing.
    pub run: RunState,
    /// Trials per scenario.
    pub trials: u32,
    /// Whether the results on screen answer the current workspace.
    pub current: bool,
}

/// Progress, cancel and the trial count.
#[function_component]
pub fn RunStatus(props: &RunStatusProps) -> Html {
    let dispatch = use_dispatch();
    let (text, percent) = match &props.run {
        RunState::Pending => ("Waiting to run…".to_string(), None),
        RunState::Running { done, total } if *total > 0 => {
            let p = (*done as f64 / *total as f64 * 100.0).round() as u32;
            (format!("Running… {p}%"), Some(p))
        }
        RunState::Running { .. } => ("Running… 0%".to_string(), Some(0)),
        RunState::Done => ("Done".to_string(), None),
        RunState::Cancelled => (
            "Cancelled: the results shown are from the last finished run".to_string(),
            None,
        ),
        RunState::Failed(not_run) => (format!("Not run: {}", not_run.reason), None),
    };
    let running = matches!(props.run, RunState::Running { .. } | RunState::Pending);
    let cancel = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Cancel))
    };
    let on_trials = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(t) = input.value().parse::<u32>() {
                dispatch.emit(Action::SetTrials(t));
            }
        })
    };
    let failed = matches!(props.run, RunState::Failed(_));
    let offer = match &props.run {
        RunState::Failed(not_run) => not_run.fewer_trials.filter(|&t| t != props.trials),
        _ => None,
    };
    let take_offer = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| {
            if let Some(t) = offer {
                dispatch.emit(Action::SetTrials(t));
            }
        })
    };
    html! {
        <div class="run-status" role="status" aria-live="polite">
            <span class={classes!("status-text", failed.then_some("status-failed"))} data-testid="run-status">{text}</span>
            if let Some(p) = percent {
                <progress max="100" value={p.to_string()} aria-label="Run progress"></progress>
            }
            if let Some(t) = offer {
                <button type="button" onclick={take_offer} data-testid="fewer-trials">
                    {format!("Run {t} trials instead")}
                </button>
            }
            if running {
                <button type="button" class="ghost" onclick={cancel} data-testid="cancel-run">{"Cancel"}</button>
            }
            <label class="trials">
                {"Trials "}
                <select onchange={on_trials} data-testid="trials" aria-label="Trials per scenario">
                    { for [500u32, 1000, 2000, 5000, 10000].iter().map(|t| html! {
                        <option value={t.to_string()} selected={*t == props.trials}>{t.to_string()}</option>
                    }) }
                    if ![500u32, 1000, 2000, 5000, 10000].contains(&props.trials) {
                        <option value={props.trials.to_string()} selected=true>{props.trials.to_string()}</option>
                    }
                </select>
            </label>
        </div>
    }
}
