//! An export as calibration sees it, once its table is read and its cells understood: each
//! opportunity with its owner, source, dates, amount and outcome, and the export's own date.
//! The fits read only this, never the file's text.

use jiff::civil::Date;

use crate::engine::Source;

use super::Outcome;

/// One opportunity of the export.
#[derive(Debug, Clone, PartialEq)]
pub struct Opportunity {
    /// Its 1-based line in the file, to name it in messages.
    pub line: usize,
    /// Its owner, an index into [`Export::owners`]; `None` when the file has no owner column
    /// or the cell is empty.
    pub owner: Option<u32>,
    /// Its source, an index into [`Export::sources`]; `None` as for the owner.
    pub source: Option<u32>,
    /// When it was created.
    pub created: Date,
    /// When it closed; for an open opportunity, `None` (an expected close date is ignored).
    pub closed: Option<Date>,
    /// Its amount, when the file gives one.
    pub amount: Option<f64>,
    /// Won, lost or still open, by the reviewed stage mapping.
    pub outcome: Outcome,
}

/// Every opportunity of an export, with the names its cells repeat written once.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Export {
    pub opportunities: Vec<Opportunity>,
    /// The owners, in order of first appearance.
    pub owners: Vec<String>,
    /// The sources as the file writes them, each with the model's source it was mapped to
    /// (`None`: no source of the model, such as "Partner"; its deals count in the overall
    /// win rate only).
    pub sources: Vec<(String, Option<Source>)>,
}

impl Export {
    /// The export's date: the latest date in it. An opportunity still open was open then, so
    /// its cycle is at least this date less its creation (it is censored there).
    pub fn as_of(&self) -> Option<Date> {
        self.opportunities
            .iter()
            .map(|o| o.closed.map_or(o.created, |c| c.max(o.created)))
            .max()
    }

    /// The latest creation date: where the team's own activity ends. Whether an owner has left,
    /// and the inbound of recent months, are judged from here; a close date after it (a deal
    /// that took months to close) says nothing about who still creates opportunities.
    pub fn last_created(&self) -> Option<Date> {
        self.opportunities.iter().map(|o| o.created).max()
    }

    /// The model's source of `opportunity`, if its source was mapped to one.
    pub fn source_of(&self, opportunity: &Opportunity) -> Option<Source> {
        opportunity
            .source
            .and_then(|i| self.sources.get(i as usize))
            .and_then(|(_, source)| *source)
    }
}
