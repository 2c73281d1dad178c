//! The analysis a workspace carries (its `analysis` key): which question was asked of which
//! scenario, so that a saved model or a share link reopens the same tornado, sweep or goal seek.
//! This is the file shape only, read with every problem's path; what the names in it mean (an
//! output, a field) is judged by `analysis`, which knows the engine's outputs and the fields
//! that can move.

use serde_json::{Map, Value};

use super::error::FieldError;
use super::error::{got, got_only, missing, reason};
use super::read::unknown_key;
use crate::i18n::{Args, Message};

/// The most steps of a sweep.
pub const MAX_STEPS: u32 = 200;
/// The most levers of a goal seek.
pub const MAX_LEVERS: usize = 2;

/// An analysis of one scenario of the workspace.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysisSpec {
    /// The scenario analysed, by index.
    pub scenario: usize,
    /// Trials at every point; `None` takes the kind's default.
    pub trials: Option<u32>,
    /// What is asked.
    pub kind: AnalysisKind,
}

/// The three questions.
#[derive(Debug, Clone, PartialEq)]
pub enum AnalysisKind {
    /// Which input moves the output most (a tornado), and which uncertainty widens its band.
    Sensitivity {
        /// The output, e.g. `bookings.total` (see `analysis::Outcome`).
        output: String,
    },
    /// One input over a range.
    Sweep {
        /// The output.
        output: String,
        /// The input's path, e.g. `ae.outbound_share`.
        field: String,
        /// The first value.
        from: f64,
        /// The last value.
        to: f64,
        /// How many values, evenly spaced from `from` to `to`.
        steps: u32,
    },
    /// The cheapest setting of one or two levers that meets a goal.
    Seek {
        /// The goal.
        goal: GoalSpec,
        /// The levers and their ranges.
        levers: Vec<LeverSpec>,
    },
}

impl AnalysisKind {
    /// The kind's name in files and on the command line.
    pub fn name(&self) -> &'static str {
        match self {
            AnalysisKind::Sensitivity { .. } => "sensitivity",
            AnalysisKind::Sweep { .. } => "sweep",
            AnalysisKind::Seek { .. } => "seek",
        }
    }
}

/// A goal: an output at least (or at most) a threshold, with at least a given chance.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalSpec {
    /// The output, e.g. `bookings.total@from-q5`.
    pub output: String,
    /// At least the threshold (true) or at most it.
    pub at_least: bool,
    /// The threshold, in the output's unit.
    pub threshold: f64,
    /// The chance the goal must have, in (0, 1].
    pub chance: f64,
}

/// A lever and its range.
#[derive(Debug, Clone, PartialEq)]
pub struct LeverSpec {
    /// The field's path, e.g. `ae.pace`.
    pub field: String,
    /// The lowest value tried.
    pub from: f64,
    /// The highest value tried.
    pub to: f64,
    /// The distance between values tried; `None` takes the field's step.
    pub step: Option<f64>,
}

impl AnalysisSpec {
    /// Reads the `analysis` object of a workspace of `scenarios` scenarios; problems go to
    /// `errors` with paths under `analysis`.
    pub fn read(value: &Value, scenarios: usize, errors: &mut Vec<FieldError>) -> Option<Self> {
        let before = errors.len();
        let map = object(value, "analysis", errors)?;
        let kind_name = match map.get("kind") {
            Some(Value::String(s)) => s.as_str(),
            Some(other) => {
                errors.push(FieldError::new(
                    "analysis.kind",
                    got_only("error-expected-analysis-kind", other),
                ));
                return None;
            }
            None => {
                errors.push(FieldError::new(
                    "analysis.kind",
                    Message::new("error-analysis-kind-missing"),
                ));
                return None;
            }
        };
        let keys: &[&str] = match kind_name {
            "sensitivity" => &["kind", "scenario", "trials", "output"],
            "sweep" => &[
                "kind", "scenario", "trials", "output", "field", "from", "to", "steps",
            ],
            "seek" => &["kind", "scenario", "trials", "goal", "levers"],
            other => {
                errors.push(FieldError::new(
                    "analysis.kind",
                    reason(
                        "error-not-an-analysis",
                        Args::new().text("value", format!("{other:?}")),
                    ),
                ));
                return None;
            }
        };
        unknown_keys(map, "analysis", keys, errors);
        let scenario = match map.get("scenario") {
            None => 0,
            Some(v) => match v.as_u64() {
                Some(i) if (i as usize) < scenarios.max(1) => i as usize,
                _ => {
                    errors.push(FieldError::new(
                        "analysis.scenario",
                        reason(
                            "error-expected-index-to",
                            shown(
                                Args::new().text("last", scenarios.saturating_sub(1).to_string()),
                                v,
                            ),
                        ),
                    ));
                    0
                }
            },
        };
        let trials = map.get("trials").and_then(|v| match v.as_u64() {
            Some(t) if (1..=super::MAX_TRIALS as u64).contains(&t) => Some(t as u32),
            _ => {
                errors.push(FieldError::new(
                    "analysis.trials",
                    reason(
                        "error-expected-trials-to",
                        shown(Args::new().text("max", super::MAX_TRIALS.to_string()), v),
                    ),
                ));
                None
            }
        });
        let output = |errors: &mut Vec<FieldError>| {
            text(map.get("output"), "analysis.output", errors)
                .unwrap_or_else(|| "bookings.total".to_string())
        };
        let kind = match kind_name {
            "sensitivity" => AnalysisKind::Sensitivity {
                output: if map.contains_key("output") {
                    output(errors)
                } else {
                    "bookings.total".into()
                },
            },
            "sweep" => {
                let output = if map.contains_key("output") {
                    output(errors)
                } else {
                    "bookings.total".into()
                };
                let field = required_text(map.get("field"), "analysis.field", errors);
                let from = number(map.get("from"), "analysis.from", errors);
                let to = number(map.get("to"), "analysis.to", errors);
                let steps = steps(map.get("steps"), "analysis.steps", errors);
                AnalysisKind::Sweep {
                    output,
                    field,
                    from,
                    to,
                    steps,
                }
            }
            _ => {
                let goal = read_goal(map.get("goal"), errors);
                let levers = read_levers(map.get("levers"), errors);
                AnalysisKind::Seek { goal, levers }
            }
        };
        (errors.len() == before).then_some(AnalysisSpec {
            scenario,
            trials,
            kind,
        })
    }

    /// The file form.
    pub fn to_value(&self) -> Value {
        let mut map = Map::new();
        map.insert("kind".into(), Value::from(self.kind.name()));
        map.insert("scenario".into(), Value::from(self.scenario));
        if let Some(t) = self.trials {
            map.insert("trials".into(), Value::from(t));
        }
        match &self.kind {
            AnalysisKind::Sensitivity { output } => {
                map.insert("output".into(), Value::from(output.as_str()));
            }
            AnalysisKind::Sweep {
                output,
                field,
                from,
                to,
                steps,
            } => {
                map.insert("output".into(), Value::from(output.as_str()));
                map.insert("field".into(), Value::from(field.as_str()));
                map.insert("from".into(), Value::from(*from));
                map.insert("to".into(), Value::from(*to));
                map.insert("steps".into(), Value::from(*steps));
            }
            AnalysisKind::Seek { goal, levers } => {
                let mut g = Map::new();
                g.insert("output".into(), Value::from(goal.output.as_str()));
                let side = if goal.at_least { "at_least" } else { "at_most" };
                g.insert(side.into(), Value::from(goal.threshold));
                g.insert("chance".into(), Value::from(goal.chance));
                map.insert("goal".into(), Value::Object(g));
                let list = levers
                    .iter()
                    .map(|l| {
                        let mut m = Map::new();
                        m.insert("field".into(), Value::from(l.field.as_str()));
                        m.insert("from".into(), Value::from(l.from));
                        m.insert("to".into(), Value::from(l.to));
                        if let Some(step) = l.step {
                            m.insert("step".into(), Value::from(step));
                        }
                        Value::Object(m)
                    })
                    .collect();
                map.insert("levers".into(), Value::Array(list));
            }
        }
        Value::Object(map)
    }
}

fn read_goal(value: Option<&Value>, errors: &mut Vec<FieldError>) -> GoalSpec {
    let mut goal = GoalSpec {
        output: "bookings.total".into(),
        at_least: true,
        threshold: 0.0,
        chance: 0.8,
    };
    let Some(value) = value else {
        errors.push(FieldError::new("analysis.goal", missing()));
        return goal;
    };
    let Some(map) = object(value, "analysis.goal", errors) else {
        return goal;
    };
    unknown_keys(
        map,
        "analysis.goal",
        &["output", "at_least", "at_most", "chance"],
        errors,
    );
    if let Some(output) = text(map.get("output"), "analysis.goal.output", errors) {
        goal.output = output;
    }
    match (map.get("at_least"), map.get("at_most")) {
        (Some(_), Some(_)) => errors.push(FieldError::new(
            "analysis.goal",
            Message::new("error-goal-both"),
        )),
        (None, None) => errors.push(FieldError::new(
            "analysis.goal",
            Message::new("error-goal-neither"),
        )),
        (Some(v), None) => goal.threshold = number(Some(v), "analysis.goal.at_least", errors),
        (None, Some(v)) => {
            goal.at_least = false;
            goal.threshold = number(Some(v), "analysis.goal.at_most", errors);
        }
    }
    if let Some(v) = map.get("chance") {
        let p = number(Some(v), "analysis.goal.chance", errors);
        if p > 0.0 && p <= 1.0 {
            goal.chance = p;
        } else if p.is_finite() {
            errors.push(FieldError::new(
                "analysis.goal.chance",
                reason("error-chance", Args::new().text("value", p.to_string())),
            ));
        }
    }
    goal
}

fn read_levers(value: Option<&Value>, errors: &mut Vec<FieldError>) -> Vec<LeverSpec> {
    let list = match value {
        Some(Value::Array(list)) => list,
        Some(other) => {
            errors.push(FieldError::new(
                "analysis.levers",
                got_only("error-expected-levers", other),
            ));
            return Vec::new();
        }
        None => {
            errors.push(FieldError::new("analysis.levers", missing()));
            return Vec::new();
        }
    };
    if list.is_empty() || list.len() > MAX_LEVERS {
        errors.push(FieldError::new(
            "analysis.levers",
            reason(
                "error-levers-count",
                Args::new()
                    .text("count", list.len().to_string())
                    .text("max", MAX_LEVERS.to_string()),
            ),
        ));
        return Vec::new();
    }
    let mut levers = Vec::new();
    for (i, item) in list.iter().enumerate() {
        let path = format!("analysis.levers[{i}]");
        let Some(map) = object(item, &path, errors) else {
            continue;
        };
        unknown_keys(map, &path, &["field", "from", "to", "step"], errors);
        let field = required_text(map.get("field"), &format!("{path}.field"), errors);
        let from = number(map.get("from"), &format!("{path}.from"), errors);
        let to = number(map.get("to"), &format!("{path}.to"), errors);
        let step = map.get("step").map(|v| {
            let s = number(Some(v), &format!("{path}.step"), errors);
            if s <= 0.0 {
                errors.push(FieldError::new(
                    format!("{path}.step"),
                    reason(
                        "error-not-above-zero",
                        Args::new().text("value", s.to_string()),
                    ),
                ));
            }
            s
        });
        levers.push(LeverSpec {
            field,
            from,
            to,
            step,
        });
    }
    levers
}

fn object<'a>(
    value: &'a Value,
    path: &str,
    errors: &mut Vec<FieldError>,
) -> Option<&'a Map<String, Value>> {
    match value {
        Value::Object(map) => Some(map),
        other => {
            errors.push(FieldError::new(
                path,
                got_only("error-expected-object", other),
            ));
            None
        }
    }
}

fn unknown_keys(
    map: &Map<String, Value>,
    path: &str,
    known: &[&str],
    errors: &mut Vec<FieldError>,
) {
    for key in map.keys() {
        if !known.contains(&key.as_str()) {
            errors.push(FieldError::new(
                format!("{path}.{key}"),
                unknown_key(key, known),
            ));
        }
    }
}

fn text(value: Option<&Value>, path: &str, errors: &mut Vec<FieldError>) -> Option<String> {
    match value? {
        Value::String(s) if !s.trim().is_empty() && s.len() <= 200 => Some(s.trim().to_string()),
        Value::String(_) => {
            errors.push(FieldError::new(path, Message::new("error-name-length")));
            None
        }
        other => {
            errors.push(FieldError::new(
                path,
                got_only("error-expected-name", other),
            ));
            None
        }
    }
}

fn required_text(value: Option<&Value>, path: &str, errors: &mut Vec<FieldError>) -> String {
    if value.is_none() {
        errors.push(FieldError::new(path, missing()));
    }
    text(value, path, errors).unwrap_or_default()
}

fn number(value: Option<&Value>, path: &str, errors: &mut Vec<FieldError>) -> f64 {
    match value {
        Some(Value::Number(n)) => match n.as_f64() {
            Some(x) if x.is_finite() => x,
            _ => {
                errors.push(FieldError::new(
                    path,
                    Message::new("error-not-finite-number"),
                ));
                f64::NAN
            }
        },
        Some(other) => {
            errors.push(FieldError::new(
                path,
                got_only("error-expected-number", other),
            ));
            f64::NAN
        }
        None => {
            errors.push(FieldError::new(path, missing()));
            f64::NAN
        }
    }
}

fn steps(value: Option<&Value>, path: &str, errors: &mut Vec<FieldError>) -> u32 {
    match value.map(|v| (v, v.as_u64())) {
        Some((_, Some(n))) if (1..=MAX_STEPS as u64).contains(&n) => n as u32,
        Some((v, _)) => {
            errors.push(FieldError::new(
                path,
                reason(
                    "error-steps",
                    shown(Args::new().text("max", MAX_STEPS.to_string()), v),
                ),
            ));
            0
        }
        None => {
            errors.push(FieldError::new(path, missing()));
            0
        }
    }
}

/// `args` with the value as the message shows it (`{ error-got }`): a number or string as
/// written, else its kind.
fn shown(args: Args, value: &Value) -> Args {
    match value {
        Value::Number(n) => args.text("got", "other").text("value", n.to_string()),
        Value::String(s) => args.text("got", "other").text("value", format!("{s:?}")),
        other => got(args, other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<AnalysisSpec, Vec<FieldError>> {
        let value: Value = serde_json::from_str(text).unwrap();
        let mut errors = Vec::new();
        match AnalysisSpec::read(&value, 2, &mut errors) {
            Some(spec) if errors.is_empty() => Ok(spec),
            _ => Err(errors),
        }
    }

    #[test]
    fn every_kind_reads_back_what_it_writes() {
        for text in [
            r#"{"kind":"sensitivity","scenario":1,"output":"p_hit_target"}"#,
            r#"{"kind":"sweep","scenario":0,"trials":500,"output":"bookings.total","field":"ae.outbound_share","from":0,"to":0.9,"steps":10}"#,
            r#"{"kind":"seek","scenario":0,"goal":{"output":"bookings.total","at_least":5000000,"chance":0.8},"levers":[{"field":"ae.pace","from":1,"to":8},{"field":"coaching.coaches","from":0,"to":4,"step":1}]}"#,
        ] {
            let spec = read(text).unwrap();
            let again = read(&spec.to_value().to_string()).unwrap();
            assert_eq!(spec, again);
        }
    }

    #[test]
    fn bad_settings_name_their_path() {
        let paths = |text: &str| -> Vec<String> {
            read(text)
                .unwrap_err()
                .into_iter()
                .map(|e| e.path)
                .collect()
        };
        assert_eq!(paths(r#"{"kind":"tornado"}"#), ["analysis.kind"]);
        assert_eq!(
            paths(r#"{"kind":"sweep","field":"ae.initial","from":1,"to":5,"steps":0}"#),
            ["analysis.steps"]
        );
        assert_eq!(
            paths(r#"{"kind":"sweep","field":"ae.initial","from":1,"to":5,"steps":201}"#),
            ["analysis.steps"]
        );
        assert_eq!(
            paths(
                r#"{"kind":"seek","goal":{"output":"bookings.total","at_least":1,"chance":1.5},"levers":[{"field":"ae.pace","from":1,"to":"8"}]}"#
            ),
            ["analysis.goal.chance", "analysis.levers[0].to"]
        );
        assert_eq!(
            paths(r#"{"kind":"sensitivity","scenario":5,"colour":1}"#),
            ["analysis.colour", "analysis.scenario"]
        );
        assert_eq!(
            paths(r#"{"kind":"seek","goal":{"output":"x","at_least":1},"levers":[]}"#),
            ["analysis.levers"]
        );
    }
}
