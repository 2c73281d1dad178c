//! The app's state and every action on it, as a pure `Reducible`: the workspace being edited,
//! which scenario is selected, the run in flight and the last good results, the saved-model
//! library and the messages for the user. No DOM here, so the whole behaviour is tested natively;
//! the caller passes the clock in (`now_ms`).
//!
//! The rule that keeps work from being lost lives here: whatever replaces the workspace (a link,
//! a file, a preset, a saved model) first sets the current work aside as a draft in the library,
//! unless the library already holds it or it is a preset as shipped.

//!
//! - `action`: what can be done; `reduce`: what each action does; `startup`: the state on
//!   opening the page; `notice`: the messages for the user, said in the page's language;
//!   `analysis` and `calibration`: the analyses' and the calibration's parts of the state;
//!   `history`: undo and redo.

mod action;
mod analysis;
mod calibration;
mod history;
mod notice;
mod reduce;
mod startup;
#[cfg(test)]
mod tests;

use std::rc::Rc;

pub use action::Action;
pub use analysis::{AnalysisStatus, AnalysisView};
pub use calibration::{CalibrateAction, CalibrationView, Refusal, Step};
pub use history::{History, Snapshot, Stored as StoredHistory};
pub use notice::{file_problem, link_problem, Notice, Said, Tone, Why};
pub use startup::Startup;

use crate::i18n::{Args, Message};
use crate::model::Workspace;
use crate::report::{Columns, WorkspaceReport};
use crate::share::Library;

/// The most trials the app runs per scenario.
pub const MAX_TRIALS_IN_PAGE: u32 = crate::model::MAX_BROWSER_TRIALS;

/// Results of one finished run, with the workspace they were computed from.
///
/// Two results are equal when they answer the same generation with the same trials: a
/// generation is one version of the workspace, and the engine is deterministic, so their
/// contents are the same. Comparing the contents would read every trial's outputs on every
/// render that passes results as props, a long task on every progress message of a run.
#[derive(Debug, Clone)]
pub struct Results {
    /// The run's generation: which version of the workspace it answers.
    pub generation: u64,
    /// The workspace as it was when the run started.
    pub workspace: Workspace,
    /// Summaries, targets and comparisons.
    pub report: WorkspaceReport,
    /// Every trial's outputs, scenario by scenario, column by column: for histograms, paired
    /// differences and the samples CSV (the page keeps no rows: see `pool`).
    pub columns: Vec<Columns>,
    /// Trials per scenario these results hold: fewer than the workspace's while a run streams
    /// in (partial results), all of them once it is done.
    pub trials_done: u32,
    /// Each run's [`Run::digest`](crate::engine::Run::digest), taken once as the rows came in
    /// (hashing a big run is slow: never on a render); none for partial results.
    pub digests: Vec<u64>,
}

impl PartialEq for Results {
    fn eq(&self, other: &Results) -> bool {
        self.generation == other.generation && self.trials_done == other.trials_done
    }
}

impl Results {
    /// Whether these are partial results of a run still going.
    pub fn is_partial(&self) -> bool {
        self.trials_done < self.workspace.run.trials
    }
}

/// What the runner is doing.
#[derive(Debug, Clone, PartialEq)]
pub enum RunState {
    /// Waiting for the pause after an edit.
    Pending,
    /// Running: trials done of the total over all scenarios.
    Running { done: u64, total: u64 },
    /// The last run finished.
    Done,
    /// The user cancelled the run.
    Cancelled,
    /// The run could not go ahead, with the reason.
    Failed(NotRun),
}

/// Why a run did not go ahead, and the trials to offer instead when fewer would run.
#[derive(Debug, Clone, PartialEq)]
pub struct NotRun {
    /// What stopped it, for the person: names the field or scenario at fault; said in the
    /// page's language when shown.
    pub reason: Said,
    /// Trials per scenario that would fit the browser's budget, if fewer trials help.
    pub fewer_trials: Option<u32>,
}

impl NotRun {
    /// A run that failed for `reason`, with nothing to offer.
    pub fn because(reason: impl Into<Said>) -> NotRun {
        NotRun {
            reason: reason.into(),
            fewer_trials: None,
        }
    }
}

impl From<crate::engine::budget::OverBudget> for NotRun {
    fn from(over: crate::engine::budget::OverBudget) -> NotRun {
        NotRun {
            fewer_trials: over.fewer_trials(),
            reason: Said::Error(Why::Budget(over)),
        }
    }
}

/// The most messages kept on screen; older ones give way.
pub const MAX_NOTICES: usize = 4;

/// Where an opened workspace came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    /// A share link.
    Link,
    /// A file, with its name.
    File(String),
    /// A model of the library, by id.
    Library(u64),
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The workspace being edited.
    pub workspace: Workspace,
    /// The scenario shown in the editor.
    pub selected: usize,
    /// Bumped on every change that needs a new run.
    pub generation: u64,
    /// The runner's state.
    pub run: RunState,
    /// The last good results; they stay on screen while a new run is pending or fails.
    pub results: Option<Rc<Results>>,
    /// Saved models and drafts.
    pub library: Library,
    /// The library model the workspace was opened from or saved as.
    pub model: Option<u64>,
    /// Messages for the user, oldest first.
    pub notices: Vec<Notice>,
    /// The id of the last message shown; ids only grow.
    pub last_notice: u64,
    /// The analysis (tornado, sweep, goal seek) and its last report.
    pub analysis: AnalysisView,
    /// Calibration from a CRM export: its step and the worker's next request.
    pub calibration: CalibrationView,
    /// The steps to undo and redo.
    pub history: History,
}

impl AppState {
    /// Whether the workspace is saved: it equals the library model it belongs to.
    pub fn is_saved(&self) -> bool {
        self.model
            .and_then(|id| self.library.get(id))
            .is_some_and(|m| m.workspace == self.workspace)
    }

    fn notify(mut self, mut notice: Notice) -> AppState {
        // The same message twice (e.g. blocked storage, found by two reads) shows once.
        if self.notices.iter().any(|n| n.said == notice.said) {
            return self;
        }
        self.last_notice += 1;
        notice.id = self.last_notice;
        self.notices.push(notice);
        if self.notices.len() > MAX_NOTICES {
            self.notices.remove(0);
        }
        self
    }

    /// Replaces the workspace, first setting the current work aside as a draft.
    fn open(mut self, workspace: Workspace, origin: Origin, now_ms: f64) -> AppState {
        let kept = self.set_aside_current(now_ms);
        let (model, opened) = match &origin {
            Origin::Link => (None, Message::new("notice-opened-link")),
            Origin::File(name) => (
                None,
                Message::with(
                    "notice-opened-file",
                    Args::new().text("name", name.as_str()),
                ),
            ),
            Origin::Library(id) => (
                Some(*id),
                Message::with(
                    "notice-opened-model",
                    Args::new().text(
                        "name",
                        self.library
                            .get(*id)
                            .map(|m| m.name.as_str())
                            .unwrap_or_default(),
                    ),
                ),
            ),
        };
        self.model = model;
        self.analysis.reopen = workspace.analysis.is_some();
        // The results on screen are another model's: under a run that cannot go ahead (over
        // the work budget, say) they would read as this one's.
        self.results = None;
        let mut notice = Notice::info(opened);
        if let Some(kept) = kept {
            notice = notice.and(kept);
        }
        self.changed(workspace, 0).notify(notice)
    }

    /// Sets the current work aside as a draft (see [`Library::set_aside`]); the sentence that
    /// tells the user where it went, if a draft was made.
    fn set_aside_current(&mut self, now_ms: f64) -> Option<Message> {
        let id = self.library.set_aside(&self.workspace, now_ms)?;
        let name = self
            .library
            .get(id)
            .map(|m| m.name.as_str())
            .unwrap_or_default();
        Some(Message::with(
            "notice-work-kept",
            Args::new().text("name", name),
        ))
    }

    /// The work as an undo or redo would bring it back.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            workspace: self.workspace.clone(),
            selected: self.selected,
            model: self.model,
        }
    }

    /// Brings back the work of a step of the history. The analysis's settings stay as they
    /// are (running an analysis is not an edit), if its scenario is still there.
    fn restore(mut self, step: &Snapshot) -> AppState {
        let mut workspace = step.workspace.clone();
        workspace.analysis = self.workspace.analysis.clone();
        self.model = step.model.filter(|id| self.library.get(*id).is_some());
        self.changed(workspace, step.selected)
    }

    /// The index of the scenario in the editor, within the workspace (which is never empty).
    pub fn selected_index(&self) -> usize {
        self.selected.min(self.workspace.scenarios.len() - 1)
    }

    /// The name of the saved model the workspace came from, if any.
    pub fn model_name(&self) -> Option<&str> {
        self.model
            .and_then(|id| self.library.get(id))
            .map(|m| m.name.as_str())
    }

    /// Whether the results on screen answer the current workspace.
    pub fn results_are_current(&self) -> bool {
        self.results
            .as_ref()
            .is_some_and(|r| r.generation == self.generation)
    }

    /// Opens a preset workspace, setting the current work aside first (no message unless a
    /// draft was made: picking a preset is its own confirmation).
    fn replace_with_preset(
        mut self,
        workspace: Workspace,
        selected: usize,
        now_ms: f64,
    ) -> AppState {
        let kept = self.set_aside_current(now_ms);
        self.model = None;
        self.results = None;
        let state = self.changed(workspace, selected);
        match kept {
            Some(kept) => state.notify(Notice::info(kept)),
            None => state,
        }
    }

    fn changed(mut self, mut workspace: Workspace, selected: usize) -> AppState {
        // The analysis names a scenario by index: keep it only while that index exists.
        if workspace
            .analysis
            .as_ref()
            .is_some_and(|a| a.scenario >= workspace.scenarios.len())
        {
            workspace.analysis = None;
        }
        self = self.stop_analysis_on_edit();
        self.selected = selected.min(workspace.scenarios.len().saturating_sub(1));
        self.workspace = workspace;
        self.generation += 1;
        self.run = RunState::Pending;
        self
    }
}

fn unique_name(workspace: &Workspace, base: &str) -> String {
    let taken = |n: &str| workspace.scenarios.iter().any(|s| s.name == n);
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|i| format!("{base} ({i})"))
        .find(|n| !taken(n))
        .expect("a free name")
}
