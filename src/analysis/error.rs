//! Why an analysis cannot run: the setting at fault, by its path in the workspace file
//! (`analysis.steps`, `analysis.levers[0].to`), and the reason in words.
//!
//! The reason is still English text made where the analysis is planned (study, sweep, seek);
//! [`AnalysisError::say`] lays the error out in a catalogue's language (`error-at`: a
//! full-width colon in Chinese), the path as the file writes it.

use std::fmt;

use crate::i18n::{Args, Catalogue};

/// Why an analysis cannot run: the setting's path in the workspace file and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalysisError {
    /// The setting, e.g. `analysis.levers[0].field`.
    pub path: String,
    /// Why.
    pub reason: String,
}

impl AnalysisError {
    /// An error at `path`.
    pub fn at(path: impl Into<String>, reason: impl Into<String>) -> AnalysisError {
        AnalysisError {
            path: path.into(),
            reason: reason.into(),
        }
    }
}

impl AnalysisError {
    /// The error laid out in `catalogue`'s language; the reason as it was given.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        catalogue.say(
            "error-at",
            &Args::new()
                .text("path", self.path.as_str())
                .text("reason", self.reason.as_str()),
        )
    }
}

impl fmt::Display for AnalysisError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

impl std::error::Error for AnalysisError {}
