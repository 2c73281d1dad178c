//! The page's named hooks, each owning one connection between the state and the browser, so
//! that `App` composes them and the components only render:
//!
//! - `app_state`: the state, read from storage and the address bar on opening, the one
//!   dispatch for the page's life, and the presets parsed when the page is idle;
//! - `app_update`: the service worker registered, and a new version offered to the reader;
//! - `analysis`: analyses started and stopped on their workers, and reopened with a link;
//! - `run`: a run for every new version of the workspace, on the workers or the page, and its
//!   cancel;
//! - `storage`: the library and this tab's autosave kept in local storage, and other tabs'
//!   changes to the library taken in;
//! - `address`: the address bar following the work, and links pasted into it opened;
//! - `history`: undo and redo from the keyboard, and this tab's history kept across a reload;
//! - `field_shown`: the editor's field an analysis asked to show, scrolled to and focused;
//! - `calibration`: the calibration worker, sent each request and its answers dispatched, and
//!   the export a user drops or picks read and handed to it;
//! - `file_drop`: files dropped on the page or picked, opened (an export: calibrated);
//! - `language`: the interface's language, from this browser's choice or its languages;
//! - `notices`: info messages dismissed after a while; a text box that follows a suggestion;
//! - `theme`: the colour theme (the system's, light or dark), remembered and set on `<html>`;
//! - `window_size`: the chart size, following the window;
//! - `sliced_charts`: charts redrawn in short slices, so that no task on the page runs long.

mod address;
mod analysis;
mod app_state;
mod app_update;
mod calibration;
mod field_shown;
mod file_drop;
mod history;
mod language;
mod notices;
mod run;
mod sliced_charts;
mod storage;
mod theme;
mod window_size;

pub use address::{use_address_bar, ADDRESS_DELAY_MS};
pub use analysis::use_analysis;
pub use app_state::{use_app_state, use_presets_parsed_when_idle, AppHandle};
pub use app_update::{use_app_update, AppUpdate};
pub use calibration::use_calibration;
pub use field_shown::use_field_shown;
pub use file_drop::{use_file_drop, FileDrop};
pub use history::use_history;
pub use language::{initial_language, use_language_choice};
pub use notices::{use_auto_dismiss, use_suggested_text};
pub use run::use_run;
pub use sliced_charts::{use_sliced_charts, SlicedCharts};
pub use storage::use_storage;
pub use theme::{use_theme, Theme};
pub use window_size::{chart_size, use_chart_size, window_width};
