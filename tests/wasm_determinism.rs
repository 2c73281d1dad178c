//! The wasm32 build must compute exactly the same results as the native build.
//!
//! Runs in headless Chromium (`bash scripts/test.sh`, or
//! `cargo test --target wasm32-unknown-unknown --test wasm_determinism`).
//! The expected digests are the constants in `pipesim::engine::determinism`,
//! which the native tests pin too, so a pass here means native == wasm.
#![cfg(target_arch = "wasm32")]

use pipesim::engine::{determinism, simulate, RunSettings};
use pipesim::model::Scenario;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Runs `$preset` with `$trials` trials and `$seed` on one thread and returns the digest.
/// (A macro, so the literals take whatever integer types `RunSettings` declares.)
macro_rules! digest_of {
    ($preset:expr, $trials:expr, $seed:expr) => {{
        let text = pipesim::presets::find($preset).expect("preset").json;
        let scenario = Scenario::from_json_str(text).expect("valid preset");
        let settings = RunSettings {
            trials: $trials,
            seed: $seed,
            threads: 1,
        };
        simulate(&scenario, &settings).expect("runs").digest()
    }};
}

#[wasm_bindgen_test]
fn series_a_200_trials_seed_7_matches_native() {
    assert_eq!(
        digest_of!("series-a", 200, 7),
        determinism::SERIES_A_200_SEED_7
    );
}

#[wasm_bindgen_test]
fn t_model_200_trials_seed_7_matches_native() {
    assert_eq!(
        digest_of!("t-model", 200, 7),
        determinism::T_MODEL_200_SEED_7
    );
}

#[wasm_bindgen_test]
fn enterprise_20_trials_seed_7_matches_native() {
    assert_eq!(
        digest_of!("enterprise", 20, 7),
        determinism::ENTERPRISE_20_SEED_7
    );
}

/// In wasm32, `exact::sqrt` and `exact::floor` are instructions and `libm`'s are software: they
/// must still give the same bits.
#[wasm_bindgen_test]
fn exact_sqrt_and_floor_are_libm_bit_for_bit() {
    use pipesim::sampling::exact;
    for x in exact::awkward_inputs() {
        assert!(
            exact::same_bits(exact::sqrt(x), libm::sqrt(x)),
            "sqrt({x:e})"
        );
        assert!(
            exact::same_bits(exact::floor(x), libm::floor(x)),
            "floor({x:e})"
        );
    }
}

/// In wasm32, `exact::exp` truncates with `f64.trunc` and scales by one multiply where
/// `libm::exp` converts to an integer and calls `scalbn`: it must still give the same bits.
#[wasm_bindgen_test]
fn exact_exp_is_libm_exp_bit_for_bit() {
    use pipesim::sampling::exact;
    for x in exact::exp_inputs() {
        assert!(exact::same_bits(exact::exp(x), libm::exp(x)), "exp({x:e})");
    }
}

/// An analysis's numbers in wasm32 are the native ones: the sweep and the tornado pinned in
/// `determinism` (the same computation as `analysis_digests` in `tests/it/analysis.rs`).
#[wasm_bindgen_test]
fn a_sweep_and_a_tornado_match_native() {
    use pipesim::analysis::{run_study, Study, StudyOptions, StudyResult};
    use pipesim::engine::row_hash;
    use pipesim::model::analysis::{AnalysisKind, AnalysisSpec};
    use pipesim::model::Workspace;
    let study_of = |preset: &str, kind: AnalysisKind, trials: u32| {
        let mut w = Workspace::single(pipesim::presets::find(preset).expect("preset").scenario());
        w.run.seed = 7;
        let spec = AnalysisSpec {
            scenario: 0,
            trials: Some(trials),
            kind,
        };
        let mut study = Study::new(&w, &spec, StudyOptions::default()).expect("valid");
        let cancel = std::sync::atomic::AtomicBool::new(false);
        run_study(&mut study, 1, &|_, _| {}, &cancel).expect("runs");
        study.report().result
    };
    let sweep = AnalysisKind::Sweep {
        output: "bookings.total".into(),
        field: "ae.outbound_share".into(),
        from: 0.1,
        to: 0.5,
        steps: 3,
    };
    let StudyResult::Sweep(s) = study_of("series-a", sweep, 60) else {
        panic!("a sweep")
    };
    let numbers: Vec<f64> = s
        .rows
        .iter()
        .filter_map(|r| r.summary)
        .flat_map(|p| [p.p10, p.p50, p.p90, p.cost, p.cost_p10, p.cost_p90])
        .collect();
    assert_eq!(row_hash(&numbers), determinism::SWEEP_SERIES_A_60_SEED_7);
    let tornado = AnalysisKind::Sensitivity {
        output: "bookings.total".into(),
    };
    let StudyResult::Sensitivity(t) = study_of("founder-led", tornado, 40) else {
        panic!("a tornado")
    };
    let bars: Vec<f64> = t
        .bars
        .iter()
        .flat_map(|b| [b.low, b.high, b.swing, b.standard_error])
        .chain(t.bands.iter().map(|b| b.narrowing))
        .collect();
    assert_eq!(row_hash(&bars), determinism::TORNADO_FOUNDER_LED_40_SEED_7);
}
