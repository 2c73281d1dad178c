//! What a run means to a person: summaries of every output per quarter and over the horizon,
//! the probability of hitting the bookings target, and paired comparisons of scenarios against
//! the baseline (the A − B distribution and P(A > B)). The JSON form is stable and documented in
//! the README.

use serde::Serialize;

use crate::engine::outputs::{
    horizon_value_of, metrics, Metric, MetricUnit, BOOKINGS, METRIC_COUNT, PIPELINE_CREATED, TOTAL,
};
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

/// Every (quarter, metric) column of a run with its trials side by side, made in one blocked
/// pass over the rows: summaries then read contiguous memory instead of one value per row.
pub struct Columns {
    trials: usize,
    values: Vec<f64>,
}

impl Columns {
    /// The columns of `run`.
    pub fn of(run: &Run) -> Columns {
        let mut columns = Columns::empty(run);
        columns.fill(run, 0..run.trials());
        columns
    }

    /// Room for the columns of `run`, to be filled with [`Columns::fill`].
    pub fn empty(run: &Run) -> Columns {
        Columns {
            trials: run.trials(),
            values: vec![0.0; run.trials() * run.quarters() * METRIC_COUNT],
        }
    }

    /// Copies the rows of trials `range` into the columns.
    pub fn fill(&mut self, run: &Run, range: std::ops::Range<usize>) {
        let (n, width) = (self.trials, run.quarters() * METRIC_COUNT);
        // Blocks of rows that fit in cache, written out column by column.
        const BLOCK: usize = 64;
        for start in range.clone().step_by(BLOCK) {
            let end = (start + BLOCK).min(range.end);
            for j in 0..width {
                let column = &mut self.values[j * n..(j + 1) * n];
                for (t, slot) in column.iter_mut().enumerate().take(end).skip(start) {
                    *slot = run.row(t)[j];
                }
            }
        }
    }

    /// Every trial's value of metric `metric` in quarter `q`.
    pub fn column(&self, q: usize, metric: usize) -> &[f64] {
        let j = q * METRIC_COUNT + metric;
        &self.values[j * self.trials..(j + 1) * self.trials]
    }

    /// Every trial's value of `metric` over the horizon of `quarters` quarters (the same sums in
    /// the same order as [`Run::horizon_value`]).
    pub fn horizon(&self, metric: &Metric, quarters: usize) -> Vec<f64> {
        (0..self.trials)
            .map(|t| {
                horizon_value_of(
                    metric,
                    (0..quarters).map(|q| self.column(q, metric.index)[t]),
                )
            })
            .collect()
    }
}

/// One metric's summaries from the columns.
fn metric_summary(columns: &Columns, metric: &Metric, quarters: usize) -> MetricSummary {
    MetricSummary {
        key: metric.key(),
        unit: unit_name(metric.unit),
        quarters: (0..quarters)
            .map(|q| Summary::of(columns.column(q, metric.index)))
            .collect(),
        horizon: Summary::of(&columns.horizon(metric, quarters)),
    }
}

/// The bookings targets' report, if the scenario has targets.
fn target_report(scenario: &Scenario, columns: &Columns, quarters: usize) -> Option<TargetReport> {
    scenario.quarter_targets().map(|per_quarter| {
        let p_hit_quarter = (0..quarters)
            .map(|q| share_at_least(columns.column(q, BOOKINGS + TOTAL), per_quarter[q]))
            .collect();
        let total: f64 = per_quarter.iter().sum();
        let bookings = &metrics()[BOOKINGS + TOTAL];
        let totals = columns.horizon(bookings, quarters);
        TargetReport {
            p_hit_quarter,
            p_hit_total: share_at_least(&totals, total),
            total,
            per_quarter,
        }
    })
}

/// Summarises one scenario's run.
pub fn summarize(scenario: &Scenario, run: &Run) -> ScenarioReport {
    let columns = Columns::of(run);
    let summaries = metrics()
        .iter()
        .map(|m| metric_summary(&columns, m, run.quarters()))
        .collect();
    scenario_report(scenario, run, &columns, summaries)
}

/// A scenario's report from its run, its columns and its metrics' summaries.
fn scenario_report(
    scenario: &Scenario,
    run: &Run,
    columns: &Columns,
    metrics: Vec<MetricSummary>,
) -> ScenarioReport {
    let quarters = run.quarters();
    ScenarioReport {
        name: scenario.name.clone(),
        currency: scenario.currency.clone(),
        quarters: (0..quarters).map(|q| quarter_label(scenario, q)).collect(),
        metrics,
        targets: target_report(scenario, columns, quarters),
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
                let d: Vec<f64> = (0..trials)
                    .map(|t| a.value(t, q, index) - b.value(t, q, index))
                    .collect();
                p_greater_quarter.push(share_positive(&d));
                quarter_summaries.push(Summary::of(&d));
            }
            let d: Vec<f64> = (0..trials)
                .map(|t| a.horizon_value(t, metric) - b.horizon_value(t, metric))
                .collect();
            let p_greater = share_positive(&d);
            DifferenceSummary {
                key: key.to_string(),
                quarters: quarter_summaries,
                p_greater_quarter,
                horizon: Summary::of(&d),
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
    ReportBuilder::new(workspace, settings, &runs.runs).finish()
}

/// Trials whose rows one step of [`ReportBuilder`] copies into columns.
const TRIALS_PER_STEP: usize = 1024;

/// A workspace's report built a step at a time (about one metric of one scenario per step), so
/// that a browser can keep every task on its main thread short. [`report_workspace`] is this
/// run to the end, so both give the same bits.
pub struct ReportBuilder<'a> {
    workspace: &'a Workspace,
    settings: RunSettings,
    runs: &'a [Run],
    /// The scenario being summarised: its index, its columns, how many trials' rows they hold
    /// so far, and the metrics done.
    current: Option<(usize, Columns, usize, Vec<MetricSummary>)>,
    scenarios: Vec<ScenarioReport>,
    comparisons: Vec<Comparison>,
}

impl<'a> ReportBuilder<'a> {
    /// A builder for the report of `runs` (one per scenario, in order).
    pub fn new(workspace: &'a Workspace, settings: &RunSettings, runs: &'a [Run]) -> Self {
        ReportBuilder {
            workspace,
            settings: *settings,
            runs,
            current: None,
            scenarios: Vec::with_capacity(runs.len()),
            comparisons: Vec::new(),
        }
    }

    /// Does the next piece of work; false once the report is complete.
    pub fn step(&mut self) -> bool {
        let all = metrics();
        match &mut self.current {
            None if self.scenarios.len() < self.runs.len() => {
                let i = self.scenarios.len();
                let columns = Columns::empty(&self.runs[i]);
                self.current = Some((i, columns, 0, Vec::with_capacity(all.len())));
                true
            }
            // The columns are filled a block of trials at a time, to keep steps short.
            Some((i, columns, filled, _)) if *filled < self.runs[*i].trials() => {
                let end = (*filled + TRIALS_PER_STEP).min(self.runs[*i].trials());
                columns.fill(&self.runs[*i], *filled..end);
                *filled = end;
                true
            }
            Some((i, columns, _, done)) if done.len() < all.len() => {
                let quarters = self.runs[*i].quarters();
                done.push(metric_summary(columns, &all[done.len()], quarters));
                true
            }
            Some(_) => {
                let (i, columns, _, done) = self.current.take().expect("a scenario in progress");
                let scenario = &self.workspace.scenarios[i];
                self.scenarios
                    .push(scenario_report(scenario, &self.runs[i], &columns, done));
                true
            }
            None => {
                let b = self.workspace.baseline;
                let next = (0..self.runs.len())
                    .filter(|&i| i != b)
                    .nth(self.comparisons.len());
                match next {
                    Some(i) => {
                        self.comparisons
                            .push(compare(&self.runs[i], &self.runs[b], i, b));
                        true
                    }
                    None => false,
                }
            }
        }
    }

    /// The report, doing whatever work is left.
    pub fn finish(mut self) -> WorkspaceReport {
        while self.step() {}
        WorkspaceReport {
            format: REPORT_FORMAT,
            trials: self.settings.trials,
            seed: self.settings.seed,
            baseline: self.workspace.baseline,
            scenarios: self.scenarios,
            comparisons: self.comparisons,
        }
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
                .unwrap_or_else(|| Summary::of(&[]))
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

#[cfg(test)]
mod builder_tests {
    use super::*;
    use crate::presets;

    #[test]
    fn stepping_gives_the_same_report_as_summarising_each_scenario() {
        let mut workspace = presets::comparison("veteran-drift", "t-model").unwrap();
        workspace.baseline = 1;
        workspace.scenarios[0].targets.bookings_per_quarter =
            crate::model::Target::Every(400_000.0);
        let settings = RunSettings {
            trials: 120,
            seed: 5,
            threads: 1,
        };
        let runs = run_workspace(&workspace, &settings, &|_| {}, &Default::default()).unwrap();
        let mut builder = ReportBuilder::new(&workspace, &settings, &runs.runs);
        let mut steps = 0;
        while builder.step() {
            steps += 1;
        }
        assert_eq!(
            steps,
            2 * (1 + 1 + metrics().len() + 1) + 1,
            "one step per metric"
        );
        let report = builder.finish();
        for (i, s) in workspace.scenarios.iter().enumerate() {
            assert_eq!(report.scenarios[i], summarize(s, &runs.runs[i]));
        }
        assert!(report.scenarios[0].targets.is_some());
        assert_eq!(
            report.comparisons,
            vec![compare(&runs.runs[0], &runs.runs[1], 0, 1)]
        );
    }
}
