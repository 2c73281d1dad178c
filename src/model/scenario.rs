//! The scenario: every input of one simulated strategy, as plain typed values, and the walk over
//! its fields in file order with each field's unit, range, level and meaning (MODEL.md, File
//! shapes). Defaults live in `defaults.rs`; reading and writing JSON in `read.rs`/`write.rs`.

use super::dist::Dist;
use super::field::{Field, Level, Range, Unit};
use super::visit::Visitor;

/// The newest file schema this program reads and writes.
pub const SCHEMA: u32 = 1;
/// The longest horizon a scenario may have, in months.
pub const MAX_HORIZON_MONTHS: u32 = 60;
/// The most people of one role a scenario may start with or cap hiring at.
pub const MAX_PEOPLE: f64 = 100_000.0;
/// The most requisitions one plan entry may open.
pub const MAX_PLAN_COUNT: f64 = 10_000.0;
/// Upper bound for month indices (start months, hire months, ...).
pub const MAX_MONTH: f64 = 1_000.0;
/// Upper bound for amounts of money.
pub const MAX_MONEY: f64 = 1e12;
/// Upper bound for multipliers.
pub const MAX_MULTIPLIER: f64 = 100.0;
/// The hours in a month, an upper bound for hours worked.
pub const HOURS_IN_MONTH: f64 = 744.0;
/// The longest name or currency label, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// The longest description, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 4_000;

/// A requisition batch: `count` requisitions opened at `month`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlanEntry {
    /// The month the requisitions open.
    pub month: u32,
    /// How many open.
    pub count: u32,
}

/// An even hiring pace: `per_quarter` requisitions a quarter from `from_month` until before
/// `to_month` (the horizon when `None`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pace {
    /// Requisitions opened per quarter; may be fractional.
    pub per_quarter: f64,
    /// The first month of the pace.
    pub from_month: u32,
    /// The month the pace stops (exclusive); `None` means the horizon.
    pub to_month: Option<u32>,
}

/// A bookings target per quarter.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Target {
    /// No target.
    #[default]
    None,
    /// The same target every quarter.
    Every(f64),
    /// One target per quarter, exactly horizon / 3 of them.
    PerQuarter(Vec<f64>),
}

/// The fields that AEs and SDRs share (MODEL.md, People).
#[derive(Debug, Clone, PartialEq)]
pub struct Staffing {
    pub initial: u32,
    pub initial_tenure_months: u32,
    pub plan: Vec<PlanEntry>,
    pub pace: Option<Pace>,
    pub max_headcount: u32,
    pub time_to_fill_months: Dist,
    pub backfill: bool,
    pub ramp_months: Dist,
    pub annual_attrition: Dist,
    pub mis_hire_rate: Dist,
    pub mis_hire_productivity: f64,
    pub washout_months: u32,
    pub elite_share: Dist,
    pub elite_prospecting_multiplier: f64,
    pub ote_per_year: f64,
    pub recruiting_cost: f64,
}

/// Account executives: they prospect, work routed opportunities and close.
#[derive(Debug, Clone, PartialEq)]
pub struct Ae {
    pub staffing: Staffing,
    pub win_rate_multiplier: Dist,
    pub quota_per_year: f64,
    pub selling_hours_per_month: f64,
    pub outbound_share: f64,
    pub admin_share: f64,
    pub hours_per_sourced_opp: Dist,
    pub hours_per_active_opp: f64,
    pub overload_win_multiplier: f64,
    pub orphan_loss: f64,
}

/// Sales development reps: they book meetings that become opportunities for AEs.
#[derive(Debug, Clone, PartialEq)]
pub struct Sdr {
    pub staffing: Staffing,
    pub meetings_per_month: Dist,
    pub meeting_to_opp: Dist,
}

/// The founder, who sells until `sells_until_month` (`None`: through the horizon).
#[derive(Debug, Clone, PartialEq)]
pub struct Founder {
    pub sells_until_month: Option<u32>,
    pub hours_per_month: f64,
    pub outbound_share: f64,
    pub prospecting_multiplier: f64,
}

/// The VP of Sales, hired at `hire_month` (`None`: never).
#[derive(Debug, Clone, PartialEq)]
pub struct Leader {
    pub hire_month: Option<u32>,
    pub hiring_pace_multiplier: f64,
    pub time_to_fill_multiplier: f64,
    pub enforce_outbound: bool,
    pub failure_rate: f64,
    pub departure_attrition_multiplier: f64,
    pub ote_per_year: f64,
    pub recruiting_cost: f64,
}

/// Tenured AEs who coach new hires.
#[derive(Debug, Clone, PartialEq)]
pub struct Coaching {
    pub coaches: u32,
    pub coach_time_share: f64,
    pub trainees_per_coach: u32,
    pub ramp_multiplier: f64,
    pub washout_months: u32,
}

/// Playbook maturity and how selling matures it.
#[derive(Debug, Clone, PartialEq)]
pub struct Playbook {
    pub initial: f64,
    pub learning_per_founder_month: f64,
    pub learning_per_win: f64,
}

/// Marketing-sourced opportunities.
#[derive(Debug, Clone, PartialEq)]
pub struct Inbound {
    pub opps_per_month: Dist,
    pub monthly_growth: f64,
}

/// Deal size and sales cycle.
#[derive(Debug, Clone, PartialEq)]
pub struct Deals {
    pub size: Dist,
    pub cycle_months: Dist,
    pub expansion_size_multiplier: f64,
}

/// Win rate by source of the opportunity.
#[derive(Debug, Clone, PartialEq)]
pub struct WinRates {
    pub founder: Dist,
    pub outbound: Dist,
    pub sdr: Dist,
    pub inbound: Dist,
    pub expansion: Dist,
    pub pool: Dist,
}

/// Expansion opportunities from existing customers.
#[derive(Debug, Clone, PartialEq)]
pub struct Expansion {
    pub opps_per_customer_per_year: f64,
}

/// The shared account pool recycled to juniors.
#[derive(Debug, Clone, PartialEq)]
pub struct Pool {
    pub enabled: bool,
    pub cooldown_months: u32,
    pub junior_tenure_months: u32,
    pub recontact_rate: f64,
}

/// Veterans drifting from hunting into farming.
#[derive(Debug, Clone, PartialEq)]
pub struct Drift {
    pub enabled: bool,
    pub after_months: u32,
    pub monthly_decay: f64,
    pub floor: f64,
}

/// AI tools that cut the prep behind each outbound touch.
#[derive(Debug, Clone, PartialEq)]
pub struct Ai {
    pub enabled: bool,
    pub start_month: u32,
    pub full_effect_month: u32,
    pub prep_reduction: f64,
}

/// Attrition that rises when attainment falls.
#[derive(Debug, Clone, PartialEq)]
pub struct Morale {
    pub enabled: bool,
    pub threshold: f64,
    pub attrition_multiplier: f64,
}

/// Team-wide policies.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Policies {
    pub enforce_outbound: bool,
}

/// Bookings targets.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Targets {
    pub bookings_per_quarter: Target,
}

/// One strategy: every input of a simulation.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    pub name: String,
    pub description: String,
    pub horizon_months: u32,
    pub start_month: String,
    pub currency: String,
    pub ae: Ae,
    pub sdr: Sdr,
    pub founder: Founder,
    pub leader: Leader,
    pub coaching: Coaching,
    pub playbook: Playbook,
    pub inbound: Inbound,
    pub deals: Deals,
    pub win_rates: WinRates,
    pub expansion: Expansion,
    pub pool: Pool,
    pub drift: Drift,
    pub ai: Ai,
    pub morale: Morale,
    pub policies: Policies,
    pub targets: Targets,
}

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

/// The valid range of an opportunity's cycle, in months.
pub const CYCLE_RANGE: Range = Range::closed(0.0, 120.0);
/// The valid range of a win rate.
pub const WIN_RATE_RANGE: Range = Range::SHARE;

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
    fn visit(&mut self, v: &mut dyn Visitor) {
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
    fn visit(&mut self, v: &mut dyn Visitor) {
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

    /// The name people see: the scenario's name, or `scenario N` (N = `index + 1`) when it has
    /// none.
    pub fn label(&self, index: usize) -> String {
        scenario_label(&self.name, index)
    }

    /// The number of quarters simulated.
    pub fn quarters(&self) -> usize {
        (self.horizon_months / 3) as usize
    }

    /// The target of each quarter, if any.
    pub fn quarter_targets(&self) -> Option<Vec<f64>> {
        match &self.targets.bookings_per_quarter {
            Target::None => None,
            Target::Every(x) => Some(vec![*x; self.quarters()]),
            Target::PerQuarter(list) => Some(list.clone()),
        }
    }
}

/// A scenario's name, or `scenario N` (N = `index + 1`) when the name is blank.
pub fn scenario_label(name: &str, index: usize) -> String {
    if name.trim().is_empty() {
        format!("scenario {}", index + 1)
    } else {
        name.to_string()
    }
}
