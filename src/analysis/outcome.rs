//! What an analysis measures: an output of every trial (a metric over the horizon, in one
//! quarter, or its lowest quarter from one on; or bookings per unit of cost), and the number
//! that sums those trials up (their median, or the chance they reach a threshold).
//!
//! Outputs are named by keys: any metric's key (`bookings.total`, `headcount.ae`,
//! `quota_capacity`…), optionally with a period (`bookings.total@q5`: the fifth quarter;
//! `bookings.total@from-q5`: the lowest quarter from the fifth on, so "at least X from the fifth
//! quarter on" is one number per trial), and the named outputs `bookings_per_cost` and
//! `p_hit_target`.

use std::fmt;

use crate::engine::outputs::{horizon_value_of, MetricUnit};
use crate::engine::{MetricId, METRIC_COUNT};
use crate::i18n::{self, Args, Catalogue, Message};
use crate::model::{Scenario, Target};

/// The outputs offered first, by key, with their names in words.
pub const NAMED_OUTPUTS: [(&str, &str); 5] = [
    ("bookings.total", "Bookings over the horizon"),
    (
        "pipeline_created.total",
        "Pipeline created over the horizon",
    ),
    ("p_hit_target", "P(hit target)"),
    ("bookings_per_cost", "Bookings per unit of cost"),
    ("headcount.total", "Ending headcount"),
];

/// The quarters a metric is taken over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// The whole horizon (flows summed, stocks at the end, capacity averaged: MODEL.md).
    Horizon,
    /// One quarter, counted from 0.
    Quarter(usize),
    /// The lowest value of the quarters from this one (counted from 0) to the end.
    FromQuarter(usize),
}

/// One number per trial.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// A metric over a period.
    Metric {
        /// The metric.
        metric: MetricId,
        /// Its period.
        period: Period,
    },
    /// Bookings over the horizon divided by cost over the horizon.
    BookingsPerCost,
}

/// How the trials' numbers are summed up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Statistic {
    /// Their median.
    Median,
    /// The share of trials at least this.
    ChanceAtLeast(f64),
    /// The share of trials at most this.
    ChanceAtMost(f64),
}

/// An output of a run, as one number: a measure of each trial, summed up by a statistic.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outcome {
    /// Each trial's number.
    pub measure: Measure,
    /// The summary.
    pub statistic: Statistic,
}

/// An output key that names nothing, or names it wrongly.
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeError(pub Message);

impl fmt::Display for OutcomeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&i18n::with_english(|en| en.text(&self.0)))
    }
}

impl Measure {
    /// Reads a measure key: a metric key with an optional `@qN` or `@from-qN`, or
    /// `bookings_per_cost`. `quarters` is the scenario's count of quarters.
    pub fn parse(key: &str, quarters: usize) -> Result<Measure, OutcomeError> {
        let key = key.trim();
        if key == "bookings_per_cost" {
            return Ok(Measure::BookingsPerCost);
        }
        let (name, period) = match key.split_once('@') {
            None => (key, Period::Horizon),
            Some((name, at)) => {
                let (from, number) = match at.strip_prefix("from-") {
                    Some(rest) => (true, rest),
                    None => (false, at),
                };
                let q = number
                    .strip_prefix('q')
                    .or_else(|| number.strip_prefix('Q'))
                    .and_then(|n| n.parse::<usize>().ok())
                    .filter(|&n| n >= 1 && n <= quarters)
                    .ok_or_else(|| {
                        OutcomeError(Message::with(
                            "error-analysis-period",
                            Args::new()
                                .text("key", format!("{key:?}"))
                                .text("quarters", quarters.to_string()),
                        ))
                    })?;
                let period = if from {
                    Period::FromQuarter(q - 1)
                } else {
                    Period::Quarter(q - 1)
                };
                (name, period)
            }
        };
        let metric = MetricId::from_key(name).ok_or_else(|| {
            OutcomeError(Message::with(
                "error-analysis-not-an-output",
                Args::new().text("name", format!("{name:?}")),
            ))
        })?;
        Ok(Measure::Metric { metric, period })
    }

    /// The key this measure is read from.
    pub fn key(&self) -> String {
        match self {
            Measure::BookingsPerCost => "bookings_per_cost".into(),
            Measure::Metric { metric, period } => match period {
                Period::Horizon => metric.key(),
                Period::Quarter(q) => format!("{}@q{}", metric.key(), q + 1),
                Period::FromQuarter(q) => format!("{}@from-q{}", metric.key(), q + 1),
            },
        }
    }

    /// Whether the measure is money (its values are shown in the scenario's currency).
    pub fn is_money(&self) -> bool {
        matches!(self, Measure::Metric { metric, .. } if metric.unit() == MetricUnit::Money)
    }

    /// One trial's number from its row (every metric in every quarter, quarter by quarter).
    pub fn of_row(&self, row: &[f64], quarters: usize) -> f64 {
        let at = |q: usize, m: MetricId| row[q * METRIC_COUNT + m.index()];
        let horizon = |m: MetricId| horizon_value_of(&m.metric(), (0..quarters).map(|q| at(q, m)));
        match *self {
            Measure::BookingsPerCost => {
                let cost = horizon(MetricId::COST_TOTAL);
                if cost > 0.0 {
                    horizon(MetricId::BOOKINGS_TOTAL) / cost
                } else {
                    0.0
                }
            }
            Measure::Metric { metric, period } => match period {
                Period::Horizon => horizon(metric),
                Period::Quarter(q) => at(q.min(quarters.saturating_sub(1)), metric),
                Period::FromQuarter(q) => (q.min(quarters.saturating_sub(1))..quarters)
                    .map(|q| at(q, metric))
                    .fold(f64::INFINITY, f64::min),
            },
        }
    }
}

impl Outcome {
    /// Reads an output key for `scenario`: a measure key (see [`Measure::parse`]), summed up by
    /// its median, or `p_hit_target`: the chance that bookings over the horizon reach the sum of
    /// the scenario's quarterly targets.
    pub fn parse(key: &str, scenario: &Scenario) -> Result<Outcome, OutcomeError> {
        let quarters = scenario.quarters();
        if key.trim() == "p_hit_target" {
            let total = match &scenario.targets.bookings_per_quarter {
                Target::None => return Err(OutcomeError(Message::new("error-analysis-no-target"))),
                Target::Every(x) => x * quarters as f64,
                Target::PerQuarter(list) => list.iter().sum(),
            };
            return Ok(Outcome {
                measure: Measure::Metric {
                    metric: MetricId::BOOKINGS_TOTAL,
                    period: Period::Horizon,
                },
                statistic: Statistic::ChanceAtLeast(total),
            });
        }
        Ok(Outcome {
            measure: Measure::parse(key, quarters)?,
            statistic: Statistic::Median,
        })
    }

    /// Whether the output is a chance (from 0 to 1) rather than a value of the measure.
    pub fn is_chance(&self) -> bool {
        !matches!(self.statistic, Statistic::Median)
    }

    /// The output of trials whose numbers are `values`.
    pub fn of(&self, values: &[f64]) -> f64 {
        self.statistic.of(values)
    }
}

impl Statistic {
    /// The statistic of `values`; 0 for none.
    pub fn of(&self, values: &[f64]) -> f64 {
        match *self {
            Statistic::Median => median(values),
            Statistic::ChanceAtLeast(x) => share(values, |v| v >= x),
            Statistic::ChanceAtMost(x) => share(values, |v| v <= x),
        }
    }

    /// The statistic of `values[i]` for each `i` of `picks` (a resample), using `scratch`.
    pub(crate) fn of_picks(&self, values: &[f64], picks: &[u32], scratch: &mut Vec<f64>) -> f64 {
        scratch.clear();
        scratch.extend(picks.iter().map(|&i| values[i as usize]));
        match *self {
            Statistic::Median => median_in_place(scratch),
            other => other.of(scratch),
        }
    }
}

fn share(values: &[f64], hit: impl Fn(f64) -> bool) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.iter().filter(|&&v| hit(v)).count() as f64 / values.len() as f64
}

/// The median of `values` (numpy's linear interpolation, as every summary of Pipesim).
pub fn median(values: &[f64]) -> f64 {
    median_in_place(&mut values.to_vec())
}

/// The median by selection rather than sorting: the same two order statistics, found in
/// linear time, for the many resamples of a tornado's bars.
fn median_in_place(values: &mut [f64]) -> f64 {
    let n = values.len();
    if n < 2 {
        return values.first().copied().unwrap_or(0.0);
    }
    let pos = 0.5 * (n - 1) as f64;
    let k = pos.floor() as usize;
    let (_, &mut lo, right) = values.select_nth_unstable_by(k, f64::total_cmp);
    let frac = pos - k as f64;
    if frac == 0.0 {
        return lo;
    }
    let hi = right.iter().copied().fold(f64::INFINITY, f64::min);
    lo + (hi - lo) * frac
}

/// The `q`-quantile of `values`, reordering them.
pub fn quantile_in_place(values: &mut [f64], q: f64) -> f64 {
    values.sort_unstable_by(f64::total_cmp);
    crate::stats::quantile_sorted(values, q)
}

/// The words for an output key: its name for the named ones, else the key.
pub fn output_label(key: &str) -> String {
    let (name, period) = key.split_once('@').unwrap_or((key, ""));
    let named = NAMED_OUTPUTS.iter().find(|(k, _)| *k == name);
    let when = match (period.strip_prefix("from-q"), period.strip_prefix('q')) {
        (Some(q), _) => format!(" every quarter from quarter {q}"),
        (None, Some(q)) => format!(" in quarter {q}"),
        _ => String::new(),
    };
    match named {
        // A named output's words say "over the horizon"; with a period, its metric's name.
        Some((_, label)) if when.is_empty() => label.to_string(),
        _ => format!("{name}{when}"),
    }
}

/// The words for an output key in the catalogue's language: a named output's message
/// (`output-bookings-total`), else the key; a period's words after it (`output-in-quarter`,
/// `output-from-quarter`). In English, the same words as [`output_label`].
pub fn output_words(catalogue: &Catalogue, key: &str) -> String {
    let (name, period) = key.split_once('@').unwrap_or((key, ""));
    let quarter =
        |id: &str, q: &str| catalogue.say(id, &Args::new().text("output", name).text("quarter", q));
    match (period.strip_prefix("from-q"), period.strip_prefix('q')) {
        (Some(q), _) => quarter("output-from-quarter", q),
        (None, Some(q)) => quarter("output-in-quarter", q),
        _ => {
            let id = format!("output-{}", name.replace('.', "-"));
            if NAMED_OUTPUTS.iter().any(|(k, _)| *k == name) && catalogue.has(&id) {
                catalogue.say(&id, &Args::new())
            } else {
                output_label(key)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_words_are_the_labels_in_english_and_translated_in_chinese() {
        use crate::i18n::Lang;
        let en = Catalogue::embedded(Lang::En);
        let zh = Catalogue::embedded(Lang::ZhCn);
        for key in [
            "bookings.total",
            "p_hit_target",
            "headcount.total@q4",
            "bookings.total@from-q5",
            "quota_capacity",
        ] {
            assert_eq!(output_words(&en, key), output_label(key), "{key}");
        }
        assert_eq!(
            output_words(&zh, "bookings.total"),
            zh.say("output-bookings-total", &Args::new())
        );
        let quarter = output_words(&zh, "bookings.total@from-q5");
        assert!(
            quarter.contains("bookings.total") && quarter.contains('5'),
            "{quarter}"
        );
        assert!(!quarter.contains("quarter"), "{quarter}");
    }

    #[test]
    fn keys_read_back() {
        for key in [
            "bookings.total",
            "bookings.inbound@q3",
            "quota_capacity@from-q2",
            "bookings_per_cost",
            "headcount.ae",
        ] {
            assert_eq!(Measure::parse(key, 8).unwrap().key(), key);
        }
        assert!(Measure::parse("bookings.total@q9", 8).is_err());
        assert!(Measure::parse("bookings.total@from-q0", 8).is_err());
        assert!(Measure::parse("revenue", 8)
            .unwrap_err()
            .to_string()
            .contains("\"revenue\""));
    }

    #[test]
    fn from_a_quarter_on_is_the_lowest_quarter() {
        let mut row = vec![0.0; 4 * METRIC_COUNT];
        let b = MetricId::BOOKINGS_TOTAL.index();
        for (q, v) in [5.0, 1.0, 4.0, 3.0].into_iter().enumerate() {
            row[q * METRIC_COUNT + b] = v;
        }
        let m = |key| Measure::parse(key, 4).unwrap().of_row(&row, 4);
        assert_eq!(m("bookings.total"), 13.0);
        assert_eq!(m("bookings.total@q1"), 5.0);
        assert_eq!(m("bookings.total@from-q3"), 3.0);
        assert_eq!(m("bookings.total@from-q1"), 1.0);
    }

    #[test]
    fn the_median_by_selection_is_the_sorted_median() {
        let values = [5.0, 1.0, 4.0, 2.0, 9.0, 7.0];
        let mut sorted = values.to_vec();
        assert_eq!(median(&values), quantile_in_place(&mut sorted, 0.5));
        assert_eq!(median(&values[..5]), 4.0);
        assert_eq!(median(&[]), 0.0);
    }

    #[test]
    fn hit_target_needs_a_target() {
        let mut s = Scenario::default();
        assert!(Outcome::parse("p_hit_target", &s).is_err());
        s.targets.bookings_per_quarter = Target::Every(100.0);
        let o = Outcome::parse("p_hit_target", &s).unwrap();
        assert_eq!(o.statistic, Statistic::ChanceAtLeast(800.0));
        assert_eq!(o.of(&[799.0, 800.0, 900.0, 0.0]), 0.5);
    }
}
