//! The sweep chart: how the output and the median cost change as one input steps through its
//! values. Above, the output's median with dots and its P10–P90 band; beneath, a third of the
//! height, the median cost as bars; the best point ringed.

use super::canvas::{render, Canvas};
use super::fan::MIN_CHART;
use super::frame::{draw_baseline, draw_note, draw_y_axis, INK};
use super::panels::{
    distinct, draw_caption, draw_legend, draw_ring, draw_x_labels, legend_layout, min_gap,
    two_panels, Panels, Swatch,
};
use super::scale::{Extent, Fmt};
use super::{ChartWords, Rgb, Size, SweepPoint, PALETTE};
use crate::stats::{ascending_order, in_order};

/// The output's line and band.
const OUTPUT: Rgb = PALETTE[0];
/// The cost bars.
const COST: Rgb = PALETTE[7];
/// The opacity of the P10–P90 band.
const BAND: f64 = 0.2;

/// Runs of consecutive points (start, end exclusive) for which `ok` holds.
fn runs(points: &[&SweepPoint], ok: impl Fn(&SweepPoint) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, p) in points.iter().enumerate() {
        match (ok(p), start) {
            (true, None) => start = Some(i),
            (false, Some(a)) => {
                out.push((a, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(a) = start {
        out.push((a, points.len()));
    }
    out
}

/// The output's axis starts at zero unless the values sit far above (or below) it, where a
/// zero would flatten the differences the sweep is about.
fn from_zero(e: &Extent) -> bool {
    if e.is_empty() {
        return true;
    }
    let (lo, hi) = (e.lo, e.hi);
    (lo >= 0.0 && lo < 0.35 * hi) || (hi <= 0.0 && hi > 0.35 * lo)
}

pub(crate) fn sweep_chart(
    points: &[SweepPoint],
    x_label: &dyn Fn(f64) -> String,
    fmt: Fmt,
    cost_fmt: Fmt,
    best: Option<usize>,
    size: Size,
    words: &ChartWords,
) -> String {
    // In the order of the input's values; points without a finite value are left out.
    let finite: Vec<&SweepPoint> = points.iter().filter(|p| p.x.is_finite()).collect();
    let keys: Vec<f64> = finite.iter().map(|p| p.x).collect();
    let sorted = in_order(finite, &ascending_order(&keys));
    let xs = distinct(sorted.iter().map(|p| p.x));
    let (mut output, mut cost) = (Extent::new(), Extent::new());
    for p in &sorted {
        for v in [p.p10, p.p50, p.p90] {
            output.add(v);
        }
        cost.add(p.cost);
    }
    let best = best.and_then(|i| points.get(i)).filter(|p| p.x.is_finite());
    let legend_entries = [
        (words.band.as_str(), OUTPUT, Swatch::Box(BAND + 0.1)),
        (words.median.as_str(), OUTPUT, Swatch::Line),
    ];
    render(size, MIN_CHART, |c| {
        let (legend, above) = legend_layout(&legend_entries, c.w);
        let panels = two_panels(
            c.w,
            c.h,
            above,
            (output, from_zero(&output), fmt),
            (cost, cost_fmt),
            &xs,
        );
        if output.is_empty() && cost.is_empty() {
            draw_baseline(c, &panels.bottom);
            draw_note(c, &panels.top, &words.no_data);
            return;
        }
        draw_legend(c, &legend);
        draw_y_axis(c, &panels.top, &panels.top_y);
        draw_y_axis(c, &panels.bottom, &panels.bottom_y);
        draw_caption(c, &panels.bottom, &words.median_cost);
        draw_baseline(c, &panels.top);
        draw_output(c, &panels, &sorted, &xs);
        draw_cost(c, &panels, &sorted, &xs, best.map(|p| p.x));
        draw_baseline(c, &panels.bottom);
        draw_x_labels(c, &panels.bottom, &panels.x, &xs, x_label);
        if let Some(p) = best {
            let y = if p.p50.is_finite() {
                panels.top_y.scale.at(p.p50)
            } else {
                (panels.top.top + panels.top.bottom) / 2.0
            };
            draw_ring(c, &panels.top, (panels.x.at(p.x), y), &words.best, None);
        }
    })
}

fn draw_output(c: &Canvas, panels: &Panels, sorted: &[&SweepPoint], xs: &[f64]) {
    let (x, y) = (&panels.x, &panels.top_y.scale);
    for (a, b) in runs(sorted, |p| p.p10.is_finite() && p.p90.is_finite()) {
        let run = &sorted[a..b];
        if run.len() == 1 {
            // A lone point: its band as a bar.
            let (px, p) = (x.at(run[0].x), run[0]);
            c.rect(
                (px - 4.0, y.at(p.p90)),
                (px + 4.0, y.at(p.p10)),
                OUTPUT,
                BAND,
            );
            continue;
        }
        let up = run.iter().map(|p| (x.at(p.x), y.at(p.p90)));
        let down = run.iter().rev().map(|p| (x.at(p.x), y.at(p.p10)));
        c.polygon(&up.chain(down).collect::<Vec<_>>(), OUTPUT, BAND);
    }
    for (a, b) in runs(sorted, |p| p.p50.is_finite()) {
        let line: Vec<(f64, f64)> = sorted[a..b]
            .iter()
            .map(|p| (x.at(p.x), y.at(p.p50)))
            .collect();
        c.polyline(&line, OUTPUT, 1.0, 2);
        let radius = if min_gap(xs, x, &panels.top) >= 12.0 {
            3
        } else {
            2
        };
        for p in line {
            c.dot(p, radius, OUTPUT);
        }
    }
}

fn draw_cost(c: &Canvas, panels: &Panels, sorted: &[&SweepPoint], xs: &[f64], best: Option<f64>) {
    let (x, y) = (&panels.x, &panels.bottom_y.scale);
    let half = (min_gap(xs, x, &panels.bottom) * 0.32).clamp(1.0, 16.0);
    let zero = y.at(0.0);
    for p in sorted.iter().filter(|p| p.cost.is_finite()) {
        let px = x.at(p.x);
        let (color, alpha) = if best == Some(p.x) {
            (INK, 0.85)
        } else {
            (COST, 0.45)
        };
        c.rect((px - half, zero), (px + half, y.at(p.cost)), color, alpha);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_joins_the_axis_only_when_near() {
        let e = |lo, hi| Extent { lo, hi };
        assert!(from_zero(&e(1.0, 10.0)));
        assert!(!from_zero(&e(8.0, 10.0)));
        assert!(from_zero(&e(-10.0, -1.0)) && !from_zero(&e(-10.0, -8.0)));
        assert!(from_zero(&Extent::new()));
    }
}
