//! Reading a scenario from JSON: a [`Visitor`] that fills each field from the parsed value,
//! starting from the defaults, and records every problem (wrong type, out of range, unknown key)
//! with its path instead of stopping at the first.

use serde_json::{Map, Value};

use super::dist::{Dist, DIST_FORMS};
use super::error::{got, got_only, missing, out_of_range, reason, FieldError};
use super::field::{format_number, Field, Range};
use super::plan::{Pace, PlanEntry, Target};
use super::visit::Visitor;
use crate::i18n::{Args, Message};

struct Frame<'v> {
    map: Option<&'v Map<String, Value>>,
    path: String,
    seen: Vec<&'static str>,
}

/// Fills fields from a JSON object and collects the problems.
pub(crate) struct Reader<'v> {
    stack: Vec<Frame<'v>>,
    pub(crate) errors: Vec<FieldError>,
}

/// Joins a parent path and a key.
pub(crate) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(cur).min(row[j])
            };
            prev = cur;
        }
    }
    row[b.len()]
}

/// The message for a key that is not a field, with the closest field name when one is near.
pub(crate) fn unknown_key(key: &str, known: &[&str]) -> Message {
    let best = known
        .iter()
        .map(|k| (edit_distance(key, k), key.len().abs_diff(k.len()), *k))
        .filter(|(d, _, k)| *d <= 2.max(k.len() / 4))
        // On a tie, the name closest in length: "nmae" means "name", not "ae".
        .min();
    match best {
        Some((_, _, k)) => reason("error-unknown-key-near", Args::new().text("key", k)),
        None => Message::new("error-unknown-key"),
    }
}

impl<'v> Reader<'v> {
    /// A reader of the object `map` whose fields live under `path` (`""` at the top).
    pub(crate) fn new(
        map: &'v Map<String, Value>,
        path: &str,
        already_seen: &[&'static str],
    ) -> Reader<'v> {
        Reader {
            stack: vec![Frame {
                map: Some(map),
                path: path.to_string(),
                seen: already_seen.to_vec(),
            }],
            errors: Vec::new(),
        }
    }

    /// Finishes the top object: reports its unknown keys.
    pub(crate) fn finish(mut self) -> Vec<FieldError> {
        while !self.stack.is_empty() {
            self.leave();
        }
        self.errors
    }

    fn take(&mut self, key: &'static str) -> (Option<&'v Value>, String) {
        let frame = self.stack.last_mut().expect("reader frame");
        frame.seen.push(key);
        let path = join(&frame.path, key);
        (frame.map.and_then(|m| m.get(key)), path)
    }

    fn error(&mut self, path: String, reason: Message) {
        self.errors.push(FieldError::new(path, reason));
    }

    fn read_number(&mut self, path: &str, value: &Value, range: &Range) -> Option<f64> {
        match value.as_f64() {
            Some(x) if range.contains(x) => Some(x),
            Some(x) => {
                self.error(path.to_string(), out_of_range(x, range));
                None
            }
            None => {
                self.error(path.to_string(), got_only("error-expected-number", value));
                None
            }
        }
    }

    fn read_integer(&mut self, path: &str, value: &Value, range: &Range) -> Option<u32> {
        let x = match value.as_f64() {
            Some(x) => x,
            None => {
                self.error(
                    path.to_string(),
                    got_only("error-expected-whole-number", value),
                );
                return None;
            }
        };
        if x != x.trunc() {
            self.error(
                path.to_string(),
                reason(
                    "error-not-whole",
                    Args::new().text("value", format_number(x)),
                ),
            );
            None
        } else if !range.contains(x) {
            self.error(path.to_string(), out_of_range(x, range));
            None
        } else {
            Some(x as u32)
        }
    }

    fn read_object(
        &mut self,
        path: &str,
        value: &'v Value,
        keys: &[&'static str],
    ) -> Option<&'v Map<String, Value>> {
        match value {
            Value::Object(map) => {
                for key in map.keys() {
                    if !keys.contains(&key.as_str()) {
                        self.error(join(path, key), unknown_key(key, keys));
                    }
                }
                Some(map)
            }
            other => {
                self.error(path.to_string(), got_only("error-expected-object", other));
                None
            }
        }
    }
}

impl<'v> Visitor for Reader<'v> {
    fn enter(&mut self, key: &'static str) {
        let (value, path) = self.take(key);
        let map = match value {
            None | Some(Value::Null) => None,
            Some(Value::Object(map)) => Some(map),
            Some(other) => {
                self.error(path.clone(), got_only("error-expected-object", other));
                None
            }
        };
        self.stack.push(Frame {
            map,
            path,
            seen: Vec::new(),
        });
    }

    fn leave(&mut self) {
        let frame = self.stack.pop().expect("reader frame");
        if let Some(map) = frame.map {
            for key in map.keys() {
                if !frame.seen.contains(&key.as_str()) {
                    let reason = unknown_key(key, &frame.seen);
                    self.error(join(&frame.path, key), reason);
                }
            }
        }
    }

    fn number(&mut self, field: &Field, out: &mut f64) {
        if let (Some(value), path) = self.take(field.key) {
            if let Some(x) = self.read_number(&path, value, &field.range) {
                *out = x;
            }
        }
    }

    fn integer(&mut self, field: &Field, out: &mut u32) {
        if let (Some(value), path) = self.take(field.key) {
            if let Some(x) = self.read_integer(&path, value, &field.range) {
                *out = x;
            }
        }
    }

    fn optional_month(&mut self, field: &Field, out: &mut Option<u32>) {
        match self.take(field.key) {
            (None, _) => {}
            (Some(Value::Null), _) => *out = None,
            (Some(value), path) => {
                if let Some(x) = self.read_integer(&path, value, &field.range) {
                    *out = Some(x);
                }
            }
        }
    }

    fn switch(&mut self, field: &Field, out: &mut bool) {
        if let (Some(value), path) = self.take(field.key) {
            match value {
                Value::Bool(b) => *out = *b,
                other => self.error(path, got_only("error-expected-switch", other)),
            }
        }
    }

    fn dist(&mut self, field: &Field, out: &mut Dist) {
        let (value, path) = self.take(field.key);
        let Some(value) = value else { return };
        let dist = match value {
            Value::Number(_) => match self.read_number(&path, value, &field.range) {
                Some(x) => Dist::Fixed(x),
                None => return,
            },
            Value::Object(map) if map.len() > 1 => {
                let forms: Vec<&String> = map
                    .keys()
                    .filter(|k| Dist::arity(k).is_some() && k.as_str() != "fixed")
                    .collect();
                for key in map.keys() {
                    if !forms.contains(&key) {
                        self.error(join(&path, key), unknown_key(key, &DIST_FORMS[1..]));
                    }
                }
                if forms.len() != 1 {
                    self.error(
                        path,
                        reason(
                            "error-dist-one-form",
                            Args::new()
                                .text("forms", DIST_FORMS[1..].join(", "))
                                .text("count", forms.len().to_string()),
                        ),
                    );
                }
                return;
            }
            Value::Object(map) if map.len() == 1 => {
                let (form, params) = map.iter().next().expect("one entry");
                let Some(arity) = Dist::arity(form).filter(|_| form != "fixed") else {
                    self.error(
                        join(&path, form),
                        reason(
                            "error-unknown-dist",
                            Args::new().text("forms", DIST_FORMS[1..].join(", ")),
                        ),
                    );
                    return;
                };
                let numbers: Option<Vec<f64>> = params
                    .as_array()
                    .filter(|a| a.len() == arity)
                    .and_then(|a| a.iter().map(Value::as_f64).collect());
                let Some(numbers) = numbers else {
                    let names = Dist::param_names(form).join(", ");
                    self.error(
                        join(&path, form),
                        reason(
                            "error-dist-params",
                            got(
                                Args::new()
                                    .text("arity", arity.to_string())
                                    .text("names", names),
                                params,
                            ),
                        ),
                    );
                    return;
                };
                Dist::from_form(form, &numbers).expect("arity checked")
            }
            other => {
                self.error(path, got_only("error-expected-dist", other));
                return;
            }
        };
        let problems = dist.problems(&field.range);
        if problems.is_empty() {
            *out = dist;
        } else {
            for (param, reason) in problems {
                let at = if let Dist::Fixed(_) = dist {
                    path.clone()
                } else {
                    format!("{path}.{}({param})", dist.form())
                };
                self.error(at, reason);
            }
        }
    }

    fn text(&mut self, field: &Field, out: &mut String) {
        if let (Some(value), path) = self.take(field.key) {
            match value {
                Value::String(s) if s.chars().count() as f64 <= field.range.hi => *out = s.clone(),
                Value::String(s) => self.error(
                    path,
                    reason(
                        "error-text-too-long",
                        Args::new()
                            .text("length", s.chars().count().to_string())
                            .text("max", format_number(field.range.hi)),
                    ),
                ),
                other => self.error(path, got_only("error-expected-text", other)),
            }
        }
    }

    fn plan(&mut self, field: &Field, out: &mut Vec<PlanEntry>) {
        let (value, path) = self.take(field.key);
        let Some(value) = value else { return };
        let Some(list) = value.as_array() else {
            self.error(path, got_only("error-expected-plan", value));
            return;
        };
        let mut plan = Vec::with_capacity(list.len());
        let mut ok = true;
        for (i, entry) in list.iter().enumerate() {
            let at = format!("{path}[{i}]");
            let Some(map) = self.read_object(&at, entry, &["month", "count"]) else {
                ok = false;
                continue;
            };
            let month = match map.get("month") {
                Some(v) => self.read_integer(
                    &join(&at, "month"),
                    v,
                    &Range::closed(0.0, super::scenario::MAX_MONTH),
                ),
                None => {
                    self.error(join(&at, "month"), missing());
                    None
                }
            };
            let count = match map.get("count") {
                Some(v) => self.read_integer(&join(&at, "count"), v, &field.range),
                None => {
                    self.error(join(&at, "count"), missing());
                    None
                }
            };
            match (month, count) {
                (Some(month), Some(count)) => plan.push(PlanEntry { month, count }),
                _ => ok = false,
            }
        }
        if ok {
            *out = plan;
        }
    }

    fn pace(&mut self, field: &Field, out: &mut Option<Pace>) {
        let (value, path) = self.take(field.key);
        let value = match value {
            None => return,
            Some(Value::Null) => {
                *out = None;
                return;
            }
            Some(value) => value,
        };
        let Some(map) = self.read_object(&path, value, &["per_quarter", "from_month", "to_month"])
        else {
            return;
        };
        let months = Range::closed(0.0, super::scenario::MAX_MONTH);
        let per_quarter = match map.get("per_quarter") {
            Some(v) => self.read_number(&join(&path, "per_quarter"), v, &field.range),
            None => {
                self.error(join(&path, "per_quarter"), missing());
                None
            }
        };
        let from_month = match map.get("from_month") {
            Some(v) => self.read_integer(&join(&path, "from_month"), v, &months),
            None => Some(0),
        };
        let to_month = match map.get("to_month") {
            None | Some(Value::Null) => Some(None),
            Some(v) => self
                .read_integer(&join(&path, "to_month"), v, &months)
                .map(Some),
        };
        if let (Some(per_quarter), Some(from_month), Some(to_month)) =
            (per_quarter, from_month, to_month)
        {
            *out = Some(Pace {
                per_quarter,
                from_month,
                to_month,
            });
        }
    }

    fn target(&mut self, field: &Field, out: &mut Target) {
        let (value, path) = self.take(field.key);
        match value {
            None => {}
            Some(Value::Null) => *out = Target::None,
            Some(value @ Value::Number(_)) => {
                if let Some(x) = self.read_number(&path, value, &field.range) {
                    *out = Target::Every(x);
                }
            }
            Some(Value::Array(list)) => {
                let mut targets = Vec::with_capacity(list.len());
                for (i, v) in list.iter().enumerate() {
                    if let Some(x) = self.read_number(&format!("{path}[{i}]"), v, &field.range) {
                        targets.push(x);
                    }
                }
                if targets.len() == list.len() {
                    *out = Target::PerQuarter(targets);
                }
            }
            Some(other) => self.error(path, got_only("error-expected-target", other)),
        }
    }
}
