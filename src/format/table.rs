//! The terminal table of a workspace run: per scenario, each quarter's median and P10–P90 of
//! pipeline, bookings, headcount and cost, then bookings by source and the target odds; then
//! each paired comparison.

use std::fmt::Write as _;

use super::money::{count, money, percent};
use crate::engine::outputs::{MetricId, Role, Source};
use crate::report::{ScenarioReport, WorkspaceReport};
use crate::stats::Summary;

fn pad(text: &str, width: usize) -> String {
    let len = text.chars().count();
    if len >= width {
        text.to_string()
    } else {
        format!("{}{text}", " ".repeat(width - len))
    }
}

fn range(s: &Summary, fmt: &dyn Fn(f64) -> String) -> String {
    format!("{} ({}–{})", fmt(s.p50), fmt(s.p10), fmt(s.p90))
}

/// The terminal table of a workspace run.
pub fn table(report: &WorkspaceReport) -> String {
    let mut out = String::new();
    for (i, s) in report.scenarios.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        scenario_table(&mut out, s, report);
    }
    for c in &report.comparisons {
        let a = &report.scenarios[c.scenario];
        let b = &report.scenarios[c.baseline];
        let _ = writeln!(
            out,
            "\n{} vs {} (baseline), paired over {} trials",
            a.name_or_index(c.scenario),
            b.name_or_index(c.baseline),
            report.trials
        );
        for d in &c.metrics {
            let m = |x: f64| money(x, &a.currency);
            let _ = writeln!(
                out,
                "  {:<24} A − B median {}  P10 {}  P90 {}  P(A > B) {}",
                d.key,
                m(d.horizon.p50),
                m(d.horizon.p10),
                m(d.horizon.p90),
                percent(d.p_greater)
            );
        }
    }
    out
}

impl ScenarioReport {
    /// The name, or `scenario N` when unnamed.
    pub fn name_or_index(&self, index: usize) -> String {
        crate::model::scenario_label(&self.name, index)
    }
}

fn scenario_table(out: &mut String, s: &ScenarioReport, report: &WorkspaceReport) {
    let index = report
        .scenarios
        .iter()
        .position(|x| std::ptr::eq(x, s))
        .unwrap_or(0);
    let _ = writeln!(
        out,
        "{} — {} trials, seed {}; median (P10–P90)",
        s.name_or_index(index),
        report.trials,
        report.seed
    );
    let m = |x: f64| money(x, &s.currency);
    let get = |id: MetricId| s.summary(id).expect("every metric is summarised");
    let columns: [(&str, MetricId, bool); 6] = [
        ("Pipeline created", MetricId::PIPELINE_CREATED_TOTAL, true),
        ("Bookings", MetricId::BOOKINGS_TOTAL, true),
        ("Open pipeline", MetricId::OPEN_PIPELINE, true),
        ("AEs", MetricId::headcount(Role::Ae), false),
        ("SDRs", MetricId::headcount(Role::Sdr), false),
        ("Cost", MetricId::COST_TOTAL, true),
    ];
    let cell = |money_unit: bool, summary: &Summary| -> String {
        if money_unit {
            range(summary, &m)
        } else {
            range(summary, &count)
        }
    };
    let mut rows: Vec<Vec<String>> = Vec::new();
    rows.push(
        std::iter::once("Quarter".to_string())
            .chain(columns.iter().map(|c| c.0.to_string()))
            .collect(),
    );
    for (q, label) in s.quarters.iter().enumerate() {
        let mut row = vec![label.clone()];
        for (_, id, money_unit) in columns {
            row.push(cell(money_unit, &get(id).quarters[q]));
        }
        rows.push(row);
    }
    let mut total = vec!["Horizon".to_string()];
    for (_, id, money_unit) in columns {
        total.push(cell(money_unit, &get(id).horizon));
    }
    rows.push(total);
    let widths: Vec<usize> = (0..rows[0].len())
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    for (r, row) in rows.iter().enumerate() {
        let line: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(c, text)| {
                if c == 0 {
                    format!("{text:<w$}", w = widths[0])
                } else {
                    pad(text, widths[c])
                }
            })
            .collect();
        let _ = writeln!(out, "  {}", line.join("  "));
        if r == 0 || r + 2 == rows.len() {
            let _ = writeln!(
                out,
                "  {}",
                "-".repeat(widths.iter().sum::<usize>() + 2 * (widths.len() - 1))
            );
        }
    }
    let by_source: Vec<String> = Source::ALL
        .iter()
        .map(|&source| {
            let median = get(MetricId::bookings(source)).horizon.p50;
            format!("{} {}", source.key(), m(median))
        })
        .collect();
    let _ = writeln!(
        out,
        "  Bookings by source over the horizon (median): {}",
        by_source.join(", ")
    );
    let cost = get(MetricId::COST_TOTAL).horizon.p50;
    let bookings = get(MetricId::BOOKINGS_TOTAL).horizon.p50;
    if cost > 0.0 {
        let _ = writeln!(
            out,
            "  Median bookings per unit of cost: {:.2}",
            bookings / cost
        );
    }
    match &s.targets {
        Some(t) => {
            let quarters: Vec<String> = s
                .quarters
                .iter()
                .zip(&t.p_hit_quarter)
                .map(|(l, p)| format!("{l} {}", percent(*p)))
                .collect();
            let _ = writeln!(
                out,
                "  P(bookings ≥ target {} over the horizon): {}",
                m(t.total),
                percent(t.p_hit_total)
            );
            let _ = writeln!(out, "  P(quarter ≥ its target): {}", quarters.join(", "));
        }
        None => {
            let _ = writeln!(
                out,
                "  No bookings target set (targets.bookings_per_quarter)."
            );
        }
    }
}
