//! The editing model: the field list with groups, labels and defaults; setting one field with
//! full re-validation; and reading and showing numbers and uncertain values as people type them.

use std::collections::HashSet;

use pipesim::editor::{self as edit, FieldEntry, FieldValue, Group, Z90};
use pipesim::model::{Dist, FieldError, Pace, PlanEntry, Scenario, Target, Unit};
use pipesim::presets::PRESETS;

fn entry<'a>(entries: &'a [FieldEntry], path: &str) -> &'a FieldEntry {
    entries
        .iter()
        .find(|e| e.path == path)
        .unwrap_or_else(|| panic!("no field {path}"))
}

fn errors_of(result: Result<Scenario, Vec<FieldError>>) -> Vec<FieldError> {
    match result {
        Ok(_) => panic!("expected problems"),
        Err(e) => e,
    }
}

// ----- the field list ----------------------------------------------------------------------

#[test]
fn every_field_appears_once_with_a_group_label_and_help() {
    let entries = edit::fields(&Scenario::default());
    assert_eq!(entries.len(), 97, "the scenario has 97 fields");
    let mut seen = HashSet::new();
    for e in &entries {
        assert!(seen.insert(e.path.clone()), "{} appears twice", e.path);
        assert!(Group::ALL.contains(&e.group), "{} has a group", e.path);
        assert!(!e.label.trim().is_empty(), "{} has a label", e.path);
        let help = pipesim::i18n::english(&format!("{}-help", edit::field_message_id(&e.path)));
        assert!(
            help.is_some_and(|h| !h.trim().is_empty()),
            "{} has help",
            e.path
        );
        assert!(
            e.path.ends_with(e.field.key),
            "{} ends with its key",
            e.path
        );
        let expected_section = e.path.rsplit_once('.').map(|(s, _)| s).unwrap_or("");
        assert_eq!(e.section, expected_section, "{}", e.path);
        // Labels are words for people, not keys.
        assert!(!e.label.contains('_'), "{}: label {:?}", e.path, e.label);
    }
    let labels: HashSet<&str> = entries.iter().map(|e| e.label.as_str()).collect();
    assert_eq!(labels.len(), entries.len(), "labels are distinct");
    // Every group is used, and ALL lists eight distinct groups with a heading and a blurb.
    let groups: HashSet<Group> = Group::ALL.iter().copied().collect();
    assert_eq!(groups.len(), 8);
    assert_eq!(Group::ALL[0], Group::Scenario);
    for g in Group::ALL {
        assert!(entries.iter().any(|e| e.group == g), "{g:?} is empty");
        // A heading and a blurb in every language's catalogue (not only English behind it).
        for lang in pipesim::i18n::LANGS {
            let catalogue = pipesim::i18n::Catalogue::embedded(lang);
            assert!(
                catalogue.has(g.message_id()),
                "{lang} has no heading for {g:?}"
            );
            assert!(
                catalogue.has(&format!("{}-blurb", g.message_id())),
                "{lang}: {g:?}"
            );
        }
    }
}

#[test]
fn fields_come_in_file_order() {
    let entries = edit::fields(&Scenario::default());
    let paths: Vec<&str> = entries.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        &paths[..6],
        [
            "name",
            "description",
            "horizon_months",
            "start_month",
            "currency",
            "ae.initial"
        ]
    );
    assert_eq!(paths.last(), Some(&"targets.bookings_per_quarter"));
    let pos = |p: &str| paths.iter().position(|q| *q == p).unwrap();
    assert!(pos("ae.orphan_loss") < pos("sdr.initial"));
    assert!(pos("founder.sells_until_month") < pos("leader.hire_month"));
}

#[test]
fn groups_and_labels_in_sales_words() {
    let entries = edit::fields(&Scenario::default());
    let g = |p: &str| entry(&entries, p).group;
    let l = |p: &str| entry(&entries, p).label.clone();
    for p in [
        "name",
        "description",
        "horizon_months",
        "start_month",
        "currency",
    ] {
        assert_eq!(g(p), Group::Scenario, "{p}");
    }
    for p in [
        "ae.initial",
        "sdr.pace",
        "ae.backfill",
        "founder.sells_until_month",
        "founder.prospecting_multiplier",
        "leader.hire_month",
        "leader.enforce_outbound",
        "coaching.coaches",
        "coaching.trainees_per_coach",
    ] {
        assert_eq!(g(p), Group::TeamAndHiring, "{p}");
    }
    for p in [
        "ae.ramp_months",
        "sdr.ramp_months",
        "ae.annual_attrition",
        "ae.win_rate_multiplier",
        "coaching.coach_time_share",
        "coaching.ramp_multiplier",
        "coaching.washout_months",
        "playbook.initial",
    ] {
        assert_eq!(g(p), Group::RampAndSkill, "{p}");
    }
    for p in [
        "ae.selling_hours_per_month",
        "ae.outbound_share",
        "ae.admin_share",
        "ae.hours_per_sourced_opp",
        "ae.hours_per_active_opp",
        "ae.overload_win_multiplier",
        "ae.orphan_loss",
    ] {
        assert_eq!(g(p), Group::TimeAndOutbound, "{p}");
    }
    for p in [
        "win_rates.inbound",
        "deals.size",
        "deals.cycle_months",
        "sdr.meetings_per_month",
        "sdr.meeting_to_opp",
    ] {
        assert_eq!(g(p), Group::FunnelAndDeals, "{p}");
    }
    for p in [
        "inbound.opps_per_month",
        "inbound.monthly_growth",
        "expansion.opps_per_customer_per_year",
    ] {
        assert_eq!(g(p), Group::Market, "{p}");
    }
    for p in [
        "drift.enabled",
        "policies.enforce_outbound",
        "pool.enabled",
        "morale.threshold",
        "ai.start_month",
    ] {
        assert_eq!(g(p), Group::Policies, "{p}");
    }
    for p in [
        "ae.ote_per_year",
        "sdr.recruiting_cost",
        "leader.ote_per_year",
        "leader.recruiting_cost",
        "ae.quota_per_year",
        "targets.bookings_per_quarter",
    ] {
        assert_eq!(g(p), Group::CostsAndTargets, "{p}");
    }
    assert_eq!(l("ae.initial"), "AEs at start");
    assert_eq!(l("ae.ramp_months"), "AE ramp");
    assert_eq!(l("sdr.ramp_months"), "SDR ramp");
    assert_eq!(l("ae.outbound_share"), "Outbound share of AE hours");
    assert_eq!(l("founder.sells_until_month"), "Founder sells until month");
    assert_eq!(l("leader.hire_month"), "VP of Sales hired in month");
    assert_eq!(l("win_rates.inbound"), "Win rate: inbound");
}

#[test]
fn defaults_equal_values_for_the_default_scenario() {
    for e in edit::fields(&Scenario::default()) {
        assert_eq!(e.value, e.default, "{}", e.path);
        assert!(e.is_default());
    }
}

#[test]
fn defaults_stay_the_defaults_for_a_preset() {
    let preset = PRESETS
        .iter()
        .find(|p| p.name == "t-model")
        .unwrap()
        .scenario();
    let entries = edit::fields(&preset);
    let defaults = edit::fields(&Scenario::default());
    for (e, d) in entries.iter().zip(&defaults) {
        assert_eq!(e.path, d.path);
        assert_eq!(e.default, d.value, "{}", e.path);
    }
    assert_eq!(entry(&entries, "ae.initial").value, FieldValue::Integer(20));
    assert_eq!(
        entry(&entries, "ae.initial").default,
        FieldValue::Integer(2)
    );
    assert_eq!(
        entry(&entries, "pool.enabled").value,
        FieldValue::Switch(true)
    );
    assert_eq!(
        entry(&entries, "founder.sells_until_month").value,
        FieldValue::OptionalMonth(Some(0))
    );
    assert!(!entry(&entries, "coaching.coaches").is_default());
    assert!(entry(&entries, "ae.outbound_share").is_default());
}

#[test]
fn value_kinds_follow_the_fields() {
    let entries = edit::fields(&Scenario::default());
    let kind = |p: &str| std::mem::discriminant(&entry(&entries, p).value);
    assert_eq!(
        kind("ae.outbound_share"),
        std::mem::discriminant(&FieldValue::Number(0.0))
    );
    assert_eq!(
        kind("ae.initial"),
        std::mem::discriminant(&FieldValue::Integer(0))
    );
    assert_eq!(
        kind("leader.hire_month"),
        std::mem::discriminant(&FieldValue::OptionalMonth(None))
    );
    assert_eq!(
        kind("drift.enabled"),
        std::mem::discriminant(&FieldValue::Switch(false))
    );
    assert_eq!(
        kind("deals.size"),
        std::mem::discriminant(&FieldValue::Dist(Dist::Fixed(0.0)))
    );
    assert_eq!(
        kind("name"),
        std::mem::discriminant(&FieldValue::Text(String::new()))
    );
    assert_eq!(
        kind("ae.plan"),
        std::mem::discriminant(&FieldValue::Plan(vec![]))
    );
    assert_eq!(
        kind("ae.pace"),
        std::mem::discriminant(&FieldValue::Pace(None))
    );
    assert_eq!(
        kind("targets.bookings_per_quarter"),
        std::mem::discriminant(&FieldValue::Target(Target::None))
    );
}

// ----- setting a field ---------------------------------------------------------------------

/// Sets a field, checks that it reads back, that nothing else changed, and that the scenario
/// survives the file round trip.
fn set_and_check(path: &str, value: FieldValue) -> Scenario {
    let base = Scenario::default();
    let updated =
        edit::set_field(&base, path, value.clone()).unwrap_or_else(|e| panic!("{path}: {e:?}"));
    let before = edit::fields(&base);
    let after = edit::fields(&updated);
    for (b, a) in before.iter().zip(&after) {
        if a.path == path {
            assert_eq!(a.value, value, "{path} reads back");
        } else {
            assert_eq!(a.value, b.value, "setting {path} changed {}", a.path);
        }
    }
    let again = Scenario::from_value(&updated.to_value(), "").expect("round trip");
    assert_eq!(again, updated, "{path} survives the file round trip");
    updated
}

#[test]
fn set_field_works_for_every_kind() {
    assert_eq!(
        set_and_check("ae.outbound_share", FieldValue::Number(0.3))
            .ae
            .outbound_share,
        0.3
    );
    assert_eq!(
        set_and_check("ae.initial", FieldValue::Integer(5))
            .ae
            .staffing
            .initial,
        5
    );
    assert_eq!(
        set_and_check("leader.hire_month", FieldValue::OptionalMonth(Some(3)))
            .leader
            .hire_month,
        Some(3)
    );
    assert_eq!(
        set_and_check("founder.sells_until_month", FieldValue::OptionalMonth(None))
            .founder
            .sells_until_month,
        None
    );
    assert!(
        set_and_check("drift.enabled", FieldValue::Switch(true))
            .drift
            .enabled
    );
    let size = Dist::LogNormal {
        p5: 20_000.0,
        p95: 250_000.0,
    };
    assert_eq!(
        set_and_check("deals.size", FieldValue::Dist(size))
            .deals
            .size,
        size
    );
    let ramp = Dist::Pert {
        min: 1.0,
        mode: 3.0,
        max: 6.0,
    };
    assert_eq!(
        set_and_check("sdr.ramp_months", FieldValue::Dist(ramp))
            .sdr
            .staffing
            .ramp_months,
        ramp
    );
    assert_eq!(
        set_and_check(
            "win_rates.sdr",
            FieldValue::Dist(Dist::Uniform { lo: 0.1, hi: 0.2 })
        )
        .win_rates
        .sdr,
        Dist::Uniform { lo: 0.1, hi: 0.2 }
    );
    assert_eq!(
        set_and_check("name", FieldValue::Text("Q3 plan".into())).name,
        "Q3 plan"
    );
    assert_eq!(
        set_and_check("start_month", FieldValue::Text("2028-04".into())).start_month,
        "2028-04"
    );
    let plan = vec![
        PlanEntry { month: 3, count: 2 },
        PlanEntry { month: 9, count: 1 },
    ];
    assert_eq!(
        set_and_check("ae.plan", FieldValue::Plan(plan.clone()))
            .ae
            .staffing
            .plan,
        plan
    );
    let pace = Pace {
        per_quarter: 1.5,
        from_month: 0,
        to_month: Some(18),
    };
    assert_eq!(
        set_and_check("sdr.pace", FieldValue::Pace(Some(pace)))
            .sdr
            .staffing
            .pace,
        Some(pace)
    );
    assert_eq!(
        set_and_check(
            "targets.bookings_per_quarter",
            FieldValue::Target(Target::Every(250_000.0))
        )
        .targets
        .bookings_per_quarter,
        Target::Every(250_000.0)
    );
    let list = Target::PerQuarter(vec![100_000.0; 8]);
    assert_eq!(
        set_and_check(
            "targets.bookings_per_quarter",
            FieldValue::Target(list.clone())
        )
        .targets
        .bookings_per_quarter,
        list
    );
}

#[test]
fn set_field_accepts_neighbouring_kinds_the_file_accepts() {
    let base = Scenario::default();
    let s = edit::set_field(&base, "ae.initial", FieldValue::Number(7.0)).unwrap();
    assert_eq!(s.ae.staffing.initial, 7);
    let s = edit::set_field(&base, "deals.size", FieldValue::Number(50_000.0)).unwrap();
    assert_eq!(s.deals.size, Dist::Fixed(50_000.0));
    let s = edit::set_field(&base, "leader.hire_month", FieldValue::Integer(6)).unwrap();
    assert_eq!(s.leader.hire_month, Some(6));
    let s = edit::set_field(&base, "ae.quota_per_year", FieldValue::Integer(700_000)).unwrap();
    assert_eq!(s.ae.quota_per_year, 700_000.0);
    let e = errors_of(edit::set_field(
        &base,
        "ae.initial",
        FieldValue::Number(2.5),
    ));
    assert_eq!(e[0].path, "ae.initial");
    assert!(e[0].reason_text().contains("not a whole number"), "{e:?}");
}

#[test]
fn an_out_of_range_value_is_refused_at_its_path() {
    let base = Scenario::default();
    let e = errors_of(edit::set_field(
        &base,
        "ae.outbound_share",
        FieldValue::Number(0.95),
    ));
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].path, "ae.outbound_share");
    assert!(
        e[0].reason_text().contains("is outside"),
        "{}",
        e[0].reason_text()
    );
    assert!(
        e[0].reason_text().contains("0 to 0.9"),
        "{}",
        e[0].reason_text()
    );

    let e = errors_of(edit::set_field(
        &base,
        "ae.annual_attrition",
        FieldValue::Dist(Dist::Fixed(1.5)),
    ));
    assert_eq!(e[0].path, "ae.annual_attrition");
    assert!(e[0].reason_text().contains("is outside"));

    // A distribution's parameter is named in the reason, at the field's own path.
    let e = errors_of(edit::set_field(
        &base,
        "ae.ramp_months",
        FieldValue::Dist(Dist::Triangular {
            min: 2.0,
            mode: 5.0,
            max: 70.0,
        }),
    ));
    assert_eq!(e[0].path, "ae.ramp_months");
    assert!(
        e[0].reason_text().starts_with("max: ") && e[0].reason_text().contains("is outside"),
        "{}",
        e[0].reason_text()
    );

    let e = errors_of(edit::set_field(
        &base,
        "deals.size",
        FieldValue::Dist(Dist::LogNormal {
            p5: 100.0,
            p95: 10.0,
        }),
    ));
    assert_eq!(e[0].path, "deals.size");
    assert!(
        e[0].reason_text().contains("p5 < p95"),
        "{}",
        e[0].reason_text()
    );

    // Inside lists: a quarter's target, a plan entry.
    let e = errors_of(edit::set_field(
        &base,
        "targets.bookings_per_quarter",
        FieldValue::Target(Target::PerQuarter(vec![
            1.0, 2.0, -3.0, 4.0, 5.0, 6.0, 7.0, 8.0,
        ])),
    ));
    assert_eq!(e[0].path, "targets.bookings_per_quarter");
    assert!(
        e[0].reason_text().starts_with("quarter 3: "),
        "{}",
        e[0].reason_text()
    );
    let e = errors_of(edit::set_field(
        &base,
        "ae.plan",
        FieldValue::Plan(vec![PlanEntry {
            month: 5000,
            count: 1,
        }]),
    ));
    assert_eq!(e[0].path, "ae.plan");
    assert!(
        e[0].reason_text().starts_with("plan entry 1 month: ")
            && e[0].reason_text().contains("is outside"),
        "{}",
        e[0].reason_text()
    );

    let e = errors_of(edit::set_field(
        &base,
        "name",
        FieldValue::Text("x".repeat(500)),
    ));
    assert_eq!(e[0].path, "name");
    let e = errors_of(edit::set_field(
        &base,
        "horizon_months",
        FieldValue::Integer(90),
    ));
    assert!(e[0].path == "horizon_months" && e[0].reason_text().contains("is outside"));
    // Every problem of set_field sits at a field of the list.
    let paths: HashSet<String> = edit::fields(&base).into_iter().map(|e| e.path).collect();
    let pace = Pace {
        per_quarter: 2.0,
        from_month: 12,
        to_month: Some(6),
    };
    for (path, value) in [
        ("ae.pace", FieldValue::Pace(Some(pace))),
        (
            "ae.pace",
            FieldValue::Pace(Some(Pace {
                per_quarter: -1.0,
                from_month: 0,
                to_month: None,
            })),
        ),
        (
            "win_rates.pool",
            FieldValue::Dist(Dist::Normal {
                mean: 2.0,
                sd: -1.0,
            }),
        ),
        ("ae.hours_per_active_opp", FieldValue::Number(0.0)),
    ] {
        for err in errors_of(edit::set_field(&base, path, value)) {
            assert!(paths.contains(&err.path), "{err:?}");
            assert_eq!(err.path, path);
        }
    }
}

#[test]
fn a_rule_between_fields_is_reported_at_the_field_it_names() {
    let base = Scenario::default();
    // outbound 0.8 + admin 0.15 leaves 5% for closing.
    let e = errors_of(edit::set_field(
        &base,
        "ae.outbound_share",
        FieldValue::Number(0.8),
    ));
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].path, "ae.outbound_share");
    assert!(
        e[0].reason_text().contains("closing"),
        "{}",
        e[0].reason_text()
    );
    // Setting admin instead reports the same rule at the same place.
    let e = errors_of(edit::set_field(
        &base,
        "ae.admin_share",
        FieldValue::Number(0.6),
    ));
    assert_eq!(e[0].path, "ae.outbound_share");

    let e = errors_of(edit::set_field(
        &base,
        "ai.start_month",
        FieldValue::Integer(20),
    ));
    assert_eq!(e[0].path, "ai.full_effect_month");
    let e = errors_of(edit::set_field(
        &base,
        "horizon_months",
        FieldValue::Integer(25),
    ));
    assert_eq!(e[0].path, "horizon_months");
    assert!(e[0].reason_text().contains("multiple of 3"));
    let e = errors_of(edit::set_field(
        &base,
        "start_month",
        FieldValue::Text("soon".into()),
    ));
    assert_eq!(e[0].path, "start_month");
    let e = errors_of(edit::set_field(
        &base,
        "targets.bookings_per_quarter",
        FieldValue::Target(Target::PerQuarter(vec![1.0, 2.0])),
    ));
    assert_eq!(e[0].path, "targets.bookings_per_quarter");
    assert!(
        e[0].reason_text().contains("8 quarters"),
        "{}",
        e[0].reason_text()
    );
    // A pace ending before it starts: at the pace, naming to_month.
    let e = errors_of(edit::set_field(
        &base,
        "ae.pace",
        FieldValue::Pace(Some(Pace {
            per_quarter: 2.0,
            from_month: 12,
            to_month: Some(6),
        })),
    ));
    assert_eq!(e[0].path, "ae.pace");
    assert!(
        e[0].reason_text().starts_with("to_month: "),
        "{}",
        e[0].reason_text()
    );

    // A valid pair passes, and then the rule holds.
    let s = edit::set_field(&base, "ae.admin_share", FieldValue::Number(0.05)).unwrap();
    let s = edit::set_field(&s, "ae.outbound_share", FieldValue::Number(0.8)).unwrap();
    assert_eq!((s.ae.outbound_share, s.ae.admin_share), (0.8, 0.05));
}

#[test]
fn set_field_refuses_unknown_paths_wrong_kinds_and_non_finite_numbers() {
    let base = Scenario::default();
    for path in [
        "",
        "schema",
        "ae",
        "ae.nope",
        "ae.outbound_share.x",
        "targets",
    ] {
        let e = errors_of(edit::set_field(&base, path, FieldValue::Number(1.0)));
        assert_eq!(e[0].path, path);
        assert!(
            e[0].reason_text().contains("not a field"),
            "{path}: {}",
            e[0].reason_text()
        );
    }
    let e = errors_of(edit::set_field(
        &base,
        "ae.outbound_share",
        FieldValue::Switch(true),
    ));
    assert_eq!(e[0].path, "ae.outbound_share");
    assert!(
        e[0].reason_text().contains("expects a number"),
        "{}",
        e[0].reason_text()
    );
    let e = errors_of(edit::set_field(
        &base,
        "drift.enabled",
        FieldValue::Text("yes".into()),
    ));
    assert!(
        e[0].reason_text().contains("switch"),
        "{}",
        e[0].reason_text()
    );
    for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let e = errors_of(edit::set_field(
            &base,
            "ae.outbound_share",
            FieldValue::Number(x),
        ));
        assert_eq!(e[0].path, "ae.outbound_share");
        let e = errors_of(edit::set_field(
            &base,
            "deals.size",
            FieldValue::Dist(Dist::LogNormal { p5: 1.0, p95: x }),
        ));
        assert_eq!(e[0].path, "deals.size");
        let e = errors_of(edit::set_field(
            &base,
            "targets.bookings_per_quarter",
            FieldValue::Target(Target::Every(x)),
        ));
        assert_eq!(e[0].path, "targets.bookings_per_quarter");
    }
    // The scenario given is never changed.
    assert_eq!(base, Scenario::default());
}

#[test]
fn set_field_on_every_field_with_its_own_value_is_a_no_op() {
    for preset in PRESETS {
        let s = preset.scenario();
        for e in edit::fields(&s) {
            let again = edit::set_field(&s, &e.path, e.value.clone())
                .unwrap_or_else(|err| panic!("{} {}: {err:?}", preset.name, e.path));
            assert_eq!(again, s, "{} {}", preset.name, e.path);
        }
    }
}

// ----- numbers -----------------------------------------------------------------------------

#[test]
fn parse_number_reads_what_people_type() {
    let ok = |t: &str, u: Unit| edit::parse_number(t, u).unwrap_or_else(|e| panic!("{t}: {e}"));
    assert_eq!(ok("5", Unit::Count), 5.0);
    assert_eq!(ok("  5  ", Unit::Count), 5.0);
    assert_eq!(ok("2.5", Unit::Months), 2.5);
    assert_eq!(ok(".5", Unit::Multiplier), 0.5);
    assert_eq!(ok("1,200", Unit::Count), 1200.0);
    assert_eq!(ok("1,234,567.5", Unit::Money), 1_234_567.5);
    assert_eq!(ok("5k", Unit::Money), 5000.0);
    assert_eq!(ok("5K", Unit::Count), 5000.0);
    assert_eq!(ok("1.2M", Unit::Money), 1_200_000.0);
    assert_eq!(ok("1.2m", Unit::Money), 1_200_000.0);
    assert_eq!(ok("2.5mm", Unit::Money), 2_500_000.0);
    assert_eq!(ok("3bn", Unit::Money), 3e9);
    assert_eq!(ok("$80k", Unit::Money), 80_000.0);
    assert_eq!(ok("$ 80,000", Unit::Money), 80_000.0);
    assert_eq!(ok("€1.5M", Unit::Money), 1_500_000.0);
    assert_eq!(ok("USD 80k", Unit::Money), 80_000.0);
    assert_eq!(ok("80k EUR", Unit::Money), 80_000.0);
    assert_eq!(ok("$160K", Unit::Money), 160_000.0);
    assert_eq!(ok("1e3", Unit::Count), 1000.0);
    assert_eq!(ok("12 months", Unit::Months), 12.0);
    assert_eq!(
        ok("6m", Unit::Months),
        6.0,
        "m is months for a months field"
    );
    assert_eq!(ok("140 h", Unit::Hours), 140.0);
    assert_eq!(ok("1.5x", Unit::Multiplier), 1.5);
    // Negatives, with either minus sign, before or after a currency sign.
    assert_eq!(ok("-5", Unit::Count), -5.0);
    assert_eq!(ok("−5", Unit::Count), -5.0);
    assert_eq!(ok("-$5k", Unit::Money), -5000.0);
    assert_eq!(ok("$-5k", Unit::Money), -5000.0);
    assert_eq!(ok("+5", Unit::Count), 5.0);
    assert_eq!(ok("-0.5", Unit::Share), -0.5);
    // Shares: "35%" and "0.35" are the same; above 1 without % is a percentage.
    assert_eq!(ok("35%", Unit::Share), 0.35);
    assert_eq!(ok("35 %", Unit::Share), 0.35);
    assert_eq!(ok("0.35", Unit::Share), 0.35);
    assert_eq!(ok("35", Unit::Share), 0.35);
    assert_eq!(ok("7.3", Unit::Share), 0.073);
    assert_eq!(ok("7.3%", Unit::Share), 0.073);
    assert_eq!(ok("1", Unit::Share), 1.0);
    assert_eq!(ok("150%", Unit::Share), 1.5);
    assert_eq!(ok("0.5%", Unit::Share), 0.005);
    assert_eq!(ok("150%", Unit::Multiplier), 1.5);
    assert_eq!(
        ok("35", Unit::Count),
        35.0,
        "only shares read bare numbers as percentages"
    );
}

#[test]
fn parse_number_gives_a_reason_for_bad_text() {
    for (text, unit, words) in [
        ("abc", Unit::Count, "not a number"),
        ("", Unit::Count, "empty"),
        ("   ", Unit::Count, "empty"),
        ("1,2", Unit::Count, "comma"),
        ("12,34", Unit::Count, "comma"),
        ("1.2.3", Unit::Count, "not a number"),
        ("5k%", Unit::Count, "not a number"),
        ("--5", Unit::Count, "not a number"),
        ("$5", Unit::Count, "currency"),
        ("$5", Unit::Share, "currency"),
        ("%", Unit::Share, "not a number"),
        ("$", Unit::Money, "not a number"),
        ("k", Unit::Money, "not a number"),
        ("inf", Unit::Count, "not a number"),
        ("NaN", Unit::Count, "not a number"),
        ("1e999", Unit::Count, "too large"),
        ("1e99999999999", Unit::Count, "exponent"),
        ("5 to 10", Unit::Count, "not a number"),
    ] {
        let e = edit::parse_number(text, unit).expect_err(text);
        assert!(e.to_string().contains(words), "{text:?}: {e}");
    }
    assert!(edit::parse_number("abc", Unit::Count)
        .unwrap_err()
        .to_string()
        .contains("“abc”"));
}

#[test]
fn parse_integer_reads_whole_numbers() {
    assert_eq!(edit::parse_integer("12"), Ok(12));
    assert_eq!(edit::parse_integer(" 1,200 "), Ok(1200));
    assert_eq!(edit::parse_integer("2k"), Ok(2000));
    assert_eq!(edit::parse_integer("0"), Ok(0));
    assert_eq!(edit::parse_integer("4294967295"), Ok(u32::MAX));
    for (text, words) in [
        ("2.5", "whole"),
        ("-3", "negative"),
        ("4294967296", "too large"),
        ("abc", "not a number"),
        ("", "empty"),
        ("50%", "percentage"),
        ("$5", "currency"),
    ] {
        let e = edit::parse_integer(text).expect_err(text);
        assert!(e.to_string().contains(words), "{text:?}: {e}");
    }
}

#[test]
fn shown_numbers_read_back_exactly() {
    let values: [f64; 29] = [
        0.0,
        1.0,
        0.35,
        0.3,
        0.15,
        0.07,
        0.073,
        0.005,
        0.001,
        0.123456789,
        1.0 / 3.0,
        2.0 / 3.0,
        0.1 + 0.2,
        1e-9,
        0.999999,
        1.5,
        2.5,
        12.0,
        140.0,
        1200.0,
        160_000.0,
        165_432.0,
        1_234_567.89,
        1.2e6,
        3e9,
        1e15,
        1e-7,
        -0.5,
        -1200.0,
    ];
    for x in values {
        for unit in [
            Unit::Share,
            Unit::Money,
            Unit::Count,
            Unit::Months,
            Unit::Hours,
            Unit::Multiplier,
            Unit::PerYear,
        ] {
            if unit == Unit::Share && x.abs() > 10.0 {
                continue;
            }
            let text = edit::format_value(&FieldValue::Number(x), unit);
            assert_eq!(
                edit::parse_number(&text, unit),
                Ok(x),
                "{x} as {unit:?} shows {text:?}"
            );
        }
    }
}

// ----- uncertain values --------------------------------------------------------------------

#[test]
fn a_single_number_is_fixed_in_any_form() {
    for form in [
        "fixed",
        "uniform",
        "triangular",
        "pert",
        "normal",
        "lognormal",
    ] {
        assert_eq!(
            edit::parse_dist("12", form, Unit::Months),
            Ok(Dist::Fixed(12.0)),
            "{form}"
        );
        assert_eq!(
            edit::parse_dist(" $80k ", form, Unit::Money),
            Ok(Dist::Fixed(80_000.0)),
            "{form}"
        );
        assert_eq!(
            edit::parse_dist("30%", form, Unit::Share),
            Ok(Dist::Fixed(0.3)),
            "{form}"
        );
    }
}

#[test]
fn a_range_is_a_ninety_percent_range_for_each_form() {
    assert_eq!(
        edit::parse_dist("5 to 10", "lognormal", Unit::Months),
        Ok(Dist::LogNormal { p5: 5.0, p95: 10.0 })
    );
    assert_eq!(
        edit::parse_dist("5 to 10", "uniform", Unit::Months),
        Ok(Dist::Uniform { lo: 5.0, hi: 10.0 })
    );
    assert_eq!(
        edit::parse_dist("5 to 10", "normal", Unit::Months),
        Ok(Dist::Normal {
            mean: 7.5,
            sd: (10.0 - 5.0) / (2.0 * 1.6448536269514722)
        })
    );
    assert_eq!(Z90, 1.6448536269514722);
    assert_eq!(
        edit::parse_dist("5 to 10", "triangular", Unit::Months),
        Ok(Dist::Triangular {
            min: 5.0,
            mode: 7.5,
            max: 10.0
        })
    );
    assert_eq!(
        edit::parse_dist("5 to 10", "pert", Unit::Months),
        Ok(Dist::Pert {
            min: 5.0,
            mode: 7.5,
            max: 10.0
        })
    );
    // Other ways of writing a range.
    for text in [
        "5-10", "5 - 10", "5–10", "5 – 10", "5—10", "5 .. 10", "5..10", "5 TO 10", "5, 10", "5;10",
    ] {
        assert_eq!(
            edit::parse_dist(text, "lognormal", Unit::Months),
            Ok(Dist::LogNormal { p5: 5.0, p95: 10.0 }),
            "{text}"
        );
    }
    // Numbers as people type them.
    let size = Dist::LogNormal {
        p5: 10_000.0,
        p95: 100_000.0,
    };
    for text in [
        "10,000 to 100,000",
        "10k to 100k",
        "$10k-$100k",
        "$10K – $100K",
        "10000..100000",
    ] {
        assert_eq!(
            edit::parse_dist(text, "lognormal", Unit::Money),
            Ok(size),
            "{text}"
        );
    }
    // Negative ends.
    assert_eq!(
        edit::parse_dist("-5 to 10", "uniform", Unit::Count),
        Ok(Dist::Uniform { lo: -5.0, hi: 10.0 })
    );
    assert_eq!(
        edit::parse_dist("-5-10", "uniform", Unit::Count),
        Ok(Dist::Uniform { lo: -5.0, hi: 10.0 })
    );
    assert_eq!(
        edit::parse_dist("-10 - -5", "uniform", Unit::Count),
        Ok(Dist::Uniform {
            lo: -10.0,
            hi: -5.0
        })
    );
}

#[test]
fn shares_in_a_range_read_as_percentages_together() {
    let want = Dist::LogNormal { p5: 0.05, p95: 0.1 };
    for text in [
        "5% to 10%",
        "5 to 10",
        "0.05 to 0.1",
        "5%-10%",
        "0.05 to 10%",
    ] {
        assert_eq!(
            edit::parse_dist(text, "lognormal", Unit::Share),
            Ok(want),
            "{text}"
        );
    }
    // "1 to 5" means 1% to 5% once any number is above 1.
    assert_eq!(
        edit::parse_dist("1 to 5", "uniform", Unit::Share),
        Ok(Dist::Uniform { lo: 0.01, hi: 0.05 })
    );
    assert_eq!(
        edit::parse_dist("10, 20, 30", "triangular", Unit::Share),
        Ok(Dist::Triangular {
            min: 0.1,
            mode: 0.2,
            max: 0.3
        })
    );
    assert_eq!(
        edit::parse_dist("0.1, 0.2, 0.3", "pert", Unit::Share),
        Ok(Dist::Pert {
            min: 0.1,
            mode: 0.2,
            max: 0.3
        })
    );
}

#[test]
fn three_numbers_are_min_likely_max() {
    assert_eq!(
        edit::parse_dist("5, 7, 10", "triangular", Unit::Months),
        Ok(Dist::Triangular {
            min: 5.0,
            mode: 7.0,
            max: 10.0
        })
    );
    assert_eq!(
        edit::parse_dist("5, 7, 10", "pert", Unit::Months),
        Ok(Dist::Pert {
            min: 5.0,
            mode: 7.0,
            max: 10.0
        })
    );
    assert_eq!(
        edit::parse_dist("5,7,10", "pert", Unit::Months),
        Ok(Dist::Pert {
            min: 5.0,
            mode: 7.0,
            max: 10.0
        })
    );
    assert_eq!(
        edit::parse_dist("5; 7; 10", "pert", Unit::Months),
        Ok(Dist::Pert {
            min: 5.0,
            mode: 7.0,
            max: 10.0
        })
    );
    assert_eq!(
        edit::parse_dist("10,000, 50,000, 100,000", "triangular", Unit::Money),
        Ok(Dist::Triangular {
            min: 10_000.0,
            mode: 50_000.0,
            max: 100_000.0
        })
    );
    assert_eq!(
        edit::parse_dist("$10k, $50k, $100k", "pert", Unit::Money),
        Ok(Dist::Pert {
            min: 10_000.0,
            mode: 50_000.0,
            max: 100_000.0
        })
    );
    for form in ["uniform", "normal", "lognormal"] {
        let e = edit::parse_dist("5, 7, 10", form, Unit::Months)
            .expect_err(form)
            .to_string();
        assert!(
            e.contains(form) && e.contains("triangular or pert") && e.contains("range"),
            "{form}: {e}"
        );
    }
    let e = edit::parse_dist("5, 7, 10", "fixed", Unit::Months)
        .unwrap_err()
        .to_string();
    assert!(e.contains("one number"), "{e}");
    let e = edit::parse_dist("10, 7, 5", "triangular", Unit::Months)
        .unwrap_err()
        .to_string();
    assert!(e.contains("min ≤ likely ≤ max"), "{e}");
    let e = edit::parse_dist("1, 2, 3, 4", "triangular", Unit::Months)
        .unwrap_err()
        .to_string();
    assert!(e.contains("at most three"), "{e}");
}

#[test]
fn a_normal_also_reads_mean_and_sd() {
    assert_eq!(
        edit::parse_dist("mean 7.5, sd 3", "normal", Unit::Months),
        Ok(Dist::Normal { mean: 7.5, sd: 3.0 })
    );
    assert_eq!(
        edit::parse_dist("7.5 ± 3", "normal", Unit::Months),
        Ok(Dist::Normal { mean: 7.5, sd: 3.0 })
    );
    assert_eq!(
        edit::parse_dist("7.5 +/- 3", "normal", Unit::Months),
        Ok(Dist::Normal { mean: 7.5, sd: 3.0 })
    );
    assert_eq!(
        edit::parse_dist("Mean: 30%, SD: 5%", "normal", Unit::Share),
        Ok(Dist::Normal {
            mean: 0.3,
            sd: 0.05
        })
    );
    assert!(edit::parse_dist("mean 7.5, sd 3", "uniform", Unit::Months)
        .unwrap_err()
        .to_string()
        .contains("normal"));
    assert!(edit::parse_dist("mean 7.5, sd -3", "normal", Unit::Months)
        .unwrap_err()
        .to_string()
        .contains("negative"));
}

#[test]
fn a_reversed_range_says_lo_must_be_below_hi() {
    for form in ["uniform", "triangular", "pert", "normal", "lognormal"] {
        let e = edit::parse_dist("10 to 5", form, Unit::Months)
            .expect_err(form)
            .to_string();
        assert!(e.contains("lo must be below hi"), "{form}: {e}");
    }
    let e = edit::parse_dist("5 to 5", "lognormal", Unit::Months)
        .unwrap_err()
        .to_string();
    assert!(e.contains("lo must be below hi"), "{e}");
    let e = edit::parse_dist("0 to 5", "lognormal", Unit::Months)
        .unwrap_err()
        .to_string();
    assert!(e.contains("above 0"), "{e}");
    // A fixed form takes no range.
    assert!(edit::parse_dist("5 to 10", "fixed", Unit::Months)
        .unwrap_err()
        .to_string()
        .contains("one number"));
}

#[test]
fn garbage_is_refused_with_a_reason() {
    for text in [
        "",
        "  ",
        "abc",
        "5 to",
        "to 10",
        "5 to abc",
        "five to ten",
        ",,",
        "5,,10",
        "1 to 2 to 3",
        "--",
        "5 % to 10 $",
    ] {
        let e = edit::parse_dist(text, "lognormal", Unit::Months)
            .expect_err(text)
            .to_string();
        assert!(!e.is_empty(), "{text:?}");
    }
    let e = edit::parse_dist("5 to 10", "gamma", Unit::Months)
        .unwrap_err()
        .to_string();
    assert!(e.contains("not a shape") && e.contains("lognormal"), "{e}");
}

#[test]
fn shown_dists_read_back_for_every_preset() {
    let mut checked = 0;
    for preset in PRESETS {
        for e in edit::fields(&preset.scenario()) {
            for value in [&e.value, &e.default] {
                if let FieldValue::Dist(d) = value {
                    let text = edit::format_dist(d, e.field.unit);
                    assert_eq!(
                        edit::parse_dist(&text, d.form(), e.field.unit),
                        Ok(*d),
                        "{} {}: {text:?}",
                        preset.name,
                        e.path
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 100);
}

#[test]
fn shown_dists_read_back_for_typical_values() {
    let cases = [
        (Dist::Fixed(0.3), Unit::Share, "30%"),
        (Dist::Fixed(12.0), Unit::Months, "12"),
        (
            Dist::LogNormal {
                p5: 10_000.0,
                p95: 100_000.0,
            },
            Unit::Money,
            "10,000 to 100,000",
        ),
        (
            Dist::LogNormal { p5: 0.7, p95: 1.4 },
            Unit::Multiplier,
            "0.7 to 1.4",
        ),
        (
            Dist::LogNormal { p5: 0.05, p95: 0.1 },
            Unit::Share,
            "5% to 10%",
        ),
        (
            Dist::Triangular {
                min: 2.0,
                mode: 5.0,
                max: 9.0,
            },
            Unit::Months,
            "2, 5, 9",
        ),
        (
            Dist::Pert {
                min: 0.1,
                mode: 0.2,
                max: 0.35,
            },
            Unit::Share,
            "10%, 20%, 35%",
        ),
        (
            Dist::Uniform { lo: 1.5, hi: 2.5 },
            Unit::Hours,
            "1.5 to 2.5",
        ),
        (
            Dist::Normal {
                mean: 7.5,
                sd: 5.0 / (2.0 * Z90),
            },
            Unit::Months,
            "5 to 10",
        ),
        (
            Dist::Normal {
                mean: 0.3,
                sd: 0.05,
            },
            Unit::Share,
            "",
        ),
        (Dist::Normal { mean: 7.5, sd: 3.0 }, Unit::Months, ""),
        (
            Dist::Normal { mean: 7.5, sd: 0.0 },
            Unit::Months,
            "mean 7.5, sd 0",
        ),
        (
            Dist::Triangular {
                min: 12.0,
                mode: 20.0,
                max: 35.0,
            },
            Unit::Hours,
            "12, 20, 35",
        ),
        (
            Dist::Uniform { lo: 0.0, hi: 1.0 },
            Unit::Share,
            "0% to 100%",
        ),
        (
            Dist::Triangular {
                min: 0.0,
                mode: 0.0,
                max: 0.0,
            },
            Unit::Share,
            "0%, 0%, 0%",
        ),
        (
            Dist::LogNormal {
                p5: 1_234.5,
                p95: 98_765.25,
            },
            Unit::Money,
            "1,234.5 to 98,765.25",
        ),
        (
            Dist::LogNormal {
                p5: 0.123,
                p95: 0.456,
            },
            Unit::Share,
            "12.3% to 45.6%",
        ),
    ];
    for (d, unit, shown) in cases {
        let text = edit::format_dist(&d, unit);
        if !shown.is_empty() {
            assert_eq!(text, shown, "{d:?}");
        }
        assert_eq!(
            edit::parse_dist(&text, d.form(), unit),
            Ok(d),
            "{d:?} shows {text:?}"
        );
    }
    // Whatever a person typed into a normal reads back from what is shown.
    for text in [
        "5 to 10",
        "1 to 2",
        "0.3 to 0.9",
        "100 to 2,000",
        "12 to 35",
    ] {
        let d = edit::parse_dist(text, "normal", Unit::Hours).unwrap();
        let shown = edit::format_dist(&d, Unit::Hours);
        assert_eq!(
            edit::parse_dist(&shown, "normal", Unit::Hours),
            Ok(d),
            "{text} shows {shown}"
        );
    }
}

#[test]
fn a_spread_of_dists_reads_back() {
    // A deterministic spread of parameters, every form, several units.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    for _ in 0..2000 {
        let unit = [
            Unit::Share,
            Unit::Money,
            Unit::Months,
            Unit::Hours,
            Unit::Multiplier,
        ][(next() * 5.0) as usize % 5];
        let scale = match unit {
            Unit::Share => 1.0,
            Unit::Money => 1e6,
            Unit::Months => 24.0,
            _ => 10.0,
        };
        // Round to three significant digits, as people type.
        let mut v: Vec<f64> = (0..3)
            .map(|_| {
                let x = next() * scale;
                format!("{x:.2e}").parse::<f64>().unwrap()
            })
            .collect();
        v.sort_by(f64::total_cmp);
        if v[0] <= 0.0 || v[0] == v[2] {
            continue;
        }
        for d in [
            Dist::Fixed(v[1]),
            Dist::Uniform { lo: v[0], hi: v[2] },
            Dist::Triangular {
                min: v[0],
                mode: v[1],
                max: v[2],
            },
            Dist::Pert {
                min: v[0],
                mode: v[1],
                max: v[2],
            },
            Dist::LogNormal {
                p5: v[0],
                p95: v[2],
            },
            Dist::Normal {
                mean: v[1],
                sd: v[0],
            },
        ] {
            let text = edit::format_dist(&d, unit);
            assert_eq!(
                edit::parse_dist(&text, d.form(), unit),
                Ok(d),
                "{d:?} as {unit:?} shows {text:?}"
            );
        }
    }
}

// ----- showing values ----------------------------------------------------------------------

#[test]
fn format_value_shows_defaults_for_people() {
    let entries = edit::fields(&Scenario::default());
    let shown = |p: &str| {
        let e = entry(&entries, p);
        edit::format_value(&e.default, e.field.unit)
    };
    assert_eq!(shown("ae.outbound_share"), "35%");
    assert_eq!(shown("ae.ote_per_year"), "$160K");
    assert_eq!(shown("ae.quota_per_year"), "$600K");
    assert_eq!(shown("leader.ote_per_year"), "$300K");
    assert_eq!(shown("ae.initial"), "2");
    assert_eq!(shown("ae.selling_hours_per_month"), "140");
    assert_eq!(shown("ae.elite_prospecting_multiplier"), "2.5");
    assert_eq!(shown("leader.hire_month"), "never");
    assert_eq!(shown("founder.sells_until_month"), "12");
    assert_eq!(shown("drift.enabled"), "off");
    assert_eq!(shown("ae.backfill"), "on");
    assert_eq!(shown("ae.ramp_months"), "2, 5, 9");
    assert_eq!(shown("deals.size"), "10,000 to 100,000");
    assert_eq!(shown("win_rates.inbound"), "25%");
    assert_eq!(shown("ae.plan"), "none");
    assert_eq!(shown("ae.pace"), "none");
    assert_eq!(shown("targets.bookings_per_quarter"), "none");
    assert_eq!(shown("currency"), "USD");
    assert_eq!(shown("name"), "none");

    assert_eq!(
        edit::format_value(&FieldValue::Number(165_432.0), Unit::Money),
        "$165,432"
    );
    assert_eq!(
        edit::format_value(&FieldValue::Number(1_200_000.0), Unit::Money),
        "$1.2M"
    );
    assert_eq!(
        edit::format_value(&FieldValue::Number(1_250_000.0), Unit::Money),
        "$1.25M"
    );
    assert_eq!(
        edit::format_value(&FieldValue::Number(950.0), Unit::Money),
        "$950"
    );
    assert_eq!(
        edit::format_value(&FieldValue::Number(-2_000.0), Unit::Money),
        "-$2K"
    );
    assert_eq!(
        edit::format_value_in(&FieldValue::Number(1_500_000.0), Unit::Money, "EUR"),
        "€1.5M"
    );
    assert_eq!(
        edit::format_value_in(&FieldValue::Number(80_000.0), Unit::Money, "CHF"),
        "CHF 80K"
    );
    assert_eq!(edit::parse_number("CHF 80K", Unit::Money), Ok(80_000.0));
    assert_eq!(
        edit::format_value(&FieldValue::Number(12_345.0), Unit::Count),
        "12,345"
    );
    assert_eq!(
        edit::format_value(&FieldValue::Number(0.02), Unit::Share),
        "2%"
    );
    assert_eq!(
        edit::format_value(&FieldValue::Number(0.005), Unit::Share),
        "0.5%"
    );
    assert_eq!(
        edit::format_value(
            &FieldValue::Plan(vec![
                PlanEntry { month: 3, count: 2 },
                PlanEntry { month: 9, count: 1 }
            ]),
            Unit::Count
        ),
        "2 at month 3, 1 at month 9"
    );
    assert_eq!(
        edit::format_value(
            &FieldValue::Pace(Some(Pace {
                per_quarter: 1.5,
                from_month: 0,
                to_month: None
            })),
            Unit::Count
        ),
        "1.5 per quarter from month 0 to the horizon"
    );
    assert_eq!(
        edit::format_value(
            &FieldValue::Pace(Some(Pace {
                per_quarter: 3.0,
                from_month: 6,
                to_month: Some(24)
            })),
            Unit::Count
        ),
        "3 per quarter from month 6 to month 24"
    );
    assert_eq!(
        edit::format_value(&FieldValue::Target(Target::Every(250_000.0)), Unit::Money),
        "$250K every quarter"
    );
    assert_eq!(
        edit::format_value(
            &FieldValue::Target(Target::PerQuarter(vec![100_000.0, 150_000.0])),
            Unit::Money
        ),
        "$100K; $150K"
    );
}

#[test]
fn entry_texts_know_what_an_unset_month_means() {
    let s = edit::set_field(
        &Scenario::default(),
        "founder.sells_until_month",
        FieldValue::OptionalMonth(None),
    )
    .unwrap();
    let entries = edit::fields(&s);
    let founder = entry(&entries, "founder.sells_until_month");
    assert_eq!(founder.value_text(), "throughout");
    assert_eq!(founder.default_text(), "12");
    assert_eq!(entry(&entries, "leader.hire_month").value_text(), "never");
    assert_eq!(entry(&entries, "ae.ote_per_year").default_text(), "$160K");
}

// ----- no panics ---------------------------------------------------------------------------

#[test]
fn odd_text_never_panics() {
    let pieces = [
        "",
        " ",
        "5",
        "-",
        "−",
        "+",
        ".",
        ",",
        ";",
        "%",
        "$",
        "€",
        "k",
        "M",
        "bn",
        "e",
        "E",
        "to",
        " to ",
        "..",
        "…",
        "–",
        "—",
        "±",
        "+/-",
        "mean",
        "sd",
        "USD",
        "ab",
        "é",
        "漢",
        "🙂",
        "\u{0}",
        "\t",
        "1e",
        "9999999999999999999999",
        "0",
        "(",
        ")",
        "x",
        "m",
    ];
    let mut state: u32 = 12345;
    for _ in 0..20_000 {
        let mut text = String::new();
        for _ in 0..(state % 6) {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            text.push_str(pieces[(state >> 8) as usize % pieces.len()]);
        }
        state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        let unit = [
            Unit::Share,
            Unit::Money,
            Unit::Months,
            Unit::Hours,
            Unit::Multiplier,
            Unit::Count,
        ][(state >> 4) as usize % 6];
        let _ = edit::parse_number(&text, unit);
        let _ = edit::parse_integer(&text);
        for form in [
            "fixed",
            "uniform",
            "triangular",
            "pert",
            "normal",
            "lognormal",
            "",
            "🙂",
        ] {
            if let Ok(d) = edit::parse_dist(&text, form, unit) {
                let _ = edit::format_dist(&d, unit);
            }
        }
    }
    for x in [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::MAX,
        f64::MIN_POSITIVE,
        -0.0,
        5e-324,
    ] {
        for unit in [Unit::Share, Unit::Money, Unit::Count] {
            let _ = edit::format_value(&FieldValue::Number(x), unit);
            let _ = edit::format_dist(&Dist::Normal { mean: x, sd: x }, unit);
            let _ = edit::format_dist(&Dist::LogNormal { p5: x, p95: x }, unit);
        }
    }
}

#[test]
fn plans_and_targets_read_back_what_they_show() {
    use pipesim::editor::{format_plan, format_target, parse_plan, parse_target};
    use pipesim::model::{PlanEntry, Target};
    let plan = vec![
        PlanEntry { month: 3, count: 2 },
        PlanEntry { month: 9, count: 1 },
    ];
    assert_eq!(format_plan(&plan), "3: 2, 9: 1");
    assert_eq!(parse_plan("3: 2, 9: 1"), Ok(plan));
    assert_eq!(parse_plan("  "), Ok(vec![]));
    assert!(parse_plan("3 2")
        .unwrap_err()
        .to_string()
        .contains("month: count"));
    for target in [
        Target::None,
        Target::Every(250_000.0),
        Target::PerQuarter(vec![100_000.0, 150_000.0]),
    ] {
        assert_eq!(parse_target(&format_target(&target)), Ok(target.clone()));
        // In Chinese too (`US$25万`), as the page writes it in the target's box.
        let zh = pipesim::i18n::Catalogue::embedded(pipesim::i18n::Lang::ZhCn);
        let text = pipesim::editor::format_target_in(&target, &zh);
        assert_eq!(parse_target(&text), Ok(target), "{text}");
    }
    assert!(parse_target("lots").is_err());
}
