//! An analysis's CSV: one row per bar and band (a tornado), value (a sweep) or setting tried
//! (a goal seek), under stable ASCII column keys, for scripts; texts as the report has them.

use pipesim::analysis::{StudyReport, StudyResult};
use pipesim::format::csv_field;

use super::strings;

fn num(x: f64) -> String {
    format!("{x}")
}

fn opt(x: Option<f64>) -> String {
    x.map(num).unwrap_or_default()
}

/// One row per bar and per band (sensitivity), value (sweep) or setting tried (seek), with
/// stable ASCII column keys; numbers in full, values in their units beside them.
pub(super) fn csv(report: &StudyReport) -> String {
    let mut out = String::new();
    let mut line = |cells: Vec<String>| {
        out.push_str(&cells.join(","));
        out.push('\n');
    };
    let text = |t: &str| csv_field(t);
    match &report.result {
        StudyResult::Sensitivity(t) => {
            line(strings([
                "kind",
                "path",
                "label",
                "low_value",
                "high_value",
                "low_text",
                "high_text",
                "output_low",
                "output_high",
                "swing",
                "standard_error",
                "within_noise",
                "trials",
                "base",
                "fixed_at",
                "p10",
                "p90",
                "narrowing",
                "narrowing_share",
            ]));
            for b in &t.bars {
                let mut cells = vec![
                    "bar".into(),
                    text(&b.path),
                    text(&b.label),
                    num(b.low_value),
                    num(b.high_value),
                    text(&b.low_text),
                    text(&b.high_text),
                    num(b.low),
                    num(b.high),
                    num(b.swing),
                    num(b.standard_error),
                    b.within_noise.to_string(),
                    b.trials.to_string(),
                    num(b.base),
                ];
                cells.extend(std::iter::repeat_n(String::new(), 5));
                line(cells);
            }
            for b in &t.bands {
                let mut cells = vec!["band".into(), text(&b.path), text(&b.label)];
                cells.extend(std::iter::repeat_n(String::new(), 9));
                cells.extend([
                    b.trials.to_string(),
                    String::new(),
                    text(&b.median_text),
                    num(b.p10),
                    num(b.p90),
                    num(b.narrowing),
                    num(b.share),
                ]);
                line(cells);
            }
        }
        StudyResult::Sweep(s) => {
            line(strings([
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
                "refused",
            ]));
            for (i, r) in s.rows.iter().enumerate() {
                let m = r.summary;
                line(vec![
                    text(&s.field),
                    num(r.value),
                    text(&r.value_text),
                    opt(r.output),
                    opt(m.map(|m| m.p10)),
                    opt(m.map(|m| m.p50)),
                    opt(m.map(|m| m.p90)),
                    opt(m.map(|m| m.cost)),
                    opt(m.map(|m| m.cost_p10)),
                    opt(m.map(|m| m.cost_p90)),
                    (s.best == Some(i)).to_string(),
                    text(r.refused.as_deref().unwrap_or("")),
                ]);
            }
        }
        StudyResult::Seek(s) => {
            line(strings([
                "lever_1",
                "value_1",
                "value_1_text",
                "lever_2",
                "value_2",
                "value_2_text",
                "chance",
                "median_cost",
                "meets",
                "chosen",
            ]));
            let second = s.levers.get(1).map(|l| text(&l.path)).unwrap_or_default();
            for series in &s.series {
                for p in &series.points {
                    let chosen = s.choice.as_ref().is_some_and(|c| {
                        c.values[0] == p.value && series.value == c.values.get(1).copied()
                    });
                    line(vec![
                        text(&s.levers[0].path),
                        num(p.value),
                        text(&p.value_text),
                        second.clone(),
                        opt(series.value),
                        text(series.value_text.as_deref().unwrap_or("")),
                        opt(p.chance),
                        opt(p.cost),
                        p.meets.to_string(),
                        chosen.to_string(),
                    ]);
                }
            }
        }
    }
    out
}
