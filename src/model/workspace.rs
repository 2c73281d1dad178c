//! The workspace: several scenarios, the baseline they are compared against, and the run
//! settings (trials and seed). It is what a saved model and a share link hold.

use serde_json::{Map, Value};

use super::analysis::AnalysisSpec;
use super::error::{got, got_only, missing, reason};
use super::error::{FieldError, ModelErrors};
use super::read::unknown_key;
use super::{check_schema, parse_json, Scenario, SCHEMA};
use crate::i18n::{Args, Message};

/// The most scenarios one workspace may hold.
pub const MAX_SCENARIOS: usize = 24;
/// The most trials one run may ask for.
pub const MAX_TRIALS: u32 = 1_000_000;
/// The most trials per scenario the browser app runs; `pipesim run` runs up to [`MAX_TRIALS`].
pub const MAX_BROWSER_TRIALS: u32 = 20_000;
/// Default trials of a run (MODEL.md, Workspace defaults).
pub const DEFAULT_TRIALS: u32 = 2_000;
/// Default seed of a run.
pub const DEFAULT_SEED: u64 = 1;

/// How many trials to run and from which seed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunSettingsSpec {
    /// Trials per scenario.
    pub trials: u32,
    /// The run's seed; trial i of every scenario uses the same trial seed.
    pub seed: u64,
}

impl Default for RunSettingsSpec {
    fn default() -> Self {
        RunSettingsSpec {
            trials: DEFAULT_TRIALS,
            seed: DEFAULT_SEED,
        }
    }
}

/// Scenarios compared against a baseline, with run settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Workspace {
    /// The scenarios, in display order.
    pub scenarios: Vec<Scenario>,
    /// The index of the scenario the others are compared against.
    pub baseline: usize,
    /// Trials and seed.
    pub run: RunSettingsSpec,
    /// The analysis last asked of it (a tornado, a sweep, a goal seek), if any.
    pub analysis: Option<AnalysisSpec>,
}

/// What a file turned out to hold.
#[derive(Debug, Clone, PartialEq)]
pub enum FileKind {
    /// A single scenario.
    Scenario(Box<Scenario>),
    /// A workspace.
    Workspace(Workspace),
}

impl FileKind {
    /// Reads either kind of file: an object with `scenarios` is a workspace.
    pub fn from_json_str(text: &str) -> Result<FileKind, ModelErrors> {
        FileKind::from_value(&parse_json(text)?)
    }

    /// Reads either kind from a parsed value.
    pub fn from_value(value: &Value) -> Result<FileKind, ModelErrors> {
        match value {
            Value::Object(map) if map.contains_key("scenarios") => {
                Workspace::from_value(value).map(FileKind::Workspace)
            }
            Value::Object(_) => {
                Scenario::from_value(value, "").map(|s| FileKind::Scenario(Box::new(s)))
            }
            other => Err(ModelErrors::one("", got_only("error-expected-file", other))),
        }
    }

    /// The workspace this file stands for: a lone scenario becomes a one-scenario workspace.
    pub fn into_workspace(self) -> Workspace {
        match self {
            FileKind::Scenario(s) => Workspace::single(*s),
            FileKind::Workspace(w) => w,
        }
    }
}

impl Workspace {
    /// A workspace holding one scenario, with the default run settings.
    pub fn single(scenario: Scenario) -> Workspace {
        Workspace {
            scenarios: vec![scenario],
            baseline: 0,
            run: RunSettingsSpec::default(),
            analysis: None,
        }
    }

    /// Reads a workspace from JSON text.
    pub fn from_json_str(text: &str) -> Result<Workspace, ModelErrors> {
        Workspace::from_value(&parse_json(text)?)
    }

    /// Reads a workspace from a parsed value, collecting every problem in every scenario.
    pub fn from_value(value: &Value) -> Result<Workspace, ModelErrors> {
        let Value::Object(map) = value else {
            return Err(ModelErrors::one(
                "",
                got_only("error-expected-workspace", value),
            ));
        };
        let mut errors = Vec::new();
        if !check_schema(map, "", &mut errors) {
            return Err(ModelErrors(errors));
        }
        const KEYS: [&str; 5] = ["schema", "scenarios", "baseline", "run", "analysis"];
        for key in map.keys() {
            if !KEYS.contains(&key.as_str()) {
                errors.push(FieldError::new(key.clone(), unknown_key(key, &KEYS)));
            }
        }
        let mut scenarios = Vec::new();
        match map.get("scenarios") {
            Some(Value::Array(list)) if list.is_empty() => errors.push(FieldError::new(
                "scenarios",
                Message::new("error-scenarios-empty"),
            )),
            Some(Value::Array(list)) if list.len() > MAX_SCENARIOS => errors.push(FieldError::new(
                "scenarios",
                reason(
                    "error-scenarios-too-many",
                    Args::new()
                        .text("count", list.len().to_string())
                        .text("max", MAX_SCENARIOS.to_string()),
                ),
            )),
            Some(Value::Array(list)) => {
                for (i, item) in list.iter().enumerate() {
                    match Scenario::from_value(item, &format!("scenarios[{i}]")) {
                        Ok(s) => scenarios.push(s),
                        Err(e) => errors.extend(e.0),
                    }
                }
            }
            Some(other) => errors.push(FieldError::new(
                "scenarios",
                got_only("error-expected-scenarios", other),
            )),
            None => errors.push(FieldError::new("scenarios", missing())),
        }
        let count = match map.get("scenarios") {
            Some(Value::Array(list)) => list.len(),
            _ => 0,
        };
        let baseline = match map.get("baseline") {
            None => 0,
            Some(v) => match v.as_u64() {
                Some(b) if (b as usize) < count.max(1) => b as usize,
                Some(b) => {
                    errors.push(FieldError::new(
                        "baseline",
                        reason(
                            "error-baseline-index",
                            Args::new()
                                .text("value", b.to_string())
                                .text("last", count.saturating_sub(1).to_string()),
                        ),
                    ));
                    0
                }
                None => {
                    errors.push(FieldError::new(
                        "baseline",
                        got_only("error-expected-index", v),
                    ));
                    0
                }
            },
        };
        let run = read_run(map.get("run"), &mut errors);
        let analysis = match map.get("analysis") {
            None | Some(Value::Null) => None,
            Some(v) => AnalysisSpec::read(v, count, &mut errors),
        };
        if errors.is_empty() {
            Ok(Workspace {
                scenarios,
                baseline,
                run,
                analysis,
            })
        } else {
            Err(ModelErrors(errors))
        }
    }

    /// The complete file form.
    pub fn to_value(&self) -> Value {
        self.value_with(Scenario::to_value)
    }

    /// The short file form: each scenario names only what differs from the defaults.
    pub fn to_compact_value(&self) -> Value {
        self.value_with(Scenario::to_compact_value)
    }

    fn value_with(&self, scenario: fn(&Scenario) -> Value) -> Value {
        let mut map = Map::new();
        map.insert("schema".into(), Value::from(SCHEMA));
        map.insert(
            "scenarios".into(),
            Value::Array(self.scenarios.iter().map(scenario).collect()),
        );
        map.insert("baseline".into(), Value::from(self.baseline));
        let mut run = Map::new();
        run.insert("trials".into(), Value::from(self.run.trials));
        run.insert("seed".into(), Value::from(self.run.seed));
        map.insert("run".into(), Value::Object(run));
        // Written only when there is one, so that workspaces without (and their links) keep
        // the form they always had.
        if let Some(analysis) = &self.analysis {
            map.insert("analysis".into(), analysis.to_value());
        }
        Value::Object(map)
    }

    /// Pretty JSON of the complete file form.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(&self.to_value()).expect("a JSON value serialises")
    }
}

fn read_run(value: Option<&Value>, errors: &mut Vec<FieldError>) -> RunSettingsSpec {
    let mut run = RunSettingsSpec::default();
    let map = match value {
        None | Some(Value::Null) => return run,
        Some(Value::Object(map)) => map,
        Some(other) => {
            errors.push(FieldError::new(
                "run",
                got_only("error-expected-object", other),
            ));
            return run;
        }
    };
    for key in map.keys() {
        if key != "trials" && key != "seed" {
            errors.push(FieldError::new(
                format!("run.{key}"),
                unknown_key(key, &["trials", "seed"]),
            ));
        }
    }
    if let Some(v) = map.get("trials") {
        match v.as_u64() {
            Some(t) if t >= 1 && t <= MAX_TRIALS as u64 => run.trials = t as u32,
            Some(t) => errors.push(FieldError::new(
                "run.trials",
                reason(
                    "error-outside-range",
                    Args::new()
                        .text("value", t.to_string())
                        .text("min", "1")
                        .text("max", MAX_TRIALS.to_string()),
                ),
            )),
            None => errors.push(FieldError::new(
                "run.trials",
                got_only("error-expected-trials", v),
            )),
        }
    }
    if let Some(v) = map.get("seed") {
        match v.as_u64() {
            Some(s) => run.seed = s,
            None => errors.push(FieldError::new(
                "run.seed",
                reason(
                    "error-expected-seed",
                    got(Args::new().text("max", u64::MAX.to_string()), v),
                ),
            )),
        }
    }
    run
}
