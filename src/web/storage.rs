//! The browser's local storage: the saved-model library and each tab's autosave, as the text
//! that `crate::share::library` reads and writes. Every failure (storage blocked, full, or
//! holding data this version cannot read) becomes a message for the user (a notice of the
//! catalogues' `storage-…` messages, said in the page's language), and nothing is written
//! over text that could not first be kept:
//!
//! - unreadable text is copied to `pipesim.unreadable.<time>.<key>` before its key is written
//!   again; if that copy fails, the key is locked for the page's life and never written;
//! - text from a newer version of Pipesim is left alone: its key is locked;
//! - each tab autosaves under its own key (`pipesim.autosave.<tab>`, the tab's id kept in
//!   `sessionStorage`, so a reload finds it), so two open tabs never overwrite each other's work.
//!   A new tab starts from the newest autosave; the others become drafts in the library, and
//!   their keys go once the library holding them is stored.
//!
//! This uses `web_sys::Storage` directly rather than `gloo-storage`, whose `LocalStorage::raw()`
//! panics when the browser blocks storage; here a blocked storage is an ordinary message.

use std::cell::{Cell, RefCell};

use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Storage;

use crate::i18n::{Args, Message};
use crate::share::{Autosave, Library, StoredError};
use crate::web::state::{Notice, Said, Why};

/// The key of the saved-model library.
pub const LIBRARY_KEY: &str = "pipesim.library";
/// The prefix of each tab's autosave key.
pub const AUTOSAVE_PREFIX: &str = "pipesim.autosave";
/// The prefix of the keys that keep unreadable text.
pub const UNREADABLE_PREFIX: &str = "pipesim.unreadable";
/// The `sessionStorage` key of this tab's id.
const TAB_KEY: &str = "pipesim.tab";

thread_local! {
    /// Why the library must not be written in this page, if it must not.
    static LIBRARY_LOCK: RefCell<Option<Said>> = const { RefCell::new(None) };
    /// Why this tab's autosave must not be written, if it must not.
    static AUTOSAVE_LOCK: RefCell<Option<Said>> = const { RefCell::new(None) };
    /// Set after a failed library write: the autosave is then not written either, so the work
    /// it holds (which the unstored library was meant to keep as a draft) stays.
    static LIBRARY_BEHIND: Cell<bool> = const { Cell::new(false) };
}

/// Storage blocked: saved models and autosave are off for the page.
fn blocked() -> Said {
    Said::Message(Message::new("storage-blocked"))
}

fn local() -> Result<Storage, Said> {
    web_sys::window()
        .ok_or_else(blocked)?
        .local_storage()
        .ok()
        .flatten()
        .ok_or_else(blocked)
}

/// Message `id` about `what` (`library`, `autosave` or `autosave-write`: the key
/// `storage-what` selects on), with `args`.
fn about(id: &'static str, what: &'static str, args: Args) -> Message {
    Message::with(id, args.text("what", what))
}

/// This tab's autosave key; a tab without `sessionStorage` gets a key of its own for the page's
/// life.
pub fn autosave_key() -> String {
    thread_local! {
        static KEY: RefCell<Option<String>> = const { RefCell::new(None) };
    }
    KEY.with(|k| {
        k.borrow_mut()
            .get_or_insert_with(|| {
                let session = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
                let existing = session
                    .as_ref()
                    .and_then(|s| s.get_item(TAB_KEY).ok().flatten());
                let id = existing.unwrap_or_else(|| {
                    let id = format!(
                        "{:x}{:06x}",
                        super::clock::now_ms() as u64,
                        (js_sys::Math::random() * 16_777_216.0) as u32
                    );
                    if let Some(s) = &session {
                        let _ = s.set_item(TAB_KEY, &id);
                    }
                    id
                });
                format!("{AUTOSAVE_PREFIX}.{id}")
            })
            .clone()
    })
}

fn js_error_name(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_default()
}

/// A failed write, as a notice: full storage is the common case.
fn write_problem(what: &'static str, error: &JsValue) -> Notice {
    let id = if js_error_name(error) == "QuotaExceededError" {
        "storage-full"
    } else {
        "storage-refused"
    };
    Notice::problem(about(id, what, Args::new()))
}

/// What reading one key found.
enum Found<T> {
    Nothing,
    Value(T),
    /// A message; the key is now locked or its text backed up.
    Problem {
        message: Said,
        lock: bool,
    },
}

/// Reads the text at `key`; text that `parse` rejects is backed up (or its key locked).
fn read<T>(
    storage: &Storage,
    key: &str,
    what: &'static str,
    parse: impl Fn(&str) -> Result<T, StoredError>,
) -> Found<T> {
    let text = match storage.get_item(key) {
        Ok(Some(text)) => text,
        Ok(None) => return Found::Nothing,
        Err(_) => {
            return Found::Problem {
                message: blocked(),
                lock: true,
            }
        }
    };
    match parse(&text) {
        Ok(value) => Found::Value(value),
        Err(StoredError::Newer { format }) => Found::Problem {
            message: Said::Message(about(
                "storage-newer",
                what,
                Args::new().text("format", format.to_string()),
            )),
            lock: true,
        },
        Err(e) => {
            let backup = format!(
                "{UNREADABLE_PREFIX}.{}.{key}",
                super::clock::now_ms() as u64
            );
            if storage.set_item(&backup, &text).is_ok() {
                Found::Problem {
                    message: Said::Because(
                        about(
                            "storage-unreadable-kept",
                            what,
                            Args::new().text("backup", backup),
                        ),
                        Why::Stored(e),
                    ),
                    lock: false,
                }
            } else {
                Found::Problem {
                    message: Said::Because(
                        about("storage-unreadable-left", what, Args::new()),
                        Why::Stored(e),
                    ),
                    lock: true,
                }
            }
        }
    }
}

/// What the page finds in storage on opening.
pub struct Boot {
    /// The library, or why not.
    pub library: Result<Library, Notice>,
    /// This tab's work (its own autosave after a reload, else the newest), or why not.
    pub autosave: Result<Option<Autosave>, Notice>,
    /// Other tabs' autosaves, to be set aside as drafts.
    pub orphans: Vec<Autosave>,
    /// Their keys, to remove once the library holding them is stored.
    pub orphan_keys: Vec<String>,
}

/// Reads the library and the autosaves.
pub fn boot() -> Boot {
    let storage = match local() {
        Ok(s) => s,
        Err(e) => {
            LIBRARY_LOCK.with(|l| *l.borrow_mut() = Some(e.clone()));
            AUTOSAVE_LOCK.with(|l| *l.borrow_mut() = Some(e.clone()));
            return Boot {
                library: Err(Notice::problem(e.clone())),
                autosave: Err(Notice::problem(e)),
                orphans: Vec::new(),
                orphan_keys: Vec::new(),
            };
        }
    };
    let library = match read(&storage, LIBRARY_KEY, "library", |t| {
        Library::from_json_str(t)
    }) {
        Found::Nothing => Ok(Library::default()),
        Found::Value(l) => Ok(l),
        Found::Problem { message, lock } => {
            if lock {
                LIBRARY_LOCK.with(|l| *l.borrow_mut() = Some(message.clone()));
            }
            Err(Notice::problem(message))
        }
    };
    let own = autosave_key();
    let keys: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(AUTOSAVE_PREFIX))
        .collect();
    let mut autosave = Ok(None);
    let mut others = Vec::new();
    for key in keys {
        let found = read(&storage, &key, "autosave", Autosave::from_json_str);
        match (found, key == own) {
            (Found::Value(a), true) => autosave = Ok(Some(a)),
            (Found::Value(a), false) => others.push((key, a)),
            (Found::Problem { message, lock }, true) => {
                if lock {
                    AUTOSAVE_LOCK.with(|l| *l.borrow_mut() = Some(message.clone()));
                }
                autosave = Err(Notice::problem(message));
            }
            (Found::Problem { message, lock }, false) => {
                // Another tab's unreadable text: once backed up, its key goes; else it stays.
                if !lock {
                    let _ = storage.remove_item(&key);
                }
                if autosave.is_ok() {
                    autosave = Err(Notice::problem(message));
                }
            }
            (Found::Nothing, _) => {}
        }
    }
    // A new tab continues the newest work; every other tab's work becomes a draft.
    if matches!(autosave, Ok(None)) {
        others.sort_by(|a, b| a.1.saved_at_ms.total_cmp(&b.1.saved_at_ms));
        autosave = Ok(others.pop().map(|(_, a)| a));
    }
    let (orphan_keys, orphans) = if library.is_ok() {
        others.into_iter().unzip()
    } else {
        (Vec::new(), Vec::new())
    };
    Boot {
        library,
        autosave,
        orphans,
        orphan_keys,
    }
}

/// Removes the keys of other tabs' autosaves, once their work is stored as drafts.
pub fn forget(keys: &[String]) {
    if let Ok(storage) = local() {
        for key in keys {
            let _ = storage.remove_item(key);
        }
    }
}

/// Stores the library.
pub fn save_library(library: &Library) -> Result<(), Notice> {
    if let Some(why) = LIBRARY_LOCK.with(|l| l.borrow().clone()) {
        return Err(Notice::problem(Message::new("storage-library-off")).and(why));
    }
    let result = local()
        .map_err(Notice::problem)?
        .set_item(LIBRARY_KEY, &library.to_json())
        .map_err(|e| write_problem("library", &e));
    LIBRARY_BEHIND.with(|b| b.set(result.is_err()));
    result
}

/// Stores the work being edited under this tab's key; skipped while the library is behind, so
/// the work a failed library write was to keep as a draft stays in the autosave.
pub fn save_autosave(autosave: &Autosave) -> Result<(), Notice> {
    if let Some(why) = AUTOSAVE_LOCK.with(|l| l.borrow().clone()) {
        return Err(Notice::problem(Message::new("storage-autosave-off")).and(why));
    }
    if LIBRARY_BEHIND.with(Cell::get) {
        return Ok(());
    }
    local()
        .map_err(Notice::problem)?
        .set_item(&autosave_key(), &autosave.to_json())
        .map_err(|e| write_problem("autosave-write", &e))
}

/// Calls `on_change` with the library whenever another tab stores a new one.
pub fn on_library_change(on_change: impl Fn(Library) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        if event.key().as_deref() != Some(LIBRARY_KEY) {
            return;
        }
        if let Some(library) = event
            .new_value()
            .and_then(|text| Library::from_json_str(&text).ok())
        {
            on_change(library);
        }
    }))
}

/// The `sessionStorage` key of this tab's undo history (one per tab, kept across a reload).
const HISTORY_KEY: &str = "pipesim.history";

fn session() -> Option<Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// This tab's undo history from before a reload, if it kept a readable one.
pub fn load_history() -> Option<crate::web::state::StoredHistory> {
    let text = session()?.get_item(HISTORY_KEY).ok()??;
    crate::web::state::History::from_json_str(&text)
}

/// Keeps this tab's undo history. A history is a comfort, not work (autosave and the library
/// keep that): when it does not fit, the stored one is removed rather than left to resume from
/// the wrong place, and nothing is said.
pub fn save_history(text: &str) {
    if let Some(session) = session() {
        if session.set_item(HISTORY_KEY, text).is_err() {
            let _ = session.remove_item(HISTORY_KEY);
        }
    }
}
