//! Analyses with known answers: a goal seek on the capacity formula, a tornado of a scenario with
//! one uncertain input, inputs that change nothing giving bars of exactly zero, sharded runs
//! merging bit for bit, threads never changing a number, and bad settings named by path.

use std::sync::atomic::AtomicBool;

use pipesim::analysis::shards::{merge, Part};
use pipesim::analysis::{run_study, Study, StudyOptions, StudyReport, StudyResult};
use pipesim::engine::{simulate, MetricId, RunSettings, WORK_LIMIT};
use pipesim::model::analysis::{AnalysisKind, AnalysisSpec, GoalSpec, LeverSpec};
use pipesim::model::{Dist, Scenario, Workspace};
use pipesim::presets::find as preset;
use pipesim::report::horizon_values;

fn workspace(scenario: Scenario, seed: u64) -> Workspace {
    let mut w = Workspace::single(scenario);
    w.run.seed = seed;
    w
}

fn spec(kind: AnalysisKind, trials: u32) -> AnalysisSpec {
    AnalysisSpec {
        scenario: 0,
        trials: Some(trials),
        kind,
    }
}

fn run(w: &Workspace, spec: &AnalysisSpec, options: StudyOptions, threads: usize) -> Study {
    let mut study = Study::new(w, spec, options).expect("a valid analysis");
    study
        .check_work(WORK_LIMIT * 8.0)
        .expect("within the work limit");
    run_study(&mut study, threads, &|_, _| {}, &AtomicBool::new(false)).expect("runs");
    assert!(study.is_done());
    study
}

/// A team of fully ramped AEs that nobody leaves or joins, and nothing uncertain about them.
fn steady_team() -> Scenario {
    let mut s = Scenario::default();
    s.ae.staffing.initial = 3;
    s.ae.staffing.initial_tenure_months = 36;
    s.ae.staffing.annual_attrition = Dist::Fixed(0.0);
    s.ae.staffing.mis_hire_rate = Dist::Fixed(0.0);
    s.ae.staffing.pace = None;
    s.ae.staffing.plan.clear();
    s
}

#[test]
fn goal_on_quota_capacity_returns_the_formulas_count_of_aes() {
    let s = steady_team();
    let years = s.horizon_months as f64 / 12.0;
    let per_ae = s.ae.quota_per_year * years;
    let goal = 7.5e6;
    let formula = (goal / per_ae).ceil();
    let spec = spec(
        AnalysisKind::Seek {
            goal: GoalSpec {
                output: "quota_capacity".into(),
                at_least: true,
                threshold: goal,
                chance: 0.8,
            },
            levers: vec![LeverSpec {
                field: "ae.initial".into(),
                from: 1.0,
                to: 30.0,
                step: None,
            }],
        },
        200,
    );
    let study = run(&workspace(s, 3), &spec, StudyOptions::default(), 2);
    let StudyResult::Seek(seek) = study.report().result else {
        panic!("a seek")
    };
    assert!(seek.met);
    let choice = seek.choice.expect("a setting");
    assert_eq!(
        choice.values,
        vec![formula],
        "{formula} AEs of {per_ae} each"
    );
    assert_eq!(choice.chance, 1.0);
    // Bisection, not every value: both ends and a few rounds of three.
    assert!(seek.tried < 20, "{} settings tried", seek.tried);
}

/// Inbound is the only source, and its volume the only uncertain input.
fn one_uncertain_input() -> Scenario {
    let mut s = steady_team();
    s.founder.sells_until_month = Some(0);
    s.founder.hours_per_month = 0.0;
    s.ae.outbound_share = 0.0;
    s.expansion.opps_per_customer_per_year = 0.0;
    s.inbound.monthly_growth = 0.0;
    s.inbound.opps_per_month = Dist::Uniform { lo: 5.0, hi: 50.0 };
    s
}

#[test]
fn a_tornado_ranks_the_one_uncertain_input_first_and_the_rest_as_noise() {
    let spec = spec(
        AnalysisKind::Sensitivity {
            output: "opps_created.total".into(),
        },
        1000,
    );
    let study = run(
        &workspace(one_uncertain_input(), 7),
        &spec,
        StudyOptions::default(),
        2,
    );
    let StudyResult::Sensitivity(t) = study.report().result else {
        panic!("a tornado")
    };
    assert!(t.bars.len() > 10, "{} inputs", t.bars.len());
    assert_eq!(t.bars[0].path, "inbound.opps_per_month");
    assert!(!t.bars[0].within_noise);
    assert_eq!(t.bars[0].trials, 1000, "the first bar is refined");
    for bar in &t.bars[1..] {
        assert!(
            bar.swing.abs() <= 2.0 * bar.standard_error,
            "{}: swing {} with standard error {}",
            bar.path,
            bar.swing,
            bar.standard_error
        );
        assert!(bar.within_noise);
    }
    // The only uncertainty makes the whole band.
    assert_eq!(t.bands[0].path, "inbound.opps_per_month");
    assert!(t.bands[0].share > 0.5, "{}", t.bands[0].share);
}

#[test]
fn inputs_that_change_nothing_give_bars_of_exactly_zero() {
    // Drift is on but starts after the horizon: its decay and floor change no trial.
    let mut s = preset("series-a").unwrap().scenario();
    s.drift.enabled = true;
    s.drift.after_months = 100;
    let spec = spec(
        AnalysisKind::Sensitivity {
            output: "bookings.total".into(),
        },
        200,
    );
    let study = run(&workspace(s, 1), &spec, StudyOptions::default(), 2);
    let StudyResult::Sensitivity(t) = study.report().result else {
        panic!("a tornado")
    };
    for path in ["drift.monthly_decay", "drift.floor"] {
        let bar = t.bars.iter().find(|b| b.path == path).expect(path);
        assert_eq!((bar.low, bar.high), (bar.base, bar.base), "{path}");
        assert_eq!((bar.swing, bar.standard_error), (0.0, 0.0), "{path}");
    }
}

#[test]
fn a_sweep_point_at_the_base_value_is_the_ordinary_run() {
    let s = preset("series-a").unwrap().scenario();
    let spec = spec(
        AnalysisKind::Sweep {
            output: "bookings.total".into(),
            field: "ae.outbound_share".into(),
            from: 0.25,
            to: 0.45,
            steps: 3,
        },
        300,
    );
    let study = run(&workspace(s.clone(), 5), &spec, StudyOptions::default(), 3);
    let StudyResult::Sweep(sweep) = study.report().result else {
        panic!("a sweep")
    };
    assert_eq!(sweep.rows.len(), 3);
    let at_base = sweep.rows[1].summary.expect("in");
    let settings = RunSettings {
        trials: 300,
        seed: 5,
        threads: 1,
    };
    let run = simulate(&s, &settings).unwrap();
    let mut bookings = horizon_values(&run, MetricId::BOOKINGS_TOTAL);
    bookings.sort_by(f64::total_cmp);
    assert_eq!(at_base.p50, pipesim::stats::quantile_sorted(&bookings, 0.5));
    assert_eq!(sweep.rows[1].output, Some(at_base.p50));
    assert!(sweep.best.is_some());
}

fn report_json(study: &Study) -> String {
    serde_json::to_string(&study.report()).unwrap()
}

#[test]
fn threads_change_no_number() {
    let s = preset("founder-led").unwrap().scenario();
    let spec = spec(
        AnalysisKind::Sensitivity {
            output: "bookings.total".into(),
        },
        100,
    );
    let w = workspace(s, 9);
    let one = run(&w, &spec, StudyOptions::default(), 1);
    let three = run(&w, &spec, StudyOptions::default(), 3);
    assert_eq!(report_json(&one), report_json(&three));
}

#[test]
fn parts_of_a_sweep_and_of_a_seek_merge_bit_for_bit() {
    let s = preset("series-a").unwrap().scenario();
    let w = workspace(s, 11);
    let sweep = spec(
        AnalysisKind::Sweep {
            output: "bookings.total".into(),
            field: "ae.pace".into(),
            from: 1.0,
            to: 6.0,
            steps: 6,
        },
        100,
    );
    let seek = spec(
        AnalysisKind::Seek {
            goal: GoalSpec {
                output: "bookings.total".into(),
                at_least: true,
                threshold: 8e6,
                chance: 0.5,
            },
            levers: vec![
                LeverSpec {
                    field: "ae.pace".into(),
                    from: 1.0,
                    to: 5.0,
                    step: None,
                },
                LeverSpec {
                    field: "ae.outbound_share".into(),
                    from: 0.1,
                    to: 0.5,
                    step: Some(0.2),
                },
            ],
        },
        100,
    );
    for spec in [sweep, seek] {
        let whole = run(
            &w,
            &spec,
            StudyOptions {
                exhaustive: true,
                shard: None,
            },
            2,
        );
        let n = 3;
        let parts: Vec<(String, Part)> = (0..n)
            .map(|i| {
                let options = StudyOptions {
                    exhaustive: true,
                    shard: Some((i, n)),
                };
                let part = run(&w, &spec, options, 1);
                let part = Part::of(&part, &w, (i, n));
                // Through the file's text, as a job array would hand them over.
                let text = serde_json::to_string(&part).unwrap();
                (format!("part{i}"), serde_json::from_str(&text).unwrap())
            })
            .collect();
        let merged = merge(&parts).expect("merges");
        assert_eq!(
            report_json(&merged),
            report_json(&whole),
            "{}",
            spec.kind.name()
        );
        assert!(merge(&parts[..2])
            .unwrap_err()
            .to_string()
            .contains("part 3/3 is missing"));
    }
}

#[test]
fn an_unreachable_goal_says_so_and_shows_the_best_reached() {
    let s = steady_team();
    let spec = spec(
        AnalysisKind::Seek {
            goal: GoalSpec {
                output: "quota_capacity".into(),
                at_least: true,
                threshold: 1e9,
                chance: 0.8,
            },
            levers: vec![LeverSpec {
                field: "ae.initial".into(),
                from: 1.0,
                to: 10.0,
                step: None,
            }],
        },
        50,
    );
    let study = run(&workspace(s, 1), &spec, StudyOptions::default(), 1);
    let StudyResult::Seek(seek) = study.report().result else {
        panic!("a seek")
    };
    assert!(!seek.met);
    assert_eq!(seek.choice.expect("the best reached").values, vec![10.0]);
}

#[test]
fn bad_settings_are_named_by_path() {
    let w = workspace(preset("series-a").unwrap().scenario(), 1);
    let error = |kind: AnalysisKind| {
        let e = Study::new(&w, &spec(kind, 100), StudyOptions::default()).unwrap_err();
        (e.path.clone(), e.reason_text())
    };
    let sweep = |field: &str, from: f64, to: f64, steps: u32| AnalysisKind::Sweep {
        output: "bookings.total".into(),
        field: field.into(),
        from,
        to,
        steps,
    };
    let (path, reason) = error(sweep("ae.outbound_share", 0.5, 0.5, 10));
    assert_eq!(path, "analysis.to");
    assert!(reason.contains("empty"), "{reason}");
    let (path, _) = error(sweep("ae.outbound_share", 0.0, 0.9, 0));
    assert_eq!(path, "analysis.steps");
    let (path, _) = error(sweep("ae.outbound_share", 0.0, 0.9, 201));
    assert_eq!(path, "analysis.steps");
    let (path, reason) = error(sweep("drift.enabled", 0.0, 1.0, 2));
    assert_eq!(path, "analysis.field");
    assert!(reason.contains("a switch"), "{reason}");
    let (path, reason) = error(sweep("ae.outbound_share", 0.0, 1.5, 4));
    assert_eq!(path, "analysis.to");
    assert!(reason.contains("outside"), "{reason}");
    let (path, reason) = error(AnalysisKind::Sensitivity {
        output: "p_hit_target".into(),
    });
    assert_eq!(path, "analysis.output");
    assert!(reason.contains("no bookings target"), "{reason}");
    // A grid over the work limit is refused before it starts.
    let big = spec(sweep("ae.pace", 1.0, 8.0, 200), 1_000_000);
    let study = Study::new(&w, &big, StudyOptions::default()).unwrap();
    let e = study.check_work(WORK_LIMIT).unwrap_err();
    assert!(e.reason_text().contains("too large"), "{e}");
}

#[test]
fn reports_serialise_with_their_kind() {
    let w = workspace(preset("founder-led").unwrap().scenario(), 1);
    let study = Study::new(
        &w,
        &spec(
            AnalysisKind::Sensitivity {
                output: "bookings.total".into(),
            },
            10,
        ),
        StudyOptions::default(),
    )
    .unwrap();
    let report: StudyReport = study.report();
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["kind"], "sensitivity");
    assert!(json.get("sensitivity").is_some(), "{json}");
}

/// The numbers of a small sweep and a small tornado, as one hash each, pinned in
/// `engine::determinism` and checked in wasm32 too (`tests/wasm_determinism.rs`).
fn analysis_digests() -> (u64, u64) {
    use pipesim::engine::row_hash;
    let series_a = preset("series-a").unwrap().scenario();
    let sweep = spec(
        AnalysisKind::Sweep {
            output: "bookings.total".into(),
            field: "ae.outbound_share".into(),
            from: 0.1,
            to: 0.5,
            steps: 3,
        },
        60,
    );
    let study = run(&workspace(series_a, 7), &sweep, StudyOptions::default(), 2);
    let StudyResult::Sweep(s) = study.report().result else {
        panic!("a sweep")
    };
    let numbers: Vec<f64> = s
        .rows
        .iter()
        .filter_map(|r| r.summary)
        .flat_map(|p| [p.p10, p.p50, p.p90, p.cost, p.cost_p10, p.cost_p90])
        .collect();
    let founder = preset("founder-led").unwrap().scenario();
    let tornado = spec(
        AnalysisKind::Sensitivity {
            output: "bookings.total".into(),
        },
        40,
    );
    let study = run(&workspace(founder, 7), &tornado, StudyOptions::default(), 2);
    let StudyResult::Sensitivity(t) = study.report().result else {
        panic!("a tornado")
    };
    let bars: Vec<f64> = t
        .bars
        .iter()
        .flat_map(|b| [b.low, b.high, b.swing, b.standard_error])
        .chain(t.bands.iter().map(|b| b.narrowing))
        .collect();
    (row_hash(&numbers), row_hash(&bars))
}

#[test]
fn analyses_give_the_pinned_numbers() {
    let (sweep, tornado) = analysis_digests();
    assert_eq!(
        sweep,
        pipesim::engine::determinism::SWEEP_SERIES_A_60_SEED_7
    );
    assert_eq!(
        tornado,
        pipesim::engine::determinism::TORNADO_FOUNDER_LED_40_SEED_7
    );
}
