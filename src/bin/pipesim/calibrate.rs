//! `pipesim calibrate`: a CRM export fitted into a scenario, printed as JSON, with what was
//! fitted and from how many deals on standard error. The review the page asks of its user
//! (columns, stages, sources, the order of dates) is given here by flags; dates that read
//! either way are an error until `--day-first` or `--month-first` says which.

use std::io::Read as _;

use pipesim::calibrate::dates::DateOrder;
use pipesim::calibrate::{
    calibrate, overview, read_table, words, Calibration, Choices, Fit, Outcome, COLUMNS,
};
use pipesim::engine::Source;
use pipesim::format::locale::{self, grouped};
use pipesim::format::percent;
use pipesim::i18n::{Args, Catalogue, Lang};
use pipesim::model::Scenario;

use crate::commands::{read_workspace, CliError};

/// The review's answers, as the flags give them.
pub struct Answers {
    pub columns: Vec<String>,
    pub stages: Vec<String>,
    pub sources: Vec<String>,
    pub day_first: bool,
    pub month_first: bool,
}

/// `NAME=VALUE`, split at the last `=` (a stage may hold one; an outcome never does).
fn pair<'a>(
    flag: &str,
    text: &'a str,
    catalogue: &Catalogue,
) -> Result<(&'a str, &'a str), String> {
    text.rsplit_once('=')
        .map(|(name, value)| (name.trim(), value.trim()))
        .ok_or_else(|| {
            catalogue.say(
                "calibrate-cli-bad-pair",
                &Args::new().text("flag", flag).text("value", text),
            )
        })
}

/// The proposed choices with the flags' answers over them.
fn answer(
    headers: &[String],
    proposed: Choices,
    answers: &Answers,
    catalogue: &Catalogue,
) -> Result<Choices, String> {
    let mut choices = proposed;
    for text in &answers.columns {
        let (name, header) = pair("--column", text, catalogue)?;
        let column = COLUMNS
            .iter()
            .map(|(c, _)| *c)
            .find(|c| c.key() == name.to_ascii_lowercase())
            .ok_or_else(|| {
                catalogue.say(
                    "calibrate-cli-no-such-column",
                    &Args::new().text("name", name),
                )
            })?;
        let header = header.trim_matches('"');
        let index = headers
            .iter()
            .position(|h| h.trim() == header)
            .ok_or_else(|| {
                catalogue.say(
                    "calibrate-cli-no-such-header",
                    &Args::new()
                        .text("header", header)
                        .text("headers", headers.join(", ")),
                )
            })?;
        choices.columns.retain(|(c, _)| *c != column);
        choices.columns.push((column, index));
    }
    for text in &answers.stages {
        let (stage, outcome) = pair("--stage", text, catalogue)?;
        let outcome = match outcome.to_ascii_lowercase().as_str() {
            "won" => Outcome::Won,
            "lost" => Outcome::Lost,
            "open" => Outcome::Open,
            _ => {
                return Err(catalogue.say(
                    "calibrate-cli-bad-outcome",
                    &Args::new().text("value", outcome),
                ))
            }
        };
        choices.stages.retain(|(s, _)| s != stage);
        choices.stages.push((stage.to_string(), outcome));
    }
    for text in &answers.sources {
        let (value, source) = pair("--source", text, catalogue)?;
        let source = match source.to_ascii_lowercase().as_str() {
            "none" | "" => None,
            key => Some(
                Source::ALL
                    .into_iter()
                    .find(|s| s.key() == key)
                    .ok_or_else(|| {
                        catalogue.say("calibrate-cli-bad-source", &Args::new().text("value", key))
                    })?,
            ),
        };
        choices.sources.retain(|(v, _)| v != value);
        choices.sources.push((value.to_string(), source));
    }
    if answers.day_first {
        choices.date_order = Some(DateOrder::DayFirst);
    } else if answers.month_first {
        choices.date_order = Some(DateOrder::MonthFirst);
    }
    Ok(choices)
}

/// Reads the export: a file, or standard input for `-`.
fn read_bytes(file: &str) -> Result<Vec<u8>, CliError> {
    let io = |source| CliError::Io {
        path: file.to_string(),
        source,
    };
    if file == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .take(pipesim::calibrate::table::MAX_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(io)?;
        return Ok(bytes);
    }
    let size = std::fs::metadata(file).map_err(io)?.len();
    if size > pipesim::calibrate::table::MAX_BYTES as u64 {
        // Read no more than the reader takes: it refuses the file by its size alone.
        let mut bytes = Vec::new();
        std::fs::File::open(file)
            .map_err(io)?
            .take(pipesim::calibrate::table::MAX_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(io)?;
        return Ok(bytes);
    }
    std::fs::read(file).map_err(io)
}

/// `pipesim calibrate FILE [--into SCENARIO] …`.
pub fn calibrate_file(
    file: &str,
    into: Option<&str>,
    answers: &Answers,
    lang: Lang,
) -> Result<(), CliError> {
    let catalogue = Catalogue::embedded(lang);
    let refuse = |reason: String| CliError::Calibrate {
        source_name: file.to_string(),
        reason,
    };
    let base = match into {
        Some(path) => {
            let workspace = read_workspace(path)?;
            workspace.scenarios[workspace.baseline].clone()
        }
        None => Scenario::default(),
    };
    let bytes = read_bytes(file)?;
    let table = read_table(&bytes).map_err(|e| refuse(e.say(&catalogue)))?;
    let proposed = overview(&table, None);
    let choices =
        answer(&table.headers, proposed.choices(), answers, &catalogue).map_err(refuse)?;
    let reviewed = overview(&table, Some(&choices.columns));
    if reviewed.dates_ambiguous && choices.date_order.is_none() {
        return Err(refuse(
            catalogue.say("calibrate-cli-ambiguous-dates", &Args::new()),
        ));
    }
    // Stages and sources of columns the flags chose are proposed afresh, then answered again.
    let choices =
        answer(&table.headers, reviewed.choices(), answers, &catalogue).map_err(refuse)?;
    let name = std::path::Path::new(file)
        .file_name()
        .map_or(file.to_string(), |n| n.to_string_lossy().into_owned());
    let calibration = calibrate(&table, &choices, &base, &name)
        .map_err(|e| refuse(catalogue.text(&e.message())))?;
    let scenario = calibration
        .scenario(&catalogue)
        .map_err(|e| CliError::Invalid {
            source_name: name.clone(),
            errors: e,
        })?;
    eprint!("{}", summary(&calibration, &base, &catalogue));
    println!(
        "{}",
        serde_json::to_string_pretty(&scenario.to_compact_value())
            .expect("a JSON value serialises")
    );
    Ok(())
}

/// What was fitted, in the reader's language: the file, each fit with its sample, each field
/// changed with its basis, the fields left alone, and the cells that could not be read.
pub fn summary(calibration: &Calibration, base: &Scenario, catalogue: &Catalogue) -> String {
    let lang = catalogue.lang();
    let currency = base.currency.as_str();
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(
        catalogue.say(
            "calibrate-summary-file",
            &Args::new()
                .text("file", calibration.file.clone())
                .number("rows", calibration.read as f64)
                .text("count", locale::count(lang, calibration.read as f64))
                .text("first", calibration.first.clone())
                .text("last", calibration.last.clone()),
        ),
    );
    for fit in &calibration.win_rates {
        let name = fit
            .value
            .clone()
            .unwrap_or_else(|| catalogue.say("calibrate-every-deal", &Args::new()));
        line(
            catalogue.say(
                "calibrate-summary-win-rate",
                &Args::new()
                    .text("source", name)
                    .text("median", percent(fit.rate.median))
                    .text("low", percent(fit.rate.p5))
                    .text("high", percent(fit.rate.p95))
                    .text("wins", grouped(fit.rate.wins as f64))
                    .text("decided", grouped(fit.rate.decided as f64)),
            ),
        );
    }
    let range = |fit: &Fit<pipesim::calibrate::Fitted>, id: &'static str, money: bool| match fit {
        Fit::Fitted(f) => {
            let say = |x: f64| {
                if money {
                    locale::money(lang, x, currency)
                } else {
                    format!("{x:.1}")
                }
            };
            catalogue.say(
                id,
                &Args::new()
                    .text("low", say(f.fit.p5()))
                    .text("high", say(f.fit.p95()))
                    .text("observed", grouped(f.fit.observed as f64))
                    .text("censored", grouped(f.fit.censored as f64)),
            )
        }
        Fit::Not(why) => catalogue.say(
            "calibrate-summary-not-fitted",
            &Args::new()
                .text("what", catalogue.say(&format!("{id}-name"), &Args::new()))
                .text("reason", catalogue.text(why)),
        ),
    };
    line(range(&calibration.cycle, "calibrate-summary-cycle", false));
    line(range(
        &calibration.deal_size,
        "calibrate-summary-size",
        true,
    ));
    let changes = words::changes_in_words(calibration, base, catalogue);
    line(catalogue.say("calibrate-summary-changes", &Args::new()));
    let width = changes
        .iter()
        .map(|c| pipesim::format::display_width(&c.label))
        .max()
        .unwrap_or(0);
    for c in &changes {
        line(format!(
            "  {}  {} → {}  ({})",
            pipesim::format::pad(&c.label, width, false),
            c.before,
            c.after,
            c.basis
        ));
    }
    line(catalogue.say(
        "calibrate-summary-untouched",
        &Args::new().text("fields", words::untouched_in_words(catalogue).join(", ")),
    ));
    if calibration.problem_count > 0 {
        line(
            catalogue.say(
                "calibrate-summary-problems",
                &Args::new()
                    .number("n", calibration.problem_count as f64)
                    .number("shown", calibration.problems.len() as f64),
            ),
        );
        for p in &calibration.problems {
            line(format!("  {}", p.say(catalogue)));
        }
    }
    out
}
