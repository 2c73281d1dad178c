//! Undo and redo: the workspaces before (and, after an undo, after) the one being edited, for
//! this tab. Every change to the model is a step: an edit, a scenario added, moved, renamed or
//! deleted, the baseline or trials set, a preset, link, file or saved model opened. What is not
//! the model is not a step: the analysis's settings (running a tornado is not an edit; an undo
//! keeps them), the library, the run.
//!
//! A burst of edits of the same fields of one scenario, each within [`BURST_MS`] of the last (a
//! slider dragged, a number typed), is one step, so that one undo takes the slider back to where
//! it was picked up. At most [`MAX_STEPS`] are kept each way; the oldest go first.
//!
//! The history lives in `sessionStorage` (one per tab, kept across a reload, gone with the tab)
//! as the JSON text [`History::to_json`] writes; `hooks::history` stores it and `Startup` hands
//! it back.

use std::rc::Rc;

use serde_json::{Map, Value};

use crate::editor::fields;
use crate::model::{Scenario, Workspace};

/// The most steps kept to undo (and to redo).
pub const MAX_STEPS: usize = 50;

/// Edits of the same fields closer together than this (in milliseconds) are one step.
pub const BURST_MS: f64 = 1000.0;

/// The format of the stored text; a different one is ignored, not misread.
const STORE_FORMAT: u64 = 1;

/// The work at one step: what an undo or redo brings back.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    /// The workspace.
    pub workspace: Workspace,
    /// The scenario in the editor.
    pub selected: usize,
    /// The library model the workspace belonged to.
    pub model: Option<u64>,
}

/// An edit of some fields of one scenario, at a time: the next edit of the same fields soon
/// after joins its step.
#[derive(Debug, Clone, PartialEq)]
pub struct Burst {
    /// The scenario edited.
    pub scenario: usize,
    /// The paths of the fields that changed, e.g. `ae.outbound_share`.
    pub fields: Vec<String>,
    /// When, in milliseconds.
    pub at_ms: f64,
}

impl Burst {
    /// The burst of an edit of scenario `index` from `before` to `after` at `at_ms`.
    pub fn of_edit(index: usize, before: &Scenario, after: &Scenario, at_ms: f64) -> Burst {
        let after = fields(after);
        let changed = fields(before)
            .into_iter()
            .zip(after)
            .filter(|(b, a)| b.path != a.path || b.value != a.value)
            .map(|(_, a)| a.path)
            .collect();
        Burst {
            scenario: index,
            fields: changed,
            at_ms,
        }
    }

    fn continues(&self, earlier: &Burst) -> bool {
        self.scenario == earlier.scenario
            && self.fields == earlier.fields
            && !self.fields.is_empty()
            && (0.0..=BURST_MS).contains(&(self.at_ms - earlier.at_ms))
    }
}

/// The steps to undo and to redo.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct History {
    /// Earlier work, oldest first: an undo brings back the last.
    pub past: Vec<Rc<Snapshot>>,
    /// Undone work, the most recently undone last: a redo brings back the last.
    pub future: Vec<Rc<Snapshot>>,
    /// The last step's edit, while the next may join it.
    pub burst: Option<Burst>,
}

impl History {
    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// The history after a change from `before`: a new step (nothing left to redo), or, when
    /// `burst` continues the last step's edit, the same step.
    pub fn record(&self, before: Snapshot, burst: Option<Burst>) -> History {
        let joins = matches!((&burst, &self.burst), (Some(b), Some(last)) if b.continues(last));
        let mut past = self.past.clone();
        if !joins {
            keep(&mut past, before);
        }
        History {
            past,
            future: Vec::new(),
            burst,
        }
    }

    /// Takes the step to undo, leaving `current` to redo.
    pub fn undo(&mut self, current: Snapshot) -> Option<Rc<Snapshot>> {
        let back = self.past.pop()?;
        keep(&mut self.future, current);
        self.burst = None;
        Some(back)
    }

    /// Takes the step to redo, leaving `current` to undo.
    pub fn redo(&mut self, current: Snapshot) -> Option<Rc<Snapshot>> {
        let forward = self.future.pop()?;
        keep(&mut self.past, current);
        self.burst = None;
        Some(forward)
    }

    /// The history a page opens with, from what this tab stored before a reload
    /// ([`Stored`]) and the work it opened with: as stored when the work is what it was; else
    /// the stored work becomes a step to undo back to (a link opened over it, say).
    pub fn resumed(stored: Stored, opened: &Snapshot) -> History {
        if stored.present.workspace == opened.workspace {
            return stored.history;
        }
        History {
            past: stored.history.past,
            ..History::default()
        }
        .record(stored.present, None)
    }

    /// The text kept in `sessionStorage`: the steps both ways and the work they lead from.
    pub fn to_json(&self, present: &Snapshot) -> String {
        let list =
            |steps: &[Rc<Snapshot>]| Value::Array(steps.iter().map(|s| s.to_value()).collect());
        let mut map = Map::new();
        map.insert("format".into(), Value::from(STORE_FORMAT));
        map.insert("present".into(), present.to_value());
        map.insert("past".into(), list(&self.past));
        map.insert("future".into(), list(&self.future));
        serde_json::to_string(&Value::Object(map)).expect("a JSON value serialises")
    }

    /// Reads [`History::to_json`]'s text; none when it is of another format or unreadable (a
    /// history is a comfort: losing it loses no work, which autosave and the library keep).
    pub fn from_json_str(text: &str) -> Option<Stored> {
        let value: Value = serde_json::from_str(text).ok()?;
        let map = value.as_object()?;
        if map.get("format").and_then(Value::as_u64) != Some(STORE_FORMAT) {
            return None;
        }
        let list = |key: &str| -> Option<Vec<Rc<Snapshot>>> {
            map.get(key)?
                .as_array()?
                .iter()
                .rev()
                .take(MAX_STEPS)
                .rev()
                .map(|v| Snapshot::from_value(v).map(Rc::new))
                .collect()
        };
        Some(Stored {
            present: Snapshot::from_value(map.get("present")?)?,
            history: History {
                past: list("past")?,
                future: list("future")?,
                burst: None,
            },
        })
    }
}

/// Adds `step` to the end of `steps`, the oldest giving way past [`MAX_STEPS`].
fn keep(steps: &mut Vec<Rc<Snapshot>>, step: Snapshot) {
    steps.push(Rc::new(step));
    if steps.len() > MAX_STEPS {
        steps.remove(0);
    }
}

/// A history as a tab stored it: the steps, and the work they lead from.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    /// The work when it was stored.
    pub present: Snapshot,
    /// The steps both ways.
    pub history: History,
}

impl Snapshot {
    fn to_value(&self) -> Value {
        let mut map = Map::new();
        map.insert("workspace".into(), self.workspace.to_compact_value());
        map.insert("selected".into(), Value::from(self.selected));
        map.insert(
            "model".into(),
            self.model.map(Value::from).unwrap_or(Value::Null),
        );
        Value::Object(map)
    }

    fn from_value(value: &Value) -> Option<Snapshot> {
        let map = value.as_object()?;
        let workspace = Workspace::from_value(map.get("workspace")?).ok()?;
        let selected = map
            .get("selected")
            .and_then(Value::as_u64)
            .map_or(0, |s| (s as usize).min(workspace.scenarios.len() - 1));
        Some(Snapshot {
            workspace,
            selected,
            model: map.get("model").and_then(Value::as_u64),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets;

    fn snapshot(outbound: f64) -> Snapshot {
        let mut scenario = presets::find("founder-led").unwrap().scenario();
        scenario.ae.outbound_share = outbound;
        Snapshot {
            workspace: Workspace::single(scenario),
            selected: 0,
            model: None,
        }
    }

    fn edit(from: f64, to: f64, at_ms: f64) -> Burst {
        Burst::of_edit(
            0,
            &snapshot(from).workspace.scenarios[0],
            &snapshot(to).workspace.scenarios[0],
            at_ms,
        )
    }

    #[test]
    fn an_edit_names_the_fields_it_changed() {
        assert_eq!(edit(0.3, 0.4, 0.0).fields, vec!["ae.outbound_share"]);
        assert!(edit(0.3, 0.3, 0.0).fields.is_empty());
    }

    #[test]
    fn a_burst_of_one_field_is_one_step_and_a_pause_starts_another() {
        let h = History::default()
            .record(snapshot(0.30), Some(edit(0.30, 0.31, 0.0)))
            .record(snapshot(0.31), Some(edit(0.31, 0.32, 400.0)))
            .record(snapshot(0.32), Some(edit(0.32, 0.33, 1300.0)));
        assert_eq!(
            h.past.len(),
            1,
            "each edit within a second of the last joins it"
        );
        assert_eq!(h.past[0].workspace, snapshot(0.30).workspace);
        let h = h.record(snapshot(0.33), Some(edit(0.33, 0.5, 2400.0)));
        assert_eq!(h.past.len(), 2, "more than a second later: a new step");
        let h = h.record(snapshot(0.5), None);
        assert_eq!(h.past.len(), 3, "a change that is not an edit never joins");
    }

    #[test]
    fn undo_and_redo_walk_the_steps_and_a_new_change_drops_the_redo() {
        let mut h = History::default()
            .record(snapshot(0.1), None)
            .record(snapshot(0.2), None);
        let back = h.undo(snapshot(0.3)).unwrap();
        assert_eq!(back.workspace, snapshot(0.2).workspace);
        assert!(h.can_undo() && h.can_redo());
        let forward = h.redo(snapshot(0.2)).unwrap();
        assert_eq!(forward.workspace, snapshot(0.3).workspace);
        h.undo(snapshot(0.3)).unwrap();
        let h = h.record(snapshot(0.2), None);
        assert!(
            !h.can_redo(),
            "a new change after an undo leaves nothing to redo"
        );
        assert_eq!(h.past.len(), 2);
    }

    #[test]
    fn undo_after_a_burst_does_not_join_the_next_edit_to_it() {
        let mut h = History::default().record(snapshot(0.30), Some(edit(0.30, 0.31, 0.0)));
        h.undo(snapshot(0.31)).unwrap();
        let h = h.record(snapshot(0.30), Some(edit(0.30, 0.31, 100.0)));
        assert_eq!(h.past.len(), 1);
    }

    #[test]
    fn at_most_max_steps_are_kept() {
        let mut h = History::default();
        for i in 0..MAX_STEPS + 5 {
            h = h.record(snapshot(i as f64 / 100.0), None);
        }
        assert_eq!(h.past.len(), MAX_STEPS);
        assert_eq!(
            h.past[0].workspace,
            snapshot(0.05).workspace,
            "the oldest go first"
        );
    }

    #[test]
    fn the_stored_text_reads_back_and_resumes() {
        let mut h = History::default()
            .record(snapshot(0.1), None)
            .record(snapshot(0.2), None);
        h.undo(snapshot(0.3)).unwrap();
        let text = h.to_json(&snapshot(0.2));
        let stored = History::from_json_str(&text).unwrap();
        assert_eq!(stored.present, snapshot(0.2));
        assert_eq!(stored.history.past, h.past);
        assert_eq!(stored.history.future, h.future);

        let same = History::resumed(stored.clone(), &snapshot(0.2));
        assert_eq!((same.past.len(), same.future.len()), (1, 1));
        let other = History::resumed(stored, &snapshot(0.9));
        assert_eq!(
            other.past.len(),
            2,
            "the stored work is a step back from a link"
        );
        assert_eq!(other.past[1].workspace, snapshot(0.2).workspace);
        assert!(!other.can_redo());
    }

    #[test]
    fn unreadable_or_other_formats_are_ignored() {
        for text in [
            "",
            "{",
            "[]",
            r#"{"format":2,"present":{},"past":[],"future":[]}"#,
        ] {
            assert_eq!(History::from_json_str(text), None, "{text}");
        }
        let text = History::default().to_json(&snapshot(0.2));
        let broken = text.replace("\"scenarios\"", "\"nope\"");
        assert_eq!(History::from_json_str(&broken), None);
    }
}
