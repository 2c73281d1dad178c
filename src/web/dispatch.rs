//! The app's one way to act on its state, handed down by context: a
//! `ContextProvider<DispatchContext>` at the top of the page (in `App`, which owns the state),
//! [`use_dispatch`] in any component that sends an [`Action`].
//!
//! The callback is made once for the page's life (the reducer's dispatcher never changes), so
//! the context never changes either: a component re-renders for its own props only, and a
//! progress message of a run re-renders the run status, not the editor.

use yew::prelude::*;

use crate::web::state::Action;

/// What the context holds: sends an action to the app's state. (A provider component of its
/// own, as in yew's contexts example, would cost the wasm a component for nothing: `App` owns
/// the state and provides its dispatch.)
pub type DispatchContext = Callback<Action>;

/// The app's dispatch; outside the provider (a component rendered alone, in a test), one that
/// does nothing.
#[hook]
pub fn use_dispatch() -> Callback<Action> {
    use_context::<DispatchContext>().unwrap_or_default()
}
