//! The analyses on the command line: `pipesim sensitivity` (a tornado and the uncertainties'
//! bands), `pipesim sweep`, `pipesim seek`, their parts (`--shard i/n`) and `pipesim merge`.
//!
//! Each setting comes from its flag, else from the analysis of the same kind saved in the file
//! (so a shared link reopens the same analysis), else from the defaults. A bad setting is named
//! the way the user gave it: by its flag (`--steps: …`), or by its path in the file
//! (`analysis.steps: …`) when the file gave it.

use std::io::IsTerminal;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use pipesim::analysis::shards::{merge, Part};
use pipesim::analysis::study::default_trials;
use pipesim::analysis::{input_at, run_study, AnalysisError, Input, Measure, Study, StudyOptions};
use pipesim::editor::parse_number;
use pipesim::engine::WORK_LIMIT;
use pipesim::i18n::{Args, Catalogue, Lang, Message};
use pipesim::model::analysis::{
    AnalysisKind, AnalysisSpec, GoalSpec, LeverSpec, MAX_LEVERS, MAX_STEPS,
};
use pipesim::model::{Scenario, Unit, Workspace, MAX_TRIALS};

use crate::analysis_text::render;
use crate::cli::{AnalysisArgs, Format};
use crate::commands::{read_input, read_workspace, say, scenario_name, CliError};

/// The most work one analysis may take, in units of `engine::work_estimate`: eight times what
/// one `pipesim run` may take, because an analysis is many runs of one scenario (a tornado of a
/// preset is some sixty). A part of a sharded run may take this much times its count of parts,
/// since it runs only its share of the points.
pub const ANALYSIS_WORK_LIMIT: f64 = WORK_LIMIT * 8.0;

/// The goal's chance when neither the flag nor the file gives one.
const DEFAULT_CHANCE: f64 = 0.8;

/// The flags of a sweep.
pub struct SweepFlags {
    pub field: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub steps: Option<u32>,
    pub output: Option<String>,
}

/// The flags of a goal seek.
pub struct SeekFlags {
    pub goal: Option<String>,
    pub chance: Option<String>,
    pub levers: Vec<String>,
    pub exhaustive: bool,
}

/// Which settings the file gave, to name a bad one by its path rather than by its flag.
#[derive(Default)]
struct Names {
    /// Paths under `analysis` whose value came from the file.
    from_file: Vec<&'static str>,
    /// The `--lever` flags as typed, in order.
    levers: Vec<String>,
}

/// Each setting's path and its flag, longest paths first.
const FLAGS: [(&str, &str); 11] = [
    ("analysis.goal.chance", "--chance"),
    ("analysis.scenario", "--scenario"),
    ("analysis.trials", "--trials"),
    ("analysis.output", "--output"),
    ("analysis.levers", "--lever"),
    ("analysis.field", "--field"),
    ("analysis.steps", "--steps"),
    ("analysis.goal", "--goal"),
    ("analysis.from", "--from"),
    ("analysis.to", "--to"),
    ("shard", "--shard"),
];

/// Whether `path` is `prefix` or lies under it.
fn under(path: &str, prefix: &str) -> bool {
    path.strip_prefix(prefix)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

impl Names {
    fn given_by_file(&mut self, path: &'static str) {
        self.from_file.push(path);
    }

    /// The error as the user gave the setting: the flag's name, unless the file gave it. The
    /// setting is the one of the longest path the error lies under.
    fn error(&self, error: AnalysisError) -> CliError {
        let Some(&(prefix, flag)) = FLAGS.iter().find(|(p, _)| under(&error.path, p)) else {
            return CliError::Analysis(error);
        };
        if self.from_file.contains(&prefix) {
            return CliError::Analysis(error);
        }
        let path = if prefix == "analysis.levers" {
            // `analysis.levers[1].to` is the second --lever flag.
            let index = error.path[prefix.len()..]
                .strip_prefix('[')
                .and_then(|rest| rest.split(']').next())
                .and_then(|n| n.parse::<usize>().ok());
            match index.and_then(|i| self.levers.get(i)) {
                Some(text) => format!("--lever {text}"),
                None => flag.to_string(),
            }
        } else {
            flag.to_string()
        };
        CliError::Analysis(error.moved_to(path))
    }
}

fn flag_error(flag: &str, reason: Message) -> CliError {
    CliError::Analysis(AnalysisError::at(flag, reason))
}

/// Message `id` with `args`.
fn says(id: &'static str, args: Args) -> Message {
    Message::with(id, args)
}

/// The workspace and the settings every analysis shares.
struct Base {
    workspace: Workspace,
    /// The analysis saved in the file, when of the kind asked.
    saved: Option<AnalysisKind>,
    scenario: usize,
    trials: Option<u32>,
    names: Names,
}

impl Base {
    fn read(args: &AnalysisArgs, kind: &str) -> Result<Base, CliError> {
        let mut workspace = read_workspace(&args.file)?;
        if let Some(seed) = args.seed {
            workspace.run.seed = seed;
        }
        let saved = workspace.analysis.clone().filter(|a| a.kind.name() == kind);
        let mut names = Names::default();
        let scenario = match (&args.scenario, &saved) {
            (Some(text), _) => scenario_by_name(&workspace, text)?,
            (None, Some(a)) => {
                names.given_by_file("analysis.scenario");
                a.scenario
            }
            (None, None) => workspace.baseline,
        };
        let trials = match (args.trials, &saved) {
            (Some(t), _) if t == 0 || t > MAX_TRIALS => {
                return Err(flag_error(
                    "--trials",
                    says(
                        "error-outside-range",
                        Args::new()
                            .text("value", t.to_string())
                            .text("min", "1")
                            .text("max", MAX_TRIALS.to_string()),
                    ),
                ))
            }
            (Some(t), _) => Some(t),
            (None, Some(a)) if a.trials.is_some() => {
                names.given_by_file("analysis.trials");
                a.trials
            }
            _ => None,
        };
        Ok(Base {
            workspace,
            saved: saved.map(|a| a.kind),
            scenario,
            trials,
            names,
        })
    }

    fn scenario(&self) -> &Scenario {
        &self.workspace.scenarios[self.scenario]
    }

    /// A setting from its flag, else from the saved analysis (noting that the file gave it).
    fn setting<T>(&mut self, flag: Option<T>, saved: Option<T>, path: &'static str) -> Option<T> {
        match (flag, saved) {
            (Some(x), _) => Some(x),
            (None, Some(x)) => {
                self.names.given_by_file(path);
                Some(x)
            }
            (None, None) => None,
        }
    }

    fn spec(&self, kind: AnalysisKind) -> AnalysisSpec {
        let trials = self.trials.unwrap_or_else(|| default_trials(&kind));
        AnalysisSpec {
            scenario: self.scenario,
            trials: Some(trials),
            kind,
        }
    }
}

/// The scenario a `--scenario` names: its number from 1, else its name.
fn scenario_by_name(w: &Workspace, text: &str) -> Result<usize, CliError> {
    let text = text.trim();
    if let Ok(n) = text.parse::<usize>() {
        if (1..=w.scenarios.len()).contains(&n) {
            return Ok(n - 1);
        }
    }
    if let Some(i) = w.scenarios.iter().position(|s| s.name.trim() == text) {
        return Ok(i);
    }
    let list: Vec<String> = (0..w.scenarios.len())
        .map(|i| scenario_name(w, i))
        .collect();
    Err(flag_error(
        "--scenario",
        says(
            "error-flag-scenario",
            Args::new()
                .text("text", format!("{text:?}"))
                .text("list", list.join(", ")),
        ),
    ))
}

/// `pipesim sensitivity`.
pub fn sensitivity(
    args: &AnalysisArgs,
    output: Option<String>,
    lang: Lang,
) -> Result<(), CliError> {
    let mut base = Base::read(args, "sensitivity")?;
    let saved = match &base.saved {
        Some(AnalysisKind::Sensitivity { output }) => Some(output.clone()),
        _ => None,
    };
    let output = base
        .setting(output, saved, "analysis.output")
        .unwrap_or_else(|| "bookings.total".into());
    let spec = base.spec(AnalysisKind::Sensitivity { output });
    analyse(base, spec, args, StudyOptions::default(), lang)
}

/// `pipesim sweep`.
pub fn sweep(
    args: &AnalysisArgs,
    flags: SweepFlags,
    shard: Option<&str>,
    lang: Lang,
) -> Result<(), CliError> {
    let mut base = Base::read(args, "sweep")?;
    let saved = match &base.saved {
        Some(AnalysisKind::Sweep {
            output,
            field,
            from,
            to,
            steps,
        }) => Some((output.clone(), field.clone(), *from, *to, *steps)),
        _ => None,
    };
    let output = base
        .setting(
            flags.output,
            saved.as_ref().map(|s| s.0.clone()),
            "analysis.output",
        )
        .unwrap_or_else(|| "bookings.total".into());
    let field = base
        .setting(
            flags.field,
            saved.as_ref().map(|s| s.1.clone()),
            "analysis.field",
        )
        .ok_or_else(|| flag_error("--field", Message::new("error-flag-field-missing")))?;
    let input =
        input_at(base.scenario(), &field).map_err(|e| base.names.error(e.at("analysis.field")))?;
    let mut end = |flag: Option<String>, saved: Option<f64>, path, name: &str| {
        let value = match flag {
            Some(text) => Some(value_of(&text, &input, name)?),
            None => None,
        };
        base.setting(value, saved, path).ok_or_else(|| {
            flag_error(
                name,
                says(
                    "error-flag-end-missing",
                    Args::new().text("end", &name[2..]),
                ),
            )
        })
    };
    let from = end(
        flags.from,
        saved.as_ref().map(|s| s.2),
        "analysis.from",
        "--from",
    )?;
    let to = end(flags.to, saved.as_ref().map(|s| s.3), "analysis.to", "--to")?;
    let steps = base
        .setting(flags.steps, saved.as_ref().map(|s| s.4), "analysis.steps")
        .ok_or_else(|| {
            flag_error(
                "--steps",
                says(
                    "error-flag-steps-missing",
                    Args::new().text("max", MAX_STEPS.to_string()),
                ),
            )
        })?;
    let spec = base.spec(AnalysisKind::Sweep {
        output,
        field,
        from,
        to,
        steps,
    });
    let options = StudyOptions {
        exhaustive: false,
        shard: shard.map(shard_of).transpose()?,
    };
    analyse(base, spec, args, options, lang)
}

/// `pipesim seek`.
pub fn seek(
    args: &AnalysisArgs,
    flags: SeekFlags,
    shard: Option<&str>,
    lang: Lang,
) -> Result<(), CliError> {
    let mut base = Base::read(args, "seek")?;
    let saved = match &base.saved {
        Some(AnalysisKind::Seek { goal, levers }) => Some((goal.clone(), levers.clone())),
        _ => None,
    };
    let goal = match &flags.goal {
        Some(text) => Some(goal_of(text, base.scenario())?),
        None => None,
    };
    let mut goal = base
        .setting(goal, saved.as_ref().map(|s| s.0.clone()), "analysis.goal")
        .ok_or_else(|| flag_error("--goal", Message::new("error-flag-goal-missing")))?;
    let chance = match &flags.chance {
        Some(text) => Some(chance_of(text)?),
        None => None,
    };
    goal.chance = base
        .setting(
            chance,
            saved.as_ref().map(|s| s.0.chance),
            "analysis.goal.chance",
        )
        .unwrap_or(DEFAULT_CHANCE);
    let levers = if flags.levers.is_empty() {
        None
    } else if flags.levers.len() > MAX_LEVERS {
        return Err(flag_error(
            "--lever",
            says(
                "error-flag-lever-count",
                Args::new()
                    .text("count", flags.levers.len().to_string())
                    .text("max", MAX_LEVERS.to_string()),
            ),
        ));
    } else {
        let scenario = base.scenario();
        Some(
            flags
                .levers
                .iter()
                .map(|text| lever_of(text, scenario))
                .collect::<Result<Vec<_>, _>>()?,
        )
    };
    base.names.levers = flags.levers.clone();
    let levers = base
        .setting(levers, saved.map(|s| s.1), "analysis.levers")
        .ok_or_else(|| flag_error("--lever", Message::new("error-flag-lever-missing")))?;
    let spec = base.spec(AnalysisKind::Seek { goal, levers });
    let options = StudyOptions {
        exhaustive: flags.exhaustive,
        shard: shard.map(shard_of).transpose()?,
    };
    analyse(base, spec, args, options, lang)
}

/// A value typed in the units of `input`'s field.
fn value_of(text: &str, input: &Input, flag: &str) -> Result<f64, CliError> {
    parse_number(text, input.unit).map_err(|e| flag_error(flag, e.0))
}

/// `KEY>=X` or `KEY<=X` (also `≥`, `≤`); X in the output's units: money takes `5M`, `$1.2M`.
fn goal_of(text: &str, scenario: &Scenario) -> Result<GoalSpec, CliError> {
    let error = |reason: Message| {
        CliError::Analysis(AnalysisError::about("--goal", format!("{text:?}"), reason))
    };
    let (key, at_least, threshold) = [(">=", true), ("≥", true), ("<=", false), ("≤", false)]
        .into_iter()
        .find_map(|(op, at_least)| {
            let (key, x) = text.split_once(op)?;
            Some((key.trim(), at_least, x.trim()))
        })
        .ok_or_else(|| error(Message::new("error-flag-goal-shape")))?;
    let measure = Measure::parse(key, scenario.quarters()).map_err(|e| error(e.0))?;
    let unit = if measure.is_money() {
        Unit::Money
    } else {
        Unit::Count
    };
    let threshold = parse_number(threshold, unit).map_err(|e| error(e.0))?;
    Ok(GoalSpec {
        output: measure.key(),
        at_least,
        threshold,
        chance: DEFAULT_CHANCE,
    })
}

/// A chance such as `0.8` or `80%` (a number without `%` is a fraction: `80` is refused).
fn chance_of(text: &str) -> Result<f64, CliError> {
    let unit = if text.trim_end().ends_with('%') {
        Unit::Share
    } else {
        Unit::Count
    };
    let p = parse_number(text, unit).map_err(|e| flag_error("--chance", e.0))?;
    if p > 0.0 && p <= 1.0 {
        Ok(p)
    } else {
        Err(flag_error(
            "--chance",
            says("error-flag-chance", Args::new().text("value", text.trim())),
        ))
    }
}

/// `KEY=A..B` or `KEY=A..B/STEP`, the values in the field's units.
fn lever_of(text: &str, scenario: &Scenario) -> Result<LeverSpec, CliError> {
    let flag = format!("--lever {text}");
    let shape = || flag_error(&flag, Message::new("error-flag-lever-shape"));
    let (field, range) = text.split_once('=').ok_or_else(shape)?;
    let (from, rest) = range.split_once("..").ok_or_else(shape)?;
    let (to, step) = match rest.split_once('/') {
        Some((to, step)) => (to, Some(step)),
        None => (rest, None),
    };
    let field = field.trim();
    let input = input_at(scenario, field).map_err(|e| CliError::Analysis(e.at(&flag)))?;
    let value = |t: &str| parse_number(t, input.unit).map_err(|e| flag_error(&flag, e.0));
    let step = step.map(value).transpose()?;
    if step.is_some_and(|s| s <= 0.0) {
        return Err(flag_error(&flag, Message::new("error-flag-step")));
    }
    Ok(LeverSpec {
        field: field.to_string(),
        from: value(from)?,
        to: value(to)?,
        step,
    })
}

/// `i/n` from 1, as the study's part `(i − 1, n)`.
fn shard_of(text: &str) -> Result<(u32, u32), CliError> {
    let parts = text
        .split_once('/')
        .and_then(|(i, n)| Some((i.trim().parse::<u32>().ok()?, n.trim().parse::<u32>().ok()?)));
    match parts {
        Some((i, n)) if i >= 1 && i <= n => Ok((i - 1, n)),
        _ => Err(flag_error(
            "--shard",
            says(
                "error-flag-shard",
                Args::new().text("text", format!("{text:?}")),
            ),
        )),
    }
}

/// Checks, runs and prints one analysis (or its part).
fn analyse(
    base: Base,
    spec: AnalysisSpec,
    args: &AnalysisArgs,
    options: StudyOptions,
    lang: Lang,
) -> Result<(), CliError> {
    let Base {
        workspace,
        scenario,
        names,
        ..
    } = base;
    let mut study = Study::new(&workspace, &spec, options).map_err(|e| names.error(e))?;
    let parts = options.shard.map_or(1, |(_, n)| n);
    study
        .check_work(ANALYSIS_WORK_LIMIT * parts as f64)
        .map_err(|e| names.error(e))?;
    let threads = args
        .threads
        .unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        })
        .max(1);
    let bar = progress_bar(spec.kind.name(), lang);
    let progress = |done: u64, asked: u64| {
        bar.set_length(asked);
        bar.set_position(done);
    };
    run_study(&mut study, threads, &progress, &AtomicBool::new(false)).map_err(|error| {
        CliError::Run {
            scenario: Some(scenario_name(&workspace, scenario)),
            error,
        }
    })?;
    bar.finish_and_clear();
    match options.shard {
        Some(shard) => {
            let part = Part::of(&study, &workspace, shard);
            say(&(serde_json::to_string(&part).expect("a part serialises") + "\n"));
        }
        None => say(&render(&study, args.format, lang)),
    }
    Ok(())
}

/// A bar on stderr when it is a terminal: trials run over trials asked, both growing as a
/// tornado refines or a seek plans its next round; its word for trials in `lang`.
fn progress_bar(kind: &str, lang: Lang) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    // The counts are the bar's own placeholders, put where the language puts numbers.
    let trials = Catalogue::embedded(lang).say(
        "analysis-progress",
        &Args::new().text("done", "{pos}").text("asked", "{len}"),
    );
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template(&format!(
            "{{spinner}} {{msg}} [{{bar:30}}] {trials} ({{elapsed}})"
        ))
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    bar.set_message(kind.to_string());
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}

/// `pipesim merge`: the parts of a sharded sweep or seek, printed as the whole run prints.
pub fn merge_parts(paths: &[String], format: Format, lang: Lang) -> Result<(), CliError> {
    let mut parts = Vec::new();
    for path in paths {
        let (name, text) = if path == "-" {
            read_input(path)?
        } else {
            let text = std::fs::read_to_string(path).map_err(|source| CliError::Io {
                path: path.clone(),
                source,
            })?;
            (path.clone(), text)
        };
        let part: Part = serde_json::from_str(&text).map_err(|e| {
            CliError::Analysis(AnalysisError::at(
                &name,
                says(
                    "error-merge-not-a-part",
                    Args::new().text("problem", e.to_string()),
                ),
            ))
        })?;
        parts.push((name, part));
    }
    let study = merge(&parts).map_err(CliError::Analysis)?;
    say(&render(&study, format, lang));
    Ok(())
}
