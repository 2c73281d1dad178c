//! Fuzzes the engine behind the validator: every workspace that `workspace_from_text` accepts is
//! set up (`engine::Setup::new`), checked (`engine::check_work`) and, when its work estimate for
//! two trials is small, run (`report::run_workspace`, one thread) and reported
//! (`report::report_workspace`). Asserts that no panic reaches the user and that every output of
//! a finished run is finite. The checks live in `pipesim::share::fuzz_checks::engine`, shared
//! with `tests/it/fuzz_corpus.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| pipesim::share::fuzz_checks::engine(data));
