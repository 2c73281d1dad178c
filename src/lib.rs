//! Pipesim's pure core: the scenario model, the Monte Carlo engine, the summaries and the
//! text formats. Nothing here touches the DOM, threads of the browser or the file system, so the
//! same code runs natively (the `pipesim` CLI, the tests, the benchmarks) and in WebAssembly.
//!
//! - [`model`]: scenario and workspace types, their defaults, the JSON reader and validation.
//! - [`editor`]: the editor's fields, groups and labels, setting a field, and reading and
//!   showing values as people type them.
//! - [`sampling`]: the seeded random streams and the distributions, built on `libm` only.
//! - [`engine`]: one simulated trial month by month, and whole runs over many trials.
//! - [`stats`]: percentiles, means and summaries of trial outputs.
//! - [`report`]: a run's summaries, target probabilities and paired comparisons.
//! - [`verdict`]: the verdict in words on top of every result, in every language.
//! - [`format`]: money, tables and CSV for people and programs.
//! - [`presets`]: the strategy presets shipped with the program.
//! - [`share`]: share links and the saved-model library, as text.
//! - [`analysis`]: tornadoes, sweeps and goal seeks over many runs with common random numbers.
//! - [`calibrate`]: reading a CRM export of opportunities (issue 19, under way).
//! - [`charts`]: fan charts, stacked bars and histograms as SVG text (plotters' SVG backend).
//!
//! With the `web` feature, [`web`] adds the browser app: Yew components over this core; it is the
//! only part that touches the DOM.

pub mod analysis;
pub mod calibrate;
pub mod charts;
pub mod editor;
pub mod engine;
pub mod format;
pub mod i18n;
pub mod model;
pub mod presets;
pub mod report;
pub mod sampling;
pub mod share;
pub mod stats;
pub mod verdict;

#[cfg(feature = "web")]
pub mod web;
