//! The fan chart: per quarter, a P5–P95 band, a P25–P75 band and the median line of each
//! scenario, overlaid with translucent bands.

use super::canvas::{render, Canvas};
use super::frame::{draw_baseline, draw_note, draw_y_axis, layout, Quarters, YAxis};
use super::scale::{Extent, Fmt};
use super::{ChartWords, Fan, Size};
use crate::stats::Summary;

/// The smallest drawing worth drawing a chart in.
pub(crate) const MIN_CHART: (u32, u32) = (60, 40);

/// The five values a fan draws, if all are finite.
fn levels(s: &Summary) -> Option<[f64; 5]> {
    let v = [s.p5, s.p25, s.p50, s.p75, s.p95];
    v.iter().all(|x| x.is_finite()).then_some(v)
}

/// Runs of consecutive quarters (start, end exclusive) whose levels are finite.
fn finite_runs(quarters: &[Summary]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, s) in quarters.iter().enumerate() {
        match (levels(s).is_some(), start) {
            (true, None) => start = Some(i),
            (false, Some(a)) => {
                runs.push((a, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(a) = start {
        runs.push((a, quarters.len()));
    }
    runs
}

pub(crate) fn fan_chart(
    labels: &[String],
    fans: &[Fan],
    fmt: Fmt,
    size: Size,
    words: &ChartWords,
) -> String {
    let labels: Vec<String> = labels.iter().map(|l| words.quarter(l)).collect();
    let n = fans
        .iter()
        .map(|f| f.quarters.len())
        .max()
        .unwrap_or(0)
        .max(labels.len());
    let mut extent = Extent::new();
    for fan in fans {
        for s in fan.quarters.iter().filter_map(levels) {
            for v in s {
                extent.add(v);
            }
        }
    }
    render(size, MIN_CHART, |c| {
        let (plot, y) = layout(c.w, c.h, 0.0, extent, true, fmt);
        let q = Quarters::new(&plot, n);
        if !extent.is_empty() {
            draw_y_axis(c, &plot, &y);
        }
        draw_baseline(c, &plot);
        q.draw_labels(c, &plot, &labels);
        if extent.is_empty() {
            draw_note(c, &plot, &words.no_data);
            return;
        }
        // Bands get lighter as more fans overlap.
        let (outer, inner) = if fans.len() > 1 {
            (0.13, 0.24)
        } else {
            (0.18, 0.32)
        };
        for fan in fans {
            draw_fan(c, &q, &y, fan, outer, inner);
        }
    })
}

fn draw_fan(c: &Canvas, q: &Quarters, y: &YAxis, fan: &Fan, outer: f64, inner: f64) {
    let quarters = &fan.quarters[..fan.quarters.len().min(q.n)];
    let at = |v: f64| y.scale.at(v);
    for (a, b) in finite_runs(quarters) {
        let lv: Vec<(f64, [f64; 5])> = (a..b)
            .filter_map(|i| levels(&quarters[i]).map(|l| (q.x(i), l)))
            .collect();
        if lv.len() == 1 {
            // A single quarter: a box plot of the bands.
            let (x, l) = lv[0];
            let half = (q.slot * 0.25).clamp(3.0, 24.0);
            c.rect((x - half, at(l[0])), (x + half, at(l[4])), fan.color, outer);
            c.rect((x - half, at(l[1])), (x + half, at(l[3])), fan.color, inner);
            c.line(
                (x - half, at(l[2])),
                (x + half, at(l[2])),
                fan.color,
                1.0,
                2,
            );
            continue;
        }
        let band = |lo: usize, hi: usize| -> Vec<(f64, f64)> {
            let up = lv.iter().map(|(x, l)| (*x, at(l[hi])));
            let down = lv.iter().rev().map(|(x, l)| (*x, at(l[lo])));
            up.chain(down).collect()
        };
        c.polygon(&band(0, 4), fan.color, outer);
        c.polygon(&band(1, 3), fan.color, inner);
        let median: Vec<(f64, f64)> = lv.iter().map(|(x, l)| (*x, at(l[2]))).collect();
        c.polyline(&median, fan.color, 1.0, 2);
        if q.slot >= 28.0 {
            for p in &median {
                c.dot(*p, 3, fan.color);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: f64) -> Summary {
        Summary {
            mean: v,
            sd: 0.0,
            p5: v,
            p10: v,
            p25: v,
            p50: v,
            p75: v,
            p90: v,
            p95: v,
        }
    }

    #[test]
    fn gaps_split_runs() {
        let q = [s(1.0), s(f64::NAN), s(2.0), s(3.0), s(f64::INFINITY)];
        assert_eq!(finite_runs(&q), vec![(0, 1), (2, 4)]);
        assert_eq!(finite_runs(&[]), vec![]);
    }
}
