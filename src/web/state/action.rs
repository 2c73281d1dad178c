//! Everything a user or the runner can do to the app's state: the vocabulary `reduce` answers.
//! Actions that carry more than one thing name each one. Those that change the library or
//! replace the workspace carry the clock (`now_ms`), so the reducer stays pure.

use std::rc::Rc;

use super::{NotRun, Notice, Origin, Results};
use crate::analysis::StudyReport;
use crate::model::analysis::AnalysisSpec;
use crate::model::{Scenario, Target, Workspace};
use crate::share::Library;

/// Everything a user or the runner can do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Open a preset as a one-scenario workspace.
    OpenPreset { name: String, now_ms: f64 },
    /// Open two presets as a comparison, `baseline` first.
    OpenComparison {
        baseline: String,
        other: String,
        now_ms: f64,
    },
    /// Open a workspace from a link, a file or the library, setting the current work aside.
    Open {
        workspace: Box<Workspace>,
        origin: Origin,
        now_ms: f64,
    },
    /// Save the workspace in the library under this name: over the model it came from if the
    /// name is unchanged, else as a new model.
    Save { name: String, now_ms: f64 },
    /// Rename a library model.
    RenameModel { id: u64, name: String },
    /// Copy a library model.
    DuplicateModel { id: u64, now_ms: f64 },
    /// Delete a library model.
    DeleteModel(u64),
    /// Show a message.
    Notify(Notice),
    /// Dismiss the message with this id.
    Dismiss(u64),
    /// Another tab changed the stored library: take its version.
    LibraryChangedElsewhere(Box<Library>),
    /// Replace scenario `index` with an edited, valid one, at `now_ms` (edits of the same
    /// fields in a burst are one step to undo).
    Edit {
        index: usize,
        scenario: Box<Scenario>,
        now_ms: f64,
    },
    /// Set scenario `index`'s bookings target (the P(hit target) card's input).
    SetTarget { index: usize, target: Target },
    /// Bring back the work before the last change.
    Undo,
    /// Bring back the work the last undo took away.
    Redo,
    /// Show scenario `i` in the editor.
    Select(usize),
    /// Add a scenario with the defaults.
    Add,
    /// Duplicate scenario `i`.
    Duplicate(usize),
    /// Rename scenario `index`.
    Rename { index: usize, name: String },
    /// Delete scenario `i` (the last one stays).
    Delete(usize),
    /// Move scenario `index` by `offset` places.
    Move { index: usize, offset: isize },
    /// Make scenario `i` the baseline.
    SetBaseline(usize),
    /// Set the trials per scenario.
    SetTrials(u32),
    /// The runner started the run of this generation.
    Started(u64),
    /// The runner finished `done` of `total` trials of this generation.
    Progress {
        generation: u64,
        done: u64,
        total: u64,
    },
    /// Partial results of the run of this generation (the first trials of every scenario).
    Partial(Rc<Results>),
    /// The run of this generation finished.
    Finished(Rc<Results>),
    /// The run of this generation failed or could not start.
    Failed { generation: u64, reason: NotRun },
    /// The user cancelled the run in flight.
    Cancel,
    /// Run an analysis (kept in the workspace, so a link reopens it).
    Analyse(Box<AnalysisSpec>),
    /// The analysis of this generation has these results so far.
    AnalysisProgress {
        generation: u64,
        report: Rc<StudyReport>,
        done: u64,
        total: u64,
    },
    /// The analysis of this generation finished.
    AnalysisFinished {
        generation: u64,
        report: Rc<StudyReport>,
    },
    /// The analysis of this generation could not run, with the reason.
    AnalysisFailed {
        generation: u64,
        reason: crate::analysis::AnalysisError,
    },
    /// The user stopped the analysis.
    StopAnalysis,
    /// Show this field (by path) in the editor.
    ShowField(String),
    /// Add this scenario (a goal seek's setting applied) and select it.
    AddScenario(Box<Scenario>),
    /// A step of calibrating from a CRM export (`state::calibration` reduces those).
    Calibrate(super::CalibrateAction),
}

impl Action {
    /// Whether the action is one of the analysis's (`state::analysis` reduces those).
    pub fn is_about_analysis(&self) -> bool {
        matches!(
            self,
            Action::Analyse(_)
                | Action::AnalysisProgress { .. }
                | Action::AnalysisFinished { .. }
                | Action::AnalysisFailed { .. }
                | Action::StopAnalysis
                | Action::ShowField(_)
                | Action::AddScenario(_)
        )
    }
}
