//! The fits of an export, and the scenario they make: win rates (overall and by source),
//! the sales cycle with open deals censored, deal size, and what the owners say about the
//! team (prospecting, ramp, attrition, headcount). Each fit keeps its sample; each field it
//! writes is a [`Change`] with its basis; fields the data cannot inform stay as they were, and
//! [`UNTOUCHED`] names them. The file's rows are never kept: only fitted values leave here.

use jiff::civil::Date;
use serde_json::Value;

use crate::engine::Source;
use crate::i18n::{Args, Catalogue};
use crate::model::{ModelErrors, Scenario};

use super::columns::Outcome;
use super::export::Export;
use super::fit::{fit_lognormal, team, win_rate, TeamFit};
use super::fitted::{Change, Fit, Fitted, WinRateFit, DAYS_PER_MONTH, SHORTEST_DAYS};
use super::reading::{read_export, Problem, ReadError};
use super::review::Choices;
use super::table::Table;

/// The groups of fields an export cannot inform: they stay as the scenario had them.
pub const UNTOUCHED: [&str; 14] = [
    "horizon_months",
    "currency",
    "ae.plan",
    "ae.pace",
    "ae.quota_per_year",
    "ae.ote_per_year",
    "ae.mis_hire_rate",
    "sdr",
    "founder",
    "leader",
    "coaching",
    "pool",
    "drift",
    "ai",
];

/// Everything calibration learned from an export, and the scenario it makes.
#[derive(Debug, Clone, PartialEq)]
pub struct Calibration {
    /// The file's name.
    pub file: String,
    /// Rows in the file, and opportunities read from them.
    pub rows: usize,
    pub read: usize,
    /// The earliest and latest creation dates, and the export's date (its latest date).
    pub first: String,
    pub last: String,
    pub as_of: String,
    pub problems: Vec<Problem>,
    pub problem_count: usize,
    pub rows_left_out: usize,
    pub win_rates: Vec<WinRateFit>,
    pub cycle: Fit<Fitted>,
    pub deal_size: Fit<Fitted>,
    pub team: TeamFit,
    pub changes: Vec<Change>,
    /// The scenario: the base with every change, its name and description not yet set
    /// ([`Calibration::scenario`] sets them in the reader's language).
    pub fitted: Value,
}

/// Months from `from` to `to`, by days.
fn months_between(from: Date, to: Date) -> f64 {
    let days = to.since(from).map_or(0, |span| span.get_days()) as f64;
    days.max(SHORTEST_DAYS) / DAYS_PER_MONTH
}

/// The won and lost counts of the deals `keep` selects.
fn decided(export: &Export, keep: impl Fn(usize) -> bool) -> (u64, u64) {
    let (mut won, mut lost) = (0, 0);
    for (i, o) in export.opportunities.iter().enumerate() {
        if keep(i) {
            match o.outcome {
                Outcome::Won => won += 1,
                Outcome::Lost => lost += 1,
                Outcome::Open => {}
            }
        }
    }
    (won, lost)
}

/// Win rates: every deal, then each source value of the file.
fn win_rates(export: &Export) -> Vec<WinRateFit> {
    let (won, lost) = decided(export, |_| true);
    let mut fits = vec![WinRateFit {
        value: None,
        source: None,
        rate: win_rate(won, lost),
    }];
    for (index, (value, source)) in export.sources.iter().enumerate() {
        let (won, lost) = decided(export, |i| {
            export.opportunities[i].source == Some(index as u32)
        });
        fits.push(WinRateFit {
            value: Some(value.clone()),
            source: *source,
            rate: win_rate(won, lost),
        });
    }
    fits
}

/// The sales cycle: closed deals' cycles observed, open deals' ages censored.
fn cycle(export: &Export, as_of: Date) -> Fit<Fitted> {
    let mut values = Vec::new();
    let mut censored = Vec::new();
    for o in &export.opportunities {
        match (o.outcome, o.closed) {
            (Outcome::Open, _) => censored.push(months_between(o.created, as_of)),
            (_, Some(closed)) => values.push(months_between(o.created, closed)),
            (_, None) => {}
        }
    }
    match fit_lognormal(&values, &censored) {
        Ok(fit) => Fit::Fitted(Fitted {
            fit,
            values,
            censored,
        }),
        Err(e) => Fit::Not(e.reason),
    }
}

/// Deal size: the amounts of won new-logo deals (expansion deals are sized apart).
fn deal_size(export: &Export) -> Fit<Fitted> {
    let values: Vec<f64> = export
        .opportunities
        .iter()
        .filter(|o| o.outcome == Outcome::Won && export.source_of(o) != Some(Source::Expansion))
        .filter_map(|o| o.amount)
        .filter(|a| *a > 0.0)
        .collect();
    match fit_lognormal(&values, &[]) {
        Ok(fit) => Fit::Fitted(Fitted {
            fit,
            values,
            censored: Vec::new(),
        }),
        Err(e) => Fit::Not(e.reason),
    }
}

/// Reads `table` by `choices`, fits it, and writes the fits into a copy of `base`.
pub fn calibrate(
    table: &Table,
    choices: &Choices,
    base: &Scenario,
    file: &str,
) -> Result<Calibration, ReadError> {
    let read = read_export(table, choices)?;
    let export = &read.export;
    let as_of = export.as_of().ok_or(ReadError::NoRows)?;
    let created = export.opportunities.iter().map(|o| o.created);
    let first = created.clone().min().ok_or(ReadError::NoRows)?;
    let last = created.max().ok_or(ReadError::NoRows)?;
    let mut calibration = Calibration {
        file: file.to_string(),
        rows: table.rows.len(),
        read: export.opportunities.len(),
        first: first.to_string(),
        last: last.to_string(),
        as_of: as_of.to_string(),
        problems: read.problems.clone(),
        problem_count: read.problem_count,
        rows_left_out: read.rows_left_out,
        win_rates: win_rates(export),
        cycle: cycle(export, as_of),
        deal_size: deal_size(export),
        team: team(export),
        changes: Vec::new(),
        fitted: Value::Null,
    };
    let mut scenario = base.clone();
    let changes = super::apply::apply(
        &calibration.win_rates,
        &calibration.cycle,
        &calibration.deal_size,
        &calibration.team,
        export,
        as_of,
        &mut scenario,
    );
    calibration.changes = changes;
    calibration.fitted = scenario.to_compact_value();
    Ok(calibration)
}

impl Calibration {
    /// The calibrated scenario, named for its file and described in `catalogue`'s language:
    /// the file, its dates and its rows, so that a plan made from it says where it came from.
    /// Calibration writes only values inside their fields' ranges, so an error here is a bug,
    /// reported as the model's own errors rather than a panic.
    pub fn scenario(&self, catalogue: &Catalogue) -> Result<Scenario, ModelErrors> {
        let mut scenario = Scenario::from_value(&self.fitted, "")?;
        scenario.name = catalogue.say(
            "calibrate-scenario-name",
            &Args::new().text("file", self.file.clone()),
        );
        scenario.description = catalogue.say(
            "calibrate-scenario-description",
            &Args::new()
                .text("file", self.file.clone())
                .text("first", self.first.clone())
                .text("last", self.last.clone())
                .number("rows", self.read as f64),
        );
        Ok(scenario)
    }
}
