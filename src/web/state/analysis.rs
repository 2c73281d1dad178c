//! The analysis on the page: which one runs (its settings live in the workspace, so links and
//! saved models carry them), how far it is, and its last report. Like runs, every start and
//! stop bumps a generation, and messages from an older one change nothing; an edit of the
//! workspace stops a running analysis and leaves its report on screen, marked as answering an
//! earlier version.

use std::rc::Rc;

use super::{unique_name, Action, AppState};
use crate::analysis::StudyReport;
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
    /// It could not run, with the reason (naming the setting at fault).
    Failed(String),
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
