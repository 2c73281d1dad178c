//! The pool's bookkeeping, with no browser in it: which batches of a run are out and which
//! worker has which, the batches to hand out again (a worker crashed, a message went astray),
//! the answers kept until the batches before them are in, the complete prefix of trials a
//! partial report can show, when progress and partial reports are due, and the spent answer
//! buffers kept for the next requests. `pool` posts the messages and copies the columns; the
//! decisions are here, tested natively.
//!
//! A batch's index is its place in `engine::plan`'s order: scenario `s`'s batches are
//! `s, s + n, s + 2n…` for `n` scenarios, so a scenario's answers are taken in by index.

use std::collections::VecDeque;

use crate::engine::plan::{Batch, Completion};

/// How often one batch may crash a worker before the run fails.
pub const MAX_CRASHES: u8 = 2;
/// Batches queued at each worker: the next one waits there while the page handles the last
/// answer, so a busy main thread never leaves a worker idle.
pub const QUEUE_PER_WORKER: usize = 2;
/// Spent answer buffers kept for the workers' next batches, at most, per worker: one for each
/// batch queued there and one more.
pub const SPARES_PER_WORKER: usize = QUEUE_PER_WORKER + 1;
/// The least time between two partial reports, in milliseconds. Each costs the page a report
/// and eight charts, main-thread time the workers need on a small machine.
pub const PARTIAL_EVERY_MS: f64 = 400.0;
/// The most partial reports a run shows before its final one: the first, at once, and one with
/// more trials. A third came only on slow machines, where the page's time is dearest.
pub const MAX_PARTIALS: u32 = 2;
/// The least time between two progress messages, in milliseconds. Each one is a render and a
/// frame, and a frame costs the browser's compositor threads as much as the page: more often,
/// they take CPU time that the workers need on a small machine.
pub const PROGRESS_EVERY_MS: f64 = 250.0;
/// Partial reports stop once this share of the trials is in: they cost main-thread time that
/// the workers need, and by then the charts hardly move until the final report.
pub const PARTIAL_UNTIL_SHARE: f64 = 0.25;

/// A batch handed to a worker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Job {
    /// Unique within the pool's life: the worker's answer names it.
    pub id: u64,
    /// The run it belongs to.
    pub generation: u64,
    /// Its index in the run's plan.
    pub batch: usize,
}

/// Each worker's batches sent and not yet answered, oldest (the one running) first. These
/// outlive a run: a newer run starts while the older one's answers are still coming.
#[derive(Debug, Default)]
pub struct Queues {
    queues: Vec<VecDeque<Job>>,
    last_job: u64,
}

impl Queues {
    /// Empty queues for `workers` workers.
    pub fn new(workers: usize) -> Queues {
        Queues {
            queues: vec![VecDeque::new(); workers],
            last_job: 0,
        }
    }

    /// The job worker `worker` answered: its oldest.
    pub fn answered(&mut self, worker: usize) -> Option<Job> {
        self.queues.get_mut(worker)?.pop_front()
    }

    /// Worker `worker` crashed: the job it was running, and the ones that had not started.
    pub fn crashed(&mut self, worker: usize) -> (Option<Job>, VecDeque<Job>) {
        let mut jobs = self
            .queues
            .get_mut(worker)
            .map(std::mem::take)
            .unwrap_or_default();
        (jobs.pop_front(), jobs)
    }
}

/// What a crash means for the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Crash {
    /// The batch was of another run, or there was none: nothing to do.
    Elsewhere,
    /// The batch goes to a worker again.
    Retried,
    /// The batch crashed workers more than [`MAX_CRASHES`] times: the run fails.
    TooMany(Batch),
}

/// One run's batches: handed out, answered, taken in.
#[derive(Debug)]
pub struct Schedule<A> {
    generation: u64,
    scenarios: usize,
    plan: Vec<Batch>,
    /// The next batch of the plan not yet handed out.
    next: usize,
    /// Batches to hand out again, before the plan's next.
    retry: Vec<usize>,
    crashes: Vec<u8>,
    completion: Completion,
    /// Each batch's opportunities, once answered.
    opportunities: Vec<u64>,
    /// Answers in, not yet taken in because an earlier batch of their scenario is still out.
    waiting: Vec<Option<A>>,
    /// Each scenario's batches taken in.
    taken_in: Vec<usize>,
}

impl<A> Schedule<A> {
    /// The schedule of run `generation`: `plan` over `scenarios` scenarios, complete as
    /// `completion` counts.
    pub fn new(
        generation: u64,
        scenarios: usize,
        plan: Vec<Batch>,
        completion: Completion,
    ) -> Schedule<A> {
        Schedule {
            generation,
            scenarios,
            crashes: vec![0; plan.len()],
            opportunities: vec![0; plan.len()],
            waiting: (0..plan.len()).map(|_| None).collect(),
            taken_in: vec![0; scenarios],
            completion,
            plan,
            next: 0,
            retry: Vec::new(),
        }
    }

    /// The run's generation.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Batch `index` of the plan.
    pub fn batch(&self, index: usize) -> &Batch {
        &self.plan[index]
    }

    /// Hands batches to every ready worker with room in its queue, one at a time round-robin,
    /// so that all start at once; near the end only one batch waits per worker, so that no
    /// worker is left with two while another has none. `send` posts a job to a worker and says
    /// whether it went; a batch that did not go is handed out again.
    pub fn fill(
        &mut self,
        queues: &mut Queues,
        ready: &[bool],
        mut send: impl FnMut(usize, Job, &Batch) -> bool,
    ) {
        let workers = ready.iter().filter(|r| **r).count().max(1);
        for depth in 0..QUEUE_PER_WORKER {
            let left = self.plan.len() - self.next + self.retry.len();
            if depth > 0 && left < QUEUE_PER_WORKER * workers {
                break;
            }
            for (worker, queue) in queues.queues.iter_mut().enumerate() {
                if !ready.get(worker).copied().unwrap_or(false) || queue.len() > depth {
                    continue;
                }
                let batch = match self.retry.pop() {
                    Some(b) => b,
                    None if self.next < self.plan.len() => {
                        self.next += 1;
                        self.next - 1
                    }
                    None => return,
                };
                queues.last_job += 1;
                let job = Job {
                    id: queues.last_job,
                    generation: self.generation,
                    batch,
                };
                if send(worker, job, &self.plan[batch]) {
                    queue.push_back(job);
                } else {
                    self.retry.push(batch);
                }
            }
        }
    }

    /// The next batch to hand out, taken for the page to run itself (see `pool::on_page`): a
    /// batch to run again first, then the plan's next; none when every batch is out.
    pub fn take_next(&mut self) -> Option<usize> {
        if let Some(batch) = self.retry.pop() {
            return Some(batch);
        }
        (self.next < self.plan.len()).then(|| {
            self.next += 1;
            self.next - 1
        })
    }

    /// Hands batch `index` out again (its answer was lost or malformed).
    pub fn retry(&mut self, index: usize) {
        self.retry.push(index);
    }

    /// The jobs a crashed worker had not started go to other workers, those of this run.
    pub fn requeue(&mut self, jobs: impl IntoIterator<Item = Job>) {
        let generation = self.generation;
        self.retry.extend(
            jobs.into_iter()
                .filter(|j| j.generation == generation)
                .map(|j| j.batch),
        );
    }

    /// A worker crashed running `job`: hand its batch out again, or fail the run once it has
    /// crashed workers too often.
    pub fn crashed(&mut self, job: Option<Job>) -> Crash {
        let Some(job) = job.filter(|j| j.generation == self.generation) else {
            return Crash::Elsewhere;
        };
        self.crashes[job.batch] += 1;
        if self.crashes[job.batch] > MAX_CRASHES {
            return Crash::TooMany(self.plan[job.batch].clone());
        }
        self.retry.push(job.batch);
        Crash::Retried
    }

    /// Batch `index` was answered with `answer`, from `opportunities` opportunities: `take`
    /// gets it (scenario, answer), with every answer that waited for it, in trial order, or it
    /// waits until the batches before it are in.
    pub fn answered(
        &mut self,
        index: usize,
        opportunities: u64,
        answer: A,
        mut take: impl FnMut(usize, A),
    ) {
        self.opportunities[index] = opportunities;
        self.completion.finish(index);
        let s = self.plan[index].scenario;
        self.waiting[index] = Some(answer);
        loop {
            let next = self.taken_in[s] * self.scenarios + s;
            let Some(answer) = self.waiting.get_mut(next).and_then(Option::take) else {
                return;
            };
            take(s, answer);
            self.taken_in[s] += 1;
        }
    }

    /// Trials answered so far, over all scenarios.
    pub fn done_trials(&self) -> u64 {
        self.plan
            .iter()
            .enumerate()
            .filter(|(i, _)| self.completion.is_done(*i))
            .map(|(_, b)| b.trials.len() as u64)
            .sum()
    }

    /// Whether every batch is answered.
    pub fn all_done(&self) -> bool {
        self.completion.all_done()
    }

    /// How many first trials are answered for every scenario.
    pub fn complete_trials(&self) -> u32 {
        self.completion.complete_trials()
    }

    /// The opportunities of scenario `s`'s first `k` trials (`k` on a batch boundary).
    pub fn prefix_opportunities(&self, s: usize, k: u32) -> u64 {
        self.plan
            .iter()
            .zip(&self.opportunities)
            .filter(|(b, _)| b.scenario == s && b.trials.end <= k)
            .map(|(_, n)| *n)
            .sum()
    }
}

/// When a run's progress messages and partial reports are due.
#[derive(Debug, Clone, PartialEq)]
pub struct Pacing {
    /// Trials per scenario of the last partial report.
    pub shown_trials: u32,
    last_partial_ms: f64,
    last_progress_ms: f64,
    /// Whether a partial report is being built: one at a time.
    pub reporting: bool,
    /// Partial reports started.
    partials: u32,
}

impl Pacing {
    /// Pacing for a run that starts at `now_ms`.
    pub fn new(now_ms: f64) -> Pacing {
        Pacing {
            shown_trials: 0,
            last_partial_ms: 0.0,
            last_progress_ms: now_ms,
            reporting: false,
            partials: 0,
        }
    }

    /// Whether a progress message is due at `now_ms`; if so, it counts as sent.
    pub fn progress_due(&mut self, now_ms: f64) -> bool {
        if now_ms - self.last_progress_ms >= PROGRESS_EVERY_MS {
            self.last_progress_ms = now_ms;
            return true;
        }
        false
    }

    /// Whether a partial report of the first `complete` of `trials` trials is due at `now_ms`:
    /// more trials than the last one showed, early in the run, none being built, fewer than
    /// [`MAX_PARTIALS`] shown, and the first at once. If so, it counts as started.
    pub fn partial_due(&mut self, complete: u32, trials: u32, now_ms: f64) -> bool {
        let due = complete > self.shown_trials
            && (complete as f64) < PARTIAL_UNTIL_SHARE * trials as f64
            && !self.reporting
            && self.partials < MAX_PARTIALS
            && (self.shown_trials == 0 || now_ms - self.last_partial_ms >= PARTIAL_EVERY_MS);
        if due {
            self.partials += 1;
            self.reporting = true;
            self.shown_trials = complete;
            self.last_partial_ms = now_ms;
        }
        due
    }
}

/// Spent answer buffers, kept for the next requests to carry back to the workers.
#[derive(Debug)]
pub struct Spares<B> {
    buffers: Vec<B>,
    keep: usize,
}

impl<B> Spares<B> {
    /// Room for `keep` buffers at most.
    pub fn new(keep: usize) -> Spares<B> {
        Spares {
            buffers: Vec::new(),
            keep,
        }
    }

    /// Keeps a spent buffer, unless enough are kept.
    pub fn keep(&mut self, buffer: B) {
        if self.buffers.len() < self.keep {
            self.buffers.push(buffer);
        }
    }

    /// A buffer of at least `needed` bytes (`size` measures one), if one is kept. Smaller ones
    /// met on the way are dropped: most batches are of one size, and a run's first are the
    /// smallest.
    pub fn take_fitting(&mut self, needed: usize, size: impl Fn(&B) -> usize) -> Option<B> {
        loop {
            match self.buffers.pop() {
                Some(buffer) if size(&buffer) < needed => continue,
                found => return found,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::plan::batches;

    fn schedule(scenarios: usize, trials: u32) -> Schedule<u32> {
        let plan = batches(scenarios, trials, 1.0);
        Schedule::new(7, scenarios, plan, Completion::new(scenarios, trials, 1.0))
    }

    /// Hands out what `fill` gives, every send going through; the jobs given, by worker.
    fn fill_all(s: &mut Schedule<u32>, q: &mut Queues, ready: &[bool]) -> Vec<(usize, Job)> {
        let mut sent = Vec::new();
        s.fill(q, ready, |w, job, _| {
            sent.push((w, job));
            true
        });
        sent
    }

    #[test]
    fn every_ready_worker_gets_one_batch_then_a_second() {
        let mut s = schedule(2, 10_000);
        let mut q = Queues::new(3);
        let sent = fill_all(&mut s, &mut q, &[true, false, true]);
        let workers: Vec<usize> = sent.iter().map(|(w, _)| *w).collect();
        assert_eq!(
            workers,
            vec![0, 2, 0, 2],
            "round-robin, the idle worker skipped"
        );
        let batches: Vec<usize> = sent.iter().map(|(_, j)| j.batch).collect();
        assert_eq!(batches, vec![0, 1, 2, 3], "in the plan's order");
        assert!(sent.windows(2).all(|w| w[0].1.id < w[1].1.id), "ids grow");
        assert!(
            fill_all(&mut s, &mut q, &[true, false, true]).is_empty(),
            "queues full"
        );
        assert_eq!(q.answered(0).map(|j| j.batch), Some(0));
        let again = fill_all(&mut s, &mut q, &[true, false, true]);
        assert_eq!(again.len(), 1);
        assert_eq!((again[0].0, again[0].1.batch), (0, 4));
    }

    #[test]
    fn the_page_takes_batches_the_workers_then_skip() {
        let mut s = schedule(1, 10_000);
        assert_eq!(s.take_next(), Some(0));
        assert_eq!(s.take_next(), Some(1));
        let mut q = Queues::new(1);
        let sent: Vec<usize> = fill_all(&mut s, &mut q, &[true])
            .iter()
            .map(|(_, j)| j.batch)
            .collect();
        assert_eq!(sent, vec![2, 3], "the workers go on after the page's");
        s.retry(1);
        assert_eq!(s.take_next(), Some(1), "a batch to run again first");
        let last = s.plan.len();
        while s.take_next().is_some() {}
        assert_eq!(s.next, last, "every batch out");
    }

    #[test]
    fn a_batch_that_did_not_go_goes_out_again_first() {
        let mut s = schedule(1, 10_000);
        let mut q = Queues::new(1);
        let mut tries = Vec::new();
        s.fill(&mut q, &[true], |_, job, _| {
            tries.push(job.batch);
            tries.len() > 1
        });
        assert_eq!(tries, vec![0, 0]);
        assert_eq!(q.answered(0).map(|j| j.batch), Some(0));
        assert_eq!(q.answered(0), None);
    }

    #[test]
    fn near_the_end_one_batch_waits_per_worker() {
        let trials = (1..100_000)
            .find(|&t| batches(1, t, 1.0).len() == 3)
            .expect("a plan of three batches");
        let mut s = schedule(1, trials);
        let mut q = Queues::new(2);
        let sent = fill_all(&mut s, &mut q, &[true, true]);
        let workers: Vec<usize> = sent.iter().map(|(w, _)| *w).collect();
        assert_eq!(
            workers,
            vec![0, 1],
            "the third batch waits for the first worker free"
        );
    }

    #[test]
    fn answers_are_taken_in_in_trial_order() {
        let mut s = schedule(2, 10_000);
        assert!(s.plan.len() >= 6, "enough batches for the test");
        let mut taken = Vec::new();
        // Scenario 0's batches are 0, 2, 4: the third answer first waits.
        s.answered(4, 3, 4, |sc, a| taken.push((sc, a)));
        assert!(taken.is_empty());
        s.answered(1, 1, 1, |sc, a| taken.push((sc, a)));
        s.answered(0, 2, 0, |sc, a| taken.push((sc, a)));
        assert_eq!(taken, vec![(1, 1), (0, 0)]);
        s.answered(2, 5, 2, |sc, a| taken.push((sc, a)));
        assert_eq!(taken[2..], [(0, 2), (0, 4)]);
        let end0 = s.batch(2).trials.end;
        assert_eq!(s.prefix_opportunities(0, end0), 2 + 5);
        assert_eq!(s.prefix_opportunities(1, s.batch(1).trials.end), 1);
        assert_eq!(s.complete_trials(), s.batch(0).trials.end);
        let done: u64 = [0, 1, 2, 4]
            .iter()
            .map(|&i| s.batch(i).trials.len() as u64)
            .sum();
        assert_eq!(s.done_trials(), done);
        assert!(!s.all_done());
    }

    #[test]
    fn a_crashed_workers_batches_are_rerun_until_one_crashes_too_often() {
        let mut s = schedule(1, 10_000);
        let mut q = Queues::new(1);
        fill_all(&mut s, &mut q, &[true]);
        let (running, queued) = q.crashed(0);
        let running = running.expect("a batch was running");
        assert_eq!(queued.len(), 1);
        assert_eq!(
            q.crashed(0),
            (None, VecDeque::new()),
            "the queue is emptied"
        );
        s.requeue(queued.clone());
        assert_eq!(s.crashed(Some(running)), Crash::Retried);
        let older = Job {
            generation: 6,
            ..running
        };
        s.requeue([older]);
        assert_eq!(
            s.crashed(Some(older)),
            Crash::Elsewhere,
            "another run's batch"
        );
        assert_eq!(s.crashed(None), Crash::Elsewhere);
        let sent = fill_all(&mut s, &mut Queues::new(1), &[true]);
        let again: Vec<usize> = sent.iter().map(|(_, j)| j.batch).collect();
        assert_eq!(
            again,
            vec![running.batch, queued[0].batch],
            "the crashed batch first"
        );
        for _ in 1..MAX_CRASHES {
            assert_eq!(s.crashed(Some(running)), Crash::Retried);
        }
        let batch = s.batch(running.batch).clone();
        assert_eq!(s.crashed(Some(running)), Crash::TooMany(batch));
    }

    #[test]
    fn progress_and_partial_reports_are_paced() {
        let mut p = Pacing::new(1000.0);
        assert!(!p.progress_due(1000.0 + PROGRESS_EVERY_MS - 1.0));
        assert!(p.progress_due(1000.0 + PROGRESS_EVERY_MS));
        assert!(!p.progress_due(1000.0 + PROGRESS_EVERY_MS + 1.0));
        assert!(p.partial_due(100, 10_000, 1000.0), "the first at once");
        assert!(!p.partial_due(200, 10_000, 5000.0), "one at a time");
        p.reporting = false;
        assert!(!p.partial_due(200, 10_000, 1000.0 + PARTIAL_EVERY_MS - 1.0));
        assert!(
            !p.partial_due(100, 10_000, 9000.0),
            "no more trials than shown"
        );
        assert!(p.partial_due(200, 10_000, 1000.0 + PARTIAL_EVERY_MS));
        p.reporting = false;
        assert!(!p.partial_due(2500, 10_000, 9000.0), "not late in the run");
        assert!(
            !p.partial_due(300, 10_000, 9000.0),
            "no more than MAX_PARTIALS"
        );
        let mut early = Pacing::new(0.0);
        assert!(!early.partial_due(2500, 10_000, 0.0), "not late in the run");
    }

    #[test]
    fn spares_are_capped_and_too_small_ones_dropped() {
        let mut spares = Spares::new(2);
        for size in [10, 40, 20] {
            spares.keep(size);
        }
        assert_eq!(
            spares.take_fitting(30, |b| *b),
            Some(40),
            "the third was not kept"
        );
        spares.keep(5);
        assert_eq!(spares.take_fitting(1, |b| *b), Some(5));
        assert_eq!(
            spares.take_fitting(30, |b| *b),
            None,
            "the small one is dropped"
        );
        assert_eq!(spares.take_fitting(1, |b| *b), None);
    }
}
