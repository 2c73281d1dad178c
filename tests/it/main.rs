//! The native integration tests, as one test binary: one module per area, so the crate (with
//! yew's ssr and proptest) is linked once, not once per file. The wasm tests
//! (`tests/wasm_determinism.rs`, `tests/web_browser.rs`) stay their own binaries: they run in
//! Chromium under wasm-bindgen-test-runner.
//!
//! `cargo test --features web --test it <filter>` runs a part, e.g. `it mechanisms::`.

mod common;

mod allocation;
mod analysis;
mod analysis_charts;
mod analysis_errors_zh;
mod architecture;
mod calibrate_cli;
mod calibrate_page;
mod calibrate_round_trip;
mod catalogues;
mod charts;
mod cli;
mod cli_analyses;
mod cli_verdict;
mod components;
mod components_zh;
mod determinism;
mod edit;
mod engine_properties;
mod errors_zh;
mod fuzz_corpus;
mod mechanisms;
mod opportunities_csv;
mod page_zh;
mod share_links;
mod validation;
mod value_stability;
mod verdict;
