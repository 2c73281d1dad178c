//! The headline numbers of one scenario, as the KPI cards and the comparison table show them.

use super::ScenarioReport;
use crate::engine::outputs::MetricId;
use crate::stats::Summary;

/// The headline numbers of one scenario, as the KPI cards show them.
#[derive(Debug, Clone, PartialEq)]
pub struct Kpis {
    /// Bookings over the horizon.
    pub bookings: Summary,
    /// P(total bookings ≥ Σ targets), when there is a target.
    pub p_hit_target: Option<f64>,
    /// The total target, when there is one.
    pub target: Option<f64>,
    /// AEs, SDRs and the leader at the end of the horizon.
    pub ending_headcount: Summary,
    /// Cost over the horizon.
    pub cost: Summary,
    /// Median bookings per unit of median cost.
    pub bookings_per_cost: Option<f64>,
}

impl Kpis {
    /// The KPIs of a scenario's report.
    pub fn of(report: &ScenarioReport) -> Kpis {
        let horizon = |id: MetricId| {
            report
                .summary(id)
                .map(|m| m.horizon)
                .unwrap_or_else(|| Summary::of(&[]))
        };
        let bookings = horizon(MetricId::BOOKINGS_TOTAL);
        let cost = horizon(MetricId::COST_TOTAL);
        Kpis {
            bookings,
            p_hit_target: report.targets.as_ref().map(|t| t.p_hit_total),
            target: report.targets.as_ref().map(|t| t.total),
            ending_headcount: horizon(MetricId::HEADCOUNT_TOTAL),
            cost,
            bookings_per_cost: (cost.p50 > 0.0).then(|| bookings.p50 / cost.p50),
        }
    }
}
