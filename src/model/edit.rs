//! Editing a scenario field by field: everything the app's editor needs except the DOM.
//!
//! - [`fields`] lists every field of a scenario in file order, with its path, unit, range, help,
//!   current value, default, a label in sales words, and the [`Group`] the editor shows it in.
//! - [`set_field`] changes one field and re-validates the whole scenario, cross-field rules
//!   included, so the result is either a valid scenario or every problem with the path of the
//!   field it belongs to.
//! - [`parse_number`], [`parse_integer`] and [`parse_dist`] read text as people type it
//!   (`1,200`, `5k`, `$1.2M`, `35%`, `5 to 10`, `5, 7, 10`), with a reason when they cannot.
//! - [`format_dist`] and [`format_value`] show values the same way, so that what is shown reads
//!   back to the same value, with money, shares and numbers written by `format::money`.
//!
//! Nothing here panics, whatever the text or value given.

use serde_json::{Map, Value};

use super::dist::{Dist, DIST_FORMS};
use super::error::FieldError;
use super::field::{format_number, Field, Unit};
use super::scenario::{Pace, PlanEntry, Scenario, Target, SCHEMA};
use super::visit::Visitor;
use super::write::Writer;
use crate::format::money::{exact_money, exact_number, is_currency_code, plain, CURRENCY_SIGNS};

/// The z-score of the 95th percentile of a standard normal: a 90% range "lo to hi" of a normal
/// spans `mean ± Z90 · sd`.
pub const Z90: f64 = 1.6448536269514722;

// ---------------------------------------------------------------------------------------------
// Groups
// ---------------------------------------------------------------------------------------------

/// The editor's groups, in display order, with a title and one line of explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    /// The scenario itself: name, description, horizon, first month, currency.
    Scenario,
    /// Who sells at the start and who is hired when: AEs, SDRs, the founder, the VP of Sales, coaches.
    TeamAndHiring,
    /// How fast hires become productive, mis-hires, attrition, skill, coaching and the playbook.
    RampAndSkill,
    /// How an AE's month splits between prospecting, admin and closing.
    TimeAndOutbound,
    /// Win rates, deal size, sales cycle and what SDR meetings turn into.
    FunnelAndDeals,
    /// Pipeline that arrives without prospecting: inbound and expansion.
    Market,
    /// Veteran drift, the shared pool, morale, AI tools and team-wide policies.
    Policies,
    /// On-target earnings, recruiting costs, quota and bookings targets.
    CostsAndTargets,
}

impl Group {
    /// Every group, in the order the editor shows them.
    pub const ALL: [Group; 8] = [
        Group::Scenario,
        Group::TeamAndHiring,
        Group::RampAndSkill,
        Group::TimeAndOutbound,
        Group::FunnelAndDeals,
        Group::Market,
        Group::Policies,
        Group::CostsAndTargets,
    ];

    /// The group's heading.
    pub fn title(self) -> &'static str {
        match self {
            Group::Scenario => "Scenario",
            Group::TeamAndHiring => "Team and hiring",
            Group::RampAndSkill => "Ramp and skill",
            Group::TimeAndOutbound => "Time and outbound",
            Group::FunnelAndDeals => "Funnel and deals",
            Group::Market => "Market",
            Group::Policies => "Policies",
            Group::CostsAndTargets => "Costs and targets",
        }
    }

    /// One line on what the group's fields decide.
    pub fn blurb(self) -> &'static str {
        match self {
            Group::Scenario => "What this strategy is called, how many months it runs and in which currency.",
            Group::TeamAndHiring => {
                "Who sells at the start, whom you hire and when, the founder, the VP of Sales and the coaches."
            }
            Group::RampAndSkill => {
                "How fast new hires become productive, how many are mis-hires or leave, and how the playbook matures."
            }
            Group::TimeAndOutbound => "How an AE's month splits between prospecting, admin and closing deals.",
            Group::FunnelAndDeals => "Win rates by source, deal size, sales cycle and what SDR meetings turn into.",
            Group::Market => "Pipeline that arrives without prospecting: inbound demand and expansion from customers.",
            Group::Policies => "Veteran drift and its counters, the shared account pool, morale and AI tools.",
            Group::CostsAndTargets => "What the team costs, the quota each AE carries and the bookings you must hit.",
        }
    }
}

/// Group and label of every field, by path, in file order.
const TABLE: &[(&str, Group, &str)] = {
    use Group::*;
    &[
        ("name", Scenario, "Scenario name"),
        ("description", Scenario, "Strategy rationale"),
        ("horizon_months", Scenario, "Months simulated"),
        ("start_month", Scenario, "First month"),
        ("currency", Scenario, "Currency"),
        // AEs
        ("ae.initial", TeamAndHiring, "AEs at start"),
        (
            "ae.initial_tenure_months",
            TeamAndHiring,
            "Tenure of starting AEs",
        ),
        ("ae.plan", TeamAndHiring, "AE hiring plan"),
        ("ae.pace", TeamAndHiring, "AE hiring pace"),
        ("ae.max_headcount", TeamAndHiring, "AE headcount cap"),
        ("ae.time_to_fill_months", TeamAndHiring, "AE time to fill"),
        ("ae.backfill", TeamAndHiring, "Backfill AEs who leave"),
        ("ae.ramp_months", RampAndSkill, "AE ramp"),
        ("ae.annual_attrition", RampAndSkill, "AE attrition per year"),
        ("ae.mis_hire_rate", RampAndSkill, "AE mis-hire rate"),
        (
            "ae.mis_hire_productivity",
            RampAndSkill,
            "Productivity of a mis-hired AE",
        ),
        (
            "ae.washout_months",
            RampAndSkill,
            "Mis-hired AE let go at tenure",
        ),
        (
            "ae.elite_share",
            RampAndSkill,
            "Elite prospectors among AE hires",
        ),
        (
            "ae.elite_prospecting_multiplier",
            RampAndSkill,
            "Elite AE prospecting boost",
        ),
        ("ae.ote_per_year", CostsAndTargets, "AE OTE per year"),
        (
            "ae.recruiting_cost",
            CostsAndTargets,
            "AE recruiting cost per hire",
        ),
        ("ae.win_rate_multiplier", RampAndSkill, "AE closing skill"),
        ("ae.quota_per_year", CostsAndTargets, "AE quota per year"),
        (
            "ae.selling_hours_per_month",
            TimeAndOutbound,
            "AE selling hours per month",
        ),
        (
            "ae.outbound_share",
            TimeAndOutbound,
            "Outbound share of AE hours",
        ),
        ("ae.admin_share", TimeAndOutbound, "Admin share of AE hours"),
        (
            "ae.hours_per_sourced_opp",
            TimeAndOutbound,
            "Outbound hours per self-sourced opp",
        ),
        (
            "ae.hours_per_active_opp",
            TimeAndOutbound,
            "Closing hours per open opp per month",
        ),
        (
            "ae.overload_win_multiplier",
            TimeAndOutbound,
            "Win rate factor when an AE is overloaded",
        ),
        (
            "ae.orphan_loss",
            TimeAndOutbound,
            "Deals lost when their AE leaves",
        ),
        // SDRs
        ("sdr.initial", TeamAndHiring, "SDRs at start"),
        (
            "sdr.initial_tenure_months",
            TeamAndHiring,
            "Tenure of starting SDRs",
        ),
        ("sdr.plan", TeamAndHiring, "SDR hiring plan"),
        ("sdr.pace", TeamAndHiring, "SDR hiring pace"),
        ("sdr.max_headcount", TeamAndHiring, "SDR headcount cap"),
        ("sdr.time_to_fill_months", TeamAndHiring, "SDR time to fill"),
        ("sdr.backfill", TeamAndHiring, "Backfill SDRs who leave"),
        ("sdr.ramp_months", RampAndSkill, "SDR ramp"),
        (
            "sdr.annual_attrition",
            RampAndSkill,
            "SDR attrition per year",
        ),
        ("sdr.mis_hire_rate", RampAndSkill, "SDR mis-hire rate"),
        (
            "sdr.mis_hire_productivity",
            RampAndSkill,
            "Productivity of a mis-hired SDR",
        ),
        (
            "sdr.washout_months",
            RampAndSkill,
            "Mis-hired SDR let go at tenure",
        ),
        (
            "sdr.elite_share",
            RampAndSkill,
            "Elite prospectors among SDR hires",
        ),
        (
            "sdr.elite_prospecting_multiplier",
            RampAndSkill,
            "Elite SDR meeting boost",
        ),
        ("sdr.ote_per_year", CostsAndTargets, "SDR OTE per year"),
        (
            "sdr.recruiting_cost",
            CostsAndTargets,
            "SDR recruiting cost per hire",
        ),
        (
            "sdr.meetings_per_month",
            FunnelAndDeals,
            "Meetings per SDR per month",
        ),
        (
            "sdr.meeting_to_opp",
            FunnelAndDeals,
            "SDR meetings that become opps",
        ),
        // Founder
        (
            "founder.sells_until_month",
            TeamAndHiring,
            "Founder sells until month",
        ),
        (
            "founder.hours_per_month",
            TeamAndHiring,
            "Founder selling hours per month",
        ),
        (
            "founder.outbound_share",
            TeamAndHiring,
            "Founder's outbound share of hours",
        ),
        (
            "founder.prospecting_multiplier",
            TeamAndHiring,
            "Founder prospecting edge over an AE",
        ),
        // Leader
        (
            "leader.hire_month",
            TeamAndHiring,
            "VP of Sales hired in month",
        ),
        (
            "leader.hiring_pace_multiplier",
            TeamAndHiring,
            "VP of Sales hiring pace boost",
        ),
        (
            "leader.time_to_fill_multiplier",
            TeamAndHiring,
            "VP of Sales time-to-fill factor",
        ),
        (
            "leader.enforce_outbound",
            TeamAndHiring,
            "VP of Sales keeps veterans prospecting",
        ),
        (
            "leader.failure_rate",
            TeamAndHiring,
            "Chance the VP of Sales fails within a year",
        ),
        (
            "leader.departure_attrition_multiplier",
            TeamAndHiring,
            "Rep attrition after the VP of Sales leaves",
        ),
        (
            "leader.ote_per_year",
            CostsAndTargets,
            "VP of Sales OTE per year",
        ),
        (
            "leader.recruiting_cost",
            CostsAndTargets,
            "VP of Sales recruiting cost",
        ),
        // Coaching
        ("coaching.coaches", TeamAndHiring, "AE coaches"),
        (
            "coaching.coach_time_share",
            RampAndSkill,
            "Coach's time spent coaching",
        ),
        (
            "coaching.trainees_per_coach",
            TeamAndHiring,
            "New AEs per coach",
        ),
        (
            "coaching.ramp_multiplier",
            RampAndSkill,
            "Coached AE ramp factor",
        ),
        (
            "coaching.washout_months",
            RampAndSkill,
            "Coached mis-hire let go at tenure",
        ),
        // Playbook
        (
            "playbook.initial",
            RampAndSkill,
            "Playbook maturity at start",
        ),
        (
            "playbook.learning_per_founder_month",
            RampAndSkill,
            "Playbook learning per founder-selling month",
        ),
        (
            "playbook.learning_per_win",
            RampAndSkill,
            "Playbook learning per win",
        ),
        // Inbound
        ("inbound.opps_per_month", Market, "Inbound opps per month"),
        ("inbound.monthly_growth", Market, "Inbound growth per month"),
        // Deals
        ("deals.size", FunnelAndDeals, "Deal size"),
        ("deals.cycle_months", FunnelAndDeals, "Sales cycle"),
        (
            "deals.expansion_size_multiplier",
            FunnelAndDeals,
            "Expansion deal size vs a new logo",
        ),
        // Win rates
        ("win_rates.founder", FunnelAndDeals, "Win rate: founder"),
        (
            "win_rates.outbound",
            FunnelAndDeals,
            "Win rate: AE outbound",
        ),
        ("win_rates.sdr", FunnelAndDeals, "Win rate: SDR-sourced"),
        ("win_rates.inbound", FunnelAndDeals, "Win rate: inbound"),
        ("win_rates.expansion", FunnelAndDeals, "Win rate: expansion"),
        (
            "win_rates.pool",
            FunnelAndDeals,
            "Win rate: recycled pool accounts",
        ),
        // Expansion
        (
            "expansion.opps_per_customer_per_year",
            Market,
            "Expansion opps per customer per year",
        ),
        // Pool
        ("pool.enabled", Policies, "Shared account pool"),
        (
            "pool.cooldown_months",
            Policies,
            "Pool cooldown after a lost deal",
        ),
        (
            "pool.junior_tenure_months",
            Policies,
            "Pool worked by AEs with tenure under",
        ),
        (
            "pool.recontact_rate",
            Policies,
            "Pool accounts recontacted per month",
        ),
        // Drift
        ("drift.enabled", Policies, "Veteran drift into farming"),
        ("drift.after_months", Policies, "Drift starts at tenure"),
        (
            "drift.monthly_decay",
            Policies,
            "Drift: monthly fall in outbound",
        ),
        ("drift.floor", Policies, "Drift: outbound a veteran keeps"),
        // AI
        ("ai.enabled", Policies, "AI prospecting tools"),
        ("ai.start_month", Policies, "AI tools arrive in month"),
        (
            "ai.full_effect_month",
            Policies,
            "AI tools at full effect in month",
        ),
        ("ai.prep_reduction", Policies, "Prep time AI removes"),
        // Morale
        ("morale.enabled", Policies, "Morale affects attrition"),
        (
            "morale.threshold",
            Policies,
            "Attainment below which morale drops",
        ),
        (
            "morale.attrition_multiplier",
            Policies,
            "Attrition factor when morale is low",
        ),
        // Policies
        (
            "policies.enforce_outbound",
            Policies,
            "Enforce outbound for every AE",
        ),
        // Targets
        (
            "targets.bookings_per_quarter",
            CostsAndTargets,
            "Bookings target per quarter",
        ),
    ]
};

/// The group of a field by path; a field missing from the table goes by its section.
fn group_of(path: &str, section: &str) -> Group {
    if let Some((_, g, _)) = TABLE.iter().find(|(p, _, _)| *p == path) {
        return *g;
    }
    match section {
        "" => Group::Scenario,
        "ae" | "sdr" | "founder" | "leader" | "coaching" => Group::TeamAndHiring,
        "playbook" => Group::RampAndSkill,
        "deals" | "win_rates" => Group::FunnelAndDeals,
        "inbound" | "expansion" => Group::Market,
        "targets" => Group::CostsAndTargets,
        _ => Group::Policies,
    }
}

/// The label of a field by path; a field missing from the table gets its key in words.
fn label_of(path: &str, section: &str, key: &str) -> String {
    if let Some((_, _, l)) = TABLE.iter().find(|(p, _, _)| *p == path) {
        return (*l).to_string();
    }
    let words = key.replace('_', " ");
    let role = match section {
        "ae" => "AE ",
        "sdr" => "SDR ",
        "founder" => "Founder ",
        "leader" => "VP of Sales ",
        "" => "",
        other => return format!("{}: {words}", capitalise(&other.replace('_', " "))),
    };
    capitalise(&format!("{role}{words}"))
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// Field values and entries
// ---------------------------------------------------------------------------------------------

/// A field's value, whatever its kind (one variant per [`Visitor`] method).
#[derive(Debug, Clone, PartialEq)]
pub enum FieldValue {
    /// A plain real number.
    Number(f64),
    /// A whole number: a count or a month.
    Integer(u32),
    /// A month that may be unset (`null` in the file).
    OptionalMonth(Option<u32>),
    /// A switch.
    Switch(bool),
    /// An uncertain value.
    Dist(Dist),
    /// A text.
    Text(String),
    /// A hiring plan.
    Plan(Vec<PlanEntry>),
    /// A hiring pace, or none.
    Pace(Option<Pace>),
    /// A bookings target.
    Target(Target),
}

impl FieldValue {
    /// What kind of value this is, in words, for messages.
    pub fn kind(&self) -> &'static str {
        match self {
            FieldValue::Number(_) => "a number",
            FieldValue::Integer(_) => "a whole number",
            FieldValue::OptionalMonth(_) => "a month or none",
            FieldValue::Switch(_) => "a switch",
            FieldValue::Dist(_) => "an uncertain value",
            FieldValue::Text(_) => "a text",
            FieldValue::Plan(_) => "a hiring plan",
            FieldValue::Pace(_) => "a hiring pace",
            FieldValue::Target(_) => "a bookings target",
        }
    }

    /// The first non-finite number inside the value, if any.
    fn non_finite(&self) -> Option<f64> {
        let bad = |x: f64| (!x.is_finite()).then_some(x);
        match self {
            FieldValue::Number(x) => bad(*x),
            FieldValue::Dist(d) => d.params().into_iter().find_map(bad),
            FieldValue::Pace(Some(p)) => bad(p.per_quarter),
            FieldValue::Target(Target::Every(x)) => bad(*x),
            FieldValue::Target(Target::PerQuarter(list)) => list.iter().copied().find_map(bad),
            _ => None,
        }
    }
}

/// One field of a scenario as the editor shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldEntry {
    /// The field's path in the file, e.g. `ae.outbound_share`.
    pub path: String,
    /// The section the field lives in, e.g. `ae`; `""` for the top level.
    pub section: &'static str,
    /// Key, unit, range, level and help.
    pub field: Field,
    /// The editor group the field is shown in.
    pub group: Group,
    /// The field's value in the scenario.
    pub value: FieldValue,
    /// The field's value in `Scenario::default()`.
    pub default: FieldValue,
    /// A human label in sales words, naming the role, e.g. "Outbound share of AE hours".
    pub label: String,
}

impl FieldEntry {
    /// Whether the value is the default.
    pub fn is_default(&self) -> bool {
        self.value == self.default
    }

    /// The value as text, like [`format_value`] but knowing the field: an unset
    /// `founder.sells_until_month` reads "throughout", other unset months "never".
    pub fn value_text(&self) -> String {
        entry_text(&self.path, &self.value, self.field.unit)
    }

    /// The default as text, the way [`FieldEntry::value_text`] shows values.
    pub fn default_text(&self) -> String {
        entry_text(&self.path, &self.default, self.field.unit)
    }
}

fn entry_text(path: &str, value: &FieldValue, unit: Unit) -> String {
    match value {
        FieldValue::OptionalMonth(None) if path == "founder.sells_until_month" => {
            "throughout".to_string()
        }
        other => format_value(other, unit),
    }
}

fn join_path(stack: &[&'static str], key: &str) -> String {
    if stack.is_empty() {
        key.to_string()
    } else {
        format!("{}.{key}", stack.join("."))
    }
}

/// Records every field with its path and value.
#[derive(Default)]
struct Collector {
    stack: Vec<&'static str>,
    out: Vec<(String, &'static str, Field, FieldValue)>,
}

impl Collector {
    fn push(&mut self, field: &Field, value: FieldValue) {
        let path = join_path(&self.stack, field.key);
        let section = self.stack.last().copied().unwrap_or("");
        self.out.push((path, section, *field, value));
    }
}

impl Visitor for Collector {
    fn enter(&mut self, key: &'static str) {
        self.stack.push(key);
    }
    fn leave(&mut self) {
        self.stack.pop();
    }
    fn number(&mut self, field: &Field, value: &mut f64) {
        self.push(field, FieldValue::Number(*value));
    }
    fn integer(&mut self, field: &Field, value: &mut u32) {
        self.push(field, FieldValue::Integer(*value));
    }
    fn optional_month(&mut self, field: &Field, value: &mut Option<u32>) {
        self.push(field, FieldValue::OptionalMonth(*value));
    }
    fn switch(&mut self, field: &Field, value: &mut bool) {
        self.push(field, FieldValue::Switch(*value));
    }
    fn dist(&mut self, field: &Field, value: &mut Dist) {
        self.push(field, FieldValue::Dist(*value));
    }
    fn text(&mut self, field: &Field, value: &mut String) {
        self.push(field, FieldValue::Text(value.clone()));
    }
    fn plan(&mut self, field: &Field, value: &mut Vec<PlanEntry>) {
        self.push(field, FieldValue::Plan(value.clone()));
    }
    fn pace(&mut self, field: &Field, value: &mut Option<Pace>) {
        self.push(field, FieldValue::Pace(*value));
    }
    fn target(&mut self, field: &Field, value: &mut Target) {
        self.push(field, FieldValue::Target(value.clone()));
    }
}

fn collect(scenario: &Scenario) -> Vec<(String, &'static str, Field, FieldValue)> {
    let mut collector = Collector::default();
    scenario.clone().visit(&mut collector);
    collector.out
}

/// Every field of the scenario in file order, each with its default (from
/// `Scenario::default()`), its group and its label.
pub fn fields(scenario: &Scenario) -> Vec<FieldEntry> {
    let defaults = collect(&Scenario::default());
    collect(scenario)
        .into_iter()
        .enumerate()
        .map(|(i, (path, section, field, value))| {
            // Both walks visit the same fields in the same order; look up by path to be safe.
            let default = match defaults.get(i) {
                Some((p, _, _, d)) if *p == path => d.clone(),
                _ => defaults
                    .iter()
                    .find(|(p, ..)| *p == path)
                    .map(|(.., d)| d.clone())
                    .unwrap_or_else(|| value.clone()),
            };
            FieldEntry {
                group: group_of(&path, section),
                label: label_of(&path, section, field.key),
                path,
                section,
                field,
                value,
                default,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Setting a field
// ---------------------------------------------------------------------------------------------

/// The kinds of value a field of each visitor kind accepts. The reader then judges the value
/// (a number for a whole-number field must be whole, and so on).
fn accepts(expected: &str, value: &FieldValue) -> bool {
    matches!(
        (expected, value),
        ("number", FieldValue::Number(_) | FieldValue::Integer(_))
            | ("integer", FieldValue::Integer(_) | FieldValue::Number(_))
            | (
                "optional_month",
                FieldValue::OptionalMonth(_) | FieldValue::Integer(_) | FieldValue::Number(_)
            )
            | ("switch", FieldValue::Switch(_))
            | (
                "dist",
                FieldValue::Dist(_) | FieldValue::Number(_) | FieldValue::Integer(_)
            )
            | ("text", FieldValue::Text(_))
            | ("plan", FieldValue::Plan(_))
            | ("pace", FieldValue::Pace(_))
            | (
                "target",
                FieldValue::Target(_) | FieldValue::Number(_) | FieldValue::Integer(_)
            )
    )
}

fn expected_words(expected: &str) -> &'static str {
    match expected {
        "number" => "a number",
        "integer" => "a whole number",
        "optional_month" => "a month or none",
        "switch" => "a switch (on or off)",
        "dist" => "a number or an uncertain value",
        "text" => "a text",
        "plan" => "a hiring plan",
        "pace" => "a hiring pace",
        _ => "a bookings target",
    }
}

/// Writes the scenario's file form, with the value at one path replaced.
struct Setter<'a> {
    writer: Writer,
    stack: Vec<&'static str>,
    target: &'a str,
    value: Option<FieldValue>,
    found: bool,
    mismatch: Option<String>,
}

impl Setter<'_> {
    /// The new value for this field, if this is the field being set and the kind fits.
    fn take(&mut self, field: &Field, expected: &'static str) -> Option<FieldValue> {
        if self.found || join_path(&self.stack, field.key) != self.target {
            return None;
        }
        self.found = true;
        let value = self.value.take()?;
        if accepts(expected, &value) {
            Some(value)
        } else {
            self.mismatch = Some(format!(
                "expects {}, got {}",
                expected_words(expected),
                value.kind()
            ));
            None
        }
    }

    /// Writes `value` under the field's key in the form its own kind writes.
    fn put(&mut self, field: &Field, value: FieldValue) {
        let w = &mut self.writer;
        match value {
            FieldValue::Number(mut x) => w.number(field, &mut x),
            FieldValue::Integer(n) => w.number(field, &mut (n as f64)),
            FieldValue::OptionalMonth(mut m) => w.optional_month(field, &mut m),
            FieldValue::Switch(mut b) => w.switch(field, &mut b),
            FieldValue::Dist(mut d) => w.dist(field, &mut d),
            FieldValue::Text(mut s) => w.text(field, &mut s),
            FieldValue::Plan(mut p) => w.plan(field, &mut p),
            FieldValue::Pace(mut p) => w.pace(field, &mut p),
            FieldValue::Target(mut t) => w.target(field, &mut t),
        }
    }
}

macro_rules! setter_method {
    ($name:ident, $ty:ty) => {
        fn $name(&mut self, field: &Field, value: &mut $ty) {
            match self.take(field, stringify!($name)) {
                Some(new) => self.put(field, new),
                None => self.writer.$name(field, value),
            }
        }
    };
}

impl Visitor for Setter<'_> {
    fn enter(&mut self, key: &'static str) {
        self.stack.push(key);
        self.writer.enter(key);
    }
    fn leave(&mut self) {
        self.stack.pop();
        self.writer.leave();
    }
    setter_method!(number, f64);
    setter_method!(integer, u32);
    setter_method!(optional_month, Option<u32>);
    setter_method!(switch, bool);
    setter_method!(dist, Dist);
    setter_method!(text, String);
    setter_method!(plan, Vec<PlanEntry>);
    setter_method!(pace, Option<Pace>);
    setter_method!(target, Target);
}

/// Sets one field and re-validates the whole scenario.
///
/// The scenario is written out with the new value at `path` (by a [`Visitor`] that replaces
/// that one field) and read back with [`Scenario::from_value`], so every rule applies: ranges,
/// whole numbers, distribution parameters and the rules between fields. Returns the new
/// scenario, or every problem. Each problem's `path` is the path of a field listed by
/// [`fields`], so the editor can show it there: a problem inside a field (a distribution's
/// parameter, a plan entry, a quarter's target, a pace's month) is named at the start of the
/// reason instead, e.g. `min: 70 is outside 0 to 60`. A rule between fields is reported at the
/// field it names, e.g. outbound 0.8 with admin 0.15 gives the closing-share problem at
/// `ae.outbound_share` even when `ae.admin_share` was the one set.
///
/// A value of a neighbouring kind is accepted where the file would accept it: a number for a
/// whole-number field (if whole), a number for an uncertain value (fixed), a month for an
/// optional month, a number for a target (every quarter).
pub fn set_field(
    scenario: &Scenario,
    path: &str,
    value: FieldValue,
) -> Result<Scenario, Vec<FieldError>> {
    if let Some(x) = value.non_finite() {
        return Err(vec![FieldError::new(
            path,
            format!("{x} is not a finite number"),
        )]);
    }
    let mut top = Map::new();
    top.insert("schema".into(), Value::from(SCHEMA));
    let mut setter = Setter {
        writer: Writer::new(top),
        stack: Vec::new(),
        target: path,
        value: Some(value),
        found: false,
        mismatch: None,
    };
    scenario.clone().visit(&mut setter);
    if !setter.found {
        return Err(vec![FieldError::new(path, "is not a field of a scenario")]);
    }
    if let Some(reason) = setter.mismatch {
        return Err(vec![FieldError::new(path, reason)]);
    }
    let file = Value::Object(setter.writer.finish());
    Scenario::from_value(&file, "").map_err(|errors| {
        let paths: Vec<String> = collect(scenario).into_iter().map(|(p, ..)| p).collect();
        errors.0.into_iter().map(|e| at_field(e, &paths)).collect()
    })
}

/// Moves a problem inside a field to the field's own path, naming the part in the reason.
fn at_field(error: FieldError, paths: &[String]) -> FieldError {
    let owner = paths
        .iter()
        .filter(|p| {
            error.path.len() > p.len()
                && error.path.starts_with(p.as_str())
                && matches!(error.path.as_bytes().get(p.len()), Some(b'.') | Some(b'['))
        })
        .max_by_key(|p| p.len());
    let Some(owner) = owner else { return error };
    let rest = &error.path[owner.len()..];
    let part = describe_part(owner, rest);
    FieldError {
        path: owner.clone(),
        reason: format!("{part}: {}", error.reason),
    }
}

/// Words for the part of a field that a sub-path names: `.triangular(min)` → `min`,
/// `[2]` of a target → `quarter 3`, `[0].month` of a plan → `plan entry 1 month`.
fn describe_part(owner: &str, rest: &str) -> String {
    if let Some(index) = rest.strip_prefix('[') {
        let (number, after) = index.split_once(']').unwrap_or((index, ""));
        let n = number
            .parse::<usize>()
            .map(|i| (i + 1).to_string())
            .unwrap_or_else(|_| number.to_string());
        let what = if owner.ends_with("bookings_per_quarter") {
            "quarter"
        } else {
            "plan entry"
        };
        let after = after.trim_start_matches('.');
        return if after.is_empty() {
            format!("{what} {n}")
        } else {
            format!("{what} {n} {after}")
        };
    }
    let rest = rest.trim_start_matches('.');
    match (rest.find('('), rest.strip_suffix(')')) {
        (Some(open), Some(inner)) if open < inner.len() => inner[open + 1..].to_string(),
        _ => rest.to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// Reading numbers
// ---------------------------------------------------------------------------------------------

/// A number as typed: sign, decimal digits and a power of ten, so that `5k`, `1.2M` and `35%`
/// become exactly the nearest double to what was meant.
#[derive(Debug, Clone)]
struct Typed {
    negative: bool,
    digits: String,
    exp: i64,
    percent: bool,
}

impl Typed {
    fn value(&self, extra_exp: i64, original: &str) -> Result<f64, String> {
        let exp = (self.exp + extra_exp).clamp(-100_000, 100_000);
        let sign = if self.negative { "-" } else { "" };
        let x: f64 = format!("{sign}{}e{exp}", self.digits)
            .parse()
            .map_err(|_| format!("“{original}” is not a number; type e.g. 12, 1,200, 5k or 35%"))?;
        if x.is_finite() {
            Ok(x)
        } else {
            Err(format!("“{original}” is too large"))
        }
    }
}

const NOT_A_NUMBER: &str = "is not a number; type e.g. 12, 1,200, 5k or 35%";

fn strip_sign(s: &mut &str) -> Option<bool> {
    for (c, negative) in [('-', true), ('−', true), ('+', false)] {
        if let Some(rest) = s.strip_prefix(c) {
            *s = rest.trim_start();
            return Some(negative);
        }
    }
    None
}

fn strip_currency_prefix(s: &mut &str) -> bool {
    for (_, sign) in CURRENCY_SIGNS {
        if let Some(rest) = s.strip_prefix(sign) {
            *s = rest.trim_start();
            return true;
        }
    }
    if s.len() > 3
        && s.is_char_boundary(3)
        && is_currency_code(&s[..3])
        && !s[3..].starts_with(|c: char| c.is_alphabetic())
    {
        *s = s[3..].trim_start();
        return true;
    }
    false
}

fn strip_currency_suffix(s: &mut &str) -> bool {
    for (_, sign) in CURRENCY_SIGNS {
        if let Some(rest) = s.strip_suffix(sign) {
            *s = rest.trim_end();
            return true;
        }
    }
    let n = s.len();
    if n > 3
        && s.is_char_boundary(n - 3)
        && is_currency_code(&s[n - 3..])
        && !s[..n - 3].ends_with(|c: char| c.is_alphabetic())
    {
        *s = s[..n - 3].trim_end();
        return true;
    }
    false
}

/// Strips `suffix` from the end of `s`, ignoring ASCII case.
fn strip_suffix_nocase<'t>(s: &'t str, suffix: &str) -> Option<&'t str> {
    let n = s.len().checked_sub(suffix.len())?;
    (s.is_char_boundary(n) && s[n..].eq_ignore_ascii_case(suffix)).then(|| s[..n].trim_end())
}

/// Unit words allowed after a number, and scale suffixes with their power of ten.
fn strip_suffix_word(s: &mut &str, unit: Unit) -> i64 {
    let unit_words: &[&str] = match unit {
        Unit::Months => &["months", "month", "mos", "mo", "m"],
        Unit::Hours => &["hours", "hour", "hrs", "hr", "h"],
        Unit::Multiplier => &["x", "×"],
        _ => &[],
    };
    for w in unit_words {
        if let Some(rest) = strip_suffix_nocase(s, w) {
            *s = rest;
            return 0;
        }
    }
    for (w, exp) in [
        ("bn", 9),
        ("mn", 6),
        ("mm", 6),
        ("b", 9),
        ("m", 6),
        ("k", 3),
    ] {
        if let Some(rest) = strip_suffix_nocase(s, w) {
            *s = rest;
            return exp;
        }
    }
    0
}

/// Reads a typed number into sign, digits and power of ten; every scale and `%` applied, the
/// share rule not yet.
fn read_typed(text: &str, unit: Unit) -> Result<Typed, String> {
    let original = text.trim();
    if original.is_empty() {
        return Err("is empty; type a number such as 12".into());
    }
    let mut s = original;
    let mut negative = strip_sign(&mut s);
    let mut currency = strip_currency_prefix(&mut s);
    if negative.is_none() {
        negative = strip_sign(&mut s);
    }
    currency |= strip_currency_suffix(&mut s);
    let mut percent = false;
    let mut exp: i64 = 0;
    if let Some(rest) = s.strip_suffix('%') {
        s = rest.trim_end();
        percent = true;
        exp = -2;
    } else {
        exp += strip_suffix_word(&mut s, unit);
    }
    if currency && unit != Unit::Money {
        return Err(format!(
            "“{original}” has a currency sign, but this field is not an amount of money"
        ));
    }
    // Mantissa and exponent.
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    if let Some(e) = exponent {
        let digits = e.strip_prefix(['-', '+']).unwrap_or(e);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("“{original}” {NOT_A_NUMBER}"));
        }
        let e: i64 = e
            .parse()
            .map_err(|_| format!("“{original}” has an exponent out of range"))?;
        if e.abs() > 10_000 {
            return Err(format!("“{original}” has an exponent out of range"));
        }
        exp += e;
    }
    let (int, frac) = match mantissa.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mantissa, ""),
    };
    let digit_only = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if !digit_only(frac)
        || !int.bytes().all(|b| b.is_ascii_digit() || b == b',')
        || int.len() + frac.len() == 0
    {
        return Err(format!("“{original}” {NOT_A_NUMBER}"));
    }
    if int.contains(',') {
        let mut groups = int.split(',');
        let first = groups.next().unwrap_or("");
        let ok = (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3);
        if !ok {
            return Err(format!(
                "“{original}” has a comma in an odd place; commas group thousands, as in 1,200 (use a point for decimals)"
            ));
        }
    }
    let int: String = int.chars().filter(|c| *c != ',').collect();
    if int.is_empty() && frac.is_empty() {
        return Err(format!("“{original}” {NOT_A_NUMBER}"));
    }
    let digits = format!(
        "{}.{}",
        if int.is_empty() { "0" } else { &int },
        if frac.is_empty() { "0" } else { frac }
    );
    Ok(Typed {
        negative: negative.unwrap_or(false),
        digits,
        exp,
        percent,
    })
}

/// Reads a number as a person types it, with the reason when it cannot.
///
/// Spaces around the text are ignored. Accepted: `5`, `-5` (also with `−`), `1,200` (commas
/// group thousands, so they must fall every three digits), `2.5`, `1e-3`, the scales `k`
/// (thousand), `M`/`m`/`mm`/`mn` (million) and `B`/`bn` (billion) in any case, such as `5k` or
/// `1.2M`, and `%` (`150%` is 1.5). Money may carry a currency sign or code: `$80k`, `€1.2M`,
/// `USD 80,000`; other units refuse one. A few unit words may follow: `months`/`mo`/`m` for
/// months (so there `m` means months, not million), `hours`/`h` for hours, `x`/`×` for
/// multipliers.
///
/// **Shares** (`Unit::Share`) are fractions from 0 to 1, and may be typed as `35%` or `0.35`.
/// A share typed without `%` and above 1 is read as a percentage: `35` is 35% (0.35), while
/// `1` stays 100% and `0.5` stays 50%. So to enter 1.5% type `1.5%`; to enter a share above
/// 100% (only a morale threshold takes one) type it with `%`, as in `150%`.
///
/// The value is not checked against the field's range; [`set_field`] does that.
pub fn parse_number(text: &str, unit: Unit) -> Result<f64, String> {
    let typed = read_typed(text, unit)?;
    let original = text.trim();
    let x = typed.value(0, original)?;
    if unit == Unit::Share && !typed.percent && x > 1.0 {
        return typed.value(-2, original);
    }
    Ok(x)
}

/// Reads a hiring plan typed as "3: 2, 6: 1" (month: count, comma separated); empty text is
/// no plan.
pub fn parse_plan(text: &str) -> Result<Vec<PlanEntry>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(Vec::new());
    }
    text.split(',')
        .map(|part| {
            let (month, count) = part
                .split_once(':')
                .ok_or_else(|| format!("“{}” should read month: count, e.g. 3: 2", part.trim()))?;
            Ok(PlanEntry {
                month: parse_integer(month)?,
                count: parse_integer(count)?,
            })
        })
        .collect()
}

/// A plan as [`parse_plan`] reads it.
pub fn format_plan(plan: &[PlanEntry]) -> String {
    plan.iter()
        .map(|e| format!("{}: {}", e.month, e.count))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads a bookings target: empty text is none, one amount ("250k") is every quarter's, and
/// amounts separated by ";" ("100k; 150k; …") are one per quarter.
pub fn parse_target(text: &str) -> Result<Target, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(Target::None);
    }
    let values = text
        .split(';')
        .map(|p| parse_number(p, Unit::Money))
        .collect::<Result<Vec<f64>, String>>()?;
    Ok(if values.len() == 1 {
        Target::Every(values[0])
    } else {
        Target::PerQuarter(values)
    })
}

/// A target as [`parse_target`] reads it.
pub fn format_target(target: &Target) -> String {
    let money = |x: f64| format_value(&FieldValue::Number(x), Unit::Money);
    match target {
        Target::None => String::new(),
        Target::Every(x) => money(*x),
        Target::PerQuarter(list) => list
            .iter()
            .map(|x| money(*x))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// Reads a whole number (a count or a month) from 0 to 4,294,967,295, with the reason when it
/// cannot. Accepts `12`, `1,200` and `2k`.
pub fn parse_integer(text: &str) -> Result<u32, String> {
    let original = text.trim();
    let typed = read_typed(text, Unit::Count)?;
    if typed.percent {
        return Err(format!(
            "“{original}” is a percentage; type a whole number such as 12"
        ));
    }
    let x = typed.value(0, original)?;
    if x < 0.0 {
        Err(format!("“{original}” is negative; type 0 or more"))
    } else if x != x.trunc() {
        Err(format!("“{original}” is not a whole number"))
    } else if x > u32::MAX as f64 {
        Err(format!("“{original}” is too large"))
    } else {
        Ok(x as u32)
    }
}

// ---------------------------------------------------------------------------------------------
// Reading uncertain values
// ---------------------------------------------------------------------------------------------

/// Finds `needle` (ASCII) in `hay` ignoring ASCII case; returns the byte index.
fn find_nocase(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// Splits a range "lo to hi" (also `lo-hi`, `lo – hi`, `lo — hi`, `lo .. hi`, `lo … hi`).
fn split_range(text: &str) -> Option<(&str, &str)> {
    if let Some(i) = find_nocase(text, " to ") {
        return Some((&text[..i], &text[i + 4..]));
    }
    for sep in ["...", "..", "…", "–", "—"] {
        if let Some((a, b)) = text.split_once(sep) {
            return Some((a, b));
        }
    }
    // A hyphen is a range only after a number's end, not as a sign or an exponent's sign.
    let mut last: Option<char> = None;
    for (i, c) in text.char_indices() {
        if c == '-' {
            if let Some(p) = last {
                if (p.is_alphanumeric() && !matches!(p, 'e' | 'E')) || matches!(p, '%' | '.' | '×')
                {
                    return Some((&text[..i], &text[i + 1..]));
                }
            }
        }
        if !c.is_whitespace() {
            last = Some(c);
        }
    }
    None
}

/// Splits a list "5, 7, 10" (also with `;`). A comma directly between digits groups thousands
/// when that reads as one number, so "10,000, 50,000, 100,000" is three numbers and "5,7,10"
/// is three too.
fn split_list(text: &str, unit: Unit) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let separates = c == ';' || (c == ',' && chars.peek().is_some_and(|n| n.is_whitespace()));
        if separates {
            parts.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    parts.push(current);
    parts
        .into_iter()
        .flat_map(|p| {
            if p.contains(',') && read_typed(&p, unit).is_err() {
                p.split(',').map(str::to_string).collect::<Vec<_>>()
            } else {
                vec![p]
            }
        })
        .map(|p| p.trim().to_string())
        .collect()
}

/// Reads several numbers of one field. For shares: when any number typed without `%` is above
/// 1, every number typed without `%` is a percentage, so "5 to 10" is 5% to 10%.
fn read_numbers(parts: &[&str], unit: Unit) -> Result<Vec<f64>, String> {
    let typed: Vec<(Typed, &str)> = parts
        .iter()
        .map(|p| {
            let p = p.trim();
            if p.is_empty() {
                Err("a value is missing; type e.g. 5 to 10, or 5, 7, 10".to_string())
            } else {
                read_typed(p, unit).map(|t| (t, p))
            }
        })
        .collect::<Result<_, _>>()?;
    let mut percents = false;
    if unit == Unit::Share {
        for (t, p) in &typed {
            if !t.percent && t.value(0, p)? > 1.0 {
                percents = true;
            }
        }
    }
    typed
        .iter()
        .map(|(t, p)| t.value(if percents && !t.percent { -2 } else { 0 }, p))
        .collect()
}

/// Reads "mean 7.5, sd 3" or "7.5 ± 3" (also `+/-`): a normal's mean and standard deviation.
fn split_mean_sd(text: &str) -> Option<(&str, &str)> {
    let (mean, sd) = if let Some(pair) = text.split_once('±') {
        pair
    } else if let Some(pair) = text.split_once("+/-") {
        pair
    } else {
        let i = find_nocase(text, "sd")?;
        (&text[..i], &text[i + 2..])
    };
    let mean = mean.trim().trim_end_matches([',', ';']).trim();
    let mean = match find_nocase(mean, "mean") {
        Some(0) => &mean[4..],
        _ => mean,
    };
    let mean = mean.trim().trim_start_matches([':', '=']).trim();
    let sd = sd.trim().trim_start_matches([':', '=']).trim();
    Some((mean, sd))
}

/// Reads an uncertain value typed the way people think, for the chosen form (one of
/// `fixed`, `uniform`, `triangular`, `pert`, `normal`, `lognormal`):
///
/// - `12`: a fixed value, whatever the form.
/// - `5 to 10` (also `5-10`, `5–10`, `5 .. 10`, or two numbers `5, 10`): a 90% range, low end
///   first. Lognormal: p5 = 5 and p95 = 10 (the low end must be above 0). Normal: mean 7.5 and
///   sd (10 − 5) / (2 · 1.6448536269514722). Uniform: from 5 to 10. Triangular and PERT: min 5,
///   mode at the midpoint, max 10. The low end must not be above the high end (for a lognormal,
///   it must be below it).
/// - `5, 7, 10`: min, most likely, max, for triangular and PERT; the other forms refuse three
///   numbers and say what they take.
/// - `mean 7.5, sd 3` (or `7.5 ± 3`): a normal's mean and standard deviation; normal only.
///
/// Each number reads as in [`parse_number`]: `$10k to $100k`, `10,000 to 100,000`, `5% to 10%`.
/// For shares, when any number of the text is typed without `%` and above 1, every number
/// without `%` is a percentage: `5 to 10` is 5% to 10%.
///
/// The values are not checked against the field's range; [`set_field`] does that.
pub fn parse_dist(text: &str, form: &str, unit: Unit) -> Result<Dist, String> {
    let form = form.trim();
    if !DIST_FORMS.contains(&form) {
        return Err(format!(
            "“{form}” is not a shape; use one of {}",
            DIST_FORMS.join(", ")
        ));
    }
    let t = text.trim();
    if t.is_empty() {
        return Err("is empty; type a number such as 12, a range such as 5 to 10, or min, likely, max such as 5, 7, 10".into());
    }
    if let Some((mean, sd)) = split_mean_sd(t) {
        if form != "normal" {
            return Err("a mean and sd describe the normal shape; choose normal, or type a range such as 5 to 10".into());
        }
        let v = read_numbers(&[mean, sd], unit)?;
        if v[1] < 0.0 {
            return Err(format!(
                "the sd {} is negative; it must be 0 or more",
                format_number(v[1])
            ));
        }
        return Ok(Dist::Normal {
            mean: v[0],
            sd: v[1],
        });
    }
    let values = if let Some((lo, hi)) = split_range(t) {
        read_numbers(&[lo, hi], unit)?
    } else {
        let parts = split_list(t, unit);
        let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
        if refs.len() > 3 {
            return Err(format!(
                "has {} numbers; type at most three: min, likely, max, as in 5, 7, 10",
                refs.len()
            ));
        }
        read_numbers(&refs, unit)?
    };
    let show = |x: f64| exact_number(x, unit);
    match (values.as_slice(), form) {
        ([x], _) => Ok(Dist::Fixed(*x)),
        ([..], "fixed") => Err("a fixed value is one number; choose a shape to type a range such as 5 to 10".into()),
        ([lo, hi], _) if lo > hi || (form == "lognormal" && lo == hi) => Err(format!(
            "{} to {}: lo must be below hi; type the low end first, as in {} to {}",
            show(*lo),
            show(*hi),
            show(*hi),
            show(*lo)
        )),
        ([lo, hi], "lognormal") if *lo <= 0.0 => Err(format!(
            "{} to {}: a lognormal range must start above 0; choose another shape for a range from 0 or below",
            show(*lo),
            show(*hi)
        )),
        ([lo, hi], "lognormal") => Ok(Dist::LogNormal { p5: *lo, p95: *hi }),
        ([lo, hi], "uniform") => Ok(Dist::Uniform { lo: *lo, hi: *hi }),
        ([lo, hi], "normal") => Ok(Dist::Normal { mean: (lo + hi) / 2.0, sd: (hi - lo) / (2.0 * Z90) }),
        ([lo, hi], "triangular") => Ok(Dist::Triangular { min: *lo, mode: (lo + hi) / 2.0, max: *hi }),
        ([lo, hi], _) => Ok(Dist::Pert { min: *lo, mode: (lo + hi) / 2.0, max: *hi }),
        ([min, mode, max], "triangular" | "pert") => {
            if !(min <= mode && mode <= max) {
                return Err(format!(
                    "{}, {}, {}: needs min ≤ likely ≤ max, in that order",
                    show(*min),
                    show(*mode),
                    show(*max)
                ));
            }
            Ok(if form == "triangular" {
                Dist::Triangular { min: *min, mode: *mode, max: *max }
            } else {
                Dist::Pert { min: *min, mode: *mode, max: *max }
            })
        }
        ([_, _, _], _) => Err(format!(
            "a {form} takes one number or a range such as 5 to 10 (a 90% range); three numbers (min, likely, max) fit the triangular or pert shape"
        )),
        _ => Err("type a number, a range such as 5 to 10, or min, likely, max such as 5, 7, 10".into()),
    }
}

// ---------------------------------------------------------------------------------------------
// Showing values
// ---------------------------------------------------------------------------------------------

/// The text that shows an uncertain value in the editor, so that
/// `parse_dist(&format_dist(&d, unit), d.form(), unit) == Ok(d)` for typical values:
///
/// - fixed: `12`; uniform and lognormal: `10,000 to 100,000`; triangular and PERT: `2, 5, 9`;
/// - normal: its 90% range `5 to 10` when short numbers give back the same mean and sd,
///   else `mean 7.5, sd 3`.
///
/// Numbers are plain, with commas for thousands; shares are percentages (`5% to 10%`).
pub fn format_dist(dist: &Dist, unit: Unit) -> String {
    let n = |x: f64| exact_number(x, unit);
    match *dist {
        Dist::Fixed(x) => n(x),
        Dist::Uniform { lo, hi } => format!("{} to {}", n(lo), n(hi)),
        Dist::LogNormal { p5, p95 } => format!("{} to {}", n(p5), n(p95)),
        Dist::Triangular { min, mode, max } | Dist::Pert { min, mode, max } => {
            format!("{}, {}, {}", n(min), n(mode), n(max))
        }
        Dist::Normal { mean, sd } => {
            if mean.is_finite() && sd.is_finite() && sd > 0.0 {
                let (lo, hi) = (mean - Z90 * sd, mean + Z90 * sd);
                for digits in 1..=6 {
                    let round =
                        |x: f64| format!("{:.*e}", digits - 1, x).parse::<f64>().unwrap_or(x);
                    let text = format!("{} to {}", n(round(lo)), n(round(hi)));
                    if parse_dist(&text, "normal", unit) == Ok(*dist) {
                        return text;
                    }
                }
            }
            format!("mean {}, sd {}", n(mean), n(sd))
        }
    }
}

/// A value for people, e.g. for the default shown beside a field: shares as `35%`, money as
/// `$160K` (exact amounts only; otherwise `$165,432`), other numbers plain with commas for
/// thousands, switches `on`/`off`, an unset month `never`, an empty text, plan, pace or target
/// `none`. Money is shown in dollars; [`format_value_in`] takes the scenario's currency, and
/// [`FieldEntry::value_text`] knows that an unset `founder.sells_until_month` means
/// "throughout". A number shown here reads back with [`parse_number`] to the same value.
pub fn format_value(value: &FieldValue, unit: Unit) -> String {
    format_value_in(value, unit, "USD")
}

/// [`format_value`] with money in the given currency (`€1.2M`, `CHF 80K`).
pub fn format_value_in(value: &FieldValue, unit: Unit, currency: &str) -> String {
    let number = |x: f64| {
        if unit == Unit::Money {
            exact_money(x, currency)
        } else {
            exact_number(x, unit)
        }
    };
    match value {
        FieldValue::Number(x) => number(*x),
        FieldValue::Integer(n) => plain(*n as f64),
        FieldValue::OptionalMonth(Some(m)) => plain(*m as f64),
        FieldValue::OptionalMonth(None) => "never".into(),
        FieldValue::Switch(on) => if *on { "on" } else { "off" }.into(),
        FieldValue::Dist(d) => format_dist(d, unit),
        FieldValue::Text(t) if t.is_empty() => "none".into(),
        FieldValue::Text(t) => t.clone(),
        FieldValue::Plan(plan) if plan.is_empty() => "none".into(),
        FieldValue::Plan(plan) => plan
            .iter()
            .map(|e| format!("{} at month {}", e.count, e.month))
            .collect::<Vec<_>>()
            .join(", "),
        FieldValue::Pace(None) => "none".into(),
        FieldValue::Pace(Some(p)) => {
            let to = match p.to_month {
                Some(m) => format!("month {m}"),
                None => "the horizon".into(),
            };
            format!(
                "{} per quarter from month {} to {to}",
                plain(p.per_quarter),
                p.from_month
            )
        }
        FieldValue::Target(Target::None) => "none".into(),
        FieldValue::Target(Target::Every(x)) => format!("{} every quarter", number(*x)),
        FieldValue::Target(Target::PerQuarter(list)) => list
            .iter()
            .map(|x| number(*x))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_table_names_every_field_once_in_file_order() {
        let paths: Vec<String> = collect(&Scenario::default())
            .into_iter()
            .map(|(p, ..)| p)
            .collect();
        let table: Vec<&str> = TABLE.iter().map(|(p, ..)| *p).collect();
        assert_eq!(
            paths, table,
            "the table lists exactly the scenario's fields, in file order"
        );
    }

    #[test]
    fn edit_groups_follow_the_brief() {
        let of = |p: &str| {
            TABLE
                .iter()
                .find(|(q, ..)| *q == p)
                .map(|(_, g, _)| *g)
                .expect(p)
        };
        for role in ["ae", "sdr"] {
            for k in [
                "initial",
                "initial_tenure_months",
                "plan",
                "pace",
                "max_headcount",
                "time_to_fill_months",
                "backfill",
            ] {
                assert_eq!(
                    of(&format!("{role}.{k}")),
                    Group::TeamAndHiring,
                    "{role}.{k}"
                );
            }
            for k in [
                "ramp_months",
                "annual_attrition",
                "mis_hire_rate",
                "mis_hire_productivity",
                "washout_months",
                "elite_share",
                "elite_prospecting_multiplier",
            ] {
                assert_eq!(
                    of(&format!("{role}.{k}")),
                    Group::RampAndSkill,
                    "{role}.{k}"
                );
            }
            for k in ["ote_per_year", "recruiting_cost"] {
                assert_eq!(
                    of(&format!("{role}.{k}")),
                    Group::CostsAndTargets,
                    "{role}.{k}"
                );
            }
        }
        assert_eq!(of("leader.ote_per_year"), Group::CostsAndTargets);
        assert_eq!(of("leader.recruiting_cost"), Group::CostsAndTargets);
        assert_eq!(of("leader.hire_month"), Group::TeamAndHiring);
        assert_eq!(of("coaching.coaches"), Group::TeamAndHiring);
        assert_eq!(of("coaching.trainees_per_coach"), Group::TeamAndHiring);
        assert_eq!(of("coaching.washout_months"), Group::RampAndSkill);
        assert_eq!(of("ae.win_rate_multiplier"), Group::RampAndSkill);
        assert_eq!(of("ae.quota_per_year"), Group::CostsAndTargets);
        assert_eq!(of("ae.orphan_loss"), Group::TimeAndOutbound);
        assert_eq!(of("sdr.meetings_per_month"), Group::FunnelAndDeals);
        assert_eq!(of("sdr.meeting_to_opp"), Group::FunnelAndDeals);
        for (p, g, _) in TABLE {
            let section = p.split_once('.').map(|(s, _)| s).unwrap_or("");
            let expected = match section {
                "" => Some(Group::Scenario),
                "founder" => Some(Group::TeamAndHiring),
                "playbook" => Some(Group::RampAndSkill),
                "win_rates" | "deals" => Some(Group::FunnelAndDeals),
                "inbound" | "expansion" => Some(Group::Market),
                "drift" | "policies" | "pool" | "morale" | "ai" => Some(Group::Policies),
                "targets" => Some(Group::CostsAndTargets),
                _ => None,
            };
            if let Some(e) = expected {
                assert_eq!(*g, e, "{p}");
            }
        }
    }

    #[test]
    fn edit_error_parts_are_named() {
        assert_eq!(describe_part("ae.ramp_months", ".triangular(min)"), "min");
        assert_eq!(
            describe_part("targets.bookings_per_quarter", "[2]"),
            "quarter 3"
        );
        assert_eq!(describe_part("ae.plan", "[0].month"), "plan entry 1 month");
        assert_eq!(describe_part("ae.pace", ".to_month"), "to_month");
    }

    #[test]
    fn edit_ranges_and_lists_split() {
        assert_eq!(split_range("5 to 10"), Some(("5", "10")));
        assert_eq!(split_range("-5-10"), Some(("-5", "10")));
        assert_eq!(split_range("1e-5-1e-3"), Some(("1e-5", "1e-3")));
        assert_eq!(split_range("5, -3, 10"), None);
        assert_eq!(
            split_list("10,000, 50,000, 100,000", Unit::Money),
            ["10,000", "50,000", "100,000"]
        );
        assert_eq!(split_list("5,7,10", Unit::Count), ["5", "7", "10"]);
        assert_eq!(split_list("1,200", Unit::Count), ["1,200"]);
    }
}
