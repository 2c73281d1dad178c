//! A scenario against the baseline, trial by trial (MODEL.md, Comparing scenarios): the runs
//! share trial seeds, so the A − B of each trial is a paired difference.

use super::columns::TrialOutputs;
use super::summaries::horizon_values;
use super::{Comparison, DifferenceSummary};
use crate::engine::outputs::MetricId;
use crate::stats::{share_positive, Summary};

/// The metrics compared between scenarios.
pub const COMPARED: [MetricId; 2] = [MetricId::BOOKINGS_TOTAL, MetricId::PIPELINE_CREATED_TOTAL];

/// Compares run `a` with run `b`, trial by trial (the runs share trial seeds).
pub fn compare<T: TrialOutputs>(a: &T, b: &T, a_index: usize, b_index: usize) -> Comparison {
    let quarters = a.quarters().min(b.quarters());
    let trials = a.trials().min(b.trials());
    let metrics = COMPARED
        .iter()
        .map(|&id| {
            let (metric, index) = (id.metric(), id.index());
            let mut quarter_summaries = Vec::with_capacity(quarters);
            let mut p_greater_quarter = Vec::with_capacity(quarters);
            for q in 0..quarters {
                let d: Vec<f64> = (0..trials)
                    .map(|t| a.value(t, q, index) - b.value(t, q, index))
                    .collect();
                p_greater_quarter.push(share_positive(&d));
                quarter_summaries.push(Summary::of(&d));
            }
            let (ha, hb) = (a.horizon_values_of(&metric), b.horizon_values_of(&metric));
            let d: Vec<f64> = ha[..trials]
                .iter()
                .zip(&hb[..trials])
                .map(|(x, y)| x - y)
                .collect();
            let p_greater = share_positive(&d);
            DifferenceSummary {
                id,
                key: id.key(),
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

/// The paired differences A − B of a metric's horizon values, trial by trial.
pub fn paired_differences<T: TrialOutputs>(a: &T, b: &T, id: MetricId) -> Vec<f64> {
    let (xa, xb) = (horizon_values(a, id), horizon_values(b, id));
    xa.iter().zip(&xb).map(|(x, y)| x - y).collect()
}
