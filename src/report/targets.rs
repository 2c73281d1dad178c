//! The chance of hitting the bookings target (MODEL.md, Targets): per quarter, and of the total.

use super::columns::Columns;
use super::TargetReport;
use crate::engine::outputs::MetricId;
use crate::model::Scenario;
use crate::stats::share_at_least;

/// The bookings targets' report, if the scenario has targets.
pub(super) fn target_report(
    scenario: &Scenario,
    columns: &Columns,
    quarters: usize,
) -> Option<TargetReport> {
    let bookings = MetricId::BOOKINGS_TOTAL;
    scenario.quarter_targets().map(|per_quarter| {
        let p_hit_quarter = (0..quarters)
            .map(|q| share_at_least(columns.column(q, bookings.index()), per_quarter[q]))
            .collect();
        let total: f64 = per_quarter.iter().sum();
        let totals = columns.horizon(&bookings.metric(), quarters);
        TargetReport {
            p_hit_quarter,
            p_hit_total: share_at_least(&totals, total),
            total,
            per_quarter,
        }
    })
}
