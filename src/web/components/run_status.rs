//! The run's status in the header: progress while running, a cancel button, the trials, and
//! when a run is over the browser's budget, why, with an offer of fewer trials that fit.

use yew::prelude::*;

use crate::i18n::Args;
use crate::web::dispatch::use_dispatch;
use crate::web::language::use_language;
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
    let language = use_language();
    let running_at = |p: u32| {
        let text = language.say_with(
            "status-running",
            &Args::new().text("percent", p.to_string()),
        );
        (text, Some(p))
    };
    // `state` names the status for programs (tests), whatever the language.
    let (state, (text, percent)) = match &props.run {
        RunState::Pending => ("pending", (language.say("status-pending"), None)),
        RunState::Running { done, total } if *total > 0 => {
            let p = (*done as f64 / *total as f64 * 100.0).round() as u32;
            ("running", running_at(p))
        }
        RunState::Running { .. } => ("running", running_at(0)),
        RunState::Done => ("done", (language.say("status-done"), None)),
        RunState::Cancelled => ("cancelled", (language.say("status-cancelled"), None)),
        RunState::Failed(not_run) => {
            let reason = Args::new().text("reason", not_run.reason.say(&language.catalogue));
            (
                "failed",
                (language.say_with("status-not-run", &reason), None),
            )
        }
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
            <span class={classes!("status-text", failed.then_some("status-failed"))} data-testid="run-status" data-state={state}>{text}</span>
            if let Some(p) = percent {
                <progress max="100" value={p.to_string()} aria-label={language.say("status-progress")}></progress>
            }
            if let Some(t) = offer {
                <button type="button" onclick={take_offer} data-testid="fewer-trials">
                    {language.say_with("status-fewer-trials", &Args::new().text("trials", t.to_string()))}
                </button>
            }
            if running {
                <button type="button" class="ghost" onclick={cancel} data-testid="cancel-run">{language.say("status-cancel")}</button>
            }
            <label class="trials">
                {language.say("status-trials")}
                <select onchange={on_trials} data-testid="trials" aria-label={language.say("status-trials-menu")}>
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
