//! Reading and validating scenario and workspace files (MODEL.md, "File shapes" and "Resolved
//! details: Fields and ranges").
//!
//! - `{"schema": 1}` is the scenario of MODEL.md's defaults.
//! - Every out-of-range value, wrong type and unknown key is an error that names its JSON path,
//!   the value and the valid range, and a file reports all of its problems at once.
//! - Distributions, integers, cross-field rules, schema versions, invalid JSON and workspaces.
//! - No input makes the reader panic: a seeded mutation fuzzer over the presets, and truncation.
//! - Every preset round-trips through the full and the compact file forms.
//! - The work estimate rejects runs that are too large, saying what to reduce.

use std::panic::{catch_unwind, AssertUnwindSafe};

use pipesim::engine::{check_work, simulate, work_estimate, RunError, RunSettings};
use pipesim::model::{Dist, FileKind, ModelErrors, Pace, PlanEntry, Scenario, Target, Workspace};
use pipesim::presets::PRESETS;
use serde_json::{json, Value};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// `{"schema": 1}` with the sections of `patch` merged in (deeply).
fn scenario_json(patch: Value) -> String {
    let mut base = json!({ "schema": 1 });
    merge(&mut base, patch);
    base.to_string()
}

fn merge(into: &mut Value, patch: Value) {
    match (into, patch) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in b {
                match a.get_mut(&k) {
                    Some(existing) if existing.is_object() && v.is_object() => merge(existing, v),
                    _ => {
                        a.insert(k, v);
                    }
                }
            }
        }
        (slot, patch) => *slot = patch,
    }
}

/// Parses a scenario that must be valid.
fn valid(patch: Value) -> Scenario {
    let text = scenario_json(patch);
    Scenario::from_json_str(&text)
        .unwrap_or_else(|e| panic!("expected {text} to be valid, got:\n{e}"))
}

/// The problems of a scenario file that must be invalid, each as `path: reason`.
fn problems_of_text(text: &str) -> Vec<String> {
    match Scenario::from_json_str(text) {
        Ok(s) => panic!("expected {text} to be invalid, got {s:?}"),
        Err(e) => lines(&e),
    }
}

/// The problems of `{"schema": 1}` merged with `patch`.
fn problems(patch: Value) -> Vec<String> {
    problems_of_text(&scenario_json(patch))
}

/// The problems of a workspace file that must be invalid.
fn workspace_problems(value: Value) -> Vec<String> {
    match Workspace::from_value(&value) {
        Ok(w) => panic!("expected {value} to be an invalid workspace, got {w:?}"),
        Err(e) => lines(&e),
    }
}

fn lines(errors: &ModelErrors) -> Vec<String> {
    assert!(!errors.is_empty(), "an Err holds at least one problem");
    errors.iter().map(|e| e.to_string()).collect()
}

fn paths(errors: &ModelErrors) -> Vec<String> {
    errors.iter().map(|e| e.path.clone()).collect()
}

/// Asserts that `patch` gives exactly one problem, and that it is `expected`.
fn assert_only_problem(patch: Value, expected: &str) {
    assert_eq!(problems(patch), vec![expected.to_string()]);
}

/// Asserts that `patch` gives exactly one problem, at `path`, and returns its reason.
fn only_problem_at(patch: Value, path: &str) -> String {
    let text = scenario_json(patch);
    let errors = Scenario::from_json_str(&text).expect_err(&text);
    assert_eq!(
        paths(&errors),
        vec![path.to_string()],
        "problems of {text}:\n{errors}"
    );
    errors.0[0].reason_text()
}

fn tri(min: f64, mode: f64, max: f64) -> Dist {
    Dist::Triangular { min, mode, max }
}

/// A small seeded generator (SplitMix64), so the fuzz test needs no extra crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

// ---------------------------------------------------------------------------------------------
// Defaults
// ---------------------------------------------------------------------------------------------

#[test]
fn schema_only_is_the_default_scenario() {
    let s = Scenario::from_json_str(r#"{"schema": 1}"#).expect("{\"schema\": 1} is valid");
    assert_eq!(s, Scenario::default());
}

#[test]
fn defaults_match_model_md() {
    let s = valid(json!({}));
    assert_eq!(s.horizon_months, 24);

    // People (MODEL.md, People: hiring, ramp, skill, attrition).
    let (ae, sdr) = (&s.ae.staffing, &s.sdr.staffing);
    assert_eq!((ae.initial, sdr.initial), (2, 0));
    assert_eq!(
        (ae.initial_tenure_months, sdr.initial_tenure_months),
        (12, 12)
    );
    assert_eq!((ae.plan.clone(), sdr.plan.clone()), (vec![], vec![]));
    assert_eq!((ae.pace, sdr.pace), (None, None));
    assert_eq!((ae.max_headcount, sdr.max_headcount), (50, 20));
    assert_eq!(ae.time_to_fill_months, tri(1.0, 2.0, 4.0));
    assert_eq!(sdr.time_to_fill_months, tri(1.0, 2.0, 4.0));
    assert!(ae.backfill && sdr.backfill);
    assert_eq!(ae.ramp_months, tri(2.0, 5.0, 9.0));
    assert_eq!(sdr.ramp_months, tri(1.0, 3.0, 5.0));
    assert_eq!(ae.annual_attrition, Dist::Fixed(0.30));
    assert_eq!(sdr.annual_attrition, Dist::Fixed(0.35));
    assert_eq!(ae.mis_hire_rate, Dist::Fixed(0.25));
    assert_eq!(sdr.mis_hire_rate, Dist::Fixed(0.20));
    assert_eq!(
        (ae.mis_hire_productivity, sdr.mis_hire_productivity),
        (0.3, 0.3)
    );
    assert_eq!((ae.washout_months, sdr.washout_months), (6, 6));
    assert_eq!(
        (ae.elite_share, sdr.elite_share),
        (Dist::Fixed(0.10), Dist::Fixed(0.10))
    );
    assert_eq!(
        (
            ae.elite_prospecting_multiplier,
            sdr.elite_prospecting_multiplier
        ),
        (2.5, 2.5)
    );
    assert_eq!((ae.ote_per_year, sdr.ote_per_year), (160_000.0, 80_000.0));
    assert_eq!(
        (ae.recruiting_cost, sdr.recruiting_cost),
        (20_000.0, 8_000.0)
    );
    assert_eq!(
        s.ae.win_rate_multiplier,
        Dist::LogNormal { p5: 0.7, p95: 1.4 }
    );

    // AE-only and SDR-only fields.
    assert_eq!(s.ae.quota_per_year, 600_000.0);
    assert_eq!(s.ae.selling_hours_per_month, 140.0);
    assert_eq!((s.ae.outbound_share, s.ae.admin_share), (0.35, 0.15));
    assert_eq!(s.ae.hours_per_sourced_opp, tri(12.0, 20.0, 35.0));
    assert_eq!(s.ae.hours_per_active_opp, 6.0);
    assert_eq!(s.ae.overload_win_multiplier, 0.5);
    assert_eq!(s.ae.orphan_loss, 0.3);
    assert_eq!(s.sdr.meetings_per_month, tri(8.0, 12.0, 16.0));
    assert_eq!(s.sdr.meeting_to_opp, Dist::Fixed(0.5));

    // Founder and leader.
    assert_eq!(s.founder.sells_until_month, Some(12));
    assert_eq!(
        (
            s.founder.hours_per_month,
            s.founder.outbound_share,
            s.founder.prospecting_multiplier
        ),
        (60.0, 0.5, 1.5)
    );
    let l = &s.leader;
    assert_eq!(l.hire_month, None);
    assert_eq!(
        (l.hiring_pace_multiplier, l.time_to_fill_multiplier),
        (2.0, 0.8)
    );
    assert!(l.enforce_outbound);
    assert_eq!(
        (l.failure_rate, l.departure_attrition_multiplier),
        (0.5, 1.5)
    );
    assert_eq!((l.ote_per_year, l.recruiting_cost), (300_000.0, 60_000.0));

    // Coaching and playbook.
    let c = &s.coaching;
    assert_eq!(
        (c.coaches, c.trainees_per_coach, c.washout_months),
        (0, 4, 3)
    );
    assert_eq!((c.coach_time_share, c.ramp_multiplier), (0.3, 0.7));
    let p = &s.playbook;
    assert_eq!(
        (p.initial, p.learning_per_founder_month, p.learning_per_win),
        (0.6, 0.08, 0.005)
    );

    // Inbound, deals, win rates, expansion.
    assert_eq!(s.inbound.opps_per_month, tri(2.0, 4.0, 8.0));
    assert_eq!(s.inbound.monthly_growth, 0.02);
    assert_eq!(
        s.deals.size,
        Dist::LogNormal {
            p5: 10_000.0,
            p95: 100_000.0
        }
    );
    assert_eq!(s.deals.cycle_months, Dist::LogNormal { p5: 1.0, p95: 6.0 });
    assert_eq!(s.deals.expansion_size_multiplier, 0.5);
    let w = &s.win_rates;
    assert_eq!(
        [w.founder, w.outbound, w.sdr, w.inbound, w.expansion, w.pool],
        [0.30, 0.20, 0.15, 0.25, 0.35, 0.10].map(Dist::Fixed)
    );
    assert_eq!(s.expansion.opps_per_customer_per_year, 0.3);

    // Switches and their mechanisms.
    assert!(!s.pool.enabled);
    assert_eq!(
        (
            s.pool.cooldown_months,
            s.pool.junior_tenure_months,
            s.pool.recontact_rate
        ),
        (6, 12, 0.05)
    );
    assert!(!s.drift.enabled);
    assert_eq!(
        (s.drift.after_months, s.drift.monthly_decay, s.drift.floor),
        (18, 0.08, 0.2)
    );
    assert!(!s.ai.enabled);
    assert_eq!(
        (
            s.ai.start_month,
            s.ai.full_effect_month,
            s.ai.prep_reduction
        ),
        (6, 18, 0.3)
    );
    assert!(!s.morale.enabled);
    assert_eq!(
        (s.morale.threshold, s.morale.attrition_multiplier),
        (0.5, 1.5)
    );
    assert!(!s.policies.enforce_outbound);
    assert_eq!(s.targets.bookings_per_quarter, Target::None);
    assert_eq!(s.quarter_targets(), None);
}

#[test]
fn compact_form_of_the_defaults_is_schema_only() {
    assert_eq!(
        Scenario::default().to_compact_value(),
        json!({ "schema": 1 })
    );
}

#[test]
fn null_sections_and_null_optional_months_mean_the_defaults_or_never() {
    let s = valid(
        json!({ "ae": null, "founder": { "sells_until_month": null }, "leader": { "hire_month": null } }),
    );
    assert_eq!(s.ae, Scenario::default().ae);
    assert_eq!(
        s.founder.sells_until_month, None,
        "null: the founder sells throughout"
    );
    assert_eq!(s.leader.hire_month, None);
}

// ---------------------------------------------------------------------------------------------
// Out-of-range values
// ---------------------------------------------------------------------------------------------

#[test]
fn outbound_share_above_its_range_gives_the_documented_message() {
    assert_only_problem(
        json!({ "ae": { "outbound_share": 1.2 } }),
        "ae.outbound_share: 1.2 is outside 0 to 0.9",
    );
}

#[test]
fn every_out_of_range_value_names_path_value_and_range() {
    let cases: &[(Value, &str)] = &[
        (
            json!({ "horizon_months": 61 }),
            "horizon_months: 61 is outside 3 to 60",
        ),
        (
            json!({ "horizon_months": 0 }),
            "horizon_months: 0 is outside 3 to 60",
        ),
        (
            json!({ "ae": { "initial": -1 } }),
            "ae.initial: -1 is outside 0 to 100000",
        ),
        (
            json!({ "sdr": { "max_headcount": 100001 } }),
            "sdr.max_headcount: 100001 is outside 0 to 100000",
        ),
        (
            json!({ "ae": { "admin_share": -0.1 } }),
            "ae.admin_share: -0.1 is outside 0 to 0.9",
        ),
        (
            json!({ "ae": { "annual_attrition": 1.5 } }),
            "ae.annual_attrition: 1.5 is outside 0 to 1",
        ),
        (
            json!({ "sdr": { "mis_hire_rate": -0.2 } }),
            "sdr.mis_hire_rate: -0.2 is outside 0 to 1",
        ),
        (
            json!({ "ae": { "mis_hire_productivity": 1.5 } }),
            "ae.mis_hire_productivity: 1.5 is outside 0 to 1",
        ),
        (
            json!({ "ae": { "hours_per_sourced_opp": 0.05 } }),
            "ae.hours_per_sourced_opp: 0.05 is outside 0.1 to 10000",
        ),
        (
            json!({ "ae": { "selling_hours_per_month": 800 } }),
            "ae.selling_hours_per_month: 800 is outside 0 to 744",
        ),
        (
            json!({ "ae": { "ote_per_year": -1 } }),
            "ae.ote_per_year: -1 is outside 0 to 1000000000000",
        ),
        (
            json!({ "ae": { "win_rate_multiplier": 101 } }),
            "ae.win_rate_multiplier: 101 is outside 0 to 100",
        ),
        (
            json!({ "sdr": { "meeting_to_opp": 1.5 } }),
            "sdr.meeting_to_opp: 1.5 is outside 0 to 1",
        ),
        (
            json!({ "founder": { "sells_until_month": -1 } }),
            "founder.sells_until_month: -1 is outside 0 to 1000",
        ),
        (
            json!({ "founder": { "outbound_share": 2 } }),
            "founder.outbound_share: 2 is outside 0 to 1",
        ),
        (
            json!({ "leader": { "hiring_pace_multiplier": -2 } }),
            "leader.hiring_pace_multiplier: -2 is outside 0 to 100",
        ),
        (
            json!({ "leader": { "failure_rate": 1.01 } }),
            "leader.failure_rate: 1.01 is outside 0 to 1",
        ),
        (
            json!({ "coaching": { "coaches": -1 } }),
            "coaching.coaches: -1 is outside 0 to 100000",
        ),
        (
            json!({ "coaching": { "coach_time_share": 1.1 } }),
            "coaching.coach_time_share: 1.1 is outside 0 to 1",
        ),
        (
            json!({ "playbook": { "learning_per_win": 2 } }),
            "playbook.learning_per_win: 2 is outside 0 to 1",
        ),
        (
            json!({ "inbound": { "monthly_growth": 1.5 } }),
            "inbound.monthly_growth: 1.5 is outside 0 to 1",
        ),
        (
            json!({ "inbound": { "opps_per_month": -3 } }),
            "inbound.opps_per_month: -3 is outside 0 to 100000",
        ),
        (
            json!({ "deals": { "expansion_size_multiplier": 101 } }),
            "deals.expansion_size_multiplier: 101 is outside 0 to 100",
        ),
        (
            json!({ "deals": { "cycle_months": 121 } }),
            "deals.cycle_months: 121 is outside 0 to 120",
        ),
        (
            json!({ "win_rates": { "founder": 1.1 } }),
            "win_rates.founder: 1.1 is outside 0 to 1",
        ),
        (
            json!({ "win_rates": { "pool": -0.1 } }),
            "win_rates.pool: -0.1 is outside 0 to 1",
        ),
        (
            json!({ "expansion": { "opps_per_customer_per_year": -0.1 } }),
            "expansion.opps_per_customer_per_year: -0.1 is outside 0 to 1000",
        ),
        (
            json!({ "pool": { "recontact_rate": 2 } }),
            "pool.recontact_rate: 2 is outside 0 to 1",
        ),
        (
            json!({ "pool": { "cooldown_months": 1001 } }),
            "pool.cooldown_months: 1001 is outside 0 to 1000",
        ),
        (
            json!({ "drift": { "floor": -0.5 } }),
            "drift.floor: -0.5 is outside 0 to 1",
        ),
        (
            json!({ "drift": { "after_months": -1 } }),
            "drift.after_months: -1 is outside 0 to 1000",
        ),
        (
            json!({ "ai": { "start_month": 1001 } }),
            "ai.start_month: 1001 is outside 0 to 1000",
        ),
        (
            json!({ "morale": { "threshold": -0.5 } }),
            "morale.threshold: -0.5 is below the minimum of 0",
        ),
        (
            json!({ "morale": { "attrition_multiplier": -1 } }),
            "morale.attrition_multiplier: -1 is outside 0 to 100",
        ),
        (
            json!({ "targets": { "bookings_per_quarter": -5 } }),
            "targets.bookings_per_quarter: -5 is outside 0 to 1000000000000",
        ),
        (
            json!({ "targets": { "bookings_per_quarter": [1, 2, 3, -4, 5, 6, 7, 8] } }),
            "targets.bookings_per_quarter[3]: -4 is outside 0 to 1000000000000",
        ),
        (
            json!({ "ae": { "plan": [{ "month": 3, "count": 10001 }] } }),
            "ae.plan[0].count: 10001 is outside 0 to 10000",
        ),
        (
            json!({ "ae": { "plan": [{ "month": 1001, "count": 1 }] } }),
            "ae.plan[0].month: 1001 is outside 0 to 1000",
        ),
        (
            json!({ "sdr": { "pace": { "per_quarter": -1 } } }),
            "sdr.pace.per_quarter: -1 is outside 0 to 10000",
        ),
        (
            json!({ "sdr": { "pace": { "per_quarter": 1, "to_month": 1001 } } }),
            "sdr.pace.to_month: 1001 is outside 0 to 1000",
        ),
    ];
    for (patch, expected) in cases {
        assert_eq!(
            problems(patch.clone()),
            vec![expected.to_string()],
            "patch {patch}"
        );
    }
}

#[test]
fn open_interval_bounds_are_enforced_and_named() {
    // playbook.initial is in (0, 1], hours_per_active_opp > 0, ai.prep_reduction in [0, 1).
    let reason = only_problem_at(json!({ "playbook": { "initial": 0 } }), "playbook.initial");
    assert_eq!(reason, "0 is outside 0 to 1 (0 itself excluded)");
    valid(json!({ "playbook": { "initial": 1 } }));

    let reason = only_problem_at(
        json!({ "ae": { "hours_per_active_opp": 0 } }),
        "ae.hours_per_active_opp",
    );
    assert_eq!(reason, "0 is outside 0 to 744 (0 itself excluded)");
    valid(json!({ "ae": { "hours_per_active_opp": 0.01 } }));

    let reason = only_problem_at(
        json!({ "ai": { "prep_reduction": 1 } }),
        "ai.prep_reduction",
    );
    assert_eq!(reason, "1 is outside 0 to 1 (1 itself excluded)");
    valid(json!({ "ai": { "prep_reduction": 0 } }));
}

#[test]
fn values_at_the_edges_of_their_ranges_are_valid() {
    valid(json!({
        "horizon_months": 60,
        "ae": { "initial": 0, "max_headcount": 100000, "annual_attrition": 1, "hours_per_sourced_opp": 0.1, "outbound_share": 0.9, "admin_share": 0 },
        "sdr": { "annual_attrition": 0, "meeting_to_opp": 1 },
        "win_rates": { "founder": 0, "pool": 1 },
        "founder": { "sells_until_month": 0 },
        "leader": { "hire_month": 1000 },
        "coaching": { "coaches": 0 },
        "inbound": { "monthly_growth": 1 },
    }));
    valid(json!({ "horizon_months": 3 }));
}

/// MODEL.md allows any morale threshold ≥ 0. The engine only compares attainment with it, so
/// one above every attainment a trial reaches means morale is low whenever there is quota: a
/// threshold of 11 or of 10^300 gives the same bits, and more departures than none at all.
#[test]
fn any_morale_threshold_of_0_or_more_is_valid_and_runs() {
    let settings = RunSettings {
        trials: 60,
        seed: 4,
        threads: 1,
    };
    let run = |threshold: f64| {
        let s = valid(json!({ "morale": { "enabled": true, "threshold": threshold } }));
        assert_eq!(s.morale.threshold, threshold);
        simulate(&s, &settings).expect("a run")
    };
    let (eleven, huge, zero) = (run(11.0), run(1e300), run(0.0));
    assert_eq!(eleven.digest(), huge.digest());
    let departures = |r: &pipesim::engine::Run| {
        let metric = pipesim::engine::outputs::MetricId::DEPARTURES_TOTAL.metric();
        (0..r.trials())
            .map(|t| r.horizon_value(t, &metric))
            .sum::<f64>()
    };
    assert!(
        departures(&huge) > departures(&zero),
        "morale always low raises attrition"
    );
    let edited = pipesim::editor::set_field(
        &Scenario::default(),
        "morale.threshold",
        pipesim::editor::FieldValue::Number(25.0),
    )
    .expect("the editor takes a threshold above 10");
    assert_eq!(edited.morale.threshold, 25.0);
}

#[test]
fn huge_numbers_are_rejected_with_their_path() {
    let reason = only_problem_at(
        json!({ "ae": { "outbound_share": 1e308 } }),
        "ae.outbound_share",
    );
    assert!(reason.contains("is outside 0 to 0.9"), "{reason}");
    let reason = only_problem_at(json!({ "deals": { "size": -1e308 } }), "deals.size");
    assert!(reason.contains("is outside 0 to"), "{reason}");
    let reason = only_problem_at(json!({ "sdr": { "initial": u64::MAX } }), "sdr.initial");
    assert!(reason.contains("is outside 0 to 100000"), "{reason}");
    let reason = only_problem_at(
        json!({ "ae": { "plan": [{ "month": 0, "count": i64::MIN }] } }),
        "ae.plan[0].count",
    );
    assert!(reason.contains("is outside 0 to 10000"), "{reason}");
}

#[test]
fn huge_numbers_are_shown_briefly_in_messages() {
    let reason = only_problem_at(
        json!({ "ae": { "outbound_share": 1e308 } }),
        "ae.outbound_share",
    );
    assert!(
        reason.len() < 80,
        "message is {} characters long: {reason}",
        reason.len()
    );
    assert!(reason.starts_with("1e308 is outside"), "{reason}");
}

#[test]
fn a_billion_aes_is_rejected() {
    assert_only_problem(
        json!({ "ae": { "initial": 1_000_000_000u64 } }),
        "ae.initial: 1000000000 is outside 0 to 100000",
    );
    assert_only_problem(
        json!({ "ae": { "initial": 1e9 } }),
        "ae.initial: 1000000000 is outside 0 to 100000",
    );
}

#[test]
fn numbers_beyond_f64_name_their_field_and_position() {
    let errors = problems_of_text(r#"{"schema": 1, "ae": {"initial": 1e400}}"#);
    assert_eq!(
        errors,
        ["ae.initial: is a number too large to read (beyond ±1.8e308), at line 1, column 37"]
    );
    // A workspace's run settings, and an integer of 400 digits, which is no double either; the
    // column counts bytes (six Chinese characters are 18), as serde_json counts them.
    let text = format!(
        "{{\n  \"schema\": 1,\n  \"scenarios\": [{{\"schema\": 1}}],\n  \"run\": {{\"seed\": \"東京東京東京\", \"trials\": 1{}}}\n}}",
        "0".repeat(400)
    );
    let errors = FileKind::from_json_str(&text).unwrap_err();
    assert_eq!(paths(&errors), ["run.trials"]);
    assert_eq!(
        errors.to_string(),
        "run.trials: is a number too large to read (beyond ±1.8e308), at line 4, column 451"
    );
    let text = r#"{"schema": 1, "scenarios": [{"schema": 1}, {"schema": 1, "ae": {"quota": {"lognormal": [1, -1e999]}}}]}"#;
    let errors = FileKind::from_json_str(text).unwrap_err();
    assert_eq!(paths(&errors), ["scenarios[1].ae.quota.lognormal[1]"]);
    // Nothing to name at the top level: the position alone, as before.
    let errors = FileKind::from_json_str("1e400").unwrap_err();
    assert_eq!(
        errors.to_string(),
        "not valid JSON: number out of range at line 1, column 5"
    );
}

// ---------------------------------------------------------------------------------------------
// Every problem at once
// ---------------------------------------------------------------------------------------------

#[test]
fn five_different_problems_give_five_errors_each_with_its_path() {
    let text = scenario_json(json!({
        "ae": { "outbound_share": 1.2 },
        "sdr": { "initial": -3 },
        "founder": { "hours_per_month": "sixty" },
        "leader": { "hire_mnth": 3 },
        "deals": { "size": { "triangular": [3, 2, 1] } },
    }));
    let errors = Scenario::from_json_str(&text).expect_err("five problems");
    let mut got = paths(&errors);
    got.sort();
    assert_eq!(
        got,
        [
            "ae.outbound_share",
            "deals.size.triangular(mode)",
            "founder.hours_per_month",
            "leader.hire_mnth",
            "sdr.initial"
        ],
        "problems:\n{errors}"
    );
    let text = errors.to_string();
    assert_eq!(text.lines().count(), 5, "one line per problem:\n{text}");
    assert!(text.contains("ae.outbound_share: 1.2 is outside 0 to 0.9"));
    assert!(text.contains("sdr.initial: -3 is outside 0 to 100000"));
    assert!(text.contains("founder.hours_per_month: expected a number, got the text \"sixty\""));
    assert!(text.contains("leader.hire_mnth: unknown key; did you mean \"hire_month\"?"));
}

#[test]
fn problems_in_the_same_section_are_all_reported() {
    let errors = problems(json!({ "ae": {
        "initial": -1, "max_headcount": 0.5, "annual_attrition": 2, "outbound_share": "most", "backfill": "yes", "typo_field": 1
    }}));
    assert_eq!(errors.len(), 6, "{errors:#?}");
}

#[test]
fn cross_field_problems_are_reported_alongside_field_problems() {
    // horizon_months 7 is wrong on its own, whatever else is wrong with the file.
    let text = scenario_json(
        json!({ "horizon_months": 7, "ae": { "initial": -1 }, "ai": { "start_month": 9, "full_effect_month": 3 } }),
    );
    let errors = Scenario::from_json_str(&text).expect_err("three problems");
    let mut got = paths(&errors);
    got.sort();
    assert_eq!(
        got,
        ["ae.initial", "ai.full_effect_month", "horizon_months"],
        "problems:\n{errors}"
    );
}

// ---------------------------------------------------------------------------------------------
// Unknown keys
// ---------------------------------------------------------------------------------------------

#[test]
fn unknown_keys_are_errors_at_every_level_with_a_suggestion() {
    let cases: &[(Value, &str)] = &[
        (
            json!({ "horizon_month": 24 }),
            "horizon_month: unknown key; did you mean \"horizon_months\"?",
        ),
        (
            json!({ "ae": { "outbund_share": 0.3 } }),
            "ae.outbund_share: unknown key; did you mean \"outbound_share\"?",
        ),
        (
            json!({ "sdr": { "meetings_per_mont": 10 } }),
            "sdr.meetings_per_mont: unknown key; did you mean \"meetings_per_month\"?",
        ),
        (
            json!({ "win_rates": { "inbond": 0.2 } }),
            "win_rates.inbond: unknown key; did you mean \"inbound\"?",
        ),
        (
            // A tie in edit distance ("ae" is 2 away too) goes to the name of the same length.
            json!({ "nmae": "x" }),
            "nmae: unknown key; did you mean \"name\"?",
        ),
        (
            json!({ "drift": { "enabeld": true } }),
            "drift.enabeld: unknown key; did you mean \"enabled\"?",
        ),
        (
            json!({ "targets": { "bookings_per_quartr": 1 } }),
            "targets.bookings_per_quartr: unknown key; did you mean \"bookings_per_quarter\"?",
        ),
        (
            json!({ "ae": { "plan": [{ "month": 3, "count": 1, "cout": 2 }] } }),
            "ae.plan[0].cout: unknown key; did you mean \"count\"?",
        ),
        (
            json!({ "ae": { "pace": { "per_quarter": 1, "form_month": 2 } } }),
            "ae.pace.form_month: unknown key; did you mean \"from_month\"?",
        ),
        (json!({ "zzzzzz": 1 }), "zzzzzz: unknown key"),
        (
            json!({ "policies": { "quux": { "deep": [1] } } }),
            "policies.quux: unknown key",
        ),
    ];
    for (patch, expected) in cases {
        assert_eq!(
            problems(patch.clone()),
            vec![expected.to_string()],
            "patch {patch}"
        );
    }
}

#[test]
fn plan_and_pace_entries_report_unknown_and_missing_keys() {
    let errors = problems(
        json!({ "ae": { "plan": [{ "mnth": 1, "count": 1 }], "pace": { "per_quartr": 1 } } }),
    );
    assert_eq!(
        errors,
        [
            "ae.plan[0].mnth: unknown key; did you mean \"month\"?",
            "ae.plan[0].month: is missing",
            "ae.pace.per_quartr: unknown key; did you mean \"per_quarter\"?",
            "ae.pace.per_quarter: is missing",
        ]
    );
}

#[test]
fn a_distribution_with_an_extra_key_is_an_error_at_its_path() {
    let errors =
        problems(json!({ "ae": { "ramp_months": { "triangular": [1, 2, 3], "level": "rep" } } }));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("ae.ramp_months"), "{errors:?}");
}

#[test]
fn a_distribution_with_an_extra_key_names_that_key() {
    let errors =
        problems(json!({ "ae": { "ramp_months": { "triangular": [1, 2, 3], "level": "rep" } } }));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("ae.ramp_months.level: unknown key"),
        "{errors:?}"
    );
}

#[test]
fn workspace_unknown_keys_carry_the_scenario_index_and_a_suggestion() {
    let errors = workspace_problems(json!({
        "schema": 1,
        "scenarios": [{ "schema": 1 }, { "schema": 1, "ae": { "outbund_share": 0.3 } }],
        "baselin": 0,
        "run": { "trails": 10 },
    }));
    assert_eq!(
        errors,
        [
            "baselin: unknown key; did you mean \"baseline\"?",
            "scenarios[1].ae.outbund_share: unknown key; did you mean \"outbound_share\"?",
            "run.trails: unknown key; did you mean \"trials\"?",
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Wrong types
// ---------------------------------------------------------------------------------------------

#[test]
fn wrong_types_are_errors_that_say_what_was_expected() {
    let cases: &[(Value, &str)] = &[
        (json!({ "ae": { "outbound_share": "0.3" } }), "ae.outbound_share: expected a number, got the text \"0.3\""),
        (json!({ "ae": { "outbound_share": null } }), "ae.outbound_share: expected a number, got null"),
        (json!({ "ae": { "initial": "2" } }), "ae.initial: expected a whole number, got the text \"2\""),
        (json!({ "ae": { "initial": true } }), "ae.initial: expected a whole number, got true"),
        (json!({ "ae": { "backfill": 1 } }), "ae.backfill: expected true or false, got 1"),
        (json!({ "drift": { "enabled": "yes" } }), "drift.enabled: expected true or false, got the text \"yes\""),
        (json!({ "name": 5 }), "name: expected a text, got 5"),
        (json!({ "ae": 5 }), "ae: expected an object, got 5"),
        (json!({ "ae": [1, 2] }), "ae: expected an object, got a list"),
        (json!({ "leader": { "hire_month": "now" } }), "leader.hire_month: expected a whole number, got the text \"now\""),
        (json!({ "ae": { "plan": { "month": 1, "count": 1 } } }), "ae.plan: expected a list such as [{\"month\": 3, \"count\": 2}], got an object"),
        (json!({ "ae": { "plan": [3] } }), "ae.plan[0]: expected an object, got 3"),
        (json!({ "ae": { "pace": 3 } }), "ae.pace: expected an object, got 3"),
        (json!({ "targets": { "bookings_per_quarter": "lots" } }), "targets.bookings_per_quarter: expected null, a number or a list of numbers, got the text \"lots\""),
        (json!({ "targets": { "bookings_per_quarter": [1, 2, 3, "x", 5, 6, 7, 8] } }), "targets.bookings_per_quarter[3]: expected a number, got the text \"x\""),
    ];
    for (patch, expected) in cases {
        assert_eq!(
            problems(patch.clone()),
            vec![expected.to_string()],
            "patch {patch}"
        );
    }
    let reason = only_problem_at(json!({ "ae": { "ramp_months": "five" } }), "ae.ramp_months");
    assert!(
        reason.starts_with("expected a number or an object such as {\"triangular\""),
        "{reason}"
    );
}

#[test]
fn over_long_texts_and_bad_month_labels_are_errors() {
    let reason = only_problem_at(json!({ "name": "n".repeat(201) }), "name");
    assert_eq!(reason, "is 201 characters long; the most is 200");
    only_problem_at(json!({ "currency": "DOLLARS-OF-THE-REALM" }), "currency");
    only_problem_at(json!({ "start_month": "2027-13" }), "start_month");
    only_problem_at(json!({ "start_month": "Jan 27" }), "start_month");
    assert_eq!(
        valid(json!({ "start_month": "2026-11" })).start_year_month(),
        (2026, 11)
    );
}

// ---------------------------------------------------------------------------------------------
// Schema versions and the shape of the file
// ---------------------------------------------------------------------------------------------

#[test]
fn schema_missing_newer_or_invalid_is_an_error() {
    let missing = problems_of_text(r#"{"horizon_months": 24}"#);
    assert_eq!(
        missing,
        ["schema: is missing; a Pipesim file starts with \"schema\": 1"]
    );

    let newer = problems_of_text(r#"{"schema": 2}"#);
    assert_eq!(newer.len(), 1);
    assert!(
        newer[0].starts_with("schema: 2: ") && newer[0].contains("newer version"),
        "{newer:?}"
    );

    assert_eq!(
        problems_of_text(r#"{"schema": 0}"#),
        ["schema: expected 1, got 0"]
    );
    assert_eq!(
        problems_of_text(r#"{"schema": -1}"#),
        ["schema: expected 1, got -1"]
    );
    assert_eq!(
        problems_of_text(r#"{"schema": "1"}"#),
        ["schema: expected 1, got the text \"1\""]
    );
    assert_eq!(
        problems_of_text(r#"{"schema": null}"#),
        ["schema: expected 1, got null"]
    );
}

#[test]
fn a_workspace_from_a_newer_version_is_an_error() {
    let errors = workspace_problems(json!({ "schema": 2, "scenarios": [{ "schema": 1 }] }));
    assert!(
        errors.len() == 1 && errors[0].contains("newer version"),
        "{errors:?}"
    );
    let errors = workspace_problems(json!({ "schema": 1, "scenarios": [{ "schema": 2 }] }));
    assert!(
        errors.len() == 1
            && errors[0].starts_with("scenarios[0].schema: 2: ")
            && errors[0].contains("newer version"),
        "{errors:?}"
    );
    let errors = workspace_problems(json!({ "schema": 1, "scenarios": [{ "name": "no schema" }] }));
    assert_eq!(
        errors,
        ["scenarios[0].schema: is missing; a Pipesim file starts with \"schema\": 1"]
    );
}

#[test]
fn invalid_json_names_line_and_column() {
    let text = "{\n  \"schema\": 1,\n  \"ae\": { \"initial\": 3, }\n}";
    let errors = problems_of_text(text);
    assert_eq!(errors.len(), 1);
    assert!(errors[0].starts_with("not valid JSON: "), "{errors:?}");
    assert!(errors[0].contains("at line 3, column"), "{errors:?}");

    for text in [
        "",
        "{",
        "{\"schema\": 1",
        "{\"schema\": 1,}",
        "nul",
        "{\"schema\": 1} trailing",
    ] {
        let errors = problems_of_text(text);
        assert!(
            errors.len() == 1 && errors[0].contains("line") && errors[0].contains("column"),
            "{text:?}: {errors:?}"
        );
        let file = FileKind::from_json_str(text).expect_err(text);
        assert!(
            file.to_string().starts_with("not valid JSON"),
            "{text:?}: {file}"
        );
    }
}

#[test]
fn a_top_level_that_is_not_an_object_is_an_error() {
    for text in [
        "[]",
        "[{\"schema\": 1}]",
        "1",
        "\"scenario\"",
        "null",
        "true",
    ] {
        let scenario = problems_of_text(text);
        assert!(
            scenario.len() == 1 && scenario[0].starts_with("expected a scenario object, got"),
            "{text}: {scenario:?}"
        );
        let file = FileKind::from_json_str(text).expect_err(text);
        assert!(
            file.to_string()
                .starts_with("expected a Pipesim scenario or workspace object"),
            "{text}: {file}"
        );
        let workspace = Workspace::from_json_str(text).expect_err(text);
        assert!(
            workspace
                .to_string()
                .starts_with("expected a workspace object"),
            "{text}: {workspace}"
        );
    }
}

#[test]
fn a_file_with_scenarios_is_read_as_a_workspace() {
    assert!(matches!(
        FileKind::from_json_str(r#"{"schema": 1}"#),
        Ok(FileKind::Scenario(_))
    ));
    let file = FileKind::from_json_str(r#"{"schema": 1, "scenarios": [{"schema": 1}]}"#)
        .expect("a valid workspace");
    assert!(matches!(file, FileKind::Workspace(_)));
    let single = FileKind::from_json_str(r#"{"schema": 1, "name": "x"}"#)
        .unwrap()
        .into_workspace();
    assert_eq!(
        (
            single.scenarios.len(),
            single.baseline,
            single.run.trials,
            single.run.seed
        ),
        (1, 0, 2000, 1)
    );
}

// ---------------------------------------------------------------------------------------------
// Distributions
// ---------------------------------------------------------------------------------------------

#[test]
fn every_distribution_form_is_accepted() {
    let s = valid(json!({
        "ae": {
            "ramp_months": 4,
            "time_to_fill_months": { "uniform": [1, 3] },
            "hours_per_sourced_opp": { "triangular": [10, 20, 30] },
            "annual_attrition": { "pert": [0.1, 0.3, 0.5] },
            "win_rate_multiplier": { "normal": [1, 0.2] },
        },
        "deals": { "size": { "lognormal": [5000, 50000] } },
        "win_rates": { "inbound": { "triangular": [0.1, 0.2, 0.3] } },
    }));
    assert_eq!(s.ae.staffing.ramp_months, Dist::Fixed(4.0));
    assert_eq!(
        s.ae.staffing.time_to_fill_months,
        Dist::Uniform { lo: 1.0, hi: 3.0 }
    );
    assert_eq!(s.ae.hours_per_sourced_opp, tri(10.0, 20.0, 30.0));
    assert_eq!(
        s.ae.staffing.annual_attrition,
        Dist::Pert {
            min: 0.1,
            mode: 0.3,
            max: 0.5
        }
    );
    assert_eq!(
        s.ae.win_rate_multiplier,
        Dist::Normal { mean: 1.0, sd: 0.2 }
    );
    assert_eq!(
        s.deals.size,
        Dist::LogNormal {
            p5: 5000.0,
            p95: 50000.0
        }
    );
    assert_eq!(s.win_rates.inbound, tri(0.1, 0.2, 0.3));
}

#[test]
fn degenerate_but_valid_distributions_are_accepted() {
    valid(json!({ "ae": {
        "ramp_months": { "uniform": [3, 3] },
        "time_to_fill_months": { "triangular": [2, 2, 2] },
        "annual_attrition": { "pert": [0.3, 0.3, 0.3] },
        "win_rate_multiplier": { "normal": [1, 0] },
    }}));
    // The sd of a normal is not bounded by the field's range; only the mean is.
    valid(json!({ "sdr": { "meeting_to_opp": { "normal": [0.5, 3] } } }));
}

#[test]
fn malformed_distributions_are_errors_at_their_path() {
    let cases: &[(Value, &str)] = &[
        (json!({ "ae": { "ramp_months": { "triangular": [1, 2] } } }), "ae.ramp_months.triangular: expected a list of 3 numbers [min, mode, max], got a list"),
        (json!({ "ae": { "ramp_months": { "uniform": [1, 2, 3] } } }), "ae.ramp_months.uniform: expected a list of 2 numbers [lo, hi], got a list"),
        (json!({ "ae": { "ramp_months": { "normal": 3 } } }), "ae.ramp_months.normal: expected a list of 2 numbers [mean, sd], got 3"),
        (json!({ "ae": { "ramp_months": { "pert": [1, "2", 3] } } }), "ae.ramp_months.pert: expected a list of 3 numbers [min, mode, max], got a list"),
        (json!({ "ae": { "ramp_months": { "beta": [1, 2] } } }), "ae.ramp_months.beta: unknown distribution; use a number or one of uniform, triangular, pert, normal, lognormal"),
        (json!({ "ae": { "ramp_months": { "fixed": [3] } } }), "ae.ramp_months.fixed: unknown distribution; use a number or one of uniform, triangular, pert, normal, lognormal"),
        (json!({ "ae": { "ramp_months": { "uniform": [5, 1] } } }), "ae.ramp_months.uniform(lo): lo 5 is above hi 1"),
        (json!({ "ae": { "ramp_months": { "triangular": [5, 3, 1] } } }), "ae.ramp_months.triangular(mode): needs min ≤ mode ≤ max, got 5, 3, 1"),
        (json!({ "ae": { "ramp_months": { "triangular": [1, 10, 5] } } }), "ae.ramp_months.triangular(mode): needs min ≤ mode ≤ max, got 1, 10, 5"),
        (json!({ "ae": { "ramp_months": { "pert": [1, 0.5, 5] } } }), "ae.ramp_months.pert(mode): needs min ≤ mode ≤ max, got 1, 0.5, 5"),
        (json!({ "deals": { "size": { "lognormal": [0, 100] } } }), "deals.size.lognormal(p5): needs 0 < p5 < p95, got 0 and 100"),
        (json!({ "deals": { "size": { "lognormal": [100, 100] } } }), "deals.size.lognormal(p5): needs 0 < p5 < p95, got 100 and 100"),
        (json!({ "deals": { "size": { "lognormal": [200, 100] } } }), "deals.size.lognormal(p5): needs 0 < p5 < p95, got 200 and 100"),
        (json!({ "deals": { "size": { "normal": [100, -1] } } }), "deals.size.normal(sd): -1 is negative; sd must be 0 or more"),
    ];
    for (patch, expected) in cases {
        assert_eq!(
            problems(patch.clone()),
            vec![expected.to_string()],
            "patch {patch}"
        );
    }
    let reason = only_problem_at(json!({ "ae": { "ramp_months": {} } }), "ae.ramp_months");
    assert!(
        reason.starts_with("expected a number or an object"),
        "{reason}"
    );
    let reason = only_problem_at(
        json!({ "ae": { "ramp_months": { "uniform": [1, 2], "normal": [1, 1] } } }),
        "ae.ramp_months",
    );
    assert!(
        reason.starts_with("a distribution names exactly one form"),
        "{reason}"
    );
}

#[test]
fn distribution_parameters_must_lie_in_the_fields_range() {
    let cases: &[(Value, &str)] = &[
        (
            json!({ "ae": { "ramp_months": { "triangular": [1, 2, 100] } } }),
            "ae.ramp_months.triangular(max): 100 is outside 0 to 60",
        ),
        (
            json!({ "ae": { "annual_attrition": { "uniform": [-0.1, 0.5] } } }),
            "ae.annual_attrition.uniform(lo): -0.1 is outside 0 to 1",
        ),
        (
            json!({ "ae": { "annual_attrition": { "pert": [0.1, 0.3, 1.2] } } }),
            "ae.annual_attrition.pert(max): 1.2 is outside 0 to 1",
        ),
        (
            json!({ "win_rates": { "sdr": { "normal": [1.5, 0.1] } } }),
            "win_rates.sdr.normal(mean): 1.5 is outside 0 to 1",
        ),
        (
            json!({ "win_rates": { "sdr": { "lognormal": [0.1, 2] } } }),
            "win_rates.sdr.lognormal(p95): 2 is outside 0 to 1",
        ),
        (
            json!({ "ae": { "hours_per_sourced_opp": { "triangular": [0, 20, 30] } } }),
            "ae.hours_per_sourced_opp.triangular(min): 0 is outside 0.1 to 10000",
        ),
        (
            json!({ "deals": { "cycle_months": { "lognormal": [1, 200] } } }),
            "deals.cycle_months.lognormal(p95): 200 is outside 0 to 120",
        ),
    ];
    for (patch, expected) in cases {
        assert_eq!(
            problems(patch.clone()),
            vec![expected.to_string()],
            "patch {patch}"
        );
    }
    // Every parameter outside the range is reported, not just the first.
    let errors = problems(json!({ "ae": { "annual_attrition": { "triangular": [-1, 2, 3] } } }));
    assert_eq!(
        errors,
        [
            "ae.annual_attrition.triangular(min): -1 is outside 0 to 1",
            "ae.annual_attrition.triangular(mode): 2 is outside 0 to 1",
            "ae.annual_attrition.triangular(max): 3 is outside 0 to 1",
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Integers, cross-field rules, targets
// ---------------------------------------------------------------------------------------------

#[test]
fn counts_and_months_must_be_whole_numbers() {
    let cases: &[(Value, &str)] = &[
        (
            json!({ "ae": { "initial": 2.5 } }),
            "ae.initial: 2.5 is not a whole number",
        ),
        (
            json!({ "sdr": { "max_headcount": 10.1 } }),
            "sdr.max_headcount: 10.1 is not a whole number",
        ),
        (
            json!({ "ae": { "initial_tenure_months": 0.5 } }),
            "ae.initial_tenure_months: 0.5 is not a whole number",
        ),
        (
            json!({ "ae": { "washout_months": 6.5 } }),
            "ae.washout_months: 6.5 is not a whole number",
        ),
        (
            json!({ "horizon_months": 24.5 }),
            "horizon_months: 24.5 is not a whole number",
        ),
        (
            json!({ "founder": { "sells_until_month": 12.5 } }),
            "founder.sells_until_month: 12.5 is not a whole number",
        ),
        (
            json!({ "leader": { "hire_month": 2.5 } }),
            "leader.hire_month: 2.5 is not a whole number",
        ),
        (
            json!({ "coaching": { "coaches": 0.5 } }),
            "coaching.coaches: 0.5 is not a whole number",
        ),
        (
            json!({ "coaching": { "trainees_per_coach": 1.5 } }),
            "coaching.trainees_per_coach: 1.5 is not a whole number",
        ),
        (
            json!({ "pool": { "junior_tenure_months": 11.9 } }),
            "pool.junior_tenure_months: 11.9 is not a whole number",
        ),
        (
            json!({ "drift": { "after_months": 18.2 } }),
            "drift.after_months: 18.2 is not a whole number",
        ),
        (
            json!({ "ai": { "start_month": 6.5 } }),
            "ai.start_month: 6.5 is not a whole number",
        ),
        (
            json!({ "ae": { "plan": [{ "month": 0.5, "count": 1 }] } }),
            "ae.plan[0].month: 0.5 is not a whole number",
        ),
        (
            json!({ "ae": { "plan": [{ "month": 1, "count": 1.5 }] } }),
            "ae.plan[0].count: 1.5 is not a whole number",
        ),
        (
            json!({ "ae": { "pace": { "per_quarter": 1, "from_month": 1.5 } } }),
            "ae.pace.from_month: 1.5 is not a whole number",
        ),
    ];
    for (patch, expected) in cases {
        assert_eq!(
            problems(patch.clone()),
            vec![expected.to_string()],
            "patch {patch}"
        );
    }
}

#[test]
fn whole_numbers_written_with_a_fraction_and_fractional_paces_are_valid() {
    let s = valid(
        json!({ "ae": { "initial": 3.0, "plan": [{ "month": 2.0, "count": 4 }, { "month": 2, "count": 1 }], "pace": { "per_quarter": 1.5 } } }),
    );
    assert_eq!(s.ae.staffing.initial, 3);
    assert_eq!(
        s.ae.staffing.plan,
        vec![
            PlanEntry { month: 2, count: 4 },
            PlanEntry { month: 2, count: 1 }
        ]
    );
    assert_eq!(
        s.ae.staffing.pace,
        Some(Pace {
            per_quarter: 1.5,
            from_month: 0,
            to_month: None
        })
    );
    let s = valid(
        json!({ "sdr": { "pace": { "per_quarter": 0.1, "from_month": 3, "to_month": null } } }),
    );
    assert_eq!(
        s.sdr.staffing.pace,
        Some(Pace {
            per_quarter: 0.1,
            from_month: 3,
            to_month: None
        })
    );
}

#[test]
fn horizon_must_be_a_multiple_of_three_up_to_sixty() {
    assert_only_problem(
        json!({ "horizon_months": 7 }),
        "horizon_months: 7 is not a multiple of 3",
    );
    assert_only_problem(
        json!({ "horizon_months": 25 }),
        "horizon_months: 25 is not a multiple of 3",
    );
    assert_only_problem(
        json!({ "horizon_months": 63 }),
        "horizon_months: 63 is outside 3 to 60",
    );
    for h in [3, 12, 36, 60] {
        assert_eq!(
            valid(json!({ "horizon_months": h })).quarters(),
            h as usize / 3
        );
    }
}

#[test]
fn outbound_and_admin_must_leave_a_tenth_for_closing() {
    let reason = only_problem_at(
        json!({ "ae": { "outbound_share": 0.8, "admin_share": 0.15 } }),
        "ae.outbound_share",
    );
    assert_eq!(reason, "outbound_share 0.8 plus admin_share 0.15 leaves 0.05 of the week for closing; at least 0.1 must remain");
    // 1 − 0.5 − 0.5 and 1 − 0.9 − 0.1 are −2.8e-17 in floating point: the message says 0.00,
    // never -0.00.
    for (outbound, admin) in [(0.5, 0.5), (0.9, 0.1)] {
        let reason = only_problem_at(
            json!({ "ae": { "outbound_share": outbound, "admin_share": admin } }),
            "ae.outbound_share",
        );
        assert!(reason.contains("leaves 0.00 of the week"), "{reason}");
    }
    valid(json!({ "ae": { "outbound_share": 0.9, "admin_share": 0 } }));
    valid(json!({ "ae": { "outbound_share": 0.75, "admin_share": 0.15 } }));
}

#[test]
fn ai_full_effect_cannot_come_before_its_start() {
    assert_only_problem(
        json!({ "ai": { "start_month": 12, "full_effect_month": 6 } }),
        "ai.full_effect_month: 6 is before ai.start_month 12",
    );
    assert_only_problem(
        json!({ "ai": { "start_month": 19 } }),
        "ai.full_effect_month: 18 is before ai.start_month 19",
    );
    valid(json!({ "ai": { "enabled": true, "start_month": 6, "full_effect_month": 6 } }));
}

#[test]
fn pace_cannot_end_before_it_starts() {
    assert_only_problem(
        json!({ "sdr": { "pace": { "per_quarter": 1, "from_month": 6, "to_month": 3 } } }),
        "sdr.pace.to_month: 3 is before from_month 6",
    );
    valid(json!({ "sdr": { "pace": { "per_quarter": 1, "from_month": 6, "to_month": 6 } } }));
}

#[test]
fn targets_are_null_one_number_or_one_per_quarter() {
    assert_eq!(
        valid(json!({ "targets": { "bookings_per_quarter": null } })).quarter_targets(),
        None
    );
    assert_eq!(
        valid(json!({ "horizon_months": 9, "targets": { "bookings_per_quarter": 5 } }))
            .quarter_targets(),
        Some(vec![5.0; 3])
    );
    let s = valid(json!({ "horizon_months": 6, "targets": { "bookings_per_quarter": [1, 2.5] } }));
    assert_eq!(
        s.targets.bookings_per_quarter,
        Target::PerQuarter(vec![1.0, 2.5])
    );

    let reason = only_problem_at(
        json!({ "targets": { "bookings_per_quarter": [1, 2, 3] } }),
        "targets.bookings_per_quarter",
    );
    assert_eq!(
        reason,
        "has 3 values; a 24-month horizon has 8 quarters, so give 8 values or one number"
    );
    only_problem_at(
        json!({ "targets": { "bookings_per_quarter": [] } }),
        "targets.bookings_per_quarter",
    );
    only_problem_at(
        json!({ "horizon_months": 12, "targets": { "bookings_per_quarter": [1, 2, 3, 4, 5] } }),
        "targets.bookings_per_quarter",
    );
}

// ---------------------------------------------------------------------------------------------
// Workspaces
// ---------------------------------------------------------------------------------------------

#[test]
fn a_workspace_takes_its_documented_defaults() {
    let w = Workspace::from_value(
        &json!({ "schema": 1, "scenarios": [{ "schema": 1 }, { "schema": 1, "name": "b" }] }),
    )
    .expect("valid");
    assert_eq!(w.scenarios.len(), 2);
    assert_eq!((w.baseline, w.run.trials, w.run.seed), (0, 2000, 1));
    let w = Workspace::from_value(&json!({
        "schema": 1, "scenarios": [{ "schema": 1 }, { "schema": 1 }], "baseline": 1, "run": { "trials": 1000000, "seed": u64::MAX },
    }))
    .expect("valid");
    assert_eq!(
        (w.baseline, w.run.trials, w.run.seed),
        (1, 1_000_000, u64::MAX)
    );
}

#[test]
fn workspace_problems_are_reported_with_their_paths() {
    let ws = |patch: Value| {
        let mut w = json!({ "schema": 1, "scenarios": [{ "schema": 1 }, { "schema": 1 }] });
        merge(&mut w, patch);
        workspace_problems(w)
    };
    assert_eq!(
        ws(json!({ "scenarios": [] })),
        ["scenarios: is empty; a workspace holds at least one scenario"]
    );
    assert_eq!(
        ws(json!({ "scenarios": {} })),
        ["scenarios: expected a list of scenarios, got an object"]
    );
    assert_eq!(
        workspace_problems(json!({ "schema": 1, "scenarios": null })),
        ["scenarios: expected a list of scenarios, got null"]
    );
    assert_eq!(
        ws(json!({ "baseline": 2 })),
        ["baseline: 2 is not a scenario index; use 0 to 1"]
    );
    assert_eq!(
        ws(json!({ "baseline": -1 })),
        ["baseline: expected a scenario index, got -1"]
    );
    assert_eq!(
        ws(json!({ "baseline": "0" })),
        ["baseline: expected a scenario index, got the text \"0\""]
    );
    assert_eq!(
        ws(json!({ "run": { "trials": 0 } })),
        ["run.trials: 0 is outside 1 to 1000000"]
    );
    assert_eq!(
        ws(json!({ "run": { "trials": 1_000_000_000u64 } })),
        ["run.trials: 1000000000 is outside 1 to 1000000"]
    );
    assert_eq!(
        ws(json!({ "run": { "trials": 10.5 } })),
        ["run.trials: expected a whole number of trials, got 10.5"]
    );
    for seed in [
        json!(-1),
        json!("abc"),
        json!(1.5),
        json!(1e30),
        json!(null),
    ] {
        let errors = ws(json!({ "run": { "seed": seed.clone() } }));
        assert!(
            errors.len() == 1
                && errors[0].starts_with("run.seed: expected a whole number from 0 to"),
            "seed {seed}: {errors:?}"
        );
    }
    assert_eq!(ws(json!({ "run": 5 })), ["run: expected an object, got 5"]);
    assert_eq!(
        ws(json!({ "scenarios": [5, []] })),
        [
            "scenarios[0]: expected a scenario object, got 5",
            "scenarios[1]: expected a scenario object, got a list"
        ]
    );
    let too_many = json!({ "schema": 1, "scenarios": vec![json!({ "schema": 1 }); 25] });
    assert_eq!(
        workspace_problems(too_many),
        ["scenarios: holds 25 scenarios; the most is 24"]
    );
}

#[test]
fn every_problem_of_every_scenario_in_a_workspace_is_reported() {
    let errors = workspace_problems(json!({
        "schema": 1,
        "scenarios": [
            { "schema": 1, "ae": { "outbound_share": 1.2 } },
            { "schema": 1 },
            { "schema": 1, "sdr": { "initial": -1 }, "horizon_monthz": 12 },
        ],
        "baseline": 7,
        "run": { "trials": 0 },
    }));
    assert_eq!(
        errors,
        [
            "scenarios[0].ae.outbound_share: 1.2 is outside 0 to 0.9",
            "scenarios[2].sdr.initial: -1 is outside 0 to 100000",
            "scenarios[2].horizon_monthz: unknown key; did you mean \"horizon_months\"?",
            "baseline: 7 is not a scenario index; use 0 to 2",
            "run.trials: 0 is outside 1 to 1000000",
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Round trips
// ---------------------------------------------------------------------------------------------

#[test]
fn every_preset_round_trips_through_the_full_and_compact_forms() {
    for preset in PRESETS {
        let scenario = preset.scenario();
        let full = Scenario::from_value(&scenario.to_value(), "")
            .unwrap_or_else(|e| panic!("{} full form: {e}", preset.name));
        assert_eq!(full, scenario, "{} full form", preset.name);
        let compact = Scenario::from_value(&scenario.to_compact_value(), "")
            .unwrap_or_else(|e| panic!("{} compact form: {e}", preset.name));
        assert_eq!(compact, scenario, "{} compact form", preset.name);
        let text = Scenario::from_json_str(&scenario.to_json_pretty())
            .unwrap_or_else(|e| panic!("{} text: {e}", preset.name));
        assert_eq!(text, scenario, "{} pretty text", preset.name);
    }
}

#[test]
fn the_full_form_names_every_field() {
    let full = Scenario::default().to_value();
    let top: Vec<&str> = full
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for key in [
        "schema",
        "name",
        "description",
        "horizon_months",
        "start_month",
        "currency",
        "ae",
        "sdr",
        "founder",
        "leader",
        "coaching",
        "playbook",
        "inbound",
        "deals",
        "win_rates",
        "expansion",
        "pool",
        "drift",
        "ai",
        "morale",
        "policies",
        "targets",
    ] {
        assert!(top.contains(&key), "full form lacks {key}: {top:?}");
    }
    assert_eq!(full["leader"]["hire_month"], Value::Null);
    assert_eq!(
        full["ae"]["ramp_months"],
        json!({ "triangular": [2, 5, 9] })
    );
    assert_eq!(
        full["deals"]["size"],
        json!({ "lognormal": [10000, 100000] })
    );
}

#[test]
fn a_workspace_of_presets_round_trips() {
    let mut w = Workspace::single(PRESETS[0].scenario());
    for p in &PRESETS[1..] {
        w.scenarios.push(p.scenario());
    }
    w.baseline = 3;
    w.run.trials = 123;
    w.run.seed = 987_654_321;
    assert_eq!(Workspace::from_value(&w.to_value()).expect("full"), w);
    assert_eq!(
        Workspace::from_value(&w.to_compact_value()).expect("compact"),
        w
    );
    assert_eq!(
        Workspace::from_json_str(&w.to_json_pretty()).expect("text"),
        w
    );
}

#[test]
fn full_precision_numbers_round_trip_through_text() {
    let mut rng = Rng(7);
    let mut changed = Vec::new();
    for _ in 0..2_000 {
        let mut s = Scenario::default();
        s.ae.outbound_share = rng.unit() * 0.7;
        s.deals.expansion_size_multiplier = rng.unit() * 3.0;
        let back =
            Scenario::from_json_str(&s.to_json_pretty()).expect("a written scenario reads back");
        if back != s {
            changed.push((
                s.ae.outbound_share,
                back.ae.outbound_share,
                s.deals.expansion_size_multiplier,
                back.deals.expansion_size_multiplier,
            ));
        }
    }
    assert!(
        changed.is_empty(),
        "{} of 2000 scenarios changed, e.g. {:?}",
        changed.len(),
        &changed[..changed.len().min(3)]
    );
}

// ---------------------------------------------------------------------------------------------
// No input makes the reader panic
// ---------------------------------------------------------------------------------------------

/// Values that a mutation writes in place of another.
fn replacement(rng: &mut Rng) -> Value {
    match rng.below(20) {
        0 => json!("x"),
        1 => json!(""),
        2 => json!(-1),
        3 => json!(-0.5),
        4 => json!(1e308),
        5 => json!(-1e308),
        6 => json!(u64::MAX),
        7 => json!(i64::MIN),
        8 => Value::Null,
        9 => json!({ "a": { "b": [1, { "c": null }] } }),
        10 => json!([]),
        11 => json!([1, 2, 3]),
        12 => json!(true),
        13 => json!(0),
        14 => json!(1),
        15 => json!(1.5),
        16 => json!(1000),
        17 => json!({ "triangular": [0, 0, 0] }),
        18 => json!({ "lognormal": [1e-300, 1e300] }),
        _ => json!(rng.unit() * 100.0),
    }
}

/// One step into a JSON value: an object key or a list index.
#[derive(Debug, Clone)]
enum PathStep {
    Key(String),
    Index(usize),
}

/// Every place in `value`: the path of keys and indices to each nested value.
fn places(value: &Value, prefix: &mut Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                prefix.push(PathStep::Key(k.clone()));
                out.push(prefix.clone());
                places(v, prefix, out);
                prefix.pop();
            }
        }
        Value::Array(list) => {
            for (i, v) in list.iter().enumerate() {
                prefix.push(PathStep::Index(i));
                out.push(prefix.clone());
                places(v, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

fn parent_mut<'a>(value: &'a mut Value, path: &[PathStep]) -> Option<&'a mut Value> {
    let mut at = value;
    for step in path {
        at = match (step, at) {
            (PathStep::Key(k), Value::Object(map)) => map.get_mut(k)?,
            (PathStep::Index(i), Value::Array(list)) => list.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(at)
}

/// One random mutation: delete a key, replace a value, or add an unknown key.
fn mutate(value: &mut Value, rng: &mut Rng) {
    let mut all = Vec::new();
    places(value, &mut Vec::new(), &mut all);
    if all.is_empty() {
        return;
    }
    let path = &all[rng.below(all.len())];
    let (last, parent_path) = path.split_last().expect("a non-empty path");
    let Some(parent) = parent_mut(value, parent_path) else {
        return;
    };
    match (rng.below(10), last, parent) {
        (0..=2, PathStep::Key(k), Value::Object(map)) => {
            map.remove(k);
        }
        (3, _, Value::Object(map)) => {
            map.insert(format!("unknown_{}", rng.below(1000)), replacement(rng));
        }
        (_, PathStep::Key(k), Value::Object(map)) => {
            map.insert(k.clone(), replacement(rng));
        }
        (_, PathStep::Index(i), Value::Array(list)) => {
            if rng.below(3) == 0 {
                list.remove(*i);
            } else {
                list[*i] = replacement(rng);
            }
        }
        _ => {}
    }
}

/// Reads `text` in every way a file can be read, failing the test with the input on a panic.
/// Returns the scenario when the text is a valid one.
fn read_without_panicking(text: &str) -> Option<Scenario> {
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let scenario = Scenario::from_json_str(text);
        if let Err(e) = &scenario {
            let _ = e.to_string();
        }
        let _ = FileKind::from_json_str(text).map_err(|e| e.to_string());
        let _ = Workspace::from_json_str(text).map_err(|e| e.to_string());
        scenario.ok()
    }));
    match outcome {
        Ok(scenario) => scenario,
        Err(_) => panic!("reading this input panicked:\n{text}"),
    }
}

/// The presets as shipped, and in their full form (every field present, so every field can mutate).
fn fuzz_bases() -> Vec<Value> {
    let mut bases = Vec::new();
    for p in PRESETS {
        bases.push(serde_json::from_str::<Value>(p.json).expect("a preset is JSON"));
        bases.push(p.scenario().to_value());
    }
    bases
}

#[test]
fn mutated_presets_never_make_the_reader_panic() {
    let mut rng = Rng(0x5EED);
    let (mut ok, mut err) = (0, 0);
    for base in fuzz_bases() {
        for _ in 0..150 {
            let mut value = base.clone();
            for _ in 0..1 + rng.below(4) {
                mutate(&mut value, &mut rng);
            }
            let text = value.to_string();
            match read_without_panicking(&text) {
                Some(scenario) => {
                    ok += 1;
                    // A valid scenario writes and reads back as itself.
                    assert_eq!(
                        Scenario::from_value(&scenario.to_value(), "").as_ref(),
                        Ok(&scenario),
                        "full form of {text}"
                    );
                    assert_eq!(
                        Scenario::from_value(&scenario.to_compact_value(), "").as_ref(),
                        Ok(&scenario),
                        "compact form of {text}"
                    );
                }
                None => err += 1,
            }
            // The same mutant inside a workspace, twice, is read without panicking too.
            let workspace = json!({ "schema": 1, "scenarios": [value.clone(), value], "baseline": rng.below(3), "run": { "trials": 10 } });
            read_without_panicking(&workspace.to_string());
        }
    }
    assert!(
        ok > 100 && err > 100,
        "the fuzzer should produce both valid and invalid files: {ok} valid, {err} invalid"
    );
}

#[test]
fn truncated_files_are_invalid_json_and_never_panic() {
    let mut texts: Vec<String> = PRESETS.iter().map(|p| p.json.to_string()).collect();
    texts.push(PRESETS[5].scenario().to_json_pretty());
    texts.push(
        pipesim::presets::comparison("founder-led", "vp-first")
            .unwrap()
            .to_json_pretty(),
    );
    for text in &texts {
        let mut cut = 0;
        while cut < text.trim_end().len() {
            let mut at = cut;
            while !text.is_char_boundary(at) {
                at += 1;
            }
            let prefix = &text[..at];
            assert!(
                read_without_panicking(prefix).is_none(),
                "a truncated file was accepted:\n{prefix}"
            );
            let error = Scenario::from_json_str(prefix).unwrap_err().to_string();
            assert!(
                error.starts_with("not valid JSON") && error.contains("line"),
                "{error}"
            );
            cut += 97;
        }
    }
}

#[test]
fn valid_mutants_simulate_without_panicking() {
    let mut rng = Rng(0xF00D);
    let mut simulated = 0;
    for base in fuzz_bases() {
        for _ in 0..40 {
            let mut value = base.clone();
            for _ in 0..1 + rng.below(3) {
                mutate(&mut value, &mut rng);
            }
            let text = value.to_string();
            let Some(scenario) = read_without_panicking(&text) else {
                continue;
            };
            if check_work(&scenario, 2).is_err() || work_estimate(&scenario, 2) > 2e6 {
                continue;
            }
            let settings = RunSettings {
                trials: 2,
                seed: rng.next(),
                threads: 1,
            };
            let outcome = catch_unwind(AssertUnwindSafe(|| simulate(&scenario, &settings)));
            match outcome {
                Ok(Ok(_)) | Ok(Err(RunError::TooManyOpportunities { .. })) => simulated += 1,
                Ok(Err(e)) => panic!("unexpected run error {e} for:\n{text}"),
                Err(_) => panic!("simulating this valid scenario panicked:\n{text}"),
            }
        }
    }
    assert!(simulated > 50, "only {simulated} mutants were simulated");
}

#[test]
fn extreme_but_valid_scenarios_simulate_to_finite_outputs() {
    let cases = [
        // Nobody sells at all.
        json!({ "ae": { "initial": 0 }, "founder": { "sells_until_month": 0 }, "inbound": { "opps_per_month": 0 } }),
        // Everything instant, everyone leaves, every hire is a mis-hire.
        json!({
            "horizon_months": 3,
            "ae": { "initial_tenure_months": 0, "ramp_months": 0, "time_to_fill_months": 0, "washout_months": 0,
                    "annual_attrition": 1, "mis_hire_rate": 1, "mis_hire_productivity": 0, "plan": [{ "month": 0, "count": 5 }] },
            "sdr": { "initial": 3, "ramp_months": 0, "annual_attrition": 1 },
            "deals": { "cycle_months": 0 },
        }),
        // Certain wins of very large deals from a mature playbook.
        json!({
            "playbook": { "initial": 1, "learning_per_win": 1, "learning_per_founder_month": 1 },
            "win_rates": { "founder": 1, "outbound": 1, "sdr": 1, "inbound": 1, "expansion": 1, "pool": 1 },
            "deals": { "size": { "lognormal": [1, 1e12] }, "expansion_size_multiplier": 100 },
            "expansion": { "opps_per_customer_per_year": 1000 },
        }),
        // Every mechanism switched on at its extremes.
        json!({
            "ae": { "initial": 10, "initial_tenure_months": 0, "pace": { "per_quarter": 30 }, "max_headcount": 30 },
            "leader": { "hire_month": 0, "failure_rate": 1, "departure_attrition_multiplier": 100, "hiring_pace_multiplier": 100, "time_to_fill_multiplier": 0 },
            "coaching": { "coaches": 100000, "trainees_per_coach": 100000, "coach_time_share": 1, "ramp_multiplier": 0, "washout_months": 0 },
            "pool": { "enabled": true, "cooldown_months": 0, "junior_tenure_months": 1000, "recontact_rate": 1 },
            "drift": { "enabled": true, "after_months": 0, "monthly_decay": 1, "floor": 0 },
            "ai": { "enabled": true, "start_month": 0, "full_effect_month": 0, "prep_reduction": 0.999 },
            "morale": { "enabled": true, "threshold": 10, "attrition_multiplier": 100 },
            "targets": { "bookings_per_quarter": 0 },
        }),
    ];
    for case in cases {
        let scenario = valid(case.clone());
        check_work(&scenario, 2).unwrap_or_else(|e| panic!("{case}: {e}"));
        let settings = RunSettings {
            trials: 2,
            seed: 3,
            threads: 1,
        };
        let run = match catch_unwind(AssertUnwindSafe(|| simulate(&scenario, &settings))) {
            Ok(Ok(run)) => run,
            Ok(Err(RunError::TooManyOpportunities { .. })) => continue,
            Ok(Err(e)) => panic!("{case}: unexpected run error {e}"),
            Err(_) => panic!("simulating this valid scenario panicked:\n{case}"),
        };
        for t in 0..run.trials() {
            for m in pipesim::engine::outputs::metrics() {
                let value = run.horizon_value(t, &m);
                assert!(
                    value.is_finite() && value >= 0.0,
                    "{case}: {} is {value} in trial {t}",
                    m.key()
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Work estimate
// ---------------------------------------------------------------------------------------------

#[test]
fn a_run_that_is_too_large_is_rejected_with_what_to_reduce() {
    let s = valid(json!({ "ae": { "initial": 100000, "max_headcount": 100000 } }));
    let error = check_work(&s, 1_000_000).expect_err("100000 AEs × 1000000 trials is too much");
    let RunError::TooMuchWork { max_trials, .. } = error else {
        panic!("expected TooMuchWork, got {error:?}")
    };
    assert!((1..1_000_000).contains(&max_trials), "{max_trials}");
    let message = error.to_string();
    assert!(message.contains("too large"), "{message}");
    assert!(
        message.contains(&format!("run at most {max_trials} trials")),
        "{message}"
    );
    assert!(
        message.contains("shorten the horizon") && message.contains("shrink the team"),
        "{message}"
    );
    // The advice is right: the suggested trial count fits, one more does not.
    check_work(&s, max_trials).expect("the suggested number of trials fits");
    assert!(check_work(&s, max_trials + 1).is_err());
}

#[test]
fn work_estimate_counts_initial_staff_above_the_headcount_cap() {
    // max_headcount caps hiring, not the initial staff, so the estimate must count every initial AE.
    let s = valid(json!({ "ae": { "initial": 100000 } }));
    assert!(check_work(&s, 1_000_000).is_err());
}

#[test]
fn a_scenario_too_large_for_one_trial_says_so() {
    let s = valid(json!({
        "horizon_months": 60,
        "ae": { "initial": 100000, "max_headcount": 100000 },
        "sdr": { "initial": 100000, "max_headcount": 100000 },
        "inbound": { "opps_per_month": 100000, "monthly_growth": 1 },
    }));
    let error = check_work(&s, 1).expect_err("too large for even one trial");
    assert!(
        matches!(error, RunError::TooMuchWork { max_trials: 0, .. }),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(
        message.contains("even once") && message.contains("shorten the horizon"),
        "{message}"
    );
}

/// A team capped at 30 AEs whose leader opens requisitions at 100 × 10,000 a quarter: about
/// 333,000 requisitions a month, nearly all of them dropped at the cap when they would start.
fn requisition_flood(horizon_months: u32) -> Scenario {
    valid(json!({
        "horizon_months": horizon_months,
        "ae": { "pace": { "per_quarter": 10000 }, "max_headcount": 30 },
        "leader": { "hire_month": 0, "hiring_pace_multiplier": 100, "failure_rate": 0 },
    }))
}

#[test]
fn work_estimate_counts_every_requisition_opened() {
    let plan: Vec<Value> = (0..1000)
        .map(|_| json!({ "month": 0, "count": 10000 }))
        .collect();
    let planned = valid(json!({ "ae": { "plan": plan, "max_headcount": 30 } }));
    let estimate = work_estimate(&planned, 1);
    assert!(
        estimate >= 1e7,
        "10 million planned requisitions, estimate {estimate:.3e}"
    );

    let paced = requisition_flood(24);
    let estimate = work_estimate(&paced, 1);
    assert!(
        estimate >= 8e6,
        "8 million paced requisitions, estimate {estimate:.3e}"
    );
}

#[test]
fn a_flood_of_requisitions_above_the_cap_simulates_quickly() {
    let scenario = requisition_flood(6);
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let run = simulate(
            &scenario,
            &RunSettings {
                trials: 1,
                seed: 1,
                threads: 1,
            },
        );
        let _ = send.send(run.map(|r| r.opportunities()));
    });
    // A hang guard, not a speed test: the trial takes milliseconds; the quadratic scan this
    // guards against took minutes. Speed is measured by the benchmarks.
    let outcome = receive.recv_timeout(std::time::Duration::from_secs(60));
    assert!(
        matches!(outcome, Ok(Ok(_))),
        "one 6-month trial did not finish within 60 s: {outcome:?}"
    );
}

#[test]
fn ordinary_runs_pass_the_work_check() {
    for preset in PRESETS {
        let trials = if preset.name == "enterprise" {
            1_000
        } else {
            10_000
        };
        check_work(&preset.scenario(), trials)
            .unwrap_or_else(|e| panic!("{} with {trials} trials: {e}", preset.name));
    }
    assert_eq!(check_work(&Scenario::default(), 0), Err(RunError::NoTrials));
}

#[test]
fn model_errors_display_one_problem_per_line() {
    use pipesim::i18n::{Args, Message};
    let errors = ModelErrors(vec![
        pipesim::model::FieldError::new(
            "ae.initial",
            Message::with(
                "error-outside-range",
                Args::new()
                    .text("value", "-1")
                    .text("min", "0")
                    .text("max", "100000"),
            ),
        ),
        pipesim::model::FieldError::new("", Message::new("error-file-empty")),
    ]);
    assert_eq!(
        errors.to_string(),
        "ae.initial: -1 is outside 0 to 100000\nthe file is empty: a Pipesim file holds a scenario or workspace object"
    );
}

/// The work estimate bounds the opportunities a trial really makes, where the AI uplift, a wide
/// hours-per-opportunity distribution or heavy expansion multiply them (each once let a run
/// pass the check with 6 to 92 times the opportunities the estimate allowed).
#[test]
fn work_estimate_bounds_the_opportunities_of_ai_wide_hours_and_expansion() {
    let series_a = || {
        pipesim::presets::find("series-a")
            .expect("preset")
            .scenario()
    };
    let mut ai = series_a();
    ai.ai.enabled = true;
    ai.ai.start_month = 0;
    ai.ai.full_effect_month = 0;
    ai.ai.prep_reduction = 0.99;
    let mut wide = series_a();
    wide.ae.hours_per_sourced_opp = Dist::LogNormal { p5: 0.1, p95: 1e4 };
    let mut expansion = series_a();
    expansion.expansion.opps_per_customer_per_year = 120.0;
    for (case, scenario) in [("ai", ai), ("wide hours", wide), ("expansion", expansion)] {
        let settings = RunSettings {
            trials: 2,
            seed: 1,
            threads: 1,
        };
        let run = simulate(&scenario, &settings).unwrap_or_else(|e| panic!("{case}: {e}"));
        let per_trial = run.opportunities() as f64 / 2.0;
        let estimate = work_estimate(&scenario, 1);
        assert!(
            estimate >= per_trial,
            "{case}: {per_trial} opportunities per trial, estimate {estimate:.3e}"
        );
    }
}
