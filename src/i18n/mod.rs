//! The languages Pipesim speaks and the words it says in them. Every sentence a person reads is
//! a message in a Project Fluent catalogue (`locales/<tag>/*.ftl`), looked up by id with typed
//! arguments ([`Args`]); code never holds the words themselves. Plural categories come from the
//! library (fluent-bundle's CLDR rules); money and numbers are written by `format`, per
//! language, and handed to messages as text.
//!
//! A message missing from a language's catalogue falls back to English, so a partial
//! translation never shows an id; the catalogue tests require every language to be complete.

mod catalogue;

pub use catalogue::{file_names, Catalogue, CatalogueError};

use std::fmt;
use std::rc::Rc;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the source language.
    #[default]
    En,
    /// Simplified Chinese.
    ZhCn,
}

/// Every language, in the order the language switch lists them.
pub const LANGS: [Lang; 2] = [Lang::En, Lang::ZhCn];

impl Lang {
    /// The BCP 47 tag: `en`, `zh-CN`; the catalogue's folder under `locales/`.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// The language's own name, as its speakers write it (the language switch).
    pub const fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhCn => "简体中文",
        }
    }

    /// What goes between two sentences: a space in English; nothing in Chinese, whose full
    /// stop (。) is wide.
    pub const fn sentence_gap(self) -> &'static str {
        match self {
            Lang::En => " ",
            Lang::ZhCn => "",
        }
    }

    /// The language a tag asks for: a BCP 47 tag (`zh-CN`, `zh-Hans-CN`, `en-GB`) or a POSIX
    /// locale (`zh_CN.UTF-8`, `C.UTF-8`). Chinese in traditional script (`zh-TW`, `zh-Hant`)
    /// is not Simplified Chinese, so it asks for nothing we have.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.split(['.', '@']).next().unwrap_or("").replace('_', "-");
        let lower = tag.to_ascii_lowercase();
        let mut parts = lower.split('-');
        match parts.next()? {
            "en" => Some(Lang::En),
            "zh" => {
                let rest: Vec<&str> = parts.collect();
                let traditional = rest
                    .iter()
                    .any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
                let simplified = rest.iter().any(|p| matches!(*p, "hans" | "cn" | "sg"));
                (simplified || !traditional).then_some(Lang::ZhCn)
            }
            _ => None,
        }
    }

    /// The first language of `preferred` (most wanted first: `navigator.languages`, or
    /// `LC_ALL`, `LC_MESSAGES`, `LANG`) that Pipesim speaks; English if none.
    pub fn choose<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// One argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text shown as it is: a name, or a number `format` has written for the language.
    Text(String),
    /// A number the message may select on (plural categories, `[one]`, `[other]`); shown
    /// as Fluent writes it, so pass counts here and money as [`Arg::Text`].
    Number(f64),
}

/// The named arguments of a message, in order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Args(pub Vec<(&'static str, Arg)>);

impl Args {
    /// No arguments.
    pub fn new() -> Args {
        Args(Vec::new())
    }

    /// With `name` set to the text `value`.
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Args {
        self.0.push((name, Arg::Text(value.into())));
        self
    }

    /// With `name` set to the number `value`.
    pub fn number(mut self, name: &'static str, value: f64) -> Args {
        self.0.push((name, Arg::Number(value)));
        self
    }
}

/// A message ready to be put in words in any language: its id and arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The id in the catalogues, e.g. `verdict-compare-more`.
    pub id: &'static str,
    /// Its arguments.
    pub args: Args,
}

impl Message {
    /// A message without arguments.
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Args::new(),
        }
    }

    /// A message with arguments.
    pub fn with(id: &'static str, args: Args) -> Message {
        Message { id, args }
    }
}

thread_local! {
    /// English, parsed once per thread: the pure core's own words (labels in reports and the
    /// CLI) come from the catalogue too, and the page shows this same catalogue
    /// ([`english_catalogue`]) rather than parsing its own at start.
    static ENGLISH: Rc<Catalogue> = Rc::new(Catalogue::embedded(Lang::En));
}

/// The English catalogue, parsed once per thread and shared.
pub fn english_catalogue() -> Rc<Catalogue> {
    ENGLISH.with(Rc::clone)
}

/// Message `id` (no arguments) in English, if the English catalogue has it.
pub fn english(id: &str) -> Option<String> {
    ENGLISH.with(|en| en.has(id).then(|| en.say(id, &Args::new())))
}

/// `f` with this thread's English catalogue: the core's errors say themselves in English.
pub fn with_english<R>(f: impl FnOnce(&Catalogue) -> R) -> R {
    ENGLISH.with(|en| f(en))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_name_their_language() {
        for (tag, lang) in [
            ("en", Some(Lang::En)),
            ("en-GB", Some(Lang::En)),
            ("en_US.UTF-8", Some(Lang::En)),
            ("zh", Some(Lang::ZhCn)),
            ("zh-CN", Some(Lang::ZhCn)),
            ("zh_CN.UTF-8", Some(Lang::ZhCn)),
            ("zh-Hans", Some(Lang::ZhCn)),
            ("zh-Hans-HK", Some(Lang::ZhCn)),
            ("zh-SG", Some(Lang::ZhCn)),
            ("zh-TW", None),
            ("zh-Hant", None),
            ("zh_HK.UTF-8", None),
            ("fr-FR", None),
            ("C.UTF-8", None),
            ("", None),
        ] {
            assert_eq!(Lang::from_tag(tag), lang, "{tag}");
        }
        for lang in LANGS {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }

    #[test]
    fn the_first_language_spoken_is_chosen() {
        assert_eq!(Lang::choose(["fr", "zh-CN", "en"]), Lang::ZhCn);
        assert_eq!(Lang::choose(["zh-TW", "en-US"]), Lang::En);
        assert_eq!(Lang::choose(["de"]), Lang::En);
        assert_eq!(Lang::choose([]), Lang::En);
    }
}
