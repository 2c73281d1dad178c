//! "Decide": the three analyses of the selected scenario (what matters most, a sweep of one
//! input, a goal seek), a tab each with its settings, the progress and stop of the one running,
//! and its report. The report shown is the last one run, under its own tab; an edit of the
//! workspace leaves it on screen, marked as answering an earlier version.

use yew::prelude::*;

use super::seek_form::SeekForm;
use super::seek_view::SeekView;
use super::sensitivity_form::SensitivityForm;
use super::sensitivity_view::SensitivityView;
use super::sweep_form::SweepForm;
use super::sweep_view::SweepView;
use crate::analysis::StudyResult;
use crate::i18n::Args;
use crate::model::Workspace;
use crate::web::dispatch::use_dispatch;
use crate::web::language::use_language;
use crate::web::state::{Action, AnalysisStatus, AnalysisView};

/// Props of [`AnalysisPanel`].
#[derive(Properties, PartialEq)]
pub struct AnalysisPanelProps {
    /// The workspace: its scenarios, and the analysis it carries.
    pub workspace: Workspace,
    /// The scenario shown in the editor: the one analysed.
    pub selected: usize,
    /// The analysis's state and report.
    pub view: AnalysisView,
    /// Whether the report answers the current workspace.
    pub current: bool,
}

/// The analyses' tabs, in order: (kind, the label's message id, `data-testid`).
const TABS: [(&str, &str, &str); 3] = [
    ("sensitivity", "decide-tab-sensitivity", "tab-sensitivity"),
    ("sweep", "decide-tab-sweep", "tab-sweep"),
    ("seek", "decide-tab-seek", "tab-seek"),
];

/// The analyses.
#[function_component]
pub fn AnalysisPanel(props: &AnalysisPanelProps) -> Html {
    let dispatch = use_dispatch();
    let language = use_language();
    let running_kind = props
        .workspace
        .analysis
        .as_ref()
        .map(|a| a.kind.name())
        .unwrap_or("sensitivity");
    let tab = use_state(|| running_kind);
    // A new analysis (from a tab, the outbound slider, a link) shows under its own tab.
    {
        let tab = tab.clone();
        use_effect_with(props.view.generation, move |_| tab.set(running_kind));
    }
    let scenario_index = props.selected.min(props.workspace.scenarios.len() - 1);
    let scenario = props.workspace.scenarios[scenario_index].clone();
    let spec = props.workspace.analysis.clone();
    let report = props.view.report.clone().filter(|r| r.kind == *tab);
    let on_stop = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::StopAnalysis))
    };
    let status = match &props.view.status {
        AnalysisStatus::Running { done, total } => {
            let share = if *total > 0 {
                *done as f64 / *total as f64
            } else {
                0.0
            };
            html! {
                <div class="analysis-status" role="status" data-testid="analysis-running">
                    <progress max="1" value={share.to_string()} aria-label={language.say("decide-progress")}></progress>
                    <span>{language.say_with("decide-running", &Args::new().text("share", format!("{:.0}%", share * 100.0)))}</span>
                    <button type="button" class="ghost small" onclick={on_stop} data-testid="analysis-stop">{language.say("decide-stop")}</button>
                </div>
            }
        }
        AnalysisStatus::Failed(reason) => html! {
            <p class="problem" role="alert" data-testid="analysis-error">{language.say_with("decide-failed", &Args::new().text("reason", reason.say(&language.catalogue)))}</p>
        },
        AnalysisStatus::Stopped => html! {
            <p class="stale-note" data-testid="analysis-stopped">{language.say("decide-stopped")}</p>
        },
        AnalysisStatus::Done | AnalysisStatus::Idle => html! {},
    };
    let stale = report.is_some() && !props.current;
    let body = match report.as_deref().map(|r| (&r.result, r)) {
        Some((StudyResult::Sensitivity(t), r)) => html! {
            <SensitivityView report={t.clone()} header={r.clone()} scenario={scenario.clone()} />
        },
        Some((StudyResult::Sweep(s), r)) => html! {
            <SweepView report={s.clone()} header={r.clone()} scenario={scenario.clone()} />
        },
        Some((StudyResult::Seek(s), r)) => html! {
            <SeekView report={s.clone()} header={r.clone()} scenario={scenario.clone()} />
        },
        None => html! {},
    };
    let form = match *tab {
        "sweep" => {
            html! { <SweepForm scenario={scenario.clone()} index={scenario_index} spec={spec.clone()} /> }
        }
        "seek" => {
            html! { <SeekForm scenario={scenario.clone()} index={scenario_index} spec={spec.clone()} /> }
        }
        _ => {
            html! { <SensitivityForm scenario={scenario.clone()} index={scenario_index} spec={spec.clone()} /> }
        }
    };
    html! {
        <section class="panel analysis" aria-label={language.say("decide-heading")} data-testid="analysis">
            <h2>{language.say("decide-heading")}</h2>
            <p class="hint">{language.say_with("decide-hint", &Args::new().text("name", scenario.name.clone()))}</p>
            <div class="tabs" role="tablist" aria-label={language.say("decide-tabs")}>
                { for TABS.iter().map(|(kind, label, testid)| {
                    let selected = *tab == *kind;
                    let onclick = { let tab = tab.clone(); let kind = *kind; Callback::from(move |_| tab.set(kind)) };
                    html! {
                        <button type="button" role="tab" class={classes!("tab", selected.then_some("active"))}
                            aria-selected={selected.to_string()} data-testid={*testid} {onclick}>{language.say(label)}</button>
                    }
                }) }
            </div>
            <div role="tabpanel" class="analysis-body">
                { form }
                { status }
                if stale {
                    <p class="stale-note" data-testid="analysis-stale">{language.say("decide-stale")}</p>
                }
                <div class={classes!("analysis-report", stale.then_some("stale"))}>{ body }</div>
            </div>
        </section>
    }
}
