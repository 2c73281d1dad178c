//! One point of an analysis: a variant of the scenario simulated for the same trials from the
//! same seed as every other point (common random numbers), kept as two numbers per trial: the
//! analysis's measure and the cost over the horizon. A point is the unit of work that threads
//! and web workers take, whole or in batches of trials; its numbers do not depend on how.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::outcome::{quantile_in_place, Measure};
use crate::engine::outputs::horizon_value_of;
use crate::engine::{simulate_batch, MetricId, RunError, Setup, TrialBuffers, METRIC_COUNT};
use crate::model::Scenario;

/// A point's numbers, trial by trial.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PointValues {
    /// The measure of each trial.
    pub values: Vec<f64>,
    /// The cost over the horizon of each trial.
    pub costs: Vec<f64>,
    /// Opportunities created over these trials.
    pub opportunities: u64,
}

impl PointValues {
    /// Appends the next trials' numbers (batches come in trial order).
    pub fn append(&mut self, more: PointValues) {
        self.values.extend(more.values);
        self.costs.extend(more.costs);
        self.opportunities += more.opportunities;
    }
}

/// The summary of a point that sweeps and goal seeks show.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PointSummary {
    /// The measure's P10.
    pub p10: f64,
    /// The measure's median.
    pub p50: f64,
    /// The measure's P90.
    pub p90: f64,
    /// The median cost over the horizon.
    pub cost: f64,
    /// The cost's P10.
    pub cost_p10: f64,
    /// The cost's P90.
    pub cost_p90: f64,
}

impl PointSummary {
    /// The summary of a point's numbers.
    pub fn of(values: &PointValues) -> PointSummary {
        let mut v = values.values.clone();
        let mut c = values.costs.clone();
        PointSummary {
            p10: quantile_in_place(&mut v, 0.1),
            p50: quantile_in_place(&mut v, 0.5),
            p90: quantile_in_place(&mut v, 0.9),
            cost: quantile_in_place(&mut c, 0.5),
            cost_p10: quantile_in_place(&mut c, 0.1),
            cost_p90: quantile_in_place(&mut c, 0.9),
        }
    }
}

/// Simulates trials `trials` of the run seeded `seed` of a prepared scenario, keeping each
/// trial's measure and cost. `row` is scratch for one trial's outputs.
pub fn evaluate_batch(
    setup: &Setup,
    seed: u64,
    trials: Range<u32>,
    measure: &Measure,
    buffers: &mut TrialBuffers,
    row: &mut Vec<f64>,
) -> Result<PointValues, RunError> {
    let quarters = setup.quarters();
    let width = quarters * METRIC_COUNT;
    let n = trials.len();
    let mut out = PointValues {
        values: Vec::with_capacity(n),
        costs: Vec::with_capacity(n),
        opportunities: 0,
    };
    let cost = MetricId::COST_TOTAL;
    for trial in trials {
        row.clear();
        row.resize(width, 0.0);
        out.opportunities += simulate_batch(setup, seed, trial..trial + 1, buffers, row)?;
        out.values.push(measure.of_row(row, quarters));
        out.costs.push(horizon_value_of(
            &cost.metric(),
            (0..quarters).map(|q| row[q * METRIC_COUNT + cost.index()]),
        ));
    }
    Ok(out)
}

/// Simulates every trial of one point on this thread.
pub fn evaluate(
    scenario: &Scenario,
    seed: u64,
    trials: u32,
    measure: &Measure,
) -> Result<PointValues, RunError> {
    let setup = Setup::new(scenario);
    evaluate_batch(
        &setup,
        seed,
        0..trials,
        measure,
        &mut TrialBuffers::default(),
        &mut Vec::new(),
    )
}
