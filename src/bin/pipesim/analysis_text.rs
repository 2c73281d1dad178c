//! An analysis's results as text: the tables people read and the CSV scripts read (the JSON is
//! the study's report as it is). Everything printed comes from the study alone, never from how
//! it was run, so the merged parts of a sharded run print exactly what the whole run prints.

use std::fmt::Write as _;

use pipesim::analysis::seek::SeekReport;
use pipesim::analysis::sensitivity::SensitivityReport;
use pipesim::analysis::study::{value_text, REFINED_BANDS, REFINED_INPUTS, SCREENING_SHARE};
use pipesim::analysis::sweep::SweepReport;
use pipesim::analysis::{input_at, Study, StudyReport, StudyResult};
use pipesim::format::{csv_field, display_width, money, pad, percent};
use pipesim::model::analysis::AnalysisKind;

use crate::cli::Format;

/// The study's results in `format`.
pub fn render(study: &Study, format: Format) -> String {
    let report = study.report();
    match format {
        Format::Json => serde_json::to_string_pretty(&report).expect("a report serialises") + "\n",
        Format::Table => table(study, &report),
        Format::Csv => csv(&report),
    }
}

/// How the numbers of one study are written.
struct Numbers {
    currency: String,
    /// The output is a chance (else a median of the measure).
    chance: bool,
    /// The measure is money.
    money: bool,
}

impl Numbers {
    fn of(study: &Study, report: &StudyReport) -> Numbers {
        Numbers {
            currency: report.currency.clone(),
            chance: report.chance,
            money: study.measure().is_money(),
        }
    }

    /// A value of the measure.
    fn measure(&self, x: f64) -> String {
        if self.money {
            money(x, &self.currency)
        } else {
            plain(x)
        }
    }

    /// A value of the output: a chance, or the measure's median.
    fn output(&self, x: f64) -> String {
        if self.chance {
            percent(x)
        } else {
            self.measure(x)
        }
    }

    /// A difference of outputs, signed: `+$1.2M`, `−0.4`, `+12.0 pts` (of chance).
    fn difference(&self, x: f64) -> String {
        let sign = if x > 0.0 {
            "+"
        } else if x < 0.0 {
            "−"
        } else {
            ""
        };
        format!("{sign}{}", self.magnitude(x.abs()))
    }

    /// A size of a difference, unsigned.
    fn magnitude(&self, x: f64) -> String {
        if self.chance {
            format!("{:.1} pts", x * 100.0)
        } else {
            self.measure(x)
        }
    }
}

/// A number that is not money: whole above 1,000, else to two decimals at most.
fn plain(x: f64) -> String {
    let text = if x.abs() >= 1000.0 {
        format!("{x:.0}")
    } else if x.abs() >= 10.0 {
        format!("{x:.1}")
    } else {
        format!("{x:.2}")
    };
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    };
    match text.strip_prefix('-') {
        Some(rest) if rest != "0" => format!("−{rest}"),
        Some(_) => "0".into(),
        None => text,
    }
}

/// Rows of cells in columns padded to their widest cell (by display width: a Chinese
/// character takes two columns), those marked in `right` aligned right.
/// The last cell of a row shorter than the others (a refused value's reason) runs on unpadded.
fn grid(out: &mut String, rows: &[Vec<String>], right: &[bool]) {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let spans = |row: &Vec<String>, c: usize| row.len() < columns && c + 1 == row.len();
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .filter(|r| c < r.len() && !spans(r, c))
                .map(|r| display_width(&r[c]))
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in rows {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            line.push_str("  ");
            if spans(row, c) {
                line.push_str(cell);
                continue;
            }
            line.push_str(&pad(
                cell,
                widths[c],
                right.get(c).copied().unwrap_or(false),
            ));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

fn strings<const N: usize>(cells: [&str; N]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

/// `scenario 2 (Series A)`.
fn scenario_words(study: &Study, report: &StudyReport) -> String {
    let n = study.spec().scenario + 1;
    if report.scenario.trim().is_empty() {
        format!("scenario {n}")
    } else {
        format!("scenario {n} ({})", report.scenario)
    }
}

fn table(study: &Study, report: &StudyReport) -> String {
    let numbers = Numbers::of(study, report);
    match &report.result {
        StudyResult::Sensitivity(t) => tornado_table(study, report, t, &numbers),
        StudyResult::Sweep(s) => sweep_table(study, report, s, &numbers),
        StudyResult::Seek(s) => seek_table(study, report, s, &numbers),
    }
}

fn tornado_table(
    study: &Study,
    report: &StudyReport,
    t: &SensitivityReport,
    numbers: &Numbers,
) -> String {
    let mut out = String::new();
    let measure = study.measure().key();
    let _ = writeln!(
        out,
        "Sensitivity of {} ({}), {}",
        report.output_label,
        report.output,
        scenario_words(study, report)
    );
    let first = (report.trials / SCREENING_SHARE).max(1).min(report.trials);
    let _ = writeln!(
        out,
        "{} trials a point from seed {}: every input first at {first} trials, then the {REFINED_INPUTS} largest bars clear of noise and the {REFINED_BANDS} uncertainties that narrow the band most at {}",
        report.trials, report.seed, report.trials
    );
    if let (Some(base), Some((p10, p90))) = (t.base, t.base_band) {
        let _ = writeln!(
            out,
            "As it is: {} (P10–P90 of {measure}: {} to {})",
            numbers.output(base),
            numbers.measure(p10),
            numbers.measure(p90)
        );
    }
    out.push('\n');
    if t.bars.is_empty() {
        out.push_str("No input of this scenario moves.\n");
    } else {
        let _ = writeln!(
            out,
            "What moves it most: each input at a low and a high value, everything else as it is"
        );
        let mut rows = vec![strings([
            "#",
            "input",
            "field",
            "low",
            "high",
            "at low",
            "at high",
            "swing",
            "std error",
            "trials",
            "",
        ])];
        for (i, bar) in t.bars.iter().enumerate() {
            rows.push(vec![
                format!("{}", i + 1),
                bar.label.clone(),
                bar.path.clone(),
                bar.low_text.clone(),
                bar.high_text.clone(),
                numbers.output(bar.low),
                numbers.output(bar.high),
                numbers.difference(bar.swing),
                numbers.magnitude(bar.standard_error),
                format!("{}", bar.trials),
                if bar.within_noise { "~" } else { "" }.into(),
            ]);
        }
        let right = [
            true, false, false, true, true, true, true, true, true, true, false,
        ];
        grid(&mut out, &rows, &right);
        if t.bars.iter().any(|b| b.within_noise) {
            out.push_str(
                "  ~ within 2 standard errors of zero: not told apart from noise at these trials\n",
            );
        }
    }
    out.push('\n');
    if t.bands.is_empty() {
        out.push_str(
            "No uncertain input of this scenario is in use: the band has no inputs to fix.\n",
        );
    } else {
        let _ = writeln!(
            out,
            "What widens the band: each uncertain input fixed at its median; P10–P90 of {measure}"
        );
        let mut rows = vec![strings([
            "input",
            "field",
            "fixed at",
            "P10",
            "P90",
            "narrows by",
            "share",
            "trials",
        ])];
        for band in &t.bands {
            rows.push(vec![
                band.label.clone(),
                band.path.clone(),
                band.median_text.clone(),
                numbers.measure(band.p10),
                numbers.measure(band.p90),
                if numbers.money {
                    money(band.narrowing, &numbers.currency)
                } else {
                    plain(band.narrowing)
                },
                signed_percent(band.share),
                format!("{}", band.trials),
            ]);
        }
        let right = [false, false, true, true, true, true, true, true];
        grid(&mut out, &rows, &right);
    }
    out
}

fn sweep_table(study: &Study, report: &StudyReport, s: &SweepReport, numbers: &Numbers) -> String {
    let mut out = String::new();
    let range = match (&study.spec().kind, input_at(study.scenario(), &s.field)) {
        (AnalysisKind::Sweep { from, to, .. }, Ok(input)) => format!(
            " from {} to {}",
            value_text(&input, *from, &report.currency),
            value_text(&input, *to, &report.currency)
        ),
        _ => String::new(),
    };
    let n = s.rows.len();
    let _ = writeln!(
        out,
        "Sweep of {} ({}): {n} value{}{range}",
        s.label,
        s.field,
        if n == 1 { "" } else { "s" }
    );
    let measure = study.measure().key();
    let statistic = if report.chance {
        format!("the chance; P10 and P90 are of {measure}")
    } else {
        "the median".into()
    };
    let _ = writeln!(
        out,
        "Output: {} ({}), {statistic}; {}, {} trials a value from seed {}",
        report.output_label,
        report.output,
        scenario_words(study, report),
        report.trials,
        report.seed
    );
    out.push('\n');
    let mut rows = vec![strings([
        "value",
        if report.chance { "chance" } else { "median" },
        "P10",
        "P90",
        "median cost",
        "",
    ])];
    for (i, row) in s.rows.iter().enumerate() {
        let mut cells = vec![row.value_text.clone()];
        match (row.output, row.summary, &row.refused) {
            (Some(output), Some(summary), _) => cells.extend([
                numbers.output(output),
                numbers.measure(summary.p10),
                numbers.measure(summary.p90),
                money(summary.cost, &numbers.currency),
                if s.best == Some(i) { "best" } else { "" }.into(),
            ]),
            (_, _, Some(reason)) => cells.push(format!("refused: {reason}")),
            _ => cells.push("not run".into()),
        }
        rows.push(cells);
    }
    grid(&mut out, &rows, &[true, true, true, true, true, false]);
    out
}

fn seek_table(study: &Study, report: &StudyReport, s: &SeekReport, numbers: &Numbers) -> String {
    let mut out = String::new();
    let currency = &report.currency;
    let (goal, levers) = match &study.spec().kind {
        AnalysisKind::Seek { goal, levers } => (Some(goal), levers.as_slice()),
        _ => (None, &[][..]),
    };
    if let Some(goal) = goal {
        let _ = writeln!(
            out,
            "Goal seek: {} {} {} with a chance of at least {}",
            goal.output,
            if goal.at_least { "≥" } else { "≤" },
            numbers.measure(goal.threshold),
            percent(s.required)
        );
    }
    let _ = writeln!(
        out,
        "{}, {} trials a setting from seed {}",
        capitalised(&scenario_words(study, report)),
        report.trials,
        report.seed
    );
    let mut lever_words = Vec::new();
    for (lever, spec) in s.levers.iter().zip(levers) {
        let Ok(input) = input_at(study.scenario(), &spec.field) else {
            continue;
        };
        let step = spec
            .step
            .map(|x| format!(" by {}", value_text(&input, x, currency)))
            .unwrap_or_default();
        lever_words.push(format!(
            "{} ({}) from {} to {}{step}, {} values",
            lever.label,
            lever.path,
            value_text(&input, spec.from, currency),
            value_text(&input, spec.to, currency),
            lever.values
        ));
    }
    let _ = writeln!(out, "Levers: {}", lever_words.join("; "));
    out.push('\n');
    let setting = |texts: &[String]| {
        s.levers
            .iter()
            .zip(texts)
            .map(|(l, t)| format!("{} {t}", l.label))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match &s.choice {
        Some(c) if s.met => {
            let _ = writeln!(
                out,
                "Chosen: {} · chance {} · median cost {}",
                setting(&c.texts),
                percent(c.chance),
                money(c.cost, currency)
            );
        }
        Some(c) => {
            let _ = writeln!(
                out,
                "Nothing in range meets the goal. The best reached: {} · chance {} · median cost {}",
                setting(&c.texts),
                percent(c.chance),
                money(c.cost, currency)
            );
        }
        None => out.push_str("No setting in range could be run.\n"),
    }
    out.push('\n');
    let lattice: usize = s.levers.iter().map(|l| l.values).product();
    let _ = writeln!(
        out,
        "Frontier: every setting tried ({} of {lattice})",
        s.tried
    );
    let two = s.levers.len() > 1;
    let mut header = Vec::new();
    if two {
        header.push(s.levers[1].path.clone());
    }
    header.extend(strings([
        &s.levers[0].path,
        "chance",
        "median cost",
        "meets",
        "",
    ]));
    let mut rows = vec![header];
    for series in &s.series {
        for point in &series.points {
            let mut cells = Vec::new();
            if two {
                cells.push(series.value_text.clone().unwrap_or_default());
            }
            cells.push(point.value_text.clone());
            let chosen = s.choice.as_ref().is_some_and(|c| {
                c.values[0] == point.value && (!two || series.value == c.values.get(1).copied())
            });
            match (point.chance, point.cost) {
                (Some(chance), Some(cost)) => cells.extend([
                    percent(chance),
                    money(cost, currency),
                    if point.meets { "yes" } else { "" }.into(),
                    if chosen { "chosen" } else { "" }.into(),
                ]),
                _ => cells.push("refused by the model".into()),
            }
            rows.push(cells);
        }
    }
    let right: Vec<bool> = (0..rows[0].len()).map(|c| c < rows[0].len() - 2).collect();
    grid(&mut out, &rows, &right);
    out
}

/// A share as a whole percentage, negative with a minus sign: `41%`, `−6%`.
fn signed_percent(x: f64) -> String {
    let text = format!("{:.0}%", (x * 100.0).abs());
    if x < 0.0 && text != "0%" {
        format!("−{text}")
    } else {
        text
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn num(x: f64) -> String {
    format!("{x}")
}

fn opt(x: Option<f64>) -> String {
    x.map(num).unwrap_or_default()
}

/// One row per bar and per band (sensitivity), value (sweep) or setting tried (seek), with
/// stable ASCII column keys; numbers in full, values in their units beside them.
fn csv(report: &StudyReport) -> String {
    let mut out = String::new();
    let mut line = |cells: Vec<String>| {
        out.push_str(&cells.join(","));
        out.push('\n');
    };
    let text = |t: &str| csv_field(t);
    match &report.result {
        StudyResult::Sensitivity(t) => {
            line(strings([
                "kind",
                "path",
                "label",
                "low_value",
                "high_value",
                "low_text",
                "high_text",
                "output_low",
                "output_high",
                "swing",
                "standard_error",
                "within_noise",
                "trials",
                "base",
                "fixed_at",
                "p10",
                "p90",
                "narrowing",
                "narrowing_share",
            ]));
            for b in &t.bars {
                let mut cells = vec![
                    "bar".into(),
                    text(&b.path),
                    text(&b.label),
                    num(b.low_value),
                    num(b.high_value),
                    text(&b.low_text),
                    text(&b.high_text),
                    num(b.low),
                    num(b.high),
                    num(b.swing),
                    num(b.standard_error),
                    b.within_noise.to_string(),
                    b.trials.to_string(),
                    num(b.base),
                ];
                cells.extend(std::iter::repeat_n(String::new(), 5));
                line(cells);
            }
            for b in &t.bands {
                let mut cells = vec!["band".into(), text(&b.path), text(&b.label)];
                cells.extend(std::iter::repeat_n(String::new(), 9));
                cells.extend([
                    b.trials.to_string(),
                    String::new(),
                    text(&b.median_text),
                    num(b.p10),
                    num(b.p90),
                    num(b.narrowing),
                    num(b.share),
                ]);
                line(cells);
            }
        }
        StudyResult::Sweep(s) => {
            line(strings([
                "field",
                "value",
                "value_text",
                "output",
                "p10",
                "p50",
                "p90",
                "cost",
                "cost_p10",
                "cost_p90",
                "best",
                "refused",
            ]));
            for (i, r) in s.rows.iter().enumerate() {
                let m = r.summary;
                line(vec![
                    text(&s.field),
                    num(r.value),
                    text(&r.value_text),
                    opt(r.output),
                    opt(m.map(|m| m.p10)),
                    opt(m.map(|m| m.p50)),
                    opt(m.map(|m| m.p90)),
                    opt(m.map(|m| m.cost)),
                    opt(m.map(|m| m.cost_p10)),
                    opt(m.map(|m| m.cost_p90)),
                    (s.best == Some(i)).to_string(),
                    text(r.refused.as_deref().unwrap_or("")),
                ]);
            }
        }
        StudyResult::Seek(s) => {
            line(strings([
                "lever_1",
                "value_1",
                "value_1_text",
                "lever_2",
                "value_2",
                "value_2_text",
                "chance",
                "median_cost",
                "meets",
                "chosen",
            ]));
            let second = s.levers.get(1).map(|l| text(&l.path)).unwrap_or_default();
            for series in &s.series {
                for p in &series.points {
                    let chosen = s.choice.as_ref().is_some_and(|c| {
                        c.values[0] == p.value && series.value == c.values.get(1).copied()
                    });
                    line(vec![
                        text(&s.levers[0].path),
                        num(p.value),
                        text(&p.value_text),
                        second.clone(),
                        opt(series.value),
                        text(series.value_text.as_deref().unwrap_or("")),
                        opt(p.chance),
                        opt(p.cost),
                        p.meets.to_string(),
                        chosen.to_string(),
                    ]);
                }
            }
        }
    }
    out
}
