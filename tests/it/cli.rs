//! The `pipesim` command line, run as a separate process: `validate` (exit 0, or every problem
//! and exit 2), `run` in the table, JSON and CSV formats, `--samples-csv`, workspaces with paired
//! comparisons, `--trials`/`--seed`/`--threads` and their determinism, `presets`, quiet stderr
//! when piped, and the exit codes of missing files and runs that are too large.
//!
//! Trial counts stay small (a few hundred) so the debug build runs these quickly.

use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

use pipesim::engine::outputs::metrics;
use pipesim::presets::{self, PRESETS};
use serde_json::{json, Value};

use super::common::cli::{pipesim, run, run_fails, run_ok, stderr, stdout};
use super::common::temp_dir::TempDir;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// Runs `pipesim ARGS` with `input` on standard input.
fn run_with_stdin(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = pipesim()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("pipesim runs")
}

/// `pipesim run FILE --format json` with extra arguments, parsed.
fn run_json(file: &Path, extra: &[&str]) -> (String, Value) {
    let mut args = vec![
        "run",
        file.to_str().expect("UTF-8 path"),
        "--format",
        "json",
    ];
    args.extend_from_slice(extra);
    let text = run_ok(&args);
    let value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("run --format json is not JSON ({e}):\n{text}"));
    (text, value)
}

fn preset_value(name: &str) -> Value {
    serde_json::from_str(presets::find(name).expect("a preset").json).expect("a preset is JSON")
}

/// A workspace file holding these presets, with run settings.
fn workspace_file(dir: &TempDir, names: &[&str], trials: u32, seed: u64) -> PathBuf {
    let scenarios: Vec<Value> = names.iter().map(|n| preset_value(n)).collect();
    let w = json!({ "schema": 1, "scenarios": scenarios, "baseline": 0, "run": { "trials": trials, "seed": seed } });
    dir.file("workspace.json", &serde_json::to_string_pretty(&w).unwrap())
}

/// Whether `text` holds a money amount such as `$1.2M`, `$85K` or `$12M` with this suffix.
fn has_money(text: &str, suffix: char) -> bool {
    text.match_indices('$').any(|(i, _)| {
        let rest = &text[i + 1..];
        let digits: String = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        !digits.is_empty() && !digits.ends_with('.') && rest[digits.len()..].starts_with(suffix)
    })
}

fn number_at(v: &Value, pointer: &str) -> f64 {
    v.pointer(pointer)
        .and_then(Value::as_f64)
        .unwrap_or_else(|| panic!("no number at {pointer}"))
}

/// The five problems used by the `validate` tests, with their paths.
const FIVE_PROBLEMS: &str = r#"{
  "schema": 1,
  "horizon_months": 61,
  "ae": { "outbound_share": 1.2, "outbund_share": 0.3 },
  "sdr": { "initial": 2.5 },
  "deals": { "size": { "lognormal": [100, 10] } }
}"#;
const FIVE_PATHS: [&str; 5] = [
    "horizon_months",
    "ae.outbound_share",
    "ae.outbund_share",
    "sdr.initial",
    "deals.size.lognormal(p5)",
];

// ---------------------------------------------------------------------------------------------
// validate
// ---------------------------------------------------------------------------------------------

#[test]
fn validate_accepts_a_good_file() {
    let dir = TempDir::new("validate-good");
    let file = dir.file("good.json", presets::find("series-a").unwrap().json);
    let out = run_ok(&["validate", file.to_str().unwrap()]);
    assert!(
        out.contains("valid (1 scenario, 2000 trials, seed 1)"),
        "{out}"
    );

    let minimal = dir.file("minimal.json", r#"{"schema": 1}"#);
    run_ok(&["validate", minimal.to_str().unwrap()]);
}

#[test]
fn validate_prints_every_problem_and_exits_2() {
    let dir = TempDir::new("validate-bad");
    let file = dir.file("bad.json", FIVE_PROBLEMS);
    let o = run(&["validate", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "", "problems go to stderr");
    let err = stderr(&o);
    assert!(
        err.contains("is not a valid Pipesim model (5 problems)"),
        "{err}"
    );
    for path in FIVE_PATHS {
        assert!(
            err.lines()
                .any(|l| l.trim_start().starts_with(&format!("{path}: "))),
            "no line for {path}:\n{err}"
        );
    }
    assert!(
        err.contains("ae.outbound_share: 1.2 is outside 0 to 0.9"),
        "{err}"
    );
    assert!(
        err.contains("ae.outbund_share: unknown key; did you mean \"outbound_share\"?"),
        "{err}"
    );
    assert!(
        err.contains(file.to_str().unwrap()),
        "the message names the file:\n{err}"
    );
}

#[test]
fn validate_reads_standard_input() {
    let o = run_with_stdin(&["validate", "-"], r#"{"schema": 1, "name": "from stdin"}"#);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run_with_stdin(&["validate", "-"], FIVE_PROBLEMS);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("standard input is not a valid Pipesim model (5 problems)"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn validate_and_run_accept_a_file_that_starts_with_a_byte_order_mark() {
    let o = run_with_stdin(
        &["validate", "-"],
        "\u{feff}{\"schema\": 1, \"name\": \"bom\"}",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run_with_stdin(
        &["run", "-", "--trials", "10", "--format", "json"],
        "\u{feff}{\"schema\": 1}",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn validate_reports_invalid_json_with_line_and_column() {
    let dir = TempDir::new("validate-json");
    let file = dir.file(
        "broken.json",
        "{\n  \"schema\": 1,\n  \"ae\": { \"initial\": }\n}\n",
    );
    let err = run_fails(&["validate", file.to_str().unwrap()], 2);
    assert!(
        err.contains("not valid JSON") && err.contains("line 3, column"),
        "{err}"
    );
}

#[test]
fn validate_checks_every_scenario_of_a_workspace() {
    let dir = TempDir::new("validate-workspace");
    let w = json!({
        "schema": 1,
        "scenarios": [{ "schema": 1 }, { "schema": 1, "ae": { "outbund_share": 0.3 } }],
        "run": { "trials": 0 },
    });
    let file = dir.file("w.json", &w.to_string());
    let err = run_fails(&["validate", file.to_str().unwrap()], 2);
    assert!(
        err.contains(
            "scenarios[1].ae.outbund_share: unknown key; did you mean \"outbound_share\"?"
        ),
        "{err}"
    );
    assert!(
        err.contains("run.trials: 0 is outside 1 to 1000000"),
        "{err}"
    );
}

// ---------------------------------------------------------------------------------------------
// run: formats
// ---------------------------------------------------------------------------------------------

#[test]
fn run_table_shows_calendar_quarters_and_short_money() {
    let dir = TempDir::new("run-table");
    let file = dir.file("s.json", presets::find("series-a").unwrap().json);
    let table = run_ok(&[
        "run",
        file.to_str().unwrap(),
        "--trials",
        "200",
        "--format",
        "table",
    ]);
    for label in [
        "2027 Q1",
        "2027 Q4",
        "2028 Q4",
        "Horizon",
        "Pipeline created",
        "Bookings",
        "median (P10–P90)",
    ] {
        assert!(table.contains(label), "table lacks {label:?}:\n{table}");
    }
    assert!(has_money(&table, 'M'), "no $x.yM amount in:\n{table}");
    assert!(has_money(&table, 'K'), "no $xK amount in:\n{table}");
    assert!(table.contains("200 trials, seed 1"), "{table}");

    // Table is the default format, and quarters follow start_month.
    let mut shifted = preset_value("series-a");
    shifted["start_month"] = json!("2026-11");
    shifted["horizon_months"] = json!(6);
    let file = dir.file("shifted.json", &shifted.to_string());
    let table = run_ok(&["run", file.to_str().unwrap(), "--trials", "50"]);
    assert!(
        table.contains("2026 Q4") && table.contains("2027 Q1") && !table.contains("2027 Q2"),
        "{table}"
    );
}

#[test]
fn run_json_has_the_documented_top_level_keys() {
    let dir = TempDir::new("run-json");
    let file = dir.file("s.json", presets::find("founder-led").unwrap().json);
    let (_, report) = run_json(&file, &["--trials", "200", "--seed", "5"]);
    let keys: Vec<&str> = report
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "format",
            "trials",
            "seed",
            "baseline",
            "scenarios",
            "comparisons",
            "verdict"
        ]
    );
    assert_eq!(report["format"], json!(1));
    assert_eq!(report["trials"], json!(200));
    assert_eq!(report["seed"], json!(5));
    assert_eq!(report["baseline"], json!(0));
    assert_eq!(
        report["comparisons"],
        json!([]),
        "one scenario has nothing to compare"
    );

    let scenario = &report["scenarios"][0];
    assert_eq!(scenario["name"], json!("founder-led"));
    assert_eq!(scenario["currency"], json!("USD"));
    let quarters: Vec<&str> = scenario["quarters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q.as_str().unwrap())
        .collect();
    assert_eq!(
        quarters,
        ["2027 Q1", "2027 Q2", "2027 Q3", "2027 Q4", "2028 Q1", "2028 Q2", "2028 Q3", "2028 Q4"]
    );
    let metric_list = scenario["metrics"].as_array().unwrap();
    assert_eq!(metric_list.len(), metrics().len());
    let bookings = metric_list
        .iter()
        .find(|m| m["key"] == "bookings.total")
        .expect("bookings.total");
    assert_eq!(bookings["unit"], json!("money"));
    assert_eq!(bookings["quarters"].as_array().unwrap().len(), 8);
    for stat in ["mean", "sd", "p5", "p10", "p25", "p50", "p75", "p90", "p95"] {
        assert!(
            bookings["horizon"][stat].is_number(),
            "horizon summary lacks {stat}"
        );
    }
    assert!(number_at(bookings, "/horizon/p50") > 0.0);
}

#[test]
fn run_json_reports_bookings_targets() {
    let dir = TempDir::new("run-targets");
    let file = dir.file(
        "t.json",
        r#"{"schema": 1, "horizon_months": 6, "targets": {"bookings_per_quarter": [1, 1e11]}}"#,
    );
    let (_, report) = run_json(&file, &["--trials", "100"]);
    let targets = &report["scenarios"][0]["targets"];
    assert_eq!(targets["per_quarter"], json!([1.0, 1e11]));
    let p = number_at(targets, "/p_hit_quarter/1");
    assert_eq!(p, 0.0, "nobody books $100B in a quarter");
    assert!((0.0..=1.0).contains(&number_at(targets, "/p_hit_total")));
}

#[test]
fn run_csv_has_one_row_per_scenario_metric_and_period() {
    let dir = TempDir::new("run-csv");
    let file = dir.file("s.json", presets::find("founder-led").unwrap().json);
    let csv = run_ok(&[
        "run",
        file.to_str().unwrap(),
        "--trials",
        "200",
        "--format",
        "csv",
    ]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("scenario,metric,period,mean,sd,p5,p10,p25,p50,p75,p90,p95,p_greater")
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(
        rows.len(),
        metrics().len() * (8 + 1),
        "every metric for 8 quarters and the total"
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("founder-led,bookings.total,2027 Q1,")),
        "{csv}"
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("founder-led,bookings.total,total,")),
        "{csv}"
    );
    assert!(
        rows.iter().all(|r| r.split(',').count() == 13),
        "every row has 13 fields"
    );
}

#[test]
fn samples_csv_has_one_row_per_trial_and_a_column_per_metric_and_quarter() {
    let dir = TempDir::new("samples");
    let file = dir.file("s.json", presets::find("founder-led").unwrap().json);
    let samples = dir.path("samples.csv");
    run_ok(&[
        "run",
        file.to_str().unwrap(),
        "--trials",
        "200",
        "--samples-csv",
        samples.to_str().unwrap(),
    ]);
    let text = std::fs::read_to_string(&samples).expect("samples written");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 200 + 1, "one header and one row per trial");

    let header: Vec<&str> = lines[0].split(',').collect();
    assert_eq!(&header[..2], ["scenario", "trial"]);
    assert_eq!(
        header.len(),
        2 + metrics().len() * 9,
        "one column per metric and quarter, and one for the horizon"
    );
    for column in [
        "bookings.total[2027 Q1]",
        "bookings.total[2028 Q4]",
        "bookings.total[total]",
        "headcount.ae[2027 Q3]",
        "cost.total[2028 Q1]",
    ] {
        assert!(header.contains(&column), "no column {column}");
    }
    let mut unique = header.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), header.len(), "column names are unique");

    for (t, line) in lines[1..].iter().enumerate() {
        let fields: Vec<&str> = line.split(',').collect();
        assert_eq!(fields.len(), header.len(), "row {t}");
        assert_eq!(
            (fields[0], fields[1]),
            ("founder-led", t.to_string().as_str())
        );
        assert!(
            fields[2..].iter().all(|f| f.parse::<f64>().is_ok()),
            "row {t} holds a non-number: {line}"
        );
    }
}

#[test]
fn samples_csv_of_a_workspace_holds_every_scenario() {
    let dir = TempDir::new("samples-ws");
    let file = workspace_file(&dir, &["founder-led", "vp-first"], 100, 3);
    let samples = dir.path("samples.csv");
    run_ok(&[
        "run",
        file.to_str().unwrap(),
        "--format",
        "csv",
        "--samples-csv",
        samples.to_str().unwrap(),
    ]);
    let text = std::fs::read_to_string(&samples).expect("samples written");
    assert_eq!(text.lines().count(), 1 + 2 * 100);
    assert_eq!(
        text.lines().filter(|l| l.starts_with("vp-first,")).count(),
        100
    );
}

/// One scenario's samples in a file, keyed by column name, one map per trial.
fn samples_of(text: &str, scenario: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("a header").split(',').collect();
    lines
        .map(|l| l.split(',').collect::<Vec<&str>>())
        .filter(|fields| fields[0] == scenario)
        .map(|fields| {
            assert_eq!(fields.len(), header.len(), "a row as wide as the header");
            header
                .iter()
                .zip(fields)
                .map(|(h, f)| (h.to_string(), f.to_string()))
                .collect()
        })
        .collect()
}

/// Scenarios that start in different months: every value is under its own quarter's label
/// (the calendar quarters of all of them are the columns, a scenario's others left empty), and
/// `metric[total]` is each one's own horizon value, as the report's `horizon` summarises it.
#[test]
fn samples_csv_puts_each_scenario_under_its_own_quarters_and_horizon() {
    let dir = TempDir::new("samples-calendar");
    let mut early = preset_value("founder-led");
    early["name"] = json!("early");
    early["start_month"] = json!("2026-11");
    early["horizon_months"] = json!(24);
    let mut late = preset_value("founder-led");
    late["name"] = json!("late");
    late["start_month"] = json!("2027-01");
    late["horizon_months"] = json!(12);
    let both = json!({ "schema": 1, "scenarios": [early, late.clone()], "run": { "trials": 50, "seed": 5 } });
    let alone = json!({ "schema": 1, "scenarios": [late], "run": { "trials": 50, "seed": 5 } });
    let both = dir.file("both.json", &both.to_string());
    let alone = dir.file("alone.json", &alone.to_string());
    let (both_csv, alone_csv) = (dir.path("both.csv"), dir.path("alone.csv"));
    for (file, csv) in [(&both, &both_csv), (&alone, &alone_csv)] {
        run_ok(&[
            "run",
            file.to_str().unwrap(),
            "--format",
            "csv",
            "--samples-csv",
            csv.to_str().unwrap(),
        ]);
    }
    let text = std::fs::read_to_string(&both_csv).unwrap();
    let header: Vec<&str> = text.lines().next().unwrap().split(',').collect();
    let quarters: Vec<&str> = header
        .iter()
        .filter_map(|h| h.strip_prefix("bookings.total["))
        .map(|h| h.trim_end_matches(']'))
        .collect();
    assert_eq!(
        quarters,
        [
            "2026 Q4", "2027 Q1", "2027 Q2", "2027 Q3", "2027 Q4", "2028 Q1", "2028 Q2", "2028 Q3",
            "total"
        ],
        "the calendar quarters of both scenarios, in order, then the horizon"
    );
    assert_eq!(header.len(), 2 + metrics().len() * 9);

    // Scenarios share trial seeds, so `late` beside `early` is `late` alone, quarter by quarter.
    let (late_rows, alone_rows) = (
        samples_of(&text, "late"),
        samples_of(&std::fs::read_to_string(&alone_csv).unwrap(), "late"),
    );
    let early_rows = samples_of(&text, "early");
    assert_eq!(
        (late_rows.len(), alone_rows.len(), early_rows.len()),
        (50, 50, 50)
    );
    for (row, own) in late_rows.iter().zip(&alone_rows) {
        for m in metrics() {
            let key = m.key();
            for q in ["2027 Q1", "2027 Q2", "2027 Q3", "2027 Q4", "total"] {
                let column = format!("{key}[{q}]");
                assert_eq!(row[&column], own[&column], "{column}");
                assert!(row[&column].parse::<f64>().is_ok(), "{column}");
            }
            for q in ["2026 Q4", "2028 Q1", "2028 Q2", "2028 Q3"] {
                assert_eq!(row[&format!("{key}[{q}]")], "", "late has no {q}");
            }
        }
    }
    // `early` fills every quarter; its total is its eight quarters' bookings.
    let report: Value = serde_json::from_str(&run_ok(&[
        "run",
        both.to_str().unwrap(),
        "--format",
        "json",
    ]))
    .unwrap();
    for (rows, index, quarters) in [(&early_rows, 0, 8), (&late_rows, 1, 4)] {
        let labels = report["scenarios"][index]["quarters"].as_array().unwrap();
        assert_eq!(labels.len(), quarters);
        let mean_total = rows
            .iter()
            .map(|r| {
                let total: f64 = r["bookings.total[total]"].parse().unwrap();
                let summed: f64 = labels
                    .iter()
                    .map(|l| {
                        r[&format!("bookings.total[{}]", l.as_str().unwrap())]
                            .parse::<f64>()
                            .unwrap()
                    })
                    .sum();
                assert!((total - summed).abs() <= 1e-6 * summed.abs().max(1.0));
                total
            })
            .sum::<f64>()
            / 50.0;
        let metrics = report["scenarios"][index]["metrics"].as_array().unwrap();
        let bookings = metrics
            .iter()
            .find(|m| m["key"] == "bookings.total")
            .unwrap();
        let horizon = bookings["horizon"]["mean"].as_f64().unwrap();
        assert!(
            (mean_total - horizon).abs() <= 1e-9 * horizon.abs().max(1.0),
            "{mean_total} vs the report's {horizon}"
        );
    }
}

#[test]
fn samples_csv_to_an_unwritable_path_exits_1_with_the_path() {
    let dir = TempDir::new("samples-bad");
    let file = dir.file("s.json", r#"{"schema": 1}"#);
    let target = dir.path("no-such-dir").join("samples.csv");
    let err = run_fails(
        &[
            "run",
            file.to_str().unwrap(),
            "--trials",
            "20",
            "--samples-csv",
            target.to_str().unwrap(),
        ],
        1,
    );
    assert!(err.contains(target.to_str().unwrap()), "{err}");
}

// ---------------------------------------------------------------------------------------------
// run: workspaces and comparisons
// ---------------------------------------------------------------------------------------------

#[test]
fn a_workspace_runs_every_scenario_and_compares_them_with_the_baseline() {
    let dir = TempDir::new("ws");
    let file = workspace_file(&dir, &["founder-led", "vp-first", "series-a"], 200, 11);
    let (_, report) = run_json(&file, &[]);
    let names: Vec<&str> = report["scenarios"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["founder-led", "vp-first", "series-a"]);

    let comparisons = report["comparisons"].as_array().unwrap();
    assert_eq!(
        comparisons.len(),
        2,
        "each non-baseline scenario against the baseline"
    );
    for (c, scenario) in comparisons.iter().zip([1, 2]) {
        assert_eq!(
            (c["scenario"].as_u64(), c["baseline"].as_u64()),
            (Some(scenario), Some(0))
        );
        let keys: Vec<&str> = c["metrics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["key"].as_str().unwrap())
            .collect();
        assert_eq!(keys, ["bookings.total", "pipeline_created.total"]);
        for m in c["metrics"].as_array().unwrap() {
            let p = number_at(m, "/p_greater");
            assert!((0.0..=1.0).contains(&p), "P(A > B) = {p}");
            assert_eq!(m["quarters"].as_array().unwrap().len(), 8);
            assert_eq!(m["p_greater_quarter"].as_array().unwrap().len(), 8);
        }
    }

    let table = run_ok(&["run", file.to_str().unwrap(), "--format", "table"]);
    assert!(
        table.contains("vp-first vs founder-led (baseline), paired over 200 trials"),
        "{table}"
    );
    assert!(table.contains("P(A > B)"), "{table}");
    let csv = run_ok(&["run", file.to_str().unwrap(), "--format", "csv"]);
    assert!(
        csv.lines()
            .any(|l| l.starts_with("vp-first - founder-led,bookings.total (A - B),total,")),
        "{csv}"
    );
}

#[test]
fn a_scenario_compared_with_itself_differs_by_exactly_zero() {
    let dir = TempDir::new("ws-self");
    let file = workspace_file(&dir, &["series-a", "series-a"], 200, 8);
    let (_, report) = run_json(&file, &[]);
    let comparison = &report["comparisons"][0];
    for m in comparison["metrics"].as_array().unwrap() {
        let key = m["key"].as_str().unwrap();
        assert_eq!(number_at(m, "/p_greater"), 0.0, "{key}: P(A > B)");
        assert!(
            m["p_greater_quarter"]
                .as_array()
                .unwrap()
                .iter()
                .all(|p| p.as_f64() == Some(0.0)),
            "{key}"
        );
        let summaries = m["quarters"]
            .as_array()
            .unwrap()
            .iter()
            .chain(std::iter::once(&m["horizon"]));
        for summary in summaries {
            for (stat, value) in summary.as_object().unwrap() {
                assert_eq!(value.as_f64(), Some(0.0), "{key}: A − B {stat} is {value}");
            }
        }
    }
    // And both scenarios' own summaries are identical.
    assert_eq!(report["scenarios"][0], report["scenarios"][1]);
}

#[test]
fn the_baseline_of_a_workspace_is_respected() {
    let dir = TempDir::new("ws-baseline");
    let scenarios = vec![preset_value("founder-led"), preset_value("vp-first")];
    let w = json!({ "schema": 1, "scenarios": scenarios, "baseline": 1, "run": { "trials": 100 } });
    let file = dir.file("w.json", &w.to_string());
    let (_, report) = run_json(&file, &[]);
    assert_eq!(report["baseline"], json!(1));
    assert_eq!(
        (
            report["comparisons"][0]["scenario"].as_u64(),
            report["comparisons"][0]["baseline"].as_u64()
        ),
        (Some(0), Some(1))
    );
}

// ---------------------------------------------------------------------------------------------
// run: settings and determinism
// ---------------------------------------------------------------------------------------------

#[test]
fn trials_and_seed_flags_override_the_workspace_run_settings() {
    let dir = TempDir::new("override");
    let file = workspace_file(&dir, &["founder-led"], 150, 9);
    let (_, from_file) = run_json(&file, &[]);
    assert_eq!(
        (from_file["trials"].as_u64(), from_file["seed"].as_u64()),
        (Some(150), Some(9))
    );
    let (_, overridden) = run_json(&file, &["--trials", "200", "--seed", "42"]);
    assert_eq!(
        (overridden["trials"].as_u64(), overridden["seed"].as_u64()),
        (Some(200), Some(42))
    );

    let samples = dir.path("samples.csv");
    run_ok(&[
        "run",
        file.to_str().unwrap(),
        "--trials",
        "30",
        "--samples-csv",
        samples.to_str().unwrap(),
    ]);
    assert_eq!(
        std::fs::read_to_string(&samples).unwrap().lines().count(),
        31,
        "--trials sets the number of sampled trials"
    );
}

#[test]
fn the_same_seed_gives_byte_identical_json() {
    let dir = TempDir::new("same-seed");
    let file = workspace_file(&dir, &["founder-led", "vp-first"], 200, 1);
    let (first, _) = run_json(&file, &["--seed", "77"]);
    let (second, _) = run_json(&file, &["--seed", "77"]);
    assert_eq!(first, second);
    let (other, _) = run_json(&file, &["--seed", "78"]);
    assert_ne!(first, other, "another seed gives other draws");
}

#[test]
fn the_thread_count_does_not_change_results() {
    let dir = TempDir::new("threads");
    let file = workspace_file(&dir, &["series-a", "t-model"], 200, 4);
    let (one, _) = run_json(&file, &["--threads", "1"]);
    let (two, _) = run_json(&file, &["--threads", "2"]);
    let (five, _) = run_json(&file, &["--threads", "5"]);
    assert_eq!(one, two, "--threads 1 and --threads 2 differ");
    assert_eq!(one, five, "--threads 1 and --threads 5 differ");

    let (s1, s2) = (dir.path("s1.csv"), dir.path("s2.csv"));
    run_ok(&[
        "run",
        file.to_str().unwrap(),
        "--threads",
        "1",
        "--samples-csv",
        s1.to_str().unwrap(),
    ]);
    run_ok(&[
        "run",
        file.to_str().unwrap(),
        "--threads",
        "2",
        "--samples-csv",
        s2.to_str().unwrap(),
    ]);
    assert_eq!(
        std::fs::read(&s1).unwrap(),
        std::fs::read(&s2).unwrap(),
        "samples differ between thread counts"
    );
}

#[test]
fn run_accepts_a_preset_name_and_standard_input() {
    let out = run_ok(&["run", "founder-led", "--trials", "20", "--format", "json"]);
    let report: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["scenarios"][0]["name"], json!("founder-led"));

    let o = run_with_stdin(
        &["run", "-", "--trials", "20", "--format", "json"],
        r#"{"schema": 1, "name": "piped"}"#,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    let report: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(report["scenarios"][0]["name"], json!("piped"));
}

#[test]
fn run_of_an_invalid_file_prints_every_problem_and_exits_2() {
    let dir = TempDir::new("run-bad");
    let file = dir.file("bad.json", FIVE_PROBLEMS);
    let o = run(&["run", file.to_str().unwrap(), "--trials", "10"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
    for path in FIVE_PATHS {
        assert!(
            stderr(&o).contains(&format!("{path}: ")),
            "no line for {path}:\n{}",
            stderr(&o)
        );
    }
}

#[test]
fn bad_trial_counts_and_formats_exit_2() {
    let err = run_fails(&["run", "founder-led", "--trials", "0"], 2);
    assert!(err.contains("--trials: 0 is outside 1 to 1000000"), "{err}");
    run_fails(&["run", "founder-led", "--trials", "1000001"], 2);
    run_fails(&["run", "founder-led", "--trials", "-5"], 2);
    run_fails(&["run", "founder-led", "--format", "xml"], 2);
    run_fails(&["frobnicate"], 2);
}

// ---------------------------------------------------------------------------------------------
// presets
// ---------------------------------------------------------------------------------------------

#[test]
fn presets_lists_all_nine() {
    let out = run_ok(&["presets"]);
    let listed: Vec<&str> = out
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with(' ') && !l.starts_with("Print"))
        .collect();
    let expected = [
        "founder-led",
        "vp-first",
        "self-sourcing-aes",
        "sdr-fed-aes",
        "veteran-drift",
        "t-model",
        "ai-assisted",
        "series-a",
        "enterprise",
    ];
    assert_eq!(listed, expected, "{out}");
    assert_eq!(PRESETS.len(), 9);
}

#[test]
fn presets_name_prints_that_presets_file() {
    let out = run_ok(&["presets", "founder-led"]);
    assert_eq!(out, presets::find("founder-led").unwrap().json);
    let value: Value = serde_json::from_str(&out).expect("a preset is JSON");
    assert_eq!(value["name"], json!("founder-led"));
    for p in PRESETS {
        assert_eq!(run_ok(&["presets", p.name]), p.json, "{}", p.name);
    }
}

#[test]
fn an_unknown_preset_exits_2_and_lists_the_presets() {
    let err = run_fails(&["presets", "founder-lead"], 2);
    assert!(err.contains("no preset named \"founder-lead\""), "{err}");
    assert!(
        err.contains("founder-led") && err.contains("enterprise"),
        "{err}"
    );
}

// ---------------------------------------------------------------------------------------------
// Errors, exit codes and quiet output
// ---------------------------------------------------------------------------------------------

#[test]
fn a_missing_file_exits_1_with_its_path() {
    let dir = TempDir::new("missing");
    let missing = dir.path("does-not-exist.json");
    for command in ["run", "validate"] {
        let err = run_fails(&[command, missing.to_str().unwrap()], 1);
        assert!(err.contains(missing.to_str().unwrap()), "{command}: {err}");
    }
}

#[test]
fn unreadable_inputs_exit_2_with_a_reason() {
    let dir = TempDir::new("unreadable");
    let binary = dir.path("binary.json");
    std::fs::write(&binary, b"{\"schema\": 1, \"name\": \"\xff\xfe\"}").unwrap();
    let err = run_fails(&["validate", binary.to_str().unwrap()], 2);
    assert!(err.contains("not UTF-8"), "{err}");

    let huge = dir.file(
        "huge.json",
        &format!(
            "{{\"schema\": 1, \"description\": \"{}\"}}",
            "x".repeat(4 * 1024 * 1024)
        ),
    );
    let err = run_fails(&["validate", huge.to_str().unwrap()], 2);
    assert!(err.contains("the most Pipesim reads is"), "{err}");

    let err = run_fails(&["validate", "-"], 2);
    assert!(
        err.contains("not valid JSON"),
        "empty standard input: {err}"
    );
}

#[test]
fn a_run_that_is_too_large_exits_2_with_advice() {
    let dir = TempDir::new("too-large");
    let file = dir.file(
        "huge.json",
        r#"{"schema": 1, "ae": {"initial": 100000, "max_headcount": 100000}}"#,
    );
    let o = run(&["run", file.to_str().unwrap(), "--trials", "1000000"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(stdout(&o), "", "nothing was simulated");
    let err = stderr(&o);
    assert!(
        err.contains("too large") && err.contains("run at most") && err.contains("shrink the team"),
        "{err}"
    );

    // validate applies the same check to the file's own run settings.
    let err = run_fails(&["validate", file.to_str().unwrap()], 2);
    assert!(err.contains("too large"), "{err}");
}

#[test]
fn no_progress_text_on_stderr_when_piped() {
    // 2000+ trials would show a bar on a terminal; piped, stderr stays empty.
    let out = run_ok(&["run", "founder-led", "--trials", "2000", "--format", "json"]);
    assert!(out.starts_with('{'));
}

/// Runs `pipesim ARGS` reading `input` on stdin, with the reading end of its stdout already closed.
/// The command reads all of stdin before writing, so its first write meets a closed pipe.
fn run_into_closed_pipe(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = pipesim()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("pipesim runs")
}

#[test]
fn run_into_a_closed_pipe_does_not_panic() {
    let o = run_into_closed_pipe(&["run", "-", "--trials", "20"], r#"{"schema": 1}"#);
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn validate_and_presets_into_a_closed_pipe_do_not_panic() {
    let o = run_into_closed_pipe(&["validate", "-"], r#"{"schema": 1}"#);
    assert!(!stderr(&o).contains("panicked"), "validate: {}", stderr(&o));
    assert_eq!(o.status.code(), Some(0), "validate: {}", stderr(&o));

    // `presets` reads no input, so close its stdout as soon as it starts.
    let mut child = pipesim()
        .arg("presets")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    let o = child.wait_with_output().expect("pipesim runs");
    assert!(!stderr(&o).contains("panicked"), "presets: {}", stderr(&o));
    assert_eq!(o.status.code(), Some(0), "presets: {}", stderr(&o));
}

// ---------------------------------------------------------------------------------------------
// share links
// ---------------------------------------------------------------------------------------------

#[test]
fn link_prints_a_link_that_runs_to_the_same_numbers_as_the_file() {
    let dir = TempDir::new("link");
    let file = workspace_file(&dir, &["veteran-drift", "t-model"], 300, 42);
    let link = run_ok(&[
        "link",
        file.to_str().unwrap(),
        "--base",
        "https://plans.example/app",
    ]);
    let link = link.trim();
    assert!(link.starts_with("https://plans.example/app#w=1."), "{link}");
    let (from_file, _) = run_json(&file, &[]);
    let from_link = run_ok(&["run", link, "--format", "json"]);
    assert_eq!(from_link, from_file, "a link runs to byte-identical JSON");
    let o = run_with_stdin(&["run", "-", "--format", "json"], link);
    assert_eq!(stdout(&o), from_file, "a link on standard input runs too");
    run_ok(&["validate", link]);
}

#[test]
fn link_warns_when_the_browser_would_refuse_the_trials() {
    let dir = TempDir::new("link-trials");
    let file = workspace_file(&dir, &["founder-led"], 50_000, 1);
    let o = run(&["link", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("#w=1."));
    assert!(
        stderr(&o).contains("the browser runs at most 20000"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn link_defaults_to_the_local_app_address() {
    let out = run_ok(&["link", "founder-led"]);
    assert!(out.starts_with("http://127.0.0.1:8080/#w=1."), "{out}");
}

#[test]
fn a_bad_link_exits_2_and_says_what_is_wrong() {
    let link = run_ok(&["link", "founder-led"]);
    let link = link.trim();
    let cut = &link[..link.len() - 40];
    let err = run_fails(&["run", cut], 2);
    assert!(err.contains("the link is cut short"), "{err}");
    let err = run_fails(&["run", "#w=9.AAAA"], 2);
    assert!(err.contains("newer version of Pipesim"), "{err}");
    let err = run_fails(&["validate", "https://x.example/#w=1.a$b"], 2);
    assert!(err.contains("'$' at position 1"), "{err}");
}
