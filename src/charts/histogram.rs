//! Histograms of per-trial values: one colour with an optional marker line (e.g. the target),
//! or paired differences A − B coloured by side around a zero line.

use super::canvas::{render, Align, Baseline, Canvas};
use super::fan::MIN_CHART;
use super::frame::{
    draw_baseline, draw_note, draw_x_values, draw_y_axis, layout_with, x_value_ticks, Plot, YAxis,
    INK,
};
use super::scale::{text_width, Extent, Fmt, Linear, Ticks, FONT_PX};
use super::{ChartWords, Rgb, Size, PALETTE};

/// The most bars a histogram draws.
const MAX_BINS: usize = 200;
/// Room above the plot for the marker's or the sides' labels.
const LABEL_ROOM: f64 = FONT_PX + 10.0;
/// Colour of A − B below zero.
const BELOW: Rgb = PALETTE[3];
/// Colour of A − B above zero.
const ABOVE: Rgb = PALETTE[0];
/// Colour of exact ties.
pub(crate) const TIE: Rgb = Rgb(0x8a, 0x93, 0xa5);

/// The finite values.
fn finite(values: &[f64]) -> Vec<f64> {
    values.iter().copied().filter(|v| v.is_finite()).collect()
}

/// How many bins: as asked, or about √n when 0, and never more than fit `width` pixels at two
/// pixels a bar.
fn bin_count(asked: usize, n: usize, width: f64) -> usize {
    let wanted = if asked == 0 {
        (libm::sqrt(n as f64) as usize).clamp(5, 40)
    } else {
        asked
    };
    let fit = if width.is_finite() && width > 0.0 {
        (width / 2.0) as usize
    } else {
        1
    };
    wanted.min(MAX_BINS).min(fit).max(1)
}

/// The index of the bin of `v` among `count` bins of `width` from `start`.
fn bin_of(v: f64, start: f64, width: f64, count: usize) -> usize {
    let i = libm::floor((v - start) / width);
    // `as` saturates (infinity to the last bin), and NaN becomes 0.
    (i.max(0.0) as usize).min(count.saturating_sub(1))
}

/// The bin of a distance `a > 0` from zero among `count` bins of `width` going outwards, each
/// closed on its far side: `(0, w]`, `(w, 2w]`, …
fn side_bin(a: f64, width: f64, count: usize) -> usize {
    let k = libm::ceil(a / width) - 1.0;
    (k.max(0.0) as usize).min(count.saturating_sub(1))
}

/// The x range and y axis of a histogram whose tallest bar holds the share `max_share`.
fn frame(
    c: &Canvas,
    top_extra: f64,
    max_share: f64,
    lo: f64,
    hi: f64,
    fmt: Fmt,
) -> (Plot, YAxis<'static>, Linear, Ticks) {
    let mut e = Extent::new();
    e.add(max_share);
    let (plot, y) = layout_with(c.w, c.h, top_extra, e, true, Fmt::Percent, 4);
    let x = Linear {
        d0: lo,
        d1: hi,
        r0: plot.left,
        r1: plot.right,
    };
    let ticks = x_value_ticks(lo, hi, fmt, plot.width());
    (plot, y, x, ticks)
}

pub(crate) fn histogram(
    values: &[f64],
    bins: usize,
    color: Rgb,
    marker: Option<f64>,
    fmt: Fmt,
    size: Size,
    words: &ChartWords,
) -> String {
    let vs = finite(values);
    let marker = marker.filter(|m| m.is_finite());
    let mut data = Extent::new();
    for &v in &vs {
        data.add(v);
    }
    let (dlo, dhi) = if data.is_empty() {
        match marker {
            Some(m) => Extent { lo: m, hi: m }.widened(),
            None => (0.0, 1.0),
        }
    } else {
        data.widened()
    };
    // The marker joins the range unless it would squeeze the bars into a third of it.
    let span = dhi - dlo;
    let (inside, lo, hi) = match marker {
        Some(m) if m >= dlo - span && m <= dhi + span => (true, dlo.min(m), dhi.max(m)),
        _ => (false, dlo, dhi),
    };
    render(size, MIN_CHART, |c| {
        let top_extra = if marker.is_some() { LABEL_ROOM } else { 0.0 };
        // Bins cover the values only; the marker may widen the axis beyond them.
        let probe = layout_with(c.w, c.h, top_extra, Extent::new(), true, Fmt::Percent, 4).0;
        let mut count = bin_count(
            bins,
            vs.len(),
            probe.width() * (dhi - dlo) / (hi - lo).max(f64::MIN_POSITIVE),
        );
        if data.lo == data.hi && count % 2 == 0 {
            // Equal values: an odd count puts them in the middle of a bar, not on an edge.
            count -= 1;
        }
        let width = (dhi - dlo) / count as f64;
        let mut counts = vec![0usize; count];
        for &v in &vs {
            counts[bin_of(v, dlo, width, count)] += 1;
        }
        let total = vs.len().max(1) as f64;
        let max_share = counts.iter().copied().max().unwrap_or(0) as f64 / total;
        let (plot, y, x, ticks) = frame(c, top_extra, max_share, lo, hi, fmt);
        if !vs.is_empty() {
            draw_y_axis(c, &plot, &y);
        }
        for (i, &k) in counts.iter().enumerate() {
            if k == 0 {
                continue;
            }
            let (from, to) = (dlo + i as f64 * width, dlo + (i + 1) as f64 * width);
            draw_bar(
                c,
                &x,
                from,
                to,
                y.scale.at(k as f64 / total),
                plot.bottom,
                color,
            );
        }
        draw_baseline(c, &plot);
        if vs.is_empty() {
            draw_note(c, &plot, &words.no_data);
        } else {
            draw_x_values(c, &plot, &ticks, fmt, &x);
        }
        if let Some(m) = marker {
            draw_marker(c, &plot, &x, m, inside, fmt);
        }
    })
}

/// The marker's dashed line and its label above the plot, or an arrow at the edge when the
/// marker is off the axis.
/// One bar over x values `from` to `to` (either order), from `top` down to `bottom`, with a
/// 1-pixel gap between bars wider than 4 pixels.
fn draw_bar(c: &Canvas, x: &Linear, from: f64, to: f64, top: f64, bottom: f64, color: Rgb) {
    let (x0, x1) = (x.at(from).min(x.at(to)), x.at(from).max(x.at(to)));
    let pad = if x1 - x0 > 4.0 { 1.0 } else { 0.0 };
    c.rect((x0 + pad / 2.0, top), (x1 - pad / 2.0, bottom), color, 0.85);
}

fn draw_marker(c: &Canvas, plot: &Plot, x: &Linear, m: f64, inside: bool, fmt: Fmt) {
    let label = fmt.label(m);
    let label_y = plot.top - 5.0;
    if inside {
        let px = x.at(m);
        c.dashed_vline(px, plot.top - 2.0, plot.bottom, INK, 2);
        let w = text_width(&label, FONT_PX);
        // Beside the line, on the side with more room.
        let (lx, align) = if px + 4.0 + w <= c.w - 2.0 || px < c.w / 2.0 {
            (px + 4.0, Align::Start)
        } else {
            (px - 4.0, Align::End)
        };
        c.text(&label, (lx, label_y), align, Baseline::Bottom, INK, FONT_PX);
    } else if m > x.d1 {
        c.text(
            &format!("{label} →"),
            (plot.right, label_y),
            Align::End,
            Baseline::Bottom,
            INK,
            FONT_PX,
        );
    } else {
        c.text(
            &format!("← {label}"),
            (plot.left, label_y),
            Align::Start,
            Baseline::Bottom,
            INK,
            FONT_PX,
        );
    }
}

pub(crate) fn difference_histogram(
    values: &[f64],
    bins: usize,
    fmt: Fmt,
    size: Size,
    words: &ChartWords,
) -> String {
    let vs = finite(values);
    let mut data = Extent::new();
    data.add(0.0);
    for &v in &vs {
        data.add(v);
    }
    let (lo, hi) = data.widened();
    let ties = vs.iter().filter(|&&v| v == 0.0).count();
    render(size, MIN_CHART, |c| {
        let probe = layout_with(c.w, c.h, LABEL_ROOM, Extent::new(), true, Fmt::Percent, 4).0;
        let asked = bin_count(bins, vs.len(), probe.width());
        // Zero is a bin edge: bins left of it hold A < B, right of it A > B.
        let width = (hi - lo) / asked as f64;
        let below = if lo < 0.0 {
            libm::ceil(-lo / width - 1e-9).max(1.0) as usize
        } else {
            0
        }
        .min(MAX_BINS);
        let above = if hi > 0.0 {
            libm::ceil(hi / width - 1e-9).max(1.0) as usize
        } else {
            0
        }
        .min(MAX_BINS);
        let (mut neg, mut pos) = (vec![0usize; below], vec![0usize; above]);
        for &v in &vs {
            if v < 0.0 && below > 0 {
                neg[side_bin(-v, width, below)] += 1;
            } else if v > 0.0 && above > 0 {
                pos[side_bin(v, width, above)] += 1;
            }
        }
        let total = vs.len().max(1) as f64;
        let tallest = neg.iter().chain(&pos).copied().max().unwrap_or(0).max(ties);
        let (x_lo, x_hi) = (-(below as f64) * width, above as f64 * width);
        let (x_lo, x_hi) = if x_lo < x_hi {
            (x_lo.min(lo), x_hi.max(hi))
        } else {
            (lo, hi)
        };
        let (plot, y, x, ticks) = frame(c, LABEL_ROOM, tallest as f64 / total, x_lo, x_hi, fmt);
        if !vs.is_empty() {
            draw_y_axis(c, &plot, &y);
        }
        let bar = |from: f64, to: f64, k: usize, color: Rgb| {
            if k > 0 {
                draw_bar(
                    c,
                    &x,
                    from,
                    to,
                    y.scale.at(k as f64 / total),
                    plot.bottom,
                    color,
                );
            }
        };
        for (i, &k) in neg.iter().enumerate() {
            bar(-(i as f64) * width, -((i + 1) as f64) * width, k, BELOW);
        }
        for (i, &k) in pos.iter().enumerate() {
            bar(i as f64 * width, (i + 1) as f64 * width, k, ABOVE);
        }
        if ties > 0 {
            let z = x.at(0.0);
            let half = ((x.at(width) - z).abs() * 0.3).max(1.5);
            c.rect(
                (z - half, y.scale.at(ties as f64 / total)),
                (z + half, plot.bottom),
                TIE,
                0.9,
            );
        }
        draw_baseline(c, &plot);
        if vs.is_empty() {
            draw_note(c, &plot, &words.no_data);
            return;
        }
        draw_x_values(c, &plot, &ticks, fmt, &x);
        let z = x.at(0.0);
        c.line((z, plot.top - 2.0), (z, plot.bottom), INK, 1.0, 2);
        // Name the sides where there is room for the names.
        let label_y = plot.top - 5.0;
        let room = |name: &str| text_width(name, FONT_PX) + 6.0;
        if z - room(&words.a_below) >= 2.0 {
            c.text(
                &words.a_below,
                (z - 6.0, label_y),
                Align::End,
                Baseline::Bottom,
                BELOW_TEXT,
                FONT_PX,
            );
        }
        if z + room(&words.a_above) <= c.w - 2.0 {
            c.text(
                &words.a_above,
                (z + 6.0, label_y),
                Align::Start,
                Baseline::Bottom,
                ABOVE,
                FONT_PX,
            );
        }
    })
}

/// Vermillion darkened for text on white.
pub(crate) const BELOW_TEXT: Rgb = Rgb(0xb3, 0x4d, 0x00);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bins_are_clamped() {
        assert_eq!(bin_of(5.0, 0.0, 1.0, 5), 4);
        assert_eq!(bin_of(-1.0, 0.0, 1.0, 5), 0);
        assert_eq!(bin_of(f64::NAN, 0.0, 1.0, 5), 0);
        assert_eq!(bin_of(1e308, -1e308, 1e-300, 5), 4);
        assert_eq!(bin_of(1.0, 0.0, 1.0, 0), 0);
        assert_eq!(
            (
                side_bin(1.0, 1.0, 3),
                side_bin(1.5, 1.0, 3),
                side_bin(9.0, 1.0, 3)
            ),
            (0, 1, 2)
        );
        assert_eq!(bin_count(0, 400, 500.0), 20);
        assert_eq!(bin_count(30, 400, 20.0), 10);
        assert_eq!(bin_count(usize::MAX, 1, 0.0), 1);
    }
}
