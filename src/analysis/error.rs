//! Why an analysis cannot run: the setting at fault, by its path in the workspace file
//! (`analysis.steps`, `analysis.levers[0].to`), and the reason in words.

use std::fmt;

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

impl fmt::Display for AnalysisError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

impl std::error::Error for AnalysisError {}
