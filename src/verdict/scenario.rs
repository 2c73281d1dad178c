//! The verdict on one scenario: what it books, what it costs, its chance of the target, where
//! its bookings come from, and the headcount caps that bind (the sentences are listed in the
//! module doc of `verdict`).

use super::words::Words;
use crate::engine::outputs::{MetricId, Role, Source};
use crate::i18n::{Args, Catalogue, Message};
use crate::model::{scenario_label, Scenario};
use crate::report::{Kpis, ScenarioReport};

/// A change of a source's share of bookings, first quarter to last, smaller than this (ten
/// percentage points) is not told: shares of a few thousand trials' means wobble by a few
/// points, and a reader acts only on a shift in the mix.
pub const MATERIAL_SHARE_MOVE: f64 = 0.10;

/// The sentences about scenario number `index` (from 0), from its report alone, and from its
/// model for the headcount caps (`None`: no caps are told).
pub fn scenario_verdict(
    catalogue: &Catalogue,
    report: &ScenarioReport,
    scenario: Option<&Scenario>,
    index: usize,
) -> Vec<Message> {
    let words = Words {
        catalogue,
        currency: &report.currency,
    };
    let name = scenario_label(&report.name, index);
    let mut sentences = Vec::new();
    if report.summary(MetricId::BOOKINGS_TOTAL).is_none() {
        return sentences;
    }
    let kpis = Kpis::of(report);
    let quarters = report.quarters.len();
    let range = Args::new()
        .text("name", name)
        .text("low", words.money(kpis.bookings.p10))
        .text("high", words.money(kpis.bookings.p90))
        .text("median", words.money(kpis.bookings.p50))
        .number("n", quarters as f64)
        .text("quarters", quarters.to_string());
    match kpis.bookings_per_cost {
        Some(per_cost) => {
            sentences.push(Message::with(
                "verdict-bookings-range",
                range.text("cost", words.money(kpis.cost.p50)),
            ));
            sentences.push(Message::with(
                "verdict-bookings-per-cost",
                Args::new()
                    .text("unit", words.unit())
                    .text("return", words.per_unit(per_cost)),
            ));
        }
        None => sentences.push(Message::with("verdict-bookings-range-no-cost", range)),
    }
    if let (Some(p), Some(target)) = (kpis.p_hit_target, kpis.target) {
        sentences.push(Message::with(
            "verdict-target",
            Args::new()
                .text("target", words.money(target))
                .text("likelihood", words.likelihood(p))
                .text("chance", words.chance(p)),
        ));
    }
    sentences.extend(source_sentences(&words, report));
    if let Some(scenario) = scenario {
        sentences.extend(cap_sentences(&words, report, scenario));
    }
    sentences
}

/// The largest source of bookings over the horizon (by means, which add up where medians do
/// not) and, when it moves materially, how its share moves from the first quarter with
/// bookings to the last.
fn source_sentences(words: &Words, report: &ScenarioReport) -> Vec<Message> {
    let mean_of = |id: MetricId| report.summary(id).map(|m| m.horizon.mean).unwrap_or(0.0);
    let total = mean_of(MetricId::BOOKINGS_TOTAL);
    if total.partial_cmp(&0.0) != Some(std::cmp::Ordering::Greater) {
        return Vec::new();
    }
    let Some((largest, amount)) = Source::ALL
        .iter()
        .map(|&s| (s, mean_of(MetricId::bookings(s))))
        .fold(None, |best: Option<(Source, f64)>, (s, x)| match best {
            Some((_, y)) if y >= x => best,
            _ => Some((s, x)),
        })
    else {
        return Vec::new();
    };
    let mut sentences = vec![Message::with(
        "verdict-largest-source",
        Args::new()
            .text("source", words.source(largest))
            .text("share", words.chance(amount / total)),
    )];
    let share_in = |q: usize| {
        let mean = |id: MetricId| {
            report
                .summary(id)
                .and_then(|m| m.quarters.get(q))
                .map(|s| s.mean)
                .unwrap_or(0.0)
        };
        let total = mean(MetricId::BOOKINGS_TOTAL);
        (total > 0.0).then(|| mean(MetricId::bookings(largest)) / total)
    };
    let quarters = report.quarters.len();
    let first = (0..quarters).find_map(|q| share_in(q).map(|s| (q, s)));
    let last = share_in(quarters.saturating_sub(1)).map(|s| (quarters - 1, s));
    if let (Some((q0, from)), Some((q1, to))) = (first, last) {
        if q1 > q0 && (to - from).abs() >= MATERIAL_SHARE_MOVE {
            let id = if to > from {
                "verdict-source-share-grows"
            } else {
                "verdict-source-share-falls"
            };
            sentences.push(Message::with(
                id,
                Args::new()
                    .text("from", words.chance(from))
                    .text("first", words.quarter(&report.quarters[q0]))
                    .text("to", words.chance(to))
                    .text("last", words.quarter(&report.quarters[q1])),
            ));
        }
    }
    sentences
}

/// A team's headcount cap binds when the median trial ends the horizon at it; it binds in
/// some trials when the P90 does (at least one trial in ten ends there). A cap of 0 is a team
/// the scenario does not have, not a limit.
fn cap_sentences(words: &Words, report: &ScenarioReport, scenario: &Scenario) -> Vec<Message> {
    let teams = [
        (Role::Ae, scenario.ae.staffing.max_headcount),
        (Role::Sdr, scenario.sdr.staffing.max_headcount),
    ];
    teams
        .into_iter()
        .filter(|&(_, cap)| cap > 0)
        .filter_map(|(role, cap)| {
            let ending = report.summary(MetricId::headcount(role))?.horizon;
            let cap_f = f64::from(cap);
            let id = if ending.p50 >= cap_f {
                "verdict-cap-binds"
            } else if ending.p90 >= cap_f {
                "verdict-cap-binds-sometimes"
            } else {
                return None;
            };
            Some(Message::with(
                id,
                Args::new()
                    .text("role", words.role(role))
                    .number("n", cap_f)
                    .text("cap", crate::format::locale::grouped(cap_f)),
            ))
        })
        .collect()
}
