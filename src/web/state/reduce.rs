//! How each action changes the state: the one `Reducible` of the page, pure, so every rule
//! (stale runner messages change nothing, the baseline follows its scenario, a save over or as
//! new) is tested natively.

use std::rc::Rc;

use yew::Reducible;

use super::history::Burst;
use super::{unique_name, Action, AppState, Notice, Origin, RunState, MAX_TRIALS_IN_PAGE};
use crate::i18n::{Args, Message};
use crate::model::{Scenario, Workspace};
use crate::presets;

impl Reducible for AppState {
    type Action = Action;

    /// Applies `action`, and records the work before it as a step to undo when it changed the
    /// model (see `state::history`).
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let burst = match &action {
            Action::Undo | Action::Redo => return self.step_through_history(&action),
            Action::Edit {
                index,
                scenario,
                now_ms,
            } => self
                .workspace
                .scenarios
                .get(*index)
                .map(|before| Burst::of_edit(*index, before, scenario, *now_ms)),
            _ => None,
        };
        let next = self.clone().apply(action);
        if Rc::ptr_eq(&next, &self) || same_model(&next.workspace, &self.workspace) {
            return next;
        }
        let mut next = Rc::unwrap_or_clone(next);
        next.history = self.history.record(self.snapshot(), burst);
        Rc::new(next)
    }
}

/// Whether two workspaces are the same model: the same scenarios, baseline and run; the
/// analysis's settings are not part of it.
fn same_model(a: &Workspace, b: &Workspace) -> bool {
    a.scenarios == b.scenarios && a.baseline == b.baseline && a.run == b.run
}

impl AppState {
    /// An undo or a redo: the step's work brought back, the current work kept the other way.
    fn step_through_history(self: Rc<Self>, action: &Action) -> Rc<Self> {
        let mut state = (*self).clone();
        let current = state.snapshot();
        let step = match action {
            Action::Undo => state.history.undo(current),
            _ => state.history.redo(current),
        };
        match step {
            Some(step) => Rc::new(state.restore(&step)),
            None => self,
        }
    }

    /// What `action` does to the state, without the history.
    fn apply(self: Rc<Self>, action: Action) -> Rc<Self> {
        if let Action::Calibrate(action) = action {
            return Rc::new((*self).clone().reduce_calibration(action));
        }
        if action.is_about_analysis() {
            return match (*self).clone().reduce_analysis(&action) {
                Some(next) => Rc::new(next),
                None => self,
            };
        }
        let state = (*self).clone();
        let mut ws = state.workspace.clone();
        let n = ws.scenarios.len();
        let next = match action {
            Action::OpenPreset { name, now_ms } => match presets::find(&name) {
                Some(p) => {
                    let mut w = Workspace::single(p.scenario());
                    w.run = ws.run;
                    state.replace_with_preset(w, 0, now_ms)
                }
                None => state,
            },
            Action::OpenComparison {
                baseline,
                other,
                now_ms,
            } => match presets::comparison(&baseline, &other) {
                Some(mut w) => {
                    w.run = ws.run;
                    state.replace_with_preset(w, 1, now_ms)
                }
                None => state,
            },
            // The same workspace again: nothing to run or set aside; only which model it is.
            Action::Open {
                workspace, origin, ..
            } if *workspace == ws => match origin {
                Origin::Library(id) if state.model != Some(id) => AppState {
                    model: Some(id),
                    ..state
                },
                _ => return self,
            },
            Action::Open {
                workspace,
                origin,
                now_ms,
            } => state.open(*workspace, origin, now_ms),
            Action::Save { name, now_ms } => {
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
                state.notify(Notice::info(Message::with(
                    "notice-saved",
                    Args::new().text("name", name),
                )))
            }
            Action::RenameModel { id, name } => {
                let mut state = state;
                if !state.library.rename(id, &name) {
                    return self;
                }
                state
            }
            Action::DuplicateModel { id, now_ms } => {
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
            Action::Edit {
                index, scenario, ..
            } if index < n => {
                if ws.scenarios[index] == *scenario {
                    return self;
                }
                ws.scenarios[index] = *scenario;
                state.changed(ws, index)
            }
            Action::SetTarget { index, target } if index < n => {
                match crate::editor::set_field(
                    &ws.scenarios[index],
                    "targets.bookings_per_quarter",
                    crate::editor::FieldValue::Target(target),
                ) {
                    Ok(scenario) if scenario != ws.scenarios[index] => {
                        ws.scenarios[index] = scenario;
                        state.changed(ws, index)
                    }
                    Ok(_) => return self,
                    Err(errors) => match errors.into_iter().next() {
                        Some(e) => state.notify(Notice::problem(e.reason)),
                        None => return self,
                    },
                }
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
            Action::Rename { index: i, name } if i < n => {
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
                // The analysis follows its scenario, and goes with it.
                ws.analysis = ws.analysis.take().and_then(|mut a| match a.scenario {
                    s if s == i => None,
                    s => {
                        a.scenario = if s > i { s - 1 } else { s };
                        Some(a)
                    }
                });
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
            Action::Move { index: i, offset } if i < n => {
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
                if let Some(a) = ws.analysis.as_mut() {
                    a.scenario = track(a.scenario);
                }
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
            Action::Progress {
                generation,
                done,
                total,
            } if generation == state.generation => AppState {
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
            Action::Failed { generation, reason } if generation == state.generation => AppState {
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
