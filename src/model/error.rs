//! Model errors: each names the JSON path of the field, and says what is wrong and what is valid,
//! e.g. `ae.outbound_share: 1.2 is outside 0 to 0.9`. A reader collects all of them at once.

use std::fmt;

/// One problem with one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The JSON path, e.g. `scenarios[1].ae.outbound_share`; empty for the whole file.
    pub path: String,
    /// What is wrong, and the valid values.
    pub reason: String,
}

impl FieldError {
    /// A problem at `path`.
    pub fn new(path: impl Into<String>, reason: impl Into<String>) -> FieldError {
        FieldError {
            path: path.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.reason)
        } else {
            write!(f, "{}: {}", self.path, self.reason)
        }
    }
}

/// Every problem found in a file, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelErrors(pub Vec<FieldError>);

impl ModelErrors {
    /// A single problem.
    pub fn one(path: impl Into<String>, reason: impl Into<String>) -> ModelErrors {
        ModelErrors(vec![FieldError::new(path, reason)])
    }
    /// The problems.
    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.0.iter()
    }
    /// How many problems.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for ModelErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ModelErrors {}
