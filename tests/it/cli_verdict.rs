//! `pipesim run`'s verdict, run as a separate process: above the table in English or Chinese
//! (`--lang`, else LC_ALL, LC_MESSAGES, LANG in POSIX's order), under `verdict` in the JSON with
//! every other key kept, absent from the CSV, and an unknown `--lang` refused with exit 2.

use std::process::Output;

use pipesim::presets;
use serde_json::{json, Value};

use super::common::cli::{run_in, success};
use super::common::page_text::chinese;
use super::common::temp_dir::TempDir;

/// A workspace of founder-led (the baseline) and vp-first, written to a temp file.
fn workspace(dir: &TempDir) -> String {
    let scenario =
        |name: &str| -> Value { serde_json::from_str(presets::find(name).unwrap().json).unwrap() };
    let w = json!({
        "schema": 1,
        "scenarios": [scenario("founder-led"), scenario("vp-first")],
        "baseline": 0,
        "run": {"trials": 200, "seed": 1}
    });
    dir.file_arg("fl-vp.json", &w.to_string())
}

fn ok(o: Output) -> String {
    success(&o, &[])
}

#[test]
fn the_table_opens_with_the_verdict_in_english() {
    let dir = TempDir::new("verdict-en");
    let file = workspace(&dir);
    let table = ok(run_in(&[], &["run", &file, "--lang", "en"]));
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines[0], "Verdict", "{table}");
    let title = lines
        .iter()
        .position(|l| *l == "  vp-first vs founder-led")
        .unwrap_or_else(|| panic!("no comparison in:\n{table}"));
    let compared = lines[title + 1];
    assert!(compared.starts_with("    vp-first books $"), "{compared}");
    assert!(compared.contains("founder-led"), "{compared}");
    assert!(table.contains("each extra $1 of cost returns"), "{table}");
    // The table follows, unchanged.
    let at = table
        .find("founder-led — 200 trials, seed 1")
        .expect("the table");
    assert!(table[..at].ends_with("\n\n"), "{table}");
}

#[test]
fn the_verdict_speaks_chinese_when_asked_or_when_the_locale_is_chinese() {
    let dir = TempDir::new("verdict-zh");
    let file = workspace(&dir);
    for table in [
        ok(run_in(&[], &["run", &file, "--lang", "zh-CN"])),
        ok(run_in(&[("LANG", "zh_CN.UTF-8")], &["run", &file])),
        ok(run_in(
            &[("LC_MESSAGES", "zh_CN.UTF-8"), ("LANG", "en_US.UTF-8")],
            &["run", &file],
        )),
    ] {
        assert!(table.starts_with("结论\n"), "{table}");
        assert!(table.contains("  vp-first 对比 founder-led\n"), "{table}");
        assert!(table.contains("签约额比 founder-led"), "{table}");
        assert!(table.contains("US$"), "{table}");
    }
    // LC_ALL overrides the rest, and `--lang` overrides the locale.
    for table in [
        ok(run_in(
            &[("LC_ALL", "C.UTF-8"), ("LANG", "zh_CN.UTF-8")],
            &["run", &file],
        )),
        ok(run_in(
            &[("LANG", "zh_CN.UTF-8")],
            &["run", &file, "--lang", "en"],
        )),
    ] {
        assert!(table.starts_with("Verdict\n"), "{table}");
    }
}

#[test]
fn the_json_carries_the_verdict_beside_the_keys_it_had() {
    let dir = TempDir::new("verdict-json");
    let file = workspace(&dir);
    let text = ok(run_in(
        &[],
        &["run", &file, "--format", "json", "--lang", "zh-CN"],
    ));
    let report: Value = serde_json::from_str(&text).unwrap();
    let keys: Vec<&str> = report
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for key in [
        "format",
        "trials",
        "seed",
        "baseline",
        "scenarios",
        "comparisons",
        "verdict",
    ] {
        assert!(keys.contains(&key), "{keys:?}");
    }
    let verdict = &report["verdict"];
    assert_eq!(verdict["lang"], "zh-CN");
    assert_eq!(verdict["scenarios"][1]["name"], "vp-first");
    assert!(
        verdict["scenarios"][0]["sentences"]
            .as_array()
            .unwrap()
            .len()
            >= 3
    );
    let comparison = &verdict["comparisons"][0];
    assert_eq!(
        (
            comparison["scenario"].as_u64(),
            comparison["baseline"].as_u64()
        ),
        (Some(1), Some(0))
    );
    let first = comparison["sentences"][0].as_str().unwrap();
    assert!(
        first.contains("vp-first") && first.contains("founder-led"),
        "{first}"
    );
}

#[test]
fn the_csv_has_no_verdict() {
    let dir = TempDir::new("verdict-csv");
    let file = workspace(&dir);
    let csv = ok(run_in(
        &[],
        &["run", &file, "--format", "csv", "--lang", "zh-CN"],
    ));
    assert!(csv.starts_with("scenario,metric,period,"), "{csv}");
    assert!(!csv.contains("结论") && !csv.contains("Verdict"));
}

#[test]
fn an_unknown_language_is_refused_by_name() {
    let o = run_in(
        &[],
        &["run", "founder-led", "--trials", "10", "--lang", "fr"],
    );
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("--lang"), "{stderr}");
    assert!(stderr.contains("en, zh-CN"), "{stderr}");
    assert!(o.stdout.is_empty());
}

#[test]
fn the_table_speaks_the_verdicts_language_with_money_in_wan() {
    let dir = TempDir::new("table-zh");
    let file = workspace(&dir);
    let zh = ok(run_in(&[], &["run", &file, "--lang", "zh-CN"]));
    for words in [
        "季度",
        "新增销售管道",
        "签约额",
        "整个周期",
        "对比",
        "配对模拟 200 次",
    ] {
        assert!(zh.contains(words), "no {words:?} in\n{zh}");
    }
    assert!(
        zh.contains("2027年第1季度"),
        "quarters as Chinese readers write them\n{zh}"
    );
    assert!(zh.contains("万"), "money in 万\n{zh}");
    for english in ["Quarter", "Horizon", "Bookings", "trials", "baseline"] {
        assert!(!zh.contains(english), "{english:?} left in\n{zh}");
    }
    // Metric keys stay as files write them.
    assert!(zh.contains("bookings.total"), "{zh}");
    let en = ok(run_in(&[], &["run", &file]));
    assert!(
        en.contains("Quarter") && en.contains("2027 Q1") && !en.contains("季度"),
        "{en}"
    );
}

#[test]
fn every_command_takes_the_language_before_or_after_its_name() {
    let dir = TempDir::new("cli-lang-everywhere");
    let file = workspace(&dir);
    let valid = ok(run_in(&[], &["--lang", "zh-CN", "validate", &file]));
    assert!(
        valid.contains("有效（2 个方案，模拟 200 次，种子 1）"),
        "{valid}"
    );
    assert!(valid.contains("fl-vp.json"), "the file is named: {valid}");
    let valid = ok(run_in(
        &[("LANG", "zh_CN.UTF-8")],
        &["validate", &file, "--lang", "en"],
    ));
    assert!(
        valid.contains(": valid (2 scenarios, 200 trials, seed 1)"),
        "{valid}"
    );
    let listed = ok(run_in(&[("LANG", "zh_CN.UTF-8")], &["presets"]));
    for p in presets::PRESETS {
        assert!(listed.contains(&format!("{}\n  ", p.name)), "{}", p.name);
    }
    assert!(
        chinese(&listed) && !listed.contains("The founder keeps"),
        "{listed}"
    );
    // Wrapped by display width: no line of a rationale is wider than 78 columns.
    for line in listed.lines() {
        assert!(pipesim::format::display_width(line) <= 78, "{line:?}");
    }
}
