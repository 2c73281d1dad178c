//! Running a study on this machine's threads, as the CLI does: each round's jobs go to a queue
//! that every thread takes from, each thread keeping the last point's prepared scenario. When a
//! round has fewer jobs than threads have room for, jobs are cut into pieces of trials, which
//! the study joins back in trial order, so the numbers never depend on the threads.

use std::sync::atomic::{AtomicBool, Ordering};
#[cfg(not(target_arch = "wasm32"))]
use std::sync::Mutex;

use super::point::{evaluate_batch, PointValues};
use super::study::{Job, Study};
use crate::engine::{RunError, Setup, TrialBuffers};
use crate::model::Scenario;

/// The fewest trials a piece of a job is cut to.
const MIN_PIECE: u32 = 100;

/// Runs `study` to the end on `threads` threads, calling `progress(done, asked)` (trials, over
/// every point) after each job; stops with [`RunError::Cancelled`] when `cancel` is set.
pub fn run_study(
    study: &mut Study,
    threads: usize,
    progress: &(dyn Fn(u64, u64) + Sync),
    cancel: &AtomicBool,
) -> Result<(), RunError> {
    let threads = threads.max(1);
    loop {
        let jobs = cut(study.next_jobs(), threads);
        if jobs.is_empty() {
            return Ok(());
        }
        let results = run_round(study, &jobs, threads, cancel)?;
        for (job, values) in jobs.iter().zip(results) {
            study.record(job, values);
        }
        let (done, asked) = study.progress();
        progress(done, asked);
    }
}

/// Cuts jobs into pieces so that every thread has at least two to take.
fn cut(jobs: Vec<Job>, threads: usize) -> Vec<Job> {
    if jobs.len() >= 2 * threads {
        return jobs;
    }
    let pieces_each = (2 * threads).div_ceil(jobs.len().max(1)) as u32;
    let mut out = Vec::new();
    for job in jobs {
        let len = job.trials.len() as u32;
        let piece = len.div_ceil(pieces_each).max(MIN_PIECE);
        let mut start = job.trials.start;
        while start < job.trials.end {
            let end = (start + piece).min(job.trials.end);
            out.push(Job {
                point: job.point,
                trials: start..end,
            });
            start = end;
        }
    }
    out
}

fn run_round(
    study: &Study,
    jobs: &[Job],
    threads: usize,
    cancel: &AtomicBool,
) -> Result<Vec<PointValues>, RunError> {
    #[cfg(target_arch = "wasm32")]
    let _ = threads;
    let measure = study.measure();
    let seed = study.seed();
    // The threads see the points' scenarios, not the study (which keeps its own caches).
    let scenarios: Vec<&Scenario> = jobs.iter().map(|j| study.point_scenario(j.point)).collect();
    let run_one = |i: usize,
                   job: &Job,
                   cache: &mut Option<(usize, Setup)>,
                   buffers: &mut TrialBuffers,
                   row: &mut Vec<f64>| {
        if cache.as_ref().map(|(k, _)| *k) != Some(job.point) {
            *cache = Some((job.point, Setup::new(scenarios[i])));
        }
        let setup = &cache.as_ref().expect("set above").1;
        evaluate_batch(setup, seed, job.trials.clone(), &measure, buffers, row)
    };
    #[cfg(not(target_arch = "wasm32"))]
    if threads > 1 && jobs.len() > 1 {
        let next = Mutex::new(0usize);
        let slots: Vec<Mutex<Option<Result<PointValues, RunError>>>> =
            jobs.iter().map(|_| Mutex::new(None)).collect();
        std::thread::scope(|scope| {
            for _ in 0..threads.min(jobs.len()) {
                scope.spawn(|| {
                    let (mut cache, mut buffers, mut row) =
                        (None, TrialBuffers::default(), Vec::new());
                    loop {
                        if cancel.load(Ordering::Relaxed) {
                            return;
                        }
                        let i = {
                            let Ok(mut n) = next.lock() else { return };
                            let i = *n;
                            *n += 1;
                            i
                        };
                        let Some(job) = jobs.get(i) else { return };
                        let result = run_one(i, job, &mut cache, &mut buffers, &mut row);
                        let failed = result.is_err();
                        if let Ok(mut slot) = slots[i].lock() {
                            *slot = Some(result);
                        }
                        if failed {
                            cancel_rest(&next, jobs.len());
                        }
                    }
                });
            }
        });
        let results: Vec<Option<Result<PointValues, RunError>>> = slots
            .into_iter()
            .map(|s| s.into_inner().ok().flatten())
            .collect();
        // The failure itself, rather than the jobs it stopped.
        if let Some(Some(Err(e))) = results.iter().find(|r| matches!(r, Some(Err(_)))) {
            return Err(e.clone());
        }
        return results
            .into_iter()
            .map(|r| r.unwrap_or(Err(RunError::Cancelled)))
            .collect();
    }
    let (mut cache, mut buffers, mut row) = (None, TrialBuffers::default(), Vec::new());
    jobs.iter()
        .enumerate()
        .map(|(i, job)| {
            if cancel.load(Ordering::Relaxed) {
                return Err(RunError::Cancelled);
            }
            run_one(i, job, &mut cache, &mut buffers, &mut row)
        })
        .collect()
}

/// After a failure, no thread takes another job.
#[cfg(not(target_arch = "wasm32"))]
fn cancel_rest(next: &Mutex<usize>, len: usize) {
    if let Ok(mut n) = next.lock() {
        *n = len;
    }
}
