//! The walk over every field of a scenario, in file order, with each field's key, unit, range,
//! level and help (MODEL.md, File shapes). One walk drives the reader, the writer and the editor's
//! field list, so a field is described once. The people sections (AEs and SDRs) are in `people`.

mod people;

use super::field::{Field, Level, Range, Unit};
use super::scenario::*;
use super::visit::Visitor;

const fn share(key: &'static str, help: &'static str) -> Field {
    Field::new(key, Unit::Share, Range::SHARE, help)
}
const fn months(key: &'static str, hi: f64, help: &'static str) -> Field {
    Field::new(key, Unit::Months, Range::closed(0.0, hi), help)
}
const fn money(key: &'static str, help: &'static str) -> Field {
    Field::new(key, Unit::Money, Range::closed(0.0, MAX_MONEY), help)
}
const fn multiplier(key: &'static str, help: &'static str) -> Field {
    Field::new(
        key,
        Unit::Multiplier,
        Range::closed(0.0, MAX_MULTIPLIER),
        help,
    )
}
const fn switch(key: &'static str, help: &'static str) -> Field {
    Field::new(key, Unit::None, Range::SHARE, help)
}

impl Scenario {
    /// Walks every field in file order (without `schema`, which readers and writers handle).
    pub fn visit(&mut self, v: &mut dyn Visitor) {
        v.text(
            &Field::new(
                "name",
                Unit::None,
                Range::closed(0.0, MAX_NAME_CHARS as f64),
                "the scenario's name",
            ),
            &mut self.name,
        );
        v.text(
            &Field::new(
                "description",
                Unit::None,
                Range::closed(0.0, MAX_DESCRIPTION_CHARS as f64),
                "what strategy this stands for",
            ),
            &mut self.description,
        );
        v.integer(
            &Field::new(
                "horizon_months",
                Unit::Months,
                Range::closed(3.0, MAX_HORIZON_MONTHS as f64),
                "months simulated, a multiple of 3",
            ),
            &mut self.horizon_months,
        );
        v.text(
            &Field::new(
                "start_month",
                Unit::None,
                Range::closed(0.0, 7.0),
                "the first month, as YYYY-MM, for chart labels",
            ),
            &mut self.start_month,
        );
        v.text(
            &Field::new(
                "currency",
                Unit::None,
                Range::closed(0.0, 12.0),
                "the currency of every amount",
            ),
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
            &months(
                "sells_until_month",
                MAX_MONTH,
                "the founder sells in months before this; 0: never; null: throughout",
            ),
            &mut f.sells_until_month,
        );
        v.number(
            &Field::new(
                "hours_per_month",
                Unit::Hours,
                Range::closed(0.0, HOURS_IN_MONTH),
                "the founder's selling hours per month",
            ),
            &mut f.hours_per_month,
        );
        v.number(
            &share(
                "outbound_share",
                "share of the founder's hours spent prospecting",
            ),
            &mut f.outbound_share,
        );
        v.number(
            &multiplier(
                "prospecting_multiplier",
                "how much better the founder prospects than an AE",
            ),
            &mut f.prospecting_multiplier,
        );
        v.leave();

        v.enter("leader");
        let l = &mut self.leader;
        v.optional_month(
            &months(
                "hire_month",
                MAX_MONTH,
                "the month the VP of Sales starts; null: never",
            ),
            &mut l.hire_month,
        );
        v.number(
            &multiplier(
                "hiring_pace_multiplier",
                "multiplies the AE and SDR hiring pace while the leader is in seat",
            ),
            &mut l.hiring_pace_multiplier,
        );
        v.number(
            &multiplier(
                "time_to_fill_multiplier",
                "multiplies time to fill while the leader is in seat",
            ),
            &mut l.time_to_fill_multiplier,
        );
        v.switch(
            &switch(
                "enforce_outbound",
                "the leader keeps veterans prospecting: no drift while in seat",
            ),
            &mut l.enforce_outbound,
        );
        v.number(
            &share(
                "failure_rate",
                "probability that the leader leaves within 6 to 12 months",
            ),
            &mut l.failure_rate,
        );
        v.number(
            &multiplier(
                "departure_attrition_multiplier",
                "multiplies rep attrition for 3 months after the leader leaves",
            ),
            &mut l.departure_attrition_multiplier,
        );
        v.number(
            &money("ote_per_year", "the leader's on-target earnings per year"),
            &mut l.ote_per_year,
        );
        v.number(
            &money("recruiting_cost", "the cost of hiring the leader"),
            &mut l.recruiting_cost,
        );
        v.leave();

        v.enter("coaching");
        let c = &mut self.coaching;
        v.integer(
            &Field::new(
                "coaches",
                Unit::Count,
                Range::closed(0.0, MAX_PEOPLE),
                "the longest-tenured AEs named coaches",
            ),
            &mut c.coaches,
        );
        v.number(
            &share(
                "coach_time_share",
                "share of a coach's hours spent coaching",
            ),
            &mut c.coach_time_share,
        );
        v.integer(
            &Field::new(
                "trainees_per_coach",
                Unit::Count,
                Range::closed(0.0, MAX_PEOPLE),
                "new AEs a coach takes until their ramp ends",
            ),
            &mut c.trainees_per_coach,
        );
        v.number(
            &multiplier("ramp_multiplier", "multiplies a coached hire's ramp months"),
            &mut c.ramp_multiplier,
        );
        v.integer(
            &months(
                "washout_months",
                MAX_MONTH,
                "tenure at which a coached mis-hire is found and let go",
            ),
            &mut c.washout_months,
        );
        v.leave();

        v.enter("playbook");
        let p = &mut self.playbook;
        v.number(
            &Field::new(
                "initial",
                Unit::Share,
                Range::POSITIVE_SHARE,
                "playbook maturity at month 0: 1 for an established company",
            ),
            &mut p.initial,
        );
        v.number(
            &share(
                "learning_per_founder_month",
                "maturity gained per month the founder sells",
            ),
            &mut p.learning_per_founder_month,
        );
        v.number(
            &share("learning_per_win", "maturity gained per win"),
            &mut p.learning_per_win,
        );
        v.leave();

        v.enter("inbound");
        let i = &mut self.inbound;
        v.dist(
            &Field::dist(
                "opps_per_month",
                Unit::PerMonth,
                Range::closed(0.0, 100_000.0),
                Level::Trial,
                "marketing-sourced opportunities per month at month 0",
            ),
            &mut i.opps_per_month,
        );
        v.number(
            &share("monthly_growth", "monthly growth of inbound opportunities"),
            &mut i.monthly_growth,
        );
        v.leave();

        v.enter("deals");
        let d = &mut self.deals;
        v.dist(
            &Field::dist(
                "size",
                Unit::Money,
                Range::closed(0.0, MAX_MONEY),
                Level::Opp,
                "the value of a new-logo deal",
            ),
            &mut d.size,
        );
        v.dist(
            &Field::dist(
                "cycle_months",
                Unit::Months,
                CYCLE_RANGE,
                Level::Opp,
                "months from opportunity to close",
            ),
            &mut d.cycle_months,
        );
        v.number(
            &multiplier(
                "expansion_size_multiplier",
                "an expansion deal's size relative to a new-logo deal",
            ),
            &mut d.expansion_size_multiplier,
        );
        v.leave();

        v.enter("win_rates");
        let w = &mut self.win_rates;
        for (key, value, help) in [
            (
                "founder",
                &mut w.founder,
                "win rate of the founder's own opportunities",
            ),
            (
                "outbound",
                &mut w.outbound,
                "win rate of AE self-sourced opportunities",
            ),
            ("sdr", &mut w.sdr, "win rate of SDR-booked opportunities"),
            (
                "inbound",
                &mut w.inbound,
                "win rate of inbound opportunities",
            ),
            (
                "expansion",
                &mut w.expansion,
                "win rate of expansion opportunities",
            ),
            (
                "pool",
                &mut w.pool,
                "win rate of accounts recycled from the shared pool",
            ),
        ] {
            v.dist(
                &Field::dist(key, Unit::Share, WIN_RATE_RANGE, Level::Trial, help),
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
                "expansion opportunities per customer per year",
            ),
            &mut self.expansion.opps_per_customer_per_year,
        );
        v.leave();

        v.enter("pool");
        let p = &mut self.pool;
        v.switch(
            &switch("enabled", "recycle lost and orphaned accounts to juniors"),
            &mut p.enabled,
        );
        v.integer(
            &months(
                "cooldown_months",
                MAX_MONTH,
                "months before a lost account can be recontacted",
            ),
            &mut p.cooldown_months,
        );
        v.integer(
            &months(
                "junior_tenure_months",
                MAX_MONTH,
                "AEs with less tenure than this work the pool",
            ),
            &mut p.junior_tenure_months,
        );
        v.number(
            &share("recontact_rate", "share of the pool recontacted each month"),
            &mut p.recontact_rate,
        );
        v.leave();

        v.enter("drift");
        let d = &mut self.drift;
        v.switch(
            &switch("enabled", "veterans drift from prospecting into farming"),
            &mut d.enabled,
        );
        v.integer(
            &months("after_months", MAX_MONTH, "tenure at which drift begins"),
            &mut d.after_months,
        );
        v.number(
            &share(
                "monthly_decay",
                "monthly fall of a veteran's outbound share",
            ),
            &mut d.monthly_decay,
        );
        v.number(
            &share("floor", "the lowest fraction of outbound a veteran keeps"),
            &mut d.floor,
        );
        v.leave();

        v.enter("ai");
        let a = &mut self.ai;
        v.switch(
            &switch(
                "enabled",
                "AI tools cut the prep behind each outbound touch",
            ),
            &mut a.enabled,
        );
        v.integer(
            &months("start_month", MAX_MONTH, "the month AI tools arrive"),
            &mut a.start_month,
        );
        v.integer(
            &months(
                "full_effect_month",
                MAX_MONTH,
                "the month they reach full effect",
            ),
            &mut a.full_effect_month,
        );
        v.number(
            &Field::new(
                "prep_reduction",
                Unit::Share,
                Range::SHARE_BELOW_ONE,
                "share of prep time removed at full effect",
            ),
            &mut a.prep_reduction,
        );
        v.leave();

        v.enter("morale");
        let m = &mut self.morale;
        v.switch(
            &switch("enabled", "attrition rises when attainment falls"),
            &mut m.enabled,
        );
        v.number(
            &Field::new(
                "threshold",
                Unit::Share,
                Range::closed(0.0, 10.0),
                "attainment below which morale suffers",
            ),
            &mut m.threshold,
        );
        v.number(
            &multiplier(
                "attrition_multiplier",
                "multiplies attrition in a month of low morale",
            ),
            &mut m.attrition_multiplier,
        );
        v.leave();

        v.enter("policies");
        v.switch(
            &switch(
                "enforce_outbound",
                "keep every AE prospecting: no veteran drift",
            ),
            &mut self.policies.enforce_outbound,
        );
        v.leave();

        v.enter("targets");
        v.target(
            &Field::new(
                "bookings_per_quarter",
                Unit::Money,
                Range::closed(0.0, MAX_MONEY),
                "a bookings target: one number for every quarter, or one per quarter",
            ),
            &mut self.targets.bookings_per_quarter,
        );
        v.leave();
    }
}
