//! Writing a scenario as JSON: a [`Visitor`] that turns every field into its file form. Whole
//! numbers are written without a fraction, so files and links stay short and readable.

use serde_json::{Map, Value};

use super::dist::Dist;
use super::field::Field;
use super::plan::{Pace, PlanEntry, Target};
use super::visit::Visitor;

/// A JSON number for `x`: an integer when `x` is whole, so `12.0` is written `12`.
pub fn number(x: f64) -> Value {
    if x == x.trunc() && x.abs() <= 9_007_199_254_740_992.0 {
        Value::from(x as i64)
    } else {
        serde_json::Number::from_f64(x)
            .map(Value::Number)
            .unwrap_or(Value::Null)
    }
}

/// The file form of an uncertain value.
pub fn dist_value(dist: &Dist) -> Value {
    match dist {
        Dist::Fixed(x) => number(*x),
        other => {
            let mut map = Map::new();
            map.insert(
                other.form().to_string(),
                Value::Array(other.params().into_iter().map(number).collect()),
            );
            Value::Object(map)
        }
    }
}

/// Collects fields into nested JSON objects.
pub(crate) struct Writer {
    stack: Vec<(&'static str, Map<String, Value>)>,
}

impl Writer {
    pub(crate) fn new(top: Map<String, Value>) -> Writer {
        Writer {
            stack: vec![("", top)],
        }
    }

    pub(crate) fn finish(mut self) -> Map<String, Value> {
        self.stack.pop().expect("writer frame").1
    }

    fn put(&mut self, key: &str, value: Value) {
        self.stack
            .last_mut()
            .expect("writer frame")
            .1
            .insert(key.to_string(), value);
    }
}

impl Visitor for Writer {
    fn enter(&mut self, key: &'static str) {
        self.stack.push((key, Map::new()));
    }
    fn leave(&mut self) {
        let (key, map) = self.stack.pop().expect("writer frame");
        self.put(key, Value::Object(map));
    }
    fn number(&mut self, field: &Field, value: &mut f64) {
        self.put(field.key, number(*value));
    }
    fn integer(&mut self, field: &Field, value: &mut u32) {
        self.put(field.key, Value::from(*value));
    }
    fn optional_month(&mut self, field: &Field, value: &mut Option<u32>) {
        self.put(field.key, value.map(Value::from).unwrap_or(Value::Null));
    }
    fn switch(&mut self, field: &Field, value: &mut bool) {
        self.put(field.key, Value::Bool(*value));
    }
    fn dist(&mut self, field: &Field, value: &mut Dist) {
        self.put(field.key, dist_value(value));
    }
    fn text(&mut self, field: &Field, value: &mut String) {
        self.put(field.key, Value::String(value.clone()));
    }
    fn plan(&mut self, field: &Field, value: &mut Vec<PlanEntry>) {
        let list = value
            .iter()
            .map(|e| {
                let mut m = Map::new();
                m.insert("month".into(), Value::from(e.month));
                m.insert("count".into(), Value::from(e.count));
                Value::Object(m)
            })
            .collect();
        self.put(field.key, Value::Array(list));
    }
    fn pace(&mut self, field: &Field, value: &mut Option<Pace>) {
        let v = match value {
            None => Value::Null,
            Some(p) => {
                let mut m = Map::new();
                m.insert("per_quarter".into(), number(p.per_quarter));
                m.insert("from_month".into(), Value::from(p.from_month));
                m.insert(
                    "to_month".into(),
                    p.to_month.map(Value::from).unwrap_or(Value::Null),
                );
                Value::Object(m)
            }
        };
        self.put(field.key, v);
    }
    fn target(&mut self, field: &Field, value: &mut Target) {
        let v = match value {
            Target::None => Value::Null,
            Target::Every(x) => number(*x),
            Target::PerQuarter(list) => Value::Array(list.iter().map(|x| number(*x)).collect()),
        };
        self.put(field.key, v);
    }
}

/// Removes from `value` every entry equal to the same entry of `defaults`, and then every
/// section left empty, so a file names only what differs from the defaults.
pub(crate) fn prune_defaults(value: &mut Map<String, Value>, defaults: &Map<String, Value>) {
    let keys: Vec<String> = value.keys().cloned().collect();
    for key in keys {
        let Some(default) = defaults.get(&key) else {
            continue;
        };
        let remove = match (value.get_mut(&key), default) {
            (Some(Value::Object(inner)), Value::Object(default_inner)) => {
                prune_defaults(inner, default_inner);
                inner.is_empty()
            }
            (Some(v), d) => v == d,
            (None, _) => false,
        };
        if remove {
            value.remove(&key);
        }
    }
}
