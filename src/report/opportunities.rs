//! One trial's opportunities as a CRM export (`id,owner,source,created,closed,amount,stage`):
//! the input of calibration's round trip, so every column says what the engine did. Dates put
//! month 0 at the scenario's `start_month`; an opportunity's created and closed dates are
//! `cycle` months apart (its unrounded cycle) and fall in the months the engine created and
//! closed it. Opportunities closing at or after the horizon are still open: their fate is the
//! future, so they have no closed date.

use std::io;

use jiff::civil::Date;
use jiff::Span;

use crate::engine::{LoggedOpportunity, OpportunityLog, Owner};
use crate::model::Scenario;

/// The export's header.
pub const OPPORTUNITY_COLUMNS: [&str; 7] = [
    "id", "owner", "source", "created", "closed", "amount", "stage",
];

/// Where an exported opportunity stands at the horizon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Won,
    Lost,
    Open,
}

impl Stage {
    /// The stage as CRMs name it.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Won => "Closed Won",
            Stage::Lost => "Closed Lost",
            Stage::Open => "Open",
        }
    }
}

/// One row of the export.
#[derive(Debug, Clone, PartialEq)]
pub struct OpportunityRow {
    /// Creation order in the trial, from 1.
    pub id: u64,
    /// The owner that created it: `AE n` (the n-th AE hired, from 1), `Founder`, or empty.
    /// An orphan keeps its creator here, as CRMs that keep the original owner do.
    pub owner: String,
    /// The model's source key (`outbound`, `sdr`…).
    pub source: &'static str,
    pub created: Date,
    /// `None` while open.
    pub closed: Option<Date>,
    pub amount: f64,
    pub stage: Stage,
}

/// The name of an owner in the export.
pub fn owner_name(owner: Owner) -> String {
    match owner {
        Owner::Founder => "Founder".to_string(),
        Owner::Ae(n) => format!("AE {}", n + 1),
        Owner::Nobody => String::new(),
    }
}

/// The date of fractional month `time` (month 0 starts on `start`): the day of the month is
/// 1 + the fraction's share of its days. `None` past the calendar's last year, 9999.
fn date_at(start: Date, time: f64) -> Option<Date> {
    let month = libm::floor(time);
    let first = start.checked_add(Span::new().months(month as i64)).ok()?;
    let days = first.days_in_month();
    let day = (libm::floor((time - month) * f64::from(days)) as i8).clamp(0, days - 1);
    Date::new(first.year(), first.month(), 1 + day).ok()
}

/// The offset f in [0, 1) of the creation within its month such that creation + cycle falls in
/// the close month: the middle of [max(0, k − c), min(1, k + 1 − c)), k the whole months.
fn creation_offset(opportunity: &LoggedOpportunity) -> f64 {
    let k = (opportunity.close - opportunity.created) as f64;
    let c = opportunity.cycle;
    let lo = (k - c).max(0.0);
    let hi = (k + 1.0 - c).min(1.0);
    0.5 * (lo + hi)
}

/// The export's rows of `log`, in id order; `start` is the first day of month 0. `None` when
/// a date would fall past the year 9999.
pub fn opportunity_rows(log: &OpportunityLog, start: Date) -> Option<Vec<OpportunityRow>> {
    log.opportunities()
        .iter()
        .map(|o| {
            let f = creation_offset(o);
            let created = date_at(start, o.created as f64 + f)?;
            let open = o.close >= log.horizon();
            let closed = if open {
                None
            } else {
                // Kept inside the engine's close month against rounding at its edges.
                let k = (o.close - o.created) as f64;
                let within = (f + o.cycle - k).clamp(0.0, 1.0 - f64::EPSILON);
                Some(date_at(start, o.close as f64 + within)?)
            };
            Some(OpportunityRow {
                id: o.id + 1,
                owner: owner_name(o.creator),
                source: o.source.key(),
                created,
                closed,
                amount: o.value,
                stage: match (open, o.win) {
                    (true, _) => Stage::Open,
                    (false, true) => Stage::Won,
                    (false, false) => Stage::Lost,
                },
            })
        })
        .collect()
}

/// The first day of `scenario`'s month 0, from its `start_month` (2027-01 when it has none).
pub fn start_date(scenario: &Scenario) -> Date {
    let (year, month) = scenario.start_year_month();
    Date::new(year as i16, month as i8, 1).expect("a start month is a calendar month")
}

/// Writes `log` as the export, `scenario` giving the calendar. A calendar running past the
/// year 9999 is an error of kind `InvalidInput`, before anything is written.
pub fn write_opportunities_csv<W: io::Write>(
    log: &OpportunityLog,
    scenario: &Scenario,
    writer: W,
) -> io::Result<()> {
    let rows = opportunity_rows(log, start_date(scenario))
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "a date past the year 9999"))?;
    let mut csv = csv::Writer::from_writer(writer);
    csv.write_record(OPPORTUNITY_COLUMNS)?;
    for row in rows {
        csv.write_record([
            row.id.to_string(),
            row.owner,
            row.source.to_string(),
            row.created.to_string(),
            row.closed.map(|d| d.to_string()).unwrap_or_default(),
            format!("{:.2}", row.amount),
            row.stage.label().to_string(),
        ])?;
    }
    csv.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Source;

    fn date(text: &str) -> Date {
        text.parse().expect("a date")
    }

    #[test]
    fn a_fraction_of_a_month_is_a_share_of_its_days() {
        let start = date("2027-01-01");
        assert_eq!(date_at(start, 0.0), Some(date("2027-01-01")));
        // February 2027 has 28 days: half of it is the 15th.
        assert_eq!(date_at(start, 1.5), Some(date("2027-02-15")));
        // February 2028 has 29.
        assert_eq!(date_at(start, 13.99), Some(date("2028-02-29")));
        assert_eq!(date_at(start, 23.0), Some(date("2028-12-01")));
        assert_eq!(date_at(date("9999-12-01"), 1.0), None);
    }

    #[test]
    fn creation_plus_cycle_falls_in_the_close_month() {
        let opportunity = |created: usize, close: usize, cycle: f64| LoggedOpportunity {
            id: 0,
            creator: Owner::Ae(0),
            owner: Owner::Ae(0),
            source: Source::Outbound,
            created,
            close,
            value: 1.0,
            win: true,
            cycle,
        };
        for (created, close, cycle) in [(0, 3, 2.6), (0, 3, 3.4), (5, 6, 0.3), (2, 4, 1.5)] {
            let o = opportunity(created, close, cycle);
            let f = creation_offset(&o);
            assert!((0.0..1.0).contains(&f), "{f}");
            let end = created as f64 + f + cycle;
            assert_eq!(
                libm::floor(end) as usize,
                close,
                "{created} {close} {cycle}"
            );
        }
        assert_eq!(creation_offset(&opportunity(0, 3, 2.6)), 0.7);
    }

    #[test]
    fn month_zero_is_the_start_month_else_the_charts_default() {
        let mut scenario = Scenario {
            start_month: "2026-11".into(),
            ..Scenario::default()
        };
        assert_eq!(start_date(&scenario), date("2026-11-01"));
        scenario.start_month = String::new();
        assert_eq!(start_date(&scenario), date("2027-01-01"));
    }
}
