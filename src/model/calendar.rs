//! The scenario's calendar: its first month (`start_month`, `YYYY-MM`) and which calendar
//! quarter each simulated quarter falls in, for the labels of tables, charts and CSV columns
//! (`2027 Q1`).

use super::Scenario;

impl Scenario {
    /// The year and month of the first simulated month, from `start_month`.
    pub fn start_year_month(&self) -> (i32, u32) {
        parse_month_label(&self.start_month).unwrap_or((2027, 1))
    }
}

/// `YYYY-MM` as (year, month), or `None` when it is not one.
fn parse_month_label(label: &str) -> Option<(i32, u32)> {
    let (y, m) = label.split_once('-')?;
    if y.len() != 4
        || m.len() != 2
        || !y.bytes().all(|b| b.is_ascii_digit())
        || !m.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let month: u32 = m.parse().ok()?;
    (1..=12)
        .contains(&month)
        .then_some((y.parse().ok()?, month))
}

/// Whether `label` is a month as `start_month` writes it, `YYYY-MM`.
pub(super) fn is_month_label(label: &str) -> bool {
    parse_month_label(label).is_some()
}

/// The calendar quarter that quarter `q` of a scenario is labelled by (that of its first
/// month), counted from the first quarter of year 0: consecutive quarters of any scenario have
/// consecutive numbers, so scenarios that start in different months line up by it.
pub fn calendar_quarter(scenario: &Scenario, q: usize) -> i64 {
    let (year, month) = scenario.start_year_month();
    let months = (month as i64 - 1) + 3 * q as i64;
    4 * (year as i64 + months.div_euclid(12)) + months.rem_euclid(12) / 3
}

/// The label of a [`calendar_quarter`]: `2027 Q1`.
pub fn calendar_quarter_label(number: i64) -> String {
    format!("{} Q{}", number.div_euclid(4), number.rem_euclid(4) + 1)
}

/// The label of quarter `q` of a scenario, by the calendar quarter of its first month: `2027 Q1`.
pub fn quarter_label(scenario: &Scenario, q: usize) -> String {
    calendar_quarter_label(calendar_quarter(scenario, q))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_follow_the_calendar() {
        let mut s = Scenario::default();
        assert_eq!(quarter_label(&s, 0), "2027 Q1");
        assert_eq!(quarter_label(&s, 5), "2028 Q2");
        s.start_month = "2026-11".into();
        assert_eq!(quarter_label(&s, 0), "2026 Q4");
        assert_eq!(quarter_label(&s, 1), "2027 Q1");
        // Quarters that start in November and in January of the next year are one apart.
        let t = Scenario {
            start_month: "2027-01".into(),
            ..Scenario::default()
        };
        assert_eq!(calendar_quarter(&t, 0), calendar_quarter(&s, 1));
        assert_eq!(calendar_quarter(&s, 0) + 1, calendar_quarter(&s, 1));
        assert_eq!(calendar_quarter_label(calendar_quarter(&t, 7)), "2028 Q4");
    }
}
