//! Fuzzes the scenario and workspace file readers and their validation:
//! `FileKind::from_json_str`, `Workspace::from_json_str` and `Scenario::from_json_str`.
//! Asserts that nothing panics, the readers agree, a refused file names at least one problem,
//! and an accepted file's full form (`to_json_pretty`) and compact form (`to_compact_value`)
//! read back equal, as does its share link. The checks live in
//! `pipesim::share::fuzz_checks::file`, shared with `tests/it/fuzz_corpus.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| pipesim::share::fuzz_checks::file(data));
