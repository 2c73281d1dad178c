//! What a run means to a person: summaries of every output per quarter and over the horizon,
//! the probability of hitting the bookings target, and paired comparisons of scenarios against
//! the baseline (the A − B distribution and P(A > B)). The JSON form is stable and documented in
//! the README.

use serde::Serialize;

use crate::engine::outputs::{metrics, Metric, MetricUnit, BOOKINGS, PIPELINE_CREATED, TOTAL};
use crate::engine::{simulate_with_progress, Run, RunError, RunSettings};
use crate::format::quarter_label;
use crate::model::{Scenario, Workspace};
use crate::stats::{share_at_least, share_positive, Summary};

/// The metrics compared between scenarios.
pub const COMPARED: [(&str, usize); 2] = [
    ("bookings.total", BOOKINGS + TOTAL),
    ("pipeline_created.total", PIPELINE_CREATED + TOTAL),
];

/// One output's distribution per quarter and over the horizon.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetricSummary {
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

fn column(run: &Run, f: impl Fn(usize) -> f64) -> Vec<f64> {
    (0..run.trials()).map(f).collect()
}

/// Summarises one scenario's run.
pub fn summarize(scenario: &Scenario, run: &Run) -> ScenarioReport {
    let quarters = run.quarters();
    let metrics: Vec<MetricSummary> = metrics()
        .iter()
        .map(|m| MetricSummary {
            key: m.key(),
            unit: unit_name(m.unit),
            quarters: (0..quarters)
                .map(|q| Summary::of(&mut column(run, |t| run.value(t, q, m.index))))
                .collect(),
            horizon: Summary::of(&mut column(run, |t| run.horizon_value(t, m))),
        })
        .collect();
    let targets = scenario.quarter_targets().map(|per_quarter| {
        let p_hit_quarter = (0..quarters)
            .map(|q| {
                share_at_least(
                    &column(run, |t| run.value(t, q, BOOKINGS + TOTAL)),
                    per_quarter[q],
                )
            })
            .collect();
        let total: f64 = per_quarter.iter().sum();
        let totals = horizon_values(run, "bookings.total");
        TargetReport {
            p_hit_quarter,
            p_hit_total: share_at_least(&totals, total),
            total,
            per_quarter,
        }
    });
    ScenarioReport {
        name: scenario.name.clone(),
        currency: scenario.currency.clone(),
        quarters: (0..quarters).map(|q| quarter_label(scenario, q)).collect(),
        metrics,
        targets,
        opportunities: run.opportunities(),
    }
}

/// Compares run `a` with run `b`, trial by trial (the runs share trial seeds).
pub fn compare(a: &Run, b: &Run, a_index: usize, b_index: usize) -> Comparison {
    let quarters = a.quarters().min(b.quarters());
    let trials = a.trials().min(b.trials());
    let all = metrics();
    let metrics = COMPARED
        .iter()
        .map(|&(key, index)| {
            let metric: &Metric = &all[index];
            let mut quarter_summaries = Vec::with_capacity(quarters);
            let mut p_greater_quarter = Vec::with_capacity(quarters);
            for q in 0..quarters {
                let mut d: Vec<f64> = (0..trials)
                    .map(|t| a.value(t, q, index) - b.value(t, q, index))
                    .collect();
                p_greater_quarter.push(share_positive(&d));
                quarter_summaries.push(Summary::of(&mut d));
            }
            let mut d: Vec<f64> = (0..trials)
                .map(|t| a.horizon_value(t, metric) - b.horizon_value(t, metric))
                .collect();
            let p_greater = share_positive(&d);
            DifferenceSummary {
                key: key.to_string(),
                quarters: quarter_summaries,
                p_greater_quarter,
                horizon: Summary::of(&mut d),
                p_greater,
            }
        })
        .collect();
    Comparison {
        scenario: a_index,
        baseline: b_index,
        metrics,
    }
}

/// The runs of a workspace, in scenario order.
pub struct WorkspaceRuns {
    pub runs: Vec<Run>,
}

/// Runs every scenario of a workspace with the same trials and seed. `progress` gets the
/// number of finished trials over all scenarios.
pub fn run_workspace(
    workspace: &Workspace,
    settings: &RunSettings,
    progress: &(dyn Fn(u64) + Sync),
    cancel: &std::sync::atomic::AtomicBool,
) -> Result<WorkspaceRuns, (usize, RunError)> {
    for (i, s) in workspace.scenarios.iter().enumerate() {
        crate::engine::check_work(s, settings.trials).map_err(|e| (i, e))?;
    }
    let mut runs = Vec::with_capacity(workspace.scenarios.len());
    for (i, s) in workspace.scenarios.iter().enumerate() {
        let before = i as u64 * settings.trials as u64;
        let run =
            simulate_with_progress(s, settings, &|done| progress(before + done as u64), cancel)
                .map_err(|e| (i, e))?;
        runs.push(run);
    }
    Ok(WorkspaceRuns { runs })
}

/// The full report of a workspace's runs.
pub fn report_workspace(
    workspace: &Workspace,
    settings: &RunSettings,
    runs: &WorkspaceRuns,
) -> WorkspaceReport {
    let scenarios = workspace
        .scenarios
        .iter()
        .zip(&runs.runs)
        .map(|(s, r)| summarize(s, r))
        .collect();
    let b = workspace.baseline;
    let comparisons = (0..runs.runs.len())
        .filter(|&i| i != b)
        .map(|i| compare(&runs.runs[i], &runs.runs[b], i, b))
        .collect();
    WorkspaceReport {
        format: REPORT_FORMAT,
        trials: settings.trials,
        seed: settings.seed,
        baseline: b,
        scenarios,
        comparisons,
    }
}

impl ScenarioReport {
    /// The summary of the metric with this key.
    pub fn metric(&self, key: &str) -> Option<&MetricSummary> {
        self.metrics.iter().find(|m| m.key == key)
    }
}

/// Every trial's horizon value of the metric with this key (e.g. total bookings per trial, for a
/// histogram).
pub fn horizon_values(run: &Run, key: &str) -> Vec<f64> {
    let Some(metric) = crate::engine::outputs::metric_by_key(key) else {
        return Vec::new();
    };
    (0..run.trials())
        .map(|t| run.horizon_value(t, &metric))
        .collect()
}

/// The paired differences A − B of a metric's horizon values, trial by trial.
pub fn paired_differences(a: &Run, b: &Run, key: &str) -> Vec<f64> {
    let (xa, xb) = (horizon_values(a, key), horizon_values(b, key));
    xa.iter().zip(&xb).map(|(x, y)| x - y).collect()
}

/// The headline numbers of one scenario, as the KPI cards show them.
#[derive(Debug, Clone, PartialEq)]
pub struct Kpis {
    /// Bookings over the horizon.
    pub bookings: Summary,
    /// P(total bookings ≥ Σ targets), when there is a target.
    pub p_hit_target: Option<f64>,
    /// The total target, when there is one.
    pub target: Option<f64>,
    /// AEs, SDRs and the leader at the end of the horizon.
    pub ending_headcount: Summary,
    /// Cost over the horizon.
    pub cost: Summary,
    /// Median bookings per unit of median cost.
    pub bookings_per_cost: Option<f64>,
}

impl Kpis {
    /// The KPIs of a scenario's report.
    pub fn of(report: &ScenarioReport) -> Kpis {
        let horizon = |key: &str| {
            report
                .metric(key)
                .map(|m| m.horizon)
                .unwrap_or_else(|| Summary::of(&mut []))
        };
        let bookings = horizon("bookings.total");
        let cost = horizon("cost.total");
        Kpis {
            bookings,
            p_hit_target: report.targets.as_ref().map(|t| t.p_hit_total),
            target: report.targets.as_ref().map(|t| t.total),
            ending_headcount: horizon("headcount.total"),
            cost,
            bookings_per_cost: (cost.p50 > 0.0).then(|| bookings.p50 / cost.p50),
        }
    }
}
