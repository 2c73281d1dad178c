//! The numbers behind each chart of a run, as a table a person can read instead of the drawing
//! (its text alternative): a fan chart's percentiles per quarter and scenario, stacked bars'
//! medians per quarter and source, and a histogram's distribution by its percentiles. The
//! caller gives the words of the headers and how to write a number (money or counts in the
//! page's language), so the same numbers read alike in the chart, the table and the KPI cards.

use crate::stats::Summary;

/// A table of text: `head` is the header row; each row's first cell names the row.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NumbersTable {
    /// The header row's cells.
    pub head: Vec<String>,
    /// The body's rows, each as long as `head`.
    pub rows: Vec<Vec<String>>,
}

/// The percentiles a fan chart draws: its 90% band, its 50% band and its median line.
const FAN_PERCENTILES: [u8; 5] = [5, 25, 50, 75, 95];

/// The percentiles of a distribution's table: those of `stats::Summary`.
const PERCENTILES: [u8; 7] = [5, 10, 25, 50, 75, 90, 95];

/// The name of a percentile in the reader's language ("P5", "第 5 百分位数").
pub type PercentileName<'a> = &'a dyn Fn(u8) -> String;

/// One line of a fan chart: a scenario's name and its summary per quarter.
pub struct FanSeries<'a> {
    /// The scenario's name.
    pub name: &'a str,
    /// Its distribution per quarter, in the order of the chart's quarter labels.
    pub quarters: &'a [Summary],
}

/// A fan chart's numbers: a row per quarter and scenario (the scenario column only when there
/// are several), with P5, P25, P50, P75 and P95 (named by `pct`). `quarter` and `scenario` are
/// the words of the first two headers; a scenario with fewer quarters has fewer rows.
pub fn fan(
    labels: &[String],
    series: &[FanSeries],
    [quarter, scenario]: [&str; 2],
    pct: PercentileName,
    fmt: &dyn Fn(f64) -> String,
) -> NumbersTable {
    let named = series.len() > 1;
    let mut head = vec![quarter.to_string()];
    if named {
        head.push(scenario.to_string());
    }
    head.extend(FAN_PERCENTILES.map(pct));
    let mut rows = Vec::new();
    for (q, label) in labels.iter().enumerate() {
        for s in series {
            let Some(m) = s.quarters.get(q) else {
                continue;
            };
            let mut row = vec![label.clone()];
            if named {
                row.push(s.name.to_string());
            }
            row.extend([m.p5, m.p25, m.p50, m.p75, m.p95].map(fmt));
            rows.push(row);
        }
    }
    NumbersTable { head, rows }
}

/// Stacked bars' numbers: a row per quarter with each part (`series`: its name and a value per
/// quarter) and their sum under `total`.
pub fn stacked(
    labels: &[String],
    series: &[(&str, Vec<f64>)],
    quarter: &str,
    total: &str,
    fmt: &dyn Fn(f64) -> String,
) -> NumbersTable {
    let mut head = vec![quarter.to_string()];
    head.extend(series.iter().map(|(name, _)| name.to_string()));
    head.push(total.to_string());
    let rows = labels
        .iter()
        .enumerate()
        .map(|(q, label)| {
            let parts: Vec<f64> = series
                .iter()
                .map(|(_, v)| v.get(q).copied().unwrap_or(0.0))
                .collect();
            let mut row = vec![label.clone()];
            row.extend(parts.iter().map(|&x| fmt(x)));
            row.push(fmt(parts.iter().sum()));
            row
        })
        .collect();
    NumbersTable { head, rows }
}

/// A histogram's numbers: its distribution as percentiles (P5 to P95) and the mean, one row
/// each (named by `pct`, and by the first of `words`), under the headers of the other two; `extra` rows (a target and the share of
/// trials reaching it, say) follow. Percentiles, not the drawn bins: the bins depend on the
/// screen's width, the percentiles are the report's and read the same everywhere.
pub fn distribution(
    summary: &Summary,
    [mean, heads @ ..]: [&str; 3],
    pct: PercentileName,
    extra: Vec<[String; 2]>,
    fmt: &dyn Fn(f64) -> String,
) -> NumbersTable {
    let mut rows: Vec<Vec<String>> = PERCENTILES
        .into_iter()
        .zip(summary.percentiles())
        .map(|(p, x)| vec![pct(p), fmt(x)])
        .collect();
    rows.push(vec![mean.to_string(), fmt(summary.mean)]);
    rows.extend(extra.into_iter().map(Vec::from));
    NumbersTable {
        head: heads.iter().map(|h| h.to_string()).collect(),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(base: f64) -> Summary {
        Summary {
            mean: base + 0.5,
            sd: 1.0,
            p5: base,
            p10: base + 1.0,
            p25: base + 2.0,
            p50: base + 3.0,
            p75: base + 4.0,
            p90: base + 5.0,
            p95: base + 6.0,
        }
    }

    fn plain(x: f64) -> String {
        format!("{x}")
    }

    fn p(n: u8) -> String {
        format!("P{n}")
    }

    #[test]
    fn a_fan_of_one_scenario_has_no_scenario_column() {
        let labels = vec!["2027 Q1".to_string(), "2027 Q2".to_string()];
        let quarters = [summary(0.0), summary(10.0)];
        let t = fan(
            &labels,
            &[FanSeries {
                name: "A",
                quarters: &quarters,
            }],
            ["Quarter", "Scenario"],
            &p,
            &plain,
        );
        assert_eq!(t.head, ["Quarter", "P5", "P25", "P50", "P75", "P95"]);
        assert_eq!(t.rows[1], ["2027 Q2", "10", "12", "13", "14", "16"]);
    }

    #[test]
    fn a_fan_of_two_names_each_row_and_skips_missing_quarters() {
        let labels = vec!["Q1".to_string(), "Q2".to_string()];
        let (long, short) = ([summary(0.0), summary(1.0)], [summary(5.0)]);
        let series = [
            FanSeries {
                name: "Long",
                quarters: &long,
            },
            FanSeries {
                name: "<b>Short</b>",
                quarters: &short,
            },
        ];
        let t = fan(&labels, &series, ["Quarter", "Scenario"], &p, &plain);
        assert_eq!(t.head.len(), 7);
        let named: Vec<(&str, &str)> = t
            .rows
            .iter()
            .map(|r| (r[0].as_str(), r[1].as_str()))
            .collect();
        assert_eq!(
            named,
            [("Q1", "Long"), ("Q1", "<b>Short</b>"), ("Q2", "Long")]
        );
        assert!(t.rows.iter().all(|r| r.len() == t.head.len()));
    }

    #[test]
    fn stacked_bars_add_up_to_their_total() {
        let labels = vec!["Q1".to_string(), "Q2".to_string()];
        let series = [("outbound", vec![1.0, 2.0]), ("inbound", vec![3.0])];
        let t = stacked(&labels, &series, "Quarter", "Total", &plain);
        assert_eq!(t.head, ["Quarter", "outbound", "inbound", "Total"]);
        assert_eq!(t.rows[0], ["Q1", "1", "3", "4"]);
        assert_eq!(t.rows[1], ["Q2", "2", "0", "2"]);
    }

    #[test]
    fn a_distribution_lists_its_percentiles_mean_and_extras() {
        let extra = vec![["Target".to_string(), "7".to_string()]];
        let t = distribution(&summary(0.0), ["Mean", "", "Total"], &p, extra, &plain);
        let firsts: Vec<&str> = t.rows.iter().map(|r| r[0].as_str()).collect();
        assert_eq!(
            firsts,
            ["P5", "P10", "P25", "P50", "P75", "P90", "P95", "Mean", "Target"]
        );
        assert_eq!(t.rows[3][1], "3");
        assert_eq!(t.rows[7][1], "0.5");
    }
}
