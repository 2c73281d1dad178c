//! The CLI's commands: reading files, running the engine, printing reports, benchmarking (the
//! analyses live in `analyses`).

use std::fmt;
use std::io::{IsTerminal, Write};
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use pipesim::analysis::AnalysisError;
use pipesim::engine::{
    simulate, simulate_trial_logged, OpportunityLog, RunError, RunSettings, Setup, TrialBuffers,
    METRIC_COUNT,
};
use pipesim::format;
use pipesim::i18n::{Args, Catalogue, Lang, Message};
use pipesim::model::{FileKind, ModelErrors, Workspace};
use pipesim::presets::{self, PRESETS};
use pipesim::report::{report_workspace, run_workspace, write_opportunities_csv};
use pipesim::sampling::trial_seed;
use pipesim::share::{self, LinkError};

use crate::analyses;
use crate::calibrate;
use crate::cli::{Cli, Command, Format};
use crate::verdict_text;

/// What went wrong, and which exit code says so.
#[derive(Debug)]
pub enum CliError {
    /// A file could not be read or written.
    Io {
        path: String,
        source: std::io::Error,
    },
    /// The input is not a valid model.
    Invalid {
        source_name: String,
        errors: ModelErrors,
    },
    /// The run could not go ahead.
    Run {
        scenario: Option<String>,
        error: RunError,
    },
    /// A share link that cannot be opened.
    Link(LinkError),
    /// Something else the user asked for does not exist.
    Usage(String),
    /// An analysis's setting is wrong: its path (`analysis.steps`, when the file gave it) or its
    /// flag (`--steps`), and why.
    Analysis(AnalysisError),
    /// A CRM export that cannot be calibrated from: the file, and why (with its line and
    /// column when one cell is to blame).
    Calibrate { source_name: String, reason: String },
}

impl CliError {
    /// 2 for bad input, 1 for everything else.
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Io { .. } => 1,
            CliError::Run {
                error: RunError::TooManyOpportunities { .. },
                ..
            } => 1,
            CliError::Invalid { .. }
            | CliError::Run { .. }
            | CliError::Link(_)
            | CliError::Usage(_)
            | CliError::Analysis(_)
            | CliError::Calibrate { .. } => 2,
        }
    }
}

impl CliError {
    /// What went wrong, in `catalogue`'s language: each problem with its path as the file
    /// writes it. What the system or the flags said (a file not found, a usage) stays as
    /// they said it.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        match self {
            CliError::Io { path, source } => format!("{path}: {source}"),
            CliError::Invalid {
                source_name,
                errors,
            } => {
                let n = errors.len();
                let mut text = catalogue.say(
                    "error-cli-invalid",
                    &Args::new()
                        .text("source", source_name.as_str())
                        .number("n", n as f64)
                        .text("count", n.to_string()),
                );
                for e in errors.iter() {
                    text.push_str("\n  ");
                    text.push_str(&e.say(catalogue));
                }
                text
            }
            CliError::Run {
                scenario: Some(name),
                error,
            } => catalogue.say(
                "error-cli-run-scenario",
                &Args::new()
                    .text("name", name.as_str())
                    .text("reason", error.say(catalogue)),
            ),
            CliError::Run {
                scenario: None,
                error,
            } => error.say(catalogue),
            CliError::Link(error) => catalogue.say(
                "error-cli-link",
                &Args::new().text("reason", error.say(catalogue)),
            ),
            CliError::Usage(text) => text.clone(),
            CliError::Analysis(error) => error.say(catalogue),
            CliError::Calibrate {
                source_name,
                reason,
            } => format!("{source_name}: {reason}"),
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&pipesim::i18n::with_english(|en| self.say(en)))
    }
}

impl std::error::Error for CliError {}

/// Runs one command.
pub fn run(cli: Cli) -> Result<(), CliError> {
    let lang = verdict_text::language(cli.lang.as_deref())?;
    match cli.command {
        Command::Run {
            file,
            trials,
            seed,
            threads,
            format,
            samples_csv,
            opportunities_csv,
            opportunities_trial,
        } => run_file(
            &file,
            RunFlags {
                trials,
                seed,
                threads,
                format,
                lang,
            },
            samples_csv.as_deref(),
            opportunities_csv
                .as_deref()
                .map(|path| (path, opportunities_trial.unwrap_or(0))),
        ),
        Command::Validate { file } => validate(&file, lang),
        Command::Link { file, base } => print_link(&file, &base, lang),
        Command::Presets { name } => list_presets(name.as_deref(), lang),
        Command::Sensitivity { args, output } => analyses::sensitivity(&args, output, lang),
        Command::Sweep {
            args,
            field,
            from,
            to,
            steps,
            output,
            shard,
        } => analyses::sweep(
            &args,
            analyses::SweepFlags {
                field,
                from,
                to,
                steps,
                output,
            },
            shard.as_deref(),
            lang,
        ),
        Command::Seek {
            args,
            goal,
            chance,
            levers,
            exhaustive,
            shard,
        } => analyses::seek(
            &args,
            analyses::SeekFlags {
                goal,
                chance,
                levers,
                exhaustive,
            },
            shard.as_deref(),
            lang,
        ),
        Command::Merge { parts, format } => analyses::merge_parts(&parts, format, lang),
        Command::Calibrate {
            file,
            into,
            columns,
            stages,
            sources,
            day_first,
            month_first,
        } => calibrate::calibrate_file(
            &file,
            into.as_deref(),
            &calibrate::Answers {
                columns,
                stages,
                sources,
                day_first,
                month_first,
            },
            lang,
        ),
        Command::Bench {
            presets,
            trials,
            threads,
        } => bench(&presets, trials, threads),
    }
}

pub(crate) fn read_input(file: &str) -> Result<(String, String), CliError> {
    if file == "-" {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin().take_limit(), &mut text).map_err(
            |source| CliError::Io {
                path: "standard input".into(),
                source,
            },
        )?;
        return Ok(("standard input".into(), text));
    }
    if !std::path::Path::new(file).exists() {
        if let Some(p) = presets::find(file) {
            return Ok((format!("preset {}", p.name), p.json.to_string()));
        }
    }
    let meta = std::fs::metadata(file).map_err(|source| CliError::Io {
        path: file.into(),
        source,
    })?;
    if meta.len() as usize > pipesim::model::MAX_FILE_BYTES {
        return Err(CliError::Invalid {
            source_name: file.into(),
            errors: ModelErrors::one(
                "",
                Message::with(
                    "error-file-over-limit",
                    Args::new()
                        .text("size", meta.len().to_string())
                        .text("max", pipesim::model::MAX_FILE_BYTES.to_string()),
                ),
            ),
        });
    }
    let bytes = std::fs::read(file).map_err(|source| CliError::Io {
        path: file.into(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|e| CliError::Invalid {
        source_name: file.into(),
        errors: ModelErrors::one(
            "",
            Message::with(
                "error-not-utf8",
                Args::new().text("offset", e.utf8_error().valid_up_to().to_string()),
            ),
        ),
    })?;
    Ok((file.to_string(), text))
}

trait TakeLimit: std::io::Read + Sized {
    fn take_limit(self) -> std::io::Take<Self> {
        self.take(pipesim::model::MAX_FILE_BYTES as u64 + 1)
    }
}
impl<R: std::io::Read> TakeLimit for R {}

/// Reads a workspace from a file, standard input, a preset name or a share link (any text with
/// a `#w=` fragment that is not the name of an existing file).
pub(crate) fn read_workspace(file: &str) -> Result<Workspace, CliError> {
    if share::looks_like_link(file) && !std::path::Path::new(file).exists() {
        return share::decode_link(file).map_err(CliError::Link);
    }
    let (source_name, text) = read_input(file)?;
    // Editors on some systems start UTF-8 files with a byte-order mark; the browser accepts it too.
    let text = text.trim_start_matches('\u{feff}');
    if share::looks_like_link(text) && !text.trim_start().starts_with('{') {
        return share::decode_link(text).map_err(CliError::Link);
    }
    FileKind::from_json_str(text)
        .map(FileKind::into_workspace)
        .map_err(|errors| CliError::Invalid {
            source_name,
            errors,
        })
}

/// The flags of `pipesim run` that shape the run and its report.
struct RunFlags {
    trials: Option<u32>,
    seed: Option<u64>,
    threads: Option<usize>,
    format: Format,
    lang: Lang,
}

fn run_file(
    file: &str,
    flags: RunFlags,
    samples_csv: Option<&std::path::Path>,
    opportunities_csv: Option<(&std::path::Path, u32)>,
) -> Result<(), CliError> {
    let RunFlags {
        trials,
        seed,
        threads,
        format,
        lang,
    } = flags;
    let workspace = read_workspace(file)?;
    let trials = trials.unwrap_or(workspace.run.trials);
    if trials == 0 || trials > pipesim::model::MAX_TRIALS {
        return Err(CliError::Usage(format!(
            "--trials: {trials} is outside 1 to {}",
            pipesim::model::MAX_TRIALS
        )));
    }
    if let Some((_, trial)) = opportunities_csv {
        if trial >= trials {
            return Err(CliError::Usage(
                Catalogue::embedded(lang).say(
                    "cli-opportunities-trial-outside",
                    &Args::new()
                        .text("trial", trial.to_string())
                        .text("last", (trials - 1).to_string()),
                ),
            ));
        }
    }
    let threads = threads
        .unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        })
        .max(1);
    let settings = RunSettings {
        trials,
        seed: seed.unwrap_or(workspace.run.seed),
        threads,
    };
    let total = trials as u64 * workspace.scenarios.len() as u64;
    let bar = if std::io::stderr().is_terminal() && total >= 2_000 {
        let bar = ProgressBar::new(total);
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} simulating [{bar:30}] {pos}/{len} trials ({eta} left)",
            )
            .expect("valid template")
            .progress_chars("=> "),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let progress = |done: u64| bar.set_position(done);
    let runs = run_workspace(&workspace, &settings, &progress, &AtomicBool::new(false)).map_err(
        |(i, error)| CliError::Run {
            scenario: Some(scenario_name(&workspace, i)),
            error,
        },
    )?;
    bar.finish_and_clear();
    let report = report_workspace(&workspace, &settings, &runs);
    let text = match format {
        Format::Table => {
            let verdict = verdict_text::verdict_of(lang, &report, &workspace);
            verdict_text::verdict_lines(&verdict)
                + &format::table(&report, &pipesim::i18n::Catalogue::embedded(lang))
        }
        Format::Json => {
            let verdict = verdict_text::verdict_of(lang, &report, &workspace);
            verdict_text::json_with_verdict(&report, &verdict)
        }
        Format::Csv => format::summaries_csv(&report),
    };
    say(&text);
    if let Some(path) = samples_csv {
        write_file(path, |writer| {
            format::write_samples_csv(&workspace, &runs.runs, writer)
        })
        .map_err(|(path, source)| CliError::Io { path, source })?;
    }
    if let Some((path, trial)) = opportunities_csv {
        write_opportunities(&workspace, &settings, path, trial, lang)?;
    }
    Ok(())
}

/// `--opportunities-csv`: trial `trial` of the baseline scenario, simulated again with its
/// opportunity log (the same trial seed as in the run, so the same numbers), as a CRM export.
fn write_opportunities(
    workspace: &Workspace,
    settings: &RunSettings,
    path: &std::path::Path,
    trial: u32,
    lang: Lang,
) -> Result<(), CliError> {
    let scenario = &workspace.scenarios[workspace.baseline];
    let setup = Setup::new(scenario);
    let mut row = vec![0.0; setup.quarters() * METRIC_COUNT];
    let mut log = OpportunityLog::new();
    simulate_trial_logged(
        &setup,
        trial_seed(settings.seed, u64::from(trial)),
        &mut TrialBuffers::default(),
        &mut row,
        &mut log,
    )
    .map_err(|error| CliError::Run {
        scenario: Some(scenario_name(workspace, workspace.baseline)),
        error,
    })?;
    write_file(path, |writer| {
        write_opportunities_csv(&log, scenario, writer)
    })
    .map_err(|(path, source)| {
        if source.kind() == std::io::ErrorKind::InvalidInput {
            CliError::Usage(Catalogue::embedded(lang).say(
                "cli-opportunities-calendar",
                &Args::new().text("start", scenario.start_month.as_str()),
            ))
        } else {
            CliError::Io { path, source }
        }
    })
}

/// Creates the file at `path` and fills it with `write`, buffered; the error names the path.
fn write_file(
    path: &std::path::Path,
    write: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<()>,
) -> Result<(), (String, std::io::Error)> {
    let shown = || path.display().to_string();
    let file = std::fs::File::create(path).map_err(|source| (shown(), source))?;
    let mut writer = std::io::BufWriter::new(file);
    write(&mut writer)
        .and_then(|_| writer.flush())
        .map_err(|source| (shown(), source))
}

/// Writes to standard output; a closed pipe (e.g. `| head`) is not an error worth reporting.
pub(crate) fn say(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(text.as_bytes())
        .and_then(|_| stdout.flush());
}

pub(crate) fn scenario_name(w: &Workspace, i: usize) -> String {
    let name = &w.scenarios[i].name;
    if name.trim().is_empty() {
        format!("{}", i + 1)
    } else {
        format!("{} ({name})", i + 1)
    }
}

fn validate(file: &str, lang: Lang) -> Result<(), CliError> {
    let workspace = read_workspace(file)?;
    for (i, s) in workspace.scenarios.iter().enumerate() {
        pipesim::engine::check_work(s, workspace.run.trials).map_err(|error| CliError::Run {
            scenario: Some(scenario_name(&workspace, i)),
            error,
        })?;
    }
    let n = workspace.scenarios.len();
    let catalogue = Catalogue::embedded(lang);
    let line = catalogue.say(
        "cli-valid",
        &Args::new()
            .text("file", file)
            .number("n", n as f64)
            .text("trials", workspace.run.trials.to_string())
            .text("seed", workspace.run.seed.to_string()),
    );
    say(&format!("{line}\n"));
    Ok(())
}

fn print_link(file: &str, base: &str, lang: Lang) -> Result<(), CliError> {
    let workspace = read_workspace(file)?;
    say(&format!("{}\n", share::link_url(base, &workspace)));
    let trials = workspace.run.trials;
    if trials > pipesim::model::MAX_BROWSER_TRIALS {
        let note = Catalogue::embedded(lang).say(
            "cli-link-over-browser",
            &Args::new()
                .text("trials", trials.to_string())
                .text("most", pipesim::model::MAX_BROWSER_TRIALS.to_string()),
        );
        eprintln!("pipesim: {note}");
    }
    Ok(())
}

fn list_presets(name: Option<&str>, lang: Lang) -> Result<(), CliError> {
    match name {
        Some(name) => {
            let preset = presets::find(name).ok_or_else(|| {
                let names: Vec<&str> = PRESETS.iter().map(|p| p.name).collect();
                CliError::Usage(format!(
                    "no preset named {name:?}; the presets are {}",
                    names.join(", ")
                ))
            })?;
            say(preset.json);
        }
        None => {
            let catalogue = Catalogue::embedded(lang);
            let mut text = String::new();
            for p in PRESETS {
                let rationale =
                    catalogue.say(&format!("preset-rationale-{}", p.name), &Args::new());
                text.push_str(&format!("{}\n  {}\n\n", p.name, wrap(&rationale, 76, "  ")));
            }
            text.push_str(&catalogue.say("cli-presets-footer", &Args::new()));
            text.push('\n');
            say(&text);
        }
    }
    Ok(())
}

/// `text` in lines of at most `width` columns (a Chinese character takes two), joined with
/// `indent` after each break. Breaks fall between words, or between any two characters of a
/// language written without spaces; punctuation that closes a phrase never starts a line.
fn wrap(text: &str, width: usize, indent: &str) -> String {
    let wide = |c: char| format::display_width(c.encode_utf8(&mut [0; 4])) == 2;
    // The pieces a line may break between, each with whether a space goes before it.
    let mut pieces: Vec<(String, bool)> = Vec::new();
    for word in text.split_whitespace() {
        let mut first = true;
        let mut run = String::new();
        for c in word.chars() {
            let closing = matches!(
                c,
                '，' | '。' | '、' | '；' | '：' | '）' | '！' | '？' | '”'
            );
            if wide(c) && !closing {
                if !run.is_empty() {
                    pieces.push((std::mem::take(&mut run), first));
                    first = false;
                }
                pieces.push((c.to_string(), first));
                first = false;
            } else if closing && run.is_empty() && !first {
                if let Some((last, _)) = pieces.last_mut() {
                    last.push(c);
                }
            } else {
                run.push(c);
            }
        }
        if !run.is_empty() {
            pieces.push((run, first));
        }
    }
    let mut lines = vec![String::new()];
    for (piece, spaced) in pieces {
        let line = lines.last_mut().expect("a line");
        let gap = usize::from(spaced && !line.is_empty());
        if !line.is_empty()
            && format::display_width(line) + gap + format::display_width(&piece) > width
        {
            lines.push(piece);
        } else {
            if gap == 1 {
                line.push(' ');
            }
            line.push_str(&piece);
        }
    }
    lines.join(&format!("\n{indent}"))
}

fn bench(names: &[String], trials: Option<u32>, threads: Option<usize>) -> Result<(), CliError> {
    let names: Vec<String> = if names.is_empty() {
        vec!["series-a".into(), "enterprise".into()]
    } else {
        names.to_vec()
    };
    let all = threads
        .unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        })
        .max(1);
    say(&format!(
        "{:<14} {:>8} {:>8} {:>10} {:>14} {:>12} {:>10}\n",
        "preset", "trials", "threads", "seconds", "trials/s", "opps/trial", "ns/opp"
    ));
    for name in &names {
        let preset = presets::find(name)
            .ok_or_else(|| CliError::Usage(format!("no preset named {name:?}")))?;
        let scenario = preset.scenario();
        let trials = trials.unwrap_or(if name == "series-a" { 10_000 } else { 1_000 });
        let mut thread_counts = vec![1];
        if all > 1 {
            thread_counts.push(all);
        }
        for threads in thread_counts {
            let settings = RunSettings {
                trials,
                seed: 1,
                threads,
            };
            let start = Instant::now();
            let run = simulate(&scenario, &settings).map_err(|error| CliError::Run {
                scenario: Some(name.clone()),
                error,
            })?;
            let secs = start.elapsed().as_secs_f64();
            let opps = run.opportunities() as f64;
            say(&format!(
                "{:<14} {:>8} {:>8} {:>10.3} {:>14.0} {:>12.0} {:>10.1}\n",
                name,
                trials,
                threads,
                secs,
                trials as f64 / secs,
                opps / trials as f64,
                secs * 1e9 / opps.max(1.0)
            ));
        }
    }
    Ok(())
}
