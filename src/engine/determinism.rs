//! Digests of reference runs, pinned once and checked by the native tests and by the wasm32
//! tests in headless Chromium: the same model and seed give the same bits everywhere. Re-pinned
//! on 2026-12-02 when the digest began hashing rows where they are made (`RunDigest`); the
//! series-a value was checked against a Python FNV-1a over `pipesim run --samples-csv`, and
//! `tests/it/determinism.rs` checks that the outputs are the bits pinned before.

/// `series-a`, 200 trials, seed 7.
pub const SERIES_A_200_SEED_7: u64 = 0x1a4ccd98e2066e53;
/// `t-model`, 200 trials, seed 7.
pub const T_MODEL_200_SEED_7: u64 = 0x3ed20e1a8fe89508;
/// `enterprise`, 20 trials, seed 7.
pub const ENTERPRISE_20_SEED_7: u64 = 0x3f79a9b1114a4966;

/// `series-a`'s outbound share swept 10%, 30%, 50% at 60 trials, seed 7: `row_hash` of each
/// value's P10, median, P90 and cost percentiles (`tests/it/analysis.rs`).
pub const SWEEP_SERIES_A_60_SEED_7: u64 = 0xc0c8adf6a8f0d530;
/// `founder-led`'s tornado of bookings at 40 trials, seed 7: `row_hash` of every bar's ends,
/// swing and standard error, then every band's narrowing.
pub const TORNADO_FOUNDER_LED_40_SEED_7: u64 = 0x5356a68085a8eb85;
