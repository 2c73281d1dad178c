//! The round trip that tests the fitting: `pipesim run --opportunities-csv` writes one long
//! trial's opportunities as a CRM export, `pipesim calibrate` fits it, and the fits recover the
//! scenario's win rates, sales cycle and deal size within their own uncertainty (three standard
//! errors, from each fit's interval). The scenario keeps every multiplier of a win at 1 (an
//! established playbook, no skill spread, no mis-hires, no overload, no orphaned wins), so the
//! win rates in the file are the scenario's.

use std::path::PathBuf;

use pipesim::calibrate::{calibrate, overview, read_table, Calibration};
use pipesim::engine::Source;
use pipesim::model::{Dist, Scenario};

use crate::common::cli::{run, stderr, success};

/// A long run of a big team: about 12,000 opportunities over five years.
const SCENARIO: &str = r#"{
  "schema": 1,
  "name": "round trip",
  "horizon_months": 60,
  "start_month": "2027-01",
  "ae": {
    "initial": 40, "max_headcount": 60, "win_rate_multiplier": 1, "mis_hire_rate": 0,
    "hours_per_active_opp": 0.5, "orphan_loss": 0, "annual_attrition": 0.2
  },
  "sdr": { "initial": 10 },
  "founder": { "sells_until_month": 0 },
  "playbook": { "initial": 1.0 },
  "inbound": { "opps_per_month": 40, "monthly_growth": 0 },
  "win_rates": { "outbound": 0.2, "sdr": 0.15, "inbound": 0.25, "expansion": 0.35 }
}"#;

/// Z of a 90% range: its half-width over the standard error.
const Z90: f64 = 1.6448536269514722;

fn export() -> (PathBuf, String) {
    let dir = std::env::temp_dir().join(format!("pipesim-round-trip-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let scenario = dir.join("scenario.json");
    std::fs::write(&scenario, SCENARIO).unwrap();
    let csv = dir.join("opportunities.csv");
    let args = [
        "run",
        scenario.to_str().unwrap(),
        "--trials",
        "1",
        "--seed",
        "7",
        "--format",
        "json",
        "--opportunities-csv",
        csv.to_str().unwrap(),
    ];
    success(&run(&args), &args);
    let text = std::fs::read_to_string(&csv).unwrap();
    (csv, text)
}

fn fitted(text: &str) -> Calibration {
    let table = read_table(text.as_bytes()).expect("the export reads");
    let choices = overview(&table, None).choices();
    calibrate(&table, &choices, &Scenario::default(), "opportunities.csv").expect("it fits")
}

/// `truth` lies within three standard errors of `fitted`, the standard error taken from the
/// fit's 90% range `[low, high]`.
fn within(what: &str, truth: f64, fitted: f64, low: f64, high: f64) {
    let se = (high - low) / (2.0 * Z90);
    assert!(
        (truth - fitted).abs() <= 3.0 * se,
        "{what}: fitted {fitted} (90%: {low} to {high}), the scenario's {truth}"
    );
}

#[test]
fn calibrating_a_simulated_export_recovers_the_scenario() {
    let (_, text) = export();
    assert!(text.starts_with("id,owner,source,created,closed,amount,stage\n"));
    let c = fitted(&text);
    assert!(c.read > 8_000, "only {} opportunities", c.read);
    assert_eq!(c.problem_count, 0, "{:?}", c.problems);

    for (source, truth) in [
        (Source::Outbound, 0.2),
        (Source::Sdr, 0.15),
        (Source::Inbound, 0.25),
        (Source::Expansion, 0.35),
    ] {
        let fit = c
            .win_rates
            .iter()
            .find(|f| f.source == Some(source) && f.value.is_some())
            .unwrap_or_else(|| panic!("no win rate for {source:?}"));
        assert!(fit.rate.decided > 200, "{source:?}: {:?}", fit.rate);
        within(
            &format!("win rate {source:?}"),
            truth,
            fit.rate.median,
            fit.rate.p5,
            fit.rate.p95,
        );
    }

    // The cycle and the deal size: the scenario's 5th and 95th percentiles (its defaults,
    // lognormal [1, 6] months and [10,000, 100,000]) inside three standard errors of the fit's.
    let cycle = c.cycle.fitted().expect("a cycle");
    assert!(
        cycle.fit.censored > 100,
        "open deals are censored, not dropped"
    );
    for (q, truth) in [(0.05, 1.0), (0.95, 6.0)] {
        let (low, high) = cycle.fit.quantile_interval(q, 0.9);
        within(
            &format!("cycle p{}", q * 100.0),
            truth,
            cycle.fit.quantile(q),
            low,
            high,
        );
    }
    let size = c.deal_size.fitted().expect("a deal size");
    for (q, truth) in [(0.05, 10_000.0), (0.95, 100_000.0)] {
        let (low, high) = size.fit.quantile_interval(q, 0.9);
        within(
            &format!("deal size p{}", q * 100.0),
            truth,
            size.fit.quantile(q),
            low,
            high,
        );
    }

    // The scenario made from it carries them.
    let scenario = Scenario::from_value(&c.fitted, "").expect("a valid scenario");
    assert!(matches!(
        scenario.win_rates.outbound,
        Dist::LogNormal { .. }
    ));
    assert!(matches!(
        scenario.deals.cycle_months,
        Dist::LogNormal { .. }
    ));
    assert_eq!(scenario.start_month, "2032-01");
}

#[test]
fn the_cli_calibrates_the_export_into_a_scenario() {
    let (csv, _) = export();
    let args = ["calibrate", csv.to_str().unwrap()];
    let o = run(&args);
    let json = success(&o, &args);
    let scenario = Scenario::from_json_str(&json).expect("calibrate prints a valid scenario");
    assert_eq!(scenario.name, "Calibrated from opportunities.csv");
    assert!(
        scenario.description.contains("opportunities.csv"),
        "{}",
        scenario.description
    );
    let summary = stderr(&o);
    assert!(summary.contains("Win rate, every deal:"), "{summary}");
    assert!(summary.contains("Sales cycle:"), "{summary}");
    assert!(summary.contains("Left as they were"), "{summary}");
}
