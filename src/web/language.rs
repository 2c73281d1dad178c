//! The interface's language on the page, handed down by context like the dispatch: `App`
//! provides a [`Language`] (from [`crate::web::hooks::use_language_choice`]), and any
//! component reads it with [`use_language`] to put its messages in words. Messages live in the
//! catalogues (`locales/`), never here.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Args, Catalogue, Lang, Message};

/// The language shown, its catalogue, and how to switch.
#[derive(Clone)]
pub struct Language {
    /// The language shown.
    pub lang: Lang,
    /// Its messages (English behind them).
    pub catalogue: Rc<Catalogue>,
    /// Switches the page to another language, and remembers it in this browser.
    pub switch: Callback<Lang>,
}

impl PartialEq for Language {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang && Rc::ptr_eq(&self.catalogue, &other.catalogue)
    }
}

impl Language {
    /// English, switching nowhere: outside a provider (a component rendered alone, in a test).
    pub fn english() -> Language {
        Language {
            lang: Lang::En,
            catalogue: crate::i18n::english_catalogue(),
            switch: Callback::noop(),
        }
    }

    /// Message `id` without arguments, in words.
    pub fn say(&self, id: &str) -> String {
        self.catalogue.say(id, &Args::new())
    }

    /// Message `id` with `args`, in words.
    pub fn say_with(&self, id: &str, args: &Args) -> String {
        self.catalogue.say(id, args)
    }

    /// Message `id` in words, or `fallback` where no catalogue has it (a field the catalogues
    /// do not name: the editor's English).
    pub fn say_or(&self, id: &str, fallback: &str) -> String {
        let text = self.say(id);
        if text == id {
            fallback.to_string()
        } else {
            text
        }
    }

    /// A field's label by its path: its `field-…` message, or `english` (the editor's words)
    /// for a field the catalogues do not name.
    pub fn field_label(&self, path: &str, english: &str) -> String {
        self.say_or(&crate::editor::field_message_id(path), english)
    }

    /// A prepared message, in words.
    pub fn text(&self, message: &Message) -> String {
        self.catalogue.text(message)
    }
}

/// The page's language; English outside the provider.
#[hook]
pub fn use_language() -> Language {
    use_context::<Language>().unwrap_or_else(Language::english)
}

/// The catalogue of `lang`, every file of it fetched from `locales/<tag>/` (by the page, or by
/// the calibration worker, which says its fits in the page's language).
pub async fn fetch_catalogue(lang: crate::i18n::Lang) -> Result<crate::i18n::Catalogue, String> {
    let mut files = Vec::new();
    for name in crate::i18n::file_names() {
        let text = super::files::fetch_text(&format!("locales/{}/{name}", lang.tag())).await?;
        files.push((name, text));
    }
    let files: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    crate::i18n::Catalogue::new(lang, &files).map_err(|e| e.to_string())
}
