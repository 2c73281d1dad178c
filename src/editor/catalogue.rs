//! The editor's catalogue of fields: the group each field is shown in and its label in sales
//! words (a table with one row per field, in file order); and, for the few fields that need it,
//! the control they are edited with when that is not the plain input of their kind of value (the
//! outbound share's slider, the rationale's text area) and what an unset month means. The field
//! walk gives key, unit, range and help; the catalogue adds only what people see in the editor.

// ---------------------------------------------------------------------------------------------
// Groups
// ---------------------------------------------------------------------------------------------

/// The editor's groups, in display order; their headings and one-line blurbs are messages in
/// the catalogues (`locales/*/editor.ftl`, [`Group::message_id`]).
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

    /// The message id of the group's heading in the catalogues (`locales/*/editor.ftl`);
    /// its one line on what the group's fields decide is this id with `-blurb`.
    pub fn message_id(self) -> &'static str {
        match self {
            Group::Scenario => "group-scenario",
            Group::TeamAndHiring => "group-team-and-hiring",
            Group::RampAndSkill => "group-ramp-and-skill",
            Group::TimeAndOutbound => "group-time-and-outbound",
            Group::FunnelAndDeals => "group-funnel-and-deals",
            Group::Market => "group-market",
            Group::Policies => "group-policies",
            Group::CostsAndTargets => "group-costs-and-targets",
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Controls
// ---------------------------------------------------------------------------------------------

/// How the editor offers a field, when not by the input of its kind of value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Control {
    /// The input of the value's kind: text for numbers, a checkbox for a switch, and so on.
    Input,
    /// Text of several lines.
    TextArea,
    /// A slider over a share, with one value marked.
    Slider(Slider),
}

/// A slider over a share, from 0 in steps of 1%: its top, a marked value and what the share is
/// of.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Slider {
    /// The highest share the slider reaches.
    pub max: f64,
    /// The value marked under the slider: a typical share to steer by.
    pub mark: f64,
    /// What the share is of, for screen readers: "35% of AE hours".
    pub of: &'static str,
}

/// The outbound share of AE hours: up to 90% (at least a tenth of the week stays for closing),
/// marked at 35%: the default, and the share in MODEL.md's question whether every AE should
/// generate their own pipeline. Top and mark are the field's range and default, as a test in
/// `entries` checks.
const OUTBOUND_SLIDER: Slider = Slider {
    max: 0.9,
    mark: 0.35,
    of: "AE hours",
};

/// The fields edited otherwise than by the input of their kind of value, by path. A list of the
/// few, not a column of the table, so that the table of every field stays as small as its words.
const CONTROLS: [(&str, Control); 2] = [
    ("description", Control::TextArea),
    ("ae.outbound_share", Control::Slider(OUTBOUND_SLIDER)),
];

/// The optional months whose unset value means something other than "never", by path, with the
/// words for it: the founder who never stops selling sells "throughout".
const UNSET: [(&str, &str); 1] = [("founder.sells_until_month", "throughout")];

// ---------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------

/// One field as the editor lists it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Listing {
    /// The field's path in the file.
    pub(super) path: &'static str,
    /// The group the field is shown in.
    pub(super) group: Group,
    /// The field's label.
    pub(super) label: &'static str,
}

const fn row(path: &'static str, group: Group, label: &'static str) -> Listing {
    Listing { path, group, label }
}

/// Group and label of every field, by path, in file order.
pub(super) const CATALOGUE: &[Listing] = {
    use Group::*;
    &[
        row("name", Scenario, "Scenario name"),
        row("description", Scenario, "Strategy rationale"),
        row("horizon_months", Scenario, "Months simulated"),
        row("start_month", Scenario, "First month"),
        row("currency", Scenario, "Currency"),
        // AEs
        row("ae.initial", TeamAndHiring, "AEs at start"),
        row(
            "ae.initial_tenure_months",
            TeamAndHiring,
            "Tenure of starting AEs",
        ),
        row("ae.plan", TeamAndHiring, "AE hiring plan"),
        row("ae.pace", TeamAndHiring, "AE hiring pace"),
        row("ae.max_headcount", TeamAndHiring, "AE headcount cap"),
        row("ae.time_to_fill_months", TeamAndHiring, "AE time to fill"),
        row("ae.backfill", TeamAndHiring, "Backfill AEs who leave"),
        row("ae.ramp_months", RampAndSkill, "AE ramp"),
        row("ae.annual_attrition", RampAndSkill, "AE attrition per year"),
        row("ae.mis_hire_rate", RampAndSkill, "AE mis-hire rate"),
        row(
            "ae.mis_hire_productivity",
            RampAndSkill,
            "Productivity of a mis-hired AE",
        ),
        row(
            "ae.washout_months",
            RampAndSkill,
            "Mis-hired AE let go at tenure",
        ),
        row(
            "ae.elite_share",
            RampAndSkill,
            "Elite prospectors among AE hires",
        ),
        row(
            "ae.elite_prospecting_multiplier",
            RampAndSkill,
            "Elite AE prospecting boost",
        ),
        row("ae.ote_per_year", CostsAndTargets, "AE OTE per year"),
        row(
            "ae.recruiting_cost",
            CostsAndTargets,
            "AE recruiting cost per hire",
        ),
        row("ae.win_rate_multiplier", RampAndSkill, "AE closing skill"),
        row("ae.quota_per_year", CostsAndTargets, "AE quota per year"),
        row(
            "ae.selling_hours_per_month",
            TimeAndOutbound,
            "AE selling hours per month",
        ),
        row(
            "ae.outbound_share",
            TimeAndOutbound,
            "Outbound share of AE hours",
        ),
        row("ae.admin_share", TimeAndOutbound, "Admin share of AE hours"),
        row(
            "ae.hours_per_sourced_opp",
            TimeAndOutbound,
            "Outbound hours per self-sourced opp",
        ),
        row(
            "ae.hours_per_active_opp",
            TimeAndOutbound,
            "Closing hours per open opp per month",
        ),
        row(
            "ae.overload_win_multiplier",
            TimeAndOutbound,
            "Win rate factor when an AE is overloaded",
        ),
        row(
            "ae.orphan_loss",
            TimeAndOutbound,
            "Deals lost when their AE leaves",
        ),
        // SDRs
        row("sdr.initial", TeamAndHiring, "SDRs at start"),
        row(
            "sdr.initial_tenure_months",
            TeamAndHiring,
            "Tenure of starting SDRs",
        ),
        row("sdr.plan", TeamAndHiring, "SDR hiring plan"),
        row("sdr.pace", TeamAndHiring, "SDR hiring pace"),
        row("sdr.max_headcount", TeamAndHiring, "SDR headcount cap"),
        row("sdr.time_to_fill_months", TeamAndHiring, "SDR time to fill"),
        row("sdr.backfill", TeamAndHiring, "Backfill SDRs who leave"),
        row("sdr.ramp_months", RampAndSkill, "SDR ramp"),
        row(
            "sdr.annual_attrition",
            RampAndSkill,
            "SDR attrition per year",
        ),
        row("sdr.mis_hire_rate", RampAndSkill, "SDR mis-hire rate"),
        row(
            "sdr.mis_hire_productivity",
            RampAndSkill,
            "Productivity of a mis-hired SDR",
        ),
        row(
            "sdr.washout_months",
            RampAndSkill,
            "Mis-hired SDR let go at tenure",
        ),
        row(
            "sdr.elite_share",
            RampAndSkill,
            "Elite prospectors among SDR hires",
        ),
        row(
            "sdr.elite_prospecting_multiplier",
            RampAndSkill,
            "Elite SDR meeting boost",
        ),
        row("sdr.ote_per_year", CostsAndTargets, "SDR OTE per year"),
        row(
            "sdr.recruiting_cost",
            CostsAndTargets,
            "SDR recruiting cost per hire",
        ),
        row(
            "sdr.meetings_per_month",
            FunnelAndDeals,
            "Meetings per SDR per month",
        ),
        row(
            "sdr.meeting_to_opp",
            FunnelAndDeals,
            "SDR meetings that become opps",
        ),
        // Founder
        row(
            "founder.sells_until_month",
            TeamAndHiring,
            "Founder sells until month",
        ),
        row(
            "founder.hours_per_month",
            TeamAndHiring,
            "Founder selling hours per month",
        ),
        row(
            "founder.outbound_share",
            TeamAndHiring,
            "Founder's outbound share of hours",
        ),
        row(
            "founder.prospecting_multiplier",
            TeamAndHiring,
            "Founder prospecting edge over an AE",
        ),
        // Leader
        row(
            "leader.hire_month",
            TeamAndHiring,
            "VP of Sales hired in month",
        ),
        row(
            "leader.hiring_pace_multiplier",
            TeamAndHiring,
            "VP of Sales hiring pace boost",
        ),
        row(
            "leader.time_to_fill_multiplier",
            TeamAndHiring,
            "VP of Sales time-to-fill factor",
        ),
        row(
            "leader.enforce_outbound",
            TeamAndHiring,
            "VP of Sales keeps veterans prospecting",
        ),
        row(
            "leader.failure_rate",
            TeamAndHiring,
            "Chance the VP of Sales fails within a year",
        ),
        row(
            "leader.departure_attrition_multiplier",
            TeamAndHiring,
            "Rep attrition after the VP of Sales leaves",
        ),
        row(
            "leader.ote_per_year",
            CostsAndTargets,
            "VP of Sales OTE per year",
        ),
        row(
            "leader.recruiting_cost",
            CostsAndTargets,
            "VP of Sales recruiting cost",
        ),
        // Coaching
        row("coaching.coaches", TeamAndHiring, "AE coaches"),
        row(
            "coaching.coach_time_share",
            RampAndSkill,
            "Coach's time spent coaching",
        ),
        row(
            "coaching.trainees_per_coach",
            TeamAndHiring,
            "New AEs per coach",
        ),
        row(
            "coaching.ramp_multiplier",
            RampAndSkill,
            "Coached AE ramp factor",
        ),
        row(
            "coaching.washout_months",
            RampAndSkill,
            "Coached mis-hire let go at tenure",
        ),
        // Playbook
        row(
            "playbook.initial",
            RampAndSkill,
            "Playbook maturity at start",
        ),
        row(
            "playbook.learning_per_founder_month",
            RampAndSkill,
            "Playbook learning per founder-selling month",
        ),
        row(
            "playbook.learning_per_win",
            RampAndSkill,
            "Playbook learning per win",
        ),
        // Inbound
        row("inbound.opps_per_month", Market, "Inbound opps per month"),
        row("inbound.monthly_growth", Market, "Inbound growth per month"),
        // Deals
        row("deals.size", FunnelAndDeals, "Deal size"),
        row("deals.cycle_months", FunnelAndDeals, "Sales cycle"),
        row(
            "deals.expansion_size_multiplier",
            FunnelAndDeals,
            "Expansion deal size vs a new logo",
        ),
        // Win rates
        row("win_rates.founder", FunnelAndDeals, "Win rate: founder"),
        row(
            "win_rates.outbound",
            FunnelAndDeals,
            "Win rate: AE outbound",
        ),
        row("win_rates.sdr", FunnelAndDeals, "Win rate: SDR-sourced"),
        row("win_rates.inbound", FunnelAndDeals, "Win rate: inbound"),
        row("win_rates.expansion", FunnelAndDeals, "Win rate: expansion"),
        row(
            "win_rates.pool",
            FunnelAndDeals,
            "Win rate: recycled pool accounts",
        ),
        // Expansion
        row(
            "expansion.opps_per_customer_per_year",
            Market,
            "Expansion opps per customer per year",
        ),
        // Pool
        row("pool.enabled", Policies, "Shared account pool"),
        row(
            "pool.cooldown_months",
            Policies,
            "Pool cooldown after a lost deal",
        ),
        row(
            "pool.junior_tenure_months",
            Policies,
            "Pool worked by AEs with tenure under",
        ),
        row(
            "pool.recontact_rate",
            Policies,
            "Pool accounts recontacted per month",
        ),
        // Drift
        row("drift.enabled", Policies, "Veteran drift into farming"),
        row("drift.after_months", Policies, "Drift starts at tenure"),
        row(
            "drift.monthly_decay",
            Policies,
            "Drift: monthly fall in outbound",
        ),
        row("drift.floor", Policies, "Drift: outbound a veteran keeps"),
        // AI
        row("ai.enabled", Policies, "AI prospecting tools"),
        row("ai.start_month", Policies, "AI tools arrive in month"),
        row(
            "ai.full_effect_month",
            Policies,
            "AI tools at full effect in month",
        ),
        row("ai.prep_reduction", Policies, "Prep time AI removes"),
        // Morale
        row("morale.enabled", Policies, "Morale affects attrition"),
        row(
            "morale.threshold",
            Policies,
            "Attainment below which morale drops",
        ),
        row(
            "morale.attrition_multiplier",
            Policies,
            "Attrition factor when morale is low",
        ),
        // Policies
        row(
            "policies.enforce_outbound",
            Policies,
            "Enforce outbound for every AE",
        ),
        // Targets
        row(
            "targets.bookings_per_quarter",
            CostsAndTargets,
            "Bookings target per quarter",
        ),
    ]
};

/// The catalogue's row of a field.
fn listing(path: &str) -> Option<&'static Listing> {
    CATALOGUE.iter().find(|l| l.path == path)
}

/// The group of a field by path; a field missing from the table goes by its section.
pub(super) fn group_of(path: &str, section: &str) -> Group {
    if let Some(l) = listing(path) {
        return l.group;
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
pub(super) fn label_of(path: &str, section: &str, key: &str) -> String {
    if let Some(l) = listing(path) {
        return l.label.to_string();
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

/// How a field is edited; a field missing from the table takes the input of its kind.
pub(super) fn control_of(path: &str) -> Control {
    CONTROLS
        .iter()
        .find(|(p, _)| *p == path)
        .map_or(Control::Input, |(_, c)| *c)
}

/// What an unset month of a field means: "never" (a VP never hired), or "throughout" for the
/// month the founder stops selling.
pub(super) fn unset_of(path: &str) -> &'static str {
    UNSET
        .iter()
        .find(|(p, _)| *p == path)
        .map_or("never", |(_, words)| words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_groups_follow_the_brief() {
        let of = |p: &str| {
            CATALOGUE
                .iter()
                .find(|l| l.path == p)
                .map(|l| l.group)
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
        for Listing {
            path: p, group: g, ..
        } in CATALOGUE
        {
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
    fn controls_and_unset_words_name_fields_of_the_table() {
        let paths = CONTROLS
            .iter()
            .map(|(p, _)| p)
            .chain(UNSET.iter().map(|(p, _)| p));
        for path in paths {
            assert!(listing(path).is_some(), "{path} is not a field");
        }
    }
}
