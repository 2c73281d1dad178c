//! The goal-seek chart: the chance of reaching the goal against a lever (one line per value of
//! a second lever, if any), with the required chance as a dashed line, the median cost of
//! each setting beneath, and the chosen setting ringed in both panels.

use super::canvas::{render, Align, Baseline, Canvas};
use super::fan::MIN_CHART;
use super::frame::{draw_baseline, draw_note, draw_y_axis, INK};
use super::panels::{
    dashed_hline, distinct, draw_caption, draw_legend, draw_ring, draw_x_labels, legend_layout,
    min_gap, two_panels, Panels, Swatch,
};
use super::scale::{Extent, Fmt, FONT_PX};
use super::{ChartWords, FrontierPoint, FrontierSeries, Size};
use crate::stats::{ascending_order, in_order};

/// A series' points in the lever's order, without those whose lever value is not finite.
fn sorted(series: &FrontierSeries) -> Vec<&FrontierPoint> {
    let points: Vec<&FrontierPoint> = series.points.iter().filter(|p| p.x.is_finite()).collect();
    let keys: Vec<f64> = points.iter().map(|p| p.x).collect();
    in_order(points, &ascending_order(&keys))
}

/// A chance as drawn: within 0–100%.
fn chance(p: &FrontierPoint) -> f64 {
    p.chance.clamp(0.0, 1.0)
}

pub(crate) fn frontier_chart(
    series: &[FrontierSeries],
    x_label: &dyn Fn(f64) -> String,
    required: f64,
    cost_fmt: Fmt,
    chosen: Option<(usize, usize)>,
    size: Size,
    words: &ChartWords,
) -> String {
    let lines: Vec<Vec<&FrontierPoint>> = series.iter().map(sorted).collect();
    let xs = distinct(lines.iter().flatten().map(|p| p.x));
    let mut cost = Extent::new();
    let mut any_chance = false;
    for p in lines.iter().flatten() {
        cost.add(p.cost);
        any_chance |= p.chance.is_finite();
    }
    let mut chances = Extent::new();
    chances.add(0.0);
    chances.add(1.0);
    let chosen = chosen
        .and_then(|(s, i)| series.get(s)?.points.get(i))
        .filter(|p| p.x.is_finite());
    let entries: Vec<(&str, _, Swatch)> = if series.len() > 1 {
        series
            .iter()
            .map(|s| (s.label.as_str(), s.color, Swatch::Line))
            .collect()
    } else {
        Vec::new()
    };
    render(size, MIN_CHART, |c| {
        let (legend, above) = legend_layout(&entries, c.w);
        let panels = two_panels(
            c.w,
            c.h,
            above,
            (chances, true, Fmt::Percent),
            (cost, cost_fmt),
            &xs,
        );
        draw_legend(c, &legend);
        draw_y_axis(c, &panels.top, &panels.top_y);
        if !any_chance && cost.is_empty() {
            draw_baseline(c, &panels.bottom);
            draw_note(c, &panels.top, &words.no_data);
            return;
        }
        draw_y_axis(c, &panels.bottom, &panels.bottom_y);
        draw_caption(c, &panels.bottom, &words.median_cost);
        draw_required(c, &panels, required, words);
        for (s, points) in series.iter().zip(&lines) {
            draw_series(c, &panels, &xs, s, points);
        }
        draw_baseline(c, &panels.bottom);
        draw_x_labels(c, &panels.bottom, &panels.x, &xs, x_label);
        if let Some(p) = chosen {
            let px = panels.x.at(p.x);
            if p.chance.is_finite() {
                let y = panels.top_y.scale.at(chance(p));
                let line = required_y(&panels, required);
                draw_ring(c, &panels.top, (px, y), &words.chosen, line);
            }
            if p.cost.is_finite() {
                c.ring((px, panels.bottom_y.scale.at(p.cost)), 8, INK, 2);
            }
        }
    })
}

/// The height of the line of the required chance, if there is one.
fn required_y(panels: &Panels, required: f64) -> Option<f64> {
    required
        .is_finite()
        .then(|| panels.top_y.scale.at(required.clamp(0.0, 1.0)))
}

/// The required chance: a dashed line across the upper panel, labelled at its left end, where
/// chances that grow with the lever leave room.
fn draw_required(c: &Canvas, panels: &Panels, required: f64, words: &ChartWords) {
    let Some(y) = required_y(panels, required) else {
        return;
    };
    let plot = &panels.top;
    dashed_hline(c, plot.left, plot.right, y, INK, 1);
    let label = words.required(&Fmt::Percent.label(required.clamp(0.0, 1.0)));
    // Above the line, or below it when the line is at the top of the panel.
    let (ly, baseline) = if y - FONT_PX - 4.0 >= plot.top - 6.0 {
        (y - 4.0, Baseline::Bottom)
    } else {
        (y + 4.0, Baseline::Top)
    };
    c.text(
        &label,
        (plot.left + 6.0, ly),
        Align::Start,
        baseline,
        INK,
        FONT_PX,
    );
}

/// One series' chance line and cost line, with dots where there is room.
fn draw_series(
    c: &Canvas,
    panels: &Panels,
    xs: &[f64],
    s: &FrontierSeries,
    points: &[&FrontierPoint],
) {
    let x = &panels.x;
    let radius = if min_gap(xs, x, &panels.top) >= 12.0 {
        3
    } else {
        2
    };
    let line = |value: &dyn Fn(&FrontierPoint) -> f64, scale: &super::scale::Linear| {
        // Gaps where a value is missing.
        let mut run: Vec<(f64, f64)> = Vec::new();
        for p in points {
            let v = value(p);
            if v.is_finite() {
                run.push((x.at(p.x), scale.at(v)));
            } else {
                c.polyline(&run, s.color, 1.0, 2);
                run.clear();
            }
            if v.is_finite() {
                c.dot((x.at(p.x), scale.at(v)), radius, s.color);
            }
        }
        c.polyline(&run, s.color, 1.0, 2);
    };
    line(
        &|p| {
            if p.chance.is_finite() {
                chance(p)
            } else {
                f64::NAN
            }
        },
        &panels.top_y.scale,
    );
    line(&|p| p.cost, &panels.bottom_y.scale);
}
