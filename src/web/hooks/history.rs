//! Undo and redo from the keyboard, and this tab's history kept across a reload: Ctrl+Z (⌘Z on
//! a Mac) undoes, Shift+Ctrl+Z (⇧⌘Z) and Ctrl+Y redo, anywhere on the page but in a text box,
//! where they are the box's own undo of what was typed (which the editor then takes in as an
//! edit). The history goes to `sessionStorage` a moment after each change, and at once when the
//! page is hidden or left, so a reload finds it; writing it on every step of a slider's drag
//! would serialise the whole history each time.

use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::web::state::{Action, AppState, History, Snapshot};
use crate::web::storage;

/// How long after a change the history is stored, in milliseconds.
const STORE_DELAY_MS: u32 = 500;

/// What a key press asks of the history, if anything.
fn asked(e: &web_sys::KeyboardEvent) -> Option<Action> {
    if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
        return None;
    }
    match (e.key().to_ascii_lowercase().as_str(), e.shift_key()) {
        ("z", false) => Some(Action::Undo),
        ("z", true) | ("y", false) => Some(Action::Redo),
        _ => None,
    }
}

/// Whether the key press is in a box that takes text, which has an undo of its own.
fn in_text_box(e: &web_sys::KeyboardEvent) -> bool {
    let Some(element) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    match element.tag_name().to_ascii_lowercase().as_str() {
        "textarea" => true,
        "input" => !matches!(
            element
                .get_attribute("type")
                .unwrap_or_default()
                .to_ascii_lowercase()
                .as_str(),
            "range" | "checkbox" | "radio" | "button" | "submit" | "reset" | "file" | "color"
        ),
        _ => element
            .dyn_ref::<web_sys::HtmlElement>()
            .is_some_and(|h| h.is_content_editable()),
    }
}

/// Keeps this tab's history stored, and answers the keyboard's undo and redo.
#[hook]
pub fn use_history(state: &AppState, dispatch: &Callback<Action>) {
    // The latest history and work, and whether they are stored yet.
    let latest = use_mut_ref(|| None::<(History, Snapshot)>);
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let latest = latest.clone();
        // The generation changes with every change of the model (undo and redo included),
        // the lengths with every step: comparing the histories themselves would compare every
        // workspace in them on each render.
        let key = (
            state.generation,
            state.history.past.len(),
            state.history.future.len(),
            state.selected,
        );
        let pending = (state.history.clone(), state.snapshot());
        use_effect_with(key, move |_| {
            if cfg!(target_arch = "wasm32") {
                *latest.borrow_mut() = Some(pending);
                let latest = latest.clone();
                *timer.borrow_mut() = Some(Timeout::new(STORE_DELAY_MS, move || store(&latest)));
            }
        });
    }
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listeners = web_sys::window()
                .filter(|_| cfg!(target_arch = "wasm32"))
                .map(|window| {
                    // Not passive (gloo's default): the page's undo replaces the browser's.
                    let active = EventListenerOptions::enable_prevent_default();
                    let keys =
                        EventListener::new_with_options(&window, "keydown", active, move |e| {
                            let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                                return;
                            };
                            if let Some(action) = asked(e).filter(|_| !in_text_box(e)) {
                                e.prevent_default();
                                dispatch.emit(action);
                            }
                        });
                    let hidden = EventListener::new(&window, "pagehide", move |_| store(&latest));
                    (keys, hidden)
                });
            move || drop(listeners)
        });
    }
}

/// Stores the latest history, if it is not stored yet.
fn store(latest: &std::cell::RefCell<Option<(History, Snapshot)>>) {
    if let Some((history, present)) = latest.borrow_mut().take() {
        storage::save_history(&history.to_json(&present));
    }
}
