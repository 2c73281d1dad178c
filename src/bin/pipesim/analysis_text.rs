//! An analysis's results as text: the tables people read, in their language (words from the
//! catalogue's `analysis-…` messages, money and units as the language writes them), and the CSV
//! scripts read (the JSON is the study's report as it is). Everything printed comes from the study alone, never from how
//! it was run, so the merged parts of a sharded run print exactly what the whole run prints.

use std::fmt::Write as _;

use pipesim::analysis::seek::{SeekChoice, SeekReport};
use pipesim::analysis::sensitivity::SensitivityReport;
use pipesim::analysis::study::{
    output_words, value_words, REFINED_BANDS, REFINED_INPUTS, SCREENING_SHARE,
};
use pipesim::analysis::sweep::SweepReport;
use pipesim::analysis::{input_at, Study, StudyReport, StudyResult};
use pipesim::editor::field_message_id;
use pipesim::format::{display_width, locale, pad, percent};
use pipesim::i18n::{Args, Catalogue, Lang};
use pipesim::model::analysis::AnalysisKind;

use crate::cli::Format;

mod csv;
use csv::csv;

/// The study's results in `format`; the table's words in `lang` (the JSON and the CSV are
/// for programs: their keys and texts stay as the report has them).
pub fn render(study: &Study, format: Format, lang: Lang) -> String {
    let report = study.report();
    match format {
        Format::Json => serde_json::to_string_pretty(&report).expect("a report serialises") + "\n",
        Format::Table => table(study, &report, &Catalogue::embedded(lang)),
        Format::Csv => csv(&report),
    }
}

/// How the numbers and words of one study are written.
struct Numbers<'a> {
    catalogue: &'a Catalogue,
    currency: String,
    /// The output is a chance (else a median of the measure).
    chance: bool,
    /// The measure is money.
    money: bool,
}

impl Numbers<'_> {
    fn of<'a>(study: &Study, report: &StudyReport, catalogue: &'a Catalogue) -> Numbers<'a> {
        Numbers {
            catalogue,
            currency: report.currency.clone(),
            chance: report.chance,
            money: study.measure().is_money(),
        }
    }

    /// A message without arguments.
    fn say(&self, id: &str) -> String {
        self.catalogue.say(id, &Args::new())
    }

    /// A message with arguments.
    fn say_with(&self, id: &str, args: Args) -> String {
        self.catalogue.say(id, &args)
    }

    /// Money in the language (`$1.2M`, `US$120万`).
    fn money(&self, x: f64) -> String {
        locale::money(self.catalogue.lang(), x, &self.currency)
    }

    /// A value of the measure.
    fn measure(&self, x: f64) -> String {
        if self.money {
            self.money(x)
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
            let points = format!("{:.1}", x * 100.0);
            self.say_with("analysis-points", Args::new().text("points", points))
        } else {
            self.measure(x)
        }
    }

    /// The value `x` of the input at `path` in the language; `english` (the report's text)
    /// where the scenario has no such input.
    fn value(&self, study: &Study, path: &str, x: f64, english: &str) -> String {
        if self.catalogue.lang() == Lang::En && !english.is_empty() {
            return english.to_string();
        }
        match input_at(study.scenario(), path) {
            Ok(input) => value_words(self.catalogue, &input, x, &self.currency),
            Err(_) => english.to_string(),
        }
    }

    /// An input's label: the report's (English) words, or its `field-…` message in another
    /// language.
    fn label(&self, path: &str, english: &str) -> String {
        let id = field_message_id(path);
        if self.catalogue.lang() == Lang::En || !self.catalogue.has(&id) {
            english.to_string()
        } else {
            self.say(&id)
        }
    }

    /// An output key's words: the report's label in English, the catalogue's otherwise.
    fn output_label(&self, report: &StudyReport) -> String {
        if self.catalogue.lang() == Lang::En {
            report.output_label.clone()
        } else {
            output_words(self.catalogue, &report.output)
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

/// A table's header: each message in words, an empty id an empty cell.
fn header(numbers: &Numbers, ids: &[&str]) -> Vec<String> {
    ids.iter()
        .map(|id| {
            if id.is_empty() {
                String::new()
            } else {
                numbers.say(id)
            }
        })
        .collect()
}

/// An output's words and its key (`整个周期的签约额（bookings.total）`), or its words alone when
/// they hold the key (`bookings.total（第 5 季度）`, or a key without other words).
fn output_and_key(numbers: &Numbers, key: &str) -> String {
    let words = output_words(numbers.catalogue, key);
    if words.contains(key.split('@').next().unwrap_or(key)) {
        words
    } else {
        numbers.say_with(
            "analysis-output-and-key",
            Args::new().text("output", words).text("key", key),
        )
    }
}

/// `scenario 2 (Series A)`.
fn scenario_words(study: &Study, report: &StudyReport, numbers: &Numbers) -> String {
    let n = (study.spec().scenario + 1).to_string();
    if report.scenario.trim().is_empty() {
        numbers.say_with("analysis-scenario", Args::new().text("n", n))
    } else {
        numbers.say_with(
            "analysis-scenario-named",
            Args::new()
                .text("n", n)
                .text("name", report.scenario.clone()),
        )
    }
}

fn table(study: &Study, report: &StudyReport, catalogue: &Catalogue) -> String {
    let numbers = Numbers::of(study, report, catalogue);
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
    let say = |id: &str, args: Args| numbers.say_with(id, args);
    let heading = say(
        "analysis-sensitivity-heading",
        Args::new()
            .text("output", numbers.output_label(report))
            .text("key", report.output.clone())
            .text("subject", output_and_key(numbers, &report.output))
            .text("scenario", scenario_words(study, report, numbers)),
    );
    let first = (report.trials / SCREENING_SHARE).max(1).min(report.trials);
    let plan = say(
        "analysis-sensitivity-trials",
        Args::new()
            .text("trials", report.trials.to_string())
            .text("seed", report.seed.to_string())
            .text("first", first.to_string())
            .text("inputs", REFINED_INPUTS.to_string())
            .text("bands", REFINED_BANDS.to_string()),
    );
    let _ = writeln!(out, "{heading}\n{plan}");
    if let (Some(base), Some((p10, p90))) = (t.base, t.base_band) {
        let line = say(
            "analysis-sensitivity-base",
            Args::new()
                .text("base", numbers.output(base))
                .text("measure", measure.clone())
                .text("p10", numbers.measure(p10))
                .text("p90", numbers.measure(p90)),
        );
        let _ = writeln!(out, "{line}");
    }
    out.push('\n');
    if t.bars.is_empty() {
        let _ = writeln!(out, "{}", numbers.say("analysis-tornado-none"));
    } else {
        let _ = writeln!(out, "{}", numbers.say("analysis-tornado-title"));
        let mut rows = vec![header(
            numbers,
            &[
                "analysis-column-rank",
                "analysis-column-input",
                "analysis-column-field",
                "analysis-column-low",
                "analysis-column-high",
                "analysis-column-at-low",
                "analysis-column-at-high",
                "analysis-column-swing",
                "analysis-column-error",
                "analysis-column-trials",
                "",
            ],
        )];
        for (i, bar) in t.bars.iter().enumerate() {
            rows.push(vec![
                format!("{}", i + 1),
                numbers.label(&bar.path, &bar.label),
                bar.path.clone(),
                numbers.value(study, &bar.path, bar.low_value, &bar.low_text),
                numbers.value(study, &bar.path, bar.high_value, &bar.high_text),
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
            let _ = writeln!(out, "  {}", numbers.say("analysis-tornado-noise"));
        }
    }
    out.push('\n');
    if t.bands.is_empty() {
        let _ = writeln!(out, "{}", numbers.say("analysis-bands-none"));
    } else {
        let title = say(
            "analysis-bands-title",
            Args::new().text("measure", measure.clone()),
        );
        let _ = writeln!(out, "{title}");
        let mut rows = vec![header(
            numbers,
            &[
                "analysis-column-input",
                "analysis-column-field",
                "analysis-column-fixed-at",
                "bands-p10",
                "bands-p90",
                "analysis-column-narrows-by",
                "analysis-column-share",
                "analysis-column-trials",
            ],
        )];
        for band in &t.bands {
            let fixed = match input_at(study.scenario(), &band.path) {
                Ok(input) => value_words(
                    numbers.catalogue,
                    &input,
                    input.value.unwrap_or(0.0),
                    &numbers.currency,
                ),
                Err(_) => band.median_text.clone(),
            };
            rows.push(vec![
                numbers.label(&band.path, &band.label),
                band.path.clone(),
                fixed,
                numbers.measure(band.p10),
                numbers.measure(band.p90),
                numbers.measure(band.narrowing),
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
    let say = |id: &str, args: Args| numbers.say_with(id, args);
    let range = match &study.spec().kind {
        AnalysisKind::Sweep { from, to, .. } if input_at(study.scenario(), &s.field).is_ok() => {
            let value = |x: f64| numbers.value(study, &s.field, x, "");
            say(
                "analysis-sweep-range",
                Args::new()
                    .text("from", value(*from))
                    .text("to", value(*to)),
            )
        }
        _ => String::new(),
    };
    let n = s.rows.len();
    let heading = say(
        "analysis-sweep-heading",
        Args::new()
            .text("input", numbers.label(&s.field, &s.label))
            .text("field", s.field.clone())
            .number("n", n as f64)
            .text("count", n.to_string())
            .text("range", range),
    );
    let measure = study.measure().key();
    let statistic = if report.chance {
        say(
            "analysis-sweep-of-chance",
            Args::new().text("measure", measure),
        )
    } else {
        numbers.say("analysis-sweep-of-median")
    };
    let output = say(
        "analysis-sweep-output",
        Args::new()
            .text("output", numbers.output_label(report))
            .text("key", report.output.clone())
            .text("subject", output_and_key(numbers, &report.output))
            .text("statistic", statistic)
            .text("scenario", scenario_words(study, report, numbers))
            .text("trials", report.trials.to_string())
            .text("seed", report.seed.to_string()),
    );
    let _ = writeln!(out, "{heading}\n{output}\n");
    let mut rows = vec![header(
        numbers,
        &[
            "analysis-column-value",
            if report.chance {
                "analysis-column-chance"
            } else {
                "chart-median"
            },
            "bands-p10",
            "bands-p90",
            "chart-median-cost",
            "",
        ],
    )];
    for (i, row) in s.rows.iter().enumerate() {
        let mut cells = vec![numbers.value(study, &s.field, row.value, &row.value_text)];
        match (row.output, row.summary, &row.refused) {
            (Some(output), Some(summary), _) => cells.extend([
                numbers.output(output),
                numbers.measure(summary.p10),
                numbers.measure(summary.p90),
                numbers.money(summary.cost),
                if s.best == Some(i) {
                    numbers.say("chart-best")
                } else {
                    String::new()
                },
            ]),
            (_, _, Some(reason)) => cells.push(say(
                "analysis-refused",
                Args::new().text("reason", reason.clone()),
            )),
            _ => cells.push(numbers.say("analysis-not-run")),
        }
        rows.push(cells);
    }
    grid(&mut out, &rows, &[true, true, true, true, true, false]);
    out
}

fn seek_table(study: &Study, report: &StudyReport, s: &SeekReport, numbers: &Numbers) -> String {
    let mut out = String::new();
    let say = |id: &str, args: Args| numbers.say_with(id, args);
    let (goal, levers) = match &study.spec().kind {
        AnalysisKind::Seek { goal, levers } => (Some(goal), levers.as_slice()),
        _ => (None, &[][..]),
    };
    if let Some(goal) = goal {
        let line = say(
            "analysis-seek-goal",
            Args::new()
                .text("output", output_and_key(numbers, &goal.output))
                .text("key", goal.output.clone())
                .text("comparison", if goal.at_least { "≥" } else { "≤" })
                .text("threshold", numbers.measure(goal.threshold))
                .text("chance", percent(s.required)),
        );
        let _ = writeln!(out, "{line}");
    }
    let trials = say(
        "analysis-seek-trials",
        Args::new()
            .text("scenario", scenario_words(study, report, numbers))
            .text("trials", report.trials.to_string())
            .text("seed", report.seed.to_string()),
    );
    let _ = writeln!(out, "{}", capitalised(&trials));
    let mut lever_words = Vec::new();
    for (lever, spec) in s.levers.iter().zip(levers) {
        if input_at(study.scenario(), &spec.field).is_err() {
            continue;
        }
        let value = |x: f64| numbers.value(study, &spec.field, x, "");
        let step = spec
            .step
            .map(|x| say("analysis-seek-step", Args::new().text("step", value(x))))
            .unwrap_or_default();
        lever_words.push(say(
            "analysis-seek-lever",
            Args::new()
                .text("input", numbers.label(&lever.path, &lever.label))
                .text("field", lever.path.clone())
                .text("from", value(spec.from))
                .text("to", value(spec.to))
                .text("step", step)
                .number("n", lever.values as f64)
                .text("count", lever.values.to_string()),
        ));
    }
    let levers_line = say(
        "analysis-seek-levers",
        Args::new().text(
            "levers",
            lever_words.join(&numbers.say("analysis-seek-lever-separator")),
        ),
    );
    let _ = writeln!(out, "{levers_line}\n");
    let setting = |c: &SeekChoice| {
        s.levers
            .iter()
            .zip(&c.texts)
            .zip(&c.values)
            .map(|((l, t), x)| {
                let value = numbers.value(study, &l.path, *x, t);
                format!("{} {value}", numbers.label(&l.path, &l.label))
            })
            .collect::<Vec<_>>()
            .join(&numbers.say("list-separator"))
    };
    let answer = |id: &str, c: &SeekChoice| {
        say(
            id,
            Args::new()
                .text("setting", setting(c))
                .text("chance", percent(c.chance))
                .text("cost", numbers.money(c.cost)),
        )
    };
    let answer = match &s.choice {
        Some(c) if s.met => answer("analysis-seek-chosen", c),
        Some(c) => answer("analysis-seek-unmet", c),
        None => numbers.say("analysis-seek-none"),
    };
    let _ = writeln!(out, "{answer}\n");
    let lattice: usize = s.levers.iter().map(|l| l.values).product();
    let frontier = say(
        "analysis-seek-frontier",
        Args::new()
            .text("tried", s.tried.to_string())
            .text("lattice", lattice.to_string()),
    );
    let _ = writeln!(out, "{frontier}");
    let two = s.levers.len() > 1;
    let mut head = Vec::new();
    if two {
        head.push(s.levers[1].path.clone());
    }
    head.push(s.levers[0].path.clone());
    head.extend(header(
        numbers,
        &[
            "analysis-column-chance",
            "chart-median-cost",
            "analysis-column-meets",
            "",
        ],
    ));
    let mut rows = vec![head];
    for series in &s.series {
        for point in &series.points {
            let mut cells = Vec::new();
            if two {
                cells.push(match (series.value, &series.value_text) {
                    (Some(x), Some(t)) => numbers.value(study, &s.levers[1].path, x, t),
                    _ => String::new(),
                });
            }
            cells.push(numbers.value(study, &s.levers[0].path, point.value, &point.value_text));
            let chosen = s.choice.as_ref().is_some_and(|c| {
                c.values[0] == point.value && (!two || series.value == c.values.get(1).copied())
            });
            let mark = |on: bool, id: &str| if on { numbers.say(id) } else { String::new() };
            match (point.chance, point.cost) {
                (Some(chance), Some(cost)) => cells.extend([
                    percent(chance),
                    numbers.money(cost),
                    mark(point.meets, "seek-yes"),
                    mark(chosen, "chart-chosen"),
                ]),
                _ => cells.push(numbers.say("analysis-seek-refused")),
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
