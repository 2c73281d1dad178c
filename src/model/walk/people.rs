//! The walk over the fields AEs and SDRs share (`Staffing`) and those of each role.

use super::super::field::{Field, Level, Range, Unit};
use super::super::scenario::*;
use super::super::visit::Visitor;
use super::{money, months, multiplier, share, switch};

impl Staffing {
    fn visit(&mut self, v: &mut dyn Visitor) {
        v.integer(
            &Field::new("initial", Unit::Count, Range::closed(0.0, MAX_PEOPLE)),
            &mut self.initial,
        );
        v.integer(
            &months("initial_tenure_months", MAX_MONTH),
            &mut self.initial_tenure_months,
        );
        v.plan(
            &Field::new("plan", Unit::Count, Range::closed(0.0, MAX_PLAN_COUNT)),
            &mut self.plan,
        );
        v.pace(
            &Field::new("pace", Unit::Count, Range::closed(0.0, MAX_PLAN_COUNT)),
            &mut self.pace,
        );
        v.integer(
            &Field::new("max_headcount", Unit::Count, Range::closed(0.0, MAX_PEOPLE)),
            &mut self.max_headcount,
        );
        v.dist(
            &Field::dist(
                "time_to_fill_months",
                Unit::Months,
                Range::closed(0.0, 60.0),
                Level::Rep,
            ),
            &mut self.time_to_fill_months,
        );
        v.switch(&switch("backfill"), &mut self.backfill);
        v.dist(
            &Field::dist(
                "ramp_months",
                Unit::Months,
                Range::closed(0.0, 60.0),
                Level::Rep,
            ),
            &mut self.ramp_months,
        );
        v.dist(
            &Field::dist("annual_attrition", Unit::Share, Range::SHARE, Level::Trial),
            &mut self.annual_attrition,
        );
        v.dist(
            &Field::dist("mis_hire_rate", Unit::Share, Range::SHARE, Level::Trial),
            &mut self.mis_hire_rate,
        );
        v.number(
            &share("mis_hire_productivity"),
            &mut self.mis_hire_productivity,
        );
        v.integer(
            &months("washout_months", MAX_MONTH),
            &mut self.washout_months,
        );
        v.dist(
            &Field::dist("elite_share", Unit::Share, Range::SHARE, Level::Trial),
            &mut self.elite_share,
        );
        v.number(
            &multiplier("elite_prospecting_multiplier"),
            &mut self.elite_prospecting_multiplier,
        );
        v.number(&money("ote_per_year"), &mut self.ote_per_year);
        v.number(&money("recruiting_cost"), &mut self.recruiting_cost);
    }
}

impl Ae {
    pub(super) fn visit(&mut self, v: &mut dyn Visitor) {
        self.staffing.visit(v);
        v.dist(
            &Field::dist(
                "win_rate_multiplier",
                Unit::Multiplier,
                Range::closed(0.0, MAX_MULTIPLIER),
                Level::Rep,
            ),
            &mut self.win_rate_multiplier,
        );
        v.number(&money("quota_per_year"), &mut self.quota_per_year);
        v.number(
            &Field::new(
                "selling_hours_per_month",
                Unit::Hours,
                Range::closed(0.0, HOURS_IN_MONTH),
            ),
            &mut self.selling_hours_per_month,
        );
        v.number(
            &Field::new("outbound_share", Unit::Share, Range::closed(0.0, 0.9)),
            &mut self.outbound_share,
        );
        v.number(
            &Field::new("admin_share", Unit::Share, Range::closed(0.0, 0.9)),
            &mut self.admin_share,
        );
        v.dist(
            &Field::dist(
                "hours_per_sourced_opp",
                Unit::Hours,
                Range::closed(0.1, 10_000.0),
                Level::Trial,
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
            ),
            &mut self.hours_per_active_opp,
        );
        v.number(
            &share("overload_win_multiplier"),
            &mut self.overload_win_multiplier,
        );
        v.number(&share("orphan_loss"), &mut self.orphan_loss);
    }
}

impl Sdr {
    pub(super) fn visit(&mut self, v: &mut dyn Visitor) {
        self.staffing.visit(v);
        v.dist(
            &Field::dist(
                "meetings_per_month",
                Unit::PerMonth,
                Range::closed(0.0, 10_000.0),
                Level::Trial,
            ),
            &mut self.meetings_per_month,
        );
        v.dist(
            &Field::dist("meeting_to_opp", Unit::Share, Range::SHARE, Level::Trial),
            &mut self.meeting_to_opp,
        );
    }
}
