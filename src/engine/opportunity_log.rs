//! The opportunity log: every opportunity one trial creates, as a CRM would have recorded it
//! (who created it, from which source, when, its value, its unrounded cycle, and its final
//! fate). Off by default; `simulate_trial_logged` fills it. The log only watches: a logged
//! trial draws the same numbers and writes the same outputs as an unlogged one.

use super::outputs::Source;

/// Who holds an opportunity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// The founder.
    Founder,
    /// An AE, by hire order in the trial: 0 is the first AE on staff at month 0, and hires
    /// follow in the order they start. A person keeps the number after leaving; no number is
    /// given twice.
    Ae(u32),
    /// Nobody: an orphan with no AE left to take it.
    Nobody,
}

/// One opportunity of the log.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LoggedOpportunity {
    /// Creation order in the trial, from 0.
    pub id: u64,
    /// Who created it (its owner when it was placed).
    pub creator: Owner,
    /// Who holds it at the end: the creator, or whoever took it as an orphan.
    pub owner: Owner,
    pub source: Source,
    /// The month it was created.
    pub created: usize,
    /// The month it closes: `created` + the cycle in whole months (may be past the horizon).
    pub close: usize,
    pub value: f64,
    /// Its final fate: the win decided at creation, after any orphan loss.
    pub win: bool,
    /// The cycle as drawn, in months, before rounding; it rounds to `close - created`.
    pub cycle: f64,
}

/// The opportunities of one trial, in creation order.
#[derive(Debug, Clone, Default)]
pub struct OpportunityLog {
    opportunities: Vec<LoggedOpportunity>,
    /// The log's indices of each bucket's opportunities, in the bucket's order, so that the
    /// trial's changes to an opportunity in a bucket (orphans) reach its entry.
    buckets: Vec<Vec<u32>>,
    horizon: usize,
}

impl OpportunityLog {
    /// An empty log.
    pub fn new() -> OpportunityLog {
        OpportunityLog::default()
    }

    /// The opportunities, in creation order (`id` is the index).
    pub fn opportunities(&self) -> &[LoggedOpportunity] {
        &self.opportunities
    }

    /// The months the logged trial simulated.
    pub fn horizon(&self) -> usize {
        self.horizon
    }

    /// Empties the log for a trial of `horizon` months.
    pub(crate) fn start(&mut self, horizon: usize) {
        self.opportunities.clear();
        self.horizon = horizon;
        self.buckets.resize_with(horizon + 1, Vec::new);
        for b in &mut self.buckets {
            b.clear();
        }
    }

    /// A new opportunity, placed in `bucket` after the ones already there.
    pub(crate) fn push(&mut self, bucket: usize, mut opportunity: LoggedOpportunity) {
        let index = self.opportunities.len();
        opportunity.id = index as u64;
        self.buckets[bucket].push(index as u32);
        self.opportunities.push(opportunity);
    }

    /// The opportunity at `position` in `bucket` changed hands as an orphan.
    pub(crate) fn orphaned(&mut self, bucket: usize, position: usize, owner: Owner, win: bool) {
        let index = self.buckets[bucket][position] as usize;
        let opportunity = &mut self.opportunities[index];
        opportunity.owner = owner;
        opportunity.win = win;
    }
}
