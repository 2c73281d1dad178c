//! How many random streams and draws the benchmark workloads use per trial: the input of the
//! floor benchmarks (BENCHMARKS.md). Run: `cargo run --release --features draw-count --example draws`.

use pipesim::engine::{simulate_batch, Run, Setup, TrialBuffers};
use pipesim::presets;
use pipesim::sampling::rng::counts;

fn main() {
    for (name, trials) in [("series-a", 10_000u32), ("enterprise", 1_000)] {
        let scenario = presets::find(name).expect("a preset").scenario();
        let setup = Setup::new(&scenario);
        let mut run = Run::zeroed(trials as usize, setup.quarters());
        let mut buffers = TrialBuffers::default();
        let before = counts::read();
        let opportunities = simulate_batch(
            &setup,
            1,
            0..trials,
            &mut buffers,
            run.rows_mut(0..trials as usize),
        )
        .expect("the workload runs");
        let after = counts::read();
        let (streams, draws) = (after.0 - before.0, after.1 - before.1);
        println!(
            "{name}: {trials} trials, {opportunities} opportunities, {streams} streams, {draws} draws \
             ({:.0} streams and {:.0} draws per trial)",
            streams as f64 / trials as f64,
            draws as f64 / trials as f64
        );
    }
}
