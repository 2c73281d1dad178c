//! Fuzzes the engine on scenarios the validator accepts, built from the input rather than
//! parsed: the first byte picks a preset, the next bytes set its fields one after another, each
//! kept or set to a value in its range (often one of its ends), and the scenario is written and
//! read back through the validator. Accepted, small ones are set up, checked, run (2 trials, one
//! thread) and reported. Asserts that no panic reaches the user and that every output of a
//! finished run is finite. The checks live in `pipesim::share::fuzz_checks::engine_fields`,
//! shared with `tests/it/fuzz_corpus.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| pipesim::share::fuzz_checks::engine_fields(data));
