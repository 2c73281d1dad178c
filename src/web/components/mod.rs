//! The app's components, one per file with its `Props`:
//!
//! - `app`: composes the hooks (`crate::web::hooks`) that connect the state to the browser.
//! - `page`: the layout of the parts, drawn from the state alone.
//! - `run_status`: progress, cancel and trials.
//! - `preset_picker`: the presets with their rationale, and the one-click comparisons.
//! - `scenario_tabs`: the workspace's scenarios: select, add, duplicate, rename, reorder, delete,
//!   baseline; `undo_buttons`: undo and redo of every change to the model.
//! - `editor`, `field_input`, `dist_input`: the grouped scenario editor.
//! - `verdict_panel`: the verdict in words on top of the results.
//! - `results`, `kpi_cards` (with `target_input`), `chart_card`, `comparison`,
//!   `result_downloads`: what a run shows, with CSV, SVG and PNG downloads; `chart_table`: a
//!   chart's numbers as a table.
//! - `share_bar`, `library_panel`, `notices`: links, files, saved models and messages.
//! - `language_switch`: the header's choice of English or Chinese.
//! - `theme_switch`, `print_button`: the header's colour theme (system, light, dark) and its
//!   "Print or save as PDF" (the one-page report of the stylesheet's print rules).
//! - `update_prompt`: the banner saying that a new version is ready, with its reload.
//! - `analysis_panel`: "Decide", the analyses' tabs; `sensitivity_form`, `sweep_form`,
//!   `seek_form` (with `lever_input`, and `analysis_form`'s shared controls) their settings;
//!   `sensitivity_view`, `sweep_view`, `seek_view` their reports.
//! - `calibrate_start`, `calibrate_panel`: calibrating from a CRM export, its review of columns,
//!   stages and sources (`column_review`) and its fits (`fit_review`).

pub mod analysis_form;
pub mod analysis_panel;
pub mod app;
pub mod calibrate_panel;
pub mod calibrate_start;
pub mod chart_card;
pub mod chart_table;
pub mod column_review;
pub mod comparison;
pub mod dist_input;
pub mod editor;
pub mod field_input;
pub mod fit_review;
pub mod kpi_cards;
pub mod language_switch;
pub mod lever_input;
pub mod library_panel;
pub mod notices;
pub mod page;
pub mod preset_picker;
pub mod print_button;
pub mod result_downloads;
pub mod results;
pub mod run_status;
pub mod scenario_tabs;
pub mod seek_form;
pub mod seek_view;
pub mod sensitivity_form;
pub mod sensitivity_view;
pub mod share_bar;
pub mod sweep_form;
pub mod sweep_view;
pub mod target_input;
pub mod theme_switch;
pub mod undo_buttons;
pub mod update_prompt;
pub mod verdict_panel;
