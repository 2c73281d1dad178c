//! Questions asked of the engine rather than of one run: what matters most (a tornado of every
//! input, and which uncertainties widen the band), what happens over a range of one input (a
//! sweep), and what it takes to meet a goal at the lowest cost (a goal seek).
//!
//! - `error`: why an analysis cannot run, by the setting's path;
//! - `outcome`: what is measured: an output of each trial and the number that sums them up;
//! - `inputs`: the fields an analysis moves, how far a tornado moves each, and which are in use;
//! - `percentiles`: an uncertain value's P10, median and P90;
//! - `point`: one variant of the scenario, simulated for the same trials and seed as the others;
//! - `sensitivity`, `sweep`, `seek`: the three analyses;
//! - `study`: one analysis in progress, handing out jobs and taking their numbers back;
//! - `threads`: a study run on this machine's threads (the CLI);
//! - `shards`: a sweep or a seek split into parts that run apart and merge into the same result.
//!
//! Every point of an analysis runs trials `0..n` of the workspace's seed (common random
//! numbers): a change of input is compared trial by trial, and a point that equals the base
//! gives exactly the base's numbers.

pub mod error;
pub mod inputs;
pub mod outcome;
pub mod percentiles;
pub mod point;
pub mod seek;
pub mod sensitivity;
pub mod shards;
pub mod study;
pub mod sweep;
pub mod threads;

pub use error::AnalysisError;
pub use inputs::{input_at, inputs_in_use, Input, InputKind};
pub use outcome::{Measure, Outcome, Period, Statistic, NAMED_OUTPUTS};
pub use point::{evaluate, evaluate_batch, PointSummary, PointValues};
pub use study::{Job, Study, StudyOptions, StudyReport, StudyResult};
pub use threads::run_study;
