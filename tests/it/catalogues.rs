//! The catalogues against the code they speak for: every field's label and help, every
//! preset's rationale and comparison, in English (and so, by the catalogue tests, in every
//! language). A field's help lives only in the catalogues: the walk holds keys, units, ranges
//! and levels.

use pipesim::editor::{field_message_id, fields};
use pipesim::i18n::{Args, Catalogue, Lang, LANGS};
use pipesim::model::Scenario;
use pipesim::presets::{COMPARISONS, PRESETS};

#[test]
fn each_field_has_a_label_and_help_in_every_language() {
    for lang in LANGS {
        let catalogue = Catalogue::embedded(lang);
        for entry in fields(&Scenario::default()) {
            let id = field_message_id(&entry.path);
            for id in [id.clone(), format!("{id}-help")] {
                assert!(catalogue.has(&id), "{lang}: {id}");
                let words = catalogue.say(&id, &Args::new());
                assert!(!words.trim().is_empty() && words != id, "{lang}: {id}");
            }
        }
    }
}

#[test]
fn each_presets_english_rationale_is_its_files_description() {
    let en = Catalogue::embedded(Lang::En);
    for preset in PRESETS {
        let id = format!("preset-rationale-{}", preset.name);
        assert_eq!(
            en.say(&id, &Args::new()),
            preset.scenario().description,
            "{id}"
        );
        assert!(en.has(&format!("preset-title-{}", preset.name)));
    }
    for (_, a, b) in COMPARISONS {
        assert!(en.has(&format!("comparison-title-{a}-{b}")));
    }
}

#[test]
fn each_named_outputs_english_words_are_in_the_catalogue() {
    let en = Catalogue::embedded(Lang::En);
    for (key, label) in pipesim::analysis::NAMED_OUTPUTS {
        let id = format!("output-{}", key.replace('.', "-"));
        assert_eq!(en.say(&id, &Args::new()), label, "{id}");
    }
}
