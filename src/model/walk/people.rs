//! The walk over the fields AEs and SDRs share (`Staffing`) and those of each role.

use super::super::field::{Field, Level, Range, Unit};
use super::super::scenario::*;
use super::super::visit::Visitor;
use super::{money, months, multiplier, share, switch};

impl Staffing {
    fn visit(&mut self, v: &mut dyn Visitor, role: &'static str) {
        let ramp_help = if role == "ae" {
            "R: months until a new AE is fully productive; productivity is (tenure + 1) / R"
        } else {
            "R: months until a new SDR books a full calendar; productivity is (tenure + 1) / R"
        };
        v.integer(
            &Field::new(
                "initial",
                Unit::Count,
                Range::closed(0.0, MAX_PEOPLE),
                "people on staff at month 0, fully ramped",
            ),
            &mut self.initial,
        );
        v.integer(
            &months(
                "initial_tenure_months",
                MAX_MONTH,
                "tenure of the starting staff at month 0",
            ),
            &mut self.initial_tenure_months,
        );
        v.plan(
            &Field::new(
                "plan",
                Unit::Count,
                Range::closed(0.0, MAX_PLAN_COUNT),
                "requisitions opened at given months",
            ),
            &mut self.plan,
        );
        v.pace(
            &Field::new(
                "pace",
                Unit::Count,
                Range::closed(0.0, MAX_PLAN_COUNT),
                "requisitions opened evenly per quarter between two months",
            ),
            &mut self.pace,
        );
        v.integer(
            &Field::new(
                "max_headcount",
                Unit::Count,
                Range::closed(0.0, MAX_PEOPLE),
                "a requisition that would fill above this is cancelled",
            ),
            &mut self.max_headcount,
        );
        v.dist(
            &Field::dist(
                "time_to_fill_months",
                Unit::Months,
                Range::closed(0.0, 60.0),
                Level::Rep,
                "months from requisition to start",
            ),
            &mut self.time_to_fill_months,
        );
        v.switch(
            &switch("backfill", "a departure opens a requisition the next month"),
            &mut self.backfill,
        );
        v.dist(
            &Field::dist(
                "ramp_months",
                Unit::Months,
                Range::closed(0.0, 60.0),
                Level::Rep,
                ramp_help,
            ),
            &mut self.ramp_months,
        );
        v.dist(
            &Field::dist(
                "annual_attrition",
                Unit::Share,
                Range::SHARE,
                Level::Trial,
                "share of people who leave in a year",
            ),
            &mut self.annual_attrition,
        );
        v.dist(
            &Field::dist(
                "mis_hire_rate",
                Unit::Share,
                Range::SHARE,
                Level::Trial,
                "probability that a hire is a mis-hire",
            ),
            &mut self.mis_hire_rate,
        );
        v.number(
            &share(
                "mis_hire_productivity",
                "multiplies a mis-hire's prospecting and win rate",
            ),
            &mut self.mis_hire_productivity,
        );
        v.integer(
            &months(
                "washout_months",
                MAX_MONTH,
                "tenure at which a mis-hire is let go (opens a backfill)",
            ),
            &mut self.washout_months,
        );
        v.dist(
            &Field::dist(
                "elite_share",
                Unit::Share,
                Range::SHARE,
                Level::Trial,
                "probability that a hire is elite at prospecting",
            ),
            &mut self.elite_share,
        );
        v.number(
            &multiplier(
                "elite_prospecting_multiplier",
                "prospecting multiplier of elite hires",
            ),
            &mut self.elite_prospecting_multiplier,
        );
        v.number(
            &money(
                "ote_per_year",
                "on-target earnings per person per year, for cost",
            ),
            &mut self.ote_per_year,
        );
        v.number(
            &money("recruiting_cost", "cost per hire"),
            &mut self.recruiting_cost,
        );
    }
}

impl Ae {
    pub(super) fn visit(&mut self, v: &mut dyn Visitor) {
        self.staffing.visit(v, "ae");
        v.dist(
            &Field::dist(
                "win_rate_multiplier",
                Unit::Multiplier,
                Range::closed(0.0, MAX_MULTIPLIER),
                Level::Rep,
                "an AE's closing skill, multiplying every win rate",
            ),
            &mut self.win_rate_multiplier,
        );
        v.number(
            &money("quota_per_year", "for the capacity formula and attainment"),
            &mut self.quota_per_year,
        );
        v.number(
            &Field::new(
                "selling_hours_per_month",
                Unit::Hours,
                Range::closed(0.0, HOURS_IN_MONTH),
                "hours an AE works per month",
            ),
            &mut self.selling_hours_per_month,
        );
        v.number(
            &Field::new(
                "outbound_share",
                Unit::Share,
                Range::closed(0.0, 0.9),
                "o: share of hours spent prospecting",
            ),
            &mut self.outbound_share,
        );
        v.number(
            &Field::new(
                "admin_share",
                Unit::Share,
                Range::closed(0.0, 0.9),
                "a: share of hours spent on admin",
            ),
            &mut self.admin_share,
        );
        v.dist(
            &Field::dist(
                "hours_per_sourced_opp",
                Unit::Hours,
                Range::closed(0.1, 10_000.0),
                Level::Trial,
                "outbound hours per self-sourced opportunity: research, calls, emails, follow-up",
            ),
            &mut self.hours_per_sourced_opp,
        );
        v.number(
            &Field::new(
                "hours_per_active_opp",
                Unit::Hours,
                Range {
                    lo: 0.0,
                    hi: HOURS_IN_MONTH,
                    lo_open: true,
                    hi_open: false,
                },
                "closing hours an open opportunity needs per month",
            ),
            &mut self.hours_per_active_opp,
        );
        v.number(
            &share(
                "overload_win_multiplier",
                "win-rate multiplier for an opportunity created while its AE is over capacity",
            ),
            &mut self.overload_win_multiplier,
        );
        v.number(
            &share(
                "orphan_loss",
                "probability that a still-open future win is lost when its AE leaves",
            ),
            &mut self.orphan_loss,
        );
    }
}

impl Sdr {
    pub(super) fn visit(&mut self, v: &mut dyn Visitor) {
        self.staffing.visit(v, "sdr");
        v.dist(
            &Field::dist(
                "meetings_per_month",
                Unit::PerMonth,
                Range::closed(0.0, 10_000.0),
                Level::Trial,
                "qualified meetings per fully ramped SDR",
            ),
            &mut self.meetings_per_month,
        );
        v.dist(
            &Field::dist(
                "meeting_to_opp",
                Unit::Share,
                Range::SHARE,
                Level::Trial,
                "share of meetings that become opportunities",
            ),
            &mut self.meeting_to_opp,
        );
    }
}
