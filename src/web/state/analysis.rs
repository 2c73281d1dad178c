//! The analysis on the page: which one runs (its settings live in the workspace, so links and
//! saved models carry them), how far it is, and its last report. Like runs, every start and
//! stop bumps a generation, and messages from an older one change nothing; an edit of the
//! workspace stops a running analysis and leaves its report on screen, marked as answering an
//! earlier version.

use std::rc::Rc;

use super::{unique_name, Action, AppState};
use crate::analysis::{AnalysisError, StudyReport};
use crate::model::Scenario;

/// What the analysis runner is doing.
#[derive(Debug, Clone, PartialEq)]
pub enum AnalysisStatus {
    /// Nothing asked yet.
    Idle,
    /// Running: trials done of those asked so far, over every point.
    Running { done: u64, total: u64 },
    /// The last analysis finished.
    Done,
    /// The user stopped it, or an edit did.
    Stopped,
    /// It could not run, with the reason (naming the setting at fault), said in the page's
    /// language when shown.
    Failed(AnalysisError),
}

/// The analysis part of the page's state.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysisView {
    /// Bumped on every start and stop.
    pub generation: u64,
    /// The runner's state.
    pub status: AnalysisStatus,
    /// The last report, partial while running.
    pub report: Option<Rc<StudyReport>>,
    /// The workspace generation the report answers.
    pub answers: u64,
    /// The workspace was opened with an analysis (a link, a file, a saved model, the autosave):
    /// run it once the ordinary results are in.
    pub reopen: bool,
    /// A field to show in the editor (a tornado bar clicked): a count that only grows, so the
    /// same field asked twice is shown twice, and its path.
    pub focus: Option<(u64, String)>,
}

impl Default for AnalysisView {
    fn default() -> Self {
        AnalysisView {
            generation: 0,
            status: AnalysisStatus::Idle,
            report: None,
            answers: 0,
            reopen: false,
            focus: None,
        }
    }
}

impl AnalysisView {
    /// Whether an analysis is going.
    pub fn is_running(&self) -> bool {
        matches!(self.status, AnalysisStatus::Running { .. })
    }
}

impl AppState {
    /// Whether the analysis report on screen answers the current workspace.
    pub fn analysis_is_current(&self) -> bool {
        self.analysis.report.is_some() && self.analysis.answers == self.generation
    }

    /// An edit of the workspace: a running analysis stops (its answers would be about a
    /// version that is gone).
    pub(super) fn stop_analysis_on_edit(mut self) -> AppState {
        if self.analysis.is_running() {
            self.analysis.generation += 1;
            self.analysis.status = AnalysisStatus::Stopped;
        }
        self
    }

    /// The analysis actions; `None` for the others (and for stale messages, which change
    /// nothing).
    pub(super) fn reduce_analysis(self, action: &Action) -> Option<AppState> {
        let mut state = self;
        let view = &mut state.analysis;
        match action {
            Action::Analyse(spec) if spec.scenario < state.workspace.scenarios.len() => {
                state.workspace.analysis = Some((**spec).clone());
                view.reopen = false;
                view.generation += 1;
                view.status = AnalysisStatus::Running { done: 0, total: 0 };
                view.answers = state.generation;
            }
            Action::AnalysisProgress {
                generation,
                report,
                done,
                total,
            } if *generation == view.generation && view.is_running() => {
                view.report = Some(report.clone());
                view.status = AnalysisStatus::Running {
                    done: *done,
                    total: *total,
                };
            }
            Action::AnalysisFinished { generation, report } if *generation == view.generation => {
                view.report = Some(report.clone());
                view.status = AnalysisStatus::Done;
            }
            Action::AnalysisFailed { generation, reason } if *generation == view.generation => {
                view.status = AnalysisStatus::Failed(reason.clone());
            }
            Action::StopAnalysis if view.is_running() => {
                view.generation += 1;
                view.status = AnalysisStatus::Stopped;
            }
            Action::ShowField(path) => {
                let count = view.focus.as_ref().map_or(0, |(n, _)| *n) + 1;
                view.focus = Some((count, path.clone()));
            }
            Action::AddScenario(scenario)
                if state.workspace.scenarios.len() < crate::model::MAX_SCENARIOS =>
            {
                let mut ws = state.workspace.clone();
                let name: String = scenario
                    .name
                    .trim()
                    .chars()
                    .take(crate::model::MAX_NAME_CHARS)
                    .collect();
                let scenario = Scenario {
                    name: unique_name(&ws, &name),
                    ..(**scenario).clone()
                };
                ws.scenarios.push(scenario);
                let index = ws.scenarios.len() - 1;
                return Some(state.changed(ws, index));
            }
            _ => return None,
        }
        Some(state)
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use yew::Reducible;

    use super::*;
    use crate::analysis::{Study, StudyOptions};
    use crate::model::analysis::{AnalysisKind, AnalysisSpec};
    use crate::web::state::{Origin, RunState};

    fn reduce(state: AppState, action: Action) -> AppState {
        (*Rc::new(state).reduce(action)).clone()
    }

    fn sweep(scenario: usize) -> AnalysisSpec {
        AnalysisSpec {
            scenario,
            trials: Some(10),
            kind: AnalysisKind::Sweep {
                output: "bookings.total".into(),
                field: "ae.outbound_share".into(),
                from: 0.1,
                to: 0.3,
                steps: 2,
            },
        }
    }

    fn report(state: &AppState) -> Rc<StudyReport> {
        let spec = state.workspace.analysis.clone().expect("an analysis");
        let study = Study::new(&state.workspace, &spec, StudyOptions::default()).unwrap();
        Rc::new(study.report())
    }

    #[test]
    fn an_analysis_is_kept_in_the_workspace_and_needs_no_new_run() {
        let s = AppState::initial();
        let generation = s.generation;
        let s = reduce(s, Action::Analyse(Box::new(sweep(0))));
        assert_eq!(s.workspace.analysis, Some(sweep(0)), "a link carries it");
        assert_eq!(
            s.generation, generation,
            "the ordinary results stay current"
        );
        assert_eq!(s.analysis.generation, 1);
        assert!(s.analysis.is_running());
        // A scenario that does not exist is not analysed.
        let same = reduce(s.clone(), Action::Analyse(Box::new(sweep(5))));
        assert_eq!(same, s);
    }

    #[test]
    fn stale_analysis_messages_change_nothing() {
        let s = reduce(AppState::initial(), Action::Analyse(Box::new(sweep(0))));
        let r = report(&s);
        let s = reduce(s, Action::Analyse(Box::new(sweep(0))));
        let old = Action::AnalysisFinished {
            generation: 1,
            report: r.clone(),
        };
        assert_eq!(reduce(s.clone(), old), s);
        let s = reduce(
            s,
            Action::AnalysisProgress {
                generation: 2,
                report: r.clone(),
                done: 5,
                total: 20,
            },
        );
        assert_eq!(
            s.analysis.status,
            AnalysisStatus::Running { done: 5, total: 20 }
        );
        let s = reduce(
            s,
            Action::AnalysisFinished {
                generation: 2,
                report: r,
            },
        );
        assert_eq!(s.analysis.status, AnalysisStatus::Done);
        assert!(s.analysis_is_current());
    }

    #[test]
    fn an_edit_stops_a_running_analysis_and_marks_its_report_stale() {
        let s = reduce(AppState::initial(), Action::Analyse(Box::new(sweep(0))));
        let r = report(&s);
        let s = reduce(
            s,
            Action::AnalysisProgress {
                generation: 1,
                report: r,
                done: 1,
                total: 20,
            },
        );
        let mut edited = s.workspace.scenarios[0].clone();
        edited.ae.outbound_share = 0.2;
        let s = reduce(
            s,
            Action::Edit {
                index: 0,
                scenario: Box::new(edited),
                now_ms: 0.0,
            },
        );
        assert_eq!(s.analysis.status, AnalysisStatus::Stopped);
        assert_eq!(s.analysis.generation, 2, "its answers are dropped");
        assert!(s.analysis.report.is_some(), "what came in stays on screen");
        assert!(!s.analysis_is_current());
    }

    fn steps_error() -> AnalysisError {
        AnalysisError::at(
            "analysis.steps",
            crate::i18n::Message::with(
                "error-analysis-steps",
                crate::i18n::Args::new()
                    .text("steps", "0")
                    .text("max", "200"),
            ),
        )
    }

    #[test]
    fn stop_and_failure() {
        let s = reduce(AppState::initial(), Action::Analyse(Box::new(sweep(0))));
        let stopped = reduce(s.clone(), Action::StopAnalysis);
        assert_eq!(stopped.analysis.status, AnalysisStatus::Stopped);
        assert_eq!(reduce(stopped.clone(), Action::StopAnalysis), stopped);
        let failed = reduce(
            s,
            Action::AnalysisFailed {
                generation: 1,
                reason: steps_error(),
            },
        );
        assert_eq!(
            failed.analysis.status,
            AnalysisStatus::Failed(steps_error())
        );
    }

    #[test]
    fn a_workspace_opened_with_an_analysis_runs_it_again() {
        let mut w = AppState::initial().workspace;
        w.analysis = Some(sweep(0));
        let s = reduce(
            AppState::initial(),
            Action::Open {
                workspace: Box::new(w),
                origin: Origin::Link,
                now_ms: 1.0,
            },
        );
        assert!(s.analysis.reopen);
        assert_eq!(s.run, RunState::Pending);
        let s = reduce(s, Action::Analyse(Box::new(sweep(0))));
        assert!(!s.analysis.reopen, "once");
    }

    #[test]
    fn a_setting_applied_is_a_new_selected_scenario_and_a_field_shown_twice_shows_twice() {
        let s = AppState::initial();
        let mut scenario = s.workspace.scenarios[0].clone();
        scenario.name = format!("{}, AE hiring pace 3", scenario.name);
        let s = reduce(s, Action::AddScenario(Box::new(scenario)));
        assert_eq!(s.workspace.scenarios.len(), 2);
        assert_eq!(s.selected, 1);
        assert_eq!(
            s.workspace.scenarios[1].name,
            "founder-led, AE hiring pace 3"
        );
        let s = reduce(s, Action::ShowField("ae.pace".into()));
        let first = s.analysis.focus.clone();
        let s = reduce(s, Action::ShowField("ae.pace".into()));
        assert_ne!(s.analysis.focus, first);
    }

    #[test]
    fn the_analysis_follows_its_scenario_and_goes_with_it() {
        let s = reduce(AppState::initial(), Action::Duplicate(0));
        let s = reduce(s, Action::Analyse(Box::new(sweep(1))));
        let moved = reduce(
            s.clone(),
            Action::Move {
                index: 1,
                offset: -1,
            },
        );
        assert_eq!(moved.workspace.analysis.map(|a| a.scenario), Some(0));
        let other = reduce(s.clone(), Action::Delete(0));
        assert_eq!(other.workspace.analysis.map(|a| a.scenario), Some(0));
        let s = reduce(s, Action::Delete(1));
        assert_eq!(s.workspace.analysis, None);
    }
}
