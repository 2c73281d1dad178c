//! The app's state and every action on it, as a pure `Reducible`: the workspace being edited,
//! which scenario is selected, the run in flight and the last good results. No DOM here, so the
//! whole behaviour is tested natively.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::Run;
use crate::model::{Scenario, Workspace};
use crate::presets;
use crate::report::WorkspaceReport;

/// The most trials the app runs on the page's main thread per scenario.
pub const MAX_TRIALS_IN_PAGE: u32 = 20_000;

/// Results of one finished run, with the workspace they were computed from.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    /// The run's generation: which version of the workspace it answers.
    pub generation: u64,
    /// The workspace as it was when the run started.
    pub workspace: Workspace,
    /// Summaries, targets and comparisons.
    pub report: WorkspaceReport,
    /// Every trial's outputs, for histograms and paired differences.
    pub runs: Vec<Run>,
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
    Failed(String),
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
}

/// Everything a user or the runner can do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Open a preset as a one-scenario workspace.
    OpenPreset(String),
    /// Open two presets as a comparison, the first as the baseline.
    OpenComparison(String, String),
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
    /// The run of this generation finished.
    Finished(Rc<Results>),
    /// The run of this generation failed.
    Failed(u64, String),
    /// The user cancelled the run in flight.
    Cancel,
}

impl AppState {
    /// The state on opening the page: the founder-led preset, about to run.
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
        }
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

    fn changed(mut self, workspace: Workspace, selected: usize) -> AppState {
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

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let state = (*self).clone();
        let mut ws = state.workspace.clone();
        let n = ws.scenarios.len();
        let next = match action {
            Action::OpenPreset(name) => match presets::find(&name) {
                Some(p) => {
                    let mut w = Workspace::single(p.scenario());
                    w.run = ws.run;
                    state.changed(w, 0)
                }
                None => state,
            },
            Action::OpenComparison(a, b) => match presets::comparison(&a, &b) {
                Some(mut w) => {
                    w.run = ws.run;
                    state.changed(w, 1)
                }
                None => state,
            },
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
            runs: vec![],
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
        let s = reduce(AppState::initial(), Action::OpenPreset("t-model".into()));
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
            Action::OpenComparison("founder-led".into(), "vp-first".into()),
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
}
