//! The app's state and every action on it, as a pure `Reducible`: the workspace being edited,
//! which scenario is selected, the run in flight and the last good results, the saved-model
//! library and the messages for the user. No DOM here, so the whole behaviour is tested natively;
//! the caller passes the clock in (`now_ms`).
//!
//! The rule that keeps work from being lost lives here: whatever replaces the workspace (a link,
//! a file, a preset, a saved model) first sets the current work aside as a draft in the library,
//! unless the library already holds it or it is a preset as shipped.

use std::rc::Rc;

use yew::Reducible;

use crate::model::{Scenario, Workspace};
use crate::presets;
use crate::report::{Columns, WorkspaceReport};
use crate::share::{Autosave, Library, LinkError};

/// The most trials the app runs per scenario.
pub const MAX_TRIALS_IN_PAGE: u32 = crate::model::MAX_BROWSER_TRIALS;

/// Results of one finished run, with the workspace they were computed from.
///
/// Two results are equal when they answer the same generation with the same trials: a
/// generation is one version of the workspace, and the engine is deterministic, so their
/// contents are the same. Comparing the contents would read every trial's outputs (29 MB for
/// 10,000 series-a trials) on every render that passes results as props: a 50 ms task on every
/// progress message of a run.
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
    /// (hashing a big run takes tens of milliseconds: never on a render); none for partial
    /// results.
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotRun {
    /// What stopped it, for the person: names the field or scenario at fault.
    pub reason: String,
    /// Trials per scenario that would fit the browser's budget, if fewer trials help.
    pub fewer_trials: Option<u32>,
}

impl NotRun {
    /// A run that failed for `reason`, with nothing to offer.
    pub fn because(reason: impl Into<String>) -> NotRun {
        NotRun {
            reason: reason.into(),
            fewer_trials: None,
        }
    }
}

impl From<crate::engine::budget::OverBudget> for NotRun {
    fn from(over: crate::engine::budget::OverBudget) -> NotRun {
        NotRun {
            reason: over.to_string(),
            fewer_trials: over.fewer_trials(),
        }
    }
}

/// How serious a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Something worked: "Link copied".
    Info,
    /// Something could not be done; the work is safe.
    Problem,
}

/// A message for the user, shown until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// Info or problem.
    pub tone: Tone,
    /// The message, as plain text.
    pub text: String,
    /// Unique within a page's life; given by the state when shown.
    pub id: u64,
}

impl Notice {
    /// An info message.
    pub fn info(text: impl Into<String>) -> Notice {
        Notice {
            tone: Tone::Info,
            text: text.into(),
            id: 0,
        }
    }
    /// A problem message.
    pub fn problem(text: impl Into<String>) -> Notice {
        Notice {
            tone: Tone::Problem,
            text: text.into(),
            id: 0,
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

/// What the page finds when it opens: the stored library and autosave, and the link in the
/// address bar. Each part may have failed; none of the failures loses anything.
#[derive(Debug, Clone, PartialEq)]
pub struct Startup {
    /// The library, or why it could not be read.
    pub library: Result<Library, String>,
    /// The autosaved work, none, or why it could not be read.
    pub autosave: Result<Option<Autosave>, String>,
    /// Work autosaved by other tabs that are gone (or no longer the newest): set aside as drafts.
    pub orphans: Vec<Autosave>,
    /// The link in the address bar, if there is one.
    pub link: Option<Result<Workspace, LinkError>>,
    /// The clock.
    pub now_ms: f64,
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
}

/// Everything a user or the runner can do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Open a preset as a one-scenario workspace (at this time).
    OpenPreset(String, f64),
    /// Open two presets as a comparison, the first as the baseline (at this time).
    OpenComparison(String, String, f64),
    /// Open a workspace from a link, a file or the library, setting the current work aside.
    Open(Box<Workspace>, Origin, f64),
    /// Save the workspace in the library under this name: over the model it came from if the
    /// name is unchanged, else as a new model.
    Save(String, f64),
    /// Rename a library model.
    RenameModel(u64, String),
    /// Copy a library model.
    DuplicateModel(u64, f64),
    /// Delete a library model.
    DeleteModel(u64),
    /// Show a message.
    Notify(Notice),
    /// Dismiss the message with this id.
    Dismiss(u64),
    /// Another tab changed the stored library: take its version.
    LibraryChangedElsewhere(Box<Library>),
    /// Replace scenario `i` with an edited, valid one.
    Edit(usize, Box<Scenario>),
    /// Show scenario `i` in the editor.
    Select(usize),
    /// Add a scenario with the defaults.
    Add,
    /// Duplicate scenario `i`.
    Duplicate(usize),
    /// Rename scenario `i`.
    Rename(usize, String),
    /// Delete scenario `i` (the last one stays).
    Delete(usize),
    /// Move scenario `i` by `offset` places.
    Move(usize, isize),
    /// Make scenario `i` the baseline.
    SetBaseline(usize),
    /// Set the trials per scenario.
    SetTrials(u32),
    /// The runner started the run of this generation.
    Started(u64),
    /// The runner finished `done` of `total` trials of this generation.
    Progress(u64, u64, u64),
    /// Partial results of the run of this generation (the first trials of every scenario).
    Partial(Rc<Results>),
    /// The run of this generation finished.
    Finished(Rc<Results>),
    /// The run of this generation failed or could not start.
    Failed(u64, NotRun),
    /// The user cancelled the run in flight.
    Cancel,
}

impl AppState {
    /// The state on a first visit: the founder-led preset, about to run.
    pub fn initial() -> AppState {
        let scenario = presets::find("founder-led")
            .map(|p| p.scenario())
            .unwrap_or_default();
        AppState {
            workspace: Workspace::single(scenario),
            selected: 0,
            generation: 1,
            run: RunState::Pending,
            results: None,
            library: Library::default(),
            model: None,
            notices: Vec::new(),
            last_notice: 0,
        }
    }

    /// The state on opening the page: the autosaved work (or the first-visit state), then the
    /// link in the address bar opened over it, with the work set aside as a draft. A broken
    /// link or unreadable storage gives a message and changes nothing else.
    pub fn start(startup: Startup) -> AppState {
        let mut state = AppState::initial();
        match startup.library {
            Ok(library) => state.library = library,
            Err(reason) => state = state.notify(Notice::problem(reason)),
        }
        let mut orphans = startup.orphans;
        orphans.sort_by(|a, b| a.saved_at_ms.total_cmp(&b.saved_at_ms));
        for orphan in &orphans {
            state
                .library
                .set_aside(&orphan.workspace, orphan.saved_at_ms);
        }
        match startup.autosave {
            Ok(Some(saved)) => {
                state.selected = saved.selected.min(saved.workspace.scenarios.len() - 1);
                state.workspace = saved.workspace;
                state.model = saved.model.filter(|id| state.library.get(*id).is_some());
            }
            Ok(None) => {}
            Err(reason) => state = state.notify(Notice::problem(reason)),
        }
        match startup.link {
            Some(Ok(workspace)) if workspace == state.workspace => {}
            Some(Ok(workspace)) => {
                state = state.open(workspace, Origin::Link, startup.now_ms);
            }
            Some(Err(e)) => state = state.notify(link_problem(&e)),
            None => {}
        }
        state
    }

    /// Whether the workspace is saved: it equals the library model it belongs to.
    pub fn is_saved(&self) -> bool {
        self.model
            .and_then(|id| self.library.get(id))
            .is_some_and(|m| m.workspace == self.workspace)
    }

    fn notify(mut self, mut notice: Notice) -> AppState {
        // The same message twice (e.g. blocked storage, found by two reads) shows once.
        if self.notices.iter().any(|n| n.text == notice.text) {
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
        let (model, what) = match &origin {
            Origin::Link => (None, "the shared link".to_string()),
            Origin::File(name) => (None, format!("the file {name}")),
            Origin::Library(id) => (
                Some(*id),
                self.library
                    .get(*id)
                    .map(|m| format!("\u{201c}{}\u{201d}", m.name))
                    .unwrap_or_default(),
            ),
        };
        self.model = model;
        let mut text = format!("Opened {what}.");
        if let Some(kept) = kept {
            text.push(' ');
            text.push_str(&kept);
        }
        self.changed(workspace, 0).notify(Notice::info(text))
    }

    /// Sets the current work aside as a draft (see [`Library::set_aside`]); the sentence that
    /// tells the user where it went, if a draft was made.
    fn set_aside_current(&mut self, now_ms: f64) -> Option<String> {
        let id = self.library.set_aside(&self.workspace, now_ms)?;
        let name = self
            .library
            .get(id)
            .map(|m| m.name.as_str())
            .unwrap_or_default();
        Some(format!(
            "Your previous work is kept in Saved models as \u{201c}{name}\u{201d}."
        ))
    }

    /// The scenario in the editor.
    pub fn selected_scenario(&self) -> &Scenario {
        &self.workspace.scenarios[self.selected.min(self.workspace.scenarios.len() - 1)]
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
        let state = self.changed(workspace, selected);
        match kept {
            Some(text) => state.notify(Notice::info(text)),
            None => state,
        }
    }

    fn changed(mut self, workspace: Workspace, selected: usize) -> AppState {
        self.selected = selected.min(workspace.scenarios.len().saturating_sub(1));
        self.workspace = workspace;
        self.generation += 1;
        self.run = RunState::Pending;
        self
    }
}

/// The message for a link that cannot be opened.
pub fn link_problem(error: &LinkError) -> Notice {
    let why = crate::share::ImportError::Link(error.clone()).summary(6);
    Notice::problem(format!(
        "This link could not be opened, and your workspace is unchanged. Why: {why}"
    ))
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

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let state = (*self).clone();
        let mut ws = state.workspace.clone();
        let n = ws.scenarios.len();
        let next = match action {
            Action::OpenPreset(name, now_ms) => match presets::find(&name) {
                Some(p) => {
                    let mut w = Workspace::single(p.scenario());
                    w.run = ws.run;
                    state.replace_with_preset(w, 0, now_ms)
                }
                None => state,
            },
            Action::OpenComparison(a, b, now_ms) => match presets::comparison(&a, &b) {
                Some(mut w) => {
                    w.run = ws.run;
                    state.replace_with_preset(w, 1, now_ms)
                }
                None => state,
            },
            // The same workspace again: nothing to run or set aside; only which model it is.
            Action::Open(workspace, origin, _) if *workspace == ws => match origin {
                Origin::Library(id) if state.model != Some(id) => AppState {
                    model: Some(id),
                    ..state
                },
                _ => return self,
            },
            Action::Open(workspace, origin, now_ms) => state.open(*workspace, origin, now_ms),
            Action::Save(name, now_ms) => {
                let mut state = state;
                let current = state
                    .model
                    .and_then(|id| state.library.get(id))
                    .filter(|m| name.trim().is_empty() || m.name == name.trim())
                    .map(|m| m.id);
                let id = match current {
                    Some(id) => {
                        state.library.save_over(id, ws, now_ms);
                        id
                    }
                    None => state.library.save_new(&name, ws, now_ms),
                };
                state.model = Some(id);
                let name = state
                    .library
                    .get(id)
                    .map(|m| m.name.clone())
                    .unwrap_or_default();
                state.notify(Notice::info(format!("Saved \u{201c}{name}\u{201d}.")))
            }
            Action::RenameModel(id, name) => {
                let mut state = state;
                if !state.library.rename(id, &name) {
                    return self;
                }
                state
            }
            Action::DuplicateModel(id, now_ms) => {
                let mut state = state;
                if state.library.duplicate(id, now_ms).is_none() {
                    return self;
                }
                state
            }
            Action::DeleteModel(id) => {
                let mut state = state;
                if !state.library.delete(id) {
                    return self;
                }
                if state.model == Some(id) {
                    state.model = None;
                }
                state
            }
            Action::Notify(notice) => state.notify(notice),
            Action::LibraryChangedElsewhere(library) => {
                let mut state = state;
                if state.library == *library {
                    return self;
                }
                state.library = *library;
                state.model = state.model.filter(|id| state.library.get(*id).is_some());
                state
            }
            Action::Dismiss(id) if state.notices.iter().any(|n| n.id == id) => {
                let mut state = state;
                state.notices.retain(|n| n.id != id);
                state
            }
            Action::Edit(i, scenario) if i < n => {
                if ws.scenarios[i] == *scenario {
                    return self;
                }
                ws.scenarios[i] = *scenario;
                state.changed(ws, i)
            }
            Action::Select(i) if i < n => AppState {
                selected: i,
                ..state
            },
            Action::Add if n < crate::model::MAX_SCENARIOS => {
                ws.scenarios.push(Scenario {
                    name: unique_name(&ws, "New scenario"),
                    ..Scenario::default()
                });
                state.changed(ws, n)
            }
            Action::Duplicate(i) if i < n && n < crate::model::MAX_SCENARIOS => {
                let mut s = ws.scenarios[i].clone();
                s.name = unique_name(&ws, &format!("{} copy", s.name.trim()));
                ws.scenarios.insert(i + 1, s);
                if ws.baseline > i {
                    ws.baseline += 1;
                }
                state.changed(ws, i + 1)
            }
            Action::Rename(i, name) if i < n => {
                let name: String = name.chars().take(crate::model::MAX_NAME_CHARS).collect();
                if ws.scenarios[i].name == name {
                    return self;
                }
                ws.scenarios[i].name = name;
                // A name changes no number, but the report carries names: run again to relabel.
                state.changed(ws, i)
            }
            Action::Delete(i) if i < n && n > 1 => {
                ws.scenarios.remove(i);
                ws.baseline = match ws.baseline {
                    b if b == i => 0,
                    b if b > i => b - 1,
                    b => b,
                };
                let selected = if state.selected >= i {
                    state.selected.saturating_sub(1)
                } else {
                    state.selected
                };
                state.changed(ws, selected)
            }
            Action::Move(i, offset) if i < n => {
                let j = (i as isize + offset).clamp(0, n as isize - 1) as usize;
                if i == j {
                    return self;
                }
                let s = ws.scenarios.remove(i);
                ws.scenarios.insert(j, s);
                let track = |k: usize| {
                    if k == i {
                        j
                    } else if i < j && k > i && k <= j {
                        k - 1
                    } else if j < i && k >= j && k < i {
                        k + 1
                    } else {
                        k
                    }
                };
                ws.baseline = track(ws.baseline);
                let selected = track(state.selected);
                state.changed(ws, selected)
            }
            Action::SetBaseline(i) if i < n && i != ws.baseline => {
                ws.baseline = i;
                let selected = state.selected;
                state.changed(ws, selected)
            }
            Action::SetTrials(t) => {
                let t = t.clamp(1, MAX_TRIALS_IN_PAGE);
                if t == ws.run.trials {
                    return self;
                }
                ws.run.trials = t;
                let selected = state.selected;
                state.changed(ws, selected)
            }
            Action::Started(g) if g == state.generation => AppState {
                run: RunState::Running { done: 0, total: 0 },
                ..state
            },
            Action::Progress(g, done, total) if g == state.generation => AppState {
                run: RunState::Running { done, total },
                ..state
            },
            Action::Partial(results)
                if results.generation == state.generation
                    && matches!(state.run, RunState::Running { .. })
                    && state.results.as_ref().is_none_or(|r| {
                        r.generation != results.generation || r.trials_done < results.trials_done
                    }) =>
            {
                AppState {
                    results: Some(results),
                    ..state
                }
            }
            Action::Finished(results) if results.generation == state.generation => AppState {
                run: RunState::Done,
                results: Some(results),
                ..state
            },
            Action::Failed(g, reason) if g == state.generation => AppState {
                run: RunState::Failed(reason),
                ..state
            },
            Action::Cancel if matches!(state.run, RunState::Running { .. } | RunState::Pending) => {
                AppState {
                    run: RunState::Cancelled,
                    ..state
                }
            }
            // Stale runner messages and impossible indices change nothing.
            _ => return self,
        };
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(state: AppState, action: Action) -> AppState {
        (*Rc::new(state).reduce(action)).clone()
    }

    #[test]
    fn opening_shows_founder_led_about_to_run() {
        let s = AppState::initial();
        assert_eq!(s.workspace.scenarios[0].name, "founder-led");
        assert_eq!(s.run, RunState::Pending);
    }

    #[test]
    fn edits_bump_the_generation_and_keep_old_results() {
        let s = AppState::initial();
        let old = Rc::new(Results {
            generation: 1,
            workspace: s.workspace.clone(),
            report: WorkspaceReport {
                format: 1,
                trials: 1,
                seed: 1,
                baseline: 0,
                scenarios: vec![],
                comparisons: vec![],
            },
            columns: vec![],
            trials_done: 2000,
            digests: vec![],
        });
        let s = reduce(s, Action::Finished(old.clone()));
        assert_eq!(s.run, RunState::Done);
        let mut edited = s.workspace.scenarios[0].clone();
        edited.ae.outbound_share = 0.2;
        let s = reduce(s, Action::Edit(0, Box::new(edited)));
        assert_eq!(s.generation, 2);
        assert_eq!(s.run, RunState::Pending);
        assert_eq!(
            s.results.as_deref(),
            Some(&*old),
            "the last good results stay on screen"
        );
        assert!(!s.results_are_current());
    }

    #[test]
    fn stale_runner_messages_are_ignored() {
        let s = reduce(
            AppState::initial(),
            Action::OpenPreset("t-model".into(), 0.0),
        );
        let g = s.generation;
        let s2 = reduce(s.clone(), Action::Progress(g - 1, 5, 10));
        assert_eq!(s2, s);
        let s3 = reduce(s, Action::Progress(g, 5, 10));
        assert_eq!(s3.run, RunState::Running { done: 5, total: 10 });
    }

    #[test]
    fn workspace_management() {
        let s = reduce(
            AppState::initial(),
            Action::OpenComparison("founder-led".into(), "vp-first".into(), 0.0),
        );
        assert_eq!(s.workspace.scenarios.len(), 2);
        assert_eq!((s.workspace.baseline, s.selected), (0, 1));
        let s = reduce(s, Action::Duplicate(0));
        assert_eq!(s.workspace.scenarios[1].name, "founder-led copy");
        assert_eq!(s.selected, 1);
        let s = reduce(s, Action::SetBaseline(2));
        let s = reduce(s, Action::Move(2, -2));
        assert_eq!(s.workspace.scenarios[0].name, "vp-first");
        assert_eq!(s.workspace.baseline, 0, "the baseline follows its scenario");
        let s = reduce(s, Action::Rename(0, "<img src=x onerror=alert(1)>".into()));
        assert_eq!(
            s.workspace.scenarios[0].name,
            "<img src=x onerror=alert(1)>"
        );
        let s = reduce(s, Action::Delete(0));
        assert_eq!(s.workspace.scenarios.len(), 2);
        assert_eq!(s.workspace.baseline, 0);
        let s = reduce(s, Action::Delete(0));
        let s = reduce(s, Action::Delete(0));
        assert_eq!(s.workspace.scenarios.len(), 1, "the last scenario stays");
        let s = reduce(s, Action::Add);
        assert_eq!(s.workspace.scenarios[1].name, "New scenario");
    }

    #[test]
    fn cancel_stops_a_pending_or_running_run() {
        let s = reduce(AppState::initial(), Action::Cancel);
        assert_eq!(s.run, RunState::Cancelled);
    }

    fn edited() -> Workspace {
        let mut w = AppState::initial().workspace;
        w.scenarios[0].ae.outbound_share = 0.2;
        w
    }

    fn startup(autosave: Option<Workspace>, link: Option<Result<Workspace, LinkError>>) -> Startup {
        Startup {
            library: Ok(Library::default()),
            autosave: Ok(autosave.map(|workspace| Autosave {
                workspace,
                selected: 0,
                model: None,
                saved_at_ms: 1.0,
            })),
            orphans: Vec::new(),
            link,
            now_ms: 5.0,
        }
    }

    #[test]
    fn a_reload_keeps_the_autosaved_work() {
        let s = AppState::start(startup(Some(edited()), None));
        assert_eq!(s.workspace, edited());
        assert!(s.notices.is_empty());
    }

    #[test]
    fn a_link_opens_over_unsaved_work_which_becomes_a_draft() {
        let linked = presets::comparison("veteran-drift", "t-model").unwrap();
        let s = AppState::start(startup(Some(edited()), Some(Ok(linked.clone()))));
        assert_eq!(s.workspace, linked);
        assert_eq!(s.library.models.len(), 1);
        assert_eq!(
            s.library.models[0].workspace,
            edited(),
            "the work is a draft"
        );
        assert!(
            s.notices[0].text.contains("kept in Saved models"),
            "{:?}",
            s.notices
        );
    }

    #[test]
    fn a_broken_link_changes_nothing_but_says_why() {
        let s = AppState::start(startup(Some(edited()), Some(Err(LinkError::Truncated))));
        assert_eq!(s.workspace, edited());
        assert!(s.library.models.is_empty());
        assert_eq!(s.notices[0].tone, Tone::Problem);
        assert!(s.notices[0].text.contains("your workspace is unchanged"));
        assert!(s.notices[0].text.contains("cut short"));
    }

    #[test]
    fn unreadable_storage_is_a_message_not_a_loss() {
        let s = AppState::start(Startup {
            library: Err("could not read your saved models".into()),
            autosave: Err("could not read the autosave".into()),
            orphans: Vec::new(),
            link: None,
            now_ms: 1.0,
        });
        assert_eq!(s.workspace, AppState::initial().workspace);
        assert_eq!(s.notices.len(), 2);
    }

    #[test]
    fn presets_over_edited_work_set_it_aside() {
        let s = AppState::start(startup(Some(edited()), None));
        let s = reduce(s, Action::OpenPreset("t-model".into(), 9.0));
        assert_eq!(s.library.models[0].workspace, edited());
        let s = reduce(s, Action::OpenPreset("vp-first".into(), 10.0));
        assert_eq!(
            s.library.models.len(),
            1,
            "a pristine preset is not a draft"
        );
    }

    #[test]
    fn save_then_edit_then_save_over_or_as_new() {
        let s = reduce(AppState::initial(), Action::Save("Plan".into(), 1.0));
        let id = s.model.unwrap();
        assert!(s.is_saved());
        let mut changed = s.workspace.scenarios[0].clone();
        changed.ae.outbound_share = 0.1;
        let s = reduce(s, Action::Edit(0, Box::new(changed)));
        assert!(!s.is_saved());
        let s = reduce(s, Action::Save("Plan".into(), 2.0));
        assert_eq!(
            (s.model, s.library.models.len()),
            (Some(id), 1),
            "saved over"
        );
        let s = reduce(s, Action::Save("Plan B".into(), 3.0));
        assert_eq!(s.library.models.len(), 2, "a new name is a new model");
        let b = s.model.unwrap();
        let saved = Box::new(s.library.get(id).unwrap().workspace.clone());
        let s = reduce(s, Action::Open(saved, Origin::Library(id), 4.0));
        assert_eq!(
            s.library.models.len(),
            2,
            "saved work is not set aside again"
        );
        assert_eq!(s.model, Some(id));
        let s = reduce(s, Action::DeleteModel(b));
        let s = reduce(s, Action::DuplicateModel(id, 5.0));
        let s = reduce(s, Action::RenameModel(id, "Renamed".into()));
        assert_eq!(s.library.get(id).unwrap().name, "Renamed");
        assert_eq!(s.library.models.len(), 2);
    }

    #[test]
    fn other_tabs_work_becomes_drafts_and_their_library_is_taken() {
        let mut other = AppState::initial().workspace;
        other.scenarios[0].name = "from the closed tab".into();
        let mut st = startup(Some(edited()), None);
        st.orphans = vec![Autosave {
            workspace: other.clone(),
            selected: 0,
            model: None,
            saved_at_ms: 3.0,
        }];
        let s = AppState::start(st);
        assert_eq!(s.workspace, edited());
        assert_eq!(s.library.models[0].workspace, other);
        let s = reduce(s, Action::Save("Mine".into(), 4.0));
        let mut elsewhere = s.library.clone();
        elsewhere.delete(s.model.unwrap());
        let s = reduce(
            s,
            Action::LibraryChangedElsewhere(Box::new(elsewhere.clone())),
        );
        assert_eq!(s.library, elsewhere);
        assert_eq!(
            s.model, None,
            "a model deleted elsewhere is no longer current"
        );
    }

    #[test]
    fn notices_are_capped_and_dismissed() {
        let mut s = AppState::initial();
        for i in 0..6 {
            s = reduce(s, Action::Notify(Notice::info(format!("n{i}"))));
        }
        assert_eq!(s.notices.len(), MAX_NOTICES);
        assert_eq!(s.notices[0].text, "n2");
        let first = s.notices[0].id;
        assert!(s.notices.windows(2).all(|w| w[0].id < w[1].id), "ids grow");
        let s = reduce(s, Action::Dismiss(first));
        let last = s.notices.last().unwrap().id;
        let s = reduce(s, Action::Dismiss(last));
        let s = reduce(s, Action::Notify(Notice::info("again")));
        assert!(
            s.notices.last().unwrap().id > last,
            "an id is never given twice"
        );
        let s = reduce(s, Action::Notify(Notice::info("again")));
        assert_eq!(
            s.notices.iter().filter(|n| n.text == "again").count(),
            1,
            "no duplicates"
        );
        assert_eq!(s.notices[0].text, "n3");
    }
}
