//! The browser app: Yew function components over the pure core. This is the only part of the
//! crate that touches the DOM.
//!
//! - `state`: the app's state and actions, a pure `Reducible`.
//! - `runner`: runs on the main thread in time slices (the seam for web workers).
//! - `components`: one component per file, each with its `Props`.

pub mod components;
pub mod runner;
pub mod state;

/// Mounts the app on the page's body.
pub fn start() {
    yew::Renderer::<components::app::App>::new().render();
}
