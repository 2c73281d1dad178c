//! The frame around a chart's plot: margins sized for the labels, the value axis with its
//! gridlines and money or count labels, and the axis of quarters or of values along the bottom.

use super::canvas::{Align, Baseline, Canvas};
use super::scale::{label_step, nice_ticks, text_width, Extent, Fmt, Linear, Ticks, FONT_PX};
use super::Rgb;

/// Text of tick labels.
pub(crate) const MUTED: Rgb = Rgb(0x5b, 0x64, 0x78);
/// Strong text and marker lines.
pub(crate) const INK: Rgb = Rgb(0x1d, 0x24, 0x33);
/// Gridlines.
pub(crate) const GRID: Rgb = Rgb(0xe3, 0xe6, 0xed);
/// The axis line along the bottom and the zero line.
pub(crate) const AXIS: Rgb = Rgb(0xa9, 0xb1, 0xc0);

/// Space above the plot when nothing is drawn there.
pub(crate) const TOP: f64 = 10.0;
/// Space below the plot for the bottom labels.
pub(crate) const BOTTOM: f64 = 8.0 + FONT_PX + 8.0;
/// Space right of the plot.
pub(crate) const RIGHT: f64 = 12.0;

/// The plot rectangle in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Plot {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Plot {
    pub(crate) fn width(&self) -> f64 {
        (self.right - self.left).max(0.0)
    }
}

/// The vertical value axis.
pub(crate) struct YAxis<'a> {
    pub fmt: Fmt<'a>,
    pub ticks: Ticks,
    pub scale: Linear,
}

/// How many y ticks a plot of this height shows.
fn y_tick_count(height: f64) -> usize {
    if height >= 140.0 {
        5
    } else if height >= 70.0 {
        4
    } else {
        3
    }
}

/// Lays out a plot in a `w × h` drawing with `top_extra` pixels above it, for y values in
/// `extent` (from zero when `from_zero`), and returns the plot and its y axis.
pub(crate) fn layout<'a>(
    w: f64,
    h: f64,
    top_extra: f64,
    extent: Extent,
    from_zero: bool,
    fmt: Fmt<'a>,
) -> (Plot, YAxis<'a>) {
    layout_with(w, h, top_extra, extent, from_zero, fmt, 5)
}

/// [`layout`] with at most `max_ticks` y ticks.
pub(crate) fn layout_with<'a>(
    w: f64,
    h: f64,
    top_extra: f64,
    extent: Extent,
    from_zero: bool,
    fmt: Fmt<'a>,
    max_ticks: usize,
) -> (Plot, YAxis<'a>) {
    let top = TOP + top_extra;
    let bottom = (h - BOTTOM).max(top + 1.0);
    let mut e = extent;
    if from_zero {
        e.add(0.0);
    }
    let (mut lo, mut hi) = e.widened();
    if from_zero {
        // Padding around equal values never crosses zero.
        if e.lo == 0.0 && e.hi == 0.0 {
            (lo, hi) = (0.0, 1.0);
        } else if e.lo >= 0.0 {
            lo = lo.max(0.0);
        } else if e.hi <= 0.0 {
            hi = hi.min(0.0);
        }
    }
    let count = y_tick_count(bottom - top).min(max_ticks);
    let mut ticks = nice_ticks(lo, hi, fmt, count, true);
    // When rounding the axis out to a tick would waste much of the plot, end the axis a little
    // above the values instead, with the ticks inside.
    let span = hi - lo;
    if span > 0.0 && (ticks.hi - ticks.lo) > 1.15 * span {
        let (pad_lo, pad_hi) = (if lo < 0.0 { 0.04 * span } else { 0.0 }, 0.04 * span);
        let inside = nice_ticks(lo - pad_lo, hi + pad_hi, fmt, count, false);
        if inside.values.len() >= 3 {
            ticks = inside;
        }
    }
    let widest = ticks
        .values
        .iter()
        .map(|&v| text_width(&fmt.label(v), FONT_PX))
        .fold(0.0, f64::max);
    let left = (widest + 12.0).clamp(24.0, (w * 0.4).max(24.0));
    let right = (w - RIGHT).max(left + 1.0);
    let plot = Plot {
        left,
        top,
        right,
        bottom,
    };
    let scale = Linear {
        d0: ticks.lo,
        d1: ticks.hi,
        r0: bottom,
        r1: top,
    };
    (plot, YAxis { fmt, ticks, scale })
}

/// Draws the gridlines and labels of the y axis.
pub(crate) fn draw_y_axis(c: &Canvas, plot: &Plot, y: &YAxis) {
    for &v in &y.ticks.values {
        let py = y.scale.at(v);
        let color = if v == 0.0 { AXIS } else { GRID };
        c.line((plot.left, py), (plot.right, py), color, 1.0, 1);
        c.text(
            &y.fmt.label(v),
            (plot.left - 6.0, py),
            Align::End,
            Baseline::Middle,
            MUTED,
            FONT_PX,
        );
    }
}

/// Draws the axis line along the bottom of the plot.
pub(crate) fn draw_baseline(c: &Canvas, plot: &Plot) {
    c.line(
        (plot.left, plot.bottom),
        (plot.right, plot.bottom),
        AXIS,
        1.0,
        1,
    );
}

/// Quarters along the bottom: `n` equal slots, labelled at their centres.
pub(crate) struct Quarters {
    pub n: usize,
    pub slot: f64,
    pub left: f64,
}

impl Quarters {
    pub(crate) fn new(plot: &Plot, n: usize) -> Quarters {
        let slot = if n == 0 {
            plot.width()
        } else {
            plot.width() / n as f64
        };
        Quarters {
            n,
            slot,
            left: plot.left,
        }
    }

    /// The centre of quarter `i`'s slot.
    pub(crate) fn x(&self, i: usize) -> f64 {
        self.left + (i as f64 + 0.5) * self.slot
    }

    /// Draws the labels, thinned to every second or more when they would collide.
    pub(crate) fn draw_labels(&self, c: &Canvas, plot: &Plot, labels: &[String]) {
        let shown = &labels[..labels.len().min(self.n)];
        let widest = shown
            .iter()
            .map(|l| text_width(l, FONT_PX))
            .fold(0.0, f64::max);
        let step = label_step(widest, self.slot);
        if step > 1 {
            // A small tick at every quarter, as not every one has a label.
            for i in 0..self.n {
                c.line(
                    (self.x(i), plot.bottom),
                    (self.x(i), plot.bottom + 3.0),
                    AXIS,
                    1.0,
                    1,
                );
            }
        }
        for (i, label) in shown.iter().enumerate().step_by(step) {
            let x = clamp_label_x(self.x(i), widest, c.w);
            c.text(
                label,
                (x, plot.bottom + 7.0),
                Align::Middle,
                Baseline::Top,
                MUTED,
                FONT_PX,
            );
        }
    }
}

/// Moves the centre of a label of `width` so that it stays inside a drawing `w` wide.
pub(crate) fn clamp_label_x(x: f64, width: f64, w: f64) -> f64 {
    let half = width / 2.0 + 2.0;
    if w <= 2.0 * half {
        return w / 2.0;
    }
    x.clamp(half, w - half)
}

/// A value's label under the plot at `px`, kept within the chart's width.
pub(crate) fn draw_value_label(c: &Canvas, plot: &Plot, px: f64, label: &str) {
    let lx = clamp_label_x(px, text_width(label, FONT_PX), c.w);
    c.text(
        label,
        (lx, plot.bottom + 7.0),
        Align::Middle,
        Baseline::Top,
        MUTED,
        FONT_PX,
    );
}

/// Draws value ticks along the bottom of the plot (for histograms), with `x` mapping values to
/// pixels.
pub(crate) fn draw_x_values(c: &Canvas, plot: &Plot, ticks: &Ticks, fmt: Fmt, x: &Linear) {
    for &v in &ticks.values {
        let px = x.at(v);
        c.line((px, plot.bottom), (px, plot.bottom + 4.0), AXIS, 1.0, 1);
        draw_value_label(c, plot, px, &fmt.label(v));
    }
}

/// Value ticks for the bottom axis over `[lo, hi]`, as many as fit `width` pixels.
pub(crate) fn x_value_ticks(lo: f64, hi: f64, fmt: Fmt, width: f64) -> Ticks {
    let sample = [lo, hi, (lo + hi) / 2.0]
        .iter()
        .map(|&v| text_width(&fmt.label(v), FONT_PX))
        .fold(0.0, f64::max)
        + 16.0;
    let fit = if sample > 0.0 && width.is_finite() {
        (width / sample) as usize
    } else {
        2
    };
    nice_ticks(lo, hi, fmt, fit.clamp(2, 6), false)
}

/// A muted note in the middle of the plot, for charts without data.
pub(crate) fn draw_note(c: &Canvas, plot: &Plot, text: &str) {
    c.text(
        text,
        (
            (plot.left + plot.right) / 2.0,
            (plot.top + plot.bottom) / 2.0,
        ),
        Align::Middle,
        Baseline::Middle,
        MUTED,
        FONT_PX,
    );
}
