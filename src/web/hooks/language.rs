//! The page's language: the one chosen in this browser before (local storage), else the first
//! of the browser's languages (`navigator.languages`) that Pipesim speaks, else English. A
//! switch is remembered; the document's `lang` follows, so that the browser picks Chinese
//! fonts and screen readers the right voice. A shared link carries no language: it opens in
//! the receiver's.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Catalogue, Lang};
use crate::web::language::Language;

/// Where the choice is remembered.
const LANGUAGE_KEY: &str = "pipesim.language";

fn remembered() -> Option<Lang> {
    let storage = web_sys::window()?.local_storage().ok()??;
    Lang::from_tag(&storage.get_item(LANGUAGE_KEY).ok()??)
}

fn remember(lang: Lang) {
    if let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) {
        // A browser refusing storage (private mode, quota) only forgets the choice.
        let _ = storage.set_item(LANGUAGE_KEY, lang.tag());
    }
}

fn browser_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    tags.extend(navigator.language());
    tags
}

/// The language the page starts in; English where there is no browser (the components'
/// native tests render the page on the server side).
pub fn initial_language() -> Lang {
    if !cfg!(target_arch = "wasm32") {
        return Lang::En;
    }
    remembered().unwrap_or_else(|| {
        let tags = browser_languages();
        Lang::choose(tags.iter().map(String::as_str))
    })
}

/// The page's language and its switch, for `App` to provide.
#[hook]
pub fn use_language_choice() -> Language {
    let lang = use_state(initial_language);
    let catalogue = use_memo(*lang, |lang| Catalogue::embedded(*lang));
    use_effect_with(*lang, |lang| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang.tag());
        }
    });
    let switch = {
        let lang = lang.clone();
        Callback::from(move |next: Lang| {
            remember(next);
            lang.set(next);
        })
    };
    Language {
        lang: *lang,
        catalogue: Rc::clone(&catalogue),
        switch,
    }
}
