//! The fits written into a scenario: each field the data informs, with the basis the page and
//! the CLI show beside it. A field is written only from a fit with a sample to stand on
//! ([`MIN_DECIDED`] decided deals for a win rate); every value written lies inside its field's
//! range, so the scenario stays valid.

use std::collections::HashSet;

use jiff::civil::Date;
use serde_json::Value;

use crate::engine::Source;
use crate::format::locale::grouped;
use crate::i18n::{Args, Message};
use crate::model::{Dist, Scenario};

use super::export::Export;
use super::fit::{RateFit, TeamFit};
use super::fitted::{gone_before, Change, Fit, Fitted, WinRateFit, INBOUND_MONTHS, MIN_DECIDED};

/// A field's file form, read through the scenario's own writer.
fn value_at(scenario: &Scenario, path: &str) -> Value {
    let mut value = scenario.to_value();
    for key in path.split('.') {
        value = value.get(key).cloned().unwrap_or(Value::Null);
    }
    value
}

/// Records the change `edit` makes at `path`.
fn change(
    scenario: &mut Scenario,
    changes: &mut Vec<Change>,
    path: &str,
    basis: Message,
    edit: impl FnOnce(&mut Scenario),
) {
    let before = value_at(scenario, path);
    edit(scenario);
    let after = value_at(scenario, path);
    if before != after {
        changes.push(Change {
            path: path.to_string(),
            before,
            after,
            basis,
        });
    }
}

/// `x` to three significant figures: a fit's own uncertainty is far wider, and the editor
/// then shows `23.0%` rather than every digit of `0.22989407205478438`.
fn significant(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let scale = libm::pow(10.0, 2.0 - libm::floor(libm::log10(x.abs())));
    libm::round(x * scale) / scale
}

/// A fitted 90% range as an uncertain value: a lognormal, or its one value when the range
/// rounds to nothing.
fn range(p5: f64, p95: f64) -> Dist {
    let (p5, p95) = (significant(p5), significant(p95));
    if p5 > 0.0 && p95 > p5 {
        Dist::LogNormal { p5, p95 }
    } else {
        Dist::Fixed(p95.max(p5))
    }
}

/// A win rate's uncertain value: the lognormal with the Beta's 90% range.
fn rate_dist(rate: &RateFit) -> Dist {
    range(rate.p5, rate.p95)
}

fn rate_basis(rate: &RateFit) -> Message {
    Message::with(
        "calibrate-basis-win-rate",
        Args::new()
            .text("wins", grouped(rate.wins as f64))
            .text("decided", grouped(rate.decided as f64)),
    )
}

/// The win rate field of `source`.
fn win_rate_of(scenario: &mut Scenario, source: Source) -> &mut Dist {
    let w = &mut scenario.win_rates;
    match source {
        Source::Founder => &mut w.founder,
        Source::Outbound => &mut w.outbound,
        Source::Sdr => &mut w.sdr,
        Source::Inbound => &mut w.inbound,
        Source::Expansion => &mut w.expansion,
        Source::Pool => &mut w.pool,
    }
}

/// The first day of the month after `date`'s, as `start_month` writes it.
fn month_after(date: Date) -> String {
    let (y, m) = if date.month() == 12 {
        (date.year() + 1, 1)
    } else {
        (date.year(), date.month() + 1)
    };
    format!("{y:04}-{m:02}")
}

/// Writes every fit into `scenario`; returns the changes, in the order the
/// page lists them.
pub(super) fn apply(
    win_rates: &[WinRateFit],
    cycle: &Fit<Fitted>,
    deal_size: &Fit<Fitted>,
    team: &TeamFit,
    export: &Export,
    as_of: Date,
    scenario: &mut Scenario,
) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut rates_written = false;

    // Win rates: by the model's source where the file's sources map to one (values mapped to
    // the same source pooled), else every deal's rate for the sources a team sells through.
    let mut by_source: Vec<(Source, u64, u64)> = Vec::new();
    for fit in win_rates.iter().filter(|f| f.value.is_some()) {
        if let Some(source) = fit.source {
            let lost = fit.rate.decided - fit.rate.wins;
            match by_source.iter_mut().find(|(s, _, _)| *s == source) {
                Some((_, w, l)) => {
                    *w += fit.rate.wins;
                    *l += lost;
                }
                None => by_source.push((source, fit.rate.wins, lost)),
            }
        }
    }
    if by_source.is_empty() {
        if let Some(all) = win_rates.iter().find(|f| f.value.is_none()) {
            if all.rate.decided >= MIN_DECIDED {
                for source in [Source::Outbound, Source::Sdr, Source::Inbound] {
                    let path = format!("win_rates.{}", source.key());
                    change(scenario, &mut changes, &path, rate_basis(&all.rate), |s| {
                        *win_rate_of(s, source) = rate_dist(&all.rate)
                    });
                }
                rates_written = true;
            }
        }
    } else {
        by_source.sort_by_key(|(s, _, _)| *s);
        for (source, wins, lost) in by_source {
            let rate = super::fit::win_rate(wins, lost);
            if rate.decided >= MIN_DECIDED {
                let path = format!("win_rates.{}", source.key());
                change(scenario, &mut changes, &path, rate_basis(&rate), |s| {
                    *win_rate_of(s, source) = rate_dist(&rate)
                });
                rates_written = true;
            }
        }
    }

    if let Some(cycle) = cycle.fitted() {
        let basis = Message::with(
            "calibrate-basis-cycle",
            Args::new()
                .text("closed", grouped(cycle.fit.observed as f64))
                .text("open", grouped(cycle.fit.censored as f64)),
        );
        change(scenario, &mut changes, "deals.cycle_months", basis, |s| {
            s.deals.cycle_months = range(cycle.fit.p5(), cycle.fit.p95())
        });
    }
    if let Some(size) = deal_size.fitted() {
        let basis = Message::with(
            "calibrate-basis-size",
            Args::new().text("won", grouped(size.fit.observed as f64)),
        );
        change(scenario, &mut changes, "deals.size", basis, |s| {
            s.deals.size = range(size.fit.p5(), size.fit.p95())
        });
    }

    // Self-sourced opportunities per rep-month give the outbound hours per opportunity, by
    // MODEL.md's λ = hours · o · elite / hours_per_sourced_opp for a ramped rep at full
    // maturity (mis-hires wash out, so they are left out of a veteran's rate).
    if let Ok(steady) = &team.outbound_per_rep_month {
        let ae = &scenario.ae;
        let elite =
            1.0 + ae.staffing.elite_share.mean() * (ae.staffing.elite_prospecting_multiplier - 1.0);
        let hours = ae.selling_hours_per_month * ae.outbound_share * elite;
        let spread = crate::sampling::distributions::Z90 * steady.sd_of_mean;
        let (low, high) = (steady.mean - spread, steady.mean + spread);
        if steady.mean > 0.0 && hours > 0.0 {
            let dist = if low > 0.0 && high > low {
                range((hours / high).max(0.1), (hours / low).max(0.1))
            } else {
                Dist::Fixed(significant((hours / steady.mean).max(0.1)))
            };
            let basis = Message::with(
                "calibrate-basis-prospecting",
                Args::new()
                    .text("rate", format!("{:.2}", steady.mean))
                    .text("months", grouped(steady.rep_months as f64)),
            );
            change(
                scenario,
                &mut changes,
                "ae.hours_per_sourced_opp",
                basis,
                |s| s.ae.hours_per_sourced_opp = dist,
            );
            rates_written = true;
        }
    }
    if let Ok(ramp) = &team.ramp {
        let basis = Message::with(
            "calibrate-basis-ramp",
            Args::new().text("reps", grouped(ramp.reps as f64)),
        );
        change(scenario, &mut changes, "ae.ramp_months", basis, |s| {
            s.ae.staffing.ramp_months = Dist::Fixed(significant(ramp.months))
        });
    }
    if let Ok(attrition) = &team.attrition {
        let basis = Message::with(
            "calibrate-basis-attrition",
            Args::new()
                .text("left", grouped(attrition.departures as f64))
                .text("reps", grouped(attrition.reps as f64))
                .text("months", grouped(attrition.rep_months as f64)),
        );
        let dist = if attrition.p95 > attrition.p5 && attrition.p5 > 0.0 {
            range(attrition.p5, attrition.p95)
        } else {
            Dist::Fixed(significant(attrition.median))
        };
        change(scenario, &mut changes, "ae.annual_attrition", basis, |s| {
            s.ae.staffing.annual_attrition = dist
        });
    }

    // The reps on staff at the export's end: owners with an opportunity lately.
    let last = export.last_created().unwrap_or(as_of);
    let recent = gone_before(last);
    let active: HashSet<u32> = export
        .opportunities
        .iter()
        .filter(|o| o.created >= recent)
        .filter_map(|o| o.owner)
        .collect();
    if !active.is_empty() {
        let basis = Message::with(
            "calibrate-basis-team",
            Args::new()
                .number("reps", active.len() as f64)
                .text("since", recent.to_string()),
        );
        change(scenario, &mut changes, "ae.initial", basis, |s| {
            s.ae.staffing.initial = active.len() as u32
        });
    }

    // Inbound: opportunities a month over the last full months before the export's date.
    let inbound_index: HashSet<u32> = export
        .sources
        .iter()
        .enumerate()
        .filter(|(_, (_, s))| *s == Some(Source::Inbound))
        .map(|(i, _)| i as u32)
        .collect();
    if !inbound_index.is_empty() {
        let end = last.first_of_month();
        if let Ok(start) = end.checked_sub(jiff::Span::new().months(INBOUND_MONTHS)) {
            let first = export.opportunities.iter().map(|o| o.created).min();
            if first.is_some_and(|f| f <= start) {
                let count = export
                    .opportunities
                    .iter()
                    .filter(|o| o.created >= start && o.created < end)
                    .filter(|o| o.source.is_some_and(|i| inbound_index.contains(&i)))
                    .count();
                let mean = count as f64 / INBOUND_MONTHS as f64;
                // Poisson: the monthly mean's standard error is √(count) / months.
                let spread = crate::sampling::distributions::Z90 * libm::sqrt(count as f64)
                    / INBOUND_MONTHS as f64;
                let dist = if mean - spread > 0.0 {
                    range(mean - spread, mean + spread)
                } else {
                    Dist::Fixed(significant(mean))
                };
                let basis = Message::with(
                    "calibrate-basis-inbound",
                    Args::new()
                        .text("count", grouped(count as f64))
                        .text("months", grouped(INBOUND_MONTHS as f64)),
                );
                change(
                    scenario,
                    &mut changes,
                    "inbound.opps_per_month",
                    basis,
                    |s| s.inbound.opps_per_month = dist,
                );
            }
        }
    }

    if rates_written {
        change(
            scenario,
            &mut changes,
            "playbook.initial",
            Message::new("calibrate-basis-playbook"),
            |s| s.playbook.initial = 1.0,
        );
    }
    change(
        scenario,
        &mut changes,
        "start_month",
        Message::with(
            "calibrate-basis-start",
            Args::new().text("date", as_of.to_string()),
        ),
        |s| s.start_month = month_after(as_of),
    );
    changes
}
