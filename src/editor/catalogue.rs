//! The editor's catalogue of fields: the group each field is shown in (a table with one row
//! per field, in file order), its label's message id in the catalogues (`locales/*/fields.ftl`);
//! and, for the few fields that need it, the control they are edited with when that is not the
//! plain input of their kind of value (the outbound share's slider, the rationale's text area)
//! and what an unset month means. The field walk gives key, unit, range and level; the catalogue
//! adds only what people see in the editor.

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

/// One field as the editor lists it; its label is a message of the catalogues
/// ([`field_message_id`]).
#[derive(Debug, Clone, Copy)]
pub(super) struct Listing {
    /// The field's path in the file.
    pub(super) path: &'static str,
    /// The group the field is shown in.
    pub(super) group: Group,
}

const fn row(path: &'static str, group: Group) -> Listing {
    Listing { path, group }
}

/// The message id of a field's label: `field-` and its path, dots as dashes
/// (`field-ae-outbound_share`), in `locales/*/fields.ftl`.
pub fn field_message_id(path: &str) -> String {
    format!("field-{}", path.replace('.', "-"))
}

/// The group of every field, by path, in file order.
pub(super) const CATALOGUE: &[Listing] = {
    use Group::*;
    &[
        row("name", Scenario),
        row("description", Scenario),
        row("horizon_months", Scenario),
        row("start_month", Scenario),
        row("currency", Scenario),
        row("ae.initial", TeamAndHiring),
        row("ae.initial_tenure_months", TeamAndHiring),
        row("ae.plan", TeamAndHiring),
        row("ae.pace", TeamAndHiring),
        row("ae.max_headcount", TeamAndHiring),
        row("ae.time_to_fill_months", TeamAndHiring),
        row("ae.backfill", TeamAndHiring),
        row("ae.ramp_months", RampAndSkill),
        row("ae.annual_attrition", RampAndSkill),
        row("ae.mis_hire_rate", RampAndSkill),
        row("ae.mis_hire_productivity", RampAndSkill),
        row("ae.washout_months", RampAndSkill),
        row("ae.elite_share", RampAndSkill),
        row("ae.elite_prospecting_multiplier", RampAndSkill),
        row("ae.ote_per_year", CostsAndTargets),
        row("ae.recruiting_cost", CostsAndTargets),
        row("ae.win_rate_multiplier", RampAndSkill),
        row("ae.quota_per_year", CostsAndTargets),
        row("ae.selling_hours_per_month", TimeAndOutbound),
        row("ae.outbound_share", TimeAndOutbound),
        row("ae.admin_share", TimeAndOutbound),
        row("ae.hours_per_sourced_opp", TimeAndOutbound),
        row("ae.hours_per_active_opp", TimeAndOutbound),
        row("ae.overload_win_multiplier", TimeAndOutbound),
        row("ae.orphan_loss", TimeAndOutbound),
        row("sdr.initial", TeamAndHiring),
        row("sdr.initial_tenure_months", TeamAndHiring),
        row("sdr.plan", TeamAndHiring),
        row("sdr.pace", TeamAndHiring),
        row("sdr.max_headcount", TeamAndHiring),
        row("sdr.time_to_fill_months", TeamAndHiring),
        row("sdr.backfill", TeamAndHiring),
        row("sdr.ramp_months", RampAndSkill),
        row("sdr.annual_attrition", RampAndSkill),
        row("sdr.mis_hire_rate", RampAndSkill),
        row("sdr.mis_hire_productivity", RampAndSkill),
        row("sdr.washout_months", RampAndSkill),
        row("sdr.elite_share", RampAndSkill),
        row("sdr.elite_prospecting_multiplier", RampAndSkill),
        row("sdr.ote_per_year", CostsAndTargets),
        row("sdr.recruiting_cost", CostsAndTargets),
        row("sdr.meetings_per_month", FunnelAndDeals),
        row("sdr.meeting_to_opp", FunnelAndDeals),
        row("founder.sells_until_month", TeamAndHiring),
        row("founder.hours_per_month", TeamAndHiring),
        row("founder.outbound_share", TeamAndHiring),
        row("founder.prospecting_multiplier", TeamAndHiring),
        row("leader.hire_month", TeamAndHiring),
        row("leader.hiring_pace_multiplier", TeamAndHiring),
        row("leader.time_to_fill_multiplier", TeamAndHiring),
        row("leader.enforce_outbound", TeamAndHiring),
        row("leader.failure_rate", TeamAndHiring),
        row("leader.departure_attrition_multiplier", TeamAndHiring),
        row("leader.ote_per_year", CostsAndTargets),
        row("leader.recruiting_cost", CostsAndTargets),
        row("coaching.coaches", TeamAndHiring),
        row("coaching.coach_time_share", RampAndSkill),
        row("coaching.trainees_per_coach", TeamAndHiring),
        row("coaching.ramp_multiplier", RampAndSkill),
        row("coaching.washout_months", RampAndSkill),
        row("playbook.initial", RampAndSkill),
        row("playbook.learning_per_founder_month", RampAndSkill),
        row("playbook.learning_per_win", RampAndSkill),
        row("inbound.opps_per_month", Market),
        row("inbound.monthly_growth", Market),
        row("deals.size", FunnelAndDeals),
        row("deals.cycle_months", FunnelAndDeals),
        row("deals.expansion_size_multiplier", FunnelAndDeals),
        row("win_rates.founder", FunnelAndDeals),
        row("win_rates.outbound", FunnelAndDeals),
        row("win_rates.sdr", FunnelAndDeals),
        row("win_rates.inbound", FunnelAndDeals),
        row("win_rates.expansion", FunnelAndDeals),
        row("win_rates.pool", FunnelAndDeals),
        row("expansion.opps_per_customer_per_year", Market),
        row("pool.enabled", Policies),
        row("pool.cooldown_months", Policies),
        row("pool.junior_tenure_months", Policies),
        row("pool.recontact_rate", Policies),
        row("drift.enabled", Policies),
        row("drift.after_months", Policies),
        row("drift.monthly_decay", Policies),
        row("drift.floor", Policies),
        row("ai.enabled", Policies),
        row("ai.start_month", Policies),
        row("ai.full_effect_month", Policies),
        row("ai.prep_reduction", Policies),
        row("morale.enabled", Policies),
        row("morale.threshold", Policies),
        row("morale.attrition_multiplier", Policies),
        row("policies.enforce_outbound", Policies),
        row("targets.bookings_per_quarter", CostsAndTargets),
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

/// The English label of a field by path (its message in `locales/en/fields.ftl`); a field
/// missing from the table gets its key in words.
pub(super) fn label_of(path: &str, section: &str, key: &str) -> String {
    if listing(path).is_some() {
        if let Some(label) = crate::i18n::english(&field_message_id(path)) {
            return label;
        }
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

/// The first letter in upper case. Keys and sections are ASCII, so ASCII's rule is enough, and
/// the page's wasm carries no Unicode case table for it.
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_ascii_uppercase().to_string() + chars.as_str(),
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
