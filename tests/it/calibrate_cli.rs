//! `pipesim calibrate` on the exports people have: delimiters, a byte-order mark, quoted commas
//! and line breaks, the date and amount forms of several locales, empty rows, a header named
//! twice, 200,000 rows; and on files it must refuse with their line and column (binary data,
//! 100 MB, dates that read either way without `--day-first` or `--month-first`), in English and
//! Chinese. Every refusal exits 2 and prints no scenario.

use std::path::{Path, PathBuf};

use pipesim::model::{Dist, Scenario};

use crate::common::cli::{run, run_in, stderr, stdout, success};

fn file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pipesim-calibrate-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// A small export in the given form: `rows` of (created, closed, amount, stage, owner, source).
fn export(header: &str, delimiter: char, rows: &[[&str; 6]]) -> String {
    let mut text = String::from(header);
    text.push_str("\r\n");
    for row in rows {
        text.push_str(&row.join(&delimiter.to_string()));
        text.push_str("\r\n");
    }
    text
}

fn calibrated(path: &Path, extra: &[&str]) -> (Scenario, String) {
    let mut args = vec!["calibrate", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    let o = run(&args);
    let json = success(&o, &args);
    (
        Scenario::from_json_str(&json).expect("a valid scenario"),
        stderr(&o),
    )
}

fn refused(path: &Path, extra: &[&str], lang: &str) -> String {
    let mut args = vec!["calibrate", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    let o = run_in(&[("LANG", lang)], &args);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(stdout(&o), "", "a refused export printed a scenario");
    stderr(&o)
}

/// Twelve decided deals over a year, half won, with the cells in the forms given.
fn deals(
    created: &[&'static str],
    closed: &[&'static str],
    amounts: &[&'static str],
) -> Vec<[&'static str; 6]> {
    (0..created.len())
        .map(|i| {
            [
                created[i],
                closed[i],
                amounts[i],
                if i % 2 == 0 {
                    "Closed Won"
                } else {
                    "Closed Lost"
                },
                "Ana",
                "Inbound",
            ]
        })
        .collect()
}

#[test]
fn european_and_american_exports_read_alike() {
    // Semicolons, a BOM, day-first dates with dots, amounts as "1.200,50 €".
    let created = [
        "01.03.2024",
        "15.03.2024",
        "02.04.2024",
        "20.04.2024",
        "05.05.2024",
        "25.05.2024",
        "03.06.2024",
        "18.06.2024",
        "01.07.2024",
        "16.07.2024",
        "30.07.2024",
        "13.08.2024",
    ];
    let closed = [
        "01.05.2024",
        "15.06.2024",
        "02.06.2024",
        "20.07.2024",
        "05.07.2024",
        "25.08.2024",
        "03.08.2024",
        "18.09.2024",
        "01.09.2024",
        "16.10.2024",
        "30.09.2024",
        "13.11.2024",
    ];
    let amounts = [
        "1.200,50 €",
        "3.400,00 €",
        "12.000 €",
        "900,99 €",
        "45.000,00 €",
        "7.500,00 €",
        "15.250,00 €",
        "2.000,00 €",
        "30.000,00 €",
        "8.800,00 €",
        "11.000,00 €",
        "5.600,00 €",
    ];
    let mut text = String::from("\u{feff}");
    text.push_str(&export(
        "Erstelldatum;Close Date;Amount;Stage;Owner;Lead Source",
        ';',
        &deals(&created, &closed, &amounts),
    ));
    let eu = file("eu.csv", text.as_bytes());
    // "Erstelldatum" is not recognised: mapped by hand.
    let (scenario, summary) = calibrated(&eu, &["--column", "created=Erstelldatum"]);
    assert!(summary.contains("12 opportunities"), "{summary}");
    let Dist::LogNormal { p5, p95 } = scenario.deals.size else {
        panic!("deal size not fitted: {summary}")
    };
    assert!(p5 > 500.0 && p95 < 100_000.0, "{p5} {p95}");

    // The same deals as an American spreadsheet writes them: commas, quoted "$1,200.50",
    // month-first dates (15 March tells the order), and a quoted cell with a line break.
    let us_created = [
        "3/1/2024",
        "3/15/2024",
        "4/2/2024",
        "4/20/2024",
        "5/5/2024",
        "5/25/2024",
        "6/3/2024",
        "6/18/2024",
        "7/1/2024",
        "7/16/2024",
        "7/30/2024",
        "8/13/2024",
    ];
    let us_closed = [
        "5/1/2024",
        "6/15/2024",
        "6/2/2024",
        "7/20/2024",
        "7/5/2024",
        "8/25/2024",
        "8/3/2024",
        "9/18/2024",
        "9/1/2024",
        "10/16/2024",
        "9/30/2024",
        "11/13/2024",
    ];
    let us_amounts = [
        "\"$1,200.50\"",
        "\"$3,400.00\"",
        "\"$12,000\"",
        "$900.99",
        "\"$45,000.00\"",
        "\"$7,500.00\"",
        "\"$15,250.00\"",
        "\"$2,000.00\"",
        "\"$30,000.00\"",
        "\"$8,800.00\"",
        "\"$11,000.00\"",
        "\"$5,600.00\"",
    ];
    let mut rows = deals(&us_created, &us_closed, &us_amounts);
    rows[0][4] = "\"Ana, \nthe first\"";
    let us = file(
        "us.csv",
        export(
            "Created Date,Close Date,Amount,Stage,Owner,Lead Source",
            ',',
            &rows,
        )
        .as_bytes(),
    );
    let (us_scenario, us_summary) = calibrated(&us, &[]);
    assert_eq!(scenario.deals, us_scenario.deals, "{summary}\n{us_summary}");
    assert_eq!(scenario.win_rates, us_scenario.win_rates);
}

#[test]
fn excel_serials_accounting_amounts_empty_rows_and_a_header_named_twice() {
    let text = "Created,Close Date,Amount,Stage,Stage,Owner\n\
                45352,45413,(300),Closed Lost,x,Ana\n\
                \n\
                45366,45444,\"1,200\",Closed Won,x,Ben\n\
                ,,,,,\n\
                45383,,500,Negotiation,x,Ana\n";
    let path = file("excel.csv", text.as_bytes());
    let (_, summary) = calibrated(&path, &[]);
    assert!(
        summary.contains("3 opportunities created 2024-03-01 to 2024-04-01"),
        "{summary}"
    );
}

#[test]
fn dates_that_read_either_way_are_asked_about() {
    let rows: Vec<[&str; 6]> = vec![
        ["03/04/2024", "05/06/2024", "100", "Won", "Ana", "Web"],
        ["04/05/2024", "06/07/2024", "200", "Lost", "Ana", "Web"],
    ];
    let path = file(
        "ambiguous.csv",
        export("Created,Closed,Amount,Stage,Owner,Source", ',', &rows).as_bytes(),
    );
    let en = refused(&path, &[], "en_US.UTF-8");
    assert!(en.contains("--day-first or --month-first"), "{en}");
    let zh = refused(&path, &[], "zh_CN.UTF-8");
    assert!(zh.contains("--day-first") && zh.contains("日在前"), "{zh}");
    let (_, day_first) = calibrated(&path, &["--day-first"]);
    assert!(
        day_first.contains("2024-04-03 to 2024-05-04"),
        "{day_first}"
    );
    let (_, month_first) = calibrated(&path, &["--month-first"]);
    assert!(
        month_first.contains("2024-03-04 to 2024-04-05"),
        "{month_first}"
    );
}

#[test]
fn bad_cells_are_named_by_line_and_column() {
    let text = "Created,Closed,Amount,Stage\n\
                2024-03-01,2024-04-01,100,Won\n\
                2024-02-30,2024-04-01,100,Won\n\
                2024-03-05,2024-04-01,abc,Lost\n\
                2024-03-09,2024-02-01,100,Lost\n";
    let path = file("bad.csv", text.as_bytes());
    let (_, summary) = calibrated(&path, &[]);
    assert!(summary.contains("line 3, column “Created”"), "{summary}");
    assert!(summary.contains("line 4, column “Amount”"), "{summary}");
    assert!(summary.contains("line 5, column “Closed”"), "{summary}");
}

#[test]
fn binary_missing_columns_and_huge_files_are_refused() {
    let png = file("photo.csv", &[0x89, b'P', b'N', b'G', 0, 0, 0, 13, 1, 2, 3]);
    assert!(refused(&png, &[], "en_US.UTF-8").contains("binary"));
    assert!(refused(&png, &[], "zh_CN.UTF-8").contains("二进制"));
    let no_created = file("no-created.csv", b"Amount,Stage\n100,Won\n");
    let en = refused(&no_created, &[], "en_US.UTF-8");
    assert!(en.contains("no column of creation dates"), "{en}");
    let huge = std::env::temp_dir().join(format!("pipesim-huge-{}.csv", std::process::id()));
    {
        use std::io::Write;
        let mut f = std::fs::File::create(&huge).unwrap();
        let line = "2024-03-01,2024-04-01,100,Won,Ana,Web\n".repeat(1000);
        f.write_all(b"Created,Closed,Amount,Stage,Owner,Source\n")
            .unwrap();
        while f.metadata().unwrap().len() < 100 * 1024 * 1024 {
            f.write_all(line.as_bytes()).unwrap();
        }
    }
    let too_large = refused(&huge, &[], "en_US.UTF-8");
    std::fs::remove_file(&huge).unwrap();
    assert!(too_large.contains("at most 64 MB"), "{too_large}");
}

#[test]
fn two_hundred_thousand_rows_are_read() {
    let mut text = String::from("Created,Closed,Amount,Stage,Owner,Source\n");
    for i in 0..200_000u32 {
        let day = 1 + i % 28;
        let month = 1 + (i / 28) % 12;
        let won = if i % 4 == 0 {
            "Closed Won"
        } else {
            "Closed Lost"
        };
        text.push_str(&format!(
            "2024-{month:02}-{day:02},2025-{month:02}-{day:02},{},{won},rep{},Inbound\n",
            1000 + i % 5000,
            i % 300
        ));
    }
    let path = file("big.csv", text.as_bytes());
    let (scenario, summary) = calibrated(&path, &[]);
    assert!(
        summary.contains("200,000 opportunities") || summary.contains("200000 opportunities"),
        "{summary}"
    );
    assert!(matches!(scenario.win_rates.inbound, Dist::LogNormal { .. }));
}
