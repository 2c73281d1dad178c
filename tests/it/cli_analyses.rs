//! The analyses on the command line, run as a separate process: `pipesim sensitivity`, `sweep`
//! and `seek` in the table, JSON and CSV formats; `--shard` parts merged by `pipesim merge` into
//! exactly what the whole run prints; a goal seek on the capacity formula's known answer; the
//! settings saved in a file (and its share link) as the flags' defaults; and bad settings named
//! by their flag or path with exit code 2.
//!
//! Trial counts stay small (a few hundred) so the debug build runs these quickly.

use pipesim::model::{Dist, Scenario, Workspace};
use pipesim::presets;
use serde_json::{json, Value};

use super::common::cli::{failure, run, run_ok};
use super::common::temp_dir::TempDir;

/// Runs a command that must fail with exit code 2 and print no result; returns its stderr.
fn run_bad(args: &[&str]) -> String {
    let o = run(args);
    assert!(o.stdout.is_empty(), "pipesim {args:?} printed a result");
    failure(&o, args, 2)
}

fn json_of(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

fn with<'a>(base: &[&'a str], extra: &[&'a str]) -> Vec<&'a str> {
    base.iter().chain(extra).copied().collect()
}

/// The CSV's header, checked to be ASCII keys, and its rows.
fn csv_rows(text: &str) -> (Vec<String>, Vec<String>) {
    let mut lines = text.lines();
    let header: Vec<String> = lines
        .next()
        .expect("a header")
        .split(',')
        .map(str::to_string)
        .collect();
    for key in &header {
        assert!(
            !key.is_empty()
                && key
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
            "column key {key:?}"
        );
    }
    (header, lines.map(str::to_string).collect())
}

// ---------------------------------------------------------------------------------------------
// sensitivity
// ---------------------------------------------------------------------------------------------

const TORNADO: [&str; 6] = [
    "sensitivity",
    "founder-led",
    "--trials",
    "100",
    "--threads",
    "2",
];

#[test]
fn sensitivity_prints_the_tornado_and_the_bands_in_three_formats() {
    let table = run_ok(&TORNADO);
    for words in [
        "Sensitivity of Bookings over the horizon (bookings.total), scenario 1 (founder-led)",
        "every input first at 10 trials",
        "What moves it most",
        "What widens the band",
        "deals.size",
        "std error",
        "narrows by",
    ] {
        assert!(table.contains(words), "{words:?} in\n{table}");
    }

    let report = json_of(&run_ok(&with(&TORNADO, &["--format", "json"])));
    assert_eq!(report["kind"], "sensitivity");
    assert_eq!(report["trials"], 100);
    assert_eq!(report["done"], true);
    let bars = report["sensitivity"]["bars"].as_array().expect("bars");
    assert!(bars.len() > 5, "{} bars", bars.len());
    let swings: Vec<f64> = bars
        .iter()
        .map(|b| b["swing"].as_f64().unwrap().abs())
        .collect();
    assert!(
        swings.windows(2).all(|w| w[0] >= w[1]),
        "ranked: {swings:?}"
    );
    let top = &bars[0];
    assert!(top["low_text"].is_string() && top["high_text"].is_string());
    assert_eq!(top["trials"], 100, "the top bar is refined to every trial");
    // The mark: a bar within two standard errors of zero is noise.
    for bar in bars {
        let within =
            bar["swing"].as_f64().unwrap().abs() <= 2.0 * bar["standard_error"].as_f64().unwrap();
        assert_eq!(bar["within_noise"], within, "{bar}");
    }
    let bands = report["sensitivity"]["bands"].as_array().expect("bands");
    assert!(!bands.is_empty());

    let csv = run_ok(&with(&TORNADO, &["--format", "csv"]));
    let (header, rows) = csv_rows(&csv);
    assert_eq!(header[..3], ["kind", "path", "label"]);
    assert!(header.contains(&"standard_error".to_string()));
    assert!(header.contains(&"narrowing_share".to_string()));
    assert_eq!(rows.len(), bars.len() + bands.len());
    assert_eq!(
        rows.iter().filter(|r| r.starts_with("bar,")).count(),
        bars.len()
    );
    assert!(rows[0].starts_with(&format!("bar,{},", top["path"].as_str().unwrap())));
    for row in &rows {
        assert_eq!(row.matches(',').count() + 1, header.len(), "{row}");
    }
}

#[test]
fn sensitivity_of_a_chance_and_of_a_quarter() {
    let dir = TempDir::new("chance");
    let mut s = presets::find("founder-led").unwrap().scenario();
    s.targets.bookings_per_quarter = pipesim::model::Target::Every(150_000.0);
    let file = dir.file_arg("target.json", &Workspace::single(s).to_value().to_string());
    let report = json_of(&run_ok(&[
        "sensitivity",
        &file,
        "--output",
        "p_hit_target",
        "--trials",
        "60",
        "--format",
        "json",
    ]));
    assert_eq!(report["chance"], true);
    for bar in report["sensitivity"]["bars"].as_array().unwrap() {
        let (low, high) = (bar["low"].as_f64().unwrap(), bar["high"].as_f64().unwrap());
        assert!(
            (0.0..=1.0).contains(&low) && (0.0..=1.0).contains(&high),
            "{bar}"
        );
    }
    let table = run_ok(&[
        "sensitivity",
        "founder-led",
        "--output",
        "headcount.total@q4",
        "--trials",
        "40",
    ]);
    assert!(table.contains("(headcount.total@q4)"), "{table}");
}

// ---------------------------------------------------------------------------------------------
// sweep
// ---------------------------------------------------------------------------------------------

const SWEEP: [&str; 12] = [
    "sweep",
    "series-a",
    "--field",
    "ae.outbound_share",
    "--from",
    "10%",
    "--to",
    "0.6",
    "--steps",
    "6",
    "--trials",
    "100",
];

#[test]
fn sweep_prints_one_row_per_value_with_the_best_marked() {
    let table = run_ok(&SWEEP);
    assert!(
        table.starts_with(
            "Sweep of Outbound share of AE hours (ae.outbound_share): 6 values from 10% to 60%"
        ),
        "{table}"
    );
    assert!(table.contains("median cost"), "{table}");
    for value in ["10%", "20%", "30%", "40%", "50%", "60%"] {
        assert!(
            table.lines().any(|l| l.trim_start().starts_with(value)),
            "{value}:\n{table}"
        );
    }
    assert_eq!(table.matches("best").count(), 1, "{table}");

    let report = json_of(&run_ok(&with(&SWEEP, &["--format", "json"])));
    assert_eq!(report["kind"], "sweep");
    let rows = report["sweep"]["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 6);
    let best = report["sweep"]["best"].as_u64().expect("a best value") as usize;
    let output = |r: &Value| r["output"].as_f64().unwrap();
    assert!(rows.iter().all(|r| output(r) <= output(&rows[best])));
    for r in rows {
        let s = &r["summary"];
        assert!(s["p10"].as_f64() <= s["p50"].as_f64() && s["p50"].as_f64() <= s["p90"].as_f64());
        assert_eq!(s["p50"], r["output"]);
    }

    let (header, lines) = csv_rows(&run_ok(&with(&SWEEP, &["--format", "csv"])));
    assert_eq!(
        header,
        [
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
            "refused"
        ]
    );
    assert_eq!(lines.len(), 6);
    assert!(
        lines[0].starts_with("ae.outbound_share,0.1,10%,"),
        "{}",
        lines[0]
    );
    assert_eq!(lines.iter().filter(|l| l.contains(",true,")).count(), 1);
}

#[test]
fn a_sweep_of_a_chance_says_so() {
    let dir = TempDir::new("sweep-chance");
    let mut s = presets::find("series-a").unwrap().scenario();
    s.targets.bookings_per_quarter = pipesim::model::Target::Every(600_000.0);
    let file = dir.file_arg("target.json", &Workspace::single(s).to_value().to_string());
    let table = run_ok(&[
        "sweep",
        &file,
        "--field",
        "ae.pace",
        "--from",
        "1",
        "--to",
        "5",
        "--steps",
        "3",
        "--output",
        "p_hit_target",
        "--trials",
        "60",
    ]);
    assert!(table.contains("chance"), "{table}");
    assert!(
        table.contains("P10 and P90 are of bookings.total"),
        "{table}"
    );
}

// ---------------------------------------------------------------------------------------------
// seek
// ---------------------------------------------------------------------------------------------

/// A team of fully ramped AEs that nobody leaves or joins: quota capacity is the formula's.
fn steady_team() -> Scenario {
    let mut s = Scenario::default();
    s.ae.staffing.initial = 3;
    s.ae.staffing.initial_tenure_months = 36;
    s.ae.staffing.annual_attrition = Dist::Fixed(0.0);
    s.ae.staffing.mis_hire_rate = Dist::Fixed(0.0);
    s.ae.staffing.pace = None;
    s.ae.staffing.plan.clear();
    s
}

#[test]
fn seek_on_quota_capacity_finds_the_formulas_count_of_aes() {
    let dir = TempDir::new("seek-capacity");
    let s = steady_team();
    let per_ae = s.ae.quota_per_year * s.horizon_months as f64 / 12.0;
    let formula = (7.5e6 / per_ae).ceil();
    let file = dir.file_arg("steady.json", &Workspace::single(s).to_value().to_string());
    let args = [
        "seek",
        &file,
        "--goal",
        "quota_capacity>=$7.5M",
        "--lever",
        "ae.initial=1..30",
        "--trials",
        "100",
    ];
    let report = json_of(&run_ok(&with(&args, &["--format", "json"])));
    assert_eq!(report["kind"], "seek");
    let seek = &report["seek"];
    assert_eq!(seek["met"], true);
    assert_eq!(seek["required"], 0.8, "the default chance");
    assert_eq!(
        seek["choice"]["values"],
        json!([formula]),
        "{per_ae} of quota per AE"
    );
    assert_eq!(seek["choice"]["chance"], 1.0);
    assert!(
        seek["tried"].as_u64().unwrap() < 20,
        "bisection, not every value"
    );

    let table = run_ok(&args);
    assert!(
        table.starts_with("Goal seek: quota_capacity ≥ $7.5M with a chance of at least 80.0%"),
        "{table}"
    );
    assert!(
        table.contains(&format!("Chosen: AEs at start {formula} · chance 100.0%")),
        "{table}"
    );
    assert!(table.contains("Frontier: every setting tried"), "{table}");
    assert_eq!(table.matches("chosen").count(), 1, "{table}");

    let (header, rows) = csv_rows(&run_ok(&with(&args, &["--format", "csv"])));
    assert_eq!(
        header,
        [
            "lever_1",
            "value_1",
            "value_1_text",
            "lever_2",
            "value_2",
            "value_2_text",
            "chance",
            "median_cost",
            "meets",
            "chosen"
        ]
    );
    assert_eq!(rows.len() as u64, seek["tried"].as_u64().unwrap());
    let chosen: Vec<&String> = rows.iter().filter(|r| r.ends_with(",true")).collect();
    assert_eq!(chosen.len(), 1);
    assert!(
        chosen[0].starts_with(&format!("ae.initial,{formula},")),
        "{}",
        chosen[0]
    );
}

#[test]
fn an_unreachable_goal_shows_the_best_reached() {
    let table = run_ok(&[
        "seek",
        "founder-led",
        "--goal",
        "bookings.total>=1B",
        "--lever",
        "ae.initial=1..4",
        "--chance",
        "50%",
        "--trials",
        "50",
    ]);
    assert!(table.contains("with a chance of at least 50.0%"), "{table}");
    assert!(
        table.contains("Nothing in range meets the goal. The best reached: AEs at start"),
        "{table}"
    );
}

#[test]
fn a_two_lever_seek_and_an_at_most_goal() {
    let args = [
        "seek",
        "series-a",
        "--goal",
        "cost.total<=9M",
        "--chance",
        "0.5",
        "--lever",
        "ae.pace=1..6",
        "--lever",
        "ae.outbound_share=10%..50%/20%",
        "--trials",
        "60",
        "--format",
        "json",
    ];
    let report = json_of(&run_ok(&args));
    let seek = &report["seek"];
    assert_eq!(seek["levers"][0]["path"], "ae.pace");
    assert_eq!(seek["levers"][1]["path"], "ae.outbound_share");
    assert_eq!(seek["levers"][1]["values"], 3);
    assert_eq!(seek["series"].as_array().unwrap().len(), 3);
    assert_eq!(seek["choice"]["values"].as_array().unwrap().len(), 2);
}

// ---------------------------------------------------------------------------------------------
// Parts and merging
// ---------------------------------------------------------------------------------------------

/// Runs `args` in `n` parts, checks each part is JSON whatever the format, and merges them in
/// each format, comparing byte for byte with the whole run (`whole` extra flags added).
fn parts_merge_to_the_whole(label: &str, args: &[&str], whole: &[&str]) {
    let dir = TempDir::new(label);
    let n = 3;
    let parts: Vec<String> = (1..=n)
        .map(|i| {
            let shard = format!("{i}/{n}");
            // The format is ignored: a part is always its JSON.
            let text = run_ok(&with(args, &["--shard", &shard, "--format", "table"]));
            let part = json_of(&text);
            assert_eq!(part["pipesim_part"], 1);
            assert_eq!(part["shard"], json!([i, n]));
            dir.file_arg(&format!("part-{i}.json"), &text)
        })
        .collect();
    let part_args: Vec<&str> = parts.iter().map(String::as_str).collect();
    for format in ["table", "json", "csv"] {
        let merged = run_ok(&with(&with(&["merge"], &part_args), &["--format", format]));
        let direct = run_ok(&with(&with(args, whole), &["--format", format]));
        assert_eq!(
            merged, direct,
            "{label}: merged {format} differs from the whole run"
        );
    }
    // In Chinese too: the merged table speaks the language asked of `merge`.
    let lang = ["--lang", "zh-CN"];
    let merged = run_ok(&with(&with(&["merge"], &part_args), &lang));
    assert_eq!(merged, run_ok(&with(&with(args, whole), &lang)), "{label}");
    assert!(english_words(&merged, &["series-a"]).is_empty(), "{merged}");
    // Parts in any order; a part missing or twice is refused.
    let reversed: Vec<&str> = part_args.iter().rev().copied().collect();
    assert_eq!(
        run_ok(&with(&["merge"], &reversed)),
        run_ok(&with(&["merge"], &part_args))
    );
    let err = run_bad(&["merge", part_args[0], part_args[1]]);
    assert!(err.contains("part 3/3 is missing"), "{err}");
    let err = run_bad(&["merge", part_args[0], part_args[0], part_args[1]]);
    assert!(err.contains("is given twice"), "{err}");
}

#[test]
fn sweep_parts_merge_into_the_whole_sweep_byte_for_byte() {
    let args = [
        "sweep", "series-a", "--field", "ae.pace", "--from", "1", "--to", "6", "--steps", "6",
        "--trials", "60", "--seed", "4",
    ];
    parts_merge_to_the_whole("sweep-parts", &args, &[]);
}

#[test]
fn seek_parts_merge_into_the_exhaustive_seek_byte_for_byte() {
    let args = [
        "seek",
        "series-a",
        "--goal",
        "bookings.total>=6M",
        "--chance",
        "0.5",
        "--lever",
        "ae.pace=1..5",
        "--lever",
        "ae.outbound_share=10%..50%/20%",
        "--trials",
        "40",
    ];
    parts_merge_to_the_whole("seek-parts", &args, &["--exhaustive"]);
}

#[test]
fn merge_refuses_what_is_not_a_part() {
    let dir = TempDir::new("not-a-part");
    let file = dir.file_arg("x.json", "{\"schema\": 1}");
    let err = run_bad(&["merge", &file]);
    assert!(err.contains("not a part of a sharded run"), "{err}");
}

// ---------------------------------------------------------------------------------------------
// Settings from the file, flags and links
// ---------------------------------------------------------------------------------------------

fn series_a_with(analysis: Value, seed: u64) -> Value {
    let preset: Value = serde_json::from_str(presets::find("series-a").unwrap().json).unwrap();
    json!({ "schema": 1, "scenarios": [preset], "baseline": 0,
            "run": { "trials": 500, "seed": seed }, "analysis": analysis })
}

#[test]
fn a_saved_analysis_gives_the_defaults_and_its_link_reopens_it() {
    let dir = TempDir::new("saved");
    let analysis = json!({ "kind": "sweep", "trials": 50, "field": "ae.pace", "from": 1,
                           "to": 4, "steps": 4 });
    let file = dir.file_arg("w.json", &series_a_with(analysis, 3).to_string());
    let saved = run_ok(&["sweep", &file, "--format", "json"]);
    let flags = run_ok(&[
        "sweep", "series-a", "--field", "ae.pace", "--from", "1", "--to", "4", "--steps", "4",
        "--trials", "50", "--seed", "3", "--format", "json",
    ]);
    assert_eq!(saved, flags, "the saved settings, and --seed for run.seed");
    let link = run_ok(&["link", &file]);
    assert_eq!(run_ok(&["sweep", link.trim(), "--format", "json"]), saved);
    // A flag overrides its setting only.
    let report = json_of(&run_ok(&[
        "sweep", &file, "--steps", "2", "--format", "json",
    ]));
    assert_eq!(report["trials"], 50);
    assert_eq!(report["seed"], 3);
    let values: Vec<f64> = report["sweep"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["value"].as_f64().unwrap())
        .collect();
    assert_eq!(values, [1.0, 4.0]);
    // An analysis of another kind gives nothing: the sweep's flags are needed.
    let err = run_bad(&["seek", &file]);
    assert!(err.contains("--goal: is missing"), "{err}");
}

#[test]
fn seed_and_threads() {
    let base = [
        "sweep",
        "founder-led",
        "--field",
        "ae.initial",
        "--from",
        "0",
        "--to",
        "3",
        "--steps",
        "4",
        "--trials",
        "80",
        "--format",
        "json",
    ];
    let one = run_ok(&with(&base, &["--threads", "1"]));
    let three = run_ok(&with(&base, &["--threads", "3"]));
    assert_eq!(one, three, "threads change no number");
    let seeded = json_of(&run_ok(&with(&base, &["--seed", "9"])));
    assert_eq!(seeded["seed"], 9);
    assert_ne!(seeded, json_of(&one));
}

#[test]
fn scenario_by_number_or_name() {
    let dir = TempDir::new("scenarios");
    let mut a = presets::find("founder-led").unwrap().scenario();
    a.name = "Plan A".into();
    let mut b = presets::find("series-a").unwrap().scenario();
    b.name = "Plan B".into();
    let mut w = Workspace::single(a);
    w.scenarios.push(b);
    let file = dir.file_arg("two.json", &w.to_value().to_string());
    let sweep = |scenario: &str| {
        run_ok(&[
            "sweep",
            &file,
            "--scenario",
            scenario,
            "--field",
            "ae.initial",
            "--from",
            "1",
            "--to",
            "2",
            "--steps",
            "2",
            "--trials",
            "30",
            "--format",
            "json",
        ])
    };
    let by_number = sweep("2");
    assert_eq!(json_of(&by_number)["scenario"], "Plan B");
    assert_eq!(sweep("Plan B"), by_number);
    assert_eq!(json_of(&sweep("Plan A"))["scenario"], "Plan A");
    let err = run_bad(&["sensitivity", &file, "--scenario", "Plan C"]);
    assert!(
        err.contains("--scenario: no scenario numbered or named \"Plan C\""),
        "{err}"
    );
}

// ---------------------------------------------------------------------------------------------
// Bad settings
// ---------------------------------------------------------------------------------------------

#[test]
fn bad_settings_name_their_flag_and_exit_2() {
    // A good sweep with one flag changed.
    let sweep = |change: &[&str]| {
        let mut args = vec![
            "sweep",
            "series-a",
            "--field",
            "ae.outbound_share",
            "--from",
            "0.1",
            "--to",
            "0.6",
            "--steps",
            "5",
            "--trials",
            "10",
        ];
        match args.iter().position(|a| *a == change[0]) {
            Some(i) => args[i + 1] = change[1],
            None => args.extend_from_slice(change),
        }
        run_bad(&args)
    };
    let seek = |goal: &str, lever: &str| {
        run_bad(&[
            "seek", "series-a", "--goal", goal, "--lever", lever, "--trials", "10",
        ])
    };
    let cases = [
        (
            sweep(&["--steps", "0"]),
            "pipesim: --steps: 0 steps: a sweep takes 1 to 200",
        ),
        (
            sweep(&["--steps", "201"]),
            "--steps: 201 steps: a sweep takes 1 to 200",
        ),
        (
            sweep(&["--to", "10%"]),
            "--to: the range 0.1 to 0.1 is empty",
        ),
        (
            sweep(&["--to", "150%"]),
            "--to: 1.5 is outside ae.outbound_share's range",
        ),
        (sweep(&["--from", "lots"]), "--from: “lots” is not a number"),
        (
            sweep(&["--field", "drift.enabled"]),
            "--field: drift.enabled: ",
        ),
        (
            sweep(&["--field", "ae.nope"]),
            "--field: ae.nope: is not a field of a scenario",
        ),
        (
            sweep(&["--output", "revenue"]),
            "--output: \"revenue\" is not an output",
        ),
        (
            sweep(&["--output", "p_hit_target"]),
            "--output: p_hit_target: the scenario has no bookings target",
        ),
        (
            sweep(&["--trials", "0"]),
            "--trials: 0 is outside 1 to 1000000",
        ),
        (sweep(&["--shard", "0/4"]), "--shard: \"0/4\" is not a part"),
        (
            seek("bookings.total>5M", "ae.pace=1..8"),
            "--goal: \"bookings.total>5M\": write the goal as KEY>=X or KEY<=X",
        ),
        (
            seek("bookings.total>=5 apples", "ae.pace=1..8"),
            "--goal: \"bookings.total>=5 apples\": ",
        ),
        (
            seek("revenue>=5M", "ae.pace=1..8"),
            "--goal: \"revenue>=5M\": \"revenue\" is not an output",
        ),
        (
            seek("bookings.total>=5M", "ae.pace=1-8"),
            "--lever ae.pace=1-8: write a lever as KEY=A..B",
        ),
        (
            seek("bookings.total>=5M", "ae.pace=8..1"),
            "--lever ae.pace=8..1: the range 8 to 1 is empty",
        ),
        (
            seek("bookings.total>=5M", "drift.enabled=0..1"),
            "--lever drift.enabled=0..1: drift.enabled: ",
        ),
        (
            seek("bookings.total>=5M", "ae.pace=1..8/0"),
            "--lever ae.pace=1..8/0: the step must be above 0",
        ),
        (
            seek("bookings.total>=5M", "ae.outbound_share=0..0.9/0.0001"),
            "the most is 1000",
        ),
        (
            run_bad(&[
                "seek",
                "series-a",
                "--goal",
                "bookings.total>=5M",
                "--lever",
                "ae.pace=1..8",
                "--chance",
                "80",
            ]),
            "--chance: 80 is outside 0 (excluded) to 1",
        ),
        (
            run_bad(&[
                "seek",
                "series-a",
                "--goal",
                "bookings.total>=5M",
                "--lever",
                "ae.pace=1..8",
                "--lever",
                "sdr.pace=1..3",
                "--lever",
                "ae.initial=1..3",
            ]),
            "--lever: 3 levers: a goal seek moves 1 or 2",
        ),
        (
            run_bad(&[
                "sweep", "series-a", "--field", "ae.pace", "--from", "1", "--to", "8", "--steps",
                "200", "--trials", "1000000",
            ]),
            "--trials: this analysis is too large",
        ),
        (
            run_bad(&["sweep", "series-a", "--from", "1"]),
            "--field: is missing",
        ),
        (
            run_bad(&["seek", "series-a", "--lever", "ae.pace=1..2"]),
            "--goal: is missing",
        ),
    ];
    for (err, expected) in cases {
        assert!(err.contains(expected), "expected {expected:?} in:\n{err}");
        assert!(err.starts_with("pipesim: "), "{err}");
    }
}

#[test]
fn bad_saved_settings_are_named_by_their_path() {
    let dir = TempDir::new("bad-saved");
    let analysis = json!({ "kind": "sweep", "trials": 10, "field": "ae.pace", "from": 5,
                           "to": 2, "steps": 4 });
    let file = dir.file_arg("w.json", &series_a_with(analysis, 1).to_string());
    let err = run_bad(&["sweep", &file]);
    assert!(
        err.contains("pipesim: analysis.to: the range 5 to 2 is empty"),
        "{err}"
    );
    // The file's too many trials are the file's; a --trials flag is named as the flag.
    let analysis = json!({ "kind": "sweep", "trials": 1000000, "field": "ae.pace", "from": 1,
                           "to": 8, "steps": 200 });
    let file = dir.file_arg("big.json", &series_a_with(analysis, 1).to_string());
    let err = run_bad(&["sweep", &file]);
    assert!(
        err.contains("pipesim: analysis.trials: this analysis is too large"),
        "{err}"
    );
    let err = run_bad(&["sweep", &file, "--trials", "900000"]);
    assert!(
        err.contains("pipesim: --trials: this analysis is too large"),
        "{err}"
    );
    // A file whose analysis does not read is refused like any invalid file.
    let bad = json!({ "kind": "sweep", "field": "ae.pace", "from": 1, "to": 8, "steps": 0 });
    let file = dir.file_arg("invalid.json", &series_a_with(bad, 1).to_string());
    let err = run_bad(&["sweep", &file]);
    assert!(err.contains("analysis.steps"), "{err}");
}

#[test]
fn a_value_the_model_refuses_is_shown_with_its_reason() {
    let args = [
        "sweep",
        "founder-led",
        "--field",
        "ae.admin_share",
        "--from",
        "0",
        "--to",
        "90%",
        "--steps",
        "4",
        "--trials",
        "20",
    ];
    let table = run_ok(&args);
    let refused: Vec<&str> = table.lines().filter(|l| l.contains("refused: ")).collect();
    assert_eq!(refused.len(), 2, "{table}");
    assert!(
        refused[0].trim_start().starts_with("60%  refused: "),
        "{table}"
    );
    let (header, rows) = csv_rows(&run_ok(&with(&args, &["--format", "csv"])));
    assert_eq!(header.last().map(String::as_str), Some("refused"));
    assert!(
        rows[0].ends_with(",true,") || rows[0].ends_with(",false,"),
        "{}",
        rows[0]
    );
    assert!(rows[2].ends_with("at least 0.1 must remain"), "{}", rows[2]);
}

// ---------------------------------------------------------------------------------------------
// In Chinese
// ---------------------------------------------------------------------------------------------

/// The columns a terminal gives `text`: two for Chinese characters and full-width punctuation.
/// Written apart from `format::display_width`, so that the tables are not checked against the
/// function that padded them.
fn columns(text: &str) -> usize {
    text.chars()
        .map(|c| match c {
            '\u{3000}'..='\u{303F}' | '\u{4E00}'..='\u{9FFF}' | '\u{FF00}'..='\u{FF60}' => 2,
            _ => 1,
        })
        .sum()
}

/// The Latin words of `text` other than keys (`ae.pace`, `quota_capacity`,
/// `bookings.total@q4`), the `names` given (scenarios) and the abbreviations Chinese readers
/// use as they are (AE, SDR, P10, the `US` of `US$`): none may be left in a Chinese table.
fn english_words(text: &str, names: &[&str]) -> Vec<String> {
    const ALLOWED: [&str; 9] = ["AE", "SDR", "VP", "OTE", "AI", "US", "P10", "P90", "JP"];
    text.split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '@' | '-')))
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        .filter(|w| !w.contains(['.', '_', '@']))
        .filter(|w| !ALLOWED.contains(w) && !names.contains(w))
        .map(str::to_string)
        .collect()
}

/// The lines of the table under the header that contains `heading`, up to a blank line or the
/// tornado's note (`  ~ …`).
fn grid<'a>(table: &'a str, heading: &str) -> Vec<&'a str> {
    let lines: Vec<&str> = table.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.contains(heading))
        .unwrap_or_else(|| panic!("no header with {heading:?} in\n{table}"));
    lines[start..]
        .iter()
        .take_while(|l| !l.trim().is_empty() && !l.trim_start().starts_with("~ "))
        .copied()
        .collect()
}

/// Every row of `rows` is as wide as the header once `marks` at its end (left-aligned words
/// after the right-aligned columns) are taken off: the right-aligned columns end together.
fn assert_right_columns_align(rows: &[&str], marks: &[&str], table: &str) {
    let width = |row: &str| {
        let mut row = row.trim_end();
        while let Some(mark) = marks.iter().find(|m| row.ends_with(*m)) {
            row = row[..row.len() - mark.len()].trim_end();
        }
        columns(row)
    };
    let header = width(rows[0]);
    for row in &rows[1..] {
        assert_eq!(width(row), header, "{row:?} is not aligned in\n{table}");
    }
}

/// Fails unless `table` says each of `words` and no English word beyond the scenario's name
/// `scenario` and the allowed abbreviations.
fn assert_says_in_chinese(table: &str, words: &[&str], scenario: &str) {
    for words in words {
        assert!(table.contains(words), "{words:?} in\n{table}");
    }
    let english = english_words(table, &[scenario]);
    assert!(english.is_empty(), "English words {english:?} in\n{table}");
}

#[test]
fn sensitivity_in_chinese_has_no_english_words_and_aligned_columns() {
    let table = run_ok(&with(&TORNADO, &["--lang", "zh-CN"]));
    assert_says_in_chinese(
        &table,
        &[
            "的敏感性分析",
            "影响最大的因素",
            "哪些不确定性让区间变宽",
            "标准误差",
        ],
        "founder-led",
    );

    let tornado = grid(&table, "波动");
    assert!(tornado.len() > 5, "{table}");
    assert_right_columns_align(&tornado, &["~"], &table);
    // The inputs' names (Chinese, left-aligned) are padded by display width: every row's field
    // key starts in the header's "字段" column.
    let field_column = |row: &str, start: usize| columns(&row[..start]);
    let at = field_column(tornado[0], tornado[0].find("字段").unwrap());
    for row in &tornado[1..] {
        let key = row
            .split_whitespace()
            .find(|w| w.contains('.'))
            .unwrap_or_else(|| panic!("no field key in {row:?}"));
        assert_eq!(
            field_column(row, row.find(key).unwrap()),
            at,
            "{row:?}\n{table}"
        );
    }
    let bands = grid(&table, "占比");
    assert!(bands.len() > 1, "{table}");
    assert_right_columns_align(&bands, &[], &table);
}

#[test]
fn sweep_in_chinese_says_units_and_aligns_its_columns() {
    let args = [
        "sweep",
        "series-a",
        "--field",
        "ae.ramp_months",
        "--from",
        "2",
        "--to",
        "6",
        "--steps",
        "3",
        "--trials",
        "60",
        "--lang",
        "zh-CN",
    ];
    let table = run_ok(&args);
    assert!(
        table.starts_with("扫描 AE 爬坡期（ae.ramp_months）：3 个取值，从 2 个月 到 6 个月"),
        "{table}"
    );
    assert_says_in_chinese(
        &table,
        &["整个周期的签约额", "成本中位数", "最佳", "US$"],
        "series-a",
    );
    let rows = grid(&table, "成本中位数");
    assert_eq!(rows.len(), 4, "{table}");
    assert_right_columns_align(&rows, &["最佳"], &table);
    // The locale chooses the language when no --lang is given; --lang wins over it.
    let o = super::common::cli::run_in(&[("LANG", "zh_CN.UTF-8")], &args[..12]);
    assert_eq!(super::common::cli::success(&o, &args), table);
    let o = super::common::cli::run_in(
        &[("LC_ALL", "zh_CN.UTF-8")],
        &with(&args[..12], &["--lang", "en"]),
    );
    assert!(super::common::cli::success(&o, &args).starts_with("Sweep of "));
}

#[test]
fn seek_in_chinese_states_the_goal_and_the_answer_in_chinese() {
    let args = [
        "seek",
        "series-a",
        "--goal",
        "bookings.total@from-q5>=1M",
        "--chance",
        "0.5",
        "--lever",
        "ae.pace=1..5",
        "--lever",
        "ae.outbound_share=10%..50%/20%",
        "--trials",
        "60",
        "--lang",
        "zh-CN",
    ];
    let table = run_ok(&args);
    assert_says_in_chinese(
        &table,
        &[
            "目标求解：",
            "从第 5 季度起的每个季度",
            "≥ US$100万",
            "达成概率至少 50.0%",
            "杠杆：",
            "前沿：",
        ],
        "series-a",
    );
    let rows = grid(&table, "概率  成本中位数");
    assert!(rows.len() > 2, "{table}");
    assert_right_columns_align(&rows, &["选中", "是", "达成目标"], &table);

    let unmet = run_ok(&[
        "seek",
        "founder-led",
        "--goal",
        "bookings.total>=1B",
        "--lever",
        "ae.initial=1..4",
        "--chance",
        "50%",
        "--trials",
        "50",
        "--lang",
        "zh-CN",
    ]);
    assert!(
        unmet.contains("给定范围内没有任何设置能达成目标。最接近的是：起步时的 AE 人数"),
        "{unmet}"
    );
    let english = english_words(&unmet, &["founder-led"]);
    assert!(english.is_empty(), "English words {english:?} in\n{unmet}");
}

// The words the CLI's tables and the app's views share: a goal and an input's values.

#[test]
fn a_goal_is_said_in_each_language_from_its_parts() {
    use pipesim::analysis::{Study, StudyOptions};
    use pipesim::i18n::{Catalogue, Lang};
    use pipesim::model::analysis::{AnalysisKind, AnalysisSpec, GoalSpec, LeverSpec};
    use presets::find as preset;
    let scenario = preset("series-a").unwrap().scenario();
    let workspace = Workspace::single(scenario);
    let spec = AnalysisSpec {
        scenario: 0,
        trials: Some(10),
        kind: AnalysisKind::Seek {
            goal: GoalSpec {
                output: "bookings.total".into(),
                at_least: true,
                threshold: 5e6,
                chance: 0.8,
            },
            levers: vec![LeverSpec {
                field: "ae.initial".into(),
                from: 1.0,
                to: 3.0,
                step: None,
            }],
        },
    };
    let report = Study::new(&workspace, &spec, StudyOptions::default())
        .unwrap()
        .report();
    let en = Catalogue::embedded(Lang::En);
    let zh = Catalogue::embedded(Lang::ZhCn);
    // The English words are the JSON's text, now made from the parts.
    assert_eq!(report.goal_words(&en), report.goal.clone());
    assert_eq!(
        report.goal.as_deref(),
        Some("Bookings over the horizon at least $5M")
    );
    assert_eq!(
        report.goal_words(&zh).as_deref(),
        Some("整个周期的签约额至少 US$500万")
    );
}

#[test]
fn values_take_their_units_in_the_language() {
    use pipesim::analysis::input_at;
    use pipesim::analysis::study::{value_text, value_words};
    use pipesim::i18n::{Catalogue, Lang};
    use presets::find as preset;
    let scenario = preset("series-a").unwrap().scenario();
    let en = Catalogue::embedded(Lang::En);
    let zh = Catalogue::embedded(Lang::ZhCn);
    let input = |path: &str| input_at(&scenario, path).unwrap();
    for (path, x) in [
        ("ae.ramp_months", 2.5),
        ("ae.selling_hours_per_month", 105.0),
        ("ae.outbound_share", 0.35),
        ("deals.size", 80_000.0),
        ("ae.initial", 4.0),
    ] {
        assert_eq!(
            value_words(&en, &input(path), x, "USD"),
            value_text(&input(path), x, "USD"),
            "{path}"
        );
    }
    assert_eq!(
        value_words(&zh, &input("ae.ramp_months"), 2.5, ""),
        "2.5 个月"
    );
    assert_eq!(
        value_words(&zh, &input("ae.selling_hours_per_month"), 105.0, ""),
        "105 小时"
    );
    assert_eq!(
        value_words(&zh, &input("ae.outbound_share"), 0.35, ""),
        "35%"
    );
    assert_eq!(
        value_words(&zh, &input("deals.size"), 80_000.0, ""),
        "US$8万"
    );
    assert_eq!(value_words(&zh, &input("ae.initial"), 4.0, ""), "4");
}
