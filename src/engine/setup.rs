//! A scenario prepared for simulation: samplers with their parameters precomputed, per-month
//! constants and hiring schedules, so that the month loop does no parsing or validation.

use crate::model::{Dist, Range, Scenario, Staffing, CYCLE_RANGE, WIN_RATE_RANGE};
use crate::sampling::distributions::{
    lognormal_params_from_p5_p95, normal_inv_cdf, uniform_open01,
};
use crate::sampling::{exact, Rng, Sampler};

use super::outputs::Source;

/// One role's hiring and people parameters, ready for the month loop.
#[derive(Debug, Clone)]
pub(crate) struct RoleSetup {
    pub initial: u32,
    pub initial_tenure: i64,
    pub max_headcount: u32,
    pub backfill: bool,
    /// Requisitions opened by the plan in each month of the horizon.
    pub plan_by_month: Vec<u32>,
    /// Pace: requisitions per quarter, first month, end month (exclusive).
    pub pace: Option<(f64, usize, usize)>,
    pub time_to_fill: Sampler,
    pub ramp_months: Sampler,
    pub annual_attrition: Sampler,
    pub mis_hire_rate: Sampler,
    pub mis_hire_productivity: f64,
    pub washout_months: i64,
    pub elite_share: Sampler,
    pub elite_multiplier: f64,
    pub ote_per_month: f64,
    pub recruiting_cost: f64,
}

fn months_range() -> Range {
    Range::closed(0.0, 60.0)
}

impl RoleSetup {
    fn new(s: &Staffing, horizon: usize) -> RoleSetup {
        let mut plan_by_month = vec![0u32; horizon];
        for entry in &s.plan {
            if (entry.month as usize) < horizon {
                plan_by_month[entry.month as usize] =
                    plan_by_month[entry.month as usize].saturating_add(entry.count);
            }
        }
        let pace = s.pace.map(|p| {
            let to = p
                .to_month
                .map(|m| m as usize)
                .unwrap_or(horizon)
                .min(horizon);
            (p.per_quarter, p.from_month as usize, to)
        });
        RoleSetup {
            initial: s.initial,
            initial_tenure: s.initial_tenure_months as i64,
            max_headcount: s.max_headcount,
            backfill: s.backfill,
            plan_by_month,
            pace,
            time_to_fill: s.time_to_fill_months.sampler(&months_range()),
            ramp_months: s.ramp_months.sampler(&months_range()),
            annual_attrition: s.annual_attrition.sampler(&Range::SHARE),
            mis_hire_rate: s.mis_hire_rate.sampler(&Range::SHARE),
            mis_hire_productivity: s.mis_hire_productivity,
            washout_months: s.washout_months as i64,
            elite_share: s.elite_share.sampler(&Range::SHARE),
            elite_multiplier: s.elite_prospecting_multiplier,
            ote_per_month: s.ote_per_year / 12.0,
            recruiting_cost: s.recruiting_cost,
        }
    }
}

/// Everything the month loop needs, derived once per run from a valid scenario.
#[derive(Debug, Clone)]
pub struct Setup {
    pub(crate) scenario: Scenario,
    pub(crate) horizon: usize,
    pub(crate) quarters: usize,
    pub(crate) ae: RoleSetup,
    pub(crate) sdr: RoleSetup,
    pub(crate) win_rate_multiplier: Sampler,
    pub(crate) hours_per_sourced_opp: Sampler,
    pub(crate) meetings_per_month: Sampler,
    pub(crate) meeting_to_opp: Sampler,
    pub(crate) inbound_opps: Sampler,
    pub(crate) deal_size: Sampler,
    pub(crate) cycle_months: CycleSampler,
    pub(crate) win_rates: [Sampler; Source::COUNT],
    /// The founder sells in months before this (capped at the horizon).
    pub(crate) founder_sells_until: usize,
    /// Inbound growth factor (1 + g)^t for each month.
    pub(crate) inbound_growth: Vec<f64>,
    /// ai(t) for each month.
    pub(crate) ai: Vec<f64>,
    /// An AE's capacity K = selling hours · c / hours per active opportunity.
    pub(crate) capacity: f64,
    /// A coach's capacity, its closing share reduced by the coaching share.
    pub(crate) coach_capacity: f64,
    /// Drift factor by months past `after_months`: max(floor, (1 − decay)^k).
    pub(crate) drift: Vec<f64>,
}

impl Setup {
    /// Prepares a valid scenario for simulation.
    pub fn new(scenario: &Scenario) -> Setup {
        let s = scenario;
        let horizon = s.horizon_months as usize;
        let w = &s.win_rates;
        let founder_sells_until = s
            .founder
            .sells_until_month
            .map(|m| m as usize)
            .unwrap_or(horizon)
            .min(horizon);
        let inbound_growth = (0..horizon)
            .map(|t| libm::pow(1.0 + s.inbound.monthly_growth, t as f64))
            .collect();
        let ai = (0..horizon)
            .map(|t| {
                let a = &s.ai;
                if !a.enabled || t < a.start_month as usize {
                    1.0
                } else if t >= a.full_effect_month as usize || a.full_effect_month == a.start_month
                {
                    1.0 - a.prep_reduction
                } else {
                    let span = (a.full_effect_month - a.start_month) as f64;
                    1.0 - a.prep_reduction * (t as f64 - a.start_month as f64) / span
                }
            })
            .collect();
        let longest_tenure = s.ae.staffing.initial_tenure_months as usize + horizon + 1;
        let drift = (0..longest_tenure)
            .map(|k| libm::pow(1.0 - s.drift.monthly_decay, k as f64).max(s.drift.floor))
            .collect();
        let closing = 1.0 - s.ae.outbound_share - s.ae.admin_share;
        let coach_closing = (closing - s.coaching.coach_time_share).max(0.0);
        let capacity_of = |c: f64| s.ae.selling_hours_per_month * c / s.ae.hours_per_active_opp;
        Setup {
            capacity: capacity_of(closing),
            coach_capacity: capacity_of(coach_closing),
            scenario: s.clone(),
            horizon,
            quarters: horizon / 3,
            ae: RoleSetup::new(&s.ae.staffing, horizon),
            sdr: RoleSetup::new(&s.sdr.staffing, horizon),
            win_rate_multiplier: s
                .ae
                .win_rate_multiplier
                .sampler(&Range::closed(0.0, crate::model::MAX_MULTIPLIER)),
            hours_per_sourced_opp: s
                .ae
                .hours_per_sourced_opp
                .sampler(&Range::closed(0.1, 10_000.0)),
            meetings_per_month: s
                .sdr
                .meetings_per_month
                .sampler(&Range::closed(0.0, 10_000.0)),
            meeting_to_opp: s.sdr.meeting_to_opp.sampler(&Range::SHARE),
            inbound_opps: s
                .inbound
                .opps_per_month
                .sampler(&Range::closed(0.0, 100_000.0)),
            deal_size: s
                .deals
                .size
                .sampler(&Range::closed(0.0, crate::model::MAX_MONEY)),
            cycle_months: CycleSampler::new(&s.deals.cycle_months),
            win_rates: Source::ALL.map(|src| {
                let d = match src {
                    Source::Founder => &w.founder,
                    Source::Outbound => &w.outbound,
                    Source::Sdr => &w.sdr,
                    Source::Inbound => &w.inbound,
                    Source::Expansion => &w.expansion,
                    Source::Pool => &w.pool,
                };
                d.sampler(&WIN_RATE_RANGE)
            }),
            founder_sells_until,
            inbound_growth,
            ai,
            drift,
        }
    }

    /// The scenario this setup was made from.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// Months simulated.
    pub fn horizon(&self) -> usize {
        self.horizon
    }

    /// Quarters simulated.
    pub fn quarters(&self) -> usize {
        self.quarters
    }
}

/// Draws an opportunity's cycle in whole months: the `deals.cycle_months` draw, clamped to its
/// range, rounded half away from zero, and at least 1.
///
/// For the normal and lognormal forms the cycle is drawn by exact inversion of its discrete
/// distribution: cycle k ≥ 2 begins where the value reaches k − ½, that is where the uniform
/// draw reaches Φ((ln(k − ½) − μ) / σ) (or Φ((k − ½ − mean) / sd)); these thresholds are
/// computed once with `libm::erfc`, so no opportunity pays for a normal quantile or an `exp`.
/// Other forms draw and round. Either way one opportunity consumes one uniform draw.
#[derive(Debug, Clone)]
pub(crate) enum CycleSampler {
    /// Thresholds in the uniform draw: the cycle is 1 + the number at or below it. `value`
    /// turns the same uniform into the unrounded cycle, for the opportunity log only.
    Thresholds {
        thresholds: Vec<f64>,
        value: CycleValue,
    },
    /// Draw, clamp and round.
    Direct(Sampler),
}

/// The unrounded cycle of a threshold sampler as a function of its uniform draw: what the
/// direct sampler computes from the same uniform (before clamping to `CYCLE_RANGE`).
#[derive(Debug, Clone, Copy)]
pub(crate) enum CycleValue {
    LogNormal { mu: f64, sigma: f64 },
    Normal { mean: f64, sd: f64 },
}

impl CycleValue {
    /// The standard normal z at which the value is `v`.
    fn z_of(self, v: f64) -> f64 {
        match self {
            CycleValue::LogNormal { mu, sigma } => (libm::log(v) - mu) / sigma,
            CycleValue::Normal { mean, sd } => (v - mean) / sd,
        }
    }
}

/// One opportunity's cycle: whole months, and what the unrounded cycle is recovered from
/// (the uniform draw of a threshold sampler, the value itself of a direct one). Carrying the
/// key rather than the value keeps the quantile off the month loop when nothing is logged.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CycleDraw {
    pub(crate) months: usize,
    key: f64,
}

impl CycleSampler {
    fn new(dist: &Dist) -> CycleSampler {
        let value = match *dist {
            Dist::LogNormal { p5, p95 } => {
                let (mu, sigma) = lognormal_params_from_p5_p95(p5, p95);
                (sigma > 0.0).then_some(CycleValue::LogNormal { mu, sigma })
            }
            Dist::Normal { mean, sd } if sd > 0.0 => Some(CycleValue::Normal { mean, sd }),
            _ => None,
        };
        match value {
            Some(value) => {
                let top = CYCLE_RANGE.hi as usize;
                let phi = |z: f64| 0.5 * libm::erfc(-z / std::f64::consts::SQRT_2);
                CycleSampler::Thresholds {
                    thresholds: (2..=top).map(|k| phi(value.z_of(k as f64 - 0.5))).collect(),
                    value,
                }
            }
            None => CycleSampler::Direct(dist.sampler(&CYCLE_RANGE)),
        }
    }

    /// One cycle, in months (1 or more), with what [`CycleSampler::unrounded`] needs. One
    /// opportunity's cycle uses the same random numbers whether or not it is logged.
    #[inline]
    pub(crate) fn draw(&self, rng: &mut Rng) -> CycleDraw {
        match self {
            CycleSampler::Thresholds { thresholds, .. } => {
                let u = uniform_open01(rng);
                // Cycles are short, so a scan from the shortest beats a binary search.
                CycleDraw {
                    months: 1 + thresholds.iter().take_while(|&&t| t <= u).count(),
                    key: u,
                }
            }
            CycleSampler::Direct(sampler) => {
                let value = sampler.sample(rng);
                CycleDraw {
                    months: libm::round(value).max(1.0) as usize,
                    key: value,
                }
            }
        }
    }

    /// The unrounded cycle of `draw`, in months: the value the direct sampler draws from the
    /// same uniform, clamped to `CYCLE_RANGE`. A threshold sampler's months can differ from
    /// that value rounded where the value is within the quantile's error (relative 1.2e-9)
    /// of a boundary k − ½; there the value is moved onto the months' side of it, so that it
    /// always rounds (and floors at 1) to `draw.months`.
    pub(crate) fn unrounded(&self, draw: CycleDraw) -> f64 {
        let value = match self {
            CycleSampler::Direct(_) => return draw.key,
            CycleSampler::Thresholds { value, .. } => {
                let z = normal_inv_cdf(draw.key);
                let v = match *value {
                    CycleValue::LogNormal { mu, sigma } => exact::exp(mu + sigma * z),
                    CycleValue::Normal { mean, sd } => mean + sd * z,
                };
                v.clamp(CYCLE_RANGE.lo, CYCLE_RANGE.hi)
            }
        };
        let k = draw.months as f64;
        let lo = if draw.months <= 1 {
            CYCLE_RANGE.lo
        } else {
            k - 0.5
        };
        // The largest value below k + ½ (which rounds away from zero, to k + 1).
        let hi = f64::from_bits((k + 0.5).to_bits() - 1);
        value.clamp(lo, hi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sampling::stream;

    /// The threshold table gives the same cycles as drawing the value and rounding it, up to
    /// the normal quantile's approximation error (relative 1.2e-9) at a boundary k − ½.
    #[test]
    fn cycle_thresholds_match_direct_rounding() {
        for dist in [
            Dist::LogNormal { p5: 1.0, p95: 6.0 },
            Dist::LogNormal {
                p5: 0.2,
                p95: 300.0,
            },
            Dist::Normal { mean: 4.0, sd: 2.5 },
        ] {
            let fast = CycleSampler::new(&dist);
            let slow = CycleSampler::Direct(dist.sampler(&CYCLE_RANGE));
            assert!(matches!(fast, CycleSampler::Thresholds { .. }));
            let (mut a, mut b) = (stream(5, 1, 1), stream(5, 1, 1));
            let mismatches = (0..100_000)
                .filter(|_| fast.draw(&mut a).months != slow.draw(&mut b).months)
                .count();
            assert!(mismatches <= 2, "{dist:?}: {mismatches} mismatches");
        }
    }

    /// The unrounded cycle is the direct draw's value from the same uniform, and rounds to
    /// the months drawn with it.
    #[test]
    fn unrounded_cycles_are_the_direct_values() {
        for dist in [
            Dist::LogNormal { p5: 1.0, p95: 6.0 },
            Dist::Normal { mean: 4.0, sd: 2.5 },
            Dist::Triangular {
                min: 0.5,
                mode: 2.0,
                max: 9.0,
            },
        ] {
            let fast = CycleSampler::new(&dist);
            let slow = dist.sampler(&CYCLE_RANGE);
            let (mut a, mut b) = (stream(6, 1, 1), stream(6, 1, 1));
            for _ in 0..20_000 {
                let draw = fast.draw(&mut a);
                let raw = fast.unrounded(draw);
                let direct = slow.sample(&mut b);
                assert!((raw - direct).abs() <= 1e-8 * direct.max(1.0), "{dist:?}");
                assert_eq!(libm::round(raw).max(1.0) as usize, draw.months, "{dist:?}");
            }
        }
    }

    /// Cycle probabilities match the lognormal's: P(cycle = 1) = Φ((ln 1.5 − μ)/σ), within
    /// 4.5 binomial standard errors.
    #[test]
    fn cycle_frequencies_match_the_distribution() {
        let dist = Dist::LogNormal { p5: 1.0, p95: 6.0 };
        let fast = CycleSampler::new(&dist);
        let (mu, sigma) = lognormal_params_from_p5_p95(1.0, 6.0);
        let n = 200_000;
        let mut rng = stream(8, 2, 3);
        let mut counts = [0u32; 8];
        for _ in 0..n {
            let c = fast.draw(&mut rng).months.min(7);
            counts[c] += 1;
        }
        let phi = |z: f64| 0.5 * libm::erfc(-z / std::f64::consts::SQRT_2);
        let cdf = |v: f64| phi((libm::log(v) - mu) / sigma);
        for (k, &count) in counts.iter().enumerate().take(7).skip(1) {
            let p = cdf(k as f64 + 0.5) - if k == 1 { 0.0 } else { cdf(k as f64 - 0.5) };
            let observed = count as f64 / n as f64;
            let se = (p * (1.0 - p) / n as f64).sqrt();
            assert!(
                (observed - p).abs() < 4.5 * se,
                "cycle {k}: {observed} vs {p}"
            );
        }
    }
}
