//! A language's catalogue: its `.ftl` files parsed into a Fluent bundle, with English behind it
//! for any message it lacks. The files are embedded here for the CLI and the tests
//! ([`Catalogue::embedded`]); the page builds Chinese's from the files it fetched
//! ([`Catalogue::new`], [`file_names`]).

use std::fmt;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use super::{Arg, Args, Lang, Message};

/// English's catalogue files, as (file name, text): the source language, built into every
/// program (the page starts in it and falls back to it).
const EN_FILES: &[(&str, &str)] = &[
    ("common.ftl", include_str!("../../locales/en/common.ftl")),
    ("presets.ftl", include_str!("../../locales/en/presets.ftl")),
    ("editor.ftl", include_str!("../../locales/en/editor.ftl")),
    ("fields.ftl", include_str!("../../locales/en/fields.ftl")),
    ("page.ftl", include_str!("../../locales/en/page.ftl")),
    ("cli.ftl", include_str!("../../locales/en/cli.ftl")),
    ("decide.ftl", include_str!("../../locales/en/decide.ftl")),
    ("verdict.ftl", include_str!("../../locales/en/verdict.ftl")),
    ("results.ftl", include_str!("../../locales/en/results.ftl")),
    ("errors.ftl", include_str!("../../locales/en/errors.ftl")),
    (
        "calibrate.ftl",
        include_str!("../../locales/en/calibrate.ftl"),
    ),
];

/// Chinese's files, the same names with the same message ids (the catalogue tests check
/// it). Built into the CLI and the native tests; the page fetches them when asked
/// ([`FILE_NAMES`]), so that its wasm does not carry a language its reader may never use.
#[cfg(not(target_arch = "wasm32"))]
const ZH_FILES: &[(&str, &str)] = &[
    ("common.ftl", include_str!("../../locales/zh-CN/common.ftl")),
    (
        "presets.ftl",
        include_str!("../../locales/zh-CN/presets.ftl"),
    ),
    ("editor.ftl", include_str!("../../locales/zh-CN/editor.ftl")),
    ("fields.ftl", include_str!("../../locales/zh-CN/fields.ftl")),
    ("page.ftl", include_str!("../../locales/zh-CN/page.ftl")),
    ("cli.ftl", include_str!("../../locales/zh-CN/cli.ftl")),
    ("decide.ftl", include_str!("../../locales/zh-CN/decide.ftl")),
    (
        "verdict.ftl",
        include_str!("../../locales/zh-CN/verdict.ftl"),
    ),
    (
        "results.ftl",
        include_str!("../../locales/zh-CN/results.ftl"),
    ),
    ("errors.ftl", include_str!("../../locales/zh-CN/errors.ftl")),
    (
        "calibrate.ftl",
        include_str!("../../locales/zh-CN/calibrate.ftl"),
    ),
];

/// The names of every language's catalogue files, under `locales/<tag>/`.
pub fn file_names() -> impl Iterator<Item = &'static str> {
    EN_FILES.iter().map(|(name, _)| *name)
}

/// A catalogue file that does not parse: which file, where, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct CatalogueError {
    /// `zh-CN/common.ftl`.
    pub file: String,
    /// The 1-based line of the first problem.
    pub line: usize,
    /// Fluent's description of it.
    pub reason: String,
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, line {}: {}", self.file, self.line, self.reason)
    }
}

impl std::error::Error for CatalogueError {}

type Bundle = FluentBundle<FluentResource>;

/// The messages of one language, English behind them.
pub struct Catalogue {
    lang: Lang,
    bundle: Bundle,
    english: Option<Bundle>,
}

impl fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalogue")
            .field("lang", &self.lang)
            .finish()
    }
}

fn bundle(lang: Lang, files: &[(&str, &str)]) -> Result<Bundle, CatalogueError> {
    let id = lang.tag().parse().expect("the tags of LANGS parse");
    let mut bundle = FluentBundle::new(vec![id]);
    // Unicode isolation marks guard right-to-left text; both languages run left to right, and
    // the marks would end up in CSV cells and terminal tables.
    bundle.set_use_isolating(false);
    for (name, text) in files {
        let failed = |line: usize, reason: String| CatalogueError {
            file: format!("{}/{name}", lang.tag()),
            line,
            reason,
        };
        let resource = FluentResource::try_new(text.to_string()).map_err(|(_, errors)| {
            let first = &errors[0];
            let line = text[..first.pos.start.min(text.len())]
                .lines()
                .count()
                .max(1);
            failed(line, first.kind.to_string())
        })?;
        bundle
            .add_resource(resource)
            .map_err(|errors| failed(0, format!("{:?}", errors[0])))?;
    }
    Ok(bundle)
}

impl Catalogue {
    /// The catalogue of `lang` from the text of its files, English (embedded) behind it.
    pub fn new(lang: Lang, files: &[(&str, &str)]) -> Result<Catalogue, CatalogueError> {
        let english = match lang {
            Lang::En => None,
            _ => Some(bundle(Lang::En, embedded_files(Lang::En))?),
        };
        Ok(Catalogue {
            lang,
            bundle: bundle(lang, files)?,
            english,
        })
    }

    /// The catalogue of `lang` from the files built into the program.
    pub fn embedded(lang: Lang) -> Catalogue {
        Catalogue::new(lang, embedded_files(lang)).expect("the embedded catalogues parse (tested)")
    }

    /// Its language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the language's own files have message `id` (not only English behind them).
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// A message in words.
    pub fn text(&self, message: &Message) -> String {
        self.say(message.id, &message.args)
    }

    /// Message `id` with `args` in words: in this language, else in English, else the id
    /// itself (a bug the catalogue tests catch, never a panic in front of a user).
    pub fn say(&self, id: &str, args: &Args) -> String {
        let fluent_args = fluent_args(args);
        [Some(&self.bundle), self.english.as_ref()]
            .into_iter()
            .flatten()
            .find_map(|bundle| {
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                Some(
                    bundle
                        .format_pattern(pattern, Some(&fluent_args), &mut errors)
                        .into_owned(),
                )
            })
            .unwrap_or_else(|| id.to_string())
    }

    /// The problems formatting message `id` with `args` (an argument it names but was not
    /// given, say): the catalogue tests' check.
    pub fn problems(&self, id: &str, args: &Args) -> Vec<String> {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return vec![format!("{}: no message {id}", self.lang)];
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args(args)), &mut errors);
        errors
            .into_iter()
            .map(|e| format!("{}: {id}: {e:?}", self.lang))
            .collect()
    }

    /// The ids of every message in this language's own files.
    pub fn ids(&self) -> Vec<String> {
        let files = embedded_files(self.lang);
        let mut ids = Vec::new();
        for (_, text) in files {
            for line in text.lines() {
                let line = line.trim_end();
                if let Some((id, _)) = line.split_once(" =") {
                    if !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                    {
                        ids.push(id.to_string());
                    }
                }
            }
        }
        ids
    }
}

fn fluent_args(args: &Args) -> FluentArgs<'_> {
    let mut out = FluentArgs::new();
    for (name, value) in &args.0 {
        match value {
            Arg::Text(text) => out.set(*name, FluentValue::from(text.as_str())),
            Arg::Number(x) => out.set(*name, FluentValue::from(*x)),
        }
    }
    out
}

/// The files of `lang` built into this program (none of Chinese's in the page's wasm).
pub fn embedded_files(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => EN_FILES,
        #[cfg(not(target_arch = "wasm32"))]
        Lang::ZhCn => ZH_FILES,
        #[cfg(target_arch = "wasm32")]
        Lang::ZhCn => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::LANGS;

    #[test]
    fn every_catalogue_parses_and_has_every_english_message() {
        let english = Catalogue::embedded(Lang::En).ids();
        assert!(!english.is_empty());
        for lang in LANGS {
            let catalogue = Catalogue::new(lang, embedded_files(lang)).unwrap();
            let ids = catalogue.ids();
            for id in &english {
                assert!(catalogue.has(id), "{lang} lacks {id}");
            }
            for id in &ids {
                assert!(
                    english.contains(id),
                    "{lang} has {id}, which English has not"
                );
            }
        }
    }

    #[test]
    fn plural_categories_come_from_the_library() {
        let en = Catalogue::embedded(Lang::En);
        let zh = Catalogue::embedded(Lang::ZhCn);
        let trials = |c: &Catalogue, n: f64, shown: &str| {
            c.say(
                "trials-count",
                &Args::new().number("n", n).text("count", shown),
            )
        };
        assert_eq!(trials(&en, 1.0, "1"), "1 trial");
        assert_eq!(trials(&en, 2000.0, "2,000"), "2,000 trials");
        assert_eq!(trials(&zh, 1.0, "1"), "模拟 1 次");
        assert_eq!(trials(&zh, 2000.0, "2,000"), "模拟 2,000 次");
        let args = Args::new().number("n", 2.0).text("count", "2");
        for c in [&en, &zh] {
            assert_eq!(c.problems("trials-count", &args), Vec::<String>::new());
        }
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_its_id() {
        let zh = Catalogue::new(Lang::ZhCn, &[("common.ftl", "lang-name = 简体中文\n")]).unwrap();
        assert_eq!(zh.say("lang-name", &Args::new()), "简体中文");
        assert_eq!(
            zh.say(
                "trials-count",
                &Args::new().number("n", 3.0).text("count", "3")
            ),
            "3 trials"
        );
        assert_eq!(zh.say("no-such-message", &Args::new()), "no-such-message");
    }

    #[test]
    fn a_broken_file_is_named_with_its_line() {
        let e = Catalogue::new(Lang::ZhCn, &[("common.ftl", "ok = 好\n\nbroken = { $x\n")])
            .unwrap_err();
        assert_eq!(e.file, "zh-CN/common.ftl");
        assert_eq!(e.line, 3, "{e}");
    }
}
