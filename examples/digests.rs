//! Prints the reference digests pinned in `src/engine/determinism.rs`. Re-pin them only after a
//! deliberate change to the engine's numbers: `cargo run --release --example digests`.

use pipesim::engine::{simulate, RunSettings};

fn main() {
    for (name, trials, constant) in [
        ("series-a", 200, "SERIES_A_200_SEED_7"),
        ("t-model", 200, "T_MODEL_200_SEED_7"),
        ("enterprise", 20, "ENTERPRISE_20_SEED_7"),
    ] {
        let scenario = pipesim::presets::find(name).expect("preset").scenario();
        let run = simulate(
            &scenario,
            &RunSettings {
                trials,
                seed: 7,
                threads: 1,
            },
        )
        .expect("runs");
        println!("pub const {constant}: u64 = 0x{:016x};", run.digest());
    }
}
