//! The terminal table of a workspace run: per scenario, each quarter's median and P10–P90 of
//! pipeline, bookings, headcount and cost, then bookings by source and the target odds; then
//! each paired comparison. Its words are the catalogue's (`locales/*/cli.ftl`), its money the
//! language's (`locale::money`); metric keys and source keys stay as files write them.

use std::fmt::Write as _;

use super::locale::{money, quarter, whole};
use super::money::percent;
use crate::engine::outputs::{MetricId, Role, Source};
use crate::i18n::{Args, Catalogue};
use crate::report::{ScenarioReport, WorkspaceReport};
use crate::stats::Summary;

/// The columns `text` takes in a terminal: East Asian wide characters (Chinese, full-width
/// punctuation) take two, so that columns of Chinese words line up.
pub fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 => 2,
            _ => 1,
        })
        .sum()
}

/// `text` padded with spaces to `width` display columns ([`display_width`]): on the left
/// (aligned right) when `right`, else on the right. Text as wide or wider is left as it is.
pub fn pad(text: &str, width: usize, right: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(display_width(text)));
    if right {
        format!("{fill}{text}")
    } else {
        format!("{text}{fill}")
    }
}

fn range(s: &Summary, fmt: &dyn Fn(f64) -> String) -> String {
    format!("{} ({}–{})", fmt(s.p50), fmt(s.p10), fmt(s.p90))
}

/// The terminal table of a workspace run, in the catalogue's language.
pub fn table(report: &WorkspaceReport, catalogue: &Catalogue) -> String {
    let say = |id: &str, args: Args| catalogue.say(id, &args);
    let lang = catalogue.lang();
    let mut out = String::new();
    for (i, s) in report.scenarios.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        scenario_table(&mut out, s, report, catalogue);
    }
    for c in &report.comparisons {
        let a = &report.scenarios[c.scenario];
        let b = &report.scenarios[c.baseline];
        let heading = say(
            "table-comparison",
            Args::new()
                .text("a", a.name_or_index(c.scenario))
                .text("b", b.name_or_index(c.baseline))
                .number("n", f64::from(report.trials))
                .text("trials", report.trials.to_string()),
        );
        let _ = writeln!(out, "\n{heading}");
        for d in &c.metrics {
            let m = |x: f64| money(lang, x, &a.currency);
            let line = say(
                "table-difference",
                Args::new()
                    .text("median", m(d.horizon.p50))
                    .text("p10", m(d.horizon.p10))
                    .text("p90", m(d.horizon.p90))
                    .text("chance", percent(d.p_greater)),
            );
            let _ = writeln!(out, "  {:<24} {line}", d.key);
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

fn scenario_table(
    out: &mut String,
    s: &ScenarioReport,
    report: &WorkspaceReport,
    catalogue: &Catalogue,
) {
    let say = |id: &str, args: Args| catalogue.say(id, &args);
    let lang = catalogue.lang();
    let index = report
        .scenarios
        .iter()
        .position(|x| std::ptr::eq(x, s))
        .unwrap_or(0);
    let heading = say(
        "table-scenario",
        Args::new()
            .text("name", s.name_or_index(index))
            .number("n", f64::from(report.trials))
            .text("trials", report.trials.to_string())
            .text("seed", report.seed.to_string()),
    );
    let _ = writeln!(out, "{heading}");
    let m = |x: f64| money(lang, x, &s.currency);
    // Headcounts are whole people, even at a percentile between two trials (`12 (10–13)`).
    let people = |x: f64| whole(lang, x);
    let get = |id: MetricId| s.summary(id).expect("every metric is summarised");
    let columns: [(&str, MetricId, bool); 6] = [
        (
            "table-pipeline-created",
            MetricId::PIPELINE_CREATED_TOTAL,
            true,
        ),
        ("table-bookings", MetricId::BOOKINGS_TOTAL, true),
        ("table-open-pipeline", MetricId::OPEN_PIPELINE, true),
        ("table-aes", MetricId::headcount(Role::Ae), false),
        ("table-sdrs", MetricId::headcount(Role::Sdr), false),
        ("table-cost", MetricId::COST_TOTAL, true),
    ];
    let cell = |money_unit: bool, summary: &Summary| -> String {
        if money_unit {
            range(summary, &m)
        } else {
            range(summary, &people)
        }
    };
    let mut rows: Vec<Vec<String>> = Vec::new();
    rows.push(
        std::iter::once(say("table-quarter", Args::new()))
            .chain(columns.iter().map(|c| say(c.0, Args::new())))
            .collect(),
    );
    for (q, label) in s.quarters.iter().enumerate() {
        let mut row = vec![quarter(catalogue, label)];
        for (_, id, money_unit) in columns {
            row.push(cell(money_unit, &get(id).quarters[q]));
        }
        rows.push(row);
    }
    let mut total = vec![say("table-horizon", Args::new())];
    for (_, id, money_unit) in columns {
        total.push(cell(money_unit, &get(id).horizon));
    }
    rows.push(total);
    let widths: Vec<usize> = (0..rows[0].len())
        .map(|c| rows.iter().map(|r| display_width(&r[c])).max().unwrap_or(0))
        .collect();
    for (r, row) in rows.iter().enumerate() {
        let line: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(c, text)| pad(text, widths[c], c > 0))
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
    let by_source = say(
        "table-by-source",
        Args::new().text("sources", by_source.join(", ")),
    );
    let _ = writeln!(out, "  {by_source}");
    let cost = get(MetricId::COST_TOTAL).horizon.p50;
    let bookings = get(MetricId::BOOKINGS_TOTAL).horizon.p50;
    if cost > 0.0 {
        let per_cost = say(
            "table-per-cost",
            Args::new().text("ratio", format!("{:.2}", bookings / cost)),
        );
        let _ = writeln!(out, "  {per_cost}");
    }
    match &s.targets {
        Some(t) => {
            let quarters: Vec<String> = s
                .quarters
                .iter()
                .zip(&t.p_hit_quarter)
                .map(|(l, p)| format!("{} {}", quarter(catalogue, l), percent(*p)))
                .collect();
            let total = say(
                "table-target-total",
                Args::new()
                    .text("target", m(t.total))
                    .text("chance", percent(t.p_hit_total)),
            );
            let _ = writeln!(out, "  {total}");
            let each = say(
                "table-target-quarters",
                Args::new().text("quarters", quarters.join(", ")),
            );
            let _ = writeln!(out, "  {each}");
        }
        None => {
            let _ = writeln!(out, "  {}", say("table-no-target", Args::new()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::RunSettings;
    use crate::model::Workspace;
    use crate::report::{report_workspace, run_workspace};

    /// A percentile of headcounts falls between two trials' whole counts; the table shows the
    /// nearest whole person, never `13.1` AEs.
    #[test]
    fn headcounts_show_whole_people() {
        let workspace = Workspace::single(crate::presets::find("founder-led").unwrap().scenario());
        let settings = RunSettings {
            trials: 40,
            seed: 3,
            threads: 1,
        };
        let runs = run_workspace(&workspace, &settings, &|_| {}, &Default::default()).unwrap();
        let mut report = report_workspace(&workspace, &settings, &runs);
        for m in &mut report.scenarios[0].metrics {
            if m.id == MetricId::headcount(Role::Ae) || m.id == MetricId::headcount(Role::Sdr) {
                for s in m.quarters.iter_mut().chain([&mut m.horizon]) {
                    (s.p10, s.p50, s.p90) = (10.0, 12.4, 13.1);
                }
            }
        }
        let text = table(&report, &crate::i18n::english_catalogue());
        assert!(!text.contains("13.1") && !text.contains("12.4"), "{text}");
        let rows = text.lines().filter(|l| l.contains("12 (10–13)")).count();
        assert!(rows >= 9, "every quarter and the horizon: {text}");
    }
}
