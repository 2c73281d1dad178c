//! The Monte Carlo engine: runs of many independent trials of one scenario.
//!
//! - `setup`: a scenario prepared for simulation; `trial`: one trial, month by month.
//! - `outputs`: the metrics each trial reports per quarter, named by `MetricId`, and the
//!   vocabulary they use (`Source`, `Role`).
//! - `opportunity_log`: one trial's opportunities as a CRM would list them (off by default).
//! - `determinism`: digests pinned by the native and the wasm32 tests.
//! - `budget`: the browser's work budget of a whole workspace, checked before every run.
//! - `plan`: how a run is cut into batches for web workers.
//!
//! Trial `i` of a run with seed `s` always uses trial seed `trial_seed(s, i)` and writes only its
//! own row, so results are bit-identical for any number of threads or batches.

pub mod budget;
pub mod determinism;
mod opportunity_log;
pub mod outputs;
pub mod plan;
mod setup;
mod trial;

use std::fmt;
use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};

pub use opportunity_log::{LoggedOpportunity, OpportunityLog, Owner};
pub use outputs::{Horizon, Metric, MetricId, MetricUnit, Role, Source, METRIC_COUNT};
pub use setup::Setup;
pub use trial::{simulate_trial, simulate_trial_logged, TrialBuffers, MAX_OPPS_PER_TRIAL};

use crate::i18n::{self, Args, Catalogue, Message};
use crate::model::Scenario;
use crate::sampling::trial_seed;

/// The largest work estimate (trials × months × (people + opportunities per month)) a run may
/// have: a bound that keeps a run of the CLI or the app from holding a machine for long
/// (BENCHMARKS.md gives what it comes to in time).
pub const WORK_LIMIT: f64 = 5e9;

/// How many trials, from which seed, on how many threads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunSettings {
    /// Trials to run.
    pub trials: u32,
    /// The run's seed.
    pub seed: u64,
    /// Threads to use natively; ignored on wasm32, where a run is single-threaded.
    pub threads: usize,
}

/// Why a run did not finish. Serialisable so that a web worker can hand it to the page, which
/// says it in its language (the worker holds no catalogue).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum RunError {
    /// Zero trials were asked for.
    NoTrials,
    /// The work estimate is above [`WORK_LIMIT`].
    TooMuchWork {
        /// The estimate.
        work: f64,
        /// The limit.
        limit: f64,
        /// The most trials that fit the limit.
        max_trials: u32,
    },
    /// One trial created more opportunities than it may.
    TooManyOpportunities {
        /// The limit per trial.
        limit: u64,
    },
    /// The run was cancelled.
    Cancelled,
}

impl RunError {
    /// Why the run did not finish, in `catalogue`'s language.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        catalogue.text(&self.message())
    }

    /// Why the run did not finish, as a message of `errors.ftl`.
    pub fn message(&self) -> Message {
        let (id, args) = match self {
            RunError::NoTrials => ("error-run-no-trials", Args::new()),
            RunError::TooMuchWork {
                work,
                limit,
                max_trials,
            } => (
                if *max_trials >= 1 {
                    "error-run-too-much-work"
                } else {
                    "error-run-too-large-once"
                },
                Args::new()
                    .text("work", format!("{work:.2e}"))
                    .text("limit", format!("{limit:.0e}"))
                    .text("max", max_trials.to_string()),
            ),
            RunError::TooManyOpportunities { limit } => (
                "error-run-opportunities",
                Args::new().text("limit", limit.to_string()),
            ),
            RunError::Cancelled => ("error-run-cancelled", Args::new()),
        };
        Message::with(id, args)
    }
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&i18n::with_english(|en| self.say(en)))
    }
}

impl std::error::Error for RunError {}

/// An estimate of a run's work: trials × months × (people + opportunities per month), with
/// generous upper values of every uncertain input.
pub fn work_estimate(scenario: &Scenario, trials: u32) -> f64 {
    work_per_trial(scenario) * trials as f64
}

fn work_per_trial(s: &Scenario) -> f64 {
    use crate::model::{Range, Staffing};
    let h = s.horizon_months as f64;
    // Every requisition opened costs work, whether or not the headcount cap lets it fill.
    let requisitions = |st: &Staffing| {
        let planned: f64 = st
            .plan
            .iter()
            .filter(|e| (e.month as f64) < h)
            .map(|e| e.count as f64)
            .sum();
        let paced = st
            .pace
            .map(|p| p.per_quarter * h / 3.0 * s.leader.hiring_pace_multiplier.max(1.0))
            .unwrap_or(0.0);
        planned + paced
    };
    let people = |st: &Staffing| {
        (st.initial as f64 + requisitions(st))
            .min(st.max_headcount as f64)
            .max(st.initial as f64)
    };
    let aes = people(&s.ae.staffing);
    let sdrs = people(&s.sdr.staffing);
    let opened = requisitions(&s.ae.staffing) + requisitions(&s.sdr.staffing);
    let any = Range::at_least(0.0);
    // The fewest hours an opportunity can take: the low end of its distribution, cut by the AI
    // uplift's full effect.
    let ai_factor = if s.ai.enabled {
        (1.0 - s.ai.prep_reduction).max(1e-3)
    } else {
        1.0
    };
    let hours_per_opp = (s.ae.hours_per_sourced_opp.lower(&any) * ai_factor).max(0.01);
    let per_ae = s.ae.selling_hours_per_month
        * s.ae.outbound_share
        * s.ae.staffing.elite_prospecting_multiplier.max(1.0)
        / hours_per_opp;
    let per_sdr =
        s.sdr.meetings_per_month.upper(&any) * s.sdr.staffing.elite_prospecting_multiplier.max(1.0);
    let inbound =
        s.inbound.opps_per_month.upper(&any) * libm::pow(1.0 + s.inbound.monthly_growth, h);
    let founder = s.founder.hours_per_month * s.founder.prospecting_multiplier / hours_per_opp;
    let opps = aes * per_ae + sdrs * per_sdr + inbound + founder;
    // Every opportunity could be won and make a customer, and each customer brings expansion
    // opportunities: at most h · opps customers by the end, half that on average. Pool
    // opportunities recycle lost ones: count them as much again as the new ones.
    let customers = h * opps / 2.0;
    let expansion = customers * s.expansion.opps_per_customer_per_year.max(0.0) / 12.0;
    h * (aes + sdrs + 2.0 * opps + expansion) + opened
}

/// Checks a run against [`WORK_LIMIT`] before it starts.
pub fn check_work(scenario: &Scenario, trials: u32) -> Result<(), RunError> {
    if trials == 0 {
        return Err(RunError::NoTrials);
    }
    let per_trial = work_per_trial(scenario);
    let work = per_trial * trials as f64;
    if work > WORK_LIMIT {
        let max_trials = (WORK_LIMIT / per_trial).floor().min(u32::MAX as f64) as u32;
        return Err(RunError::TooMuchWork {
            work,
            limit: WORK_LIMIT,
            max_trials,
        });
    }
    Ok(())
}

/// The quarterly outputs of every trial of one scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    quarters: usize,
    trials: usize,
    values: Vec<f64>,
    opportunities: u64,
}

impl Run {
    /// An empty run of `trials` trials, to be filled in batches.
    pub fn zeroed(trials: usize, quarters: usize) -> Run {
        Run {
            quarters,
            trials,
            values: vec![0.0; trials * quarters * METRIC_COUNT],
            opportunities: 0,
        }
    }

    /// Trials in the run.
    pub fn trials(&self) -> usize {
        self.trials
    }

    /// Quarters per trial.
    pub fn quarters(&self) -> usize {
        self.quarters
    }

    /// Opportunities created over all trials.
    pub fn opportunities(&self) -> u64 {
        self.opportunities
    }

    /// One trial's value of one metric in one quarter; `metric` is its position in the row
    /// ([`MetricId::index`]).
    pub fn value(&self, trial: usize, quarter: usize, metric: usize) -> f64 {
        self.values[(trial * self.quarters + quarter) * METRIC_COUNT + metric]
    }

    /// One trial's row: every metric in every quarter, quarter by quarter.
    pub fn row(&self, trial: usize) -> &[f64] {
        let width = self.quarters * METRIC_COUNT;
        &self.values[trial * width..(trial + 1) * width]
    }

    /// One trial's value of a metric over the whole horizon (MODEL.md, Outputs).
    pub fn horizon_value(&self, trial: usize, metric: &Metric) -> f64 {
        outputs::horizon_value_of(
            metric,
            (0..self.quarters).map(|q| self.value(trial, q, metric.index)),
        )
    }

    /// The rows of trials `range`, for filling a batch.
    pub fn rows_mut(&mut self, range: Range<usize>) -> &mut [f64] {
        let width = self.quarters * METRIC_COUNT;
        &mut self.values[range.start * width..range.end * width]
    }

    /// Adds a batch's opportunity count.
    pub fn add_opportunities(&mut self, n: u64) {
        self.opportunities += n;
    }

    /// The rows of trials `range`, every metric in every quarter, trial by trial.
    pub fn rows(&self, range: Range<usize>) -> &[f64] {
        let width = self.quarters * METRIC_COUNT;
        &self.values[range.start * width..range.end * width]
    }

    /// A 64-bit digest of every output bit, for determinism checks: see [`RunDigest`].
    pub fn digest(&self) -> u64 {
        let mut digest = RunDigest::new(self.trials, self.quarters);
        digest.eat(&self.values);
        digest.finish()
    }
}

/// 64-bit FNV-1a over the little-endian bytes of `words`, from `hash`.
fn fnv1a(mut hash: u64, words: impl IntoIterator<Item = u64>) -> u64 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    for word in words {
        for byte in word.to_le_bytes() {
            hash ^= byte as u64;
            hash = hash.wrapping_mul(PRIME);
        }
    }
    hash
}

/// FNV-1a's starting value.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// The hash of one trial's row: 64-bit FNV-1a over the bits of its values, in row order. Where
/// trials run (a thread, a web worker) their rows are hashed, so that a run's digest costs
/// whoever gathers the rows one word per trial.
pub fn row_hash(row: &[f64]) -> u64 {
    fnv1a(FNV_OFFSET, row.iter().map(|v| v.to_bits()))
}

/// [`Run::digest`] taken a piece at a time. The digest is 64-bit FNV-1a over the words
/// `trials`, `quarters` and then each trial's [`row_hash`], in trial order, each word as its 8
/// little-endian bytes. It is fed whole rows ([`RunDigest::eat`]) or their hashes
/// ([`RunDigest::eat_row_hashes`]), in as many pieces as the caller likes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunDigest {
    hash: u64,
    width: usize,
}

impl RunDigest {
    /// The digest of a run of `trials` trials of `quarters` quarters, before any row.
    pub fn new(trials: usize, quarters: usize) -> RunDigest {
        RunDigest {
            hash: fnv1a(FNV_OFFSET, [trials as u64, quarters as u64]),
            width: quarters * METRIC_COUNT,
        }
    }

    /// Hashes the next whole rows, in trial order.
    pub fn eat(&mut self, rows: &[f64]) {
        debug_assert!(
            self.width == 0 || rows.len() % self.width == 0,
            "whole rows"
        );
        if self.width > 0 {
            self.hash = fnv1a(self.hash, rows.chunks_exact(self.width).map(row_hash));
        }
    }

    /// Hashes the next rows by their [`row_hash`]es, in trial order.
    pub fn eat_row_hashes(&mut self, hashes: &[u64]) {
        self.hash = fnv1a(self.hash, hashes.iter().copied());
    }

    /// The digest of what was eaten: the run's digest once every row was.
    pub fn finish(&self) -> u64 {
        self.hash
    }
}

/// Simulates trials `trials` of a run seeded `seed` into `rows` (their rows, zeroed). Returns the
/// number of opportunities created. This is the unit of work of threads and web workers.
pub fn simulate_batch(
    setup: &Setup,
    seed: u64,
    trials: Range<u32>,
    buffers: &mut TrialBuffers,
    rows: &mut [f64],
) -> Result<u64, RunError> {
    let width = setup.quarters() * METRIC_COUNT;
    let mut opportunities = 0;
    for (i, trial) in trials.enumerate() {
        let row = &mut rows[i * width..(i + 1) * width];
        opportunities += simulate_trial(setup, trial_seed(seed, trial as u64), buffers, row)?;
    }
    Ok(opportunities)
}

/// Runs a scenario: checks the work, then simulates every trial.
pub fn simulate(scenario: &Scenario, settings: &RunSettings) -> Result<Run, RunError> {
    simulate_with_progress(scenario, settings, &|_| {}, &AtomicBool::new(false))
}

/// Trials per unit handed to a thread, and between progress reports.
const CHUNK: u32 = 50;

/// Runs a scenario, reporting the number of finished trials after each chunk, and stopping with
/// [`RunError::Cancelled`] when `cancel` is set.
pub fn simulate_with_progress(
    scenario: &Scenario,
    settings: &RunSettings,
    progress: &(dyn Fn(u32) + Sync),
    cancel: &AtomicBool,
) -> Result<Run, RunError> {
    check_work(scenario, settings.trials)?;
    let setup = Setup::new(scenario);
    let mut run = Run::zeroed(settings.trials as usize, setup.quarters());
    let chunks: Vec<Range<u32>> = (0..settings.trials)
        .step_by(CHUNK as usize)
        .map(|a| a..(a + CHUNK).min(settings.trials))
        .collect();
    // wasm32 runs on one thread; web workers split runs into batches instead.
    #[cfg(not(target_arch = "wasm32"))]
    if settings.threads > 1 && chunks.len() > 1 {
        run_threaded(&setup, settings, &chunks, &mut run, progress, cancel)?;
        return Ok(run);
    }
    let mut buffers = TrialBuffers::default();
    for chunk in &chunks {
        if cancel.load(Ordering::Relaxed) {
            return Err(RunError::Cancelled);
        }
        let rows = run.rows_mut(chunk.start as usize..chunk.end as usize);
        let n = simulate_batch(&setup, settings.seed, chunk.clone(), &mut buffers, rows)?;
        run.add_opportunities(n);
        progress(chunk.end);
    }
    Ok(run)
}

/// Runs the chunks on `settings.threads` threads, each taking the next chunk from a queue.
#[cfg(not(target_arch = "wasm32"))]
fn run_threaded(
    setup: &Setup,
    settings: &RunSettings,
    chunks: &[Range<u32>],
    run: &mut Run,
    progress: &(dyn Fn(u32) + Sync),
    cancel: &AtomicBool,
) -> Result<(), RunError> {
    use std::sync::atomic::AtomicU32;
    use std::sync::Mutex;
    let done = AtomicU32::new(0);
    let width = setup.quarters() * METRIC_COUNT;
    // Hand each chunk's rows to whichever thread takes the chunk.
    let mut slices: Vec<&mut [f64]> = Vec::with_capacity(chunks.len());
    let mut rest: &mut [f64] = &mut run.values;
    for chunk in chunks {
        let (head, tail) = rest.split_at_mut((chunk.end - chunk.start) as usize * width);
        slices.push(head);
        rest = tail;
    }
    let queue = Mutex::new(slices.into_iter().zip(chunks.iter().cloned()));
    let outcome: Mutex<Result<u64, RunError>> = Mutex::new(Ok(0));
    std::thread::scope(|scope| {
        for _ in 0..settings.threads {
            scope.spawn(|| {
                let mut buffers = TrialBuffers::default();
                loop {
                    if cancel.load(Ordering::Relaxed)
                        || outcome.lock().map(|o| o.is_err()).unwrap_or(true)
                    {
                        return;
                    }
                    let next = queue.lock().ok().and_then(|mut q| q.next());
                    let Some((rows, chunk)) = next else {
                        return;
                    };
                    let result =
                        simulate_batch(setup, settings.seed, chunk.clone(), &mut buffers, rows);
                    let mut o = outcome.lock().expect("outcome lock");
                    match (result, &mut *o) {
                        (Ok(n), Ok(total)) => *total += n,
                        (Err(e), o @ Ok(_)) => *o = Err(e),
                        _ => {}
                    }
                    drop(o);
                    let finished = done.fetch_add(chunk.end - chunk.start, Ordering::Relaxed)
                        + (chunk.end - chunk.start);
                    progress(finished);
                }
            });
        }
    });
    if cancel.load(Ordering::Relaxed) {
        return Err(RunError::Cancelled);
    }
    let n = outcome.into_inner().expect("outcome lock")?;
    run.add_opportunities(n);
    Ok(())
}
