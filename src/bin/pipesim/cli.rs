//! The command line's grammar: commands, arguments and their help.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Monte Carlo simulator of a B2B sales team.
#[derive(Debug, Parser)]
#[command(name = "pipesim", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// The language of what people read: tables, verdicts, messages and errors (`en` or
    /// `zh-CN`; default: from LC_ALL, LC_MESSAGES or LANG, else English). JSON and CSV keys
    /// stay as they are; `run`'s JSON carries its verdict in this language.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
}

/// How `run` and the analyses print their results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A table for people: money as $1.2M, a run's quarters as "2027 Q1".
    Table,
    /// The stable JSON report described in the README (an analysis: the analysis's report).
    Json,
    /// CSV: one row per scenario, metric and quarter (an analysis: per bar, value or setting).
    Csv,
}

/// The settings every analysis takes.
#[derive(Debug, Args)]
pub struct AnalysisArgs {
    /// A scenario or workspace JSON file, `-` for standard input, a preset name, or a share
    /// link. An analysis of the same kind saved in the file gives the defaults of the flags.
    pub file: String,
    /// The scenario analysed: its number (from 1) or its name (default: the saved analysis's,
    /// else the baseline).
    #[arg(long, value_name = "N|NAME")]
    pub scenario: Option<String>,
    /// Trials at every point (overrides the saved analysis's; default 1000 for a tornado,
    /// 2000 for a sweep or a goal seek).
    #[arg(long)]
    pub trials: Option<u32>,
    /// The seed of every point (overrides the workspace's run.seed).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Threads to use (default: every core). Results do not depend on it.
    #[arg(long)]
    pub threads: Option<usize>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Simulate a scenario or workspace file and summarise the results.
    Run {
        /// A scenario or workspace JSON file, `-` for standard input, a preset name, or a share
        /// link (quote it: `pipesim run 'http://…/#w=1.…'`).
        file: String,
        /// Trials per scenario (overrides the workspace's run.trials; default 2000).
        #[arg(long)]
        trials: Option<u32>,
        /// The run's seed (overrides the workspace's run.seed; default 1).
        #[arg(long)]
        seed: Option<u64>,
        /// Threads to use (default: every core). Results do not depend on it.
        #[arg(long)]
        threads: Option<usize>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// Also write every trial's quarterly values to this CSV file.
        #[arg(long, value_name = "PATH")]
        samples_csv: Option<PathBuf>,
        /// Also write one trial's opportunities to this CSV file, as a CRM export lists them
        /// (id, owner, source, created, closed, amount, stage): the baseline scenario's trial
        /// 0 of the run's seed, or the trial `--opportunities-trial` names.
        #[arg(long, value_name = "PATH")]
        opportunities_csv: Option<PathBuf>,
        /// The trial `--opportunities-csv` writes, from 0 (default 0); its numbers are that
        /// trial's row of `--samples-csv`.
        #[arg(long, value_name = "N", requires = "opportunities_csv")]
        opportunities_trial: Option<u32>,
    },
    /// Check a scenario or workspace file and list every problem.
    Validate {
        /// A scenario or workspace JSON file, `-` for standard input, or a share link.
        file: String,
    },
    /// Print the share link of a scenario or workspace file: opening it in the app shows the
    /// same model and, with the same trials and seed, the same numbers as `pipesim run`.
    Link {
        /// A scenario or workspace JSON file, `-` for standard input, a preset name or a link.
        file: String,
        /// The address the app is served from; the link is this address with a `#w=` fragment.
        #[arg(
            long,
            env = "PIPESIM_BASE_URL",
            default_value = "http://127.0.0.1:8080/"
        )]
        base: String,
    },
    /// What matters most: a tornado of every input the scenario uses, and which uncertainties
    /// widen the output's P10–P90 band.
    Sensitivity {
        #[command(flatten)]
        args: AnalysisArgs,
        /// The output: a metric key (`bookings.total`, `headcount.total`, `quota_capacity`…)
        /// with an optional `@qN` or `@from-qN`, `bookings_per_cost` or `p_hit_target`
        /// (default `bookings.total`).
        #[arg(long, value_name = "KEY")]
        output: Option<String>,
    },
    /// One input over a range of evenly spaced values, everything else as it is.
    Sweep {
        #[command(flatten)]
        args: AnalysisArgs,
        /// The input swept, by its path, e.g. `ae.outbound_share`.
        #[arg(long, value_name = "KEY")]
        field: Option<String>,
        /// The first value, in the field's units (`10%`, `$80K`, `3`).
        #[arg(long, value_name = "A", allow_hyphen_values = true)]
        from: Option<String>,
        /// The last value.
        #[arg(long, value_name = "B", allow_hyphen_values = true)]
        to: Option<String>,
        /// How many values, from 1 to 200.
        #[arg(long, value_name = "N")]
        steps: Option<u32>,
        /// The output (see `pipesim sensitivity --help`; default `bookings.total`).
        #[arg(long, value_name = "KEY")]
        output: Option<String>,
        /// Run only part i of n (from 1) and print its JSON for `pipesim merge`.
        #[arg(long, value_name = "i/n")]
        shard: Option<String>,
    },
    /// The cheapest setting of one or two levers that meets a goal with a given chance.
    Seek {
        #[command(flatten)]
        args: AnalysisArgs,
        /// The goal: an output key, `>=` or `<=`, and a threshold in its units, e.g.
        /// `'bookings.total>=5M'` or `'cost.total<=$4.5M'`.
        #[arg(long, value_name = "GOAL")]
        goal: Option<String>,
        /// The chance the goal must have, e.g. 0.8 or 80% (default 0.8).
        #[arg(long, value_name = "P")]
        chance: Option<String>,
        /// A lever and the values it may take, e.g. `ae.pace=1..8` or
        /// `ae.outbound_share=10%..60%/5%` (the step defaults to the field's). Once or twice.
        #[arg(
            long = "lever",
            value_name = "KEY=A..B[/STEP]",
            allow_hyphen_values = true
        )]
        levers: Vec<String>,
        /// Try every setting of the levers' values rather than searching.
        #[arg(long)]
        exhaustive: bool,
        /// Run only part i of n (from 1; every setting is tried) and print its JSON for
        /// `pipesim merge`.
        #[arg(long, value_name = "i/n")]
        shard: Option<String>,
    },
    /// Merge the parts of a sharded sweep or goal seek and print the whole result.
    Merge {
        /// The parts' JSON files (`-` for standard input).
        #[arg(required = true, value_name = "PART")]
        parts: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Fit a scenario to a CRM export (a CSV of opportunities): win rates, the sales cycle,
    /// deal size, prospecting, ramp, attrition and headcount. Prints the scenario's JSON; what
    /// was fitted, from how many deals, goes to standard error.
    Calibrate {
        /// The export: a CSV file (comma, semicolon or tab), `-` for standard input.
        file: String,
        /// The scenario the fits are written into (a file, preset or link; its baseline when
        /// a workspace). Default: every field at its default.
        #[arg(long, value_name = "SCENARIO")]
        into: Option<String>,
        /// Which header is which column, when not recognised: `created="Engage Date"`. Columns:
        /// id, created, closed, amount, stage, won, owner, source.
        #[arg(long = "column", value_name = "COLUMN=HEADER")]
        columns: Vec<String>,
        /// What a stage means: `"Closed - Other=lost"` (won, lost or open).
        #[arg(long = "stage", value_name = "STAGE=OUTCOME")]
        stages: Vec<String>,
        /// Which of the model's sources a source value is: `Partner=inbound`, or `=none`.
        #[arg(long = "source", value_name = "VALUE=SOURCE")]
        sources: Vec<String>,
        /// Dates like 03/04/2024 are day first (3 April).
        #[arg(long, conflicts_with = "month_first")]
        day_first: bool,
        /// Dates like 03/04/2024 are month first (4 March).
        #[arg(long)]
        month_first: bool,
    },
    /// List the strategy presets, or print one preset's file.
    Presets {
        /// The preset to print.
        name: Option<String>,
    },
    /// Measure the engine's speed on the benchmark workloads.
    Bench {
        /// Presets to run (default: series-a and enterprise).
        presets: Vec<String>,
        /// Trials per preset (default: 10000 for series-a, 1000 otherwise).
        #[arg(long)]
        trials: Option<u32>,
        /// Threads for the multi-threaded pass (default: every core).
        #[arg(long)]
        threads: Option<usize>,
    },
}
