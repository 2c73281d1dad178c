//! Stacked bars of medians per quarter by part, with a legend of the parts above the plot.

use super::canvas::{render, Align, Baseline, Canvas};
use super::fan::MIN_CHART;
use super::frame::{draw_baseline, draw_note, draw_y_axis, layout, Quarters, INK};
use super::scale::{text_width, Extent, Fmt, FONT_PX};
use super::{ChartWords, Rgb, Size};

/// Height of a legend row.
const LEGEND_ROW: f64 = 18.0;
/// Side of a legend swatch.
const SWATCH: f64 = 10.0;

/// A series' value in quarter `q`: zero when missing or not finite.
fn value(values: &[f64], q: usize) -> f64 {
    values
        .get(q)
        .copied()
        .filter(|v| v.is_finite())
        .unwrap_or(0.0)
}

/// Legend entries placed in rows within `width`: (label, colour, x, row).
fn legend_layout<'a>(
    entries: &[(&'a str, Rgb)],
    width: f64,
) -> (Vec<(&'a str, Rgb, f64, usize)>, usize) {
    let mut placed = Vec::new();
    let (mut x, mut row) = (8.0, 0usize);
    for &(label, color) in entries {
        let item = SWATCH + 5.0 + text_width(label, FONT_PX).min(width * 0.8);
        if x > 8.0 && x + item > width - 8.0 {
            x = 8.0;
            row += 1;
        }
        placed.push((label, color, x, row));
        x += item + 14.0;
    }
    let rows = if placed.is_empty() { 0 } else { row + 1 };
    (placed, rows)
}

pub(crate) fn stacked_bars(
    labels: &[String],
    series: &[(&str, Rgb, Vec<f64>)],
    fmt: Fmt,
    size: Size,
    words: &ChartWords,
) -> String {
    let labels: Vec<String> = labels.iter().map(|l| words.quarter(l)).collect();
    let n = series
        .iter()
        .map(|s| s.2.len())
        .max()
        .unwrap_or(0)
        .max(labels.len());
    let mut extent = Extent::new();
    for q in 0..n {
        let up: f64 = series.iter().map(|s| value(&s.2, q).max(0.0)).sum();
        let down: f64 = series.iter().map(|s| value(&s.2, q).min(0.0)).sum();
        extent.add(up);
        extent.add(down);
    }
    let shown: Vec<(&str, Rgb)> = series
        .iter()
        .filter(|s| (0..n).any(|q| value(&s.2, q) != 0.0))
        .map(|s| (s.0, s.1))
        .collect();
    let has_data = !extent.is_empty() && (extent.lo != 0.0 || extent.hi != 0.0);
    render(size, MIN_CHART, |c| {
        let (legend, rows) = legend_layout(&shown, c.w);
        let legend_h = if rows == 0 {
            0.0
        } else {
            rows as f64 * LEGEND_ROW + 8.0
        };
        let (plot, y) = layout(c.w, c.h, legend_h, extent, true, fmt);
        let q = Quarters::new(&plot, n);
        if has_data {
            draw_y_axis(c, &plot, &y);
        }
        draw_legend(c, &legend);
        let half = (q.slot * 0.32).clamp(1.0, 26.0);
        for i in 0..n {
            let x = q.x(i);
            let (mut up, mut down) = (0.0f64, 0.0f64);
            for (_, color, values) in series {
                let v = value(values, i);
                let (from, to) = if v >= 0.0 {
                    up += v;
                    (up - v, up)
                } else {
                    down += v;
                    (down - v, down)
                };
                if v == 0.0 {
                    continue;
                }
                let (y0, y1) = (y.scale.at(from), y.scale.at(to));
                // A hairline of white between stacked parts when there is room for it.
                let gap = if (y0 - y1).abs() > 3.0 {
                    (y1 - y0).signum()
                } else {
                    0.0
                };
                c.rect((x - half, y0 + gap), (x + half, y1), *color, 1.0);
            }
        }
        draw_baseline(c, &plot);
        q.draw_labels(c, &plot, &labels);
        if !has_data {
            draw_note(c, &plot, &words.no_data);
        }
    })
}

fn draw_legend(c: &Canvas, legend: &[(&str, Rgb, f64, usize)]) {
    for &(label, color, x, row) in legend {
        let mid = 6.0 + row as f64 * LEGEND_ROW + SWATCH / 2.0;
        c.rect(
            (x, mid - SWATCH / 2.0),
            (x + SWATCH, mid + SWATCH / 2.0),
            color,
            1.0,
        );
        c.text(
            label,
            (x + SWATCH + 5.0, mid),
            Align::Start,
            Baseline::Middle,
            INK,
            FONT_PX,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legend_wraps_on_narrow_drawings() {
        let entries = crate::engine::Source::ALL.map(|source| (source.key(), Rgb(0, 0, 0)));
        let (_, rows) = legend_layout(&entries, 360.0);
        assert_eq!(rows, 2);
        let (_, rows) = legend_layout(&entries, 560.0);
        assert_eq!(rows, 1);
        assert_eq!(legend_layout(&[], 560.0).1, 0);
    }

    #[test]
    fn missing_and_bad_values_count_as_zero() {
        assert_eq!(value(&[1.0, f64::NAN], 1), 0.0);
        assert_eq!(value(&[1.0], 5), 0.0);
    }
}
