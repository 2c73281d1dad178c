//! The address bar: the share link in the URL fragment. Reading it on start and on
//! `hashchange`, and following edits with `history.replaceState` (never a history entry per
//! edit, and never a request to a server: the fragment stays in the browser).

use gloo_events::EventListener;

use crate::model::Workspace;

/// The `sessionStorage` key of the last fragment this tab wrote or opened.
const ADDRESS_KEY: &str = "pipesim.address";

fn session() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

/// Notes that this tab wrote or opened `fragment`.
pub fn remember(fragment: &str) {
    if let Some(s) = session() {
        let _ = s.set_item(ADDRESS_KEY, fragment);
    }
}

/// The workspace in the address bar unless this tab put it there: a reload before the address
/// bar caught up with the last edit must not reopen the older link over the autosaved work.
pub fn new_link_in_address() -> Option<Result<Workspace, LinkError>> {
    let own = session().and_then(|s| s.get_item(ADDRESS_KEY).ok().flatten());
    if own.as_deref() == Some(fragment().as_str()) {
        return None;
    }
    link_in_address()
}
use crate::share::{decode_link, encode_link, looks_like_link, LinkError};

/// The fragment, without the `#`; empty if there is none.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// The workspace in the address bar: none when the fragment is not a Pipesim link.
pub fn link_in_address() -> Option<Result<Workspace, LinkError>> {
    let fragment = fragment();
    looks_like_link(&fragment).then(|| decode_link(&fragment))
}

/// The page's address without its fragment.
pub fn page_address() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

/// The full share link of a workspace on this page.
pub fn share_link(workspace: &Workspace) -> String {
    format!("{}#{}", page_address(), encode_link(workspace))
}

/// Puts the workspace's link in the address bar without adding a history entry.
pub fn show_in_address(workspace: &Workspace) {
    let fragment = format!("#{}", encode_link(workspace));
    remember(fragment.trim_start_matches('#'));
    if fragment.trim_start_matches('#') == self::fragment() {
        return;
    }
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        // A refusal (e.g. a sandboxed frame) only means the address bar lags: ignore it.
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&fragment));
    }
}

/// Calls `on_link` with the new link whenever the user changes the fragment (pastes a link
/// into the address bar of an open tab). Dropping the listener stops it.
pub fn on_link_change(
    on_link: impl Fn(Result<Workspace, LinkError>) + 'static,
) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "hashchange", move |_| {
        if let Some(link) = link_in_address() {
            on_link(link);
        }
    }))
}
