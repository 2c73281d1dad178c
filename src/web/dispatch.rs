//! The app's one way to act on its state, handed down by context: [`DispatchProvider`] at the
//! top of the page, [`use_dispatch`] in any component that sends an [`Action`].
//!
//! The callback is made once for the page's life (the reducer's dispatcher never changes), so
//! the context never changes either: a component re-renders for its own props only, and a
//! progress message of a run re-renders the run status, not the editor.

use yew::prelude::*;

use crate::web::state::Action;

/// What the context holds: sends an action to the app's state.
pub type DispatchContext = Callback<Action>;

/// Props of [`DispatchProvider`].
#[derive(Properties, PartialEq)]
pub struct DispatchProviderProps {
    /// The app's dispatch, one for the page's life.
    pub dispatch: DispatchContext,
    /// The page.
    #[prop_or_default]
    pub children: Html,
}

/// Gives `dispatch` to every component below it.
#[function_component]
pub fn DispatchProvider(props: &DispatchProviderProps) -> Html {
    html! {
        <ContextProvider<DispatchContext> context={props.dispatch.clone()}>
            {props.children.clone()}
        </ContextProvider<DispatchContext>>
    }
}

/// The app's dispatch; outside a [`DispatchProvider`] (a component rendered alone, in a test),
/// one that does nothing.
#[hook]
pub fn use_dispatch() -> Callback<Action> {
    use_context::<DispatchContext>().unwrap_or_default()
}
