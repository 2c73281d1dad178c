//! What the analysis charts share: one-row legends with box or line swatches, the two panels of
//! the sweep and goal-seek charts over one axis of a lever's values (the output above, the
//! median cost beneath, with one left margin for both), the lever's values labelled along the
//! bottom by the caller's format, dashed horizontal lines and the ring with a short note that
//! marks a chosen point.

use super::canvas::{clean_text, Align, Baseline, Canvas};
use super::frame::{layout_with, Plot, YAxis, AXIS, BOTTOM, INK, MUTED, TOP};
use super::scale::{text_width, Extent, Fmt, Linear, FONT_PX};
use super::Rgb;

/// Height of a legend row.
pub(crate) const LEGEND_ROW: f64 = 18.0;
/// Side of a legend swatch.
const SWATCH: f64 = 10.0;
/// Room between the panels for the caption of the lower one.
const GAP: f64 = FONT_PX + 14.0;
/// The longest label of a lever's value, in characters.
const MAX_X_LABEL: usize = 24;

/// How a legend entry shows its colour.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Swatch {
    /// A filled square, with this opacity.
    Box(f64),
    /// A short line.
    Line,
}

/// A legend entry placed at `x` in row `row`.
pub(crate) struct Placed<'a> {
    label: &'a str,
    color: Rgb,
    swatch: Swatch,
    x: f64,
    row: usize,
}

/// The entries placed in rows within `width`, and the height they take (with the space
/// beneath them; zero without entries).
pub(crate) fn legend_layout<'a>(
    entries: &[(&'a str, Rgb, Swatch)],
    width: f64,
) -> (Vec<Placed<'a>>, f64) {
    let mut placed = Vec::new();
    let (mut x, mut row) = (8.0, 0usize);
    for &(label, color, swatch) in entries {
        let item = SWATCH + 6.0 + text_width(label, FONT_PX).min(width * 0.8);
        if x > 8.0 && x + item > width - 8.0 {
            x = 8.0;
            row += 1;
        }
        placed.push(Placed {
            label,
            color,
            swatch,
            x,
            row,
        });
        x += item + 14.0;
    }
    let height = if placed.is_empty() {
        0.0
    } else {
        (row + 1) as f64 * LEGEND_ROW + 6.0
    };
    (placed, height)
}

/// Draws a legend laid out by [`legend_layout`].
pub(crate) fn draw_legend(c: &Canvas, legend: &[Placed]) {
    for p in legend {
        let mid = 6.0 + p.row as f64 * LEGEND_ROW + SWATCH / 2.0;
        match p.swatch {
            Swatch::Box(alpha) => c.rect(
                (p.x, mid - SWATCH / 2.0),
                (p.x + SWATCH, mid + SWATCH / 2.0),
                p.color,
                alpha,
            ),
            Swatch::Line => c.line((p.x - 2.0, mid), (p.x + SWATCH + 2.0, mid), p.color, 1.0, 3),
        }
        c.text(
            p.label,
            (p.x + SWATCH + 6.0, mid),
            Align::Start,
            Baseline::Middle,
            INK,
            FONT_PX,
        );
    }
}

/// A dashed horizontal line from `x0` to `x1`.
pub(crate) fn dashed_hline(c: &Canvas, x0: f64, x1: f64, y: f64, color: Rgb, width: u32) {
    let (left, right) = (x0.min(x1), x0.max(x1));
    if !(left.is_finite() && right.is_finite() && y.is_finite()) {
        return;
    }
    let mut x = left;
    let mut n = 0;
    while x < right && n < 2000 {
        c.line((x, y), ((x + 6.0).min(right), y), color, 1.0, width);
        x += 10.0;
        n += 1;
    }
}

/// The two panels of a chart over a lever's values, and the map of those values to pixels.
pub(crate) struct Panels<'a, 'b> {
    pub top: Plot,
    pub top_y: YAxis<'a>,
    pub bottom: Plot,
    pub bottom_y: YAxis<'b>,
    pub x: Linear,
}

/// Lays out the panels in a `w × h` drawing below `above` pixels (the legend): the upper panel
/// two thirds of the height, for `top` (values, whether the axis starts at zero, format), the
/// lower one a third, for costs in `cost`, from zero. `xs` are the lever's values.
pub(crate) fn two_panels<'a, 'b>(
    w: f64,
    h: f64,
    above: f64,
    top: (Extent, bool, Fmt<'a>),
    cost: (Extent, Fmt<'b>),
    xs: &[f64],
) -> Panels<'a, 'b> {
    let room = (h - TOP - above - BOTTOM - GAP).max(2.0);
    let split = TOP + above + room * 2.0 / 3.0;
    // `layout_with` puts a plot between `TOP + top_extra` and `h - BOTTOM`.
    let (mut top_plot, top_y) = layout_with(w, split + BOTTOM, above, top.0, top.1, top.2, 5);
    let (mut bottom_plot, bottom_y) = layout_with(w, h, split + GAP - TOP, cost.0, true, cost.1, 3);
    let left = top_plot.left.max(bottom_plot.left);
    top_plot.left = left;
    bottom_plot.left = left;
    top_plot.right = top_plot.right.max(left + 1.0);
    bottom_plot.right = top_plot.right;
    Panels {
        top: top_plot,
        top_y,
        bottom: bottom_plot,
        bottom_y,
        x: x_scale(xs, left, top_plot.right),
    }
}

/// The map of the lever's values to `[left, right]`, with room at the ends for dots and bars.
fn x_scale(xs: &[f64], left: f64, right: f64) -> Linear {
    let mut e = Extent::new();
    for &x in xs {
        e.add(x);
    }
    let (lo, hi) = e.widened();
    let pad = if e.is_empty() || e.lo == e.hi {
        0.0
    } else {
        (hi - lo) * 0.06
    };
    let (d0, d1) = if (lo - pad).is_finite() && (hi + pad).is_finite() {
        (lo - pad, hi + pad)
    } else {
        (lo, hi)
    };
    Linear {
        d0,
        d1,
        r0: left,
        r1: right,
    }
}

/// The finite values of `xs`, ascending and without repeats.
pub(crate) fn distinct(xs: impl Iterator<Item = f64>) -> Vec<f64> {
    let mut v: Vec<f64> = xs.filter(|x| x.is_finite()).collect();
    // Unstable is the same here (values equal by `total_cmp` are the same bits), and it is the
    // sort the analyses' quantiles already bring into the wasm.
    v.sort_unstable_by(f64::total_cmp);
    v.dedup();
    v
}

/// The smallest distance in pixels between neighbouring values of `xs` (ascending), or the
/// plot's width for fewer than two.
pub(crate) fn min_gap(xs: &[f64], x: &Linear, plot: &Plot) -> f64 {
    xs.windows(2)
        .map(|p| (x.at(p[1]) - x.at(p[0])).abs())
        .fold(plot.width(), f64::min)
}

/// `text` cut to at most `chars` characters, ending with "…" when cut.
pub(crate) fn truncate(text: &str, chars: usize) -> String {
    let text = clean_text(text);
    if text.chars().count() <= chars {
        return text;
    }
    let mut cut: String = text.chars().take(chars.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// Labels the lever's values `xs` (ascending) along the bottom of `plot` with `label`, with a
/// small tick at each; labels that would touch the one before are left out.
pub(crate) fn draw_x_labels(
    c: &Canvas,
    plot: &Plot,
    x: &Linear,
    xs: &[f64],
    label: &dyn Fn(f64) -> String,
) {
    let mut last_right = f64::NEG_INFINITY;
    for &v in xs {
        let px = x.at(v);
        c.line((px, plot.bottom), (px, plot.bottom + 4.0), AXIS, 1.0, 1);
        let text = truncate(&label(v), MAX_X_LABEL);
        let half = text_width(&text, FONT_PX) / 2.0;
        let centre = super::frame::clamp_label_x(px, 2.0 * half, c.w);
        if centre - half < last_right + 8.0 {
            continue;
        }
        c.text(
            &text,
            (centre, plot.bottom + 7.0),
            Align::Middle,
            Baseline::Top,
            MUTED,
            FONT_PX,
        );
        last_right = centre + half;
    }
}

/// The caption of the lower panel, in the gap above it.
pub(crate) fn draw_caption(c: &Canvas, plot: &Plot, text: &str) {
    c.text(
        text,
        (plot.left, plot.top - 6.0),
        Align::Start,
        Baseline::Bottom,
        MUTED,
        FONT_PX,
    );
}

/// A ring around the point `p` of `plot`, with a short `note` above it, or below it when there
/// is no room above or a line at height `avoid` runs through the place above.
pub(crate) fn draw_ring(c: &Canvas, plot: &Plot, p: (f64, f64), note: &str, avoid: Option<f64>) {
    if !(p.0.is_finite() && p.1.is_finite()) {
        return;
    }
    c.ring(p, 8, INK, 2);
    let half = text_width(note, FONT_PX) / 2.0;
    let x = super::frame::clamp_label_x(p.0, 2.0 * half, c.w);
    let (note_top, note_bottom) = (p.1 - 14.0 - FONT_PX, p.1 - 10.0);
    let crossed = avoid.is_some_and(|y| y >= note_top && y <= note_bottom);
    if note_top + 2.0 >= plot.top - 4.0 && !crossed {
        c.text(
            note,
            (x, p.1 - 12.0),
            Align::Middle,
            Baseline::Bottom,
            INK,
            FONT_PX,
        );
    } else {
        c.text(
            note,
            (x, p.1 + 12.0),
            Align::Middle,
            Baseline::Top,
            INK,
            FONT_PX,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_marks_the_cut() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
        assert_eq!(truncate("abc", 0), "…");
    }

    #[test]
    fn values_are_sorted_and_unique() {
        let v = distinct([3.0, f64::NAN, 1.0, 3.0, f64::INFINITY].into_iter());
        assert_eq!(v, vec![1.0, 3.0]);
    }
}
