//! What each fit found, as the page, the CLI and the scenario's changes read it: a fit or why
//! not, a win rate with the source it informs, a lognormal with the values it was fitted to,
//! and a field the fits changed. Shared by `calibration` (which makes them) and `apply` (which
//! writes them into a scenario).

use jiff::civil::Date;
use serde_json::Value;

use crate::engine::Source;
use crate::i18n::Message;

use super::fit::{LognormalFit, RateFit, GONE_AFTER_DAYS};

/// Days in an average month: a cycle in days over this is a cycle in months.
pub const DAYS_PER_MONTH: f64 = 365.2425 / 12.0;
/// A deal closed the day it was created counts as this many days: a lognormal needs more than 0.
pub(super) const SHORTEST_DAYS: f64 = 0.5;
/// A win rate is written into the scenario from this many decided deals on.
pub const MIN_DECIDED: u64 = 10;
/// Inbound's monthly rate is read over this many full months before the export's date.
pub const INBOUND_MONTHS: i32 = 6;

/// A fit, or why it could not be made.
#[derive(Debug, Clone, PartialEq)]
pub enum Fit<T> {
    Fitted(T),
    Not(Message),
}

impl<T> Fit<T> {
    pub fn fitted(&self) -> Option<&T> {
        match self {
            Fit::Fitted(t) => Some(t),
            Fit::Not(_) => None,
        }
    }
}

/// A win rate: of a source value as the file writes it (`None`: every deal), mapped to the
/// model's source it informs.
#[derive(Debug, Clone, PartialEq)]
pub struct WinRateFit {
    pub value: Option<String>,
    pub source: Option<Source>,
    pub rate: RateFit,
}

/// A lognormal fitted to values, with the values to draw it against.
#[derive(Debug, Clone, PartialEq)]
pub struct Fitted {
    pub fit: LognormalFit,
    /// The values observed (cycles in months, or amounts).
    pub values: Vec<f64>,
    /// Lower bounds of censored values: open deals' ages in months (empty for amounts).
    pub censored: Vec<f64>,
}

/// A field the fits wrote: its path, its value before and after (file form), and its basis.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub path: String,
    pub before: Value,
    pub after: Value,
    pub basis: Message,
}

/// The date [`GONE_AFTER_DAYS`] before `as_of`: an owner with no opportunity since has left.
pub(super) fn gone_before(as_of: Date) -> Date {
    as_of
        .checked_sub(jiff::Span::new().days(GONE_AFTER_DAYS))
        .unwrap_or(as_of)
}
