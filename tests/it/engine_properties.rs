//! Property tests of the engine (issue 6, "Hardening"): invariants of every trial's quarterly
//! outputs and of the report's summaries, over random valid scenarios. This file owns them; the
//! scenarios come from `tests/it/common/random.rs` (a preset, a random structure: horizon,
//! mechanisms, leader, coaches, team, caps, hiring plans and paces; then
//! random edits of any field through the editor's own `set_field`, within a work budget).
//!
//! Each property runs [`CASES`] cases; each case simulates a few trials (at most 8, 16 for the
//! report's two scenarios, fewer for heavy models) on one thread. The runner is deterministic: a
//! fixed RNG seed per property, no failure files written, so CI runs exactly the cases a
//! developer runs. Every run made here is also checked to hold only finite
//! numbers.
//!
//! What each property checks, per trial and quarter q (cumulative means quarters 0..=q):
//!
//! 1. **Headcount within its cap.** MODEL.md's cap is `max_headcount`, checked when a hire would
//!    start; initial staff is never cancelled, and validation lets `initial` exceed the cap, so
//!    the bound is max(`max_headcount`, `initial`), and once anyone of the role has been hired
//!    the headcount is within `max_headcount` itself. Headcount is a whole number ≥ 0, equals
//!    initial + cumulative hires − cumulative departures, and cumulative hires never exceed the
//!    requisitions the plan, the pace (at the leader's multiplier, if a leader may be hired) and
//!    the backfills of departures could have opened by the quarter's end. The leader is 0 or 1,
//!    hired at most once. Totals are the sums of the roles. `ramped_capacity` is at most the AE
//!    bound.
//! 2. **Bookings within the pipeline won.** The outputs have no "value of the pipeline won"; a
//!    booking is the value of a won opportunity that closed, which was counted in
//!    `pipeline_created` when it was created, in an earlier month. So, cumulatively and for
//!    every source and the total, bookings ≤ pipeline created; and for the total, bookings +
//!    `open_pipeline` ≤ pipeline created, since the closed-and-won and the still-open
//!    opportunities are disjoint parts of the pipeline. Per quarter and source, bookings are at
//!    most deals won × the largest deal a draw can give (× `expansion_size_multiplier` for
//!    expansion), and 0 when no deal was won; pipeline created is likewise at most
//!    opportunities × the largest deal. Sums of the same values in another order differ by
//!    rounding, so comparisons of money allow (n + 8) · ε relative, n being the number of values
//!    summed (the classic bound of (n − 1) · ε/2 for each of two recursive sums).
//! 3. **Deals won ≤ opportunities created**, cumulatively, per source and in total (exactly:
//!    counts are whole numbers).
//! 4. **Percentiles are ordered.** For a workspace of two random scenarios, every summary of the
//!    report (each metric, each quarter and the horizon, and each comparison's A − B):
//!    p5 ≤ p10 ≤ p25 ≤ p50 ≤ p75 ≤ p90 ≤ p95, min ≤ p5, p95 ≤ max, min ≤ mean ≤ max (within
//!    n · ε of rounding), sd ≥ 0, and each percentile is exactly numpy's linear interpolation on
//!    the fully sorted values. Probabilities are in [0, 1], and a run compared with itself gives
//!    A − B = 0 throughout. The same checks hold for `Summary::of` on any values, up to 5,000 of
//!    them (long columns take their own path), with ties, both zeros and wide spans.
//! 5. **Totals equal the sum of the quarters.** For each trial and metric, the horizon value
//!    (from `Run::horizon_value`, from `report::horizon_values` and inside the report's horizon
//!    summary) is exactly the sum of its quarters for flows, the last quarter for stocks, and
//!    their mean for `ramped_capacity`: the code adds the quarters in order, so the same
//!    additions in the same order must give the same bits. Per quarter and over the horizon, the
//!    sources add up to the total (counts exactly; money within the rounding above, since the
//!    total is accumulated opportunity by opportunity, interleaved), roles add up to the total,
//!    cost is OTE + recruiting, recruiting is hires × recruiting cost per role, and
//!    `quota_capacity` is `ramped_capacity` × 3 × quota / 12.
//! 6. **With every rate at 0, nothing is produced.** Every production rate at 0 (each source
//!    switched off in one of its ways, e.g. outbound by `outbound_share` 0 or by selling hours 0,
//!    the founder by hours, share, multiplier or `sells_until_month` 0, the pool by its
//!    recontact rate or by switching it off; and the win rates, or not): pipeline, opportunities,
//!    deals, bookings and open pipeline are exactly 0 in every quarter. With morale off (its
//!    attrition reads bookings), headcount, hires, departures, capacity and cost are bit for bit
//!    those of the same scenario with its rates as they were, since people draw from their own
//!    streams. And one source at 0 alone produces nothing of that source; one win rate at 0
//!    alone books nothing of that source.
//! 7. **Every metric is finite**, ≥ 0, a whole number for counts, and every summary is finite.
//!
//! Run with `cargo test --features web --test it engine_properties::`.

use crate::common::random::{
    engine_case, engine_scenario, generous_work, structure, wide_edit, EngineCase, WORK_PER_CASE,
};
use crate::common::rows::*;
use pipesim::editor::{set_field, FieldValue};
use pipesim::engine::outputs::{metrics, Horizon, MetricUnit, Source};
use pipesim::engine::{simulate, Run, RunSettings};
use pipesim::model::{Dist, Range, RunSettingsSpec, Scenario, Staffing, Workspace, MAX_MONEY};
use pipesim::report::{
    compare, horizon_values, report_workspace, run_workspace, summarize, WorkspaceRuns,
};
use pipesim::stats::{quantile_sorted, Summary, PERCENTILES};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

/// Cases per property.
const CASES: u32 = 64;
/// The most trials of a case (cut further for heavy models).
const MAX_TRIALS: u32 = 8;
const EPS: f64 = f64::EPSILON;

/// The roles of the by-role outputs, by offset.
const ROLES: [&str; 4] = ["ae", "sdr", "leader", "total"];

/// A deterministic runner: a fixed seed per property, no failure files, bounded shrinking.
fn config(seed: u64) -> Config {
    Config {
        cases: CASES,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(seed),
        max_shrink_iters: 512,
        ..Config::default()
    }
}

/// Simulates a case on one thread; every number of the run must be finite.
fn run(scenario: &Scenario, trials: u32, seed: u64) -> Result<Run, TestCaseError> {
    let run = simulate(
        scenario,
        &RunSettings {
            trials,
            seed,
            threads: 1,
        },
    )
    .map_err(|e| TestCaseError::fail(format!("the run failed: {e}")))?;
    let all = metrics();
    for t in 0..run.trials() {
        for q in 0..run.quarters() {
            for m in &all {
                let x = run.value(t, q, m.index);
                prop_assert!(x.is_finite(), "trial {t} q{q} {} = {x}", m.key());
            }
        }
    }
    Ok(run)
}

fn run_case(case: &EngineCase) -> Result<Run, TestCaseError> {
    run(&case.scenario, case.trials, case.seed)
}

/// Whether `a` and `b`, sums of `n` non-negative values added in different orders, agree within
/// rounding: (n + 8) · ε relative.
fn close(a: f64, b: f64, n: f64) -> bool {
    (a - b).abs() <= (n + 8.0) * EPS * a.abs().max(b.abs())
}

/// Whether `a ≤ b` up to the rounding of sums of `n` values.
fn at_most(a: f64, b: f64, n: f64) -> bool {
    a <= b + (n + 8.0) * EPS * a.abs().max(b.abs())
}

// ----- 1. headcount -----------------------------------------------------------------------------

/// The most requisitions a role's plan, pace and backfills can have opened by the end of month
/// `end` (inclusive), given `departures` so far.
fn requisitions_bound(s: &Scenario, st: &Staffing, end: usize, departures: f64) -> f64 {
    let h = s.horizon_months as usize;
    let planned: f64 = st
        .plan
        .iter()
        .filter(|e| (e.month as usize) <= end && (e.month as usize) < h)
        .map(|e| e.count as f64)
        .sum();
    let paced = st.pace.map_or(0.0, |p| {
        let to = p.to_month.map_or(h, |m| m as usize).min(h);
        let months = (end + 1).min(to).saturating_sub(p.from_month as usize) as f64;
        let factor = if s.leader.hire_month.is_some() {
            s.leader.hiring_pace_multiplier.max(1.0)
        } else {
            1.0
        };
        (p.per_quarter * factor * months / 3.0 + 1e-6).floor()
    });
    let backfills = if st.backfill { departures } else { 0.0 };
    planned + paced + backfills
}

fn check_headcount(case: &EngineCase, run: &Run) -> Result<(), TestCaseError> {
    let s = &case.scenario;
    let h = s.horizon_months as usize;
    let roles = [(ROLE_AE, &s.ae.staffing), (ROLE_SDR, &s.sdr.staffing)];
    for t in 0..run.trials() {
        let mut hired = [0.0; 4];
        let mut left = [0.0; 4];
        for q in 0..run.quarters() {
            let v = |m: usize| run.value(t, q, m);
            for role in [ROLE_AE, ROLE_SDR, ROLE_LEADER, ROLE_TOTAL] {
                for (what, m) in [
                    ("headcount", HEADCOUNT),
                    ("hires", HIRES),
                    ("departures", DEPARTURES),
                ] {
                    let x = v(m + role);
                    prop_assert!(
                        x >= 0.0 && x.fract() == 0.0,
                        "trial {t} q{q}: {what}.{} = {x}",
                        ROLES[role]
                    );
                }
                hired[role] += v(HIRES + role);
                left[role] += v(DEPARTURES + role);
            }
            let end = (3 * q + 2).min(h - 1);
            for &(role, st) in &roles {
                let name = ROLES[role];
                let count = v(HEADCOUNT + role);
                let (initial, cap) = (st.initial as f64, st.max_headcount as f64);
                prop_assert_eq!(
                    count,
                    initial + hired[role] - left[role],
                    "trial {} q{}: {} headcount is not initial + hires − departures",
                    t,
                    q,
                    name
                );
                prop_assert!(
                    count <= cap.max(initial),
                    "trial {t} q{q}: {name} headcount {count} above the cap {cap} (initial {initial})"
                );
                if hired[role] > 0.0 {
                    prop_assert!(
                        count <= cap,
                        "trial {t} q{q}: {name} hired, yet headcount {count} above the cap {cap}"
                    );
                }
                let bound = requisitions_bound(s, st, end, left[role]);
                prop_assert!(
                    hired[role] <= bound,
                    "trial {t} q{q}: {name} hired {} but at most {bound} requisitions opened",
                    hired[role]
                );
            }
            let leader = v(HEADCOUNT + ROLE_LEADER);
            prop_assert!(
                leader == 0.0 || leader == 1.0,
                "trial {t} q{q}: leader {leader}"
            );
            prop_assert_eq!(leader, hired[ROLE_LEADER] - left[ROLE_LEADER]);
            prop_assert!(
                hired[ROLE_LEADER] <= 1.0,
                "trial {t}: the leader hired twice"
            );
            if s.leader.hire_month.is_none_or(|m| m as usize > end) {
                prop_assert_eq!(hired[ROLE_LEADER], 0.0, "trial {}: an unplanned leader", t);
            }
            for m in [HEADCOUNT, HIRES, DEPARTURES] {
                prop_assert_eq!(
                    v(m + ROLE_TOTAL),
                    v(m + ROLE_AE) + v(m + ROLE_SDR) + v(m + ROLE_LEADER),
                    "trial {} q{}: total of group {} is not the sum of the roles",
                    t,
                    q,
                    m
                );
            }
            let ae_bound = (s.ae.staffing.max_headcount as f64).max(s.ae.staffing.initial as f64);
            let ramped = v(RAMPED_CAPACITY);
            prop_assert!(
                (0.0..=ae_bound * (1.0 + 4.0 * EPS)).contains(&ramped),
                "trial {t} q{q}: ramped capacity {ramped} outside 0..={ae_bound}"
            );
        }
    }
    Ok(())
}

// ----- 2 and 3. bookings and deals within the pipeline ------------------------------------------

/// The largest value one opportunity of each source (and, last, of any) can have.
fn largest_deal(s: &Scenario) -> [f64; 7] {
    let size = s
        .deals
        .size
        .sampler(&Range::closed(0.0, MAX_MONEY))
        .max_value();
    let expansion = size * s.deals.expansion_size_multiplier;
    std::array::from_fn(|i| match i {
        i if i == Source::Expansion as usize => expansion,
        TOTAL => size.max(expansion),
        _ => size,
    })
}

fn check_bookings_within_pipeline(case: &EngineCase, run: &Run) -> Result<(), TestCaseError> {
    let largest = largest_deal(&case.scenario);
    for t in 0..run.trials() {
        let mut booked = [0.0; 7];
        let mut created = [0.0; 7];
        let mut opps = [0.0; 7];
        for q in 0..run.quarters() {
            let v = |m: usize| run.value(t, q, m);
            for s in 0..7 {
                let (b, p, d, o) = (
                    v(BOOKINGS + s),
                    v(PIPELINE_CREATED + s),
                    v(DEALS_WON + s),
                    v(OPPS_CREATED + s),
                );
                booked[s] += b;
                created[s] += p;
                opps[s] += o;
                prop_assert!(
                    b >= 0.0 && p >= 0.0,
                    "trial {t} q{q} source {s}: negative money"
                );
                if d == 0.0 {
                    prop_assert_eq!(
                        b,
                        0.0,
                        "trial {} q{} source {}: booked without a deal",
                        t,
                        q,
                        s
                    );
                }
                prop_assert!(
                    at_most(b, d * largest[s], d),
                    "trial {t} q{q} source {s}: bookings {b} above {d} deals × the largest deal {}",
                    largest[s]
                );
                prop_assert!(
                    at_most(p, o * largest[s], o),
                    "trial {t} q{q} source {s}: pipeline {p} above {o} opportunities × the largest deal {}",
                    largest[s]
                );
                prop_assert!(
                    at_most(booked[s], created[s], opps[TOTAL]),
                    "trial {t} q{q} source {s}: cumulative bookings {} above the pipeline created {}",
                    booked[s],
                    created[s]
                );
            }
            let open = v(OPEN_PIPELINE);
            prop_assert!(open >= 0.0);
            prop_assert!(
                at_most(booked[TOTAL] + open, created[TOTAL], opps[TOTAL]),
                "trial {t} q{q}: bookings {} + open pipeline {open} above the pipeline created {}",
                booked[TOTAL],
                created[TOTAL]
            );
        }
    }
    Ok(())
}

fn check_deals_within_opportunities(run: &Run) -> Result<(), TestCaseError> {
    for t in 0..run.trials() {
        let mut won = [0.0; 7];
        let mut created = [0.0; 7];
        for q in 0..run.quarters() {
            for s in 0..7 {
                let (d, o) = (
                    run.value(t, q, DEALS_WON + s),
                    run.value(t, q, OPPS_CREATED + s),
                );
                prop_assert!(d >= 0.0 && d.fract() == 0.0 && o >= 0.0 && o.fract() == 0.0);
                won[s] += d;
                created[s] += o;
                prop_assert!(
                    won[s] <= created[s],
                    "trial {t} q{q} source {s}: {} deals won of {} opportunities created",
                    won[s],
                    created[s]
                );
            }
        }
    }
    Ok(())
}

// ----- 4. percentiles -------------------------------------------------------------------------

/// A summary of `values` is ordered, within their range, and numpy's percentiles of them.
fn check_summary(what: &str, summary: &Summary, values: &[f64]) -> Result<(), TestCaseError> {
    let ps = summary.percentiles();
    for w in ps.windows(2) {
        prop_assert!(w[0] <= w[1], "{what}: percentiles out of order: {ps:?}");
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let (min, max) = (sorted[0], sorted[sorted.len() - 1]);
    prop_assert!(
        min <= ps[0] && ps[6] <= max,
        "{what}: {ps:?} outside {min}..={max}"
    );
    for (p, q) in ps.iter().zip(PERCENTILES) {
        prop_assert_eq!(
            *p,
            quantile_sorted(&sorted, q),
            "{}: percentile {}",
            what,
            q
        );
    }
    let slack = values.len() as f64 * EPS * min.abs().max(max.abs());
    prop_assert!(
        min - slack <= summary.mean && summary.mean <= max + slack,
        "{what}: mean {} outside {min}..={max}",
        summary.mean
    );
    prop_assert!(
        summary.sd >= 0.0 && summary.sd.is_finite(),
        "{what}: sd {}",
        summary.sd
    );
    prop_assert!(summary.mean.is_finite());
    Ok(())
}

/// Every trial's values of `metric` in quarter `q`.
fn column(run: &Run, q: usize, metric: usize) -> Vec<f64> {
    (0..run.trials()).map(|t| run.value(t, q, metric)).collect()
}

fn check_report(
    workspace: &Workspace,
    settings: &RunSettings,
    runs: &WorkspaceRuns,
) -> Result<(), TestCaseError> {
    let report = report_workspace(workspace, settings, runs);
    let runs = &runs.runs;
    let all = metrics();
    for (i, (sr, run)) in report.scenarios.iter().zip(runs).enumerate() {
        prop_assert_eq!(sr.metrics.len(), all.len());
        for (ms, m) in sr.metrics.iter().zip(&all) {
            prop_assert_eq!(&ms.key, &m.key());
            for (q, summary) in ms.quarters.iter().enumerate() {
                check_summary(
                    &format!("scenario {i} {} q{q}", ms.key),
                    summary,
                    &column(run, q, m.index),
                )?;
            }
            let totals: Vec<f64> = (0..run.trials()).map(|t| run.horizon_value(t, m)).collect();
            check_summary(
                &format!("scenario {i} {} horizon", ms.key),
                &ms.horizon,
                &totals,
            )?;
        }
        if let Some(targets) = &sr.targets {
            for p in targets.p_hit_quarter.iter().chain([&targets.p_hit_total]) {
                prop_assert!((0.0..=1.0).contains(p), "scenario {i}: P(hit) {p}");
            }
        }
    }
    for c in &report.comparisons {
        let (a, b) = (&runs[c.scenario], &runs[c.baseline]);
        for d in &c.metrics {
            let m = all.iter().find(|m| m.key() == d.key).expect("a metric");
            for (q, summary) in d.quarters.iter().enumerate() {
                let diffs: Vec<f64> = (0..a.trials())
                    .map(|t| a.value(t, q, m.index) - b.value(t, q, m.index))
                    .collect();
                check_summary(
                    &format!("{} − {} {} q{q}", c.scenario, c.baseline, d.key),
                    summary,
                    &diffs,
                )?;
            }
            let diffs: Vec<f64> = (0..a.trials())
                .map(|t| a.horizon_value(t, m) - b.horizon_value(t, m))
                .collect();
            check_summary(
                &format!("{} − {} {} horizon", c.scenario, c.baseline, d.key),
                &d.horizon,
                &diffs,
            )?;
            for p in d.p_greater_quarter.iter().chain([&d.p_greater]) {
                prop_assert!((0.0..=1.0).contains(p), "P(A > B) = {p}");
            }
        }
    }
    // A run compared with itself: A − B = 0 throughout.
    let same = compare(&runs[0], &runs[0], 0, 0);
    for d in &same.metrics {
        for s in d.quarters.iter().chain([&d.horizon]) {
            prop_assert!(s.percentiles().iter().all(|&p| p == 0.0) && s.mean == 0.0 && s.sd == 0.0);
        }
        prop_assert!(d.p_greater == 0.0 && d.p_greater_quarter.iter().all(|&p| p == 0.0));
    }
    Ok(())
}

// ----- 5. totals ------------------------------------------------------------------------------

fn check_totals(case: &EngineCase, run: &Run) -> Result<(), TestCaseError> {
    let s = &case.scenario;
    let all = metrics();
    let quarters = run.quarters();
    let report = summarize(s, run);
    for m in &all {
        let key = m.key();
        let from_report = horizon_values(run, m.id());
        prop_assert_eq!(from_report.len(), run.trials());
        let mut expected_totals = Vec::with_capacity(run.trials());
        for (t, &reported) in from_report.iter().enumerate() {
            let qs: Vec<f64> = (0..quarters).map(|q| run.value(t, q, m.index)).collect();
            let expected = match m.horizon {
                Horizon::Sum => qs.iter().sum::<f64>(),
                Horizon::End => qs[quarters - 1],
                Horizon::Mean => qs.iter().sum::<f64>() / quarters as f64,
            };
            let total = run.horizon_value(t, m);
            prop_assert_eq!(total, expected, "trial {} {}: horizon value", t, &key);
            prop_assert_eq!(
                reported,
                expected,
                "trial {} {}: report's horizon value",
                t,
                &key
            );
            expected_totals.push(expected);
        }
        let summary = report.metric(&key).expect("a summary");
        prop_assert_eq!(
            summary.horizon,
            Summary::of(&expected_totals),
            "{} horizon summary",
            &key
        );
        for q in 0..quarters {
            prop_assert_eq!(summary.quarters[q], Summary::of(&column(run, q, m.index)));
        }
    }
    let hires_cost = [
        (ROLE_AE, s.ae.staffing.recruiting_cost),
        (ROLE_SDR, s.sdr.staffing.recruiting_cost),
        (ROLE_LEADER, s.leader.recruiting_cost),
    ];
    for t in 0..run.trials() {
        // Per quarter, then over the horizon (the same checks on the horizon values).
        let rows: Vec<Vec<f64>> = (0..quarters)
            .map(|q| (0..all.len()).map(|i| run.value(t, q, i)).collect())
            .chain(std::iter::once(
                all.iter().map(|m| run.horizon_value(t, m)).collect(),
            ))
            .collect();
        for (q, v) in rows.iter().enumerate() {
            let when = if q == quarters {
                "horizon".to_string()
            } else {
                format!("q{q}")
            };
            for (group, count) in [
                (PIPELINE_CREATED, OPPS_CREATED),
                (BOOKINGS, DEALS_WON),
                (OPPS_CREATED, OPPS_CREATED),
                (DEALS_WON, DEALS_WON),
            ] {
                let parts: f64 = (0..6).map(|i| v[group + i]).sum();
                let total = v[group + TOTAL];
                if all[group].unit == MetricUnit::Count {
                    prop_assert_eq!(
                        parts,
                        total,
                        "trial {} {}: {} sources",
                        t,
                        &when,
                        all[group].key()
                    );
                } else {
                    // Each value is added once to its source and once to the total; with the
                    // quarters, a horizon sum adds another `quarters` terms.
                    let n = v[count + TOTAL] + quarters as f64;
                    prop_assert!(
                        close(parts, total, n),
                        "trial {t} {when}: {} by source add up to {parts}, the total is {total}",
                        all[group].key()
                    );
                }
            }
            if q < quarters {
                for m in [HEADCOUNT, HIRES, DEPARTURES] {
                    prop_assert_eq!(
                        v[m + ROLE_TOTAL],
                        v[m + ROLE_AE] + v[m + ROLE_SDR] + v[m + ROLE_LEADER]
                    );
                }
            }
            // Cost: one OTE addition a month, one recruiting addition a hire.
            let n = v[HIRES + ROLE_TOTAL] + 3.0 * quarters as f64;
            prop_assert!(
                close(v[COST], v[COST + 1] + v[COST + 2], n),
                "trial {t} {when}: cost {} is not OTE {} + recruiting {}",
                v[COST],
                v[COST + 1],
                v[COST + 2]
            );
            let recruiting: f64 = hires_cost.iter().map(|&(r, c)| v[HIRES + r] * c).sum();
            prop_assert!(
                close(v[COST + 2], recruiting, n),
                "trial {t} {when}: recruiting {} is not hires × recruiting cost {recruiting}",
                v[COST + 2]
            );
            // quota capacity = Σ over months of ramp · quota / 12; ramped capacity = its monthly
            // mean of Σ ramp (over the quarters: their mean).
            let months = if q == quarters {
                3.0 * quarters as f64
            } else {
                3.0
            };
            let quota = v[RAMPED_CAPACITY] * months * s.ae.quota_per_year / 12.0;
            prop_assert!(
                close(v[QUOTA_CAPACITY], quota, 3.0 * quarters as f64 + 8.0),
                "trial {t} {when}: quota capacity {} is not ramped capacity × quota ({quota})",
                v[QUOTA_CAPACITY]
            );
        }
    }
    Ok(())
}

// ----- 6. rates at zero -----------------------------------------------------------------------

/// Sets one field, which must be accepted.
fn set(s: &Scenario, path: &str, value: FieldValue) -> Result<Scenario, TestCaseError> {
    set_field(s, path, value.clone())
        .map_err(|e| TestCaseError::fail(format!("{path} = {value:?} refused: {e:?}")))
}

const ZERO: FieldValue = FieldValue::Number(0.0);

/// Switches off the creation of one source's opportunities, in one of its ways (`way`, wrapped).
fn zero_source(s: &Scenario, source: Source, way: usize) -> Result<Scenario, TestCaseError> {
    let fixed_zero = FieldValue::Dist(Dist::Fixed(0.0));
    match source {
        Source::Outbound => match way % 2 {
            0 => set(s, "ae.outbound_share", ZERO),
            _ => set(s, "ae.selling_hours_per_month", ZERO),
        },
        Source::Founder => match way % 4 {
            0 => set(s, "founder.outbound_share", ZERO),
            1 => set(s, "founder.hours_per_month", ZERO),
            2 => set(s, "founder.prospecting_multiplier", ZERO),
            _ => set(
                s,
                "founder.sells_until_month",
                FieldValue::OptionalMonth(Some(0)),
            ),
        },
        Source::Sdr => match way % 2 {
            0 => set(s, "sdr.meetings_per_month", fixed_zero),
            _ => set(s, "sdr.meeting_to_opp", fixed_zero),
        },
        Source::Inbound => set(s, "inbound.opps_per_month", fixed_zero),
        Source::Expansion => set(s, "expansion.opps_per_customer_per_year", ZERO),
        Source::Pool => match way % 2 {
            0 => set(s, "pool.recontact_rate", ZERO),
            _ => set(s, "pool.enabled", FieldValue::Switch(false)),
        },
    }
}

fn zero_win_rate(s: &Scenario, source: Source) -> Result<Scenario, TestCaseError> {
    set(
        s,
        &format!("win_rates.{}", source.key()),
        FieldValue::Dist(Dist::Fixed(0.0)),
    )
}

/// The groups that production fills, by source.
const PRODUCTION: [usize; 4] = [PIPELINE_CREATED, OPPS_CREATED, BOOKINGS, DEALS_WON];

fn check_every_rate_at_zero(
    case: &EngineCase,
    ways: &[usize; 6],
    zero_wins: bool,
) -> Result<(), TestCaseError> {
    let base = set(&case.scenario, "morale.enabled", FieldValue::Switch(false))?;
    let mut zero = base.clone();
    for (source, &way) in Source::ALL.iter().zip(ways) {
        zero = zero_source(&zero, *source, way)?;
        if zero_wins {
            zero = zero_win_rate(&zero, *source)?;
        }
    }
    let (before, after) = (
        run(&base, case.trials, case.seed)?,
        run(&zero, case.trials, case.seed)?,
    );
    for t in 0..after.trials() {
        for q in 0..after.quarters() {
            for group in PRODUCTION {
                for s in 0..7 {
                    let x = after.value(t, q, group + s);
                    prop_assert_eq!(
                        x,
                        0.0,
                        "trial {} q{}: {} produced",
                        t,
                        q,
                        metrics()[group + s].key()
                    );
                }
            }
            prop_assert_eq!(
                after.value(t, q, OPEN_PIPELINE),
                0.0,
                "trial {} q{}: open pipeline",
                t,
                q
            );
            // People, capacity and cost do not depend on production while morale is off.
            for m in HEADCOUNT..COST + 3 {
                prop_assert_eq!(
                    after.value(t, q, m).to_bits(),
                    before.value(t, q, m).to_bits(),
                    "trial {} q{}: {} changed with the rates",
                    t,
                    q,
                    metrics()[m].key()
                );
            }
        }
    }
    Ok(())
}

fn check_one_source_at_zero(
    case: &EngineCase,
    source: Source,
    way: usize,
    win_rate: bool,
) -> Result<(), TestCaseError> {
    let (zero, groups): (Scenario, &[usize]) = if win_rate {
        (
            zero_win_rate(&case.scenario, source)?,
            &[BOOKINGS, DEALS_WON],
        )
    } else {
        (zero_source(&case.scenario, source, way)?, &PRODUCTION)
    };
    let after = run(&zero, case.trials, case.seed)?;
    for t in 0..after.trials() {
        for q in 0..after.quarters() {
            for &group in groups {
                let x = after.value(t, q, group + source as usize);
                prop_assert_eq!(
                    x,
                    0.0,
                    "trial {} q{}: {} with its {} at 0",
                    t,
                    q,
                    metrics()[group + source as usize].key(),
                    if win_rate { "win rate" } else { "rate" }
                );
            }
        }
    }
    Ok(())
}

// ----- 7. finite ------------------------------------------------------------------------------

fn check_finite(case: &EngineCase, run: &Run) -> Result<(), TestCaseError> {
    let all = metrics();
    for t in 0..run.trials() {
        for q in 0..run.quarters() {
            for m in &all {
                let x = run.value(t, q, m.index);
                prop_assert!(
                    x.is_finite() && x >= 0.0,
                    "trial {t} q{q} {} = {x}",
                    m.key()
                );
                if m.unit == MetricUnit::Count {
                    prop_assert_eq!(x.fract(), 0.0, "trial {} q{} {} = {}", t, q, m.key(), x);
                }
            }
        }
    }
    let report = summarize(&case.scenario, run);
    for ms in &report.metrics {
        for s in ms.quarters.iter().chain([&ms.horizon]) {
            let numbers = s.percentiles().into_iter().chain([s.mean, s.sd]);
            for x in numbers {
                prop_assert!(x.is_finite(), "{}: summary {s:?}", ms.key);
            }
        }
    }
    Ok(())
}

// ----- the properties -------------------------------------------------------------------------

prop_compose! {
    /// Two random scenarios in one workspace, with a trial count that fits both.
    fn engine_pair()(
        presets in [0usize..9, 0usize..9],
        structures in [structure(), structure()],
        edits in [prop::collection::vec(wide_edit(), 0..24), prop::collection::vec(wide_edit(), 0..24)],
        baseline in 0usize..2,
        trials in 1u32..=2 * MAX_TRIALS,
        seed in any::<u64>(),
    ) -> Workspace {
        let scenarios: Vec<Scenario> = (0..2)
            .map(|i| engine_scenario(presets[i], &structures[i], &edits[i]))
            .collect();
        let work: f64 = scenarios.iter().map(generous_work).sum::<f64>().max(1.0);
        let trials = trials.min((WORK_PER_CASE / work).floor().max(1.0) as u32);
        Workspace { scenarios, baseline, run: RunSettingsSpec { trials, seed }, analysis: None }
    }
}

proptest! {
    #![proptest_config(config(1))]
    /// 1. Headcount of every role stays within 0 and its cap.
    #[test]
    fn headcount_stays_within_its_cap(case in engine_case(MAX_TRIALS)) {
        check_headcount(&case, &run_case(&case)?)?;
    }
}

proptest! {
    #![proptest_config(config(2))]
    /// 2. Bookings never exceed the pipeline they were won from.
    #[test]
    fn bookings_stay_within_the_pipeline_won(case in engine_case(MAX_TRIALS)) {
        check_bookings_within_pipeline(&case, &run_case(&case)?)?;
    }
}

proptest! {
    #![proptest_config(config(3))]
    /// 3. Deals won never exceed opportunities created.
    #[test]
    fn deals_won_stay_within_opportunities_created(case in engine_case(MAX_TRIALS)) {
        check_deals_within_opportunities(&run_case(&case)?)?;
    }
}

proptest! {
    #![proptest_config(config(4))]
    /// 4. Every summary of a workspace's report has ordered percentiles within its values.
    #[test]
    fn percentiles_are_ordered(workspace in engine_pair()) {
        let settings = RunSettings {
            trials: workspace.run.trials,
            seed: workspace.run.seed,
            threads: 1,
        };
        let runs = run_workspace(&workspace, &settings, &|_| {}, &Default::default())
            .map_err(|(i, e)| TestCaseError::fail(format!("scenario {i}: {e}")))?;
        check_report(&workspace, &settings, &runs)?;
    }
}

/// Values as the report summarises them: counts with many ties, money, differences of either
/// sign, both zeros, clusters a few ulps apart, and wide spans; a mix of some of these kinds
/// (`kinds`, a bit set), `n` values drawn from `seed` (by SplitMix64: a proptest strategy per
/// value is far slower in a debug build).
fn values_of(seed: u64, n: usize, kinds: u8) -> Vec<f64> {
    let mut state = seed;
    let mut next = || {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    let chosen: Vec<u8> = (0..7).filter(|k| kinds & (1 << k) != 0).collect();
    let chosen = if chosen.is_empty() { vec![1] } else { chosen };
    (0..n)
        .map(|_| {
            let r = next();
            let u = (r >> 11) as f64 / (1u64 << 53) as f64;
            match chosen[(r % chosen.len() as u64) as usize] {
                0 => (r % 20) as f64,
                1 => u * 1e12,
                2 => (u - 0.5) * 2e12,
                3 => 0.0,
                4 => -0.0,
                5 => 1e6 + (r % 8) as f64 * 1.2e-10,
                _ => (u - 0.5) * 2e20,
            }
        })
        .collect()
}

proptest! {
    #![proptest_config(config(8))]
    /// 4. A summary of any values, short or long, has ordered percentiles within them: numpy's
    /// percentiles of the sorted values.
    #[test]
    fn percentiles_of_any_values_are_ordered(
        seed in any::<u64>(),
        // Long enough for the summaries' paths for long columns too.
        n in 1usize..5000,
        kinds in any::<u8>(),
    ) {
        let values = values_of(seed, n, kinds);
        check_summary("values", &Summary::of(&values), &values)?;
    }
}

proptest! {
    #![proptest_config(config(5))]
    /// 5. Horizon totals are the sums of the quarters; parts add up to their totals.
    #[test]
    fn totals_equal_the_sum_of_the_quarters(case in engine_case(MAX_TRIALS)) {
        check_totals(&case, &run_case(&case)?)?;
    }
}

proptest! {
    #![proptest_config(config(6))]
    /// 6. With every production rate at 0 nothing is produced, and people are as before.
    #[test]
    fn with_every_rate_at_zero_nothing_is_produced(
        case in engine_case(MAX_TRIALS),
        ways in [0usize..4, 0usize..4, 0usize..4, 0usize..4, 0usize..4, 0usize..4],
        zero_wins in any::<bool>(),
    ) {
        check_every_rate_at_zero(&case, &ways, zero_wins)?;
    }

    /// 6. One source's rate, or its win rate, at 0 produces, or books, nothing of that source.
    #[test]
    fn a_source_at_zero_produces_nothing(
        case in engine_case(MAX_TRIALS),
        source in 0usize..6,
        way in 0usize..4,
        win_rate in any::<bool>(),
    ) {
        check_one_source_at_zero(&case, Source::ALL[source], way, win_rate)?;
    }
}

proptest! {
    #![proptest_config(config(7))]
    /// 7. Every metric is finite and non-negative, counts are whole, summaries are finite.
    #[test]
    fn every_metric_is_finite(case in engine_case(MAX_TRIALS)) {
        check_finite(&case, &run_case(&case)?)?;
    }
}
