//! The walk over every field of a scenario, in file order, with each field's key, unit, range
//! and level (MODEL.md, File shapes). One walk drives the reader, the writer and the editor's
//! field list, so a field is described once; what a field means, in words, is its help message
//! in the catalogues (`locales/*/fields.ftl`). The people sections (AEs and SDRs) are in
//! `people`.

mod people;

use super::field::{Field, Level, Range, Unit};
use super::scenario::*;
use super::visit::Visitor;

const fn share(key: &'static str) -> Field {
    Field::new(key, Unit::Share, Range::SHARE)
}
const fn months(key: &'static str, hi: f64) -> Field {
    Field::new(key, Unit::Months, Range::closed(0.0, hi))
}
const fn money(key: &'static str) -> Field {
    Field::new(key, Unit::Money, Range::closed(0.0, MAX_MONEY))
}
const fn multiplier(key: &'static str) -> Field {
    Field::new(key, Unit::Multiplier, Range::closed(0.0, MAX_MULTIPLIER))
}
const fn switch(key: &'static str) -> Field {
    Field::new(key, Unit::None, Range::SHARE)
}

impl Scenario {
    /// Walks every field in file order (without `schema`, which readers and writers handle).
    pub fn visit(&mut self, v: &mut dyn Visitor) {
        v.text(
            &Field::new(
                "name",
                Unit::None,
                Range::closed(0.0, MAX_NAME_CHARS as f64),
            ),
            &mut self.name,
        );
        v.text(
            &Field::new(
                "description",
                Unit::None,
                Range::closed(0.0, MAX_DESCRIPTION_CHARS as f64),
            ),
            &mut self.description,
        );
        v.integer(
            &Field::new(
                "horizon_months",
                Unit::Months,
                Range::closed(3.0, MAX_HORIZON_MONTHS as f64),
            ),
            &mut self.horizon_months,
        );
        v.text(
            &Field::new("start_month", Unit::None, Range::closed(0.0, 7.0)),
            &mut self.start_month,
        );
        v.text(
            &Field::new("currency", Unit::None, Range::closed(0.0, 12.0)),
            &mut self.currency,
        );

        v.enter("ae");
        self.ae.visit(v);
        v.leave();
        v.enter("sdr");
        self.sdr.visit(v);
        v.leave();

        v.enter("founder");
        let f = &mut self.founder;
        v.optional_month(
            &months("sells_until_month", MAX_MONTH),
            &mut f.sells_until_month,
        );
        v.number(
            &Field::new(
                "hours_per_month",
                Unit::Hours,
                Range::closed(0.0, HOURS_IN_MONTH),
            ),
            &mut f.hours_per_month,
        );
        v.number(&share("outbound_share"), &mut f.outbound_share);
        v.number(
            &multiplier("prospecting_multiplier"),
            &mut f.prospecting_multiplier,
        );
        v.leave();

        v.enter("leader");
        let l = &mut self.leader;
        v.optional_month(&months("hire_month", MAX_MONTH), &mut l.hire_month);
        v.number(
            &multiplier("hiring_pace_multiplier"),
            &mut l.hiring_pace_multiplier,
        );
        v.number(
            &multiplier("time_to_fill_multiplier"),
            &mut l.time_to_fill_multiplier,
        );
        v.switch(&switch("enforce_outbound"), &mut l.enforce_outbound);
        v.number(&share("failure_rate"), &mut l.failure_rate);
        v.number(
            &multiplier("departure_attrition_multiplier"),
            &mut l.departure_attrition_multiplier,
        );
        v.number(&money("ote_per_year"), &mut l.ote_per_year);
        v.number(&money("recruiting_cost"), &mut l.recruiting_cost);
        v.leave();

        v.enter("coaching");
        let c = &mut self.coaching;
        v.integer(
            &Field::new("coaches", Unit::Count, Range::closed(0.0, MAX_PEOPLE)),
            &mut c.coaches,
        );
        v.number(&share("coach_time_share"), &mut c.coach_time_share);
        v.integer(
            &Field::new(
                "trainees_per_coach",
                Unit::Count,
                Range::closed(0.0, MAX_PEOPLE),
            ),
            &mut c.trainees_per_coach,
        );
        v.number(&multiplier("ramp_multiplier"), &mut c.ramp_multiplier);
        v.integer(&months("washout_months", MAX_MONTH), &mut c.washout_months);
        v.leave();

        v.enter("playbook");
        let p = &mut self.playbook;
        v.number(
            &Field::new("initial", Unit::Share, Range::POSITIVE_SHARE),
            &mut p.initial,
        );
        v.number(
            &share("learning_per_founder_month"),
            &mut p.learning_per_founder_month,
        );
        v.number(&share("learning_per_win"), &mut p.learning_per_win);
        v.leave();

        v.enter("inbound");
        let i = &mut self.inbound;
        v.dist(
            &Field::dist(
                "opps_per_month",
                Unit::PerMonth,
                Range::closed(0.0, 100_000.0),
                Level::Trial,
            ),
            &mut i.opps_per_month,
        );
        v.number(&share("monthly_growth"), &mut i.monthly_growth);
        v.leave();

        v.enter("deals");
        let d = &mut self.deals;
        v.dist(
            &Field::dist(
                "size",
                Unit::Money,
                Range::closed(0.0, MAX_MONEY),
                Level::Opp,
            ),
            &mut d.size,
        );
        v.dist(
            &Field::dist("cycle_months", Unit::Months, CYCLE_RANGE, Level::Opp),
            &mut d.cycle_months,
        );
        v.number(
            &multiplier("expansion_size_multiplier"),
            &mut d.expansion_size_multiplier,
        );
        v.leave();

        v.enter("win_rates");
        let w = &mut self.win_rates;
        for (key, value) in [
            ("founder", &mut w.founder),
            ("outbound", &mut w.outbound),
            ("sdr", &mut w.sdr),
            ("inbound", &mut w.inbound),
            ("expansion", &mut w.expansion),
            ("pool", &mut w.pool),
        ] {
            v.dist(
                &Field::dist(key, Unit::Share, WIN_RATE_RANGE, Level::Trial),
                value,
            );
        }
        v.leave();

        v.enter("expansion");
        v.number(
            &Field::new(
                "opps_per_customer_per_year",
                Unit::PerYear,
                Range::closed(0.0, 1_000.0),
            ),
            &mut self.expansion.opps_per_customer_per_year,
        );
        v.leave();

        v.enter("pool");
        let p = &mut self.pool;
        v.switch(&switch("enabled"), &mut p.enabled);
        v.integer(
            &months("cooldown_months", MAX_MONTH),
            &mut p.cooldown_months,
        );
        v.integer(
            &months("junior_tenure_months", MAX_MONTH),
            &mut p.junior_tenure_months,
        );
        v.number(&share("recontact_rate"), &mut p.recontact_rate);
        v.leave();

        v.enter("drift");
        let d = &mut self.drift;
        v.switch(&switch("enabled"), &mut d.enabled);
        v.integer(&months("after_months", MAX_MONTH), &mut d.after_months);
        v.number(&share("monthly_decay"), &mut d.monthly_decay);
        v.number(&share("floor"), &mut d.floor);
        v.leave();

        v.enter("ai");
        let a = &mut self.ai;
        v.switch(&switch("enabled"), &mut a.enabled);
        v.integer(&months("start_month", MAX_MONTH), &mut a.start_month);
        v.integer(
            &months("full_effect_month", MAX_MONTH),
            &mut a.full_effect_month,
        );
        v.number(
            &Field::new("prep_reduction", Unit::Share, Range::SHARE_BELOW_ONE),
            &mut a.prep_reduction,
        );
        v.leave();

        v.enter("morale");
        let m = &mut self.morale;
        v.switch(&switch("enabled"), &mut m.enabled);
        v.number(
            // Any attainment ratio ≥ 0, as MODEL.md allows: the engine only compares the
            // last three months' attainment with it, so a large one means morale is always low
            // (while there is quota), never a larger or longer run.
            &Field::new("threshold", Unit::Share, Range::at_least(0.0)),
            &mut m.threshold,
        );
        v.number(
            &multiplier("attrition_multiplier"),
            &mut m.attrition_multiplier,
        );
        v.leave();

        v.enter("policies");
        v.switch(
            &switch("enforce_outbound"),
            &mut self.policies.enforce_outbound,
        );
        v.leave();

        v.enter("targets");
        v.target(
            &Field::new(
                "bookings_per_quarter",
                Unit::Money,
                Range::closed(0.0, MAX_MONEY),
            ),
            &mut self.targets.bookings_per_quarter,
        );
        v.leave();
    }
}
