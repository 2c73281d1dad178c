//! What a run means to a person: summaries of every output per quarter and over the horizon,
//! the probability of hitting the bookings target, and paired comparisons of scenarios against
//! the baseline (the A − B distribution and P(A > B)). This module holds the report's stable JSON
//! form (documented in the README); its parts are made in:
//!
//! - `columns`: a run's outputs trial by trial, and the columns the report reads;
//! - `summaries`: each metric's distribution, and a scenario's report;
//! - `targets`: the chance of hitting the bookings target;
//! - `comparisons`: a scenario against the baseline, trial by trial;
//! - `kpis`: the headline numbers of a scenario;
//! - `opportunities`: one trial's opportunities as a CRM export, for calibration;
//! - `chart_numbers`: the numbers behind each chart, as tables (the charts' text alternative);
//! - `builder`: a workspace's runs and their report, built a step at a time.

mod builder;
pub mod chart_numbers;
mod columns;
mod comparisons;
mod kpis;
mod opportunities;
mod summaries;
mod targets;

use serde::Serialize;

use crate::engine::outputs::{MetricId, MetricUnit};
use crate::stats::Summary;

pub use builder::{report_workspace, run_workspace, ReportBuilder, WorkspaceRuns};
pub use columns::{batch_columns, Columns, TrialOutputs};
pub use comparisons::{compare, paired_differences, COMPARED};
pub use kpis::Kpis;
pub use opportunities::{
    opportunity_rows, owner_name, start_date, write_opportunities_csv, OpportunityRow, Stage,
    OPPORTUNITY_COLUMNS,
};
pub use summaries::{horizon_values, summarize};

/// One output's distribution per quarter and over the horizon.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetricSummary {
    /// The metric summarised.
    #[serde(skip)]
    pub id: MetricId,
    /// `group.part`, e.g. `bookings.inbound`.
    pub key: String,
    /// `money`, `count` or `capacity`.
    pub unit: &'static str,
    /// One summary per quarter.
    pub quarters: Vec<Summary>,
    /// The horizon total (flows summed, stocks at the end, capacity averaged).
    pub horizon: Summary,
}

/// The chance of hitting the bookings target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TargetReport {
    /// The target of each quarter.
    pub per_quarter: Vec<f64>,
    /// P(quarterly bookings ≥ target), per quarter.
    pub p_hit_quarter: Vec<f64>,
    /// Σ of the quarterly targets.
    pub total: f64,
    /// P(horizon bookings ≥ Σ targets).
    pub p_hit_total: f64,
}

/// Everything reported about one scenario's run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScenarioReport {
    pub name: String,
    pub currency: String,
    /// Quarter labels, e.g. `2027 Q1`.
    pub quarters: Vec<String>,
    pub metrics: Vec<MetricSummary>,
    pub targets: Option<TargetReport>,
    /// Opportunities created over all trials.
    pub opportunities: u64,
}

/// A paired difference A − B of one metric.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DifferenceSummary {
    /// The metric compared.
    #[serde(skip)]
    pub id: MetricId,
    /// Its key, e.g. `bookings.total`.
    pub key: String,
    /// The distribution of A − B per quarter (over the quarters both scenarios have).
    pub quarters: Vec<Summary>,
    /// P(A > B) per quarter.
    pub p_greater_quarter: Vec<f64>,
    /// The distribution of A − B of the horizon totals.
    pub horizon: Summary,
    /// P(A > B) of the horizon totals.
    pub p_greater: f64,
}

/// A scenario compared with the baseline, trial by trial.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// Index of scenario A.
    pub scenario: usize,
    /// Index of the baseline B.
    pub baseline: usize,
    pub metrics: Vec<DifferenceSummary>,
}

/// The report of a whole workspace run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WorkspaceReport {
    /// The report format's version.
    pub format: u32,
    pub trials: u32,
    pub seed: u64,
    pub baseline: usize,
    pub scenarios: Vec<ScenarioReport>,
    pub comparisons: Vec<Comparison>,
}

/// The version of the report's JSON form.
pub const REPORT_FORMAT: u32 = 1;

fn unit_name(unit: MetricUnit) -> &'static str {
    match unit {
        MetricUnit::Money => "money",
        MetricUnit::Count => "count",
        MetricUnit::Capacity => "capacity",
    }
}

impl ScenarioReport {
    /// The summary of a metric.
    pub fn summary(&self, id: MetricId) -> Option<&MetricSummary> {
        self.metrics.iter().find(|m| m.id == id)
    }

    /// The summary of the metric with this key (as files name it, e.g. `bookings.total`).
    pub fn metric(&self, key: &str) -> Option<&MetricSummary> {
        self.metrics.iter().find(|m| m.key == key)
    }
}

impl Comparison {
    /// The paired difference of a metric, if it is compared.
    pub fn difference(&self, id: MetricId) -> Option<&DifferenceSummary> {
        self.metrics.iter().find(|m| m.id == id)
    }
}

/// The runs of `workspace` with `trials` trials from seed 9, on one thread: what the tests of
/// the columns and of the builder report on.
#[cfg(test)]
fn runs_of(
    workspace: &crate::model::Workspace,
    trials: u32,
) -> (crate::engine::RunSettings, Vec<crate::engine::Run>) {
    let settings = crate::engine::RunSettings {
        trials,
        seed: 9,
        threads: 1,
    };
    let runs = run_workspace(workspace, &settings, &|_| {}, &Default::default()).unwrap();
    (settings, runs.runs)
}
