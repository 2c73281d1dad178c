//! A workspace's runs and their report: every scenario run with the same trials and seed, then
//! summarised and compared with the baseline, a step at a time so that a browser's main thread
//! stays responsive.

use super::columns::{Columns, TrialOutputs};
use super::comparisons::compare;
use super::summaries::{metric_summary, scenario_report};
use super::{Comparison, MetricSummary, ScenarioReport, WorkspaceReport, REPORT_FORMAT};
use crate::engine::outputs::metrics;
use crate::engine::{simulate_with_progress, Run, RunError, RunSettings};
use crate::model::Workspace;

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
                done.push(metric_summary(
                    columns,
                    &all[done.len()],
                    columns.quarters(),
                ));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets;
    use crate::report::{runs_of, summarize};

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
}
