//! The browser's local storage: the saved-model library and the autosave record, as the text
//! that `crate::share::library` reads and writes. Every failure (storage blocked, full, or
//! holding unreadable data) becomes a message for the user, and nothing is overwritten that could
//! not first be kept: unreadable text is copied to a backup key before a fresh start.
//!
//! This uses `web_sys::Storage` directly rather than `gloo-storage`, whose `LocalStorage::raw()`
//! panics when the browser blocks storage; here a blocked storage is an ordinary message.

use std::cell::Cell;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::Storage;

use crate::share::{Autosave, Library};

/// The key of the saved-model library.
pub const LIBRARY_KEY: &str = "pipesim.library";
/// The key of the autosaved workspace.
pub const AUTOSAVE_KEY: &str = "pipesim.autosave";

thread_local! {
    /// Set when unreadable library text could not be backed up: the library is then never
    /// written, so that text is not lost.
    static LIBRARY_LOCKED: Cell<bool> = const { Cell::new(false) };
}

const BLOCKED: &str = "This browser does not let Pipesim use its local storage, so saved models and \
     autosave are off for this page. Use \u{201c}Download JSON\u{201d} or \u{201c}Copy link\u{201d} \
     to keep your work.";

fn storage() -> Result<Storage, String> {
    web_sys::window()
        .ok_or_else(|| BLOCKED.to_string())?
        .local_storage()
        .ok()
        .flatten()
        .ok_or_else(|| BLOCKED.to_string())
}

fn js_error_name(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_default()
}

/// A failed write, in words: full storage is the common case.
fn write_problem(what: &str, error: &JsValue) -> String {
    if js_error_name(error) == "QuotaExceededError" {
        format!(
            "The browser's storage is full, so {what} could not be stored. Your work is still on \
             screen: delete old saved models or drafts, or download it as a file."
        )
    } else {
        format!("The browser refused to store {what}. Your work is still on screen: download it as a file to keep it.")
    }
}

/// Reads the text at `key`, and when `parse` rejects it copies it to a backup key first.
fn read<T>(
    key: &str,
    what: &str,
    parse: impl Fn(&str) -> Result<T, crate::model::ModelErrors>,
) -> Result<Option<T>, (String, bool)> {
    let storage = storage().map_err(|e| (e, true))?;
    let text = match storage.get_item(key) {
        Ok(Some(text)) => text,
        Ok(None) => return Ok(None),
        Err(_) => return Err((BLOCKED.to_string(), true)),
    };
    match parse(&text) {
        Ok(value) => Ok(Some(value)),
        Err(errors) => {
            let first = errors
                .iter()
                .next()
                .map(|e| e.to_string())
                .unwrap_or_default();
            let backup = format!("{key}.unreadable");
            let kept = storage.set_item(&backup, &text).is_ok();
            let place = if kept {
                format!("its text is kept in local storage under \u{201c}{backup}\u{201d}")
            } else {
                "its text is left in place and will not be overwritten".to_string()
            };
            Err((
                format!("Pipesim could not read {what} ({first}); {place}."),
                !kept,
            ))
        }
    }
}

/// The stored library; none stored is an empty one.
pub fn load_library() -> Result<Library, String> {
    match read(LIBRARY_KEY, "your saved models", Library::from_json_str) {
        Ok(library) => Ok(library.unwrap_or_default()),
        Err((message, locked)) => {
            LIBRARY_LOCKED.with(|l| l.set(locked));
            Err(message)
        }
    }
}

/// Stores the library.
pub fn save_library(library: &Library) -> Result<(), String> {
    if LIBRARY_LOCKED.with(Cell::get) {
        return Ok(());
    }
    storage()?
        .set_item(LIBRARY_KEY, &library.to_json())
        .map_err(|e| write_problem("your saved models", &e))
}

/// The autosaved work, if any.
pub fn load_autosave() -> Result<Option<Autosave>, String> {
    read(
        AUTOSAVE_KEY,
        "the autosaved workspace",
        Autosave::from_json_str,
    )
    .map_err(|(m, _)| m)
}

/// Stores the work being edited.
pub fn save_autosave(autosave: &Autosave) -> Result<(), String> {
    storage()?
        .set_item(AUTOSAVE_KEY, &autosave.to_json())
        .map_err(|e| write_problem("the autosave of your workspace", &e))
}
