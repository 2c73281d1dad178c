//! What matters most: a tornado of every input the scenario uses, each held at a low and a
//! high value (see `inputs` for how far) with everything else as it is, ranked by how far the
//! output moves between the two; and which uncertainties make the output's P10–P90 band wide,
//! each uncertain input fixed at its median in turn.
//!
//! Every point runs the same trials from the same seed (common random numbers), so a bar's
//! swing is a paired difference: its Monte Carlo error comes from resampling the trials, the
//! same resample for both ends ([`RESAMPLES`] resamples drawn from the run's seed), and a bar
//! within two standard errors of zero is marked as noise. An input whose ends are the base
//! itself gives a bar of exactly 0.

use std::cell::RefCell;

use serde::Serialize;

use super::inputs::{inputs_in_use, value_text, Input, InputKind};
use super::outcome::{quantile_in_place, Outcome};
use super::point::PointValues;
use crate::model::{Dist, Scenario};
use crate::sampling::rng::{next_u64, stream};
use crate::stats::{ascending_order, in_order};

/// Resamples of the trials behind each bar's standard error.
pub const RESAMPLES: usize = 100;
/// A stream purpose no trial uses, for the resampling.
const RESAMPLE_PURPOSE: u64 = 0x7e5a_4d1e;

/// A tornado's plan: the inputs, their ends, and the uncertain ones fixed at their medians.
#[derive(Debug, Clone)]
pub struct Tornado {
    inputs: Vec<Input>,
    /// The values each input is held at, as set (after the model's rules between fields).
    ends: Vec<(f64, f64)>,
    /// Indices into `inputs` of the uncertain ones, fixed at their medians for the bands.
    uncertain: Vec<usize>,
    /// Each input's last bar: a partial report redraws often, and a bar's resampling is the
    /// costly part, so a bar is made again only when its trials change.
    bars: RefCell<Vec<Option<TornadoBar>>>,
}

/// The variants a tornado simulates, in the order they are run: the base, then each input's
/// low and high end, then each uncertain input at its median.
pub struct TornadoPoints {
    /// The tornado.
    pub tornado: Tornado,
    /// The scenarios, in point order.
    pub scenarios: Vec<Scenario>,
}

impl Tornado {
    /// Plans the tornado of `scenario`.
    pub fn plan(scenario: &Scenario) -> TornadoPoints {
        let mut inputs = Vec::new();
        let mut ends = Vec::new();
        let mut scenarios = vec![scenario.clone()];
        for input in inputs_in_use(scenario) {
            let Some((lo, hi)) = input.swing() else {
                continue;
            };
            let (Some((lo, low)), Some((hi, high))) = (
                nearest_valid(&input, scenario, lo),
                nearest_valid(&input, scenario, hi),
            ) else {
                continue;
            };
            scenarios.push(low);
            scenarios.push(high);
            inputs.push(input);
            ends.push((lo, hi));
        }
        let mut uncertain = Vec::new();
        for (i, input) in inputs.iter().enumerate() {
            if let (InputKind::Uncertain(d), Some(median)) = (input.kind, input.value) {
                if !matches!(d, Dist::Fixed(_)) {
                    if let Ok(s) = input.set(scenario, median) {
                        scenarios.push(s);
                        uncertain.push(i);
                    }
                }
            }
        }
        TornadoPoints {
            tornado: Tornado {
                bars: RefCell::new(vec![None; inputs.len()]),
                inputs,
                ends,
                uncertain,
            },
            scenarios,
        }
    }

    /// The number of points.
    pub fn points(&self) -> usize {
        1 + 2 * self.inputs.len() + self.uncertain.len()
    }

    /// The point where input `i`'s path is at its low end, and the one at its high end.
    pub fn ends_of(&self, i: usize) -> (usize, usize) {
        (1 + 2 * i, 2 + 2 * i)
    }

    /// The points of the inputs at `inputs` (both ends) and of the uncertainties at `bands`.
    pub fn points_of(&self, inputs: &[&str], bands: &[&str]) -> Vec<usize> {
        let mut out = Vec::new();
        for (i, input) in self.inputs.iter().enumerate() {
            if inputs.contains(&input.path.as_str()) {
                let (l, h) = self.ends_of(i);
                out.extend([l, h]);
            }
        }
        for (j, &i) in self.uncertain.iter().enumerate() {
            if bands.contains(&self.inputs[i].path.as_str()) {
                out.push(1 + 2 * self.inputs.len() + j);
            }
        }
        out
    }

    /// The report of the points in so far (`points[k]` is `None` until point `k` is in). A
    /// bar is compared over the trials both its ends and the base have.
    pub fn report(
        &self,
        outcome: &Outcome,
        points: &[Option<&PointValues>],
        seed: u64,
        currency: &str,
    ) -> SensitivityReport {
        let base = points.first().copied().flatten();
        let mut bars = Vec::new();
        let mut scratch = Vec::new();
        let mut picks: Vec<(usize, Vec<Vec<u32>>)> = Vec::new();
        if let Some(base) = base {
            for (i, input) in self.inputs.iter().enumerate() {
                let (l, h) = self.ends_of(i);
                let (Some(Some(low)), Some(Some(high))) = (points.get(l), points.get(h)) else {
                    continue;
                };
                let n = low
                    .values
                    .len()
                    .min(high.values.len())
                    .min(base.values.len());
                if n == 0 {
                    continue;
                }
                if let Some(Some(bar)) = self.bars.borrow().get(i) {
                    if bar.trials as usize == n && bar.currency_matches(currency) {
                        bars.push(bar.clone());
                        continue;
                    }
                }
                let (low, high) = (&low.values[..n], &high.values[..n]);
                if !picks.iter().any(|(m, _)| *m == n) {
                    picks.push((n, resamples(seed, n)));
                }
                let these = &picks.iter().find(|(m, _)| *m == n).expect("made above").1;
                let (lo, hi) = self.ends[i];
                let low_out = outcome.of(low);
                let high_out = outcome.of(high);
                let error = paired_error(outcome, low, high, these, &mut scratch);
                let swing = high_out - low_out;
                let bar = TornadoBar {
                    trials: n as u32,
                    base: outcome.of(&base.values[..n]),
                    path: input.path.clone(),
                    label: input.label.clone(),
                    low_value: lo,
                    high_value: hi,
                    low_text: value_text(input, lo, currency),
                    high_text: value_text(input, hi, currency),
                    low: low_out,
                    high: high_out,
                    swing,
                    standard_error: error,
                    within_noise: swing.abs() <= 2.0 * error,
                    currency: currency.to_string(),
                };
                if let Some(slot) = self.bars.borrow_mut().get_mut(i) {
                    *slot = Some(bar.clone());
                }
                bars.push(bar);
            }
        }
        // Largest swing first; equal swings keep file order.
        // (Negation reverses `total_cmp`'s order exactly, so ascending by `-|swing|` is
        // descending by `|swing|`.)
        let keys: Vec<f64> = bars.iter().map(|b| -b.swing.abs()).collect();
        let bars = in_order(bars, &ascending_order(&keys));
        let band = |values: &[f64]| {
            let mut v = values.to_vec();
            (
                quantile_in_place(&mut v, 0.1),
                quantile_in_place(&mut v, 0.9),
            )
        };
        let base_band = base.map(|b| band(&b.values));
        let mut bands = Vec::new();
        if let Some(base) = base {
            for (j, &i) in self.uncertain.iter().enumerate() {
                let Some(Some(point)) = points.get(1 + 2 * self.inputs.len() + j) else {
                    continue;
                };
                let input = &self.inputs[i];
                // Compared with the base over the trials both have.
                let n = point.values.len().min(base.values.len());
                let (p10, p90) = band(&base.values[..n]);
                let width = p90 - p10;
                let (lo, hi) = band(&point.values[..n]);
                let narrowing = width - (hi - lo);
                bands.push(BandBar {
                    trials: n as u32,
                    path: input.path.clone(),
                    label: input.label.clone(),
                    median_text: value_text(input, input.value.unwrap_or(0.0), currency),
                    p10: lo,
                    p90: hi,
                    narrowing,
                    share: if width > 0.0 { narrowing / width } else { 0.0 },
                });
            }
        }
        let keys: Vec<f64> = bands.iter().map(|b| -b.narrowing).collect();
        let bands = in_order(bands, &ascending_order(&keys));
        SensitivityReport {
            base: base.map(|b| outcome.of(&b.values)),
            base_band,
            inputs: self.inputs.len(),
            bars,
            bands,
        }
    }
}

/// The value nearest `x` on the way from the input's value that the model accepts, with the
/// scenario it gives: an end that breaks a rule between fields (outbound and admin shares
/// leaving too little of the week for closing) is brought back towards the base by halves.
fn nearest_valid(input: &Input, scenario: &Scenario, x: f64) -> Option<(f64, Scenario)> {
    let base = input.value?;
    let mut x = x;
    for _ in 0..12 {
        let rounded = if input.is_whole() { x.round() } else { x };
        if let Ok(s) = input.set(scenario, rounded) {
            return Some((rounded, s));
        }
        x = base + (x - base) / 2.0;
    }
    None
}

/// Trial indices of [`RESAMPLES`] resamples with replacement of `n` trials, from the seed.
fn resamples(seed: u64, n: usize) -> Vec<Vec<u32>> {
    if n == 0 {
        return Vec::new();
    }
    let mut rng = stream(seed, RESAMPLE_PURPOSE, 0);
    (0..RESAMPLES)
        .map(|_| {
            (0..n)
                .map(|_| (((next_u64(&mut rng) >> 32) * n as u64) >> 32) as u32)
                .collect()
        })
        .collect()
}

/// The standard error of `S(high) − S(low)` over paired resamples of the trials.
fn paired_error(
    outcome: &Outcome,
    low: &[f64],
    high: &[f64],
    picks: &[Vec<u32>],
    scratch: &mut Vec<f64>,
) -> f64 {
    if low == high || picks.is_empty() || low.len() != high.len() {
        return 0.0;
    }
    let swings: Vec<f64> = picks
        .iter()
        .filter(|p| p.len() == low.len())
        .map(|p| {
            outcome.statistic.of_picks(high, p, scratch)
                - outcome.statistic.of_picks(low, p, scratch)
        })
        .collect();
    let n = swings.len() as f64;
    if n < 2.0 {
        return 0.0;
    }
    let mean = swings.iter().sum::<f64>() / n;
    let var = swings.iter().map(|s| (s - mean) * (s - mean)).sum::<f64>() / (n - 1.0);
    libm::sqrt(var)
}

/// One input's bar.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TornadoBar {
    /// The trials it compares (the first pass's, or every trial once refined).
    pub trials: u32,
    /// The output of the scenario as it is, over those trials.
    pub base: f64,
    /// The input's path.
    pub path: String,
    /// Its label.
    pub label: String,
    /// The low value it was held at.
    pub low_value: f64,
    /// The high value.
    pub high_value: f64,
    /// The low value in the field's units.
    pub low_text: String,
    /// The high value in the field's units.
    pub high_text: String,
    /// The output with the input at its low value.
    pub low: f64,
    /// The output with the input at its high value.
    pub high: f64,
    /// `high − low`.
    pub swing: f64,
    /// The swing's paired Monte Carlo standard error.
    pub standard_error: f64,
    /// Whether the swing is within 2 standard errors of zero.
    pub within_noise: bool,
    /// The currency the value texts are written in.
    #[serde(skip)]
    pub currency: String,
}

impl TornadoBar {
    fn currency_matches(&self, currency: &str) -> bool {
        self.currency == currency
    }
}

/// How much the output's P10–P90 band narrows with one uncertainty fixed at its median.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BandBar {
    /// The trials it compares.
    pub trials: u32,
    /// The input's path.
    pub path: String,
    /// Its label.
    pub label: String,
    /// The median it was fixed at, in its units.
    pub median_text: String,
    /// The output's P10 with it fixed.
    pub p10: f64,
    /// The output's P90 with it fixed.
    pub p90: f64,
    /// The base band's width minus this one's.
    pub narrowing: f64,
    /// `narrowing` as a share of the base band's width.
    pub share: f64,
}

/// A tornado's results so far.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SensitivityReport {
    /// The output at the scenario as it is.
    pub base: Option<f64>,
    /// The measure's P10 and P90 at the scenario as it is.
    pub base_band: Option<(f64, f64)>,
    /// How many inputs the tornado moves.
    pub inputs: usize,
    /// The bars in so far, largest swing first.
    pub bars: Vec<TornadoBar>,
    /// The uncertainties in so far, largest narrowing first.
    pub bands: Vec<BandBar>,
}
