//! Digests of reference runs, pinned once and checked by the native tests and by the wasm32
//! tests in headless Chromium: the same model and seed give the same bits everywhere.

/// `series-a`, 200 trials, seed 7.
pub const SERIES_A_200_SEED_7: u64 = 0x53eff280f4884892;
/// `t-model`, 200 trials, seed 7.
pub const T_MODEL_200_SEED_7: u64 = 0x1594d728bad4072e;
/// `enterprise`, 20 trials, seed 7.
pub const ENTERPRISE_20_SEED_7: u64 = 0x68b5183259aeea71;
