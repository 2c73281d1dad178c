//! Each metric's distribution per quarter and over the horizon, and a scenario's report of them.

use super::columns::{Columns, TrialOutputs};
use super::targets::target_report;
use super::{unit_name, MetricSummary, ScenarioReport};
use crate::engine::outputs::{metrics, Metric, MetricId};
use crate::engine::Run;
use crate::model::calendar::quarter_label;
use crate::model::Scenario;
use crate::stats::Summary;

/// One metric's summaries from the columns.
pub(super) fn metric_summary(columns: &Columns, metric: &Metric, quarters: usize) -> MetricSummary {
    MetricSummary {
        id: metric.id(),
        key: metric.key(),
        unit: unit_name(metric.unit),
        quarters: (0..quarters)
            .map(|q| Summary::of(columns.column(q, metric.index)))
            .collect(),
        horizon: Summary::of(&columns.horizon(metric, quarters)),
    }
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
pub(super) fn scenario_report(
    scenario: &Scenario,
    columns: &Columns,
    metrics: Vec<MetricSummary>,
) -> ScenarioReport {
    let quarters = columns.quarters();
    ScenarioReport {
        name: scenario.name.clone(),
        currency: scenario.currency.clone(),
        quarters: (0..quarters).map(|q| quarter_label(scenario, q)).collect(),
        metrics,
        targets: target_report(scenario, columns, quarters),
        opportunities: columns.opportunities(),
    }
}

/// Every trial's horizon value of a metric (e.g. total bookings per trial, for a histogram).
pub fn horizon_values(run: &impl TrialOutputs, id: MetricId) -> Vec<f64> {
    run.horizon_values_of(&id.metric())
}
