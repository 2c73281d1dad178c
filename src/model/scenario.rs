//! The scenario: every input of one simulated strategy, as plain typed values, and the limits
//! of its fields (MODEL.md, File shapes). The walk over its fields, with each field's unit, range,
//! level and meaning, lives in `walk/`; defaults in `defaults.rs`; reading and writing JSON in
//! `read.rs`/`write.rs`.

use super::dist::Dist;
use super::field::Range;
use super::plan::{Pace, PlanEntry, Target};
use crate::i18n::{Args, Catalogue};

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

/// The valid range of an opportunity's cycle, in months.
pub const CYCLE_RANGE: Range = Range::closed(0.0, 120.0);
/// The valid range of a win rate.
pub const WIN_RATE_RANGE: Range = Range::SHARE;

impl Scenario {
    /// The name people see: the scenario's name, or `scenario N` (N = `index + 1`) when it has
    /// none.
    pub fn label(&self, index: usize) -> String {
        scenario_label(&self.name, index)
    }

    /// [`Scenario::label`] in `catalogue`'s language (`方案 2` for an unnamed one).
    pub fn label_in(&self, index: usize, catalogue: &Catalogue) -> String {
        scenario_label_in(&self.name, index, catalogue)
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

/// [`scenario_label`] in `catalogue`'s language: the name as it is, else `scenario N` in words
/// of the language (the English is the same as [`scenario_label`]'s).
pub fn scenario_label_in(name: &str, index: usize, catalogue: &Catalogue) -> String {
    if name.trim().is_empty() {
        catalogue.say(
            "library-name-scenario",
            &Args::new().text("n", (index + 1).to_string()),
        )
    } else {
        name.to_string()
    }
}
