//! The browser app: Yew function components over the pure core. This is the only part of the
//! crate that touches the DOM.
//!
//! - `state`: the app's state and actions, a pure `Reducible`.
//! - `pool`: runs on web workers, streaming partial results; `analysis_pool`: analyses on
//!   workers of their own, streaming reports; `worker`: the worker's side of both;
//!   `runner`: the checks and sliced report both share, and the main-thread fallback;
//!   `calibrate_worker`: the worker that reads and fits a CRM export.
//! - `storage`: the library and autosave in local storage; `address`: the link in the address
//!   bar; `files`: downloads, uploads and the clipboard; `clock`: the time.
//! - `service_worker`: the app kept for offline use, and a new version offered to the reader.
//! - `crash`: the panic hook, a notice over the page that offers a reload instead of a dead page.
//! - `dispatch`: the app's dispatch, by context to every component; `hooks`: the page's
//!   connections to the browser (runs, storage, address bar, window size), one named hook each.
//! - `components`: one component per file, each with its `Props`.

pub mod address;
pub mod analysis_pool;
pub mod calibrate_worker;
pub mod clock;
pub mod components;
pub mod crash;
pub mod dispatch;
pub mod files;
pub mod hooks;
pub mod language;
pub mod pool;
pub mod runner;
pub mod service_worker;
pub mod state;
pub mod storage;
pub mod worker;

/// Installs the panic hook and mounts the app on the page's body.
pub fn start() {
    crash::install();
    yew::Renderer::<components::app::App>::new().render();
}
