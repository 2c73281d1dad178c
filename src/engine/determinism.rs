//! Digests of reference runs, pinned once and checked by the native tests and by the wasm32
//! tests in headless Chromium: the same model and seed give the same bits everywhere.

/// `series-a`, 200 trials, seed 7.
pub const SERIES_A_200_SEED_7: u64 = 0x6a84ddefdafa1fb5;
/// `t-model`, 200 trials, seed 7.
pub const T_MODEL_200_SEED_7: u64 = 0x37db5c84e65f4651;
/// `enterprise`, 20 trials, seed 7.
pub const ENTERPRISE_20_SEED_7: u64 = 0x23d84c60f04ac551;
