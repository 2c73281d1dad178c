//! Builds the report of a two-scenario run once, for profiling the report alone (the run itself
//! is outside the measured function):
//!
//! ```text
//! cargo build --release --example report
//! valgrind --tool=callgrind --toggle-collect='*measured_report*' \
//!     ./target/release/examples/report 10000
//! ```
//!
//! It prints the wall time of the report and a checksum of its medians.

use std::time::Instant;

use pipesim::engine::RunSettings;
use pipesim::model::Workspace;
use pipesim::report::{report_workspace, run_workspace, WorkspaceReport, WorkspaceRuns};

fn main() {
    let trials = std::env::args()
        .nth(1)
        .and_then(|t| t.parse().ok())
        .unwrap_or(10_000);
    let workspace =
        pipesim::presets::comparison("self-sourcing-aes", "sdr-fed-aes").expect("a comparison");
    let settings = RunSettings {
        trials,
        seed: 1,
        threads: 2,
    };
    let runs = run_workspace(&workspace, &settings, &|_| {}, &Default::default()).expect("runs");
    let started = Instant::now();
    let report = measured_report(&workspace, &settings, &runs);
    let elapsed = started.elapsed();
    let checksum: f64 = report
        .scenarios
        .iter()
        .flat_map(|s| s.metrics.iter())
        .map(|m| m.horizon.p50)
        .sum();
    println!(
        "report of 2 scenarios × {trials} trials: {:.1} ms (checksum of horizon medians {checksum})",
        elapsed.as_secs_f64() * 1e3
    );
}

/// The report alone, as one function that callgrind can count (`--toggle-collect`).
#[inline(never)]
fn measured_report(
    workspace: &Workspace,
    settings: &RunSettings,
    runs: &WorkspaceRuns,
) -> WorkspaceReport {
    report_workspace(workspace, settings, runs)
}
