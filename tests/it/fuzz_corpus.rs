//! Replays every committed fuzz corpus (`fuzz/corpus/<target>/`) on stable Rust, through the
//! same checks the cargo-fuzz targets run (`pipesim::share::fuzz_checks`), so `cargo test` keeps
//! every crash the fuzzers found fixed without libFuzzer or a nightly toolchain. The checks sit
//! behind the `fuzzing` feature, which Cargo.toml's dev-dependency on the crate itself turns on
//! for every test build.

use std::path::Path;

use pipesim::share::fuzz_checks::CHECKS;

fn replay(target: &str) {
    let check = CHECKS
        .iter()
        .find(|(name, _)| *name == target)
        .map(|(_, check)| *check)
        .expect("a fuzz target of that name");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a corpus entry").path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} holds no inputs", dir.display());
    for path in &files {
        let data = std::fs::read(path).expect("a corpus file");
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(
            outcome.is_ok(),
            "fuzz target {target}: {} fails its checks",
            path.display()
        );
    }
}

#[test]
fn every_target_has_a_corpus_folder() {
    for (target, _) in CHECKS {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fuzz/corpus")
            .join(target);
        assert!(dir.is_dir(), "{} is missing", dir.display());
        let source = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fuzz/fuzz_targets")
            .join(format!("{target}.rs"));
        assert!(source.is_file(), "{} is missing", source.display());
    }
}

#[test]
fn link_corpus() {
    replay("link");
}

#[test]
fn file_corpus() {
    replay("file");
}

#[test]
fn import_corpus() {
    replay("import");
}

#[test]
fn stored_corpus() {
    replay("stored");
}

#[test]
fn engine_corpus() {
    replay("engine");
}

#[test]
fn engine_fields_corpus() {
    replay("engine_fields");
}
