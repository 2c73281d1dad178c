//! The scenario's calendar: which calendar quarter each simulated quarter falls in, counted from
//! the scenario's first month, for the labels of tables, charts and CSV columns (`2027 Q1`).

use super::Scenario;

/// The label of quarter `q` of a scenario, by the calendar quarter of its first month: `2027 Q1`.
pub fn quarter_label(scenario: &Scenario, q: usize) -> String {
    let (year, month) = scenario.start_year_month();
    let months = (month as i64 - 1) + 3 * q as i64;
    let y = year as i64 + months.div_euclid(12);
    let m0 = months.rem_euclid(12);
    format!("{y} Q{}", m0 / 3 + 1)
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
    }
}
