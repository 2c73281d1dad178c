//! The inputs an analysis moves: every numeric field of a scenario (numbers, counts, months, a
//! hiring pace's rate, uncertain values), with the rule that says how far a tornado moves each,
//! which of them a scenario uses, and how one is set to a value.
//!
//! **How far a tornado moves an input** (the documented ranges of issue 17):
//! - an uncertain value (a distribution) is held fixed at its P10 and at its P90;
//! - a number (or a fixed uncertain value) moves ±25%, within its valid range;
//! - a count (people, a hiring pace, trainees) moves by ±25% rounded to whole steps, at least one;
//! - a month moves by a quarter (±3 months), within its valid range.
//!
//! A number at zero does not move (25% of nothing), and a field the scenario does not use is
//! left out: the sections behind a switch that is off (drift, the pool, AI, morale), coaching
//! with no coaches, a leader never hired, a founder who does not sell, SDRs when there are none,
//! and the win rate of a source that brings no opportunities.

use std::fmt;

use super::error::AnalysisError;
use super::percentiles::percentile;
use crate::editor::{fields, set_field, FieldValue};
use crate::i18n::{self, Args, Message};
use crate::model::{Dist, FieldError, Pace, Range, Scenario, Unit};

/// How far a tornado moves a number: this share of it either way.
pub const NUMBER_SWING: f64 = 0.25;
/// How far a tornado moves a month, either way.
pub const MONTH_SWING: f64 = 3.0;
/// The percentiles an uncertain input is held at.
pub const LOW_PERCENTILE: f64 = 0.1;
/// See [`LOW_PERCENTILE`].
pub const HIGH_PERCENTILE: f64 = 0.9;

/// What kind of number an input is, which says how it moves and how it is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum InputKind {
    /// A real number.
    Number,
    /// A whole number of people, trainees or months' length.
    Whole,
    /// A month that may be unset (the leader's hire month, the founder's last month).
    OptionalMonth,
    /// A hiring pace: requisitions a quarter.
    Pace,
    /// An uncertain value.
    Uncertain(Dist),
}

/// One input of a scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    /// Its path, e.g. `ae.outbound_share`.
    pub path: String,
    /// Its label in sales words, from the editor's catalogue.
    pub label: String,
    /// Its unit.
    pub unit: Unit,
    /// Its valid range.
    pub range: Range,
    /// Its kind.
    pub kind: InputKind,
    /// Its value: the number, or the median of an uncertain value; `None` for an unset month
    /// or pace.
    pub value: Option<f64>,
}

/// Why a field cannot be an input.
#[derive(Debug, Clone, PartialEq)]
pub struct InputError {
    /// The field's path as given.
    pub path: String,
    /// Why.
    pub reason: Message,
}

impl InputError {
    /// The error as a setting's: at `setting`, about the field's path.
    pub fn at(self, setting: impl Into<String>) -> AnalysisError {
        AnalysisError::about(setting, self.path, self.reason)
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let reason = i18n::with_english(|en| en.text(&self.reason));
        write!(f, "{}: {}", self.path, reason)
    }
}

impl Input {
    /// Whether the input's values are whole numbers.
    pub fn is_whole(&self) -> bool {
        match self.kind {
            InputKind::Whole | InputKind::OptionalMonth => true,
            InputKind::Uncertain(_) | InputKind::Number | InputKind::Pace => false,
        }
    }

    /// The scenario with this input at `x` (rounded for whole numbers; an uncertain value
    /// becomes fixed), re-validated by the model: every rule between fields applies.
    pub fn set(&self, scenario: &Scenario, x: f64) -> Result<Scenario, Vec<FieldError>> {
        let whole = || x.round().max(0.0).min(u32::MAX as f64) as u32;
        let value = match self.kind {
            InputKind::Number => FieldValue::Number(x),
            InputKind::Whole => FieldValue::Integer(whole()),
            InputKind::OptionalMonth => FieldValue::OptionalMonth(Some(whole())),
            InputKind::Uncertain(_) => FieldValue::Dist(Dist::Fixed(x)),
            InputKind::Pace => {
                let current = pace_of(scenario, &self.path);
                FieldValue::Pace(Some(Pace {
                    per_quarter: x,
                    from_month: current.map_or(0, |p| p.from_month),
                    to_month: current.and_then(|p| p.to_month),
                }))
            }
        };
        set_field(scenario, &self.path, value)
    }

    /// The scenario with this uncertain input fixed at `x`, or a number input at `x`: the same
    /// as [`Input::set`] for every kind but a month (not rounded here as it is there).
    pub fn set_value(&self, scenario: &Scenario, x: f64) -> Result<Scenario, Vec<FieldError>> {
        self.set(scenario, x)
    }

    /// The low and high values a tornado holds this input at, or `None` when it does not move.
    pub fn swing(&self) -> Option<(f64, f64)> {
        let value = self.value?;
        let (lo, hi) = match self.kind {
            InputKind::Uncertain(dist) if !matches!(dist, Dist::Fixed(_)) => (
                percentile(&dist, LOW_PERCENTILE, &self.range),
                percentile(&dist, HIGH_PERCENTILE, &self.range),
            ),
            InputKind::OptionalMonth => (value - MONTH_SWING, value + MONTH_SWING),
            InputKind::Whole if self.unit == Unit::Months => {
                (value - MONTH_SWING, value + MONTH_SWING)
            }
            InputKind::Whole | InputKind::Pace if value == 0.0 => return None,
            InputKind::Whole | InputKind::Pace if value.fract() == 0.0 => {
                let step = (value * NUMBER_SWING).round().max(1.0);
                (value - step, value + step)
            }
            _ => (value * (1.0 - NUMBER_SWING), value * (1.0 + NUMBER_SWING)),
        };
        let (lo, hi) = (self.within(lo), self.within(hi));
        (lo != value || hi != value).then_some((lo, hi))
    }

    /// `x` brought into the valid range (an open end excluded by a small margin).
    pub fn within(&self, x: f64) -> f64 {
        let r = &self.range;
        let mut x = r.clamp(x);
        if r.lo_open && x <= r.lo {
            x = r.lo + (r.hi.min(r.lo + 1.0) - r.lo) * 1e-3;
        }
        if r.hi_open && x >= r.hi {
            x = r.hi - (r.hi - r.lo.max(r.hi - 1.0)) * 1e-3;
        }
        x
    }

    /// A range to sweep the input over when the user has not said: its valid range for a
    /// share (up to 90%), else half to one and a half times its value (whole numbers rounded,
    /// months a year either way), within its valid range.
    pub fn sweep_range(&self) -> (f64, f64) {
        let v = self.value.unwrap_or(0.0);
        let (lo, hi) = match (self.unit, self.kind) {
            (Unit::Share, _) => (self.range.lo, self.range.hi.min(0.9)),
            (Unit::Months, _) | (_, InputKind::OptionalMonth) => (v - 12.0, v + 12.0),
            _ if v == 0.0 => (0.0, 10.0),
            _ => (v * 0.5, v * 1.5),
        };
        let (lo, hi) = (self.within(lo), self.within(hi));
        if self.is_whole() || matches!(self.kind, InputKind::Pace) {
            (lo.round(), hi.round().max(lo.round() + 1.0))
        } else {
            (lo, hi)
        }
    }

    /// A range for a goal seek's lever when the user has not said: a share over its valid
    /// range (up to 90%); a count or a pace from 0 (1 for a pace) to three times its value
    /// (at least 4 more); a month over the first two years; else half to twice its value.
    pub fn lever_range(&self) -> (f64, f64) {
        let v = self.value.unwrap_or(0.0);
        let (lo, hi) = match (self.unit, self.kind) {
            (Unit::Share, _) => (self.range.lo, self.range.hi.min(0.9)),
            (_, InputKind::Pace) => (1.0, (v * 3.0).max(v + 4.0)),
            (Unit::Months, _) | (_, InputKind::OptionalMonth) => (0.0, 24.0),
            (_, InputKind::Whole) => (0.0, (v * 3.0).max(v + 4.0)),
            _ if v == 0.0 => (0.0, 10.0),
            _ => (v * 0.5, v * 2.0),
        };
        let (lo, hi) = (self.within(lo), self.within(hi));
        if self.is_whole() || matches!(self.kind, InputKind::Pace) {
            (lo.round(), hi.round().max(lo.round() + 1.0))
        } else {
            (lo, hi)
        }
    }

    /// The distance between values a goal seek tries when none is given: 1 for whole numbers,
    /// months and paces, 0.05 for shares, else a tenth of the range.
    pub fn default_step(&self, from: f64, to: f64) -> f64 {
        match (self.kind, self.unit) {
            (InputKind::Whole | InputKind::OptionalMonth | InputKind::Pace, _) => 1.0,
            (_, Unit::Share) => 0.05,
            _ => ((to - from) / 10.0).max(f64::MIN_POSITIVE),
        }
    }
}

fn pace_of(scenario: &Scenario, path: &str) -> Option<Pace> {
    match path {
        "ae.pace" => scenario.ae.staffing.pace,
        "sdr.pace" => scenario.sdr.staffing.pace,
        _ => None,
    }
}

/// Fields that are numbers but not inputs: the horizon changes the outputs' shape, so runs at
/// two horizons cannot be compared quarter by quarter.
const NOT_INPUTS: [&str; 1] = ["horizon_months"];

/// Every numeric field of the scenario, in file order, whether or not it is in use.
pub fn every_input(scenario: &Scenario) -> Vec<Input> {
    fields(scenario)
        .into_iter()
        .filter(|e| !NOT_INPUTS.contains(&e.path.as_str()))
        .filter_map(|e| {
            let (kind, value) = match &e.value {
                FieldValue::Number(x) => (InputKind::Number, Some(*x)),
                FieldValue::Integer(n) => (InputKind::Whole, Some(*n as f64)),
                FieldValue::OptionalMonth(m) => (InputKind::OptionalMonth, m.map(|m| m as f64)),
                FieldValue::Pace(p) => (InputKind::Pace, p.map(|p| p.per_quarter)),
                FieldValue::Dist(d) => (
                    InputKind::Uncertain(*d),
                    Some(percentile(d, 0.5, &e.field.range)),
                ),
                _ => return None,
            };
            Some(Input {
                path: e.path,
                label: e.label,
                unit: e.field.unit,
                range: e.field.range,
                kind,
                value,
            })
        })
        .collect()
}

/// The inputs a tornado moves: those the scenario uses and that move (see the module's rules).
pub fn inputs_in_use(scenario: &Scenario) -> Vec<Input> {
    every_input(scenario)
        .into_iter()
        .filter(|i| in_use(scenario, &i.path) && i.swing().is_some())
        .collect()
}

/// The input at `path`, for a sweep or a lever: any numeric field, in use or not.
pub fn input_at(scenario: &Scenario, path: &str) -> Result<Input, InputError> {
    let error = |reason: Message| InputError {
        path: path.to_string(),
        reason,
    };
    if let Some(input) = every_input(scenario).into_iter().find(|i| i.path == path) {
        return Ok(input);
    }
    match fields(scenario).into_iter().find(|e| e.path == path) {
        Some(e) if NOT_INPUTS.contains(&path) => Err(error(Message::with(
            "error-analysis-input-horizon",
            Args::new().text("label", e.label),
        ))),
        Some(e) => Err(error(Message::with(
            "error-analysis-input-kind",
            Args::new()
                .text("label", e.label)
                .text("kind", e.value.kind_key()),
        ))),
        None => Err(error(Message::new("error-analysis-input-not-a-field"))),
    }
}

/// Whether the scenario uses the field at `path` (see the module's rules).
pub fn in_use(s: &Scenario, path: &str) -> bool {
    let (section, key) = path.split_once('.').unwrap_or(("", path));
    let founder_sells = s.founder.sells_until_month != Some(0) && s.founder.hours_per_month > 0.0;
    let sdrs = s.sdr.staffing.initial > 0
        || !s.sdr.staffing.plan.is_empty()
        || s.sdr.staffing.pace.is_some_and(|p| p.per_quarter > 0.0);
    let inbound = !matches!(s.inbound.opps_per_month, Dist::Fixed(x) if x == 0.0);
    let expansion = s.expansion.opps_per_customer_per_year > 0.0;
    match section {
        "drift" => s.drift.enabled,
        "pool" => s.pool.enabled,
        "ai" => s.ai.enabled,
        "morale" => s.morale.enabled,
        "coaching" => key == "coaches" || s.coaching.coaches > 0,
        "leader" => s.leader.hire_month.is_some(),
        "founder" => {
            founder_sells || (key == "sells_until_month" && s.founder.hours_per_month > 0.0)
        }
        "sdr" => sdrs,
        "inbound" => inbound,
        "expansion" => expansion,
        "deals" if key == "expansion_size_multiplier" => expansion,
        "win_rates" => match key {
            "founder" => founder_sells,
            "outbound" => s.ae.outbound_share > 0.0,
            "sdr" => sdrs,
            "inbound" => inbound,
            "expansion" => expansion,
            "pool" => s.pool.enabled,
            _ => true,
        },
        _ => true,
    }
}

/// A value on a sweep's or a lever's grid as a person would write it: `from + step × k` in
/// binary floating point leaves 0.8999999999999999 for 0.9, which would then show in messages
/// and in a scenario applied from a goal seek. Rounding to 12 significant digits is far below
/// any field's meaning and, being decimal formatting, gives the same bits on every platform.
pub fn tidy(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    format!("{x:.11e}").parse().unwrap_or(x)
}

/// A value of an input in its units, rounded for reading: `35%`, `26.3%`, `$15K`, `4`,
/// `2.5 months`, `1.30×`, `105 hours`.
pub fn value_text(input: &Input, x: f64, currency: &str) -> String {
    let trimmed = |text: String| {
        if text.contains('.') {
            text.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            text
        }
    };
    match input.unit {
        Unit::Money => crate::format::money(x, currency),
        _ if input.is_whole() || matches!(input.kind, InputKind::Pace) => crate::format::count(x),
        Unit::Share => format!("{}%", trimmed(format!("{:.1}", x * 100.0))),
        Unit::Multiplier => format!("{}×", trimmed(format!("{x:.2}"))),
        Unit::Months => format!("{} months", trimmed(format!("{x:.1}"))),
        Unit::Hours => format!("{} hours", trimmed(format!("{x:.1}"))),
        unit => {
            let rounded = trimmed(format!("{x:.2}"));
            match unit.label() {
                "" => rounded,
                label => format!("{rounded} {label}"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::find as preset;

    #[test]
    fn grid_values_read_as_written() {
        assert_eq!(tidy(0.0 + 0.9 * 9.0 / 9.0), 0.9);
        assert_eq!(tidy(0.1 * 3.0), 0.3);
        assert_eq!(tidy(0.05 * 5.0 + 0.0), 0.25);
        assert_eq!(tidy(1.0 / 3.0), 0.333333333333);
        assert_eq!(tidy(-0.0), -0.0);
        assert_eq!(tidy(f64::INFINITY), f64::INFINITY);
        assert_eq!(tidy(123_456.0), 123_456.0);
    }

    #[test]
    fn swings_follow_the_documented_rules() {
        let s = preset("series-a").unwrap().scenario();
        let at = |path: &str| input_at(&s, path).unwrap();
        // A share: ±25%.
        let (lo, hi) = at("ae.outbound_share").swing().unwrap();
        assert!((lo - 0.2625).abs() < 1e-12 && (hi - 0.4375).abs() < 1e-12);
        // A count: whole steps, at least one.
        assert_eq!(at("ae.initial").swing(), Some((3.0, 5.0)));
        // A month: a quarter either way, within the range.
        assert_eq!(at("ae.washout_months").swing(), Some((3.0, 9.0)));
        // An uncertain value: its P10 and P90.
        let (lo, hi) = at("deals.size").swing().unwrap();
        assert!(lo > 10_000.0 && lo < 20_000.0 && hi > 60_000.0 && hi < 100_000.0);
        // A hiring pace of 3 a quarter: 2 to 4.
        assert_eq!(at("ae.pace").swing(), Some((2.0, 4.0)));
    }

    #[test]
    fn unused_and_unmoving_inputs_are_left_out() {
        let s = preset("series-a").unwrap().scenario();
        let paths: Vec<String> = inputs_in_use(&s).into_iter().map(|i| i.path).collect();
        assert!(paths.contains(&"drift.monthly_decay".to_string()));
        assert!(!paths
            .iter()
            .any(|p| p.starts_with("pool.") || p.starts_with("ai.")));
        assert!(!paths.iter().any(|p| p.starts_with("leader.")));
        assert!(
            !paths.contains(&"coaching.coaches".to_string()),
            "0 coaches do not move"
        );
        assert!(!paths.contains(&"horizon_months".to_string()));
    }

    #[test]
    fn non_numeric_fields_are_refused_by_name() {
        let s = Scenario::default();
        assert!(input_at(&s, "drift.enabled")
            .unwrap_err()
            .to_string()
            .contains("a switch"));
        assert!(input_at(&s, "ae.plan")
            .unwrap_err()
            .to_string()
            .contains("hiring plan"));
        assert!(input_at(&s, "ae.nope")
            .unwrap_err()
            .to_string()
            .contains("not a field"));
        assert!(input_at(&s, "horizon_months").is_err());
    }

    #[test]
    fn setting_a_pace_keeps_its_months_and_a_month_is_whole() {
        let s = preset("series-a").unwrap().scenario();
        let pace = input_at(&s, "ae.pace").unwrap();
        let t = pace.set(&s, 5.0).unwrap();
        let (old, new) = (s.ae.staffing.pace.unwrap(), t.ae.staffing.pace.unwrap());
        assert_eq!(new.per_quarter, 5.0);
        assert_eq!(
            (new.from_month, new.to_month),
            (old.from_month, old.to_month)
        );
        let hire = input_at(&s, "leader.hire_month").unwrap();
        assert_eq!(hire.set(&s, 2.4).unwrap().leader.hire_month, Some(2));
    }
}
