//! Showing values in the editor so that what is shown reads back to the same value: uncertain
//! values (`10,000 to 100,000`, `2, 5, 9`), numbers, money in the scenario's currency (through
//! [`format::money`](mod@crate::format::money)), plans, paces and targets.

use super::catalogue::unset_of;
use super::entries::{FieldEntry, FieldValue};
use super::parse::{parse_dist, Z90};
use crate::format::locale;
use crate::format::money::{exact_number, plain};
use crate::i18n::{self, Args, Catalogue};
use crate::model::{Dist, PlanEntry, Target, Unit};

/// The text that shows an uncertain value in the editor, so that
/// `parse_dist(&format_dist(&d, unit), d.form(), unit) == Ok(d)` for typical values:
///
/// - fixed: `12`; uniform and lognormal: `10,000 to 100,000`; triangular and PERT: `2, 5, 9`;
/// - normal: its 90% range `5 to 10` when short numbers give back the same mean and sd,
///   else `mean 7.5, sd 3`.
///
/// Numbers are plain, with commas for thousands; shares are percentages (`5% to 10%`).
pub fn format_dist(dist: &Dist, unit: Unit) -> String {
    i18n::with_english(|en| format_dist_in(dist, unit, en))
}

/// [`format_dist`] in the catalogue's language: Chinese writes a range `10,000 至 100,000`
/// and a normal it cannot write as a range `7.5 ± 3`, both of which the editor reads back.
pub fn format_dist_in(dist: &Dist, unit: Unit, catalogue: &Catalogue) -> String {
    let n = |x: f64| exact_number(x, unit);
    let to = catalogue.say("editor-value-to", &Args::new());
    match *dist {
        Dist::Fixed(x) => n(x),
        Dist::Uniform { lo, hi } => format!("{}{to}{}", n(lo), n(hi)),
        Dist::LogNormal { p5, p95 } => format!("{}{to}{}", n(p5), n(p95)),
        Dist::Triangular { min, mode, max } | Dist::Pert { min, mode, max } => {
            format!("{}, {}, {}", n(min), n(mode), n(max))
        }
        Dist::Normal { mean, sd } => {
            if mean.is_finite() && sd.is_finite() && sd > 0.0 {
                let (lo, hi) = (mean - Z90 * sd, mean + Z90 * sd);
                for digits in 1..=6 {
                    let round =
                        |x: f64| format!("{:.*e}", digits - 1, x).parse::<f64>().unwrap_or(x);
                    let text = format!("{}{to}{}", n(round(lo)), n(round(hi)));
                    if parse_dist(&text, "normal", unit) == Ok(*dist) {
                        return text;
                    }
                }
            }
            catalogue.say(
                "editor-value-mean-sd",
                &Args::new().text("mean", n(mean)).text("sd", n(sd)),
            )
        }
    }
}

/// A value for people, e.g. for the default shown beside a field: shares as `35%`, money as
/// `$160K` (exact amounts only; otherwise `$165,432`), other numbers plain with commas for
/// thousands, switches `on`/`off`, an unset month `never`, an empty text, plan, pace or target
/// `none`. Money is shown in dollars; [`format_value_in`] takes the scenario's currency, and
/// [`FieldEntry::value_text`] knows that an unset `founder.sells_until_month` means
/// "throughout". A number shown here reads back with [`parse_number`](super::parse_number) to
/// the same value.
pub fn format_value(value: &FieldValue, unit: Unit) -> String {
    format_value_in(value, unit, "USD")
}

/// [`format_value`] with money in the given currency (`€1.2M`, `CHF 80K`).
pub fn format_value_in(value: &FieldValue, unit: Unit, currency: &str) -> String {
    i18n::with_english(|en| say_value(value, unit, currency, en))
}

/// [`format_value_in`] in the catalogue's language: in Chinese, money in 万 and 亿
/// (`US$16万`), ranges with 至, and the words (`从不`, `开`) from the catalogue. What it writes
/// for a number, money or an uncertain value reads back to the same value.
pub fn say_value(value: &FieldValue, unit: Unit, currency: &str, catalogue: &Catalogue) -> String {
    let lang = catalogue.lang();
    let number = |x: f64| {
        if unit == Unit::Money {
            locale::exact_money(lang, x, currency)
        } else {
            exact_number(x, unit)
        }
    };
    let word = |id: &str| catalogue.say(id, &Args::new());
    match value {
        FieldValue::Number(x) => number(*x),
        FieldValue::Integer(n) => plain(*n as f64),
        FieldValue::OptionalMonth(Some(m)) => plain(*m as f64),
        FieldValue::OptionalMonth(None) => word("editor-value-never"),
        FieldValue::Switch(on) => word(if *on {
            "editor-value-on"
        } else {
            "editor-value-off"
        }),
        FieldValue::Dist(d) => format_dist_in(d, unit, catalogue),
        FieldValue::Text(t) if t.is_empty() => word("editor-value-none"),
        FieldValue::Text(t) => t.clone(),
        FieldValue::Plan(plan) if plan.is_empty() => word("editor-value-none"),
        FieldValue::Plan(plan) => plan
            .iter()
            .map(|e| {
                catalogue.say(
                    "editor-value-plan-entry",
                    &Args::new()
                        .text("count", e.count.to_string())
                        .text("month", e.month.to_string()),
                )
            })
            .collect::<Vec<_>>()
            .join(&word("editor-value-separator")),
        FieldValue::Pace(None) => word("editor-value-none"),
        FieldValue::Pace(Some(p)) => {
            let to = match p.to_month {
                Some(m) => catalogue.say(
                    "editor-value-pace-month",
                    &Args::new().text("month", m.to_string()),
                ),
                None => word("editor-value-pace-horizon"),
            };
            catalogue.say(
                "editor-value-pace",
                &Args::new()
                    .text("per", plain(p.per_quarter))
                    .text("from", p.from_month.to_string())
                    .text("to", to),
            )
        }
        FieldValue::Target(Target::None) => word("editor-value-none"),
        FieldValue::Target(Target::Every(x)) => catalogue.say(
            "editor-value-every-quarter",
            &Args::new().text("amount", number(*x)),
        ),
        FieldValue::Target(Target::PerQuarter(list)) => list
            .iter()
            .map(|x| number(*x))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// A plan as [`parse_plan`](super::parse_plan) reads it.
pub fn format_plan(plan: &[PlanEntry]) -> String {
    plan.iter()
        .map(|e| format!("{}: {}", e.month, e.count))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A target as [`parse_target`](super::parse_target) reads it.
pub fn format_target(target: &Target) -> String {
    i18n::with_english(|en| format_target_in(target, en))
}

/// [`format_target`] in the catalogue's language, its amounts written as the other money
/// inputs write them (`US$25万` in Chinese).
pub fn format_target_in(target: &Target, catalogue: &Catalogue) -> String {
    let money = |x: f64| say_value(&FieldValue::Number(x), Unit::Money, "USD", catalogue);
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

impl FieldEntry {
    /// The value as text, like [`format_value`] but knowing the field: an unset month reads in
    /// the catalogue's words for the field ("throughout" for `founder.sells_until_month`, else
    /// "never").
    pub fn value_text(&self) -> String {
        i18n::with_english(|en| self.value_text_in(en))
    }

    /// The default as text, the way [`FieldEntry::value_text`] shows values.
    pub fn default_text(&self) -> String {
        i18n::with_english(|en| self.default_text_in(en))
    }

    /// [`FieldEntry::value_text`] in the catalogue's language.
    pub fn value_text_in(&self, catalogue: &Catalogue) -> String {
        entry_text(&self.path, &self.value, self.field.unit, catalogue)
    }

    /// [`FieldEntry::default_text`] in the catalogue's language.
    pub fn default_text_in(&self, catalogue: &Catalogue) -> String {
        entry_text(&self.path, &self.default, self.field.unit, catalogue)
    }
}

fn entry_text(path: &str, value: &FieldValue, unit: Unit, catalogue: &Catalogue) -> String {
    match value {
        // "never" or "throughout": the field's own word for an unset month.
        FieldValue::OptionalMonth(None) => {
            catalogue.say(&format!("editor-value-{}", unset_of(path)), &Args::new())
        }
        other => say_value(other, unit, "USD", catalogue),
    }
}
