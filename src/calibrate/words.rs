//! A calibration put in the reader's words, for the CLI's summary and the page's review: each
//! changed field with its label, its value before and after (as the editor writes values, so
//! they read back), and the basis of the fit; each fit's range; and the fields left alone.

use crate::editor::{field_message_id, fields, FieldEntry};
use crate::i18n::{Args, Catalogue};
use crate::model::Scenario;

use super::calibration::{Calibration, UNTOUCHED};

/// One changed field, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeWords {
    pub path: String,
    pub label: String,
    pub before: String,
    pub after: String,
    pub basis: String,
}

/// A field's label in `catalogue`'s language, the editor's English when it has none.
pub fn field_label(path: &str, english: &str, catalogue: &Catalogue) -> String {
    let id = field_message_id(path);
    if catalogue.has(&id) {
        catalogue.say(&id, &Args::new())
    } else {
        english.to_string()
    }
}

fn entry<'a>(entries: &'a [FieldEntry], path: &str) -> Option<&'a FieldEntry> {
    entries.iter().find(|e| e.path == path)
}

/// The calibration's changes to `base`, in `catalogue`'s language.
pub fn changes_in_words(
    calibration: &Calibration,
    base: &Scenario,
    catalogue: &Catalogue,
) -> Vec<ChangeWords> {
    let before = fields(base);
    let after = Scenario::from_value(&calibration.fitted, "")
        .map(|s| fields(&s))
        .unwrap_or_default();
    calibration
        .changes
        .iter()
        .map(|change| {
            let old = entry(&before, &change.path);
            let new = entry(&after, &change.path);
            ChangeWords {
                path: change.path.clone(),
                label: field_label(
                    &change.path,
                    old.map_or(change.path.as_str(), |e| e.label.as_str()),
                    catalogue,
                ),
                before: old
                    .map_or_else(|| change.before.to_string(), |e| e.value_text_in(catalogue)),
                after: new.map_or_else(|| change.after.to_string(), |e| e.value_text_in(catalogue)),
                basis: catalogue.text(&change.basis),
            }
        })
        .collect()
}

/// The message id naming a group of [`UNTOUCHED`] fields.
pub fn untouched_id(path: &str) -> String {
    format!("calibrate-untouched-{}", path.replace(['.', '_'], "-"))
}

/// The fields an export cannot inform, in `catalogue`'s language.
pub fn untouched_in_words(catalogue: &Catalogue) -> Vec<String> {
    UNTOUCHED
        .iter()
        .map(|path| catalogue.say(&untouched_id(path), &Args::new()))
        .collect()
}
