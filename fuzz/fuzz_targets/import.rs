//! Fuzzes the importer of opened files and pasted text, `pipesim::share::workspace_from_text`
//! (a scenario file, a workspace file or a text holding a share link). Asserts that nothing
//! panics, every error prints and summarises, and an imported workspace imports equal again from
//! its file and from its link. The checks live in `pipesim::share::fuzz_checks::import`, shared
//! with `tests/it/fuzz_corpus.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| pipesim::share::fuzz_checks::import(data));
