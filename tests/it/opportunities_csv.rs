//! The opportunity log and `pipesim run --opportunities-csv`: a logged trial is the same trial,
//! and the export agrees with the run it comes from (bookings and created opportunities per
//! quarter), so calibrating it can recover the scenario.

use std::collections::HashMap;

use pipesim::engine::{
    simulate_trial, simulate_trial_logged, MetricId, OpportunityLog, Owner, Setup, Source,
    TrialBuffers, METRIC_COUNT,
};
use pipesim::presets;
use pipesim::report::{opportunity_rows, start_date, Stage};
use pipesim::sampling::trial_seed;

use crate::common::cli::{run, run_ok, stderr};
use crate::common::temp_dir::TempDir;

const PRESETS: [&str; 5] = [
    "series-a",
    "enterprise",
    "founder-led",
    "veteran-drift",
    "t-model",
];

/// Months from `start` to the month of `date`.
fn month_index(start: jiff::civil::Date, date: jiff::civil::Date) -> i64 {
    (i64::from(date.year()) * 12 + i64::from(date.month()))
        - (i64::from(start.year()) * 12 + i64::from(start.month()))
}

fn close_enough(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// The log changes nothing, and adds up to the trial's outputs: wins by close quarter are its
/// bookings, opportunities by created quarter and source are its opportunities created.
#[test]
fn a_logged_trial_is_the_same_trial_and_adds_up_to_it() {
    let mut reassigned = 0;
    for name in PRESETS {
        let scenario = presets::find(name).expect("preset").scenario();
        let setup = Setup::new(&scenario);
        let quarters = setup.quarters();
        let mut buf = TrialBuffers::default();
        let mut log = OpportunityLog::new();
        for trial in 0..4 {
            let seed = trial_seed(3, trial);
            let mut plain = vec![0.0; quarters * METRIC_COUNT];
            let mut logged = vec![0.0; quarters * METRIC_COUNT];
            let n = simulate_trial(&setup, seed, &mut buf, &mut plain).expect("runs");
            let m =
                simulate_trial_logged(&setup, seed, &mut buf, &mut logged, &mut log).expect("runs");
            assert_eq!(n, m, "{name}");
            let bits = |row: &[f64]| row.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&plain), bits(&logged), "{name} trial {trial}");
            assert_eq!(log.opportunities().len() as u64, n, "{name}");

            let mut booked = vec![0.0; quarters];
            let mut won = vec![0.0; quarters];
            let mut created = vec![[0.0; Source::COUNT]; quarters];
            for (i, o) in log.opportunities().iter().enumerate() {
                assert_eq!(o.id, i as u64);
                assert!(o.close > o.created);
                let months = libm::round(o.cycle).max(1.0) as usize;
                assert_eq!(months, o.close - o.created, "{name}: cycle {}", o.cycle);
                assert!(matches!(o.creator, Owner::Ae(_) | Owner::Founder));
                if o.owner != o.creator {
                    reassigned += 1;
                }
                if o.close < setup.horizon() && o.win {
                    booked[o.close / 3] += o.value;
                    won[o.close / 3] += 1.0;
                }
                created[o.created / 3][o.source as usize] += 1.0;
            }
            let cell = |q: usize, metric: MetricId| logged[q * METRIC_COUNT + metric.index()];
            for q in 0..quarters {
                let bookings = cell(q, MetricId::BOOKINGS_TOTAL);
                assert!(
                    close_enough(booked[q], bookings),
                    "{name} trial {trial} quarter {q}: {} vs {bookings}",
                    booked[q]
                );
                assert_eq!(won[q], cell(q, MetricId::DEALS_WON_TOTAL), "{name} q{q}");
                for source in Source::ALL {
                    assert_eq!(
                        created[q][source as usize],
                        cell(q, MetricId::opps_created(source)),
                        "{name} q{q} {source:?}"
                    );
                }
            }
        }
    }
    assert!(reassigned > 0, "some orphan changes hands");
}

/// The export's dates fall in the engine's months, and closed − created is the cycle.
#[test]
fn the_exports_dates_are_the_engines_months() {
    let scenario = presets::find("series-a").expect("preset").scenario();
    let setup = Setup::new(&scenario);
    let mut out = vec![0.0; setup.quarters() * METRIC_COUNT];
    let mut log = OpportunityLog::new();
    simulate_trial_logged(
        &setup,
        trial_seed(1, 0),
        &mut TrialBuffers::default(),
        &mut out,
        &mut log,
    )
    .expect("runs");
    let start = start_date(&scenario);
    let rows = opportunity_rows(&log, start).expect("dates");
    assert_eq!(rows.len(), log.opportunities().len());
    let mut open = 0;
    for (row, o) in rows.iter().zip(log.opportunities()) {
        assert_eq!(row.id, o.id + 1);
        assert_eq!(month_index(start, row.created), o.created as i64);
        match row.closed {
            Some(closed) => {
                assert_eq!(month_index(start, closed), o.close as i64);
                let days = (closed - row.created).get_days() as f64;
                // A month is 28 to 31 days, and each date keeps a day's rounding.
                assert!(
                    days >= o.cycle * 28.0 - 2.0 && days <= o.cycle * 31.0 + 2.0,
                    "{days} days for a cycle of {} months",
                    o.cycle
                );
                let stage = if o.win { Stage::Won } else { Stage::Lost };
                assert_eq!(row.stage, stage);
            }
            None => {
                assert!(o.close >= setup.horizon());
                assert_eq!(row.stage, Stage::Open);
                open += 1;
            }
        }
    }
    assert!(open > 0, "some opportunities are still open at the horizon");
}

/// A CSV file as its header and records.
fn read_csv(path: &std::path::Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_path(path).expect("a CSV file");
    let header = reader
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_string)
        .collect();
    let records = reader
        .records()
        .map(|r| r.expect("a record").iter().map(str::to_string).collect())
        .collect();
    (header, records)
}

/// Checks `opportunities` (the export) against row `trial` of `samples` (`--samples-csv`).
fn check_against_samples(
    opportunities: &std::path::Path,
    samples: &std::path::Path,
    trial: usize,
) -> usize {
    let scenario = presets::find("series-a").expect("preset").scenario();
    let start = start_date(&scenario);
    let quarters = scenario.quarters();
    let (header, rows) = read_csv(opportunities);
    assert_eq!(
        header,
        ["id", "owner", "source", "created", "closed", "amount", "stage"]
    );
    let mut booked = vec![0.0; quarters];
    let mut won = vec![0usize; quarters];
    let mut created: HashMap<(String, usize), f64> = HashMap::new();
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row[0], (i + 1).to_string(), "rows in id order");
        let owner = &row[1];
        assert!(
            owner == "Founder"
                || owner
                    .strip_prefix("AE ")
                    .is_some_and(|n| n.parse::<u32>().is_ok_and(|n| n >= 1)),
            "owner {owner:?}"
        );
        let created_date: jiff::civil::Date = row[3].parse().expect("a created date");
        let q = month_index(start, created_date) as usize / 3;
        *created.entry((row[2].clone(), q)).or_default() += 1.0;
        match row[6].as_str() {
            "Open" => assert_eq!(row[4], ""),
            stage => {
                let closed: jiff::civil::Date = row[4].parse().expect("a closed date");
                assert!(closed > created_date);
                if stage == "Closed Won" {
                    let q = month_index(start, closed) as usize / 3;
                    booked[q] += row[5].parse::<f64>().expect("an amount");
                    won[q] += 1;
                } else {
                    assert_eq!(stage, "Closed Lost");
                }
            }
        }
    }
    let (header, samples) = read_csv(samples);
    let sample = &samples[trial];
    assert_eq!(sample[1], trial.to_string());
    let value = |key: &str, q: usize| -> f64 {
        let prefix = format!("{key}[");
        let column = header
            .iter()
            .enumerate()
            .filter(|(_, h)| h.starts_with(&prefix))
            .nth(q)
            .expect("a column")
            .0;
        sample[column].parse().expect("a number")
    };
    for q in 0..quarters {
        let bookings = value("bookings.total", q);
        // Amounts are written to the cent.
        assert!(
            (booked[q] - bookings).abs() <= 0.005 * won[q] as f64 + 1e-6,
            "quarter {q}: {} vs {bookings}",
            booked[q]
        );
        for source in Source::ALL {
            let key = source.key();
            let count = created.get(&(key.to_string(), q)).copied().unwrap_or(0.0);
            assert_eq!(
                count,
                value(&format!("opps_created.{key}"), q),
                "q{q} {key}"
            );
        }
    }
    rows.len()
}

/// `--opportunities-csv` writes trial 0 of the baseline, and it agrees with the run's trial 0.
#[test]
fn the_export_agrees_with_the_runs_trial() {
    let dir = TempDir::new("opportunities");
    let opportunities = dir.path("opportunities.csv");
    let samples = dir.path("samples.csv");
    let o = opportunities.to_str().expect("a path");
    let s = samples.to_str().expect("a path");
    run_ok(&[
        "run",
        "series-a",
        "--trials",
        "3",
        "--seed",
        "7",
        "--format",
        "csv",
        "--samples-csv",
        s,
        "--opportunities-csv",
        o,
    ]);
    assert!(check_against_samples(&opportunities, &samples, 0) > 0);
    run_ok(&[
        "run",
        "series-a",
        "--trials",
        "3",
        "--seed",
        "7",
        "--format",
        "csv",
        "--samples-csv",
        s,
        "--opportunities-csv",
        o,
        "--opportunities-trial",
        "2",
    ]);
    assert!(check_against_samples(&opportunities, &samples, 2) > 0);
}

/// A trial outside the run is a usage error, said in the person's language.
#[test]
fn a_trial_outside_the_run_is_refused() {
    let dir = TempDir::new("opportunities-trial");
    let path = dir.path("o.csv");
    let p = path.to_str().expect("a path");
    let args = [
        "run",
        "series-a",
        "--trials",
        "3",
        "--opportunities-csv",
        p,
        "--opportunities-trial",
        "3",
    ];
    let o = run(&args);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("0 to 2"), "{}", stderr(&o));
    assert!(!path.exists());
    let mut zh = vec!["--lang", "zh-CN"];
    zh.extend(args);
    let o = run(&zh);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("0 至 2"), "{}", stderr(&o));
}

/// A file that cannot be written is the CLI's file error: its path, and exit code 1.
#[test]
fn an_unwritable_export_is_a_file_error() {
    let dir = TempDir::new("opportunities-unwritable");
    let path = dir.path("missing").join("o.csv");
    let p = path.to_str().expect("a path");
    let o = run(&["run", "series-a", "--trials", "2", "--opportunities-csv", p]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains(p), "{}", stderr(&o));
}
