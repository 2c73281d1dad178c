//! Criterion benchmarks of the engine on MODEL.md's benchmark workloads: `series-a` and
//! `enterprise`, single-threaded, reported per trial (throughput in trials).
//! Run with `cargo bench --bench engine`; numbers go to BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use pipesim::engine::{simulate_batch, Setup, TrialBuffers, METRIC_COUNT};
use pipesim::presets;

fn workloads(c: &mut Criterion) {
    let mut group = c.benchmark_group("engine");
    group.sample_size(20);
    for (name, trials) in [("series-a", 1_000u32), ("enterprise", 50)] {
        let setup = Setup::new(&presets::find(name).expect("preset").scenario());
        let mut rows = vec![0.0; trials as usize * setup.quarters() * METRIC_COUNT];
        let mut buffers = TrialBuffers::default();
        group.throughput(Throughput::Elements(trials as u64));
        group.bench_with_input(
            BenchmarkId::new(name, format!("{trials} trials")),
            &trials,
            |b, &trials| {
                b.iter(|| {
                    rows.fill(0.0);
                    simulate_batch(&setup, 1, 0..trials, &mut buffers, &mut rows).expect("runs")
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, workloads);
criterion_main!(benches);
