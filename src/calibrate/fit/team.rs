//! What the owners' opportunities say about the team: how many opportunities a ramped rep
//! creates a month (all of them, and the self-sourced ones), how long a new rep takes to ramp
//! (MODEL.md's ramp(τ) = min(1, (τ + 1)/R)), and how many reps leave a year. An owner stands
//! for a rep; the export only shows a rep through its opportunities, so:
//!
//! - a rep's **active months** are the calendar months from the month of its first
//!   opportunity to the month of its last one if it has left, or to the export's month (the
//!   month of its as-of date) if it is still there. Its tenure τ counts months from its first
//!   opportunity (τ = 0 in that month), not from its hire, which the export does not hold.
//! - the **first and last months are partial**: the rep started, left or the export ended in
//!   them, and a month chosen for holding the first or last opportunity holds at least one.
//!   Steady rates skip both; the ramp keeps τ = 0 (it is the ramp's first month) but never
//!   the last month; attrition counts both as months at risk.
//! - a rep **has left** when its last opportunity is more than [`GONE_AFTER_DAYS`] before the
//!   as-of date.
//!
//! Only the created dates count: a closed date can fall after a rep left, when its deals are
//! closed by whoever took them over. A CRM that moves a leaver's deals to their new owner
//! hides that rep's history from all of this, which is worth saying beside the results.
//!
//! A fit that cannot be made is an `Err` with its reason, so each field of [`TeamFit`] says on
//! its own why it is missing. Everything here is a sort of the opportunities by owner and
//! month, then passes over each rep's sorted months: O(n log n) in opportunities.

use jiff::civil::Date;
use jiff::Span;

use super::beta::{win_rate, RateFit};
use super::FitError;
use crate::calibrate::Export;
use crate::engine::Source;
use crate::i18n::{Args, Message};

/// A rep whose last opportunity is older than this has left. A quarter: a rep still at work
/// creates opportunities every month (at two a month, three silent months happen to one rep in
/// 400), while a longer wait would miss more of the recent departures, which this window
/// cannot see (its reps count as staying, and its months as at risk of no one's leaving).
pub const GONE_AFTER_DAYS: i64 = 90;
/// The fewest reps behind a steady rate or an attrition rate.
pub const MIN_REPS: usize = 3;
/// The fewest new reps behind a ramp.
pub const MIN_NEW_REPS: usize = 3;
/// A rep is new (started inside the export, so its ramp is visible) when its first
/// opportunity comes at least this many months after the export's first month.
pub const NEW_AFTER_MONTHS: i32 = 3;
/// Without a fitted ramp, a rep's months from this tenure on are steady.
pub const STEADY_FROM: i32 = 6;
/// The ramp is fitted on tenures 0 to this.
const RAMP_TENURES: usize = 13;
/// Ramps tried: 0.5 to 24 months by halves (below 1, no ramp: MODEL.md's ramp(τ) = 1).
const RAMP_GRID: std::ops::RangeInclusive<u32> = 1..=48;
/// Rounds of steady rate then ramp: a long ramp moves the steady months, which move the ramp.
const RAMP_ROUNDS: usize = 4;

/// A steady monthly rate over reps' ramped months.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Steady {
    /// Opportunities per rep-month: all the counted opportunities over all the counted months.
    pub mean: f64,
    /// Its standard error, clustered by rep (reps differ: one elite prospector's months are
    /// not independent draws): √(n/(n−1) Σ (c_i − mean·m_i)²) / Σ m_i over reps' counts c_i
    /// and months m_i. With a handful of reps it is itself rough (a t with reps − 1 degrees
    /// of freedom, not a normal).
    pub sd_of_mean: f64,
    /// Reps with at least one counted month.
    pub reps: usize,
    /// Counted months.
    pub rep_months: u64,
}

/// The ramp's R months, fitted to the reps who start inside the export.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RampFit {
    /// R in ramp(τ) = min(1, (τ + 1)/R): 0.5 to 24 by halves, below 1 meaning no ramp.
    pub months: f64,
    /// New reps behind it.
    pub reps: usize,
}

/// Annual attrition, from departures over months at risk.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AttritionFit {
    /// The annual rate 1 − (1 − p_m)^12 at the 5th percentile of the monthly p_m.
    pub p5: f64,
    /// At its median.
    pub median: f64,
    /// At its 95th percentile.
    pub p95: f64,
    /// The monthly rate p_m: Beta(departures + 1, stays + 1), a month at risk being a trial.
    pub monthly: RateFit,
    /// Reps seen to leave.
    pub departures: u64,
    /// Months at risk.
    pub rep_months: u64,
    /// Reps with months at risk.
    pub reps: usize,
}

/// What the export says about the team; each part, or why it cannot be told.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamFit {
    /// Opportunities created per rep per month in its steady months (from a tenure of the
    /// fitted ramp, rounded up, or [`STEADY_FROM`] without one; never its first or last month).
    pub opps_per_rep_month: Result<Steady, FitError>,
    /// The same, counting only opportunities of the model's Outbound source (self-sourced):
    /// this informs `ae.hours_per_sourced_opp`.
    pub outbound_per_rep_month: Result<Steady, FitError>,
    /// The ramp, from the reps whose first opportunity comes [`NEW_AFTER_MONTHS`] or more
    /// after the export's first month: each month's count over the rep's steady rate, averaged
    /// by tenure, against ramp(τ) by least squares (each tenure weighed by its reps).
    pub ramp: Result<RampFit, FitError>,
    /// Reps leaving (see the module's notes).
    pub attrition: Result<AttritionFit, FitError>,
}

/// A calendar month as a number: consecutive months are consecutive numbers.
fn month_of(date: Date) -> i32 {
    i32::from(date.year()) * 12 + i32::from(date.month()) - 1
}

/// One owner's opportunities, as months.
struct Rep {
    first: i32,
    /// The last month of its active months.
    end: i32,
    last_day: Date,
    /// The month of each opportunity, sorted.
    months: Vec<i32>,
    /// The month of each Outbound opportunity, sorted.
    outbound: Vec<i32>,
}

impl Rep {
    /// The rep's steady months from tenure `from` on (never its first or last), if any.
    fn steady_months(&self, from: i32) -> Option<(i32, i32)> {
        let (a, b) = ((self.first + from).max(self.first + 1), self.end - 1);
        (a <= b).then_some((a, b))
    }
}

/// How many of `sorted` lie in months a..=b.
fn count_in(sorted: &[i32], a: i32, b: i32) -> u64 {
    (sorted.partition_point(|&m| m <= b) - sorted.partition_point(|&m| m < a)) as u64
}

fn few_reps(reps: usize) -> FitError {
    FitError::new(Message::with(
        "error-calibrate-fit-few-reps",
        Args::new()
            .number("reps", reps as f64)
            .number("least", MIN_REPS as f64),
    ))
}

/// The steady rate of opportunities `pick`ed from each rep, from tenure `from` on.
fn steady(reps: &[Rep], from: i32, pick: impl Fn(&Rep) -> &[i32]) -> Result<Steady, FitError> {
    let per_rep: Vec<(f64, f64)> = reps
        .iter()
        .filter_map(|rep| {
            let (a, b) = rep.steady_months(from)?;
            Some((count_in(pick(rep), a, b) as f64, f64::from(b - a + 1)))
        })
        .collect();
    if per_rep.len() < MIN_REPS {
        return Err(few_reps(per_rep.len()));
    }
    let count: f64 = per_rep.iter().map(|(c, _)| c).sum();
    let months: f64 = per_rep.iter().map(|(_, m)| m).sum();
    let mean = count / months;
    let n = per_rep.len() as f64;
    let spread: f64 = per_rep
        .iter()
        .map(|(c, m)| (c - mean * m) * (c - mean * m))
        .sum();
    Ok(Steady {
        mean,
        sd_of_mean: libm::sqrt(n / (n - 1.0) * spread) / months,
        reps: per_rep.len(),
        rep_months: months as u64,
    })
}

/// MODEL.md's ramp(τ).
fn ramp_at(tenure: usize, months: f64) -> f64 {
    if months < 1.0 {
        1.0
    } else {
        ((tenure as f64 + 1.0) / months).min(1.0)
    }
}

/// The ramp of the new reps whose steady rate (from tenure `from`) is above 0.
fn ramp(reps: &[Rep], new_from: i32, from: i32) -> Result<RampFit, FitError> {
    let mut sums = [0.0; RAMP_TENURES];
    let mut seen = [0.0; RAMP_TENURES];
    let mut used = 0;
    for rep in reps.iter().filter(|r| r.first >= new_from) {
        let Some((a, b)) = rep.steady_months(from) else {
            continue;
        };
        let rate = count_in(&rep.months, a, b) as f64 / f64::from(b - a + 1);
        if rate <= 0.0 {
            continue;
        }
        // Tenures up to the month before the last: the last is partial.
        let tenures = (rep.end - rep.first).clamp(0, RAMP_TENURES as i32) as usize;
        for (tenure, (sum, seen)) in sums.iter_mut().zip(&mut seen).enumerate().take(tenures) {
            let month = rep.first + tenure as i32;
            *sum += count_in(&rep.months, month, month) as f64 / rate;
            *seen += 1.0;
        }
        used += 1;
    }
    if used < MIN_NEW_REPS {
        return Err(FitError::new(Message::with(
            "error-calibrate-fit-few-new-reps",
            Args::new()
                .number("reps", used as f64)
                .number("least", MIN_NEW_REPS as f64),
        )));
    }
    let error = |months: f64| -> f64 {
        (0..RAMP_TENURES)
            .filter(|&t| seen[t] > 0.0)
            .map(|t| seen[t] * (sums[t] / seen[t] - ramp_at(t, months)).powi(2))
            .sum()
    };
    let mut best = (f64::INFINITY, 0.5);
    for half in RAMP_GRID {
        let months = f64::from(half) / 2.0;
        let e = error(months);
        if e < best.0 {
            best = (e, months);
        }
    }
    Ok(RampFit {
        months: best.1,
        reps: used,
    })
}

/// Attrition: departures over months at risk, up to the month of `cutoff` (a departure after
/// it cannot be seen yet).
fn attrition(reps: &[Rep], cutoff: Date) -> Result<AttritionFit, FitError> {
    let cutoff_month = month_of(cutoff);
    let (mut departures, mut months, mut at_risk) = (0u64, 0u64, 0usize);
    for rep in reps {
        // Leaving is decided at the start of each month from τ = 1 (MODEL.md): a leaver
        // stayed through its last month's tenure and left at the next, one trial more.
        let trials = if rep.last_day < cutoff {
            departures += 1;
            rep.end - rep.first + 1
        } else {
            cutoff_month - rep.first
        };
        if trials > 0 {
            months += trials as u64;
            at_risk += 1;
        }
    }
    if at_risk < MIN_REPS {
        return Err(few_reps(at_risk));
    }
    let monthly = win_rate(departures, months - departures);
    let annual = |p: f64| -libm::expm1(12.0 * libm::log1p(-p));
    Ok(AttritionFit {
        p5: annual(monthly.p5),
        median: annual(monthly.median),
        p95: annual(monthly.p95),
        monthly,
        departures,
        rep_months: months,
        reps: at_risk,
    })
}

/// What `export`'s owners say about the team, as of its last creation date
/// ([`Export::last_created`]).
pub fn team(export: &Export) -> TeamFit {
    let all = |e: FitError| TeamFit {
        opps_per_rep_month: Err(e.clone()),
        outbound_per_rep_month: Err(e.clone()),
        ramp: Err(e.clone()),
        attrition: Err(e),
    };
    let (Some(as_of), Some(first_day)) = (
        export.last_created(),
        export.opportunities.iter().map(|o| o.created).min(),
    ) else {
        return all(FitError::new(Message::new("error-calibrate-fit-empty")));
    };
    let cutoff = as_of.checked_sub(Span::new().days(GONE_AFTER_DAYS)).ok();

    // Each owner's opportunities as (owner, month), sorted: one sort for the whole export.
    let mut owned: Vec<(u32, i32, Date, bool)> = export
        .opportunities
        .iter()
        .filter_map(|o| {
            let outbound = export.source_of(o) == Some(Source::Outbound);
            o.owner
                .map(|owner| (owner, month_of(o.created), o.created, outbound))
        })
        .collect();
    if owned.is_empty() {
        return all(FitError::new(Message::new("error-calibrate-fit-no-owners")));
    }
    owned.sort_unstable_by_key(|&(owner, month, ..)| (owner, month));
    let as_of_month = month_of(as_of);
    let reps: Vec<Rep> = owned
        .chunk_by(|a, b| a.0 == b.0)
        .map(|chunk| {
            let months: Vec<i32> = chunk.iter().map(|o| o.1).collect();
            let last_day = chunk.iter().map(|o| o.2).max().unwrap_or(first_day);
            let gone = cutoff.is_some_and(|c| last_day < c);
            Rep {
                first: months[0],
                end: if gone {
                    months[months.len() - 1]
                } else {
                    as_of_month
                },
                last_day,
                outbound: chunk.iter().filter(|o| o.3).map(|o| o.1).collect(),
                months,
            }
        })
        .collect();

    // Steady rate and ramp, each from the other: start from STEADY_FROM, refit while the
    // ramp moves the steady months.
    let new_from = month_of(first_day) + NEW_AFTER_MONTHS;
    let mut from = STEADY_FROM;
    let mut fitted_ramp = ramp(&reps, new_from, from);
    for _ in 1..RAMP_ROUNDS {
        let Ok(fit) = &fitted_ramp else { break };
        let next = libm::ceil(fit.months) as i32;
        if next == from {
            break;
        }
        from = next;
        fitted_ramp = ramp(&reps, new_from, from);
    }
    if let Ok(fit) = &fitted_ramp {
        from = libm::ceil(fit.months) as i32;
    } else {
        from = STEADY_FROM;
    }

    let has_sources = export.opportunities.iter().any(|o| o.source.is_some());
    let maps_outbound = export
        .sources
        .iter()
        .any(|(_, s)| *s == Some(Source::Outbound));
    let outbound_per_rep_month = if !has_sources {
        Err(FitError::new(Message::new(
            "error-calibrate-fit-no-sources",
        )))
    } else if !maps_outbound {
        Err(FitError::new(Message::new(
            "error-calibrate-fit-no-outbound",
        )))
    } else {
        steady(&reps, from, |r| &r.outbound)
    };

    let attrition = match cutoff {
        Some(cutoff) if first_day < cutoff => attrition(&reps, cutoff),
        _ => Err(FitError::new(Message::with(
            "error-calibrate-fit-short-export",
            Args::new().number("days", GONE_AFTER_DAYS as f64),
        ))),
    };
    TeamFit {
        opps_per_rep_month: steady(&reps, from, |r| &r.months),
        outbound_per_rep_month,
        ramp: fitted_ramp,
        attrition,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calibrate::{Opportunity, Outcome};
    use crate::sampling::distributions::{poisson, uniform01};
    use crate::sampling::Rng;

    /// Day `d` of month `m`, months counted from January 2024.
    fn day(m: i32, d: i8) -> Date {
        Date::new((2024 + m / 12) as i16, (m % 12 + 1) as i8, d).unwrap()
    }

    fn opportunity(owner: Option<u32>, source: Option<u32>, created: Date) -> Opportunity {
        Opportunity {
            line: 0,
            owner,
            source,
            created,
            closed: None,
            amount: None,
            outcome: Outcome::Open,
        }
    }

    fn sources() -> Vec<(String, Option<Source>)> {
        vec![
            ("Outbound".to_string(), Some(Source::Outbound)),
            ("Web".to_string(), Some(Source::Inbound)),
        ]
    }

    /// Reps (hired at month h, staying to month `to`) creating Poisson(λ ramp(τ)) a month,
    /// each Outbound with probability 0.4, over months 0..36.
    fn simulated(reps: &[(i32, i32)], lambda: f64, ramp_months: f64, seed: u128) -> Export {
        let mut rng = Rng::new(seed);
        let mut export = Export {
            sources: sources(),
            ..Export::default()
        };
        for (owner, &(hired, to)) in reps.iter().enumerate() {
            export.owners.push(format!("rep {owner}"));
            // Months before the export's (before 0) are not in it.
            for month in hired.max(0)..=to {
                let tenure = (month - hired) as usize;
                for _ in 0..poisson(&mut rng, lambda * ramp_at(tenure, ramp_months)) {
                    let d = 1 + (uniform01(&mut rng) * 28.0) as i8;
                    let source = u32::from(uniform01(&mut rng) >= 0.4);
                    export.opportunities.push(opportunity(
                        Some(owner as u32),
                        Some(source),
                        day(month, d),
                    ));
                }
            }
        }
        export
    }

    #[test]
    fn a_known_ramp_and_rate_come_back() {
        // Eight reps there all along (hired long before), twelve hired inside the export.
        let mut reps = vec![(-24, 35); 8];
        reps.extend((4..16).map(|h| (h, 35)));
        let export = simulated(&reps, 8.0, 4.0, 19);
        let fit = team(&export);

        let ramp = fit.ramp.unwrap();
        assert!((ramp.months - 4.0).abs() <= 1.0, "{ramp:?}");
        assert_eq!(ramp.reps, 12);

        let all = fit.opps_per_rep_month.unwrap();
        assert_eq!(all.reps, 20);
        assert!((all.mean - 8.0).abs() < 4.0 * all.sd_of_mean, "{all:?}");
        assert!(all.sd_of_mean > 0.0 && all.sd_of_mean < 0.5, "{all:?}");
        let outbound = fit.outbound_per_rep_month.unwrap();
        assert_eq!(outbound.rep_months, all.rep_months);
        assert!(
            (outbound.mean - 3.2).abs() < 4.0 * outbound.sd_of_mean,
            "{outbound:?}"
        );

        // No one left: every rep created opportunities in the last quarter.
        let attrition = fit.attrition.unwrap();
        assert_eq!((attrition.departures, attrition.reps), (0, 20));
        assert!(attrition.p5 < attrition.median && attrition.median < attrition.p95);
    }

    #[test]
    fn a_long_ramp_is_found_past_the_default_steady_months() {
        let mut reps = vec![(-24, 35); 6];
        reps.extend((3..12).map(|h| (h, 35)));
        let export = simulated(&reps, 10.0, 9.0, 5);
        let ramp = team(&export).ramp.unwrap();
        assert!((ramp.months - 9.0).abs() <= 1.5, "{ramp:?}");
    }

    #[test]
    fn departures_are_counted_over_the_months_at_risk() {
        // One opportunity on the 10th of each active month, over 2024 and 2025; the export's
        // date is 10 December 2025, so a departure shows before 11 September 2025 (month 20).
        let mut export = Export::default();
        let mut add = |owner: u32, months: std::ops::RangeInclusive<i32>| {
            export.owners.push(format!("rep {owner}"));
            for m in months {
                export
                    .opportunities
                    .push(opportunity(Some(owner), None, day(m, 10)));
            }
        };
        for owner in 0..32 {
            add(owner, 0..=23);
        }
        let leavers = [3, 5, 7, 9, 11, 13, 15, 17];
        for (i, last) in leavers.iter().enumerate() {
            add(32 + i as u32, 0..=*last);
        }
        assert_eq!(export.as_of(), Some(day(23, 10)));
        let fit = team(&export);
        let attrition = fit.attrition.unwrap();
        // Stayers: months 1..=20 at risk (20 trials). A leaver with last month L: L + 1.
        let months = 32 * 20 + leavers.iter().map(|l| l + 1).sum::<i32>() as u64;
        assert_eq!(months, 728);
        assert_eq!(
            (attrition.departures, attrition.rep_months, attrition.reps),
            (8, 728, 40)
        );
        assert_eq!(attrition.monthly, win_rate(8, 720));
        let annual = 1.0 - (1.0 - attrition.monthly.median).powi(12);
        assert!((attrition.median - annual).abs() < 1e-12, "{attrition:?}");
        assert!(attrition.p5 < attrition.median && attrition.median < attrition.p95);
        assert!(
            attrition.median > 0.1 && attrition.median < 0.15,
            "{attrition:?}"
        );

        // One a month, exactly: the steady rate is 1 with no spread.
        let steady = fit.opps_per_rep_month.unwrap();
        assert_eq!((steady.mean, steady.sd_of_mean), (1.0, 0.0));
        // Everyone was there from the first month: no ramp to see. No sources.
        assert_eq!(
            fit.ramp.unwrap_err().reason.id,
            "error-calibrate-fit-few-new-reps"
        );
        assert_eq!(
            fit.outbound_per_rep_month.unwrap_err().reason.id,
            "error-calibrate-fit-no-sources"
        );
    }

    #[test]
    fn what_cannot_be_fitted_says_why() {
        let id = |r: &Result<Steady, FitError>| r.as_ref().unwrap_err().reason.id;

        let fit = team(&Export::default());
        assert_eq!(id(&fit.opps_per_rep_month), "error-calibrate-fit-empty");

        // No owner column.
        let export = Export {
            opportunities: (0..40)
                .map(|m| opportunity(None, None, day(m % 24, 3)))
                .collect(),
            ..Export::default()
        };
        let fit = team(&export);
        assert_eq!(id(&fit.opps_per_rep_month), "error-calibrate-fit-no-owners");
        assert_eq!(
            id(&fit.outbound_per_rep_month),
            "error-calibrate-fit-no-owners"
        );
        assert_eq!(
            fit.ramp.unwrap_err().reason.id,
            "error-calibrate-fit-no-owners"
        );
        let attrition = fit.attrition.unwrap_err();
        assert_eq!(attrition.reason.id, "error-calibrate-fit-no-owners");
        assert!(!attrition.to_string().contains("error-"), "{attrition}");

        // Two reps, two months, sources none of which is Outbound.
        let export = Export {
            opportunities: vec![
                opportunity(Some(0), Some(0), day(0, 5)),
                opportunity(Some(1), Some(0), day(1, 5)),
            ],
            owners: vec!["a".into(), "b".into()],
            sources: vec![("Partner".into(), None)],
        };
        let fit = team(&export);
        assert_eq!(id(&fit.opps_per_rep_month), "error-calibrate-fit-few-reps");
        assert_eq!(
            id(&fit.outbound_per_rep_month),
            "error-calibrate-fit-no-outbound"
        );
        assert_eq!(
            fit.attrition.unwrap_err().reason.id,
            "error-calibrate-fit-short-export"
        );
    }

    #[test]
    fn a_large_export_is_quick() {
        let mut rng = Rng::new(7);
        let mut export = Export {
            sources: sources(),
            owners: (0..500).map(|i| format!("rep {i}")).collect(),
            ..Export::default()
        };
        for _ in 0..200_000 {
            let owner = (uniform01(&mut rng) * 500.0) as u32;
            let month = (uniform01(&mut rng) * 48.0) as i32;
            let d = 1 + (uniform01(&mut rng) * 28.0) as i8;
            let source = u32::from(uniform01(&mut rng) < 0.5);
            export
                .opportunities
                .push(opportunity(Some(owner), Some(source), day(month, d)));
        }
        let start = std::time::Instant::now();
        let fit = team(&export);
        let spent = start.elapsed();
        assert_eq!(fit.opps_per_rep_month.unwrap().reps, 500);
        // Generous: a debug build on a shared machine.
        assert!(spent.as_secs_f64() < 2.0, "{spent:?}");
    }
}
