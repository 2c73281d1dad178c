//! A study: one analysis of one scenario, driven the same way by the CLI's threads and the
//! app's web workers. It hands out jobs (a point and a range of its trials), takes their
//! numbers back in any order, and reports what is in at any moment; a goal seek's next round
//! and a tornado's refinement are planned from the answers of the last. Whoever runs the jobs,
//! the numbers are the same: every point runs trials `0..n` of the workspace's seed.

use std::ops::Range;

use serde::Serialize;

pub use super::error::AnalysisError;
pub use super::inputs::value_text;
use super::inputs::{input_at, Input};
pub use super::outcome::{output_label, output_words};
use super::outcome::{Measure, Outcome};
use super::point::{PointSummary, PointValues};
use super::seek::{Goal, Lever, Seek, SeekReport};
use super::sensitivity::{SensitivityReport, Tornado};
use super::sweep::{Sweep, SweepReport};
use crate::engine::work_estimate;
use crate::format::locale;
use crate::i18n::{Args, Catalogue, Lang, Message};
use crate::model::analysis::{AnalysisKind, AnalysisSpec};
use crate::model::{Scenario, Unit, Workspace};

/// Trials at each point when the analysis names none: a tornado's many points take fewer.
pub fn default_trials(kind: &AnalysisKind) -> u32 {
    match kind {
        AnalysisKind::Sensitivity { .. } => 1_000,
        AnalysisKind::Sweep { .. } | AnalysisKind::Seek { .. } => 2_000,
    }
}

/// A tornado's first pass runs this share of the trials at every point; the inputs that
/// matter most then get the rest.
pub const SCREENING_SHARE: u32 = 10;
/// Inputs a tornado runs with every trial after the first pass, the largest swings first.
pub const REFINED_INPUTS: usize = 10;
/// Uncertainties a tornado runs with every trial after the first pass.
pub const REFINED_BANDS: usize = 5;

/// A piece of work: trials `trials` of point `point`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// The point.
    pub point: usize,
    /// Its trials.
    pub trials: Range<u32>,
}

#[derive(Debug, Clone)]
enum Plan {
    Sensitivity(Tornado),
    Sweep(Sweep),
    Seek(Seek),
}

/// What a point has come back with so far.
#[derive(Debug, Clone, Default)]
struct PointState {
    /// Trials asked for, from 0.
    asked: u32,
    /// Pieces in, by first trial.
    pieces: Vec<(u32, PointValues)>,
    /// Trials `0..n` in one piece, as far as the pieces join up.
    values: Option<PointValues>,
    /// The output and the summary, once every trial is in.
    result: Option<(f64, PointSummary)>,
}

fn trials_in(p: &PointState) -> u32 {
    p.values.as_ref().map_or(0, |v| v.values.len() as u32)
}

/// One analysis in progress.
#[derive(Debug, Clone)]
pub struct Study {
    spec: AnalysisSpec,
    scenario: Scenario,
    outcome: Outcome,
    trials: u32,
    seed: u64,
    plan: Plan,
    scenarios: Vec<Scenario>,
    points: Vec<PointState>,
    /// Whether the first jobs were handed out.
    started: bool,
    /// Whether a tornado's second pass was planned.
    refined: bool,
    /// Whether nothing is left to run.
    finished: bool,
    /// `Some((i, n))`: this is part `i` of `n` of a sweep or an exhaustive seek.
    shard: Option<(u32, u32)>,
}

/// How a study is to be run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StudyOptions {
    /// A goal seek tries every setting of its lattice.
    pub exhaustive: bool,
    /// Run only part `i` (from 0) of `n`: every `n`-th point from the `i`-th.
    pub shard: Option<(u32, u32)>,
}

impl Study {
    /// The study `spec` asks of `workspace`, or why it cannot run.
    pub fn new(
        workspace: &Workspace,
        spec: &AnalysisSpec,
        options: StudyOptions,
    ) -> Result<Study, AnalysisError> {
        let scenario = workspace
            .scenarios
            .get(spec.scenario)
            .ok_or_else(|| {
                AnalysisError::at(
                    "analysis.scenario",
                    Message::new("error-analysis-no-scenario"),
                )
            })?
            .clone();
        let trials = spec.trials.unwrap_or_else(|| default_trials(&spec.kind));
        let output = |key: &str, path: &str| {
            Outcome::parse(key, &scenario).map_err(|e| AnalysisError::at(path, e.0))
        };
        let (outcome, plan, scenarios) = match &spec.kind {
            AnalysisKind::Sensitivity { output: key } => {
                let outcome = output(key, "analysis.output")?;
                let planned = Tornado::plan(&scenario);
                (
                    outcome,
                    Plan::Sensitivity(planned.tornado),
                    planned.scenarios,
                )
            }
            AnalysisKind::Sweep {
                output: key,
                field,
                from,
                to,
                steps,
            } => {
                let outcome = output(key, "analysis.output")?;
                let input = input_at(&scenario, field).map_err(|e| e.at("analysis.field"))?;
                let planned = Sweep::plan(&scenario, input, *from, *to, *steps)?;
                (outcome, Plan::Sweep(planned.sweep), planned.scenarios)
            }
            AnalysisKind::Seek { goal, levers } => {
                let measure = Measure::parse(&goal.output, scenario.quarters())
                    .map_err(|e| AnalysisError::at("analysis.goal.output", e.0))?;
                let goal = Goal {
                    measure,
                    at_least: goal.at_least,
                    threshold: goal.threshold,
                    chance: goal.chance,
                };
                let mut built = Vec::new();
                for (i, lever) in levers.iter().enumerate() {
                    let path = format!("analysis.levers[{i}]");
                    let input = input_at(&scenario, &lever.field)
                        .map_err(|e| e.at(format!("{path}.field")))?;
                    built.push(Lever::new(input, lever.from, lever.to, lever.step, &path)?);
                }
                if built.len() == 2 && built[0].input.path == built[1].input.path {
                    return Err(AnalysisError::at(
                        "analysis.levers[1].field",
                        Message::new("error-analysis-same-lever"),
                    ));
                }
                let seek = Seek::new(goal, built, options.exhaustive || options.shard.is_some());
                (goal.outcome(), Plan::Seek(seek), Vec::new())
            }
        };
        if let Some((i, n)) = options.shard {
            if n == 0 || i >= n {
                return Err(AnalysisError::at(
                    "shard",
                    Message::with(
                        "error-analysis-shard",
                        Args::new()
                            .text("part", (i + 1).to_string())
                            .text("n", n.to_string()),
                    ),
                ));
            }
            if matches!(plan, Plan::Sensitivity(_)) {
                return Err(AnalysisError::at(
                    "shard",
                    Message::new("error-analysis-shard-tornado"),
                ));
            }
        }
        let points = vec![PointState::default(); scenarios.len()];
        let mut study = Study {
            spec: spec.clone(),
            scenario,
            outcome,
            trials,
            seed: workspace.run.seed,
            plan,
            scenarios,
            points,
            started: false,
            refined: false,
            finished: false,
            shard: options.shard,
        };
        if let Plan::Seek(seek) = &mut study.plan {
            // The first round is known now: it makes the points a seek starts with.
            let round = seek.next_round(&study.scenario);
            study.add_points(round);
        }
        Ok(study)
    }

    fn add_points(&mut self, round: Vec<(usize, Scenario)>) {
        for (k, s) in round {
            while self.scenarios.len() <= k {
                self.scenarios.push(s.clone());
                self.points.push(PointState::default());
            }
            self.scenarios[k] = s;
        }
    }

    /// The analysis asked.
    pub fn spec(&self) -> &AnalysisSpec {
        &self.spec
    }

    /// The scenario analysed.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// Trials per point.
    pub fn trials(&self) -> u32 {
        self.trials
    }

    /// The seed of every point.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// What each trial of every point measures.
    pub fn measure(&self) -> Measure {
        self.outcome.measure
    }

    /// The scenario of point `k`.
    pub fn point_scenario(&self, k: usize) -> &Scenario {
        &self.scenarios[k]
    }

    /// Whether this part of the study runs point `k`.
    fn mine(&self, k: usize) -> bool {
        self.shard.is_none_or(|(i, n)| k as u32 % n == i)
    }

    /// Checks the most work the study can take against `limit` (units of
    /// `engine::work_estimate`), naming the trials that would fit.
    pub fn check_work(&self, limit: f64) -> Result<(), AnalysisError> {
        let (largest, points) = match &self.plan {
            Plan::Seek(seek) => (seek.largest(&self.scenario), seek.max_points()),
            _ => {
                let largest = self
                    .scenarios
                    .iter()
                    .max_by(|a, b| work_estimate(a, 1).total_cmp(&work_estimate(b, 1)))
                    .cloned()
                    .unwrap_or_else(|| self.scenario.clone());
                (largest, self.scenarios.len())
            }
        };
        let per_trial = work_estimate(&largest, 1) * points as f64;
        let work = per_trial * self.trials as f64;
        if work > limit {
            let fit = (limit / per_trial).floor();
            return Err(AnalysisError::at(
                "analysis.trials",
                Message::with(
                    "error-analysis-too-large",
                    Args::new()
                        .text("points", points.to_string())
                        .text("trials", self.trials.to_string())
                        .text("work", format!("{work:.1e}"))
                        .text("limit", format!("{limit:.0e}"))
                        .text(
                            "fit",
                            if fit >= 10.0 {
                                format!("{fit:.0}")
                            } else {
                                "none".to_string()
                            },
                        ),
                ),
            ));
        }
        Ok(())
    }

    /// The jobs to run now: every point's first pass at once (a tornado's at a tenth of the
    /// trials), then a tornado's second pass or a seek's next round once the last is in. Empty
    /// while jobs are out or when the study is done.
    pub fn next_jobs(&mut self) -> Vec<Job> {
        if self.finished || !self.all_in() {
            return Vec::new();
        }
        if !self.started {
            self.started = true;
            let first = match self.plan {
                Plan::Sensitivity(_) => (self.trials / SCREENING_SHARE).max(1).min(self.trials),
                _ => self.trials,
            };
            let jobs = self.ask((0..self.points.len()).collect(), first);
            if !jobs.is_empty() {
                return jobs;
            }
        }
        let jobs = match &mut self.plan {
            Plan::Sensitivity(tornado) if !self.refined => {
                self.refined = true;
                let values: Vec<Option<&PointValues>> =
                    self.points.iter().map(|p| p.values.as_ref()).collect();
                let report = tornado.report(&self.outcome, &values, self.seed, "");
                let mut wanted = vec![0];
                let inputs: Vec<&str> = report
                    .bars
                    .iter()
                    .filter(|b| !b.within_noise)
                    .take(REFINED_INPUTS)
                    .map(|b| b.path.as_str())
                    .collect();
                let bands: Vec<&str> = report
                    .bands
                    .iter()
                    .take(REFINED_BANDS)
                    .map(|b| b.path.as_str())
                    .collect();
                wanted.extend(tornado.points_of(&inputs, &bands));
                let trials = self.trials;
                self.ask(wanted, trials)
            }
            Plan::Seek(seek) => {
                let round = seek.next_round(&self.scenario);
                let ks: Vec<usize> = round.iter().map(|(k, _)| *k).collect();
                self.add_points(round);
                let trials = self.trials;
                self.ask(ks, trials)
            }
            _ => Vec::new(),
        };
        if jobs.is_empty() && self.all_in() {
            self.finished = true;
        }
        jobs
    }

    /// Asks for trials `0..trials` of each of `points` (those of this part), as jobs for the
    /// trials not yet asked.
    fn ask(&mut self, points: Vec<usize>, trials: u32) -> Vec<Job> {
        let mut jobs = Vec::new();
        for k in points {
            if !self.mine(k) {
                continue;
            }
            let p = &mut self.points[k];
            if p.asked < trials {
                jobs.push(Job {
                    point: k,
                    trials: p.asked..trials,
                });
                p.asked = trials;
            }
        }
        jobs
    }

    /// Takes in a job's numbers; pieces of a point may come in any order.
    pub fn record(&mut self, job: &Job, values: PointValues) {
        let trials = self.trials;
        let outcome = self.outcome;
        let Some(p) = self.points.get_mut(job.point) else {
            return;
        };
        p.pieces.push((job.trials.start, values));
        loop {
            let have = p.values.as_ref().map_or(0, |v| v.values.len() as u32);
            let Some(i) = p.pieces.iter().position(|(start, _)| *start == have) else {
                break;
            };
            let (_, piece) = p.pieces.remove(i);
            p.values
                .get_or_insert_with(PointValues::default)
                .append(piece);
        }
        let complete = p
            .values
            .as_ref()
            .filter(|v| v.values.len() as u32 >= trials);
        if let (Some(v), None) = (complete, &p.result) {
            p.result = Some((outcome.of(&v.values), PointSummary::of(v)));
            if let Plan::Seek(seek) = &mut self.plan {
                // A seek keeps only each point's output and cost.
                if let Some((chance, summary)) = p.result {
                    seek.record(job.point, chance, summary.cost, summary.p50);
                }
                p.values = None;
            }
        }
    }

    /// Takes in a finished point's output and summary from a part of a sharded study.
    pub(crate) fn record_result(&mut self, k: usize, output: f64, summary: PointSummary) {
        if k >= self.points.len() || !matches!(self.plan, Plan::Sweep(_) | Plan::Seek(_)) {
            return;
        }
        let p = &mut self.points[k];
        p.asked = self.trials;
        p.result = Some((output, summary));
        if let Plan::Seek(seek) = &mut self.plan {
            seek.record(k, output, summary.cost, summary.p50);
        }
    }

    /// Whether nothing is left to run: set when [`Study::next_jobs`] finds every job in and
    /// nothing more to plan.
    pub fn is_done(&self) -> bool {
        self.finished
    }

    /// Whether every job asked for is in.
    fn all_in(&self) -> bool {
        self.points
            .iter()
            .enumerate()
            .all(|(k, p)| !self.mine(k) || p.result.is_some() || trials_in(p) >= p.asked)
    }

    /// Trials asked for and trials in, over every point so far: for a progress bar.
    pub fn progress(&self) -> (u64, u64) {
        self.points.iter().fold((0, 0), |(done, asked), p| {
            let done_here = if p.result.is_some() {
                p.asked
            } else {
                trials_in(p)
            };
            (done + done_here as u64, asked + p.asked as u64)
        })
    }

    /// Each point's trials in so far, joined from trial 0.
    fn values(&self) -> Vec<Option<&PointValues>> {
        self.points.iter().map(|p| p.values.as_ref()).collect()
    }

    /// Each point's output and summary, once every trial is in.
    fn results(&self) -> Vec<Option<(f64, PointSummary)>> {
        self.points.iter().map(|p| p.result).collect()
    }

    /// The report of what is in.
    pub fn report(&self) -> StudyReport {
        let currency = self.scenario.currency.as_str();
        let result = match &self.plan {
            Plan::Sensitivity(t) => StudyResult::Sensitivity(t.report(
                &self.outcome,
                &self.values(),
                self.seed,
                currency,
            )),
            Plan::Sweep(s) => {
                StudyResult::Sweep(s.report(&self.outcome, &self.results(), currency))
            }
            Plan::Seek(s) => StudyResult::Seek(s.report(currency)),
        };
        let output_key = match &self.spec.kind {
            AnalysisKind::Sensitivity { output } | AnalysisKind::Sweep { output, .. } => {
                output.clone()
            }
            AnalysisKind::Seek { goal, .. } => goal.output.clone(),
        };
        let (done, asked) = self.progress();
        let goal = match &self.spec.kind {
            AnalysisKind::Seek { goal, .. } => {
                let threshold = if self.outcome.measure.is_money() {
                    crate::format::money(goal.threshold, currency)
                } else {
                    crate::format::count(goal.threshold)
                };
                let side = if goal.at_least { "at least" } else { "at most" };
                Some(format!("{} {side} {threshold}", output_label(&goal.output)))
            }
            _ => None,
        };
        let goal_statement = match &self.spec.kind {
            AnalysisKind::Seek { goal, .. } => Some(GoalStatement {
                output: goal.output.clone(),
                at_least: goal.at_least,
                threshold: goal.threshold,
                money: self.outcome.measure.is_money(),
            }),
            _ => None,
        };
        StudyReport {
            goal,
            goal_statement,
            kind: self.spec.kind.name(),
            scenario: self.scenario.name.clone(),
            currency: self.scenario.currency.clone(),
            output_label: output_label(&output_key),
            output: output_key,
            money: self.outcome.measure.is_money() && !self.outcome.is_chance(),
            chance: self.outcome.is_chance(),
            trials: self.trials,
            seed: self.seed,
            trials_run: done,
            trials_asked: asked,
            done: self.finished,
            result,
        }
    }

    /// The output and summary of point `k`, once all its trials are in.
    pub fn point_result(&self, k: usize) -> Option<(f64, PointSummary)> {
        self.points.get(k)?.result
    }

    /// How many points the study has planned so far.
    pub fn point_count(&self) -> usize {
        self.points.len()
    }
}

/// An analysis's results, as the CLI prints them and the app shows them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StudyReport {
    /// `sensitivity`, `sweep` or `seek`.
    pub kind: &'static str,
    /// The scenario's name.
    pub scenario: String,
    /// Its currency.
    pub currency: String,
    /// The output's (or the goal's) key.
    pub output: String,
    /// In words.
    pub output_label: String,
    /// Whether outputs are money.
    pub money: bool,
    /// Whether outputs are chances.
    pub chance: bool,
    /// Trials per point.
    pub trials: u32,
    /// The seed.
    pub seed: u64,
    /// Trials run so far, over every point.
    pub trials_run: u64,
    /// Trials asked for so far.
    pub trials_asked: u64,
    /// Whether the study is over.
    pub done: bool,
    /// A goal seek's goal in English words, e.g. "Bookings over the horizon at least $5M"
    /// (kept for the JSON's readers; people read [`StudyReport::goal_words`]).
    pub goal: Option<String>,
    /// A goal seek's goal as parts, to be said in any language.
    #[serde(skip)]
    pub goal_statement: Option<GoalStatement>,
    /// The results.
    #[serde(flatten)]
    pub result: StudyResult,
}

impl StudyReport {
    /// A goal seek's goal in the catalogue's language: "Bookings over the horizon at least
    /// $5M", "整个周期签约额至少 US$500万".
    pub fn goal_words(&self, catalogue: &Catalogue) -> Option<String> {
        let goal = self.goal_statement.as_ref()?;
        let lang = catalogue.lang();
        if lang == Lang::En {
            // The English words are the report's own, thresholds written as ever (`1200`).
            return self.goal.clone();
        }
        let threshold = if goal.money {
            locale::money(lang, goal.threshold, &self.currency)
        } else {
            locale::count(lang, goal.threshold)
        };
        let id = if goal.at_least {
            "seek-goal-at-least"
        } else {
            "seek-goal-at-most"
        };
        Some(
            catalogue.say(
                id,
                &Args::new()
                    .text("output", output_words(catalogue, &goal.output))
                    .text("threshold", threshold),
            ),
        )
    }
}

/// A goal seek's goal in parts: the output, which side of the threshold, and the threshold.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalStatement {
    /// The output's key, e.g. `bookings.total@from-q5`.
    pub output: String,
    /// At least the threshold (else at most).
    pub at_least: bool,
    /// The threshold, in the output's units.
    pub threshold: f64,
    /// Whether the output is money.
    pub money: bool,
}

/// A value of an input in its units, in the catalogue's language: [`value_text`] in English;
/// in Chinese, money in 万 and 亿 and the units' words from the catalogue (`unit-months`…).
pub fn value_words(catalogue: &Catalogue, input: &Input, x: f64, currency: &str) -> String {
    let english = value_text(input, x, currency);
    let lang = catalogue.lang();
    if lang == Lang::En {
        return english;
    }
    let id = match input.unit {
        Unit::Money => return locale::money(lang, x, currency),
        Unit::Months => "unit-months",
        Unit::Hours => "unit-hours",
        Unit::PerMonth => "unit-per-month",
        Unit::PerYear => "unit-per-year",
        _ => return english,
    };
    // A whole number of months is written without its unit by `value_text`.
    match english.strip_suffix(input.unit.label()) {
        Some(number) if number.ends_with(' ') => {
            catalogue.say(id, &Args::new().text("value", number.trim_end()))
        }
        _ => english,
    }
}

/// The results of each kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StudyResult {
    /// A tornado and the uncertainties' bands.
    Sensitivity(SensitivityReport),
    /// A sweep.
    Sweep(SweepReport),
    /// A goal seek.
    Seek(SeekReport),
}
