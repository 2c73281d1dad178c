//! Criterion benchmarks of the engine on MODEL.md's benchmark workloads: `series-a` and
//! `enterprise`, single-threaded, reported per trial (throughput in trials); the floor of each
//! (its random streams and draws alone, counted by `examples/draws.rs`); and the report of a
//! two-scenario series-a run. Run with `cargo bench --bench engine`; numbers go to BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use pipesim::engine::{simulate_batch, Setup, TrialBuffers, METRIC_COUNT};
use pipesim::presets;
use pipesim::sampling::rng::floor;

/// Streams and draws per trial of each workload (`cargo run --release --features draw-count
/// --example draws`).
pub const DRAWS_PER_TRIAL: [(&str, u64, u64); 2] =
    [("series-a", 258, 5_326), ("enterprise", 3_114, 102_434)];

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

/// The random draws alone of the same workloads: the floor the engine is compared with.
fn floors(c: &mut Criterion) {
    let mut group = c.benchmark_group("floor");
    group.sample_size(20);
    for ((name, streams, draws), trials) in DRAWS_PER_TRIAL.into_iter().zip([1_000u64, 50]) {
        group.throughput(Throughput::Elements(trials));
        group.bench_function(BenchmarkId::new(name, format!("{trials} trials")), |b| {
            b.iter(|| floor(streams * trials, draws * trials))
        });
    }
    group.finish();
}

/// The full report of a two-scenario series-a run of 10,000 trials (what the app builds in
/// slices after the last batch).
fn report(c: &mut Criterion) {
    use pipesim::engine::RunSettings;
    use pipesim::report::{report_workspace, run_workspace, Columns, ReportBuilder};
    let workspace =
        pipesim::presets::comparison("self-sourcing-aes", "sdr-fed-aes").expect("a comparison");
    let settings = RunSettings {
        trials: 10_000,
        seed: 1,
        threads: 2,
    };
    let runs = run_workspace(&workspace, &settings, &|_| {}, &Default::default()).expect("runs");
    let mut group = c.benchmark_group("report");
    group.sample_size(10);
    group.bench_function("series-a x2, 10000 trials", |b| {
        b.iter(|| report_workspace(&workspace, &settings, &runs))
    });
    // The page's final report: one scenario's summaries from the columns the workers sent.
    let series_a = pipesim::presets::find("series-a")
        .expect("series-a")
        .scenario();
    let mut single = pipesim::model::Workspace::single(series_a);
    single.run.trials = settings.trials;
    let single_runs =
        run_workspace(&single, &settings, &|_| {}, &Default::default()).expect("runs");
    let columns: Vec<Columns> = single_runs.runs.iter().map(Columns::of).collect();
    group.bench_function("series-a from columns, 10000 trials", |b| {
        b.iter(|| ReportBuilder::of_columns(&single, &settings, &columns).finish())
    });
    group.finish();
}

criterion_group!(benches, workloads, floors, report);
criterion_main!(benches);
