//! The model: what a scenario file, a workspace file and a share link mean (MODEL.md).
//!
//! - `scenario`: the typed scenario; `walk`: the walk over its fields, which drives the
//!   `visit::Visitor`s; `defaults`: every default.
//! - `calendar`: start months and quarter labels.
//! - `plan`: hiring plans, paces and bookings targets (field values of more than one number).
//! - `field`: units, ranges, levels and help of fields; `dist`: uncertain values.
//! - `read` / `write`: JSON in and out through the field walk; `error`: errors with paths;
//!   `json_path`: the path of a position in the text, for what serde_json refuses by position.
//! - `workspace`: several scenarios, a baseline and the run settings; `analysis`: the
//!   question a workspace carries (tornado, sweep or goal seek), as the file writes it.
//!
//! A parsed [`Scenario`] is always valid: every reader returns all problems or a value that the
//! engine can run without further checks.

pub mod analysis;
pub mod calendar;
mod defaults;
pub mod dist;
pub mod error;
pub mod field;
mod json_path;
pub mod plan;
mod read;
pub mod scenario;
pub mod visit;
mod walk;
mod workspace;
pub mod write;

pub use calendar::quarter_label;
pub use dist::Dist;
pub use error::{FieldError, ModelErrors};
pub use field::{Field, Level, Range, RangeShape, Unit};
pub use plan::{Pace, PlanEntry, Target};
pub use scenario::*;
pub use workspace::{
    FileKind, RunSettingsSpec, Workspace, MAX_BROWSER_TRIALS, MAX_SCENARIOS, MAX_TRIALS,
};

use serde_json::{Map, Value};

use crate::i18n::Args;
use error::{got, got_only, reason};

/// The largest file or link payload read, in bytes, before parsing.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// Parses JSON text, with a message that names the line and column of a syntax error, and the
/// field's path too for a number too large for a double (`1e400`, 400 digits): that is a bad
/// value of a field, as a number out of the field's range is.
pub fn parse_json(text: &str) -> Result<Value, ModelErrors> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ModelErrors::one(
            "",
            reason(
                "error-file-too-large",
                Args::new()
                    .text("size", text.len().to_string())
                    .text("max", MAX_FILE_BYTES.to_string()),
            ),
        ));
    }
    serde_json::from_str(text).map_err(|e| {
        let position = Args::new()
            .text("line", e.line().to_string())
            .text("column", e.column().to_string());
        let problem = describe_json_error(&e);
        // serde_json's words for a number beyond f64 (its ErrorCode::NumberOutOfRange).
        if problem == "number out of range" {
            if let Some(path) = json_path::path_at(text, e.line(), e.column()) {
                return ModelErrors::one(path, reason("error-number-too-large", position));
            }
        }
        ModelErrors::one(
            "",
            reason("error-not-json", position.text("problem", problem)),
        )
    })
}

fn describe_json_error(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.find(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// Checks the `schema` field of the object at `path`.
pub(crate) fn check_schema(
    map: &Map<String, Value>,
    path: &str,
    errors: &mut Vec<FieldError>,
) -> bool {
    let at = read::join(path, "schema");
    match map.get("schema") {
        None => {
            errors.push(FieldError::new(
                at,
                reason(
                    "error-schema-missing",
                    Args::new().text("schema", SCHEMA.to_string()),
                ),
            ));
            false
        }
        Some(v) => match v
            .as_f64()
            .filter(|x| *x == x.trunc() && *x >= 0.0)
            .map(|x| x as u64)
        {
            Some(s) if s == SCHEMA as u64 => true,
            Some(s) if s > SCHEMA as u64 => {
                errors.push(FieldError::new(
                    at,
                    reason(
                        "error-schema-newer",
                        Args::new()
                            .text("found", s.to_string())
                            .text("schema", SCHEMA.to_string()),
                    ),
                ));
                false
            }
            _ => {
                errors.push(FieldError::new(
                    at,
                    reason(
                        "error-schema-expected",
                        got(Args::new().text("schema", SCHEMA.to_string()), v),
                    ),
                ));
                false
            }
        },
    }
}

/// A share as a message writes it, to two places: `0.00`, never `-0.00`, for a share that only
/// rounds to nothing.
fn shown_share(x: f64) -> f64 {
    let rounded = (x * 100.0).round() / 100.0;
    if rounded == 0.0 {
        0.0
    } else {
        rounded
    }
}

impl Scenario {
    /// Reads a scenario from JSON text: every problem at once, or a valid scenario.
    pub fn from_json_str(text: &str) -> Result<Scenario, ModelErrors> {
        Scenario::from_value(&parse_json(text)?, "")
    }

    /// Reads a scenario from a parsed JSON value whose fields live under `path`.
    pub fn from_value(value: &Value, path: &str) -> Result<Scenario, ModelErrors> {
        let Value::Object(map) = value else {
            return Err(ModelErrors::one(
                path,
                got_only("error-expected-scenario", value),
            ));
        };
        let mut errors = Vec::new();
        if !check_schema(map, path, &mut errors) {
            return Err(ModelErrors(errors));
        }
        let mut scenario = Scenario::default();
        let mut reader = read::Reader::new(map, path, &["schema"]);
        scenario.visit(&mut reader);
        errors.extend(reader.finish());
        // Rules that tie fields together are judged too, except where a field they name
        // already has a problem of its own.
        let cross: Vec<FieldError> = scenario
            .cross_field_problems(path)
            .into_iter()
            .filter(|c| {
                !errors.iter().any(|e| {
                    e.path == c.path
                        || e.path.starts_with(&format!("{}.", c.path))
                        || e.path.starts_with(&format!("{}[", c.path))
                })
            })
            .collect();
        errors.extend(cross);
        if errors.is_empty() {
            Ok(scenario)
        } else {
            Err(ModelErrors(errors))
        }
    }

    /// The complete file form, every field written out.
    pub fn to_value(&self) -> Value {
        let mut top = Map::new();
        top.insert("schema".into(), Value::from(SCHEMA));
        let mut writer = write::Writer::new(top);
        self.clone().visit(&mut writer);
        Value::Object(writer.finish())
    }

    /// The short file form: `schema`, plus only the fields that differ from the defaults.
    pub fn to_compact_value(&self) -> Value {
        let Value::Object(mut map) = self.to_value() else {
            unreachable!("a scenario writes an object")
        };
        let Value::Object(defaults) = Scenario::default().to_value() else {
            unreachable!()
        };
        write::prune_defaults(&mut map, &defaults);
        map.insert("schema".into(), Value::from(SCHEMA));
        let mut ordered = Map::new();
        ordered.insert("schema".into(), Value::from(SCHEMA));
        for (k, v) in map {
            if k != "schema" {
                ordered.insert(k, v);
            }
        }
        Value::Object(ordered)
    }

    /// Pretty JSON of the complete file form.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(&self.to_value()).expect("a JSON value serialises")
    }

    /// The rules that tie fields together (MODEL.md, Resolved details).
    fn cross_field_problems(&self, path: &str) -> Vec<FieldError> {
        let at = |key: &str| read::join(path, key);
        let mut out = Vec::new();
        if self.horizon_months % 3 != 0 {
            out.push(FieldError::new(
                at("horizon_months"),
                reason(
                    "error-horizon-quarters",
                    Args::new().text("value", self.horizon_months.to_string()),
                ),
            ));
        }
        if !calendar::is_month_label(&self.start_month) {
            out.push(FieldError::new(
                at("start_month"),
                reason(
                    "error-not-a-month",
                    Args::new().text("value", format!("{:?}", self.start_month)),
                ),
            ));
        }
        let closing = 1.0 - self.ae.outbound_share - self.ae.admin_share;
        if closing < 0.1 - 1e-12 {
            out.push(FieldError::new(
                at("ae.outbound_share"),
                reason(
                    "error-closing-share",
                    Args::new()
                        .text("outbound", field::format_number(self.ae.outbound_share))
                        .text("admin", field::format_number(self.ae.admin_share))
                        .text("closing", format!("{:.2}", shown_share(closing))),
                ),
            ));
        }
        if self.ai.full_effect_month < self.ai.start_month {
            out.push(FieldError::new(
                at("ai.full_effect_month"),
                reason(
                    "error-full-effect-early",
                    Args::new()
                        .text("value", self.ai.full_effect_month.to_string())
                        .text("start", self.ai.start_month.to_string()),
                ),
            ));
        }
        for (role, staffing) in [("ae", &self.ae.staffing), ("sdr", &self.sdr.staffing)] {
            if let Some(p) = &staffing.pace {
                if let Some(to) = p.to_month {
                    if to < p.from_month {
                        out.push(FieldError::new(
                            at(&format!("{role}.pace.to_month")),
                            reason(
                                "error-to-before-from",
                                Args::new()
                                    .text("to", to.to_string())
                                    .text("from", p.from_month.to_string()),
                            ),
                        ));
                    }
                }
            }
        }
        if let Target::PerQuarter(list) = &self.targets.bookings_per_quarter {
            if list.len() != self.quarters() {
                out.push(FieldError::new(
                    at("targets.bookings_per_quarter"),
                    reason(
                        "error-targets-count",
                        Args::new()
                            .text("count", list.len().to_string())
                            .text("months", self.horizon_months.to_string())
                            .text("quarters", self.quarters().to_string()),
                    ),
                ));
            }
        }
        out
    }
}
