//! The verdict on top of every result: a few sentences, written from a run's report alone,
//! saying what the numbers mean (issue 18). Every sentence is a [`Message`] of the catalogues
//! (`locales/*/verdict.ftl`); money, chances and names are written for the catalogue's language
//! when the message is made, so a verdict is made in one language and made again for another.
//!
//! For one scenario ([`scenario_verdict`]), in order:
//! - its bookings over the horizon, P10–P90 and median, and its median cost;
//! - bookings per unit of cost (median bookings over median cost), when the cost is not 0;
//! - when a target is set, the chance that horizon bookings reach the sum of the quarterly
//!   targets, with its [`Likelihood`] word;
//! - the largest source of bookings over the horizon (by means, which add up), and how its
//!   share of the quarter's bookings moves from the first quarter with bookings to the last,
//!   when it moves by at least [`MATERIAL_SHARE_MOVE`];
//! - a headcount cap (`ae.max_headcount`, `sdr.max_headcount`) that binds: the median trial ends
//!   the horizon at it, or, "in some trials", the P90 does.
//!
//! Overloaded AEs and the pool running dry are not told: the engine has no output for them yet.
//!
//! For a comparison of scenario A with the baseline B ([`comparison_verdict`]):
//! - equal scenarios (every compared paired difference exactly 0, and the same cost) say so,
//!   and nothing else;
//! - else how much more or less A books (the median of the paired differences of horizon
//!   bookings) and the word for P(A > B): "more (very likely, 99%)", or "less; that it books
//!   more is very unlikely (1%)". The chance is always of A booking more, so a word is never
//!   claimed for something the report did not count;
//! - then the cost: "costs $5.5M more: each extra $1 of cost returns $0.27, against $1.15 for
//!   B" (the extra bookings over the extra cost, against B's own bookings per unit of cost); for
//!   nothing more; less while booking more; or less, giving up so much per unit saved. The
//!   difference in cost is the difference of the medians, as the report's comparisons carry
//!   bookings and pipeline only (the paired median, if a comparison ever carries `cost.total`).

mod comparison;
mod likelihood;
mod scenario;
mod words;

use serde::Serialize;

pub use comparison::comparison_verdict;
pub use likelihood::Likelihood;
pub use scenario::{scenario_verdict, MATERIAL_SHARE_MOVE};

use crate::i18n::{Args, Catalogue, Message};
use crate::model::{scenario_label, Scenario};
use crate::report::WorkspaceReport;

/// The verdict on one scenario, in words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScenarioVerdict {
    /// The scenario's name as people see it.
    pub name: String,
    /// Its sentences.
    pub sentences: Vec<String>,
}

/// The verdict on one comparison, in words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ComparisonVerdict {
    /// Index of scenario A.
    pub scenario: usize,
    /// Index of the baseline B.
    pub baseline: usize,
    /// "A vs B".
    pub title: String,
    /// Its sentences.
    pub sentences: Vec<String>,
}

/// The verdict on a whole workspace's report, in one language: the CLI's table prints it and
/// its JSON carries it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// The language's tag: `en`, `zh-CN`.
    pub lang: &'static str,
    /// The heading above it ("Verdict").
    pub heading: String,
    /// One per scenario, in the report's order.
    pub scenarios: Vec<ScenarioVerdict>,
    /// One per comparison, in the report's order.
    pub comparisons: Vec<ComparisonVerdict>,
}

/// The verdict on `report` in the catalogue's language; `scenarios` are the models run (for
/// the headcount caps; a missing one means no caps are told).
pub fn verdict(catalogue: &Catalogue, report: &WorkspaceReport, scenarios: &[Scenario]) -> Verdict {
    let say = |messages: Vec<Message>| messages.iter().map(|m| catalogue.text(m)).collect();
    Verdict {
        lang: catalogue.lang().tag(),
        heading: catalogue.say("verdict-heading", &Args::new()),
        scenarios: report
            .scenarios
            .iter()
            .enumerate()
            .map(|(i, s)| ScenarioVerdict {
                name: scenario_label(&s.name, i),
                sentences: say(scenario_verdict(catalogue, s, scenarios.get(i), i)),
            })
            .collect(),
        comparisons: report
            .comparisons
            .iter()
            .map(|c| {
                let name = |i: usize| {
                    report
                        .scenarios
                        .get(i)
                        .map(|s| scenario_label(&s.name, i))
                        .unwrap_or_default()
                };
                ComparisonVerdict {
                    scenario: c.scenario,
                    baseline: c.baseline,
                    title: catalogue.say(
                        "verdict-comparison-title",
                        &Args::new()
                            .text("a", name(c.scenario))
                            .text("b", name(c.baseline)),
                    ),
                    sentences: say(comparison_verdict(catalogue, report, c)),
                }
            })
            .collect(),
    }
}
