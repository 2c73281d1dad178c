//! Determinism (MODEL.md, Determinism): the same model, seed and trial count give bit-identical
//! results on every run and for any number of threads; the digests pinned here are also checked
//! by `tests/wasm_determinism.rs` in headless Chromium, so native and wasm32 agree.

use pipesim::engine::{
    determinism, row_hash, simulate, simulate_batch, RunDigest, RunSettings, Setup, TrialBuffers,
    METRIC_COUNT,
};
use pipesim::presets;

fn digest(preset: &str, trials: u32, seed: u64, threads: usize) -> u64 {
    let scenario = presets::find(preset).expect("preset").scenario();
    simulate(
        &scenario,
        &RunSettings {
            trials,
            seed,
            threads,
        },
    )
    .expect("runs")
    .digest()
}

#[test]
fn a_digest_taken_a_piece_at_a_time_is_the_whole_digest() {
    let scenario = presets::find("series-a").expect("preset").scenario();
    let settings = RunSettings {
        trials: 30,
        seed: 7,
        threads: 1,
    };
    let run = simulate(&scenario, &settings).expect("runs");
    let whole = run.digest();
    let width = run.row(0).len();
    for piece in [1, 7, 29] {
        let mut digest = RunDigest::new(run.trials(), run.quarters());
        let mut at = 0;
        while at < run.trials() {
            let end = (at + piece).min(run.trials());
            digest.eat(run.rows(at..end));
            at = end;
        }
        assert_eq!(digest.finish(), whole, "pieces of {piece} trials");
    }
    // Rows' hashes, made where the rows were made, give the same digest.
    let hashes: Vec<u64> = (0..run.trials()).map(|t| row_hash(run.row(t))).collect();
    let mut digest = RunDigest::new(run.trials(), run.quarters());
    for piece in hashes.chunks(7) {
        digest.eat_row_hashes(piece);
    }
    assert_eq!(digest.finish(), whole, "by row hashes");
    // One flipped bit anywhere changes the digest.
    let mut flipped = run.rows(0..run.trials()).to_vec();
    flipped[width + 5] = f64::from_bits(flipped[width + 5].to_bits() ^ 1);
    let mut digest = RunDigest::new(run.trials(), run.quarters());
    digest.eat(&flipped);
    assert_ne!(digest.finish(), whole, "a flipped bit");
    // A digest missing the last row, or of a different trial count, is not the whole one.
    let mut short = RunDigest::new(run.trials(), run.quarters());
    short.eat(run.rows(0..run.trials() - 1));
    assert_ne!(short.finish(), whole);
    let mut other = RunDigest::new(run.trials() + 1, run.quarters());
    other.eat(run.rows(0..run.trials()));
    assert_ne!(other.finish(), whole);
}

/// 64-bit FNV-1a over every value's bytes in row order: the digest's definition until
/// 2026-12-02, when rows began to be hashed where they are made (see `RunDigest`).
fn values_fnv1a(preset: &str, trials: u32, seed: u64) -> u64 {
    let scenario = presets::find(preset).expect("preset").scenario();
    let settings = RunSettings {
        trials,
        seed,
        threads: 1,
    };
    let run = simulate(&scenario, &settings).expect("runs");
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let header = [run.trials() as u64, run.quarters() as u64];
    let values = run.rows(0..run.trials()).iter().map(|v| v.to_bits());
    for word in header.into_iter().chain(values) {
        for byte in word.to_le_bytes() {
            hash ^= byte as u64;
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}

/// The outputs are the very bits pinned before the digest's definition changed: these are the
/// digests pinned then, under the old definition.
#[test]
fn the_outputs_are_the_bits_pinned_under_the_old_digest() {
    assert_eq!(values_fnv1a("series-a", 200, 7), 0x6a84ddefdafa1fb5);
    assert_eq!(values_fnv1a("t-model", 200, 7), 0x37db5c84e65f4651);
    assert_eq!(values_fnv1a("enterprise", 20, 7), 0x23d84c60f04ac551);
}

#[test]
fn pinned_digests_match() {
    assert_eq!(
        digest("series-a", 200, 7, 1),
        determinism::SERIES_A_200_SEED_7,
        "series-a"
    );
    assert_eq!(
        digest("t-model", 200, 7, 1),
        determinism::T_MODEL_200_SEED_7,
        "t-model"
    );
    assert_eq!(
        digest("enterprise", 20, 7, 1),
        determinism::ENTERPRISE_20_SEED_7,
        "enterprise"
    );
}

#[test]
fn repeated_runs_are_identical() {
    for p in presets::PRESETS.iter().filter(|p| p.name != "enterprise") {
        assert_eq!(
            digest(p.name, 60, 3, 1),
            digest(p.name, 60, 3, 1),
            "{}",
            p.name
        );
    }
}

#[test]
fn thread_count_does_not_change_results() {
    for preset in ["series-a", "t-model", "vp-first"] {
        let one = digest(preset, 230, 11, 1);
        for threads in [2, 3, 8] {
            assert_eq!(
                digest(preset, 230, 11, threads),
                one,
                "{preset} with {threads} threads"
            );
        }
    }
}

#[test]
fn batches_in_any_split_give_the_same_rows() {
    // Web workers run trials in batches: any split of the trial range gives the same rows.
    let scenario = presets::find("founder-led").unwrap().scenario();
    let setup = Setup::new(&scenario);
    let width = setup.quarters() * METRIC_COUNT;
    let whole = {
        let mut rows = vec![0.0; 90 * width];
        simulate_batch(&setup, 5, 0..90, &mut TrialBuffers::default(), &mut rows).unwrap();
        rows
    };
    let mut split = vec![0.0; 90 * width];
    let mut buffers = TrialBuffers::default();
    for (a, b) in [(40, 90), (0, 17), (17, 40)] {
        simulate_batch(
            &setup,
            5,
            a..b,
            &mut buffers,
            &mut split[a as usize * width..b as usize * width],
        )
        .unwrap();
    }
    assert!(whole
        .iter()
        .zip(&split)
        .all(|(x, y)| x.to_bits() == y.to_bits()));
}

#[test]
fn different_seeds_differ() {
    assert_ne!(digest("series-a", 50, 1, 1), digest("series-a", 50, 2, 1));
}
