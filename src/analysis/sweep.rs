//! Sweeps: one input over a range of evenly spaced values, everything else as it is, each value
//! run with the same trials and seed; the output's median and P10–P90 at each, the cost beneath,
//! and the best value marked (the highest output; the lowest for costs and departures; the
//! cheaper of equals).

use serde::Serialize;

use super::error::{outside_input, AnalysisError};
use super::inputs::{value_text, Input};
use super::outcome::{Measure, Outcome};
use super::point::PointSummary;
use crate::engine::MetricId;
use crate::i18n::{Args, Message};
use crate::model::Scenario;

/// A sweep's plan.
#[derive(Debug, Clone)]
pub struct Sweep {
    input: Input,
    /// The values tried, in order, and the reason a value was refused by the model.
    values: Vec<(f64, Option<String>)>,
}

/// A sweep and the scenarios of its valid values, in order.
pub struct SweepPoints {
    /// The sweep.
    pub sweep: Sweep,
    /// One scenario per valid value.
    pub scenarios: Vec<Scenario>,
}

impl Sweep {
    /// Plans `steps` values of `input` from `from` to `to` (whole numbers rounded, repeats
    /// dropped).
    pub fn plan(
        scenario: &Scenario,
        input: Input,
        from: f64,
        to: f64,
        steps: u32,
    ) -> Result<SweepPoints, AnalysisError> {
        if !(from.is_finite() && to.is_finite()) {
            return Err(AnalysisError::at(
                "analysis.from",
                Message::new("error-analysis-range-not-finite"),
            ));
        }
        if steps == 0 || steps > crate::model::analysis::MAX_STEPS {
            return Err(AnalysisError::at(
                "analysis.steps",
                Message::with(
                    "error-analysis-steps",
                    Args::new()
                        .text("steps", steps.to_string())
                        .text("max", crate::model::analysis::MAX_STEPS.to_string()),
                ),
            ));
        }
        if steps > 1 && from >= to {
            return Err(AnalysisError::at(
                "analysis.to",
                Message::with(
                    "error-analysis-sweep-empty",
                    Args::new()
                        .text("from", from.to_string())
                        .text("to", to.to_string()),
                ),
            ));
        }
        for (end, x) in [("analysis.from", from), ("analysis.to", to)] {
            if !input.range.contains(x) {
                return Err(AnalysisError::at(
                    end,
                    outside_input(x, &input.path, &input.range),
                ));
            }
        }
        let mut values: Vec<f64> = (0..steps)
            .map(|k| {
                let x = if steps == 1 {
                    from
                } else {
                    super::inputs::tidy(from + (to - from) * k as f64 / (steps - 1) as f64)
                };
                if input.is_whole() {
                    x.round()
                } else {
                    x
                }
            })
            .collect();
        values.dedup();
        let mut sweep = Sweep {
            input,
            values: Vec::new(),
        };
        let mut scenarios = Vec::new();
        let mut first_errors = None;
        for x in values {
            match sweep.input.set(scenario, x) {
                Ok(s) => {
                    scenarios.push(s);
                    sweep.values.push((x, None));
                }
                Err(errors) => {
                    let reason = errors
                        .iter()
                        .map(|e| e.to_string())
                        .collect::<Vec<_>>()
                        .join("; ");
                    sweep.values.push((x, Some(reason)));
                    first_errors.get_or_insert(errors);
                }
            }
        }
        if scenarios.is_empty() {
            let mut error = AnalysisError::at(
                "analysis.field",
                Message::new("error-analysis-no-valid-value"),
            );
            error.causes = first_errors.unwrap_or_default();
            return Err(error);
        }
        Ok(SweepPoints { sweep, scenarios })
    }

    /// The input swept.
    pub fn input(&self) -> &Input {
        &self.input
    }

    /// The report of the points in so far (`points[k]` is the `k`-th valid value's).
    pub fn report(
        &self,
        outcome: &Outcome,
        points: &[Option<(f64, PointSummary)>],
        currency: &str,
    ) -> SweepReport {
        let mut rows = Vec::new();
        let mut k = 0;
        for (x, refused) in &self.values {
            let (summary, output) = if refused.is_some() {
                (None, None)
            } else {
                let point = points.get(k).copied().flatten();
                k += 1;
                match point {
                    Some((output, summary)) => (Some(summary), Some(output)),
                    None => (None, None),
                }
            };
            rows.push(SweepRow {
                value: *x,
                value_text: value_text(&self.input, *x, currency),
                output,
                summary,
                refused: refused.clone(),
            });
        }
        let lower_is_better = lower_is_better(&outcome.measure) && !outcome.is_chance();
        let best = rows
            .iter()
            .enumerate()
            .filter_map(|(i, r)| Some((i, r.output?, r.summary?.cost)))
            .min_by(|a, b| {
                let by_output = if lower_is_better {
                    a.1.total_cmp(&b.1)
                } else {
                    b.1.total_cmp(&a.1)
                };
                by_output.then(a.2.total_cmp(&b.2))
            })
            .map(|(i, ..)| i);
        SweepReport {
            field: self.input.path.clone(),
            label: self.input.label.clone(),
            rows,
            best,
        }
    }
}

/// Whether less of the measure is better: costs and departures.
pub fn lower_is_better(measure: &Measure) -> bool {
    match measure {
        Measure::Metric { metric, .. } => {
            metric.group() == MetricId::COST_TOTAL.group()
                || metric.group() == MetricId::DEPARTURES_TOTAL.group()
        }
        Measure::BookingsPerCost => false,
    }
}

/// One value of a sweep.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SweepRow {
    /// The input's value.
    pub value: f64,
    /// The value in the field's units.
    pub value_text: String,
    /// The output (the median, or the chance), once in.
    pub output: Option<f64>,
    /// The measure's and the cost's percentiles, once in.
    pub summary: Option<PointSummary>,
    /// Why the model refused this value, if it did.
    pub refused: Option<String>,
}

/// A sweep's results so far.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SweepReport {
    /// The input's path.
    pub field: String,
    /// Its label.
    pub label: String,
    /// One row per value, in order.
    pub rows: Vec<SweepRow>,
    /// The row of the best value among those in.
    pub best: Option<usize>,
}
