//! Text for people and programs: money as `$1.2M`, the terminal table of a run, and CSV of
//! summaries and of per-trial samples. Pure functions of a report or run. Quarter labels
//! (`2027 Q1`) come from the model's calendar, shared with the report.

use std::fmt::Write as _;

use crate::engine::outputs::{metrics, Metric};
use crate::model::{quarter_label, Scenario, Workspace};
use crate::report::{ScenarioReport, TrialOutputs, WorkspaceReport};
use crate::stats::Summary;

/// The symbol written before amounts of a currency: `$` for USD, else the code and a space.
pub fn currency_symbol(currency: &str) -> String {
    match currency {
        "" | "USD" => "$".into(),
        "EUR" => "€".into(),
        "GBP" => "£".into(),
        "JPY" => "¥".into(),
        other => format!("{other} "),
    }
}

/// Money for people: `$950`, `$8.5K`, `$85K`, `$1.2M`, `$12M`, `$3.4B`; negative as `−$1.2M`.
pub fn money(x: f64, currency: &str) -> String {
    let symbol = currency_symbol(currency);
    if !x.is_finite() {
        return format!("{symbol}{x}");
    }
    let sign = if x < 0.0 { "−" } else { "" };
    let a = x.abs();
    let (scaled, suffix) = if a >= 1e9 {
        (a / 1e9, "B")
    } else if a >= 1e6 {
        (a / 1e6, "M")
    } else if a >= 1e3 {
        (a / 1e3, "K")
    } else {
        return format!("{sign}{symbol}{}", libm::round(a) as i64);
    };
    let text = if scaled < 9.95 {
        format!("{scaled:.1}")
    } else {
        format!("{:.0}", scaled)
    };
    let text = text.strip_suffix(".0").unwrap_or(&text).to_string();
    format!("{sign}{symbol}{text}{suffix}")
}

/// A count for people: whole numbers plainly, others with one decimal.
pub fn count(x: f64) -> String {
    if (x - x.round()).abs() < 0.05 {
        format!("{}", x.round() as i64)
    } else {
        format!("{x:.1}")
    }
}

/// A probability as a percentage: `63.2%`.
pub fn percent(p: f64) -> String {
    format!("{:.1}%", p * 100.0)
}

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
    let get = |key: &str| s.metric(key).expect("known metric");
    let columns: [(&str, &str, bool); 6] = [
        ("Pipeline created", "pipeline_created.total", true),
        ("Bookings", "bookings.total", true),
        ("Open pipeline", "open_pipeline", true),
        ("AEs", "headcount.ae", false),
        ("SDRs", "headcount.sdr", false),
        ("Cost", "cost.total", true),
    ];
    let cell = |key: &str, money_unit: bool, summary: &Summary| -> String {
        let _ = key;
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
        for (_, key, money_unit) in columns {
            row.push(cell(key, money_unit, &get(key).quarters[q]));
        }
        rows.push(row);
    }
    let mut total = vec!["Horizon".to_string()];
    for (_, key, money_unit) in columns {
        total.push(cell(key, money_unit, &get(key).horizon));
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
    let by_source: Vec<String> = ["founder", "outbound", "sdr", "inbound", "expansion", "pool"]
        .iter()
        .map(|src| format!("{src} {}", m(get(&format!("bookings.{src}")).horizon.p50)))
        .collect();
    let _ = writeln!(
        out,
        "  Bookings by source over the horizon (median): {}",
        by_source.join(", ")
    );
    let cost = get("cost.total").horizon.p50;
    let bookings = get("bookings.total").horizon.p50;
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
        let name = format!("{a} − {b}");
        let labels = &report.scenarios[c.scenario].quarters;
        for d in &c.metrics {
            for (q, summary) in d.quarters.iter().enumerate() {
                row(
                    &name,
                    &format!("{} (A − B)", d.key),
                    &labels[q],
                    summary,
                    Some(d.p_greater_quarter[q]),
                );
            }
            row(
                &name,
                &format!("{} (A − B)", d.key),
                "total",
                &d.horizon,
                Some(d.p_greater),
            );
        }
    }
    out
}

/// The header of the samples CSV for a scenario: `scenario,trial`, then `metric[quarter]` for
/// every metric and quarter.
pub fn samples_csv_header(scenario: &Scenario) -> String {
    let mut out = String::from("scenario,trial");
    for m in metrics() {
        for q in 0..scenario.quarters() {
            let _ = write!(
                out,
                ",{}",
                csv_field(&format!("{}[{}]", m.key(), quarter_label(scenario, q)))
            );
        }
    }
    out.push('\n');
    out
}

/// Writes one row per trial of each scenario's run (its rows or its columns): every metric's value
/// in every quarter.
pub fn write_samples_csv(
    workspace: &Workspace,
    runs: &[impl TrialOutputs],
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let all: Vec<Metric> = metrics();
    let longest = workspace
        .scenarios
        .iter()
        .max_by_key(|s| s.horizon_months)
        .expect("a workspace has a scenario");
    out.write_all(samples_csv_header(longest).as_bytes())?;
    for (i, (scenario, run)) in workspace.scenarios.iter().zip(runs).enumerate() {
        let name = csv_field(&scenario.label(i));
        let mut line = String::new();
        for t in 0..run.trials() {
            line.clear();
            let _ = write!(line, "{name},{t}");
            for m in &all {
                for q in 0..longest.quarters() {
                    if q < run.quarters() {
                        let _ = write!(line, ",{}", run.value(t, q, m.index));
                    } else {
                        line.push(',');
                    }
                }
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
    fn money_reads_like_a_person_writes_it() {
        assert_eq!(money(950.0, "USD"), "$950");
        assert_eq!(money(8_500.0, "USD"), "$8.5K");
        assert_eq!(money(85_000.0, "USD"), "$85K");
        assert_eq!(money(1_234_567.0, "USD"), "$1.2M");
        assert_eq!(money(1_000_000.0, "USD"), "$1M");
        assert_eq!(money(12_400_000.0, "USD"), "$12M");
        assert_eq!(money(-1_200_000.0, "USD"), "−$1.2M");
        assert_eq!(money(3.4e9, "EUR"), "€3.4B");
        assert_eq!(money(2_000.0, "CHF"), "CHF 2K");
    }

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
    }
}

/// A file name from a model's name: lower-case letters, digits and dashes, at most 60
/// characters; `pipesim` when nothing is left.
pub fn file_stem(name: &str) -> String {
    let mut stem = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            stem.push(c);
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
        if stem.len() >= 60 {
            break;
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "pipesim".to_string()
    } else {
        stem.to_string()
    }
}

/// A moment as `2026-11-23 21:45 UTC`, from milliseconds since 1970.
pub fn utc_minute(ms: f64) -> String {
    let minutes = (ms / 60_000.0).floor() as i64;
    let (days, minute_of_day) = (minutes.div_euclid(1440), minutes.rem_euclid(1440));
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        minute_of_day / 60,
        minute_of_day % 60
    )
}

#[cfg(test)]
mod file_and_date_tests {
    use super::*;

    #[test]
    fn file_stems_are_safe() {
        assert_eq!(
            file_stem("Founder-led vs VP first"),
            "founder-led-vs-vp-first"
        );
        assert_eq!(
            file_stem("<img src=x onerror=alert(1)>"),
            "img-src-x-onerror-alert-1"
        );
        assert_eq!(file_stem("../../etc/passwd"), "etc-passwd");
        assert_eq!(file_stem("東京"), "pipesim");
    }

    #[test]
    fn dates_read_in_utc() {
        assert_eq!(utc_minute(0.0), "1970-01-01 00:00 UTC");
        // 2026-11-23 21:45:30 UTC, checked with `date -u -d @1795470330`.
        assert_eq!(utc_minute(1_795_470_330_000.0), "2026-11-23 21:45 UTC");
        assert_eq!(utc_minute(951_782_400_000.0), "2000-02-29 00:00 UTC");
    }
}
