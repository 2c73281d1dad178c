//! Mechanism tests: one test (or a small group) per MODEL.md mechanism, each showing that the
//! mechanism moves the outputs the right way and, where a closed form exists, by the right amount.
//!
//! Conventions:
//! - Every scenario starts from `quiet()`: a world with no randomness except what a test switches
//!   on (no attrition, no mis-hires, no elite hires, ramp 0, time to fill 0, skill 1, playbook
//!   maturity 1 with no learning, founder not selling, no inbound, no expansion, outbound share 0,
//!   fixed deal size and a 1-month cycle). A test patches in only what its mechanism needs.
//! - Exact mechanisms are checked in every trial. Statistical ones use fixed seeds and a tolerance
//!   of `Z` = 4.5 standard errors (the se is derived in a comment beside each check), and every
//!   statistical check also passes "wrong" alternatives (what a plausible bug would give) that the
//!   same data must reject, so that each test can fail.
//! - Tests that show a disagreement between the engine and MODEL.md are `#[ignore]`d with the
//!   reason "engine bug: ...".
//!
//! Keep it fast in debug builds: a few hundred trials, short horizons.

use pipesim::engine::outputs::*;
use pipesim::engine::{simulate, Run, RunSettings};
use pipesim::model::Scenario;
use pipesim::report::{compare, summarize};
use serde_json::{json, Value};

use crate::common::rows::*;

// ----- helpers -------------------------------------------------------------------------------

/// Statistical tolerance in standard errors.
const Z: f64 = 4.5;

/// A world where nothing happens unless a test switches it on.
fn quiet() -> Value {
    json!({
        "schema": 1,
        "horizon_months": 12,
        "ae": {
            "initial": 0, "initial_tenure_months": 12, "time_to_fill_months": 0, "backfill": false,
            "ramp_months": 0, "annual_attrition": 0, "mis_hire_rate": 0, "elite_share": 0,
            "win_rate_multiplier": 1, "hours_per_sourced_opp": 20, "outbound_share": 0
        },
        "sdr": {
            "initial": 0, "time_to_fill_months": 0, "backfill": false, "ramp_months": 0,
            "annual_attrition": 0, "mis_hire_rate": 0, "elite_share": 0, "meetings_per_month": 0
        },
        "founder": {"sells_until_month": 0},
        "playbook": {"initial": 1, "learning_per_founder_month": 0, "learning_per_win": 0},
        "inbound": {"opps_per_month": 0, "monthly_growth": 0},
        "deals": {"size": 1000, "cycle_months": 1},
        "expansion": {"opps_per_customer_per_year": 0}
    })
}

/// Deep-merges `patch` into `base` (objects merge key by key; anything else replaces).
fn merge(base: &mut Value, patch: &Value) {
    match (base, patch) {
        (Value::Object(b), Value::Object(p)) => {
            for (k, v) in p {
                match b.get_mut(k) {
                    Some(slot) if slot.is_object() && v.is_object() => merge(slot, v),
                    _ => {
                        b.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (b, p) => *b = p.clone(),
    }
}

/// `quiet()` with `patch` merged in, parsed and validated.
fn scenario(patch: Value) -> Scenario {
    let mut v = quiet();
    merge(&mut v, &patch);
    Scenario::from_value(&v, "").unwrap_or_else(|e| panic!("invalid test scenario: {e}\n{v:#}"))
}

fn run(s: &Scenario, trials: u32, seed: u64) -> Run {
    simulate(
        s,
        &RunSettings {
            trials,
            seed,
            threads: 1,
        },
    )
    .expect("run")
}

/// Σ over trials of one metric in quarter `q`.
fn q_sum(r: &Run, q: usize, metric: usize) -> f64 {
    (0..r.trials()).map(|t| r.value(t, q, metric)).sum()
}

/// Σ over trials and quarters of one metric.
fn total(r: &Run, metric: usize) -> f64 {
    (0..r.quarters()).map(|q| q_sum(r, q, metric)).sum()
}

/// One number per trial.
fn per_trial(r: &Run, f: impl Fn(usize) -> f64) -> Vec<f64> {
    (0..r.trials()).map(f).collect()
}

/// Σ over the quarters of one trial.
fn trial_total(r: &Run, t: usize, metric: usize) -> f64 {
    (0..r.quarters()).map(|q| r.value(t, q, metric)).sum()
}

/// Mean and standard error of the mean (sample sd, n − 1).
fn mean_se(xs: &[f64]) -> (f64, f64) {
    let n = xs.len() as f64;
    let mean = xs.iter().sum::<f64>() / n;
    let var = xs.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / (n - 1.0);
    (mean, (var / n).sqrt())
}

/// Asserts |observed − expected| ≤ Z·se, and that every `wrong` alternative is rejected by the
/// same data (|observed − wrong| > Z·se), so the check is able to fail.
fn check(label: &str, observed: f64, expected: f64, se: f64, wrong: &[f64]) {
    assert!(
        se > 0.0 && se.is_finite(),
        "{label}: bad standard error {se}"
    );
    let tol = Z * se;
    assert!(
        (observed - expected).abs() <= tol,
        "{label}: observed {observed:.5}, expected {expected:.5}, tolerance ±{tol:.5} ({Z} se)"
    );
    for &w in wrong {
        assert!(
            (observed - w).abs() > tol,
            "{label}: test too weak: the wrong value {w:.5} is within ±{tol:.5} of the observed {observed:.5}"
        );
    }
}

/// Asserts a Poisson mean: `count` events over `exposure` units, each Poisson(λ) and independent,
/// so the mean per unit has se = sqrt(λ / exposure).
fn check_poisson(label: &str, count: f64, exposure: f64, lambda: f64, wrong: &[f64]) {
    check(
        label,
        count / exposure,
        lambda,
        (lambda / exposure).sqrt(),
        wrong,
    );
}

/// Asserts a binomial proportion: `k` successes out of `n` trials with probability `p`:
/// se = sqrt(p (1 − p) / n).
fn check_binomial(label: &str, k: f64, n: f64, p: f64, wrong: &[f64]) {
    check(label, k / n, p, (p * (1.0 - p) / n).sqrt(), wrong);
}

/// Asserts a metric is exactly `expected` in every trial.
fn assert_every_trial(r: &Run, label: &str, expected: f64, f: impl Fn(usize) -> f64) {
    for t in 0..r.trials() {
        let v = f(t);
        assert!(
            (v - expected).abs() <= 1e-9 * expected.abs().max(1.0),
            "{label}: trial {t} has {v}, expected {expected}"
        );
    }
}

/// For a scenario with a fixed deal size and a 1-month cycle: (wins, opportunities that closed
/// inside the horizon). Opportunities created in the last month close at H and are the whole
/// open pipeline at the end, so closed = created − open_pipeline_end / size.
fn wins_and_closed(r: &Run, size: f64) -> (f64, f64) {
    let last = r.quarters() - 1;
    let wins = total(r, DEALS_WON + TOTAL);
    let closed = total(r, OPPS_CREATED + TOTAL) - q_sum(r, last, OPEN_PIPELINE) / size;
    (wins, closed)
}

fn poisson_pmf(lambda: f64, k: u64) -> f64 {
    let mut p = (-lambda).exp();
    for i in 1..=k {
        p *= lambda / i as f64;
    }
    p
}

/// 1 − (1 − annual)^(1/12), as MODEL.md converts rates.
fn monthly(annual: f64) -> f64 {
    1.0 - (1.0 - annual).powf(1.0 / 12.0)
}

// ----- outbound, ramp, capacity formula --------------------------------------------------------

/// Self-sourced outbound: λ = hours · o · ramp · elite · mis · m / (hours_per_sourced_opp · ai).
/// With ramp 1 (initial staff), elite = mis = m = ai = 1: λ = 140 · 0.35 / 20 = 2.45 per AE-month.
#[test]
fn outbound_opps_per_ae_month_match_closed_form() {
    let s = scenario(
        json!({"ae": {"initial": 4, "outbound_share": 0.35, "hours_per_sourced_opp": 20}}),
    );
    let r = run(&s, 200, 11);
    let lambda = 140.0 * 0.35 / 20.0;
    let ae_months = 200.0 * 4.0 * 12.0;
    // se = sqrt(λ / n_AE_months) = sqrt(2.45 / 9600) ≈ 0.016; tolerance ≈ ±0.072.
    // Wrong: closing share instead of o (140·0.5/20 = 3.5), o ignored (7), o · (1 − a) (2.08).
    check_poisson(
        "outbound per AE-month",
        total(&r, OPPS_CREATED + Source::Outbound as usize),
        ae_months,
        lambda,
        &[3.5, 7.0, 2.45 * 0.85],
    );
    // Only outbound was switched on.
    assert_eq!(
        total(&r, OPPS_CREATED + TOTAL),
        total(&r, OPPS_CREATED + Source::Outbound as usize)
    );

    // Halving hours_per_sourced_opp doubles the rate.
    let s = scenario(
        json!({"ae": {"initial": 4, "outbound_share": 0.35, "hours_per_sourced_opp": 10}}),
    );
    let r = run(&s, 200, 11);
    check_poisson(
        "outbound per AE-month, 10 h/opp",
        total(&r, OPPS_CREATED + Source::Outbound as usize),
        ae_months,
        4.9,
        &[2.45],
    );
}

/// ramp(τ) = min(1, (τ + 1)/R) for R ≥ 1, else 1; ramped_capacity is the quarter's mean of
/// Σ ramp, quota_capacity the quarter's Σ ramp · quota / 12.
#[test]
fn ramp_function_exact_capacity() {
    for (r_months, q0_mean) in [
        (4.0, (0.25 + 0.5 + 0.75) / 3.0),
        (2.5, (0.4 + 0.8 + 1.0) / 3.0),
        (0.5, 1.0),
        (1.0, 1.0),
    ] {
        let s = scenario(json!({
            "horizon_months": 6,
            "ae": {"initial": 1, "plan": [{"month": 0, "count": 1}], "ramp_months": r_months}
        }));
        let r = run(&s, 5, 3);
        // The initial AE is fully ramped for good: ramp 1 whatever R.
        assert_every_trial(
            &r,
            &format!("ramped_capacity Q0, R={r_months}"),
            1.0 + q0_mean,
            |t| r.value(t, 0, RAMPED_CAPACITY),
        );
        assert_every_trial(&r, &format!("ramped_capacity Q1, R={r_months}"), 2.0, |t| {
            r.value(t, 1, RAMPED_CAPACITY)
        });
        // Default quota 600000 / 12 = 50000 per fully ramped AE-month.
        assert_every_trial(
            &r,
            &format!("quota_capacity Q0, R={r_months}"),
            (3.0 + 3.0 * q0_mean) * 50_000.0,
            |t| r.value(t, 0, QUOTA_CAPACITY),
        );
    }

    // Production follows the ramp: 10 hires with R = 4 make 2.45 · (0.25 + 0.5 + 0.75) each in Q0.
    let s = scenario(json!({
        "horizon_months": 6,
        "ae": {"plan": [{"month": 0, "count": 10}], "ramp_months": 4, "outbound_share": 0.35}
    }));
    let r = run(&s, 200, 5);
    let lambda_q0 = 10.0 * 2.45 * 1.5;
    // Per-trial Q0 count ~ Poisson(36.75): se = sqrt(36.75 / 200) ≈ 0.43. Wrong: no ramp (73.5), ramp τ/R (18.4).
    check_poisson(
        "Q0 outbound of ramping hires per trial",
        q_sum(&r, 0, OPPS_CREATED + TOTAL),
        200.0,
        lambda_q0,
        &[73.5, 10.0 * 2.45 * 0.75],
    );
    check_poisson(
        "Q1 outbound of ramped hires per trial",
        q_sum(&r, 1, OPPS_CREATED + TOTAL),
        200.0,
        10.0 * 2.45 * 3.0,
        &[lambda_q0],
    );
}

/// The standard capacity formula Σ reps × quota/12 × ramp, by hand, in a deterministic team.
#[test]
fn quota_capacity_reproduces_standard_formula() {
    // 2 initial AEs; 1 hire at month 1 and 2 at month 4, R = 3; quota 480000 → 40000 a month.
    let s = scenario(json!({
        "horizon_months": 9,
        "ae": {"initial": 2, "plan": [{"month": 1, "count": 1}, {"month": 4, "count": 2}], "ramp_months": 3, "quota_per_year": 480000}
    }));
    let r = run(&s, 10, 1);
    let hires: [(usize, usize); 2] = [(1, 1), (4, 2)];
    let ramp_sum = |t: usize| -> f64 {
        2.0 + hires
            .iter()
            .filter(|(m, _)| *m <= t)
            .map(|(m, n)| *n as f64 * (((t - m + 1) as f64) / 3.0).min(1.0))
            .sum::<f64>()
    };
    // By hand: months 0..8 sum to 2, 7/3, 8/3 | 3, 11/3, 13/3 | 5, 5, 5.
    let by_hand = [
        2.0,
        7.0 / 3.0,
        8.0 / 3.0,
        3.0,
        11.0 / 3.0,
        13.0 / 3.0,
        5.0,
        5.0,
        5.0,
    ];
    for (t, v) in by_hand.iter().enumerate() {
        assert!((ramp_sum(t) - v).abs() < 1e-12);
    }
    for q in 0..3 {
        let sum: f64 = (3 * q..3 * q + 3).map(ramp_sum).sum();
        assert_every_trial(&r, &format!("quota_capacity Q{q}"), sum * 40_000.0, |t| {
            r.value(t, q, QUOTA_CAPACITY)
        });
        assert_every_trial(&r, &format!("ramped_capacity Q{q}"), sum / 3.0, |t| {
            r.value(t, q, RAMPED_CAPACITY)
        });
    }
    // Horizon: quota summed (33 · 40000), ramped capacity averaged (33 / 9).
    let quota = MetricId::QUOTA_CAPACITY.metric();
    let ramped = MetricId::RAMPED_CAPACITY.metric();
    assert_every_trial(&r, "horizon quota_capacity", 33.0 * 40_000.0, |t| {
        r.horizon_value(t, &quota)
    });
    assert_every_trial(&r, "horizon ramped_capacity", 33.0 / 9.0, |t| {
        r.horizon_value(t, &ramped)
    });
}

// ----- hiring ----------------------------------------------------------------------------------

/// A pure hiring plan gives its exact headcount path in every trial.
#[test]
fn hiring_plan_exact_headcount_path() {
    // Entries for one month add up (1 + 1 at month 0); months ≥ H are ignored; time to fill 2.
    let s = scenario(json!({
        "ae": {
            "initial": 1, "time_to_fill_months": 2, "annual_attrition": 0, "mis_hire_rate": 0,
            "plan": [{"month": 0, "count": 1}, {"month": 0, "count": 1}, {"month": 4, "count": 3}, {"month": 7, "count": 1}, {"month": 30, "count": 9}]
        },
        "sdr": {"plan": [{"month": 1, "count": 2}], "time_to_fill_months": 1}
    }));
    let r = run(&s, 50, 2);
    // Starts: AEs 2 at month 2, 3 at month 6, 1 at month 9; SDRs 2 at month 2.
    let ae_headcount = [3.0, 3.0, 6.0, 7.0];
    let ae_hires = [2.0, 0.0, 3.0, 1.0];
    for q in 0..4 {
        assert_every_trial(&r, &format!("AE headcount Q{q}"), ae_headcount[q], |t| {
            r.value(t, q, HEADCOUNT + ROLE_AE)
        });
        assert_every_trial(&r, &format!("AE hires Q{q}"), ae_hires[q], |t| {
            r.value(t, q, HIRES + ROLE_AE)
        });
        assert_every_trial(&r, &format!("SDR headcount Q{q}"), 2.0, |t| {
            r.value(t, q, HEADCOUNT + ROLE_SDR)
        });
        assert_every_trial(
            &r,
            &format!("total headcount Q{q}"),
            ae_headcount[q] + 2.0,
            |t| r.value(t, q, HEADCOUNT + ROLE_TOTAL),
        );
        assert_every_trial(&r, &format!("departures Q{q}"), 0.0, |t| {
            r.value(t, q, DEPARTURES + ROLE_TOTAL)
        });
    }
}

/// Pace: the requisitions opened by the end of month t (a ≤ t < b) number floor(x · (t − a + 1) / 3),
/// computed so that rounding never delays a requisition. With time to fill 0 and an OTE of 10000 a
/// month, each quarter's OTE pins the headcount of every month, so a one-month delay shows.
#[test]
fn pace_opens_floor_formula() {
    // (x, a, b): 0.3, 0.6 and 2.7 a quarter are cases where summing x month by month in floating
    // point falls just below the integer (e.g. ten 0.3s sum to 2.9999999999999996).
    for (x, from, to) in [
        (2.0f64, 1i64, 10i64),
        (1.5, 0, 12),
        (0.3, 0, 12),
        (0.6, 0, 12),
        (2.7, 0, 12),
        (1.2, 2, 11),
    ] {
        let s = scenario(
            json!({"ae": {"pace": {"per_quarter": x, "from_month": from, "to_month": to}, "ote_per_year": 120000}}),
        );
        let r = run(&s, 5, 4);
        // The formula in exact integer arithmetic: x = x10 / 10.
        let x10 = (x * 10.0).round() as i64;
        let cum = |t: i64| -> f64 {
            if t < from {
                0.0
            } else {
                ((x10 * (t.min(to - 1) - from + 1)) / 30) as f64
            }
        };
        for q in 0..4i64 {
            let hires = cum(3 * q + 2) - cum(3 * q - 1);
            let ote: f64 = (3 * q..3 * q + 3).map(|t| cum(t) * 10_000.0).sum();
            let q = q as usize;
            assert_every_trial(
                &r,
                &format!("pace {x} from {from} to {to}: hires Q{q}"),
                hires,
                |t| r.value(t, q, HIRES + ROLE_AE),
            );
            assert_every_trial(
                &r,
                &format!("pace {x} from {from} to {to}: OTE Q{q} (headcount month by month)"),
                ote,
                |t| r.value(t, q, COST + 1),
            );
        }
    }
    // By hand for x = 2 from month 1 to 10: floor(2t/3) = 0,0,1 | 2,2,3 | 4,4,5 | 6,6,6.
    let s = scenario(json!({"ae": {"pace": {"per_quarter": 2, "from_month": 1, "to_month": 10}}}));
    let r = run(&s, 5, 4);
    for (q, hires) in [1.0, 2.0, 2.0, 1.0].iter().enumerate() {
        assert_every_trial(&r, &format!("by hand Q{q}"), *hires, |t| {
            r.value(t, q, HIRES + ROLE_AE)
        });
    }
}

/// 0.1 per quarter over 30 months opens exactly 1 requisition, at the end of month 29.
#[test]
fn pace_tenth_per_quarter_over_30_months_opens_one_at_month_29() {
    let s = scenario(json!({
        "horizon_months": 30,
        "ae": {"pace": {"per_quarter": 0.1, "from_month": 0, "to_month": 30}, "ramp_months": 3, "ote_per_year": 120000, "recruiting_cost": 0}
    }));
    let r = run(&s, 5, 1);
    for q in 0..9 {
        assert_every_trial(&r, &format!("no hire in Q{q}"), 0.0, |t| {
            r.value(t, q, HIRES + ROLE_AE)
        });
    }
    assert_every_trial(&r, "one hire in Q9", 1.0, |t| {
        r.value(t, 9, HIRES + ROLE_AE)
    });
    assert_every_trial(&r, "headcount at the end", 1.0, |t| {
        r.value(t, 9, HEADCOUNT + ROLE_AE)
    });
    // The hire starts in month 29 (not 27 or 28): one month of OTE and ramp 1/3 for one month.
    assert_every_trial(&r, "OTE in Q9", 10_000.0, |t| r.value(t, 9, COST + 1));
    assert_every_trial(&r, "ramped capacity Q9", 1.0 / 9.0, |t| {
        r.value(t, 9, RAMPED_CAPACITY)
    });
}

/// A requisition that would fill above max_headcount is cancelled, not deferred.
#[test]
fn headcount_cap_cancels_requisitions() {
    let s = scenario(json!({
        "horizon_months": 6,
        "ae": {"initial": 1, "max_headcount": 3, "plan": [{"month": 0, "count": 5}, {"month": 4, "count": 1}]},
        "sdr": {"max_headcount": 0, "plan": [{"month": 0, "count": 2}]}
    }));
    let r = run(&s, 10, 1);
    assert_every_trial(&r, "AE hires Q0", 2.0, |t| r.value(t, 0, HIRES + ROLE_AE));
    assert_every_trial(&r, "AE hires Q1", 0.0, |t| r.value(t, 1, HIRES + ROLE_AE));
    assert_every_trial(&r, "AE headcount Q1", 3.0, |t| {
        r.value(t, 1, HEADCOUNT + ROLE_AE)
    });
    assert_every_trial(&r, "SDR headcount", 0.0, |t| {
        r.value(t, 1, HEADCOUNT + ROLE_SDR)
    });
    assert_every_trial(
        &r,
        "no recruiting cost for cancelled requisitions",
        2.0 * 20_000.0,
        |t| trial_total(&r, t, COST + 2),
    );
}

/// With the leader in seat, pace accrues x · multiplier per month: floor(Σ x·f(u)/3).
/// The multiplier applies to pace only, not to plan.
#[test]
fn leader_pace_multiplier() {
    let s = scenario(json!({
        "ae": {"pace": {"per_quarter": 1}},
        "sdr": {"plan": [{"month": 4, "count": 2}]},
        "leader": {"hire_month": 3, "failure_rate": 0, "hiring_pace_multiplier": 2}
    }));
    let r = run(&s, 20, 3);
    // Σ by month: 1/3, 2/3, 1 | 5/3, 7/3, 3 | 11/3, 13/3, 5 | 17/3, 19/3, 7 → floors 0,0,1 | 1,2,3 | 3,4,5 | 5,6,7.
    for (q, hires) in [1.0, 2.0, 2.0, 2.0].into_iter().enumerate() {
        assert_every_trial(&r, &format!("AE hires Q{q}"), hires, |t| {
            r.value(t, q, HIRES + ROLE_AE)
        });
    }
    assert_every_trial(&r, "SDR plan not multiplied", 2.0, |t| {
        trial_total(&r, t, HIRES + ROLE_SDR)
    });
    assert_every_trial(&r, "leader hire", 1.0, |t| {
        r.value(t, 1, HIRES + ROLE_LEADER)
    });
    assert_every_trial(
        &r,
        "total hires Q1 include the leader and SDRs",
        2.0 + 1.0 + 2.0,
        |t| r.value(t, 1, HIRES + ROLE_TOTAL),
    );
    assert_every_trial(&r, "leader headcount", 1.0, |t| {
        r.value(t, 3, HEADCOUNT + ROLE_LEADER)
    });
}

/// Time to fill rounds half away from zero, 0 starts the same month, the leader's multiplier
/// applies when the requisition opens with the leader in seat, and starts at or after H vanish.
#[test]
fn time_to_fill_rounding_and_leader_multiplier() {
    // ramp 0 → ramp 1, so ramped capacity pins the start month: months on staff in the quarter / 3.
    let start_month = |patch: Value| -> Vec<f64> {
        let mut p = json!({"horizon_months": 9, "ae": {"plan": [{"month": 0, "count": 1}]}});
        merge(&mut p, &patch);
        let r = run(&scenario(p), 3, 1);
        (0..r.trials())
            .map(|t| {
                let months_on_staff: f64 =
                    (0..3).map(|q| r.value(t, q, RAMPED_CAPACITY) * 3.0).sum();
                9.0 - months_on_staff.round()
            })
            .collect()
    };
    let all = |v: Vec<f64>, m: f64, label: &str| {
        assert!(
            v.iter().all(|&x| x == m),
            "{label}: starts {v:?}, expected {m}"
        )
    };
    all(
        start_month(json!({"ae": {"time_to_fill_months": 2.5}})),
        3.0,
        "2.5 rounds to 3",
    );
    all(
        start_month(json!({"ae": {"time_to_fill_months": 1.49}})),
        1.0,
        "1.49 rounds to 1",
    );
    all(
        start_month(json!({"ae": {"time_to_fill_months": 0.4}})),
        0.0,
        "0.4 rounds to 0: same month",
    );
    all(
        start_month(
            json!({"ae": {"time_to_fill_months": 3}, "leader": {"hire_month": 0, "failure_rate": 0, "time_to_fill_multiplier": 0.5}}),
        ),
        2.0,
        "3 × 0.5 = 1.5 rounds to 2",
    );
    all(
        start_month(
            json!({"ae": {"time_to_fill_months": 5}, "leader": {"hire_month": 0, "failure_rate": 0, "time_to_fill_multiplier": 0.8}}),
        ),
        4.0,
        "5 × 0.8 = 4",
    );
    // Opened before the leader starts: no multiplier.
    all(
        start_month(
            json!({"ae": {"time_to_fill_months": 4}, "leader": {"hire_month": 1, "failure_rate": 0, "time_to_fill_multiplier": 0.5}}),
        ),
        4.0,
        "before the leader",
    );
    all(
        start_month(
            json!({"ae": {"time_to_fill_months": 4, "plan": [{"month": 1, "count": 1}]}, "leader": {"hire_month": 1, "failure_rate": 0, "time_to_fill_multiplier": 0.5}}),
        ),
        3.0,
        "opened with the leader in seat at month 1: 4 × 0.5 = 2",
    );
    // A hire that would start at H vanishes: no hire, no cost.
    let s =
        scenario(json!({"ae": {"plan": [{"month": 10, "count": 1}], "time_to_fill_months": 2}}));
    let r = run(&s, 3, 1);
    assert_every_trial(&r, "hire at H vanishes", 0.0, |t| {
        trial_total(&r, t, HIRES + ROLE_AE)
    });
    assert_every_trial(&r, "no cost", 0.0, |t| trial_total(&r, t, COST));
}

// ----- attrition, mis-hires, elite, backfill -----------------------------------------------------

/// Annual attrition p_y becomes p_m = 1 − (1 − p_y)^(1/12); a person on staff at the start of a
/// quarter leaves within it with probability 1 − (1 − p_m)^3 = 1 − (1 − p_y)^(1/4).
#[test]
fn attrition_annual_to_monthly_conversion() {
    let s = scenario(json!({
        "ae": {"initial": 100, "annual_attrition": 0.3},
        "sdr": {"initial": 100, "annual_attrition": 0.35}
    }));
    let r = run(&s, 200, 21);
    for (role, annual, initial) in [(ROLE_AE, 0.3, 100.0), (ROLE_SDR, 0.35, 100.0)] {
        let mut at_risk = 0.0;
        let mut left = 0.0;
        for t in 0..r.trials() {
            let mut start = initial;
            for q in 0..4 {
                let departures = r.value(t, q, DEPARTURES + role);
                at_risk += start;
                left += departures;
                // No hires (backfill off): headcount falls by exactly the departures.
                assert_eq!(r.value(t, q, HEADCOUNT + role), start - departures);
                start = r.value(t, q, HEADCOUNT + role);
            }
        }
        let p_m = monthly(annual);
        let p_quarter = 1.0 - (1.0 - p_m).powi(3);
        assert!((p_quarter - (1.0 - (1.0 - annual).powf(0.25))).abs() < 1e-12);
        // ~70000 person-quarters at risk: se = sqrt(P(1−P)/n) ≈ 0.0011 for the AEs.
        // Wrong: annual / 12 per month (0.073 for AEs), annual / 4 per quarter (0.075).
        let naive = 1.0 - (1.0 - annual / 12.0).powi(3);
        check_binomial(
            &format!("quarterly leave probability, role {role}"),
            left,
            at_risk,
            p_quarter,
            &[naive, annual / 4.0],
        );
    }
}

/// Attrition applies from tenure 1: initial staff from month 0 when initial_tenure_months ≥ 1,
/// from month 1 when it is 0; a hire not in its first month. With annual attrition 1, p_m = 1.
#[test]
fn attrition_starts_at_tenure_one() {
    let s = scenario(json!({
        "horizon_months": 3,
        "ae": {"initial": 5, "initial_tenure_months": 0, "plan": [{"month": 1, "count": 3}], "annual_attrition": 1, "ote_per_year": 120000},
        "sdr": {"initial": 2, "initial_tenure_months": 1, "annual_attrition": 1, "ote_per_year": 120000}
    }));
    let r = run(&s, 10, 1);
    // Paid: month 0: 5 AEs (SDRs left at once); month 1: 3 hires (initial AEs left); month 2: nobody.
    assert_every_trial(&r, "OTE", 8.0 * 10_000.0, |t| r.value(t, 0, COST + 1));
    assert_every_trial(&r, "AE departures", 8.0, |t| {
        r.value(t, 0, DEPARTURES + ROLE_AE)
    });
    assert_every_trial(&r, "SDR departures", 2.0, |t| {
        r.value(t, 0, DEPARTURES + ROLE_SDR)
    });
    assert_every_trial(&r, "headcount", 0.0, |t| {
        r.value(t, 0, HEADCOUNT + ROLE_TOTAL)
    });
}

/// A mis-hire is let go at tenure ae.washout_months; a coached one at coaching.washout_months.
/// Initial staff are never mis-hires.
#[test]
fn mis_hire_washout_uncoached_and_coached() {
    // Uncoached: 4 mis-hires start at month 0 and leave at month 6.
    let s = scenario(
        json!({"horizon_months": 9, "ae": {"plan": [{"month": 0, "count": 4}], "mis_hire_rate": 1, "washout_months": 6}}),
    );
    let r = run(&s, 20, 1);
    for (q, hc, dep) in [(0, 4.0, 0.0), (1, 4.0, 0.0), (2, 0.0, 4.0)] {
        assert_every_trial(&r, &format!("uncoached headcount Q{q}"), hc, |t| {
            r.value(t, q, HEADCOUNT + ROLE_AE)
        });
        assert_every_trial(&r, &format!("uncoached departures Q{q}"), dep, |t| {
            r.value(t, q, DEPARTURES + ROLE_AE)
        });
    }
    // Coached: 1 initial AE (coach, never a mis-hire), 5 mis-hires; the first 4 take the coach's
    // slots and leave at month 3, the fifth is uncoached and leaves at month 6.
    let s = scenario(json!({
        "horizon_months": 9,
        "ae": {"initial": 1, "plan": [{"month": 0, "count": 5}], "mis_hire_rate": 1, "washout_months": 6},
        "coaching": {"coaches": 1, "trainees_per_coach": 4, "washout_months": 3}
    }));
    let r = run(&s, 20, 1);
    for (q, hc, dep) in [(0, 6.0, 0.0), (1, 2.0, 4.0), (2, 1.0, 1.0)] {
        assert_every_trial(&r, &format!("coached headcount Q{q}"), hc, |t| {
            r.value(t, q, HEADCOUNT + ROLE_AE)
        });
        assert_every_trial(&r, &format!("coached departures Q{q}"), dep, |t| {
            r.value(t, q, DEPARTURES + ROLE_AE)
        });
    }
    // SDR mis-hires wash out at sdr.washout_months.
    let s = scenario(
        json!({"horizon_months": 6, "sdr": {"initial": 2, "plan": [{"month": 1, "count": 3}], "mis_hire_rate": 1, "washout_months": 2}}),
    );
    let r = run(&s, 20, 1);
    assert_every_trial(&r, "SDR washouts at month 3", 3.0, |t| {
        r.value(t, 1, DEPARTURES + ROLE_SDR)
    });
    assert_every_trial(&r, "initial SDRs stay", 2.0, |t| {
        r.value(t, 1, HEADCOUNT + ROLE_SDR)
    });
}

/// A mis-hire's prospecting and win rate are multiplied by mis_hire_productivity.
#[test]
fn mis_hire_productivity_scales_prospecting_and_wins() {
    let s = scenario(json!({
        "ae": {"plan": [{"month": 0, "count": 10}], "mis_hire_rate": 1, "mis_hire_productivity": 0.3, "washout_months": 100,
               "outbound_share": 0.35, "hours_per_active_opp": 0.1},
        "win_rates": {"outbound": 0.5}
    }));
    let r = run(&s, 200, 8);
    // λ = 2.45 · 0.3 = 0.735 per AE-month over 200 · 10 · 12 AE-months: se ≈ 0.0055. Wrong: 2.45.
    check_poisson(
        "mis-hire outbound per AE-month",
        total(&r, OPPS_CREATED + TOTAL),
        24_000.0,
        0.735,
        &[2.45, 0.735 * 0.3],
    );
    let (wins, closed) = wins_and_closed(&r, 1000.0);
    // p = 0.5 · 0.3 = 0.15; n ≈ 17000: se ≈ 0.0027. Wrong: unscaled 0.5, doubly scaled 0.045.
    check_binomial("mis-hire win rate", wins, closed, 0.15, &[0.5, 0.045]);
}

/// Elite hires prospect at elite_prospecting_multiplier; initial staff draw the flag too.
#[test]
fn elite_multiplier_scales_outbound() {
    let s = scenario(
        json!({"ae": {"initial": 4, "outbound_share": 0.35, "elite_share": 1, "elite_prospecting_multiplier": 2.5}}),
    );
    let r = run(&s, 100, 12);
    // λ = 2.45 · 2.5 = 6.125 over 4800 AE-months: se ≈ 0.036. Wrong: not elite (2.45).
    check_poisson(
        "elite outbound per AE-month",
        total(&r, OPPS_CREATED + TOTAL),
        4800.0,
        6.125,
        &[2.45],
    );
    // Elite share 0.5: each AE is elite with probability 0.5, so the mean rate is 2.45 · 1.75.
    // Per-trial totals mix elite draws, so use the empirical se of per-trial means.
    let s = scenario(
        json!({"ae": {"initial": 4, "outbound_share": 0.35, "elite_share": 0.5, "elite_prospecting_multiplier": 2.5}}),
    );
    let r = run(&s, 400, 12);
    let (m, se) = mean_se(&per_trial(&r, |t| {
        trial_total(&r, t, OPPS_CREATED + TOTAL) / 48.0
    }));
    check("elite share 0.5", m, 2.45 * 1.75, se, &[2.45, 6.125]);
}

/// Backfill on: departures are replaced; off: they are not.
#[test]
fn backfill_on_replaces_departures_off_does_not() {
    let base = json!({"ae": {"initial": 20, "annual_attrition": 0.5, "time_to_fill_months": 1}});
    let mut on = base.clone();
    merge(&mut on, &json!({"ae": {"backfill": true}}));
    let r_off = run(&scenario(base), 100, 6);
    let r_on = run(&scenario(on), 100, 6);
    assert_every_trial(&r_off, "no hires without backfill", 0.0, |t| {
        trial_total(&r_off, t, HIRES + ROLE_AE)
    });
    // Same attrition streams: the same people leave in both runs until hires change the team. A
    // backfill opens the month after a departure and takes ≥ 1 month to fill, so no backfill is
    // at risk (tenure ≥ 1) within Q0: Q0 departures are identical.
    assert_eq!(
        q_sum(&r_off, 0, DEPARTURES + ROLE_AE),
        q_sum(&r_on, 0, DEPARTURES + ROLE_AE)
    );
    for t in 0..r_on.trials() {
        let hires = trial_total(&r_on, t, HIRES + ROLE_AE);
        let departures = trial_total(&r_on, t, DEPARTURES + ROLE_AE);
        assert!(
            hires <= departures,
            "trial {t}: {hires} backfills for {departures} departures"
        );
        assert!(r_on.value(t, 3, HEADCOUNT + ROLE_AE) >= r_off.value(t, 3, HEADCOUNT + ROLE_AE));
    }
    assert!(total(&r_on, HIRES + ROLE_AE) > 0.8 * total(&r_on, DEPARTURES + ROLE_AE));
}

/// Backfill opens a requisition in the month after the departure (MODEL.md, Resolved details:
/// "Backfill ... follows every departure, washouts included, with a requisition in the next month").
/// (At commit 14da9c6 the engine opened backfills in the departure month itself; this test and
/// `backfill_on_replaces_departures_off_does_not` fail there.)
#[test]
fn backfill_opens_in_the_next_month() {
    // One mis-hire at month 0, washout 2, time to fill 0: leaves at month 2; the backfill opens at
    // month 3 and starts then; it washes out at month 5; its backfill would open at month 6 = H.
    let s = scenario(json!({
        "horizon_months": 6,
        "ae": {"plan": [{"month": 0, "count": 1}], "mis_hire_rate": 1, "washout_months": 2, "backfill": true}
    }));
    let r = run(&s, 5, 1);
    for q in 0..2 {
        assert_every_trial(&r, &format!("hires Q{q}"), 1.0, |t| {
            r.value(t, q, HIRES + ROLE_AE)
        });
        assert_every_trial(&r, &format!("departures Q{q}"), 1.0, |t| {
            r.value(t, q, DEPARTURES + ROLE_AE)
        });
        assert_every_trial(&r, &format!("headcount at the end of Q{q}"), 0.0, |t| {
            r.value(t, q, HEADCOUNT + ROLE_AE)
        });
    }
}

// ----- founder, leader ---------------------------------------------------------------------------

/// The founder sells in months t < sells_until_month (0: never; null: the whole horizon), at
/// λ_f = 60 · 0.5 · 1.5 · m / hours_per_sourced_opp = 2.25 a month; never on headcount or cost.
#[test]
fn founder_selling_and_sells_until_month() {
    let lambda = 60.0 * 0.5 * 1.5 / 20.0;
    let founder = OPPS_CREATED + Source::Founder as usize;
    let make = |until: Value| {
        scenario(
            json!({"horizon_months": 18, "founder": {"sells_until_month": until}, "win_rates": {"founder": 0.6, "outbound": 0.1}}),
        )
    };

    let r = run(&make(json!(0)), 50, 1);
    assert_every_trial(&r, "never sells", 0.0, |t| {
        trial_total(&r, t, OPPS_CREATED + TOTAL)
    });

    let r = run(&make(json!(12)), 300, 2);
    for q in 4..6 {
        assert_every_trial(&r, &format!("stopped by Q{q}"), 0.0, |t| {
            r.value(t, q, founder)
        });
    }
    let count: f64 = (0..4).map(|q| q_sum(&r, q, founder)).sum();
    // 300 · 12 founder-months: se = sqrt(2.25 / 3600) = 0.025. Wrong: default AE rate 2.45, no multiplier 1.5.
    check_poisson(
        "founder opps per month",
        count,
        3600.0,
        lambda,
        &[2.45, 1.5],
    );
    assert_every_trial(&r, "founder not on headcount", 0.0, |t| {
        r.value(t, 5, HEADCOUNT + ROLE_TOTAL)
    });
    assert_every_trial(&r, "founder costs nothing", 0.0, |t| {
        trial_total(&r, t, COST)
    });
    // The founder's own opportunities use win_rates.founder (0.6 · m = 0.6).
    let (wins, closed) = wins_and_closed(&r, 1000.0);
    check_binomial("founder win rate", wins, closed, 0.6, &[0.1, 0.3]);

    let r = run(&make(Value::Null), 300, 3);
    let late: f64 = (4..6).map(|q| q_sum(&r, q, founder)).sum();
    check_poisson(
        "null: sells through the horizon",
        late,
        1800.0,
        lambda,
        &[0.0],
    );
}

/// The leader: in seat from hire_month, costs OTE / 12 a month plus recruiting cost at hire; is on
/// headcount; with failure_rate 1 leaves at hire + floor(U[6, 12)).
#[test]
fn leader_hire_cost_and_departure() {
    let s = scenario(json!({"leader": {"hire_month": 2, "failure_rate": 0}}));
    let r = run(&s, 20, 1);
    assert_every_trial(&r, "leader cost Q0", 300_000.0 / 12.0 + 60_000.0, |t| {
        r.value(t, 0, COST)
    });
    assert_every_trial(&r, "leader recruiting Q0", 60_000.0, |t| {
        r.value(t, 0, COST + 2)
    });
    for q in 1..4 {
        assert_every_trial(&r, &format!("leader cost Q{q}"), 75_000.0, |t| {
            r.value(t, q, COST)
        });
        assert_every_trial(&r, &format!("leader on headcount Q{q}"), 1.0, |t| {
            r.value(t, q, HEADCOUNT + ROLE_LEADER)
        });
    }
    assert_every_trial(&r, "leader hired once", 1.0, |t| {
        trial_total(&r, t, HIRES + ROLE_LEADER)
    });
    assert_every_trial(&r, "never leaves", 0.0, |t| {
        trial_total(&r, t, DEPARTURES + ROLE_LEADER)
    });

    // failure_rate 1: tenure L = floor(U), U ~ U[6, 12), read back from the leader's OTE (L months).
    let s = scenario(
        json!({"horizon_months": 15, "leader": {"hire_month": 0, "failure_rate": 1, "recruiting_cost": 0}}),
    );
    let trials = 600;
    let r = run(&s, trials, 5);
    let mut counts = [0.0; 6];
    for t in 0..r.trials() {
        let months = trial_total(&r, t, COST) / 25_000.0;
        assert!(
            months.fract() == 0.0 && (6.0..=11.0).contains(&months),
            "trial {t}: leader paid {months} months"
        );
        counts[months as usize - 6] += 1.0;
        let q_leave = months as usize / 3;
        assert_eq!(
            r.value(t, q_leave, DEPARTURES + ROLE_LEADER),
            1.0,
            "trial {t}"
        );
        assert_eq!(
            r.value(t, q_leave, HEADCOUNT + ROLE_LEADER),
            0.0,
            "trial {t}"
        );
        assert_eq!(
            r.value(t, q_leave - 1, HEADCOUNT + ROLE_LEADER),
            1.0,
            "trial {t}"
        );
        assert_eq!(
            trial_total(&r, t, HIRES + ROLE_LEADER),
            1.0,
            "trial {t}: no new leader is hired"
        );
    }
    // Each tenure 6..11 with probability 1/6: binomial se = sqrt(1/6 · 5/6 / 600) ≈ 0.015.
    for (i, c) in counts.iter().enumerate() {
        check_binomial(
            &format!("leader tenure {}", i + 6),
            *c,
            trials as f64,
            1.0 / 6.0,
            &[0.0, 2.0 / 6.0],
        );
    }

    // failure_rate 0.5: half the leaders leave.
    let s = scenario(json!({"leader": {"hire_month": 0, "failure_rate": 0.5}}));
    let r = run(&s, 400, 6);
    let left: f64 = total(&r, DEPARTURES + ROLE_LEADER);
    check_binomial("leader failure rate", left, 400.0, 0.5, &[0.25, 0.75]);
}

/// After the leader leaves, rep attrition is multiplied by departure_attrition_multiplier in that
/// month and the next two. With a multiplier that caps attrition at 1, everyone with tenure ≥ 1 in
/// months L, L+1, L+2 leaves, and from L+3 the baseline is back.
#[test]
fn leader_departure_attrition_multiplier_window() {
    let plan: Vec<Value> = (0..18).map(|m| json!({"month": m, "count": 1})).collect();
    let s = scenario(json!({
        "horizon_months": 18,
        "ae": {"plan": plan, "annual_attrition": 0.3, "ote_per_year": 0, "recruiting_cost": 0},
        "leader": {"hire_month": 0, "failure_rate": 1, "departure_attrition_multiplier": 50, "recruiting_cost": 0}
    }));
    let r = run(&s, 300, 9);
    let mut shortfall = Vec::new();
    for t in 0..r.trials() {
        // The leader is paid for L months (months 0 .. L−1).
        let l = (trial_total(&r, t, COST) / 25_000.0) as usize;
        assert!((6..=11).contains(&l));
        // End of the quarter holding month L+2: only hires of months L+2 .. e can be on staff.
        let e = 3 * (l + 2).div_euclid(3) + 2;
        let hc = r.value(t, e / 3, HEADCOUNT + ROLE_AE);
        assert!(
            hc <= (e - (l + 2) + 1) as f64,
            "trial {t}: leader left at {l}; {hc} AEs at month {e}"
        );
        // Three months later the multiplier is over: the hires of months L+2 .. e+3 mostly stay
        // (baseline attrition only).
        let e2 = e + 3;
        let hired = (e2 - (l + 2) + 1) as f64;
        shortfall.push(hired - r.value(t, e2 / 3, HEADCOUNT + ROLE_AE));
    }
    // Baseline: at most 15 person-months at risk × p_m 0.029 ≈ 0.44 expected departures.
    // A multiplier lasting beyond 3 months would remove nearly all of them (shortfall ≥ 3).
    let (m, _) = mean_se(&shortfall);
    assert!(
        m < 1.0,
        "mean shortfall {m}: the multiplier seems to last beyond 3 months"
    );

    // Without a failing leader, the same team keeps almost everyone.
    let s2 = scenario(json!({
        "horizon_months": 18,
        "ae": {"plan": (0..18).map(|m| json!({"month": m, "count": 1})).collect::<Vec<_>>(), "annual_attrition": 0.3},
        "leader": {"hire_month": 0, "failure_rate": 0, "departure_attrition_multiplier": 50}
    }));
    let r2 = run(&s2, 100, 9);
    assert!(q_sum(&r2, 3, HEADCOUNT + ROLE_AE) / 100.0 > 9.0);
}

// ----- coaching ----------------------------------------------------------------------------------

/// A coached hire ramps over R · ramp_multiplier months; a coach takes trainees_per_coach hires,
/// first come first served, and frees a slot when a trainee's ramp reaches 1.
#[test]
fn coaching_faster_ramp_and_slots() {
    let make = |coaches: u32| {
        scenario(json!({
            "ae": {"initial": 1, "plan": [{"month": 0, "count": 5}, {"month": 8, "count": 1}], "ramp_months": 10},
            "coaching": {"coaches": coaches, "trainees_per_coach": 4, "ramp_multiplier": 0.7}
        }))
    };
    let ramp = |tau: usize, r: f64| ((tau + 1) as f64 / r).min(1.0);
    // Coached: 4 trainees at R = 7 (the fifth hire finds no slot: R = 10); the month-8 hire gets
    // the slot freed at month 6, when the first trainees reach full ramp.
    let coached = |t: usize| {
        1.0 + 4.0 * ramp(t, 7.0) + ramp(t, 10.0) + if t >= 8 { ramp(t - 8, 7.0) } else { 0.0 }
    };
    let uncoached =
        |t: usize| 1.0 + 5.0 * ramp(t, 10.0) + if t >= 8 { ramp(t - 8, 10.0) } else { 0.0 };
    for (coaches, f) in [(1u32, &coached as &dyn Fn(usize) -> f64), (0, &uncoached)] {
        let r = run(&make(coaches), 5, 1);
        for q in 0..4 {
            let expected: f64 = (3 * q..3 * q + 3).map(f).sum::<f64>() / 3.0;
            assert_every_trial(
                &r,
                &format!("ramped capacity, {coaches} coaches, Q{q}"),
                expected,
                |t| r.value(t, q, RAMPED_CAPACITY),
            );
        }
    }
}

/// If its coach leaves, a trainee reverts to the uncoached ramp and washout from that month on.
#[test]
fn coach_departure_reverts_trainee() {
    // A (mis-hire, hired month 0, uncoached washout 2) becomes the coach at month 1 and coaches
    // B (hired month 1). A leaves at month 2; B reverts: ramp (τ+1)/10 instead of /7 and
    // washout at tenure 2 (month 3) instead of coaching.washout_months 100.
    let s = scenario(json!({
        "horizon_months": 6,
        "ae": {"plan": [{"month": 0, "count": 1}, {"month": 1, "count": 1}], "mis_hire_rate": 1, "mis_hire_productivity": 1,
               "washout_months": 2, "ramp_months": 10},
        "coaching": {"coaches": 1, "washout_months": 100, "ramp_multiplier": 0.7}
    }));
    let r = run(&s, 5, 1);
    let q0 = (0.1 + (0.2 + 1.0 / 7.0) + 0.2) / 3.0;
    assert_every_trial(&r, "ramped capacity Q0", q0, |t| {
        r.value(t, 0, RAMPED_CAPACITY)
    });
    assert_every_trial(&r, "A leaves in Q0", 1.0, |t| {
        r.value(t, 0, DEPARTURES + ROLE_AE)
    });
    assert_every_trial(&r, "B leaves in Q1 at the uncoached washout", 1.0, |t| {
        r.value(t, 1, DEPARTURES + ROLE_AE)
    });
    assert_every_trial(&r, "nobody left", 0.0, |t| {
        r.value(t, 1, HEADCOUNT + ROLE_AE)
    });
}

// ----- capacity and overload ---------------------------------------------------------------------

/// Expected wins of one AE fed by Poisson(λ) inbound opportunities a month with a 1-month cycle:
/// at month t the AE holds the N_{t−1} opportunities of last month, so the i-th new one is over
/// capacity iff N_{t−1} + i ≥ K, and the number not over capacity is min(N_t, (K′ − N_{t−1})⁺),
/// K′ = ⌈K⌉. Months 0 .. H−2 close inside the horizon.
fn overload_expected_wins(lambda: f64, k_ceil: u64, months: usize, p: f64, ovl: f64) -> f64 {
    let kmax = 80;
    let e_free = |prev: u64| -> f64 {
        let room = k_ceil.saturating_sub(prev);
        (0..kmax)
            .map(|n| poisson_pmf(lambda, n) * n.min(room) as f64)
            .sum()
    };
    let first = e_free(0);
    let later: f64 = (0..kmax)
        .map(|prev| poisson_pmf(lambda, prev) * e_free(prev))
        .sum();
    let free = first + later * (months - 1) as f64;
    let all = lambda * months as f64;
    p * free + p * ovl * (all - free)
}

/// An opportunity created while its AE holds ≥ K = hours · c / hours_per_active_opp open ones wins
/// with probability × overload_win_multiplier.
#[test]
fn overload_lowers_win_rate_closed_form() {
    // c = 1 − 0 − 0.15 = 0.85; K = 140 · 0.85 / 26 ≈ 4.58, so open counts 0..4 are under capacity.
    let make = |ovl: f64| {
        scenario(json!({
            "horizon_months": 6,
            "ae": {"initial": 1, "hours_per_active_opp": 26, "overload_win_multiplier": ovl},
            "inbound": {"opps_per_month": 4},
            "win_rates": {"inbound": 0.8}
        }))
    };
    let r = run(&make(0.25), 400, 14);
    let wins = per_trial(&r, |t| trial_total(&r, t, DEALS_WON + TOTAL));
    let (m, se) = mean_se(&wins);
    let expected = overload_expected_wins(4.0, 5, 5, 0.8, 0.25);
    let no_overload = 0.8 * 4.0 * 5.0;
    // se: empirical, of per-trial wins (≈ 0.15 with 400 trials).
    check(
        "wins with overload",
        m,
        expected,
        se,
        &[
            no_overload,
            overload_expected_wins(4.0, 4, 5, 0.8, 0.25),
            overload_expected_wins(4.0, 6, 5, 0.8, 0.25),
        ],
    );
    // Paired: the same opportunities and draws with multiplier 1 win at least as often.
    let r1 = run(&make(1.0), 400, 14);
    for t in 0..r.trials() {
        assert!(trial_total(&r1, t, DEALS_WON + TOTAL) >= trial_total(&r, t, DEALS_WON + TOTAL));
    }
}

/// A coach's closing share is c − coach_time_share, so its capacity K is lower.
#[test]
fn coach_time_lowers_capacity() {
    // K = 140 · (0.85 − 0.3) / 26 ≈ 2.96 for the coach (open counts 0..2 under capacity) vs 4.58.
    let make = |coaches: u32| {
        scenario(json!({
            "horizon_months": 6,
            "ae": {"initial": 1, "hours_per_active_opp": 26, "overload_win_multiplier": 0.25},
            "coaching": {"coaches": coaches, "coach_time_share": 0.3},
            "inbound": {"opps_per_month": 4},
            "win_rates": {"inbound": 0.8}
        }))
    };
    let r = run(&make(1), 400, 15);
    let (m, se) = mean_se(&per_trial(&r, |t| trial_total(&r, t, DEALS_WON + TOTAL)));
    check(
        "coach wins",
        m,
        overload_expected_wins(4.0, 3, 5, 0.8, 0.25),
        se,
        &[overload_expected_wins(4.0, 5, 5, 0.8, 0.25)],
    );
    let r0 = run(&make(0), 400, 15);
    // Same inbound streams: the coach never wins more.
    for t in 0..r.trials() {
        assert!(trial_total(&r0, t, DEALS_WON + TOTAL) >= trial_total(&r, t, DEALS_WON + TOTAL));
    }
}

/// Win probability is capped at 0.95.
#[test]
fn win_rate_cap_095() {
    for (rate, skill) in [(1.0, 1.0), (0.6, 2.0)] {
        let s = scenario(json!({
            "horizon_months": 6,
            "ae": {"initial": 2, "hours_per_active_opp": 0.1, "win_rate_multiplier": skill},
            "inbound": {"opps_per_month": 10},
            "win_rates": {"inbound": rate}
        }));
        let r = run(&s, 200, 16);
        let (wins, closed) = wins_and_closed(&r, 1000.0);
        // n ≈ 10000: se = sqrt(0.95 · 0.05 / n) ≈ 0.0022. Wrong: uncapped (1.0), 0.9.
        check_binomial(
            &format!("capped win rate {rate}×{skill}"),
            wins,
            closed,
            0.95,
            &[1.0, 0.9],
        );
    }
}

// ----- playbook maturity -------------------------------------------------------------------------

/// m ← m + (1 − m) · min(1, learning_per_founder_month · [founder sold] + learning_per_win · wins).
/// With the founder only and no wins, m(t) = 1 − (1 − m0)(1 − 0.08)^t, seen in the founder's
/// opportunities λ_f(t) = 2.25 · m(t).
#[test]
fn playbook_maturity_founder_learning() {
    let s = scenario(json!({
        "founder": {"sells_until_month": null},
        "playbook": {"initial": 0.5, "learning_per_founder_month": 0.08, "learning_per_win": 0.005},
        "win_rates": {"founder": 0}
    }));
    let trials = 400.0;
    let r = run(&s, 400, 17);
    let m = |t: usize| 1.0 - 0.5 * 0.92f64.powi(t as i32);
    for q in 0..4 {
        let lambda: f64 = (3 * q..3 * q + 3).map(|t| 2.25 * m(t)).sum();
        let no_learning = 2.25 * 0.5 * 3.0;
        // Wrong: no learning (m stays 0.5), fully mature (m = 1). In Q0 the curve has barely moved.
        let wrong: Vec<f64> = if q == 0 {
            vec![2.25 * 3.0]
        } else {
            vec![no_learning, 2.25 * 3.0]
        };
        // Per-trial quarter count ~ Poisson(λ_q): se = sqrt(λ_q / 400).
        check_poisson(
            &format!("founder opps Q{q}"),
            q_sum(&r, q, OPPS_CREATED + TOTAL),
            trials,
            lambda,
            &wrong,
        );
    }
    // Learning capped at 1 per month: with 1.0 per founder month, m = 1 from month 1.
    let s = scenario(json!({
        "horizon_months": 6,
        "founder": {"sells_until_month": null},
        "playbook": {"initial": 0.2, "learning_per_founder_month": 1.0},
        "win_rates": {"founder": 0}
    }));
    let r = run(&s, 400, 18);
    check_poisson(
        "m = 1 after one founder month",
        q_sum(&r, 1, OPPS_CREATED + TOTAL),
        400.0,
        2.25 * 3.0,
        &[2.25 * 0.2 * 3.0],
    );
}

/// The monthly learning step is capped at 1, so m never exceeds 1 however many wins close.
#[test]
fn playbook_learning_step_capped_at_one() {
    // No AE: ~19 inbound wins a month close at the founder; learning_per_win 1 would move m far
    // past 1 without the cap. The founder's own opportunities show m: 2.25 · m a month.
    let s = scenario(json!({
        "founder": {"sells_until_month": null},
        "inbound": {"opps_per_month": 20},
        "playbook": {"initial": 0.2, "learning_per_founder_month": 0, "learning_per_win": 1},
        "win_rates": {"inbound": 0.95, "founder": 0}
    }));
    let r = run(&s, 200, 46);
    // m(0) = m(1) = 0.2 (the first wins close in month 1), then m(2) = 1 and stays there.
    // se = sqrt(λ / 200) per quarter.
    check_poisson(
        "founder opps Q0",
        q_sum(&r, 0, OPPS_CREATED + Source::Founder as usize),
        200.0,
        2.25 * (0.2 + 0.2 + 1.0),
        &[2.25 * 0.2 * 3.0, 2.25 * (0.2 + 2.0)],
    );
    for q in 1..4 {
        check_poisson(
            &format!("founder opps Q{q}, m = 1"),
            q_sum(&r, q, OPPS_CREATED + Source::Founder as usize),
            200.0,
            2.25 * 3.0,
            &[2.25 * 0.2 * 3.0, 2.25 * 4.0],
        );
    }
}

/// m(t) multiplies win rates, and wins mature the playbook (learning_per_win).
#[test]
fn playbook_maturity_scales_win_rates_and_wins_teach() {
    let s = scenario(json!({
        "ae": {"initial": 2, "hours_per_active_opp": 0.1},
        "inbound": {"opps_per_month": 10},
        "playbook": {"initial": 0.5},
        "win_rates": {"inbound": 0.8}
    }));
    let r = run(&s, 100, 19);
    let (wins, closed) = wins_and_closed(&r, 1000.0);
    // n ≈ 11000: se ≈ 0.0048. Wrong: 0.8 (m ignored).
    check_binomial("win rate × m", wins, closed, 0.4, &[0.8, 0.5]);

    // Wins teach: learning_per_win 0.02 raises m, hence outbound (same streams, paired).
    let make = |lw: f64| {
        scenario(json!({
            "ae": {"initial": 3, "outbound_share": 0.35, "hours_per_active_opp": 0.1},
            "playbook": {"initial": 0.3, "learning_per_win": lw},
            "win_rates": {"outbound": 0.9}
        }))
    };
    let r0 = run(&make(0.0), 100, 20);
    let r1 = run(&make(0.02), 100, 20);
    let diff = per_trial(&r0, |t| {
        r1.value(t, 3, OPPS_CREATED + TOTAL) - r0.value(t, 3, OPPS_CREATED + TOTAL)
    });
    let (m, se) = mean_se(&diff);
    assert!(
        m > Z * se && m > 0.0,
        "learning from wins should add outbound in Q3: mean diff {m} ± {se}"
    );
    // Month 0 uses m(0) in both runs.
    assert!(
        per_trial(&r0, |t| r0.value(t, 0, OPPS_CREATED + TOTAL))
            .iter()
            .sum::<f64>()
            > 0.0
    );
}

// ----- SDRs, inbound, expansion, pool ------------------------------------------------------------

/// Each SDR books Poisson(meetings · ramp · m / ai) meetings, each an opportunity with probability
/// meeting_to_opp; so SDR opportunities per SDR-month are Poisson(meetings · meeting_to_opp · ramp).
#[test]
fn sdr_meetings_and_meeting_to_opp() {
    let s = scenario(json!({
        "horizon_months": 6,
        "ae": {"initial": 1},
        "sdr": {"initial": 3, "plan": [{"month": 0, "count": 3}], "ramp_months": 4, "meetings_per_month": 10, "meeting_to_opp": 0.4}
    }));
    let r = run(&s, 200, 22);
    let sdr = OPPS_CREATED + Source::Sdr as usize;
    // Q0: 3 initial × 3 months × 4 + 3 hires × 4 × (0.25 + 0.5 + 0.75) = 36 + 18 = 54 per trial.
    // se = sqrt(54 / 200) ≈ 0.52. Wrong: meeting_to_opp ignored (135), hires fully ramped (72).
    check_poisson(
        "SDR opps Q0 per trial",
        q_sum(&r, 0, sdr),
        200.0,
        54.0,
        &[135.0, 72.0, 67.5],
    );
    check_poisson(
        "SDR opps Q1 per trial",
        q_sum(&r, 1, sdr),
        200.0,
        72.0,
        &[54.0, 90.0],
    );
    // SDR opportunities are routed to AEs: everything created is SDR-sourced.
    assert_eq!(total(&r, OPPS_CREATED + TOTAL), total(&r, sdr));
}

/// Inbound: Poisson(opps_per_month · (1 + g)^t); not multiplied by m nor divided by ai.
#[test]
fn inbound_with_growth() {
    let s = scenario(json!({
        "ae": {"initial": 1},
        "inbound": {"opps_per_month": 5, "monthly_growth": 0.1},
        "playbook": {"initial": 0.5},
        "ai": {"enabled": true, "start_month": 0, "full_effect_month": 0}
    }));
    let r = run(&s, 200, 23);
    for q in 0..4 {
        let lambda: f64 = (3 * q..3 * q + 3)
            .map(|t| 5.0 * 1.1f64.powi(t as i32))
            .sum();
        let no_growth = 15.0;
        let with_m = lambda * 0.5;
        let with_ai = lambda / 0.7;
        let wrong: Vec<f64> = if q == 0 {
            vec![with_m, with_ai]
        } else {
            vec![no_growth, with_m, with_ai]
        };
        // Per-trial quarter count ~ Poisson(λ_q): se = sqrt(λ_q / 200).
        check_poisson(
            &format!("inbound Q{q}"),
            q_sum(&r, q, OPPS_CREATED + Source::Inbound as usize),
            200.0,
            lambda,
            &wrong,
        );
    }
}

/// Expansion: each AE's book of C customers makes Poisson(C · rate / 12) opportunities a month,
/// worth size × expansion_size_multiplier. Customers come from new-logo wins; expansion and
/// founder wins add none.
#[test]
fn expansion_from_customers() {
    // 1 AE, inbound λ = 3 won with p = 0.8 and a 1-month cycle: the wins of month s are booked in
    // month s+1 and first expand in month s+2, so E[C_t] = 0.8 · 3 · max(0, t − 1), and
    // E[expansion opps] = (1.2 / 12) · 2.4 · Σ_{t<12} max(0, t − 1) = 0.24 · 55 = 13.2 per trial.
    let make = |rate: f64, exp_win: f64| {
        scenario(json!({
            "ae": {"initial": 1, "hours_per_active_opp": 0.1},
            "inbound": {"opps_per_month": 3},
            "win_rates": {"inbound": 0.8, "expansion": exp_win},
            "expansion": {"opps_per_customer_per_year": rate},
            "deals": {"expansion_size_multiplier": 0.5}
        }))
    };
    let expansion = OPPS_CREATED + Source::Expansion as usize;
    let r = run(&make(1.2, 0.0), 300, 24);
    let (m, se) = mean_se(&per_trial(&r, |t| trial_total(&r, t, expansion)));
    // se empirical (≈ 0.3). Wrong: customers usable in their booking month (0.24 · 66 = 15.8).
    check(
        "expansion opps per trial",
        m,
        13.2,
        se,
        &[0.24 * 66.0, 0.24 * 45.0],
    );
    // Value: size × 0.5, exactly.
    assert_every_trial(&r, "expansion value", 0.0, |t| {
        trial_total(&r, t, PIPELINE_CREATED + Source::Expansion as usize)
            - 500.0 * trial_total(&r, t, expansion)
    });
    // More opps per customer → more expansion.
    let r_low = run(&make(0.3, 0.0), 300, 24);
    assert!(total(&r_low, expansion) < 0.5 * total(&r, expansion));
    // Expansion wins add no customer: expansion counts identical trial by trial whatever their win rate.
    let r_win = run(&make(1.2, 0.9), 300, 24);
    for t in 0..r.trials() {
        assert_eq!(
            trial_total(&r, t, expansion),
            trial_total(&r_win, t, expansion),
            "trial {t}"
        );
    }
    assert!(total(&r_win, DEALS_WON + Source::Expansion as usize) > 0.0);
    // No customers, no expansion.
    let s = scenario(
        json!({"ae": {"initial": 1}, "inbound": {"opps_per_month": 3}, "win_rates": {"inbound": 0}, "expansion": {"opps_per_customer_per_year": 12}}),
    );
    let r = run(&s, 50, 25);
    assert_every_trial(&r, "no customers", 0.0, |t| trial_total(&r, t, expansion));
    // Founder wins add no customer to any book.
    let s = scenario(json!({
        "ae": {"initial": 1}, "founder": {"sells_until_month": null}, "win_rates": {"founder": 0.9},
        "expansion": {"opps_per_customer_per_year": 12}
    }));
    let r = run(&s, 50, 26);
    assert!(total(&r, DEALS_WON + Source::Founder as usize) > 100.0);
    assert_every_trial(&r, "founder wins make no customers", 0.0, |t| {
        trial_total(&r, t, expansion)
    });
}

/// A leaver's customers are spread over the remaining AEs when the pool is off, so the team's book
/// and its expected expansion are unchanged by the departure; with the pool on they go to the pool.
#[test]
fn leaver_customers_spread_or_pooled() {
    // B: initial junior AE. A: hired at month 0, a mis-hire (productivity 1) washed out at month 6.
    // Inbound λ = 3 won with 0.8, 1-month cycle, 1.2 expansion opps per customer-year, as in
    // `expansion_from_customers`: with the book conserved, E[expansion] = 13.2 per trial.
    let make = |pool: bool| {
        scenario(json!({
            "ae": {"initial": 1, "initial_tenure_months": 0, "plan": [{"month": 0, "count": 1}], "mis_hire_rate": 1,
                   "mis_hire_productivity": 1, "washout_months": 6, "hours_per_active_opp": 0.1, "orphan_loss": 0},
            "inbound": {"opps_per_month": 3},
            "win_rates": {"inbound": 0.8, "expansion": 0, "pool": 0},
            "expansion": {"opps_per_customer_per_year": 1.2},
            "pool": {"enabled": pool, "cooldown_months": 100, "recontact_rate": 0.2, "junior_tenure_months": 12}
        }))
    };
    let expansion = OPPS_CREATED + Source::Expansion as usize;
    let pool = OPPS_CREATED + Source::Pool as usize;
    let off = run(&make(false), 400, 47);
    let (m_off, se_off) = mean_se(&per_trial(&off, |t| trial_total(&off, t, expansion)));
    // se empirical (≈ 0.25). Wrong: A's ~6 customers dropped at month 6 (13.2 − 0.1 · 6 · 6 ≈ 9.6).
    check("pool off: book conserved", m_off, 13.2, se_off, &[9.6]);
    assert_every_trial(&off, "pool off: no pool opps", 0.0, |t| {
        trial_total(&off, t, pool)
    });

    // Pool on: A's C customers leave the books at month 6 (expansion falls by 0.1 · 6 · C) and enter
    // the pool, which the junior B drains at 20% a month over months 6..11 (C · (1 − 0.8⁶) pool
    // opps; lost accounts only return after 100 months). So per trial
    // y = expansion + 0.6 · pool / (1 − 0.8⁶) has mean 13.2.
    let on = run(&make(true), 400, 47);
    let factor = 0.6 / (1.0 - 0.8f64.powi(6));
    let y = per_trial(&on, |t| {
        trial_total(&on, t, expansion) + factor * trial_total(&on, t, pool)
    });
    let (m_y, se_y) = mean_se(&y);
    let (m_on, _) = mean_se(&per_trial(&on, |t| trial_total(&on, t, expansion)));
    check(
        "pool on: customers moved from books to pool",
        m_y,
        13.2,
        se_y,
        &[m_on],
    );
    assert!(
        m_on < m_off - 2.0,
        "pool on should shrink the books: {m_on} vs {m_off}"
    );
    for t in 0..on.trials() {
        assert_eq!(
            on.value(t, 0, pool) + on.value(t, 1, pool),
            0.0,
            "trial {t}: nothing in the pool before A leaves"
        );
    }
}

/// Expected pool opportunities per month when every opportunity is lost, 1-month cycle, one
/// junior AE, inbound λ a month: L[t] accounts lost at month t's booking step (the opportunities
/// of month t−1), arriving at the pool step of month t + max(cool, 1); K[t] = r · pool recycled.
/// Binomial thinning is linear, so the expectations follow exactly.
fn pool_expected(
    lambda: f64,
    r: f64,
    cool: usize,
    h: usize,
    pool_losses_reenter: bool,
) -> Vec<f64> {
    let cool = cool.max(1);
    let mut lost = vec![0.0; h + 1];
    let mut k = vec![0.0; h];
    let mut pool = 0.0;
    for t in 0..h {
        if t >= cool {
            pool += lost[t - cool];
        }
        k[t] = r * pool;
        pool -= k[t];
        lost[t + 1] = lambda + if pool_losses_reenter { k[t] } else { 0.0 };
    }
    k
}

/// The shared pool: lost accounts enter it cooldown months after closing, juniors recycle
/// Binomial(pool, recontact_rate) a month. With everything lost, the expected flow is linear and
/// can be followed month by month.
#[test]
fn shared_pool_closed_form() {
    let (lambda, r_rate, cool, h) = (6.0, 0.3, 2usize, 12usize);
    let make = |enabled: bool, tenure: u32| {
        scenario(json!({
            "horizon_months": h,
            "ae": {"initial": 1, "initial_tenure_months": tenure},
            "inbound": {"opps_per_month": lambda},
            "win_rates": {"inbound": 0, "pool": 0},
            "pool": {"enabled": enabled, "cooldown_months": cool, "recontact_rate": r_rate, "junior_tenure_months": 12}
        }))
    };
    let pool_metric = OPPS_CREATED + Source::Pool as usize;
    let r = run(&make(true, 0), 300, 27);
    let expected = pool_expected(lambda, r_rate, cool, h, true);
    // Wrong: cooldown 1 instead of 2; recycled (pool) losses never re-entering the pool.
    let wrong_cool = pool_expected(lambda, r_rate, 1, h, true);
    let wrong_no_reentry = pool_expected(lambda, r_rate, cool, h, false);
    for q in 1..4 {
        let e: f64 = expected[3 * q..3 * q + 3].iter().sum();
        let w1: f64 = wrong_cool[3 * q..3 * q + 3].iter().sum();
        let w2: f64 = wrong_no_reentry[3 * q..3 * q + 3].iter().sum();
        let (m, se) = mean_se(&per_trial(&r, |t| r.value(t, q, pool_metric)));
        // se: empirical, of per-trial quarter counts.
        let wrong: Vec<f64> = if q == 1 { vec![w1] } else { vec![w1, w2] };
        check(&format!("pool opps Q{q}"), m, e, se, &wrong);
    }
    // Off: no pool opportunities.
    let r_off = run(&make(false, 0), 50, 27);
    assert_every_trial(&r_off, "pool off", 0.0, |t| {
        trial_total(&r_off, t, pool_metric)
    });
    // Only juniors recycle: a veteran (tenure ≥ 12) never does, though the pool fills.
    let r_vet = run(&make(true, 12), 50, 27);
    assert_every_trial(&r_vet, "no juniors", 0.0, |t| {
        trial_total(&r_vet, t, pool_metric)
    });
    // Tenure exactly junior_tenure_months is not junior: an AE with tenure 10 at month 0 is junior in
    // months 0 and 1 only, before anything can reach the pool (losses of month 1, cooldown 1 →
    // month 2); with recontact rate 1 any junior at month 2 would recycle them all.
    let s = scenario(json!({
        "horizon_months": h, "ae": {"initial": 1, "initial_tenure_months": 10}, "inbound": {"opps_per_month": lambda},
        "win_rates": {"inbound": 0, "pool": 0}, "pool": {"enabled": true, "cooldown_months": 1, "recontact_rate": 1.0, "junior_tenure_months": 12}
    }));
    let r_edge = run(&s, 50, 27);
    assert_every_trial(&r_edge, "tenure 12 is not junior", 0.0, |t| {
        trial_total(&r_edge, t, pool_metric)
    });
    // A higher recontact rate recycles more.
    let r_lo = run(
        &scenario(json!({
            "horizon_months": h, "ae": {"initial": 1, "initial_tenure_months": 0}, "inbound": {"opps_per_month": lambda},
            "win_rates": {"inbound": 0, "pool": 0}, "pool": {"enabled": true, "cooldown_months": cool, "recontact_rate": 0.05}
        })),
        300,
        27,
    );
    assert!(total(&r_lo, pool_metric) < 0.5 * total(&r, pool_metric));
}

// ----- drift, AI ---------------------------------------------------------------------------------

/// Veteran drift: o_eff = o · max(floor, (1 − decay)^(τ − after)) from τ = after_months.
#[test]
fn veteran_drift_closed_form() {
    let s = scenario(json!({
        "horizon_months": 24,
        "ae": {"initial": 4, "initial_tenure_months": 18, "outbound_share": 0.35},
        "drift": {"enabled": true, "after_months": 18, "monthly_decay": 0.08, "floor": 0.2}
    }));
    let r = run(&s, 400, 28);
    let factor = |t: usize| 0.92f64.powi(t as i32).max(0.2);
    for q in 0..8 {
        let lambda: f64 = (3 * q..3 * q + 3).map(|t| 2.45 * factor(t)).sum::<f64>() / 3.0;
        let no_floor: f64 = (3 * q..3 * q + 3)
            .map(|t| 2.45 * 0.92f64.powi(t as i32))
            .sum::<f64>()
            / 3.0;
        let wrong: Vec<f64> = if q == 0 {
            vec![2.45]
        } else if q == 7 {
            vec![no_floor, 2.45]
        } else {
            vec![2.45]
        };
        // 400 · 4 · 3 = 4800 AE-months per quarter: se = sqrt(λ / 4800).
        check_poisson(
            &format!("drifted outbound Q{q}"),
            q_sum(&r, q, OPPS_CREATED + TOTAL),
            4800.0,
            lambda,
            &wrong,
        );
    }
}

/// Drift is switched off by policies.enforce_outbound, and by a leader with enforce_outbound while
/// in seat; with the leader's switch off, drift applies.
#[test]
fn drift_off_when_outbound_enforced() {
    let base = json!({
        "horizon_months": 12,
        "ae": {"initial": 3, "initial_tenure_months": 24, "outbound_share": 0.35, "annual_attrition": 0.3, "backfill": true,
               "time_to_fill_months": {"triangular": [1, 2, 4]}, "ramp_months": {"triangular": [2, 5, 9]}, "win_rate_multiplier": {"lognormal": [0.7, 1.4]}},
        "deals": {"size": {"lognormal": [10000, 100000]}, "cycle_months": {"lognormal": [1, 6]}},
        "drift": {"enabled": false}
    });
    let with = |patch: Value| {
        let mut v = base.clone();
        merge(&mut v, &patch);
        run(&scenario(v), 100, 29)
    };
    let no_drift = with(json!({}));
    let enforced =
        with(json!({"drift": {"enabled": true}, "policies": {"enforce_outbound": true}}));
    assert_eq!(
        no_drift, enforced,
        "enforce_outbound must switch drift off entirely"
    );
    let leader = json!({"leader": {"hire_month": 0, "failure_rate": 0, "enforce_outbound": true}});
    let leader_no_drift = with(leader.clone());
    let mut p = leader.clone();
    merge(&mut p, &json!({"drift": {"enabled": true}}));
    let leader_drift = with(p);
    assert_eq!(
        leader_no_drift, leader_drift,
        "a leader with enforce_outbound switches drift off"
    );
    let drifting = with(
        json!({"drift": {"enabled": true}, "leader": {"hire_month": 0, "failure_rate": 0, "enforce_outbound": false}}),
    );
    assert!(
        total(&drifting, OPPS_CREATED + TOTAL)
            < 0.8 * total(&leader_no_drift, OPPS_CREATED + TOTAL)
    );
}

/// AI uplift: ai(t) = 1 before start_month, falls linearly to 1 − prep_reduction at
/// full_effect_month; outbound (and the founder, SDRs) divide by ai(t).
#[test]
fn ai_uplift_closed_form() {
    let s = scenario(json!({
        "ae": {"initial": 4, "outbound_share": 0.35},
        "founder": {"sells_until_month": null},
        "ai": {"enabled": true, "start_month": 3, "full_effect_month": 9, "prep_reduction": 0.3}
    }));
    let r = run(&s, 600, 30);
    let ai = |t: usize| {
        if t < 3 {
            1.0
        } else if t >= 9 {
            0.7
        } else {
            1.0 - 0.3 * (t as f64 - 3.0) / 6.0
        }
    };
    for q in 0..4 {
        let ae: f64 = (3 * q..3 * q + 3).map(|t| 2.45 / ai(t)).sum::<f64>() / 3.0;
        // Wrong: no AI (2.45), full effect at once (3.5), multiplying instead of dividing.
        let wrong = if q == 0 {
            vec![2.45 / 0.7]
        } else if q == 3 {
            vec![2.45, 2.45 * 0.7]
        } else {
            vec![
                2.45,
                2.45 / 0.7,
                (3 * q..3 * q + 3).map(|t| 2.45 * ai(t)).sum::<f64>() / 3.0,
            ]
        };
        // 600 · 4 · 3 = 7200 AE-months a quarter: se = sqrt(λ / 7200).
        check_poisson(
            &format!("AE outbound Q{q}"),
            q_sum(&r, q, OPPS_CREATED + Source::Outbound as usize),
            7200.0,
            ae,
            &wrong,
        );
        let founder: f64 = (3 * q..3 * q + 3).map(|t| 2.25 / ai(t)).sum();
        let wrong_founder = if q >= 2 { vec![2.25 * 3.0] } else { vec![] };
        check_poisson(
            &format!("founder Q{q}"),
            q_sum(&r, q, OPPS_CREATED + Source::Founder as usize),
            600.0,
            founder,
            &wrong_founder,
        );
    }
    // Full effect: 1 / (1 − 0.3) more outbound in Q3 than without AI.
    check_poisson(
        "full effect",
        q_sum(&r, 3, OPPS_CREATED + Source::Outbound as usize),
        7200.0,
        2.45 / 0.7,
        &[2.45 * 1.3],
    );
}

// ----- routing -----------------------------------------------------------------------------------

/// Inbound and SDR opportunities go to the AE with the fewest open opportunities, ties to the
/// lowest rep index.
#[test]
fn routing_least_loaded_ties_to_lowest_index() {
    // Two AEs; AE 0 is a coach with coach_time_share 1, so its capacity is 0 and, with
    // overload_win_multiplier 0, it never wins. AE 1 has room for everything. With a 1-month
    // cycle and H = 3, the opportunities of months 0 and 1 close inside the horizon and, routed to
    // the least loaded with ties to index 0, AE 1 receives floor((N0 + N1) / 2) of them:
    // E[wins] = 0.9 · E[floor(S / 2)], S ~ Poisson(2λ).
    let lambda = 3.0;
    let s = scenario(json!({
        "horizon_months": 3,
        "ae": {"initial": 2, "overload_win_multiplier": 0},
        "coaching": {"coaches": 1, "coach_time_share": 1.0},
        "inbound": {"opps_per_month": lambda},
        "win_rates": {"inbound": 0.9}
    }));
    let r = run(&s, 4000, 31);
    let floor_half: f64 = (0..80)
        .map(|k| poisson_pmf(2.0 * lambda, k) * (k / 2) as f64)
        .sum();
    let ceil_half: f64 = (0..80)
        .map(|k| poisson_pmf(2.0 * lambda, k) * k.div_ceil(2) as f64)
        .sum();
    let (m, se) = mean_se(&per_trial(&r, |t| trial_total(&r, t, DEALS_WON + TOTAL)));
    // se empirical (≈ 0.02). Wrong: ties to the highest index (ceil), no balancing (all to AE 0:
    // 0), AE 1 getting exactly half on average (0.9 · λ).
    check(
        "wins of the non-coach",
        m,
        0.9 * floor_half,
        se,
        &[0.9 * ceil_half, 0.0, 0.9 * lambda],
    );
}

/// With no AE, inbound and SDR opportunities go to the founder while the founder sells (keeping
/// their own source's win rate); otherwise they are dropped and appear in no output.
#[test]
fn routing_without_aes() {
    for (source, patch) in [
        (Source::Inbound, json!({"inbound": {"opps_per_month": 3}})),
        (
            Source::Sdr,
            json!({"sdr": {"initial": 1, "meetings_per_month": 6, "meeting_to_opp": 0.5}}),
        ),
    ] {
        let mut p = json!({"founder": {"sells_until_month": null, "hours_per_month": 0}, "win_rates": {"founder": 0.1, "inbound": 0.5, "sdr": 0.5}});
        merge(&mut p, &patch);
        let r = run(&scenario(p), 300, 32);
        let metric = OPPS_CREATED + source as usize;
        // 3 a month for 12 months: se = sqrt(3 / 3600).
        check_poisson(
            &format!("{} routed to the founder", source.key()),
            total(&r, metric),
            3600.0,
            3.0,
            &[0.0],
        );
        let (wins, closed) = wins_and_closed(&r, 1000.0);
        check_binomial(
            &format!("{} keeps its own win rate at the founder", source.key()),
            wins,
            closed,
            0.5,
            &[0.1],
        );
        assert_eq!(
            total(&r, DEALS_WON + source as usize),
            total(&r, DEALS_WON + TOTAL)
        );

        // The founder stops at month 3: afterwards nothing is created, booked or in the pipeline.
        let mut p = json!({"founder": {"sells_until_month": 3, "hours_per_month": 0}});
        merge(&mut p, &patch);
        let r = run(&scenario(p), 100, 33);
        assert!(q_sum(&r, 0, metric) > 0.0);
        for q in 1..4 {
            assert_every_trial(&r, &format!("dropped {} Q{q}", source.key()), 0.0, |t| {
                r.value(t, q, OPPS_CREATED + TOTAL)
            });
            assert_every_trial(&r, &format!("dropped pipeline Q{q}"), 0.0, |t| {
                r.value(t, q, PIPELINE_CREATED + TOTAL)
            });
        }
        assert_every_trial(&r, "nothing open at the end", 0.0, |t| {
            r.value(t, 3, OPEN_PIPELINE)
        });
    }
}

// ----- orphans, morale, cost, targets, pipeline, deals --------------------------------------------

/// When an AE leaves, each of its future wins is lost with probability orphan_loss; the
/// opportunity passes to a remaining AE, or closes ownerless (and still books) if none remain.
#[test]
fn orphan_loss() {
    // B: initial AE. A: hired at month 0, a mis-hire (productivity 1) washed out at month 1. A's
    // month-0 outbound (λ = 2.45, win 0.5, cycle 2) closes at month 2, after A left.
    let make = |loss: f64, b: u32| {
        scenario(json!({
            "horizon_months": 6,
            "ae": {"initial": b, "plan": [{"month": 0, "count": 1}], "mis_hire_rate": 1, "mis_hire_productivity": 1, "washout_months": 1,
                   "outbound_share": 0.35, "hours_per_active_opp": 0.1, "orphan_loss": loss},
            "deals": {"cycle_months": 2},
            "win_rates": {"outbound": 0.5}
        }))
    };
    let trials = 400;
    let wins = |r: &Run| per_trial(r, |t| trial_total(r, t, DEALS_WON + TOTAL));
    let w0 = wins(&run(&make(0.0, 1), trials, 34));
    let w1 = wins(&run(&make(1.0, 1), trials, 34));
    let w3 = wins(&run(&make(0.3, 1), trials, 34));
    let d1: Vec<f64> = w0.iter().zip(&w1).map(|(a, b)| a - b).collect();
    let d3: Vec<f64> = w0.iter().zip(&w3).map(|(a, b)| a - b).collect();
    for t in 0..trials as usize {
        assert!(
            d3[t] >= 0.0 && d3[t] <= d1[t],
            "trial {t}: lost {} of {}",
            d3[t],
            d1[t]
        );
    }
    // A's orphaned wins per trial ~ Poisson(2.45 · 0.5): se = sqrt(1.225 / 400) ≈ 0.055.
    check_poisson(
        "orphaned wins per trial",
        d1.iter().sum(),
        trials as f64,
        1.225,
        &[2.45, 0.5 * 1.225],
    );
    // Each orphaned win is lost with probability 0.3: se = sqrt(0.21 / Σd1) ≈ 0.02.
    check_binomial(
        "orphan loss probability",
        d3.iter().sum(),
        d1.iter().sum(),
        0.3,
        &[0.0, 0.5],
    );
    // No AE left: A's opportunities close ownerless and still book.
    let r = run(&make(0.0, 0), trials, 35);
    check_poisson(
        "ownerless wins per trial",
        total(&r, DEALS_WON + TOTAL),
        trials as f64,
        1.225,
        &[0.0],
    );
    let r = run(&make(1.0, 0), trials, 35);
    assert_every_trial(&r, "all orphaned wins lost", 0.0, |t| {
        trial_total(&r, t, DEALS_WON + TOTAL)
    });
}

/// Morale: when the team's bookings over the last 3 months fall below threshold × ramp-adjusted
/// quota, attrition is multiplied for the month; not judged in the first 3 months, nor when the
/// quota is 0.
#[test]
fn morale_raises_attrition_when_attainment_is_low() {
    let make = |enabled: bool, quota: f64| {
        scenario(json!({
            "horizon_months": 6,
            "ae": {"initial": 100, "annual_attrition": 0.3, "quota_per_year": quota},
            "morale": {"enabled": enabled, "threshold": 0.5, "attrition_multiplier": 3}
        }))
    };
    let r = run(&make(true, 600_000.0), 200, 36);
    let p = monthly(0.3);
    let p_q0 = 1.0 - (1.0 - p).powi(3);
    let p_q1 = 1.0 - (1.0 - 3.0 * p).powi(3);
    let left0 = q_sum(&r, 0, DEPARTURES + ROLE_AE);
    let left1 = q_sum(&r, 1, DEPARTURES + ROLE_AE);
    let at_risk1 = q_sum(&r, 0, HEADCOUNT + ROLE_AE);
    // Q0 (not judged): se = sqrt(P(1−P)/20000) ≈ 0.002. Wrong: judged from month 0 (×3 → 0.24).
    check_binomial(
        "morale not judged in months 0..2",
        left0,
        20_000.0,
        p_q0,
        &[p_q1],
    );
    // Q1: zero bookings, so A = 0 < 0.5 → ×3: se ≈ 0.003. Wrong: no morale effect.
    check_binomial(
        "morale multiplier from month 3",
        left1,
        at_risk1,
        p_q1,
        &[p_q0],
    );
    // Quota 0: morale is not judged at all, so the run equals the run without morale.
    assert_eq!(
        run(&make(true, 0.0), 50, 37),
        run(&make(false, 0.0), 50, 37)
    );
}

/// Cost: OTE / 12 for everyone on staff each month (after departures and hires), the leader
/// included, plus recruiting cost per hire when the person starts.
#[test]
fn cost_exact_in_deterministic_setup() {
    let s = scenario(json!({
        "horizon_months": 6,
        "ae": {"initial": 2, "plan": [{"month": 1, "count": 1}], "ote_per_year": 120000, "recruiting_cost": 20000,
               "mis_hire_rate": 1, "washout_months": 3},
        "sdr": {"initial": 1, "plan": [{"month": 2, "count": 1}], "time_to_fill_months": 2, "ote_per_year": 60000, "recruiting_cost": 8000},
        "leader": {"hire_month": 3, "failure_rate": 0, "ote_per_year": 240000, "recruiting_cost": 50000}
    }));
    let r = run(&s, 10, 1);
    // Q0: 25000 + 35000 + 35000 OTE; 20000 recruiting for the AE starting at month 1 (the SDR's
    // requisition opens at month 2 but costs nothing until the SDR starts at month 4).
    // Q1: 55000 (leader from month 3) + 50000 + 50000 (the mis-hired AE washes out at month 4 and is
    // not paid that month; the 2nd SDR starts at month 4); recruiting 50000 leader + 8000 SDR.
    for (q, ote, recruiting) in [(0, 95_000.0, 20_000.0), (1, 155_000.0, 58_000.0)] {
        assert_every_trial(&r, &format!("OTE Q{q}"), ote, |t| r.value(t, q, COST + 1));
        assert_every_trial(&r, &format!("recruiting Q{q}"), recruiting, |t| {
            r.value(t, q, COST + 2)
        });
        assert_every_trial(&r, &format!("total Q{q}"), ote + recruiting, |t| {
            r.value(t, q, COST)
        });
    }
}

/// Targets: P(quarterly bookings ≥ target) per quarter, and P(total ≥ Σ targets), from the report.
#[test]
fn targets_probability_from_report() {
    let targets = [20_000.0, 40_000.0, 60_000.0, 80_000.0];
    let s = scenario(json!({
        "ae": {"initial": 2},
        "inbound": {"opps_per_month": 4},
        "deals": {"size": {"lognormal": [5000, 50000]}, "cycle_months": {"uniform": [1, 3]}},
        "targets": {"bookings_per_quarter": targets}
    }));
    let r = run(&s, 300, 38);
    let report = summarize(&s, &r).targets.expect("targets report");
    for (q, &target) in targets.iter().enumerate() {
        let hit = per_trial(&r, |t| {
            (r.value(t, q, BOOKINGS + TOTAL) >= target) as u8 as f64
        });
        let share = hit.iter().sum::<f64>() / 300.0;
        assert_eq!(report.p_hit_quarter[q], share, "Q{q}");
        assert!(
            share > 0.02 && share < 0.98,
            "Q{q}: target {target} is not informative ({share})"
        );
    }
    let hit_total = per_trial(&r, |t| {
        (trial_total(&r, t, BOOKINGS + TOTAL) >= 200_000.0) as u8 as f64
    });
    assert_eq!(report.p_hit_total, hit_total.iter().sum::<f64>() / 300.0);
    assert_eq!(report.total, 200_000.0);
    // One number applies to every quarter; ≥ includes equality (target 0 is always hit).
    let s = scenario(json!({"targets": {"bookings_per_quarter": 0}}));
    let r = run(&s, 20, 1);
    let report = summarize(&s, &r).targets.expect("targets report");
    assert_eq!(report.p_hit_quarter, vec![1.0; 4]);
    assert_eq!(report.p_hit_total, 1.0);
}

/// open_pipeline: the value of every opportunity with close month > t at the quarter's end,
/// whatever its fate. With a 3-month cycle that is exactly the quarter's created pipeline.
#[test]
fn open_pipeline_is_unclosed_value() {
    let s = scenario(json!({
        "ae": {"initial": 2, "outbound_share": 0.35},
        "inbound": {"opps_per_month": 3},
        "deals": {"size": {"uniform": [1000, 3000]}, "cycle_months": 3},
        "win_rates": {"inbound": 0.3, "outbound": 0.3}
    }));
    let r = run(&s, 100, 39);
    for q in 0..4 {
        assert_every_trial(&r, &format!("open pipeline Q{q}"), 0.0, |t| {
            r.value(t, q, OPEN_PIPELINE) - r.value(t, q, PIPELINE_CREATED + TOTAL)
        });
    }
    assert!(total(&r, OPEN_PIPELINE) > 0.0);
}

/// A win books in its close month only if that month is inside the horizon; the cycle rounds
/// half away from zero, and at least 1.
#[test]
fn bookings_only_inside_horizon_and_cycle_rounding() {
    let make = |cycle: f64, h: u32| {
        scenario(json!({
            "horizon_months": h,
            "ae": {"initial": 1, "hours_per_active_opp": 0.1},
            "inbound": {"opps_per_month": 5},
            "deals": {"cycle_months": cycle},
            "win_rates": {"inbound": 0.9}
        }))
    };
    // Cycle 3, H = 6: Q0's opportunities close in Q1; Q1's close at or after H and never book.
    let r = run(&make(3.0, 6), 300, 40);
    assert_every_trial(&r, "nothing closes in Q0", 0.0, |t| {
        r.value(t, 0, DEALS_WON + TOTAL)
    });
    for t in 0..r.trials() {
        assert!(r.value(t, 1, DEALS_WON + TOTAL) <= r.value(t, 0, OPPS_CREATED + TOTAL));
        assert_eq!(
            r.value(t, 1, OPEN_PIPELINE),
            r.value(t, 1, PIPELINE_CREATED + TOTAL)
        );
    }
    // se = sqrt(0.9 · 0.1 / n), n ≈ 4500.
    check_binomial(
        "Q0 opps won in Q1",
        q_sum(&r, 1, DEALS_WON + TOTAL),
        q_sum(&r, 0, OPPS_CREATED + TOTAL),
        0.9,
        &[0.45, 0.95],
    );
    // Cycle 2.5 rounds to 3 (not 2, as banker's rounding would): with H = 3 nothing closes.
    let r = run(&make(2.5, 3), 100, 41);
    assert_every_trial(&r, "cycle 2.5 → 3", 0.0, |t| {
        r.value(t, 0, DEALS_WON + TOTAL)
    });
    assert_every_trial(&r, "all still open", 0.0, |t| {
        r.value(t, 0, OPEN_PIPELINE) - r.value(t, 0, PIPELINE_CREATED + TOTAL)
    });
    // Cycle 0.4 rounds to 0, then to the minimum of 1: month 0's and 1's opportunities close in Q0.
    let r = run(&make(0.4, 3), 300, 42);
    let closed = q_sum(&r, 0, OPPS_CREATED + TOTAL) - q_sum(&r, 0, OPEN_PIPELINE) / 1000.0;
    check_binomial(
        "cycle 0.4 → 1",
        q_sum(&r, 0, DEALS_WON + TOTAL),
        closed,
        0.9,
        &[0.0],
    );
    check_poisson(
        "only month 2 still open",
        q_sum(&r, 0, OPEN_PIPELINE) / 1000.0,
        300.0,
        5.0,
        &[10.0, 15.0],
    );
}

/// Deal size: drawn per opportunity; bookings per deal average the size distribution.
#[test]
fn deal_size_per_opportunity() {
    let s = scenario(json!({
        "ae": {"initial": 2, "hours_per_active_opp": 0.1},
        "inbound": {"opps_per_month": 5},
        "deals": {"size": {"uniform": [1000, 3000]}},
        "win_rates": {"inbound": 0.5}
    }));
    let r = run(&s, 100, 43);
    let n = total(&r, OPPS_CREATED + TOTAL);
    let sd = 2000.0 / 12f64.sqrt();
    // Mean of n independent U[1000, 3000]: se = (2000 / √12) / √n ≈ 7.5.
    check(
        "mean opportunity value",
        total(&r, PIPELINE_CREATED + TOTAL) / n,
        2000.0,
        sd / n.sqrt(),
        &[1000.0, 3000.0, 2100.0],
    );
    let deals = total(&r, DEALS_WON + TOTAL);
    check(
        "mean deal value",
        total(&r, BOOKINGS + TOTAL) / deals,
        2000.0,
        sd / deals.sqrt(),
        &[2200.0, 1800.0],
    );
}

// ----- comparisons and streams -------------------------------------------------------------------

/// A scenario compared with itself gives A − B = 0 in every trial; runs are bit-identical.
#[test]
fn self_comparison_is_exactly_zero() {
    let s = Scenario::from_json_str(
        r#"{"schema": 1, "horizon_months": 12, "sdr": {"initial": 2, "pace": {"per_quarter": 1}},
            "drift": {"enabled": true}, "pool": {"enabled": true}, "coaching": {"coaches": 1},
            "leader": {"hire_month": 2}, "morale": {"enabled": true}, "ai": {"enabled": true, "start_month": 3}}"#,
    )
    .unwrap();
    let a = run(&s, 60, 44);
    let b = run(&s, 60, 44);
    assert_eq!(a, b);
    assert_eq!(a.digest(), b.digest());
    let c = compare(&a, &b, 1, 0);
    for m in &c.metrics {
        for (q, summary) in m.quarters.iter().enumerate() {
            assert!(
                summary.percentiles().iter().all(|&x| x == 0.0)
                    && summary.mean == 0.0
                    && summary.sd == 0.0,
                "{} Q{q}",
                m.key
            );
            assert_eq!(m.p_greater_quarter[q], 0.0);
        }
        assert_eq!(m.horizon.mean, 0.0);
        assert_eq!(m.horizon.sd, 0.0);
        assert_eq!(m.p_greater, 0.0);
    }
    assert!(total(&a, BOOKINGS + TOTAL) > 0.0);
    // Threads do not change results.
    let threaded = simulate(
        &s,
        &RunSettings {
            trials: 60,
            seed: 44,
            threads: 2,
        },
    )
    .unwrap();
    assert_eq!(a, threaded);
}

/// Separate streams: a change to SDRs, the founder or AE outbound leaves inbound opportunities
/// identical trial by trial.
#[test]
fn stream_separation_inbound_unchanged() {
    let base = json!({
        "ae": {"initial": 3, "outbound_share": 0.35, "annual_attrition": 0.3, "backfill": true, "hours_per_sourced_opp": {"triangular": [12, 20, 35]}},
        "sdr": {"initial": 2, "meetings_per_month": {"triangular": [8, 12, 16]}, "meeting_to_opp": 0.5},
        "inbound": {"opps_per_month": {"triangular": [2, 4, 8]}, "monthly_growth": 0.02},
        "deals": {"size": {"lognormal": [10000, 100000]}, "cycle_months": {"lognormal": [1, 6]}},
        "founder": {"sells_until_month": null}
    });
    let with = |patch: Value| {
        let mut v = base.clone();
        merge(&mut v, &patch);
        run(&scenario(v), 100, 45)
    };
    let a = with(json!({}));
    let inbound_opps = OPPS_CREATED + Source::Inbound as usize;
    let inbound_value = PIPELINE_CREATED + Source::Inbound as usize;
    for (label, patch) in [
        (
            "SDR meetings",
            json!({"sdr": {"meetings_per_month": 20, "meeting_to_opp": 0.3}}),
        ),
        ("SDR count", json!({"sdr": {"initial": 5}})),
        ("AE outbound share", json!({"ae": {"outbound_share": 0.1}})),
        (
            "founder",
            json!({"founder": {"hours_per_month": 30, "prospecting_multiplier": 2}}),
        ),
    ] {
        let b = with(patch);
        let mut differs = false;
        for t in 0..a.trials() {
            for q in 0..a.quarters() {
                assert_eq!(
                    a.value(t, q, inbound_opps),
                    b.value(t, q, inbound_opps),
                    "{label}: trial {t} Q{q}"
                );
                assert_eq!(
                    a.value(t, q, inbound_value),
                    b.value(t, q, inbound_value),
                    "{label}: trial {t} Q{q}"
                );
                assert_eq!(
                    a.value(t, q, HEADCOUNT + ROLE_AE),
                    b.value(t, q, HEADCOUNT + ROLE_AE),
                    "{label}: AE staffing, trial {t} Q{q}"
                );
                differs |=
                    a.value(t, q, OPPS_CREATED + TOTAL) != b.value(t, q, OPPS_CREATED + TOTAL);
            }
        }
        assert!(differs, "{label}: the change should matter somewhere");
    }
}
