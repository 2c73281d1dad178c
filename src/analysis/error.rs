//! Why an analysis cannot run: the setting at fault, by its path in the workspace file
//! (`analysis.steps`, `analysis.levers[0].to`), and the reason as a [`Message`] of
//! `locales/*/errors.ftl`, so that it is said in the reader's language.
//!
//! The path is never translated: it is the key as the file (or the flag as the command line)
//! writes it. `Display` is English, word for word what the analyses always said;
//! [`AnalysisError::say`] lays the error out in a catalogue's language (`error-at`: a
//! full-width colon in Chinese).

use std::fmt;

use crate::i18n::{self, Args, Catalogue, Message};
use crate::model::field::format_number;
use crate::model::{FieldError, Range};

/// Why an analysis cannot run: the setting's path in the workspace file and the reason.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysisError {
    /// The setting, e.g. `analysis.levers[0].field`; empty when no one setting is at fault.
    pub path: String,
    /// Why.
    pub reason: Message,
    /// What inside the setting the reason is about, as written (a field's path, a goal as
    /// typed), said before the reason: `analysis.field: ae.foo: is not a field…`.
    pub about: Option<String>,
    /// The model's own problems the reason reports (`$reason` of the message), said in the
    /// same language as the rest.
    pub causes: Vec<FieldError>,
}

impl AnalysisError {
    /// An error at `path`.
    pub fn at(path: impl Into<String>, reason: Message) -> AnalysisError {
        AnalysisError {
            path: path.into(),
            reason,
            about: None,
            causes: Vec::new(),
        }
    }

    /// An error at `path` about `what` inside it.
    pub fn about(
        path: impl Into<String>,
        what: impl Into<String>,
        reason: Message,
    ) -> AnalysisError {
        AnalysisError {
            about: Some(what.into()),
            ..AnalysisError::at(path, reason)
        }
    }

    /// The same error at another path (a flag instead of the file's key).
    pub fn moved_to(self, path: impl Into<String>) -> AnalysisError {
        AnalysisError {
            path: path.into(),
            ..self
        }
    }

    /// The reason in `catalogue`'s language, without the path.
    pub fn reason_in(&self, catalogue: &Catalogue) -> String {
        let reason = if self.causes.is_empty() {
            catalogue.text(&self.reason)
        } else {
            let gap = catalogue.say("error-list-gap", &Args::new());
            let causes: Vec<String> = self.causes.iter().map(|e| e.say(catalogue)).collect();
            let args = self.reason.args.clone().text("reason", causes.join(&gap));
            catalogue.say(self.reason.id, &args)
        };
        match &self.about {
            None => reason,
            Some(what) => catalogue.say(
                "error-part",
                &Args::new()
                    .text("part", what.as_str())
                    .text("reason", reason),
            ),
        }
    }

    /// The reason in English.
    pub fn reason_text(&self) -> String {
        i18n::with_english(|en| self.reason_in(en))
    }

    /// The error laid out in `catalogue`'s language, the path as the file writes it.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        crate::model::error::at_path(catalogue, &self.path, self.reason_in(catalogue))
    }
}

impl fmt::Display for AnalysisError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&i18n::with_english(|en| self.say(en)))
    }
}

impl std::error::Error for AnalysisError {}

/// "`x` is outside `field`'s range …", the range's ends as the model writes them.
pub(crate) fn outside_input(x: f64, field: &str, range: &Range) -> Message {
    Message::with(
        "error-analysis-outside-input",
        Args::new()
            .text("value", x.to_string())
            .text("field", field)
            .text("shape", range.shape().key())
            .text("min", format_number(range.lo))
            .text("max", format_number(range.hi)),
    )
}
