//! The page's language: the one chosen in this browser before (local storage), else the first
//! of the browser's languages (`navigator.languages`) that Pipesim speaks, else English. A
//! switch is remembered; the document's `lang` follows, so that the browser picks Chinese
//! fonts and screen readers the right voice. A shared link carries no language: it opens in
//! the receiver's.
//!
//! English is built into the page, parsed once and shared with the core's own English words
//! (`i18n::english_catalogue`). Another language's catalogue is fetched from
//! `locales/<tag>/` (relative to the page, so a sub-path host works) when it is first chosen;
//! until it arrives, and if it cannot be had, the page stays in the language it shows.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{english_catalogue, Catalogue, Lang};
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
    // The language wanted (chosen or from the browser), and the one shown with its catalogue.
    let wanted = use_state(initial_language);
    let shown = use_state(|| (Lang::En, english_catalogue()));
    // The latest wish, for a fetch that ends after another switch, and the catalogues had.
    let latest = use_mut_ref(|| *wanted);
    let had = use_mut_ref(Vec::<Rc<Catalogue>>::new);
    {
        let shown = shown.clone();
        use_effect_with(*wanted, move |wanted| {
            let wanted = *wanted;
            *latest.borrow_mut() = wanted;
            let known = had.borrow().iter().find(|c| c.lang() == wanted).cloned();
            if let Some(catalogue) = known {
                shown.set((wanted, catalogue));
            } else if wanted == Lang::En {
                shown.set((Lang::En, english_catalogue()));
            } else if shown.0 != wanted && cfg!(target_arch = "wasm32") {
                wasm_bindgen_futures::spawn_local(async move {
                    match crate::web::language::fetch_catalogue(wanted).await {
                        Ok(catalogue) => {
                            let catalogue = Rc::new(catalogue);
                            had.borrow_mut().push(catalogue.clone());
                            if *latest.borrow() == wanted {
                                shown.set((wanted, catalogue));
                            }
                        }
                        Err(reason) => web_sys::console::warn_1(
                            &format!("Pipesim stays in the language it shows: {reason}").into(),
                        ),
                    }
                });
            }
        });
    }
    // The document's language (screen readers, fonts) and its title (the tab) follow the page's.
    // The catalogue changes with the language shown (they are set together).
    let catalogue = Rc::clone(&shown.1);
    use_effect_with(shown.0, move |lang| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("lang", lang.tag());
            }
            document.set_title(&catalogue.say("app-title", &crate::i18n::Args::new()));
        }
    });
    let switch = {
        let wanted = wanted.clone();
        Callback::from(move |next: Lang| {
            remember(next);
            wanted.set(next);
        })
    };
    Language {
        lang: shown.0,
        catalogue: Rc::clone(&shown.1),
        switch,
    }
}
