//! What a run means to a person: summaries of every output per quarter and over the horizon,
//! the probability of hitting the bookings target, and paired comparisons of scenarios against
//! the baseline (the A − B distribution and P(A > B)). The JSON form is stable and documented in
//! the README.

use serde::Serialize;

use crate::engine::outputs::{
    metrics, Horizon, Metric, MetricUnit, BOOKINGS, METRIC_COUNT, PIPELINE_CREATED, TOTAL,
};
use crate::engine::{simulate_with_progress, Run, RunError, RunSettings};
use crate::model::calendar::quarter_label;
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

/// A run's outputs, trial by trial: the engine's rows ([`Run`]) or the report's [`Columns`]
/// (what the page keeps). Both give the same bits for the same trials.
pub trait TrialOutputs {
    /// Trials held.
    fn trials(&self) -> usize;
    /// Quarters per trial.
    fn quarters(&self) -> usize;
    /// One trial's value of one metric in one quarter.
    fn value(&self, trial: usize, quarter: usize, metric: usize) -> f64;
    /// Every trial's value of `metric` over the horizon (MODEL.md, Outputs), in trial order.
    fn horizon_values_of(&self, metric: &Metric) -> Vec<f64>;
}

impl TrialOutputs for Run {
    fn trials(&self) -> usize {
        Run::trials(self)
    }
    fn quarters(&self) -> usize {
        Run::quarters(self)
    }
    fn value(&self, trial: usize, quarter: usize, metric: usize) -> f64 {
        Run::value(self, trial, quarter, metric)
    }
    fn horizon_values_of(&self, metric: &Metric) -> Vec<f64> {
        (0..Run::trials(self))
            .map(|t| self.horizon_value(t, metric))
            .collect()
    }
}

impl TrialOutputs for Columns {
    fn trials(&self) -> usize {
        self.filled
    }
    fn quarters(&self) -> usize {
        self.quarters
    }
    fn value(&self, trial: usize, quarter: usize, metric: usize) -> f64 {
        self.column(quarter, metric)[trial]
    }
    fn horizon_values_of(&self, metric: &Metric) -> Vec<f64> {
        self.horizon(metric, self.quarters)
    }
}

/// Every (quarter, metric) column of a run with its trials side by side, and the run's
/// opportunity count: what the report reads (contiguous memory instead of one value per row),
/// and all the page keeps of a run. Trials are added in order: rows from a [`Run`]
/// ([`Columns::of`], [`Columns::fill_to`]), rows as they are made ([`Columns::append_rows`]), or
/// batches already laid out column by column where they ran ([`batch_columns`],
/// [`Columns::append_batch`]: a web worker's answer). Each column grows as it is filled, so no
/// memory is written twice and none is touched before it is needed.
#[derive(Debug, Clone, PartialEq)]
pub struct Columns {
    /// The run's trials: room for this many.
    capacity: usize,
    quarters: usize,
    /// Trials `0..filled` are in.
    filled: usize,
    /// Column `q * METRIC_COUNT + metric`, trials in order.
    values: Vec<Vec<f64>>,
    /// Opportunities created over the trials in.
    opportunities: u64,
}

/// A batch's rows (trial by trial, as `engine::simulate_batch` writes them) laid out column by
/// column: column `q * METRIC_COUNT + metric` of every trial of the batch, then the next column.
/// A worker sends its batch so, and [`Columns::append_batch`] takes it a column at a time.
pub fn batch_columns(rows: &[f64], quarters: usize) -> Vec<f64> {
    let width = quarters * METRIC_COUNT;
    if width == 0 {
        return Vec::new();
    }
    let n = rows.len() / width;
    let mut out = Vec::with_capacity(n * width);
    for j in 0..width {
        out.extend(rows.chunks_exact(width).map(|row| row[j]));
    }
    out
}

impl Columns {
    /// The columns of `run`.
    pub fn of(run: &Run) -> Columns {
        let mut columns = Columns::empty(run);
        columns.fill_to(run, run.trials());
        columns
    }

    /// Room for the columns of `run`, with its opportunity count, to be filled with
    /// [`Columns::fill_to`].
    pub fn empty(run: &Run) -> Columns {
        let mut columns = Columns::for_run(run.trials(), run.quarters());
        columns.opportunities = run.opportunities();
        columns
    }

    /// Room for the columns of a run of `trials` trials and `quarters` quarters.
    pub fn for_run(trials: usize, quarters: usize) -> Columns {
        Columns {
            capacity: trials,
            quarters,
            filled: 0,
            values: (0..quarters * METRIC_COUNT)
                .map(|_| Vec::with_capacity(trials))
                .collect(),
            opportunities: 0,
        }
    }

    /// Trials in so far: `0..filled()`.
    pub fn filled(&self) -> usize {
        self.filled
    }

    /// Opportunities created over the trials in (see [`Columns::add_opportunities`]).
    pub fn opportunities(&self) -> u64 {
        self.opportunities
    }

    /// Adds the opportunities of trials added.
    pub fn add_opportunities(&mut self, n: u64) {
        self.opportunities += n;
    }

    /// Copies the rows of `run` from the last trial in up to trial `end` (excluded). `run` must
    /// be the run these columns were made for (its trials and quarters).
    pub fn fill_to(&mut self, run: &Run, end: usize) {
        debug_assert_eq!(
            (run.trials(), run.quarters()),
            (self.capacity, self.quarters)
        );
        let end = end.min(self.capacity);
        if end > self.filled {
            self.append_rows(run.rows(self.filled..end));
        }
    }

    /// Adds the next trials from their rows (whole rows, trial by trial).
    pub fn append_rows(&mut self, rows: &[f64]) {
        let width = self.quarters * METRIC_COUNT;
        if width == 0 {
            return;
        }
        // Blocks of rows that fit in cache, written out column by column.
        const BLOCK: usize = 64;
        for block in rows.chunks(BLOCK * width) {
            for (j, column) in self.values.iter_mut().enumerate() {
                column.extend(block.chunks_exact(width).map(|row| row[j]));
            }
        }
        self.filled += rows.len() / width;
    }

    /// Adds the next trials from a batch laid out by [`batch_columns`]; the same as
    /// [`Columns::append_rows`] of the batch's rows.
    pub fn append_batch(&mut self, batch: &[f64]) {
        let width = self.values.len();
        if width == 0 {
            return;
        }
        let n = batch.len() / width;
        for (column, part) in self.values.iter_mut().zip(batch.chunks_exact(n.max(1))) {
            column.extend_from_slice(part);
        }
        self.filled += n;
    }

    /// The first `trials` trials (as far as they are in), with `opportunities` as their count:
    /// what a partial report reads while the run goes on.
    pub fn prefix(&self, trials: usize, opportunities: u64) -> Columns {
        let trials = trials.min(self.filled);
        Columns {
            capacity: trials,
            quarters: self.quarters,
            filled: trials,
            values: self.values.iter().map(|c| c[..trials].to_vec()).collect(),
            opportunities,
        }
    }

    /// Every trial's value of metric `metric` in quarter `q` (of the trials filled in).
    pub fn column(&self, q: usize, metric: usize) -> &[f64] {
        &self.values[q * METRIC_COUNT + metric]
    }

    /// Every trial's value of `metric` over the horizon of `quarters` quarters: the same sums in
    /// the same order as [`Run::horizon_value`] (a left fold over the quarters from the identity
    /// of `f64`'s `Sum`), taken a quarter's column at a time.
    pub fn horizon(&self, metric: &Metric, quarters: usize) -> Vec<f64> {
        match metric.horizon {
            Horizon::End | Horizon::Mean if quarters == 0 => vec![0.0; self.filled],
            Horizon::End => self.column(quarters - 1, metric.index).to_vec(),
            Horizon::Sum | Horizon::Mean => {
                let mut sums = vec![crate::stats::sum_start(); self.filled];
                for q in 0..quarters {
                    for (sum, v) in sums.iter_mut().zip(self.column(q, metric.index)) {
                        *sum += v;
                    }
                }
                if metric.horizon == Horizon::Mean {
                    for sum in &mut sums {
                        *sum /= quarters as f64;
                    }
                }
                sums
            }
        }
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
    scenario_report(scenario, &columns, summaries)
}

/// A scenario's report from its columns and its metrics' summaries.
fn scenario_report(
    scenario: &Scenario,
    columns: &Columns,
    metrics: Vec<MetricSummary>,
) -> ScenarioReport {
    let quarters = columns.quarters;
    ScenarioReport {
        name: scenario.name.clone(),
        currency: scenario.currency.clone(),
        quarters: (0..quarters).map(|q| quarter_label(scenario, q)).collect(),
        metrics,
        targets: target_report(scenario, columns, quarters),
        opportunities: columns.opportunities,
    }
}

/// Compares run `a` with run `b`, trial by trial (the runs share trial seeds).
pub fn compare<T: TrialOutputs>(a: &T, b: &T, a_index: usize, b_index: usize) -> Comparison {
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
            let (ha, hb) = (a.horizon_values_of(metric), b.horizon_values_of(metric));
            let d: Vec<f64> = ha[..trials]
                .iter()
                .zip(&hb[..trials])
                .map(|(x, y)| x - y)
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

/// The trials a [`ReportBuilder`] reads: the engine's runs, turned into columns a scenario at a
/// time as the report goes, or columns made beforehand (the page's, filled as the rows came in).
enum Outputs<'a> {
    Runs(&'a [Run]),
    Columns(&'a [Columns]),
}

impl Outputs<'_> {
    fn len(&self) -> usize {
        match self {
            Outputs::Runs(runs) => runs.len(),
            Outputs::Columns(columns) => columns.len(),
        }
    }
}

/// The columns of the scenario a [`ReportBuilder`] is on.
enum Current<'a> {
    /// Being made from its run, a block of trials per step.
    FromRun(&'a Run, Columns),
    /// Made beforehand.
    Given(&'a Columns),
}

impl Current<'_> {
    fn columns(&self) -> &Columns {
        match self {
            Current::FromRun(_, columns) => columns,
            Current::Given(columns) => columns,
        }
    }
}

/// A workspace's report built a step at a time (about one metric of one scenario per step), so
/// that a browser can keep every task on its main thread short. [`report_workspace`] is this
/// run to the end, so both give the same bits.
pub struct ReportBuilder<'a> {
    workspace: &'a Workspace,
    settings: RunSettings,
    outputs: Outputs<'a>,
    /// The scenario being summarised: its index, its columns and the metrics done.
    current: Option<(usize, Current<'a>, Vec<MetricSummary>)>,
    scenarios: Vec<ScenarioReport>,
    comparisons: Vec<Comparison>,
}

impl<'a> ReportBuilder<'a> {
    /// A builder for the report of `runs` (one per scenario, in order).
    pub fn new(workspace: &'a Workspace, settings: &RunSettings, runs: &'a [Run]) -> Self {
        Self::of(workspace, settings, Outputs::Runs(runs))
    }

    /// A builder for the report of runs kept as columns (one per scenario, in order, every
    /// trial in): the report starts at the summaries.
    pub fn of_columns(
        workspace: &'a Workspace,
        settings: &RunSettings,
        columns: &'a [Columns],
    ) -> Self {
        Self::of(workspace, settings, Outputs::Columns(columns))
    }

    fn of(workspace: &'a Workspace, settings: &RunSettings, outputs: Outputs<'a>) -> Self {
        ReportBuilder {
            workspace,
            settings: *settings,
            scenarios: Vec::with_capacity(outputs.len()),
            outputs,
            current: None,
            comparisons: Vec::new(),
        }
    }

    /// Does the next piece of work; false once the report is complete.
    pub fn step(&mut self) -> bool {
        let all = metrics();
        match &mut self.current {
            None if self.scenarios.len() < self.outputs.len() => {
                let i = self.scenarios.len();
                let current = match self.outputs {
                    Outputs::Runs(runs) => Current::FromRun(&runs[i], Columns::empty(&runs[i])),
                    Outputs::Columns(columns) => Current::Given(&columns[i]),
                };
                self.current = Some((i, current, Vec::with_capacity(all.len())));
                true
            }
            // Columns made from a run are filled a block of trials at a time, to keep steps short.
            Some((_, Current::FromRun(run, columns), _)) if columns.filled() < run.trials() => {
                columns.fill_to(run, columns.filled() + TRIALS_PER_STEP);
                true
            }
            Some((_, current, done)) if done.len() < all.len() => {
                let columns = current.columns();
                done.push(metric_summary(columns, &all[done.len()], columns.quarters));
                true
            }
            Some(_) => {
                let (i, current, done) = self.current.take().expect("a scenario in progress");
                let scenario = &self.workspace.scenarios[i];
                self.scenarios
                    .push(scenario_report(scenario, current.columns(), done));
                true
            }
            None => {
                let b = self.workspace.baseline;
                let next = (0..self.outputs.len())
                    .filter(|&i| i != b)
                    .nth(self.comparisons.len());
                match next {
                    Some(i) => {
                        self.comparisons.push(match self.outputs {
                            Outputs::Runs(runs) => compare(&runs[i], &runs[b], i, b),
                            Outputs::Columns(columns) => compare(&columns[i], &columns[b], i, b),
                        });
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
pub fn horizon_values(run: &impl TrialOutputs, key: &str) -> Vec<f64> {
    let Some(metric) = crate::engine::outputs::metric_by_key(key) else {
        return Vec::new();
    };
    run.horizon_values_of(&metric)
}

/// The paired differences A − B of a metric's horizon values, trial by trial.
pub fn paired_differences<T: TrialOutputs>(a: &T, b: &T, key: &str) -> Vec<f64> {
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

    fn runs_of(workspace: &Workspace, trials: u32) -> (RunSettings, Vec<Run>) {
        let settings = RunSettings {
            trials,
            seed: 9,
            threads: 1,
        };
        let runs = run_workspace(workspace, &settings, &|_| {}, &Default::default()).unwrap();
        (settings, runs.runs)
    }

    #[test]
    fn columns_filled_as_rows_come_in_are_the_columns_of_the_whole_run() {
        let workspace = presets::comparison("founder-led", "vp-first").unwrap();
        let (_, runs) = runs_of(&workspace, 150);
        let run = &runs[1];
        let whole = Columns::of(run);
        let mut pieces = Columns::empty(run);
        for end in [1, 2, 64, 65, 130, 150, 150, 400] {
            pieces.fill_to(run, end);
            assert_eq!(pieces.filled(), end.min(150));
        }
        let bits =
            |c: &Columns| -> Vec<u64> { c.values.iter().flatten().map(|v| v.to_bits()).collect() };
        assert_eq!(bits(&pieces), bits(&whole));
        assert_eq!(whole.column(3, 7).len(), 150);
        assert_eq!(
            whole.column(3, 7)[149].to_bits(),
            run.value(149, 3, 7).to_bits()
        );
    }

    #[test]
    fn horizon_columns_are_each_trials_horizon_value_bit_for_bit() {
        let workspace = presets::comparison("veteran-drift", "t-model").unwrap();
        let (_, runs) = runs_of(&workspace, 60);
        for run in &runs {
            let columns = Columns::of(run);
            for metric in metrics() {
                let horizon = columns.horizon(&metric, run.quarters());
                for (t, v) in horizon.iter().enumerate() {
                    assert_eq!(
                        v.to_bits(),
                        run.horizon_value(t, &metric).to_bits(),
                        "{} of trial {t}",
                        metric.key()
                    );
                }
            }
        }
        // Negative zeros keep their sign through a sum, as in the fold over a trial's quarters.
        let mut run = Run::zeroed(2, 3);
        for v in run.rows_mut(0..2) {
            *v = -0.0;
        }
        let columns = Columns::of(&run);
        for metric in metrics() {
            for (t, v) in columns.horizon(&metric, 3).iter().enumerate() {
                assert_eq!(v.to_bits(), run.horizon_value(t, &metric).to_bits());
            }
        }
    }

    #[test]
    fn columns_made_beforehand_give_the_same_report() {
        let workspace = presets::comparison("founder-led", "vp-first").unwrap();
        let (settings, runs) = runs_of(&workspace, 80);
        let expected = ReportBuilder::new(&workspace, &settings, &runs).finish();
        let columns: Vec<Columns> = runs.iter().map(Columns::of).collect();
        let report = ReportBuilder::of_columns(&workspace, &settings, &columns).finish();
        assert_eq!(report, expected);
        assert_eq!(report.scenarios[1].opportunities, runs[1].opportunities());
    }

    #[test]
    fn batches_laid_out_by_column_fill_the_same_columns_as_rows() {
        let workspace = presets::comparison("founder-led", "vp-first").unwrap();
        let (_, runs) = runs_of(&workspace, 90);
        let run = &runs[0];
        let whole = Columns::of(run);
        // Batches of uneven sizes, as workers send them, and rows a trial at a time.
        let mut batches = Columns::empty(run);
        let mut rows = Columns::for_run(run.trials(), run.quarters());
        let mut at = 0;
        for size in [1, 25, 7, 50, 7] {
            let trials = at..at + size;
            batches.append_batch(&batch_columns(run.rows(trials.clone()), run.quarters()));
            for t in trials {
                rows.append_rows(run.rows(t..t + 1));
            }
            at += size;
        }
        rows.add_opportunities(run.opportunities());
        let bits =
            |c: &Columns| -> Vec<u64> { c.values.iter().flatten().map(|v| v.to_bits()).collect() };
        assert_eq!(batches.filled(), 90);
        assert_eq!(bits(&batches), bits(&whole));
        assert_eq!(rows, whole);
        // A prefix is the columns of the first trials, with the opportunities given.
        let prefix = whole.prefix(26, 3);
        assert_eq!(prefix.filled(), 26);
        assert_eq!(prefix.opportunities(), 3);
        assert_eq!(prefix.column(2, 14), &whole.column(2, 14)[..26]);
        assert_eq!(whole.prefix(500, 0).filled(), 90);
        // Both layouts read the same values and horizon values.
        let bookings = &metrics()[BOOKINGS + TOTAL];
        assert_eq!(
            TrialOutputs::horizon_values_of(&whole, bookings),
            TrialOutputs::horizon_values_of(run, bookings)
        );
        assert_eq!(
            TrialOutputs::value(&whole, 77, 3, 9).to_bits(),
            run.value(77, 3, 9).to_bits()
        );
        assert_eq!(
            compare(&whole, &Columns::of(&runs[1]), 0, 1),
            compare(run, &runs[1], 0, 1)
        );
    }
}
