//! The address bar: the share link in the URL fragment. Reading it on start and on
//! `hashchange`, and following edits with `history.replaceState` (never a history entry per
//! edit, and never a request to a server: the fragment stays in the browser).

use gloo_events::EventListener;

use crate::model::Workspace;
use crate::share::{decode_link, encode_link, looks_like_link, LinkError};

/// The `sessionStorage` key of the fragments this tab wrote or opened (short hashes).
const ADDRESS_KEY: &str = "pipesim.address";
/// How many of them are kept.
const REMEMBERED: usize = 16;

fn session() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

/// A short hash of a fragment (FNV-1a, 64 bits, in hex).
fn fingerprint(fragment: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in fragment.bytes() {
        hash ^= byte as u64;
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

fn remembered() -> Vec<String> {
    session()
        .and_then(|s| s.get_item(ADDRESS_KEY).ok().flatten())
        .map(|text| text.split(' ').map(str::to_string).collect())
        .unwrap_or_default()
}

/// Notes that this tab wrote or opened `fragment`.
pub fn remember(fragment: &str) {
    let Some(s) = session() else { return };
    let print = fingerprint(fragment);
    let mut list = remembered();
    list.retain(|p| *p != print);
    list.push(print);
    let start = list.len().saturating_sub(REMEMBERED);
    let _ = s.set_item(ADDRESS_KEY, &list[start..].join(" "));
}

/// The workspace in the address bar unless this tab wrote or opened that link itself: a reload
/// just as the address bar catches up with the last edit (it follows after a pause) must not
/// reopen an older version over the autosaved work.
pub fn new_link_in_address() -> Option<Result<Workspace, LinkError>> {
    if remembered().contains(&fingerprint(&fragment())) {
        return None;
    }
    link_in_address()
}

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
/// into the address bar of an open tab), and notes it as this tab's. Dropping the listener stops
/// it.
pub fn on_link_change(
    on_link: impl Fn(Result<Workspace, LinkError>) + 'static,
) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "hashchange", move |event| {
        // The address the navigation went to, not the address now: the address bar may have
        // been updated (replaceState) after the navigation and before this handler.
        use wasm_bindgen::JsCast;
        let address = event
            .dyn_ref::<web_sys::HashChangeEvent>()
            .map(|e| e.new_url())
            .unwrap_or_else(|| format!("#{}", fragment()));
        let fragment = address.split_once('#').map(|(_, f)| f).unwrap_or_default();
        if looks_like_link(fragment) {
            remember(fragment);
            on_link(decode_link(fragment));
        }
    }))
}
