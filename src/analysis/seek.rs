//! Goal seek: the setting of one or two levers with the lowest median cost whose chance of
//! meeting a goal is at least the one asked for, found on a lattice of each lever's values.
//!
//! With two levers, the second's values (at most [`MAX_SERIES`] of them, evenly spread) each
//! give a line over the first, and the lines are searched side by side. A line over a lever
//! that moves the goal's chance one way (more AEs, a faster hiring pace, more SDRs, more
//! coaches: [`MONOTONE`]) is searched by bisection: both ends first, then three points inside
//! the bracket at a time, until the least setting that meets the goal is next to one that does
//! not. Any other lever (outbound share has its best inside its range; a leader hired earlier
//! is not always better) is searched on a grid of at most [`GRID`] values, then every value
//! between the best one's neighbours. The answer is the cheapest setting tried that meets the
//! goal, or, if none does, the one closest to it.
//!
//! An exhaustive seek tries every value of the lattice: it is what a sharded seek runs (its
//! parts need no answers from each other), and its answer is the cheapest meeting setting of
//! the whole lattice.

use serde::Serialize;

use super::error::{outside_input, AnalysisError};
use super::inputs::value_text;
use super::inputs::Input;
use super::outcome::{Measure, Outcome, Statistic};
use crate::i18n::{Args, Message};
use crate::model::Scenario;
use crate::stats::{ascending_order, in_order};

/// Levers whose goal chance moves one way only, searched by bisection.
pub const MONOTONE: [&str; 6] = [
    "ae.pace",
    "ae.initial",
    "sdr.pace",
    "sdr.initial",
    "coaching.coaches",
    "ae.max_headcount",
];
/// The levers the app offers first: hiring paces, starting teams, the leader's hire month,
/// coaches and the outbound share (any numeric field can be a lever).
pub const LEVERS: [&str; 7] = [
    "ae.pace",
    "ae.initial",
    "sdr.pace",
    "sdr.initial",
    "leader.hire_month",
    "coaching.coaches",
    "ae.outbound_share",
];
/// The most values of a grid's first pass.
pub const GRID: usize = 11;
/// The most values of a grid's second pass, between the best value's neighbours.
pub const REFINE: usize = 12;
/// The most lines of a two-lever seek (values of the second lever).
pub const MAX_SERIES: usize = 12;
/// The most values of one lever's lattice.
pub const MAX_LATTICE: usize = 1000;

/// A goal: the chance that the measure reaches a threshold, and the chance required.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Goal {
    /// The measure of each trial.
    pub measure: Measure,
    /// At least the threshold, or at most it.
    pub at_least: bool,
    /// The threshold.
    pub threshold: f64,
    /// The chance required.
    pub chance: f64,
}

impl Goal {
    /// The goal's chance as an output.
    pub fn outcome(&self) -> Outcome {
        Outcome {
            measure: self.measure,
            statistic: if self.at_least {
                Statistic::ChanceAtLeast(self.threshold)
            } else {
                Statistic::ChanceAtMost(self.threshold)
            },
        }
    }
}

/// A lever: an input and the values tried.
#[derive(Debug, Clone)]
pub struct Lever {
    /// The input.
    pub input: Input,
    /// Its values, in increasing order.
    pub lattice: Vec<f64>,
}

impl Lever {
    /// The lever of `input` from `from` to `to` by `step` (the input's own step if none).
    pub fn new(
        input: Input,
        from: f64,
        to: f64,
        step: Option<f64>,
        path: &str,
    ) -> Result<Lever, AnalysisError> {
        if !(from.is_finite() && to.is_finite()) || from > to {
            return Err(AnalysisError::at(
                format!("{path}.to"),
                Message::with(
                    "error-analysis-lever-empty",
                    Args::new()
                        .text("from", from.to_string())
                        .text("to", to.to_string()),
                ),
            ));
        }
        for (end, x) in [("from", from), ("to", to)] {
            if !input.range.contains(x) {
                return Err(AnalysisError::at(
                    format!("{path}.{end}"),
                    outside_input(x, &input.path, &input.range),
                ));
            }
        }
        let step = step.unwrap_or_else(|| input.default_step(from, to));
        let count = ((to - from) / step + 1e-9).floor() + 1.0;
        if count.is_nan() || count > MAX_LATTICE as f64 {
            return Err(AnalysisError::at(
                format!("{path}.step"),
                Message::with(
                    "error-analysis-lattice",
                    Args::new()
                        .text("from", from.to_string())
                        .text("to", to.to_string())
                        .text("step", step.to_string())
                        .text("count", count.to_string())
                        .text("max", MAX_LATTICE.to_string()),
                ),
            ));
        }
        let mut lattice: Vec<f64> = (0..count as usize)
            .map(|k| super::inputs::tidy(from + step * k as f64))
            .map(|x| if input.is_whole() { x.round() } else { x })
            .collect();
        lattice.dedup();
        Ok(Lever { input, lattice })
    }

    fn monotone(&self) -> bool {
        MONOTONE.contains(&self.input.path.as_str())
    }
}

/// A point of the seek: an index into each lever's lattice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct At {
    outer: usize,
    inner: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Tried {
    at: At,
    /// The goal's chance and the median cost, once in; `None` while out.
    result: Option<(f64, f64)>,
    /// The measure's median, to tell apart settings that all miss the goal.
    median: f64,
    /// Why the model refused the setting.
    refused: bool,
}

#[derive(Debug, Clone, PartialEq)]
enum Line {
    /// Both ends asked for.
    Ends,
    /// The least index meeting the goal is in `(lo, hi]` (or `[lo, hi)` when the chance falls
    /// along the lever).
    Bracket { lo: usize, hi: usize, rising: bool },
    /// The first grid asked for.
    Grid(Vec<usize>),
    /// The refinement asked for, or nothing left to do.
    Done,
}

/// A goal seek in progress.
#[derive(Debug, Clone)]
pub struct Seek {
    goal: Goal,
    levers: Vec<Lever>,
    outer: Vec<usize>,
    lines: Vec<Line>,
    tried: Vec<Tried>,
    exhaustive: bool,
}

impl Seek {
    /// A seek of `goal` over `levers` (one or two).
    pub fn new(goal: Goal, levers: Vec<Lever>, exhaustive: bool) -> Seek {
        let outer_len = levers.get(1).map_or(1, |l| l.lattice.len());
        let outer = if exhaustive || outer_len <= MAX_SERIES {
            (0..outer_len).collect()
        } else {
            spread(outer_len, MAX_SERIES)
        };
        let lines = vec![Line::Ends; outer.len()];
        Seek {
            goal,
            levers,
            outer,
            lines,
            tried: Vec::new(),
            exhaustive,
        }
    }

    /// The goal.
    pub fn goal(&self) -> &Goal {
        &self.goal
    }

    /// The most points this seek can try, for the work check.
    pub fn max_points(&self) -> usize {
        let n = self.levers[0].lattice.len();
        let per_line = if self.exhaustive {
            n
        } else if self.levers[0].monotone() {
            let mut rounds = 0;
            let mut width = n.saturating_sub(1);
            while width > 1 {
                width = width.div_ceil(4);
                rounds += 1;
            }
            (2 + 3 * rounds).min(n)
        } else {
            (n.min(GRID) + REFINE).min(n)
        };
        per_line * self.outer.len()
    }

    /// The scenario with every lever at the highest value it can take, for the work check.
    pub fn largest(&self, scenario: &Scenario) -> Scenario {
        let at = At {
            outer: self.outer.last().copied().unwrap_or(0),
            inner: self.levers[0].lattice.len() - 1,
        };
        self.scenario_at(scenario, at)
            .unwrap_or_else(|_| scenario.clone())
    }

    fn scenario_at(&self, scenario: &Scenario, at: At) -> Result<Scenario, String> {
        let words = |e: Vec<crate::model::FieldError>| {
            e.iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        };
        let mut s = self.levers[0]
            .input
            .set(scenario, self.levers[0].lattice[at.inner])
            .map_err(words)?;
        if let Some(second) = self.levers.get(1) {
            s = second
                .input
                .set(&s, second.lattice[at.outer])
                .map_err(words)?;
        }
        Ok(s)
    }

    /// Takes in point `k`'s goal chance, median cost and the measure's median.
    pub fn record(&mut self, k: usize, chance: f64, cost: f64, median: f64) {
        if let Some(t) = self.tried.get_mut(k) {
            t.result = Some((chance, cost));
            // Nearer the threshold is better: higher for an at-least goal, lower otherwise.
            t.median = if self.goal.at_least { median } else { -median };
        }
    }

    /// Whether every point asked for is in.
    fn round_complete(&self) -> bool {
        self.tried.iter().all(|t| t.result.is_some() || t.refused)
    }

    /// Whether the seek has nothing left to try.
    pub fn is_done(&self) -> bool {
        self.round_complete() && self.lines.iter().all(|l| *l == Line::Done)
    }

    /// The points of the next round, each with its index and scenario, once every earlier
    /// point is in; empty while some are out or when the seek is done. Settings the model
    /// refuses count as not meeting the goal.
    pub fn next_round(&mut self, scenario: &Scenario) -> Vec<(usize, Scenario)> {
        if !self.round_complete() {
            return Vec::new();
        }
        let mut wanted: Vec<At> = Vec::new();
        for (line, &outer) in self.outer.clone().iter().enumerate() {
            let inner = self.advance(line, outer);
            wanted.extend(inner.into_iter().map(|inner| At { outer, inner }));
        }
        let mut out = Vec::new();
        for at in wanted {
            if self.tried.iter().any(|t| t.at == at) {
                continue;
            }
            let k = self.tried.len();
            match self.scenario_at(scenario, at) {
                Ok(s) => {
                    self.tried.push(Tried {
                        at,
                        result: None,
                        median: f64::NEG_INFINITY,
                        refused: false,
                    });
                    out.push((k, s));
                }
                Err(_) => self.tried.push(Tried {
                    at,
                    result: None,
                    median: f64::NEG_INFINITY,
                    refused: true,
                }),
            }
        }
        if out.is_empty() && !self.lines.iter().all(|l| *l == Line::Done) {
            // Every wanted setting was refused or tried: the lines moved on; go again.
            return self.next_round(scenario);
        }
        out
    }

    /// The chance at `(outer, inner)`, if tried: refused settings have none and count as not
    /// meeting the goal.
    fn chance(&self, outer: usize, inner: usize) -> Option<f64> {
        self.tried
            .iter()
            .find(|t| t.at == At { outer, inner })
            .map(|t| t.result.map_or(-1.0, |(c, _)| c))
    }

    fn meets(&self, outer: usize, inner: usize) -> bool {
        self.chance(outer, inner)
            .is_some_and(|c| c >= self.goal.chance)
    }

    /// Moves line `line` on, returning the inner indices it wants next.
    fn advance(&mut self, line: usize, outer: usize) -> Vec<usize> {
        let n = self.levers[0].lattice.len();
        let last = n - 1;
        let state = self.lines[line].clone();
        let (next, wanted) = match state {
            Line::Ends if self.exhaustive => (Line::Done, (0..n).collect()),
            Line::Ends if self.chance(outer, 0).is_none() => {
                if self.levers[0].monotone() {
                    (Line::Ends, vec![0, last])
                } else {
                    let grid = spread(n, GRID);
                    (Line::Grid(grid.clone()), grid)
                }
            }
            Line::Ends => {
                let (low, high) = (self.meets(outer, 0), self.meets(outer, last));
                if low == high || last <= 1 {
                    (Line::Done, Vec::new())
                } else {
                    self.bisect(outer, 0, last, high)
                }
            }
            Line::Bracket { lo, hi, rising } => {
                // The tried indices inside the bracket decide its new ends.
                let inside: Vec<usize> = (lo + 1..hi)
                    .filter(|&i| self.chance(outer, i).is_some())
                    .collect();
                let (mut lo, mut hi) = (lo, hi);
                if rising {
                    if let Some(&first) = inside.iter().find(|&&i| self.meets(outer, i)) {
                        hi = first;
                    }
                    if let Some(&below) = inside
                        .iter()
                        .rev()
                        .find(|&&i| i < hi && !self.meets(outer, i))
                    {
                        lo = below;
                    }
                } else {
                    if let Some(&fail) = inside.iter().find(|&&i| !self.meets(outer, i)) {
                        hi = fail;
                    }
                    if let Some(&ok) = inside
                        .iter()
                        .rev()
                        .find(|&&i| i < hi && self.meets(outer, i))
                    {
                        lo = ok;
                    }
                }
                self.bisect(outer, lo, hi, rising)
            }
            Line::Grid(grid) => {
                let best = self.best_on(outer, &grid);
                let refine = match best.and_then(|b| grid.iter().position(|&g| g == b)) {
                    Some(p) => {
                        let lo = if p == 0 { grid[0] } else { grid[p - 1] };
                        let hi = grid.get(p + 1).copied().unwrap_or(grid[p]);
                        let between: Vec<usize> = (lo..=hi)
                            .filter(|i| self.chance(outer, *i).is_none())
                            .collect();
                        if between.len() > REFINE {
                            spread(between.len(), REFINE)
                                .into_iter()
                                .map(|k| between[k])
                                .collect()
                        } else {
                            between
                        }
                    }
                    None => Vec::new(),
                };
                (Line::Done, refine)
            }
            Line::Done => (Line::Done, Vec::new()),
        };
        self.lines[line] = next;
        wanted
    }

    fn bisect(&self, _outer: usize, lo: usize, hi: usize, rising: bool) -> (Line, Vec<usize>) {
        if hi <= lo + 1 {
            return (Line::Done, Vec::new());
        }
        // Non-decreasing in `j`, so dropping repeats in place leaves them ascending and unique.
        let mut inside: Vec<usize> = (1..=3)
            .map(|j| lo + (hi - lo) * j / 4)
            .filter(|&i| i > lo && i < hi)
            .collect();
        inside.dedup();
        (Line::Bracket { lo, hi, rising }, inside)
    }

    /// Among `indices` of line `outer`: the cheapest meeting the goal, else the closest to it.
    fn best_on(&self, outer: usize, indices: &[usize]) -> Option<usize> {
        let tried: Vec<&Tried> = self
            .tried
            .iter()
            .filter(|t| t.at.outer == outer && indices.contains(&t.at.inner))
            .collect();
        pick(&tried, self.goal.chance).map(|t| t.at.inner)
    }

    /// The report of the points in so far.
    pub fn report(&self, currency: &str) -> SeekReport {
        let lever = &self.levers[0];
        let text = |l: &Lever, i: usize| value_text(&l.input, l.lattice[i], currency);
        let series = self
            .outer
            .iter()
            .map(|&outer| {
                let points: Vec<&Tried> =
                    self.tried.iter().filter(|t| t.at.outer == outer).collect();
                // Lattice indices are far below 2^53: exact as `f64`.
                let keys: Vec<f64> = points.iter().map(|t| t.at.inner as f64).collect();
                let points = in_order(points, &ascending_order(&keys));
                SeekSeries {
                    value: self.levers.get(1).map(|l| l.lattice[outer]),
                    value_text: self.levers.get(1).map(|l| text(l, outer)),
                    points: points
                        .into_iter()
                        .filter(|t| t.result.is_some() || t.refused)
                        .map(|t| SeekRow {
                            value: lever.lattice[t.at.inner],
                            value_text: text(lever, t.at.inner),
                            chance: t.result.map(|r| r.0),
                            cost: t.result.map(|r| r.1),
                            meets: t.result.is_some_and(|r| r.0 >= self.goal.chance),
                        })
                        .collect(),
                }
            })
            .collect();
        let done: Vec<&Tried> = self.tried.iter().filter(|t| t.result.is_some()).collect();
        let choice = pick(&done, self.goal.chance).map(|t| {
            let (chance, cost) = t.result.unwrap_or_default();
            let mut values = vec![lever.lattice[t.at.inner]];
            let mut texts = vec![text(lever, t.at.inner)];
            if let Some(second) = self.levers.get(1) {
                values.push(second.lattice[t.at.outer]);
                texts.push(text(second, t.at.outer));
            }
            SeekChoice {
                values,
                texts,
                chance,
                cost,
            }
        });
        let met = choice
            .as_ref()
            .is_some_and(|c| c.chance >= self.goal.chance);
        SeekReport {
            required: self.goal.chance,
            levers: self
                .levers
                .iter()
                .map(|l| SeekLever {
                    path: l.input.path.clone(),
                    label: l.input.label.clone(),
                    values: l.lattice.len(),
                })
                .collect(),
            series,
            met,
            choice,
            tried: done.len(),
            done: self.is_done(),
        }
    }
}

/// The cheapest of `tried` meeting `required` (ties to the higher chance), else the one with
/// the highest chance, then the measure nearest the goal, then the lower cost; then the
/// earlier setting.
fn pick<'a>(tried: &[&'a Tried], required: f64) -> Option<&'a Tried> {
    let with = |t: &&&'a Tried| t.result.is_some();
    let meeting = tried
        .iter()
        .filter(with)
        .filter(|t| t.result.is_some_and(|r| r.0 >= required))
        .min_by(|a, b| {
            let (a, b) = (a.result.unwrap_or_default(), b.result.unwrap_or_default());
            a.1.total_cmp(&b.1).then(b.0.total_cmp(&a.0))
        });
    meeting
        .or_else(|| {
            tried.iter().filter(with).min_by(|a, b| {
                let (ra, rb) = (a.result.unwrap_or_default(), b.result.unwrap_or_default());
                rb.0.total_cmp(&ra.0)
                    .then(b.median.total_cmp(&a.median))
                    .then(ra.1.total_cmp(&rb.1))
            })
        })
        .copied()
}

/// `m` indices from 0 to `n − 1`, evenly spread, both ends included.
fn spread(n: usize, m: usize) -> Vec<usize> {
    if n <= m {
        return (0..n).collect();
    }
    let mut out: Vec<usize> = (0..m)
        .map(|j| (j * (n - 1) + (m - 1) / 2) / (m - 1))
        .collect();
    out.dedup();
    out
}

/// A lever as the report names it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeekLever {
    /// Its path.
    pub path: String,
    /// Its label.
    pub label: String,
    /// How many values its lattice has.
    pub values: usize,
}

/// One setting tried.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeekRow {
    /// The first lever's value.
    pub value: f64,
    /// In its units.
    pub value_text: String,
    /// The goal's chance; `None` if the model refused the setting.
    pub chance: Option<f64>,
    /// The median cost over the horizon.
    pub cost: Option<f64>,
    /// Whether it meets the goal.
    pub meets: bool,
}

/// The settings tried at one value of the second lever (or all of them, with one lever).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeekSeries {
    /// The second lever's value.
    pub value: Option<f64>,
    /// In its units.
    pub value_text: Option<String>,
    /// The settings tried, by the first lever's value.
    pub points: Vec<SeekRow>,
}

/// The setting chosen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeekChoice {
    /// Each lever's value.
    pub values: Vec<f64>,
    /// In their units.
    pub texts: Vec<String>,
    /// The goal's chance there.
    pub chance: f64,
    /// The median cost there.
    pub cost: f64,
}

/// A goal seek's results so far.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeekReport {
    /// The chance required.
    pub required: f64,
    /// The levers.
    pub levers: Vec<SeekLever>,
    /// The frontier: every setting tried, by line.
    pub series: Vec<SeekSeries>,
    /// Whether a setting tried meets the goal.
    pub met: bool,
    /// The cheapest setting meeting the goal, or the closest to it when none does.
    pub choice: Option<SeekChoice>,
    /// Settings tried so far.
    pub tried: usize,
    /// Whether the seek is over.
    pub done: bool,
}

/// The scenario with each lever at the value the seek chose, named after the setting (e.g.
/// "series-a, AE hiring pace 5"), for the app's "apply as a new scenario"; `None` before a
/// choice.
pub fn apply_choice(scenario: &Scenario, report: &SeekReport) -> Option<Result<Scenario, String>> {
    let choice = report.choice.as_ref()?;
    let mut s = scenario.clone();
    let mut words = Vec::new();
    for ((lever, &x), text) in report.levers.iter().zip(&choice.values).zip(&choice.texts) {
        let input = match super::inputs::input_at(&s, &lever.path) {
            Ok(input) => input,
            Err(e) => return Some(Err(e.to_string())),
        };
        s = match input.set(&s, x) {
            Ok(s) => s,
            Err(e) => {
                let reason = e
                    .iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("; ");
                return Some(Err(reason));
            }
        };
        words.push(format!("{} {text}", lever.label));
    }
    s.name = format!("{}, {}", scenario.name.trim(), words.join(", "));
    Some(Ok(s))
}
