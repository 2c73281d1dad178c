//! Fuzzes what the browser reads back from local storage: `Library::from_json_str` and
//! `Autosave::from_json_str`. Asserts that nothing panics, every error prints, an accepted
//! library or autosave writes (`to_json`) and reads back equal, and a read library can still
//! duplicate, set aside and save a model and round trip again. The checks live in
//! `pipesim::share::fuzz_checks::stored`, shared with `tests/it/fuzz_corpus.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| pipesim::share::fuzz_checks::stored(data));
