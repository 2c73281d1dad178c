//! A run's outputs trial by trial: the engine's rows, or the report's columns, in which every
//! (quarter, metric) column holds its trials side by side: what the report reads, and all the
//! page keeps of a run.

use crate::engine::outputs::{Horizon, Metric, METRIC_COUNT};
use crate::engine::Run;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::outputs::MetricId;
    use crate::presets;
    use crate::report::{compare, runs_of};

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
            for metric in crate::engine::outputs::metrics() {
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
        for metric in crate::engine::outputs::metrics() {
            for (t, v) in columns.horizon(&metric, 3).iter().enumerate() {
                assert_eq!(v.to_bits(), run.horizon_value(t, &metric).to_bits());
            }
        }
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
        let bookings = &MetricId::BOOKINGS_TOTAL.metric();
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
