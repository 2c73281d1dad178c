//! Batches the page runs itself while none of its workers is ready. A page opened from a link
//! starts its run at once, before its workers have loaded and compiled their wasm; rather than
//! wait for them, the page takes the plan's first batches and runs them in short slices
//! ([`SLICE_MS`]), yielding to the browser between slices, so that the first partial results
//! need no worker. As soon as a worker is ready the page takes no more batches: the one it is
//! on is finished and taken in like a worker's answer, and the workers do the rest.
//!
//! The answers are the workers' own: the same trials from the same seeds, laid out by
//! `report::batch_columns` with each trial's `engine::row_hash`, so the numbers and digests do
//! not depend on who ran a batch.

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Weak;

use super::{carry_out, After, Answer, Inner};
use crate::engine::{row_hash, simulate_batch, Setup, TrialBuffers, METRIC_COUNT};
use crate::report::batch_columns;
use crate::web::clock::page_ms;
use crate::web::runner::{yield_to_browser, SLICE_MS};
use crate::web::worker::BatchAnswer;

/// Takes and runs batches of run `generation` on the page until a worker is ready, the plan
/// has none left, or the run is no longer the latest.
pub(super) async fn run_until_a_worker_is_ready(me: Weak<RefCell<Inner>>, generation: u64) {
    let mut setups: Vec<Option<Setup>> = Vec::new();
    let mut buffers = TrialBuffers::default();
    // The first slice runs in the task that made the run's tables: a yield here would let a
    // cold page lay itself out first, tens of milliseconds before the first partial result.
    loop {
        let (index, scenario, trials, workspace, latest) = {
            let Some(inner) = me.upgrade() else { return };
            let mut inner = inner.borrow_mut();
            if inner.slots.iter().any(|s| s.ready) {
                return;
            }
            let Some(run) = inner.run.as_mut() else {
                return;
            };
            if run.generation() != generation || run.latest.get() != generation {
                return;
            }
            let Some(index) = run.schedule.take_next() else {
                return;
            };
            let batch = run.schedule.batch(index);
            (
                index,
                batch.scenario,
                batch.trials.clone(),
                run.workspace.clone(),
                run.latest.clone(),
            )
        };
        setups.resize_with(workspace.scenarios.len(), || None);
        let setup =
            setups[scenario].get_or_insert_with(|| Setup::new(&workspace.scenarios[scenario]));
        let going = || latest.get() == generation;
        let Some(outcome) =
            run_batch(setup, workspace.run.seed, trials, &mut buffers, &going).await
        else {
            return;
        };
        let after = match me.upgrade() {
            Some(inner) => inner
                .borrow_mut()
                .on_page_answer(index, generation, outcome),
            None => return,
        };
        carry_out(&me, after);
        yield_to_browser().await;
    }
}

impl Inner {
    /// The page ran batch `index` of run `generation` itself (see `on_page`): its answer, or
    /// why it failed, goes where a worker's would.
    pub(super) fn on_page_answer(
        &mut self,
        index: usize,
        generation: u64,
        outcome: Result<BatchAnswer, String>,
    ) -> Vec<After> {
        let Some(run) = self.run.as_mut() else {
            return Vec::new();
        };
        if run.generation() != generation || run.latest.get() != generation {
            return Vec::new();
        }
        match outcome {
            Ok(answer) => {
                run.take_in(index, Answer::OnPage(answer), &mut self.spares);
                self.after_answer()
            }
            Err(reason) => {
                let failed = run.failed(run.schedule.batch(index), reason);
                self.run = None;
                vec![failed]
            }
        }
    }
}

/// Runs `trials` of `setup` in slices of [`SLICE_MS`], yielding between them: the batch's
/// answer as a worker gives it, or none once `going` says the run was replaced.
async fn run_batch(
    setup: &Setup,
    seed: u64,
    trials: Range<u32>,
    buffers: &mut TrialBuffers,
    going: &impl Fn() -> bool,
) -> Option<Result<BatchAnswer, String>> {
    let width = setup.quarters() * METRIC_COUNT;
    let mut rows = vec![0.0; trials.len() * width];
    let mut opportunities = 0;
    let mut next = trials.start;
    while next < trials.end {
        let started = page_ms();
        while next < trials.end && page_ms() - started < SLICE_MS {
            let at = (next - trials.start) as usize * width;
            match simulate_batch(
                setup,
                seed,
                next..next + 1,
                buffers,
                &mut rows[at..at + width],
            ) {
                Ok(n) => opportunities += n,
                Err(e) => return Some(Err(crate::web::worker::run_failure(&e))),
            }
            next += 1;
        }
        if next < trials.end {
            yield_to_browser().await;
            if !going() {
                return None;
            }
        }
    }
    Some(Ok(BatchAnswer {
        columns: batch_columns(&rows, setup.quarters()),
        hashes: rows.chunks_exact(width.max(1)).map(row_hash).collect(),
        opportunities,
    }))
}
