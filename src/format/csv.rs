//! CSV for spreadsheets and scripts: every summary of a run, and every trial's value of every
//! metric in every quarter and over the horizon. Text fields are quoted when needed and defused
//! against formulas.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::engine::outputs::{horizon_value_of, metrics, Metric};
use crate::model::calendar::{calendar_quarter, calendar_quarter_label};
use crate::model::{Scenario, Workspace};
use crate::report::{TrialOutputs, WorkspaceReport};
use crate::stats::Summary;

/// Quotes a CSV field when needed, and defuses text that a spreadsheet would run as a formula.
pub fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn num(x: f64) -> String {
    format!("{x}")
}

/// CSV of every summary: one row per scenario, metric and period (quarter or `total`), then
/// one row per comparison metric and period with `p_greater`.
pub fn summaries_csv(report: &WorkspaceReport) -> String {
    let mut out =
        String::from("scenario,metric,period,mean,sd,p5,p10,p25,p50,p75,p90,p95,p_greater\n");
    let mut row = |scenario: &str, metric: &str, period: &str, s: &Summary, p: Option<f64>| {
        let _ = write!(
            out,
            "{},{},{},{},{}",
            csv_field(scenario),
            csv_field(metric),
            csv_field(period),
            num(s.mean),
            num(s.sd)
        );
        for v in s.percentiles() {
            let _ = write!(out, ",{}", num(v));
        }
        let _ = writeln!(out, ",{}", p.map(num).unwrap_or_default());
    };
    for (i, s) in report.scenarios.iter().enumerate() {
        let name = s.name_or_index(i);
        for m in &s.metrics {
            for (q, summary) in m.quarters.iter().enumerate() {
                row(&name, &m.key, &s.quarters[q], summary, None);
            }
            row(&name, &m.key, "total", &m.horizon, None);
        }
    }
    for c in &report.comparisons {
        let a = report.scenarios[c.scenario].name_or_index(c.scenario);
        let b = report.scenarios[c.baseline].name_or_index(c.baseline);
        // ASCII in data: a program reading the file matches `A - B` as typed.
        let name = format!("{a} - {b}");
        let labels = &report.scenarios[c.scenario].quarters;
        for d in &c.metrics {
            for (q, summary) in d.quarters.iter().enumerate() {
                row(
                    &name,
                    &format!("{} (A - B)", d.key),
                    &labels[q],
                    summary,
                    Some(d.p_greater_quarter[q]),
                );
            }
            row(
                &name,
                &format!("{} (A - B)", d.key),
                "total",
                &d.horizon,
                Some(d.p_greater),
            );
        }
    }
    out
}

/// The calendar quarters the samples CSV has a column for: every quarter some scenario covers,
/// in calendar order. Scenarios that start in different months each fill their own quarters'
/// columns, so a value is always under the label its scenario's report gives it.
fn sample_quarters(scenarios: &[Scenario]) -> Vec<i64> {
    let quarters: BTreeSet<i64> = scenarios
        .iter()
        .flat_map(|s| (0..s.quarters()).map(move |q| calendar_quarter(s, q)))
        .collect();
    quarters.into_iter().collect()
}

/// The header of the samples CSV of these scenarios: `scenario,trial`, then for every metric
/// `metric[quarter]` for every calendar quarter any of them covers ([`sample_quarters`]) and
/// `metric[total]`, its horizon value (as the summaries' `total` period).
pub fn samples_csv_header(scenarios: &[Scenario]) -> String {
    let quarters = sample_quarters(scenarios);
    let mut out = String::from("scenario,trial");
    for m in metrics() {
        let key = m.key();
        for &n in &quarters {
            let label = calendar_quarter_label(n);
            let _ = write!(out, ",{}", csv_field(&format!("{key}[{label}]")));
        }
        let _ = write!(out, ",{}", csv_field(&format!("{key}[total]")));
    }
    out.push('\n');
    out
}

/// Writes one row per trial of each scenario's run (its rows or its columns): every metric's value
/// in each of the scenario's own quarters, an empty cell in a quarter it does not cover, and its
/// value over the scenario's horizon (the same bits as the report's horizon summaries read).
pub fn write_samples_csv(
    workspace: &Workspace,
    runs: &[impl TrialOutputs],
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let all: Vec<Metric> = metrics();
    let quarters = sample_quarters(&workspace.scenarios);
    out.write_all(samples_csv_header(&workspace.scenarios).as_bytes())?;
    for (i, (scenario, run)) in workspace.scenarios.iter().zip(runs).enumerate() {
        let name = csv_field(&scenario.label(i));
        let first = calendar_quarter(scenario, 0);
        // The scenario's quarter in each column, if it has one.
        let slots: Vec<Option<usize>> = quarters
            .iter()
            .map(|&n| {
                usize::try_from(n - first)
                    .ok()
                    .filter(|&q| q < run.quarters())
            })
            .collect();
        let mut line = String::new();
        for t in 0..run.trials() {
            line.clear();
            let _ = write!(line, "{name},{t}");
            for m in &all {
                for slot in &slots {
                    match slot {
                        Some(q) => {
                            let _ = write!(line, ",{}", run.value(t, *q, m.index));
                        }
                        None => line.push(','),
                    }
                }
                let total =
                    horizon_value_of(m, (0..run.quarters()).map(|q| run.value(t, q, m.index)));
                let _ = write!(line, ",{total}");
            }
            line.push('\n');
            out.write_all(line.as_bytes())?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
    }
}
