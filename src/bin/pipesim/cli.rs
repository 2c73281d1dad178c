//! The command line's grammar: commands, arguments and their help.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Monte Carlo simulator of a B2B sales team.
#[derive(Debug, Parser)]
#[command(name = "pipesim", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// How `run` prints its results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A table for people: quarters as "2027 Q1", money as $1.2M.
    Table,
    /// The stable JSON report described in the README.
    Json,
    /// CSV: one row per scenario, metric and quarter.
    Csv,
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
