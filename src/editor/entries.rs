//! A scenario's fields as the editor lists them, and setting one of them.
//!
//! [`fields`] walks the scenario (the model's [`Visitor`]) and gives each field its path, value,
//! default and the catalogue's group, label and control. [`set_field`] writes the scenario out
//! with one value replaced and reads it back, so every rule of the model applies, and moves each
//! problem to the field the editor shows it at.

use serde_json::{Map, Value};

use super::catalogue::{control_of, group_of, label_of, Control, Group};
use crate::i18n::{Args, Message};
use crate::model::visit::Visitor;
use crate::model::write::Writer;
use crate::model::{Dist, Field, FieldError, Pace, PlanEntry, Scenario, Target, SCHEMA};

/// A field's value, whatever its kind (one variant per [`Visitor`] method).
#[derive(Debug, Clone, PartialEq)]
pub enum FieldValue {
    /// A plain real number.
    Number(f64),
    /// A whole number: a count or a month.
    Integer(u32),
    /// A month that may be unset (`null` in the file).
    OptionalMonth(Option<u32>),
    /// A switch.
    Switch(bool),
    /// An uncertain value.
    Dist(Dist),
    /// A text.
    Text(String),
    /// A hiring plan.
    Plan(Vec<PlanEntry>),
    /// A hiring pace, or none.
    Pace(Option<Pace>),
    /// A bookings target.
    Target(Target),
}

impl FieldValue {
    /// What kind of value this is, in words, for messages.
    pub fn kind(&self) -> &'static str {
        match self {
            FieldValue::Number(_) => "a number",
            FieldValue::Integer(_) => "a whole number",
            FieldValue::OptionalMonth(_) => "a month or none",
            FieldValue::Switch(_) => "a switch",
            FieldValue::Dist(_) => "an uncertain value",
            FieldValue::Text(_) => "a text",
            FieldValue::Plan(_) => "a hiring plan",
            FieldValue::Pace(_) => "a hiring pace",
            FieldValue::Target(_) => "a bookings target",
        }
    }

    /// What kind of value this is, as the key `error-expects` selects on: the name of its
    /// [`Visitor`] method (`number`, `integer`, `optional_month`, `switch`, `dist`, …).
    pub fn kind_key(&self) -> &'static str {
        match self {
            FieldValue::Number(_) => "number",
            FieldValue::Integer(_) => "integer",
            FieldValue::OptionalMonth(_) => "optional_month",
            FieldValue::Switch(_) => "switch",
            FieldValue::Dist(_) => "dist",
            FieldValue::Text(_) => "text",
            FieldValue::Plan(_) => "plan",
            FieldValue::Pace(_) => "pace",
            FieldValue::Target(_) => "target",
        }
    }

    /// The first non-finite number inside the value, if any.
    fn non_finite(&self) -> Option<f64> {
        let bad = |x: f64| (!x.is_finite()).then_some(x);
        match self {
            FieldValue::Number(x) => bad(*x),
            FieldValue::Dist(d) => d.params().into_iter().find_map(bad),
            FieldValue::Pace(Some(p)) => bad(p.per_quarter),
            FieldValue::Target(Target::Every(x)) => bad(*x),
            FieldValue::Target(Target::PerQuarter(list)) => list.iter().copied().find_map(bad),
            _ => None,
        }
    }
}

/// One field of a scenario as the editor shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldEntry {
    /// The field's path in the file, e.g. `ae.outbound_share`.
    pub path: String,
    /// The section the field lives in, e.g. `ae`; `""` for the top level.
    pub section: &'static str,
    /// Key, unit, range and level (its help is a message: `<label id>-help`).
    pub field: Field,
    /// The editor group the field is shown in.
    pub group: Group,
    /// The field's value in the scenario.
    pub value: FieldValue,
    /// The field's value in `Scenario::default()`.
    pub default: FieldValue,
    /// A human label in sales words, naming the role, e.g. "Outbound share of AE hours".
    pub label: String,
    /// How the editor offers the field: the input of its kind, a text area or a slider.
    pub control: Control,
}

impl FieldEntry {
    /// Whether the value is the default.
    pub fn is_default(&self) -> bool {
        self.value == self.default
    }
}

fn join_path(stack: &[&'static str], key: &str) -> String {
    if stack.is_empty() {
        key.to_string()
    } else {
        format!("{}.{key}", stack.join("."))
    }
}

/// Records every field with its path and value.
#[derive(Default)]
struct Collector {
    stack: Vec<&'static str>,
    out: Vec<(String, &'static str, Field, FieldValue)>,
}

impl Collector {
    fn push(&mut self, field: &Field, value: FieldValue) {
        let path = join_path(&self.stack, field.key);
        let section = self.stack.last().copied().unwrap_or("");
        self.out.push((path, section, *field, value));
    }
}

impl Visitor for Collector {
    fn enter(&mut self, key: &'static str) {
        self.stack.push(key);
    }
    fn leave(&mut self) {
        self.stack.pop();
    }
    fn number(&mut self, field: &Field, value: &mut f64) {
        self.push(field, FieldValue::Number(*value));
    }
    fn integer(&mut self, field: &Field, value: &mut u32) {
        self.push(field, FieldValue::Integer(*value));
    }
    fn optional_month(&mut self, field: &Field, value: &mut Option<u32>) {
        self.push(field, FieldValue::OptionalMonth(*value));
    }
    fn switch(&mut self, field: &Field, value: &mut bool) {
        self.push(field, FieldValue::Switch(*value));
    }
    fn dist(&mut self, field: &Field, value: &mut Dist) {
        self.push(field, FieldValue::Dist(*value));
    }
    fn text(&mut self, field: &Field, value: &mut String) {
        self.push(field, FieldValue::Text(value.clone()));
    }
    fn plan(&mut self, field: &Field, value: &mut Vec<PlanEntry>) {
        self.push(field, FieldValue::Plan(value.clone()));
    }
    fn pace(&mut self, field: &Field, value: &mut Option<Pace>) {
        self.push(field, FieldValue::Pace(*value));
    }
    fn target(&mut self, field: &Field, value: &mut Target) {
        self.push(field, FieldValue::Target(value.clone()));
    }
}

fn collect(scenario: &Scenario) -> Vec<(String, &'static str, Field, FieldValue)> {
    let mut collector = Collector::default();
    scenario.clone().visit(&mut collector);
    collector.out
}

/// Every field of the scenario in file order, each with its default (from
/// `Scenario::default()`), its group and its label.
pub fn fields(scenario: &Scenario) -> Vec<FieldEntry> {
    let defaults = collect(&Scenario::default());
    collect(scenario)
        .into_iter()
        .enumerate()
        .map(|(i, (path, section, field, value))| {
            // Both walks visit the same fields in the same order; look up by path to be safe.
            let default = match defaults.get(i) {
                Some((p, _, _, d)) if *p == path => d.clone(),
                _ => defaults
                    .iter()
                    .find(|(p, ..)| *p == path)
                    .map(|(.., d)| d.clone())
                    .unwrap_or_else(|| value.clone()),
            };
            FieldEntry {
                group: group_of(&path, section),
                label: label_of(&path, section, field.key),
                control: control_of(&path),
                path,
                section,
                field,
                value,
                default,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Setting a field
// ---------------------------------------------------------------------------------------------

/// The kinds of value a field of each visitor kind accepts. The reader then judges the value
/// (a number for a whole-number field must be whole, and so on).
fn accepts(expected: &str, value: &FieldValue) -> bool {
    matches!(
        (expected, value),
        ("number", FieldValue::Number(_) | FieldValue::Integer(_))
            | ("integer", FieldValue::Integer(_) | FieldValue::Number(_))
            | (
                "optional_month",
                FieldValue::OptionalMonth(_) | FieldValue::Integer(_) | FieldValue::Number(_)
            )
            | ("switch", FieldValue::Switch(_))
            | (
                "dist",
                FieldValue::Dist(_) | FieldValue::Number(_) | FieldValue::Integer(_)
            )
            | ("text", FieldValue::Text(_))
            | ("plan", FieldValue::Plan(_))
            | ("pace", FieldValue::Pace(_))
            | (
                "target",
                FieldValue::Target(_) | FieldValue::Number(_) | FieldValue::Integer(_)
            )
    )
}

/// Writes the scenario's file form, with the value at one path replaced.
struct Setter<'a> {
    writer: Writer,
    stack: Vec<&'static str>,
    target: &'a str,
    value: Option<FieldValue>,
    found: bool,
    mismatch: Option<Message>,
}

impl Setter<'_> {
    /// The new value for this field, if this is the field being set and the kind fits.
    fn take(&mut self, field: &Field, expected: &'static str) -> Option<FieldValue> {
        if self.found || join_path(&self.stack, field.key) != self.target {
            return None;
        }
        self.found = true;
        let value = self.value.take()?;
        if accepts(expected, &value) {
            Some(value)
        } else {
            self.mismatch = Some(Message::with(
                "error-expects",
                Args::new()
                    .text("expected", expected)
                    .text("kind", value.kind_key()),
            ));
            None
        }
    }

    /// Writes `value` under the field's key in the form its own kind writes.
    fn put(&mut self, field: &Field, value: FieldValue) {
        let w = &mut self.writer;
        match value {
            FieldValue::Number(mut x) => w.number(field, &mut x),
            FieldValue::Integer(n) => w.number(field, &mut (n as f64)),
            FieldValue::OptionalMonth(mut m) => w.optional_month(field, &mut m),
            FieldValue::Switch(mut b) => w.switch(field, &mut b),
            FieldValue::Dist(mut d) => w.dist(field, &mut d),
            FieldValue::Text(mut s) => w.text(field, &mut s),
            FieldValue::Plan(mut p) => w.plan(field, &mut p),
            FieldValue::Pace(mut p) => w.pace(field, &mut p),
            FieldValue::Target(mut t) => w.target(field, &mut t),
        }
    }
}

macro_rules! setter_method {
    ($name:ident, $ty:ty) => {
        fn $name(&mut self, field: &Field, value: &mut $ty) {
            match self.take(field, stringify!($name)) {
                Some(new) => self.put(field, new),
                None => self.writer.$name(field, value),
            }
        }
    };
}

impl Visitor for Setter<'_> {
    fn enter(&mut self, key: &'static str) {
        self.stack.push(key);
        self.writer.enter(key);
    }
    fn leave(&mut self) {
        self.stack.pop();
        self.writer.leave();
    }
    setter_method!(number, f64);
    setter_method!(integer, u32);
    setter_method!(optional_month, Option<u32>);
    setter_method!(switch, bool);
    setter_method!(dist, Dist);
    setter_method!(text, String);
    setter_method!(plan, Vec<PlanEntry>);
    setter_method!(pace, Option<Pace>);
    setter_method!(target, Target);
}

/// Sets one field and re-validates the whole scenario.
///
/// The scenario is written out with the new value at `path` (by a [`Visitor`] that replaces
/// that one field) and read back with [`Scenario::from_value`], so every rule applies: ranges,
/// whole numbers, distribution parameters and the rules between fields. Returns the new
/// scenario, or every problem. Each problem's `path` is the path of a field listed by
/// [`fields`], so the editor can show it there: a problem inside a field (a distribution's
/// parameter, a plan entry, a quarter's target, a pace's month) is named at the start of the
/// reason instead, e.g. `min: 70 is outside 0 to 60`. A rule between fields is reported at the
/// field it names, e.g. outbound 0.8 with admin 0.15 gives the closing-share problem at
/// `ae.outbound_share` even when `ae.admin_share` was the one set.
///
/// A value of a neighbouring kind is accepted where the file would accept it: a number for a
/// whole-number field (if whole), a number for an uncertain value (fixed), a month for an
/// optional month, a number for a target (every quarter).
pub fn set_field(
    scenario: &Scenario,
    path: &str,
    value: FieldValue,
) -> Result<Scenario, Vec<FieldError>> {
    if let Some(x) = value.non_finite() {
        return Err(vec![FieldError::new(
            path,
            Message::with("error-not-finite", Args::new().text("value", x.to_string())),
        )]);
    }
    let mut top = Map::new();
    top.insert("schema".into(), Value::from(SCHEMA));
    let mut setter = Setter {
        writer: Writer::new(top),
        stack: Vec::new(),
        target: path,
        value: Some(value),
        found: false,
        mismatch: None,
    };
    scenario.clone().visit(&mut setter);
    if !setter.found {
        return Err(vec![FieldError::new(
            path,
            Message::new("error-not-a-field"),
        )]);
    }
    if let Some(reason) = setter.mismatch {
        return Err(vec![FieldError::new(path, reason)]);
    }
    let file = Value::Object(setter.writer.finish());
    Scenario::from_value(&file, "").map_err(|errors| {
        let paths: Vec<String> = collect(scenario).into_iter().map(|(p, ..)| p).collect();
        errors.0.into_iter().map(|e| at_field(e, &paths)).collect()
    })
}

/// Moves a problem inside a field to the field's own path, naming the part in the reason.
fn at_field(error: FieldError, paths: &[String]) -> FieldError {
    let owner = paths
        .iter()
        .filter(|p| {
            error.path.len() > p.len()
                && error.path.starts_with(p.as_str())
                && matches!(error.path.as_bytes().get(p.len()), Some(b'.') | Some(b'['))
        })
        .max_by_key(|p| p.len());
    let Some(owner) = owner else { return error };
    let rest = &error.path[owner.len()..];
    let part = describe_part(owner, rest);
    FieldError {
        path: owner.clone(),
        reason: error.reason,
        part: Some(part),
    }
}

/// The part of a field that a sub-path names: `.triangular(min)` → `min`, `[2]` of a target →
/// `quarter 3`, `[0].month` of a plan → `plan entry 1 month`. Keys (`min`, `month`) stay as
/// the file writes them, in every language.
fn describe_part(owner: &str, rest: &str) -> Message {
    if let Some(index) = rest.strip_prefix('[') {
        let (number, after) = index.split_once(']').unwrap_or((index, ""));
        let n = number
            .parse::<usize>()
            .map(|i| (i + 1).to_string())
            .unwrap_or_else(|_| number.to_string());
        let after = after.trim_start_matches('.');
        let args = Args::new().text("n", n);
        return if owner.ends_with("bookings_per_quarter") {
            if after.is_empty() {
                Message::with("error-part-quarter", args)
            } else {
                Message::with("error-part-quarter-key", args.text("key", after))
            }
        } else if after.is_empty() {
            Message::with("error-part-plan-entry", args)
        } else {
            Message::with("error-part-plan-entry-key", args.text("key", after))
        };
    }
    let rest = rest.trim_start_matches('.');
    let key = match (rest.find('('), rest.strip_suffix(')')) {
        (Some(open), Some(inner)) if open < inner.len() => inner[open + 1..].to_string(),
        _ => rest.to_string(),
    };
    Message::with("error-part-key", Args::new().text("key", key))
}

#[cfg(test)]
mod tests {
    use super::super::catalogue::CATALOGUE;
    use super::*;

    #[test]
    fn edit_table_names_every_field_once_in_file_order() {
        let paths: Vec<String> = collect(&Scenario::default())
            .into_iter()
            .map(|(p, ..)| p)
            .collect();
        let table: Vec<&str> = CATALOGUE.iter().map(|l| l.path).collect();
        assert_eq!(
            paths, table,
            "the table lists exactly the scenario's fields, in file order"
        );
    }

    #[test]
    fn a_slider_spans_its_fields_range_and_marks_its_default() {
        // The catalogue writes a slider's top and mark as constants (cheaper in the wasm than
        // deriving them per field); this keeps them the field's own range and default.
        let mut sliders = 0;
        for entry in fields(&Scenario::default()) {
            if let Control::Slider(slider) = entry.control {
                sliders += 1;
                assert_eq!(slider.max, entry.field.range.hi, "{}", entry.path);
                assert_eq!(
                    FieldValue::Number(slider.mark),
                    entry.default,
                    "{}",
                    entry.path
                );
            }
        }
        assert!(sliders > 0, "the outbound share is a slider");
    }

    #[test]
    fn edit_error_parts_are_named() {
        let describe_part = |owner: &str, rest: &str| {
            crate::i18n::with_english(|en| en.text(&describe_part(owner, rest)))
        };
        assert_eq!(describe_part("ae.ramp_months", ".triangular(min)"), "min");
        assert_eq!(
            describe_part("targets.bookings_per_quarter", "[2]"),
            "quarter 3"
        );
        assert_eq!(describe_part("ae.plan", "[0].month"), "plan entry 1 month");
        assert_eq!(describe_part("ae.pace", ".to_month"), "to_month");
    }
}
