//! Fuzzes the share-link decoder, `pipesim::share::decode_link`, three ways: the input as link
//! text, the input as a raw deflate stream inside a `w=1.` link, and the input deflated as the
//! JSON a link carries. Asserts that nothing panics, every error prints, and every accepted
//! link re-encodes (`encode_link`) and decodes to an equal workspace, with a stable encoding.
//! The checks live in `pipesim::share::fuzz_checks::link`, shared with `tests/it/fuzz_corpus.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| pipesim::share::fuzz_checks::link(data));
