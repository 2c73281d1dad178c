//! The tornado chart of a sensitivity analysis: one row per input, in the order given, with
//! the change of the output at the input's low and high values as bars from a line at the base
//! output, the input's values written at the bars' ends and the swing's uncertainty as a
//! whisker; and the rows' geometry, so that the app can tell which row a point falls in.

use super::canvas::{render, view_size, Align, Baseline, Canvas};
use super::fan::MIN_CHART;
use super::frame::{draw_note, draw_value_label, Plot, AXIS, BOTTOM, GRID, INK, MUTED, RIGHT};
use super::panels::{draw_legend, legend_layout, truncate, Swatch};
use super::scale::{nice_ticks, text_width, Extent, Fmt, Linear, FONT_PX};
use super::{ChartWords, Rgb, Size, TornadoBar, PALETTE};

/// The low value's bars.
const LOW: Rgb = PALETTE[1];
/// The high value's bars.
const HIGH: Rgb = PALETTE[0];
/// The low value's bars when the swing is within its noise.
pub(crate) const LOW_FAINT: Rgb = Rgb(0xd6, 0xda, 0xe2);
/// The high value's bars when the swing is within its noise.
pub(crate) const HIGH_FAINT: Rgb = Rgb(0xb4, 0xbb, 0xc7);
/// The legend: the same for every tornado, so the rows start at the same height.
const LEGEND: [(&str, Rgb, Swatch); 2] = [
    ("low value", LOW, Swatch::Box(1.0)),
    ("high value", HIGH, Swatch::Box(1.0)),
];
/// Drawings narrower than this are phones: long labels go above their bars.
const PHONE_WIDTH: f64 = 480.0;
/// The room a label takes above its bar.
const LABEL_BAND: f64 = FONT_PX + 5.0;
/// Rows at least this tall take a label above the bar.
const MIN_ROW_ABOVE: f64 = 2.0 * FONT_PX + 8.0;
/// The height of a row that shows everything comfortably, with labels left and above.
const ROW_LEFT: f64 = 30.0;
const ROW_ABOVE: f64 = 46.0;

/// Where the rows lie: the top of the first and the height of each, for `count` rows in a
/// `w × h` drawing.
fn rows(count: usize, w: f64, h: f64) -> (f64, f64) {
    let top = legend_layout(&LEGEND, w).1 + 6.0;
    let bottom = (h - BOTTOM).max(top + 1.0);
    (top, (bottom - top) / count.max(1) as f64)
}

pub(crate) fn row_at(count: usize, size: Size, y: f64) -> Option<usize> {
    let (w, h) = view_size(size);
    if count == 0 || w < MIN_CHART.0 || h < MIN_CHART.1 || !y.is_finite() {
        return None;
    }
    let (top, row) = rows(count, w as f64, h as f64);
    let i = libm::floor((y - top) / row);
    (i >= 0.0 && i < count as f64).then_some(i as usize)
}

pub(crate) fn height_for(count: usize, width: u32) -> u32 {
    let w = width as f64;
    let row = if w < PHONE_WIDTH { ROW_ABOVE } else { ROW_LEFT };
    let top = legend_layout(&LEGEND, w).1 + 6.0;
    let h = top + row * count.max(1) as f64 + BOTTOM;
    (libm::ceil(h) as u32).clamp(MIN_CHART.1, 8192)
}

/// The label of a change `v`: signed, `+$0.3M` or `−$0.3M` (the money format's minus).
fn signed(fmt: Fmt, v: f64) -> String {
    let label = fmt.label(v);
    if v > 0.0 {
        format!("+{label}")
    } else {
        label
    }
}

/// A finite value, or `None`.
fn finite(v: f64) -> Option<f64> {
    v.is_finite().then_some(v)
}

/// The whisker's half-length, if there is one to draw.
fn error(bar: &TornadoBar) -> Option<f64> {
    finite(bar.error).filter(|e| *e > 0.0)
}

/// The side of a bar (low or high) to draw: its value, colour and text.
struct Side<'a> {
    v: f64,
    color: Rgb,
    text: &'a str,
}

pub(crate) fn tornado(bars: &[TornadoBar], fmt: Fmt, size: Size, words: &ChartWords) -> String {
    // The legend in the chart's words; its height is LEGEND's (one row of two short words in
    // every language), so that rows and clicks agree with `row_at`.
    let legend = [
        (words.low_value.as_str(), LOW, Swatch::Box(1.0)),
        (words.high_value.as_str(), HIGH, Swatch::Box(1.0)),
    ];
    let mut extent = Extent::new();
    extent.add(0.0);
    for bar in bars {
        let (lo, hi) = (finite(bar.low), finite(bar.high));
        for v in [lo, hi].into_iter().flatten() {
            extent.add(v);
        }
        // The whisker sits at the end farther from the base.
        if let (Some(e), Some(end)) = (error(bar), outer(bar)) {
            extent.add(end + e);
            extent.add(end - e);
        }
    }
    let has_data = bars
        .iter()
        .any(|b| finite(b.low).is_some() || finite(b.high).is_some());
    render(size, MIN_CHART, |c| {
        // Bars of only a high side (e.g. how much a band narrows) need no legend; the rows
        // keep their place.
        if bars.iter().any(|b| finite(b.low).is_some_and(|v| v != 0.0)) {
            draw_legend(c, &legend_layout(&legend, c.w).0);
        }
        let (top, row) = rows(bars.len(), c.w, c.h);
        let bottom = top + row * bars.len().max(1) as f64;
        let widest_label = bars
            .iter()
            .map(|b| text_width(&b.label, FONT_PX))
            .fold(0.0, f64::max);
        let above = c.w < PHONE_WIDTH && widest_label > c.w * 0.3 && row >= MIN_ROW_ABOVE;
        let label_col = if above || bars.is_empty() {
            0.0
        } else {
            (widest_label + 10.0).min(c.w * 0.38)
        };
        let widest_value = bars
            .iter()
            .flat_map(|b| [&b.low_text, &b.high_text])
            .map(|t| text_width(t, FONT_PX))
            .fold(0.0, f64::max);
        let pad = (widest_value + 8.0).min(c.w * 0.2);
        let plot = Plot {
            left: 8.0 + label_col,
            top,
            right: (c.w - RIGHT).max(9.0 + label_col),
            bottom,
        };
        let (lo, hi) = extent.widened();
        let x = Linear {
            d0: lo,
            d1: hi,
            r0: plot.left + pad,
            r1: (plot.right - pad).max(plot.left + pad + 1.0),
        };
        draw_x_axis(c, &plot, &x, fmt);
        if !has_data {
            draw_note(c, &plot, &words.no_data);
        }
        let zero = x.at(0.0);
        let thickness = if above {
            (row - LABEL_BAND - 8.0).clamp(2.0, 18.0)
        } else {
            (row * 0.64).clamp(1.0, 22.0)
        };
        // Labels are thinned when the rows are too short for them.
        let step = if above || row >= FONT_PX + 2.0 {
            1
        } else {
            libm::ceil((FONT_PX + 2.0) / row.max(0.01)).min(1e6) as usize
        };
        let texts = row >= FONT_PX;
        for (i, bar) in bars.iter().enumerate() {
            let row_top = top + i as f64 * row;
            // Above its bar, a label sits right on it, and the two in the middle of the row.
            let (label_top, mid) = if above {
                let offset = (row - LABEL_BAND - thickness) / 2.0;
                (
                    row_top + offset,
                    row_top + offset + LABEL_BAND + thickness / 2.0,
                )
            } else {
                (row_top, row_top + row / 2.0)
            };
            if i % step == 0 {
                draw_label(c, bar, above, label_col, label_top, mid);
            }
            draw_bar(c, &x, bar, zero, mid, thickness, texts);
            if above {
                // The base line stops short of the labels above the bars.
                let reach = thickness / 2.0 + 5.0;
                c.line((zero, mid - reach), (zero, mid + reach), INK, 1.0, 1);
            }
        }
        if !above {
            c.line((zero, top - 4.0), (zero, bottom), INK, 1.0, 1);
        }
    })
}

/// The end of the bar farther from the base.
fn outer(bar: &TornadoBar) -> Option<f64> {
    match (finite(bar.low), finite(bar.high)) {
        (Some(l), Some(h)) => Some(if l.abs() > h.abs() { l } else { h }),
        (l, h) => l.or(h),
    }
}

/// The value axis along the bottom of the rows: gridlines and signed labels.
fn draw_x_axis(c: &Canvas, plot: &Plot, x: &Linear, fmt: Fmt) {
    let sample = [x.d0, x.d1]
        .iter()
        .map(|&v| text_width(&signed(fmt, v), FONT_PX))
        .fold(0.0, f64::max)
        + 14.0;
    let span = (x.r1 - x.r0).abs();
    let fit = ((span / sample) as usize).clamp(3, 7);
    let ticks = nice_ticks(x.d0, x.d1, fmt, fit, false);
    for &v in &ticks.values {
        let px = x.at(v);
        if v != 0.0 {
            c.line((px, plot.top - 4.0), (px, plot.bottom), GRID, 1.0, 1);
        }
        draw_value_label(c, plot, px, &signed(fmt, v));
    }
    c.line(
        (plot.left, plot.bottom),
        (plot.right, plot.bottom),
        AXIS,
        1.0,
        1,
    );
}

/// The input's name: right-aligned left of the bars, or above its bar on phones; cut with "…"
/// to the room there is.
fn draw_label(c: &Canvas, bar: &TornadoBar, above: bool, col: f64, top: f64, mid: f64) {
    let color = if bar.faint { MUTED } else { INK };
    let room = if above { c.w - 16.0 } else { col - 10.0 };
    // The estimate of `text_width`, with a hair more so that a label that just fits is whole.
    let chars = (room / (0.62 * FONT_PX) + 1e-6).max(0.0) as usize;
    if chars == 0 {
        return;
    }
    let label = truncate(&bar.label, chars);
    if above {
        c.text(
            &label,
            (8.0, top),
            Align::Start,
            Baseline::Top,
            color,
            FONT_PX,
        );
    } else {
        c.text(
            &label,
            (8.0 + col - 10.0, mid),
            Align::End,
            Baseline::Middle,
            color,
            FONT_PX,
        );
    }
}

/// One row's bars, whisker and value texts. When both values move the output the same way the
/// bars would cover each other, so each takes half the row (low above, high below).
fn draw_bar(
    c: &Canvas,
    x: &Linear,
    bar: &TornadoBar,
    zero: f64,
    mid: f64,
    thickness: f64,
    texts: bool,
) {
    let (low_color, high_color) = if bar.faint {
        (LOW_FAINT, HIGH_FAINT)
    } else {
        (LOW, HIGH)
    };
    let sides = [
        Side {
            v: bar.low,
            color: low_color,
            text: &bar.low_text,
        },
        Side {
            v: bar.high,
            color: high_color,
            text: &bar.high_text,
        },
    ];
    let same_side = bar.low.is_finite() && bar.high.is_finite() && bar.low * bar.high > 0.0;
    let half = thickness / 2.0;
    let whisker = error(bar).zip(outer(bar));
    for (k, side) in sides.iter().enumerate() {
        let Some(v) = finite(side.v) else { continue };
        let (y0, y1) = if same_side {
            let q = thickness.max(4.0) / 2.0;
            if k == 0 {
                (mid - q, mid)
            } else {
                (mid, mid + q)
            }
        } else {
            (mid - half, mid + half)
        };
        let end = x.at(v);
        if v != 0.0 {
            c.rect((zero, y0), (end, y1), side.color, 1.0);
        }
        if !texts || side.text.trim().is_empty() {
            continue;
        }
        // Outwards from the base; a side at zero writes its value away from the other side.
        let other = sides[1 - k].v;
        let dir = if v != 0.0 {
            v.signum()
        } else if other.is_finite() && other != 0.0 {
            -other.signum()
        } else if k == 0 {
            -1.0
        } else {
            1.0
        };
        let mut at = end;
        if let Some((e, o)) = whisker {
            if o == v {
                at = x.at(v + dir * e);
            }
        }
        let align = if dir > 0.0 { Align::Start } else { Align::End };
        let text_color = if bar.faint { MUTED } else { INK };
        c.text(
            &truncate(side.text, 16),
            (at + dir * 5.0, (y0 + y1) / 2.0),
            align,
            Baseline::Middle,
            text_color,
            FONT_PX,
        );
    }
    if let Some((e, o)) = whisker {
        let (a, b) = (x.at(o - e), x.at(o + e));
        let cap = (thickness * 0.3).clamp(1.0, 5.0);
        c.line((a, mid), (b, mid), INK, 0.8, 1);
        c.line((a, mid - cap), (a, mid + cap), INK, 0.8, 1);
        c.line((b, mid - cap), (b, mid + cap), INK, 0.8, 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_are_signed() {
        assert_eq!(
            signed(Fmt::Money("USD", crate::i18n::Lang::En), 300_000.0),
            "+$300K"
        );
        assert_eq!(
            signed(Fmt::Money("USD", crate::i18n::Lang::En), -300_000.0),
            "−$300K"
        );
        assert_eq!(signed(Fmt::Money("USD", crate::i18n::Lang::En), 0.0), "$0");
    }

    #[test]
    fn rows_split_the_room_and_points_find_them() {
        let size = Size {
            width: 1200,
            height: 500,
        };
        let (top, row) = rows(10, 1200.0, 500.0);
        assert_eq!(row_at(10, size, top + 0.5), Some(0));
        assert_eq!(row_at(10, size, top + 9.5 * row), Some(9));
        assert_eq!(row_at(10, size, top - 1.0), None);
        assert_eq!(row_at(10, size, top + 10.0 * row + 1.0), None);
        assert_eq!(row_at(0, size, top + 1.0), None);
        assert_eq!(row_at(3, size, f64::NAN), None);
    }
}
