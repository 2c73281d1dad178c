//! The chart of a calibration's fit: a histogram of what the export holds (deals per bin of
//! cycle length, amount or share) with the fitted distribution's density drawn over it, scaled
//! to the bars, so that a reader sees at a glance whether the curve follows the data.

use super::canvas::{render, Align, Baseline, Canvas};
use super::fan::MIN_CHART;
use super::frame::{
    draw_baseline, draw_note, draw_x_values, draw_y_axis, layout_with, x_value_ticks, MUTED,
};
use super::scale::{text_width, Extent, Fmt, Linear, FONT_PX};
use super::{ChartWords, Size, PALETTE};

/// How the values of a fit read along the bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FitUnit<'a> {
    /// Months (a sales cycle, a ramp): plain numbers, from zero.
    Months,
    /// Money in this currency (a code such as `USD`), written for the chart's language.
    Money(&'a str),
    /// A share from 0 to 1 (a win rate), as percentages over the whole of 0–100%.
    Share,
}

/// What a fit chart shows.
#[derive(Clone, Copy)]
pub struct FitPlot<'a> {
    /// The export's values (non-finite ones are skipped).
    pub values: &'a [f64],
    /// The density of the fitted distribution at x (per unit of x).
    pub density: &'a dyn Fn(f64) -> f64,
    /// What the values are, written under the axis (e.g. "sales cycle, months").
    pub x_label: &'a str,
    /// How the values read.
    pub unit: FitUnit<'a>,
    /// A note above the plot (e.g. "312 still open, counted as at least their age").
    pub note: Option<&'a str>,
}

/// The colour of the bars: the data.
const BARS: super::Rgb = PALETTE[0];
/// The colour of the curve: the fit.
const CURVE: super::Rgb = PALETTE[3];
/// The most lines a note takes.
const NOTE_LINES: usize = 2;
/// Height of a line of text above or below the plot.
const LINE: f64 = FONT_PX + 5.0;
/// How far above the tallest bar the curve may push the axis before it is cut at the top.
const CURVE_HEADROOM: f64 = 1.5;

/// How many bins: about √n, from 5 to 40, and never narrower than three pixels.
fn bin_count(n: usize, width: f64) -> usize {
    let wanted = (libm::sqrt(n as f64) as usize).clamp(5, 40);
    let fit = if width.is_finite() && width > 0.0 {
        (width / 3.0) as usize
    } else {
        1
    };
    wanted.min(fit).max(1)
}

/// The range of the bottom axis: the values' extent, from zero for months, and all of 0–1
/// for shares.
fn x_range(values: &[f64], unit: FitUnit) -> (f64, f64) {
    let mut e = Extent::new();
    for &v in values {
        e.add(v);
    }
    match unit {
        FitUnit::Share => {
            e.add(0.0);
            e.add(1.0);
        }
        FitUnit::Months if !e.is_empty() && e.lo >= 0.0 => e.add(0.0),
        _ => {}
    }
    e.widened()
}

/// `text` in at most [`NOTE_LINES`] lines of at most `width` pixels, broken at spaces where
/// there are any (between any two characters otherwise, as Chinese is written), the last cut
/// with "…" when it does not fit.
fn wrap(text: &str, width: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for c in text.trim().chars() {
        line.push(c);
        if text_width(&line, FONT_PX) <= width {
            continue;
        }
        if lines.len() + 1 == NOTE_LINES {
            line.pop();
            while !line.is_empty() && text_width(&format!("{line}…"), FONT_PX) > width {
                line.pop();
            }
            lines.push(format!("{}…", line.trim_end()));
            return lines;
        }
        // Break at the last space, if the line has one; the rest starts the next line.
        let rest = match line.rfind(' ') {
            Some(at) if at > 0 => {
                let rest = line[at + 1..].to_string();
                line.truncate(at);
                rest
            }
            _ => {
                line.pop();
                c.to_string()
            }
        };
        lines.push(std::mem::replace(&mut line, rest));
    }
    if !line.trim().is_empty() {
        lines.push(line);
    }
    lines
}

/// The bars: each bin's count, for `count` bins of `width` from `lo`.
fn bin_counts(values: &[f64], lo: f64, width: f64, count: usize) -> Vec<usize> {
    let mut counts = vec![0usize; count];
    for &v in values {
        let i = libm::floor((v - lo) / width);
        // `as` saturates, and NaN becomes 0.
        counts[(i.max(0.0) as usize).min(count - 1)] += 1;
    }
    counts
}

/// The curve at `points` values across `[lo, hi]`: `(x, n · width · density(x))`, with a
/// non-finite or negative density left as a gap (NaN).
fn curve(plot: &FitPlot, n: usize, width: f64, lo: f64, hi: f64, points: usize) -> Vec<(f64, f64)> {
    let points = points.max(2);
    (0..points)
        .map(|i| {
            let x = lo + (hi - lo) * i as f64 / (points - 1) as f64;
            let d = (plot.density)(x);
            let y = if d.is_finite() && d >= 0.0 {
                n as f64 * width * d
            } else {
                f64::NAN
            };
            (x, y)
        })
        .collect()
}

pub(crate) fn fit_chart(plot: &FitPlot, size: Size, words: &ChartWords) -> String {
    let values: Vec<f64> = plot
        .values
        .iter()
        .copied()
        .filter(|v| v.is_finite())
        .collect();
    let fmt = match plot.unit {
        FitUnit::Months => Fmt::Count,
        FitUnit::Money(currency) => Fmt::Money(currency, words.lang),
        FitUnit::Share => Fmt::Percent,
    };
    let (lo, hi) = x_range(&values, plot.unit);
    render(size, MIN_CHART, |c| {
        let note = plot.note.map_or(Vec::new(), |n| wrap(n, c.w - 16.0));
        let top_extra = note.len() as f64 * LINE;
        let label = plot.x_label.trim();
        // The plot ends higher when the axis has a label beneath its values.
        let h = if label.is_empty() { c.h } else { c.h - LINE };
        let probe = layout_with(c.w, h, top_extra, Extent::new(), true, Fmt::Count, 5).0;
        let count = bin_count(values.len(), probe.width());
        let width = (hi - lo) / count as f64;
        let counts = bin_counts(&values, lo, width, count);
        let line = if values.is_empty() {
            Vec::new()
        } else {
            let points = ((probe.width() / 2.0) as usize).clamp(20, 400);
            curve(plot, values.len(), width, lo, hi, points)
        };
        let tallest = counts.iter().copied().max().unwrap_or(0) as f64;
        let peak = line
            .iter()
            .map(|p| p.1)
            .filter(|y| y.is_finite())
            .fold(0.0, f64::max);
        let mut e = Extent::new();
        e.add(tallest);
        e.add(if tallest > 0.0 {
            peak.min(CURVE_HEADROOM * tallest)
        } else {
            peak
        });
        let (area, y) = layout_with(c.w, h, top_extra, e, true, Fmt::Count, 5);
        let x = Linear {
            d0: lo,
            d1: hi,
            r0: area.left,
            r1: area.right,
        };
        if !values.is_empty() {
            draw_y_axis(c, &area, &y);
        }
        for (i, &k) in counts.iter().enumerate() {
            if k == 0 {
                continue;
            }
            let (x0, x1) = (
                x.at(lo + i as f64 * width),
                x.at(lo + (i + 1) as f64 * width),
            );
            // A 1-pixel gap between bars wide enough to spare it.
            let pad = if x1 - x0 > 4.0 { 0.5 } else { 0.0 };
            c.rect(
                (x0 + pad, y.scale.at(k as f64)),
                (x1 - pad, area.bottom),
                BARS,
                0.55,
            );
        }
        draw_curve(c, &line, &x, &y.scale, y.ticks.hi);
        draw_baseline(c, &area);
        if values.is_empty() {
            draw_note(c, &area, &words.no_data);
        } else {
            let ticks = x_value_ticks(lo, hi, fmt, area.width());
            draw_x_values(c, &area, &ticks, fmt, &x);
        }
        for (i, text) in note.iter().enumerate() {
            let at = (8.0, super::frame::TOP + i as f64 * LINE);
            c.text(text, at, Align::Start, Baseline::Top, MUTED, FONT_PX);
        }
        if !label.is_empty() {
            let at = ((area.left + area.right) / 2.0, c.h - 4.0);
            c.text(label, at, Align::Middle, Baseline::Bottom, MUTED, FONT_PX);
        }
    })
}

/// The curve as lines between its gaps, cut at the top of the axis (`top`, a count).
fn draw_curve(c: &Canvas, line: &[(f64, f64)], x: &Linear, y: &Linear, top: f64) {
    let mut run: Vec<(f64, f64)> = Vec::new();
    for &(v, count) in line.iter().chain(std::iter::once(&(f64::NAN, f64::NAN))) {
        if count.is_finite() {
            run.push((x.at(v), y.at(count.min(top))));
        } else if !run.is_empty() {
            c.polyline(&run, CURVE, 1.0, 2);
            run.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Catalogue, Lang};

    const SIZE: Size = Size {
        width: 560,
        height: 300,
    };

    /// The attributes of every element `tag` of `svg` that holds `marker`.
    fn elements<'a>(svg: &'a str, tag: &str, marker: &str) -> Vec<&'a str> {
        svg.split(&format!("<{tag} "))
            .skip(1)
            .map(|rest| &rest[..rest.find('>').unwrap_or(rest.len())])
            .filter(|e| e.contains(marker))
            .collect()
    }

    fn number(element: &str, attribute: &str) -> f64 {
        let at = element.find(&format!(" {attribute}=\"")).unwrap() + attribute.len() + 3;
        let rest = &element[at..];
        rest[..rest.find('"').unwrap()].parse().unwrap()
    }

    /// The text of every `<text>` of `svg`.
    fn texts(svg: &str) -> Vec<String> {
        svg.split("</text>")
            .filter_map(|part| part.rfind('>').map(|at| part[at + 1..].trim().to_string()))
            .filter(|t| !t.is_empty())
            .collect()
    }

    /// Quantiles of an exponential distribution of mean 4 months, and its density.
    fn cycles() -> (Vec<f64>, impl Fn(f64) -> f64) {
        let n = 2000;
        let values = (0..n)
            .map(|i| -4.0 * libm::log(1.0 - (i as f64 + 0.5) / n as f64))
            .collect();
        (values, |x: f64| {
            if x < 0.0 {
                0.0
            } else {
                libm::exp(-x / 4.0) / 4.0
            }
        })
    }

    #[test]
    fn the_curve_is_scaled_to_the_bars() {
        let (values, density) = cycles();
        let plot = FitPlot {
            values: &values,
            density: &density,
            x_label: "sales cycle, months",
            unit: FitUnit::Months,
            note: Some("312 still open, counted as at least their age"),
        };
        let svg = fit_chart(&plot, SIZE, &ChartWords::english());
        let fill = BARS.css().to_uppercase();
        let bars = elements(&svg, "rect", &fill);
        assert!(bars.len() >= 20, "{} bars:\n{svg}", bars.len());
        // Each bar's area in pixels, with the gap beside it, against the area under the curve.
        let bottom = bars
            .iter()
            .map(|b| number(b, "y") + number(b, "height"))
            .fold(0.0, f64::max);
        let bar_area: f64 = bars
            .iter()
            .map(|b| (number(b, "width") + 1.0) * number(b, "height"))
            .sum();
        let stroke = CURVE.css().to_uppercase();
        let curves = elements(&svg, "polyline", &stroke);
        assert_eq!(curves.len(), 1, "{svg}");
        let at = curves[0].find("points=\"").unwrap() + 8;
        let points: Vec<(f64, f64)> = curves[0][at..]
            .split(['"', ' '])
            .take_while(|p| p.contains(','))
            .map(|p| {
                let (x, y) = p.split_once(',').unwrap();
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect();
        assert!(points.len() >= 20, "{points:?}");
        let curve_area: f64 = points
            .windows(2)
            .map(|w| (w[1].0 - w[0].0) * ((bottom - w[0].1) + (bottom - w[1].1)) / 2.0)
            .sum();
        let ratio = curve_area / bar_area;
        assert!(
            (0.93..1.07).contains(&ratio),
            "curve {curve_area} bars {bar_area}"
        );
        for text in ["sales cycle, months", "312 still open", "0"] {
            assert!(svg.contains(text), "{text}");
        }
    }

    #[test]
    fn chinese_words_leave_no_english() {
        let zh = ChartWords::from_catalogue(&Catalogue::embedded(Lang::ZhCn));
        let values: Vec<f64> = (1..=400)
            .map(|i| 20_000.0 + 500.0 * (i % 97) as f64)
            .collect();
        let density = |x: f64| {
            if (20_000.0..=68_500.0).contains(&x) {
                1.0 / 48_500.0
            } else {
                0.0
            }
        };
        for values in [&values[..], &[]] {
            let plot = FitPlot {
                values,
                density: &density,
                x_label: "单笔金额",
                unit: FitUnit::Money("CNY"),
                note: Some("有 312 个商机仍未关闭，按至少已进行的时间计算"),
            };
            let svg = fit_chart(&plot, SIZE, &zh);
            let texts = texts(&svg);
            assert!(texts.len() >= 3, "{svg}");
            for text in &texts {
                assert!(!text.chars().any(|c| c.is_ascii_alphabetic()), "{text}");
            }
            assert!(
                texts.iter().any(|t| t.contains('万')) || values.is_empty(),
                "{texts:?}"
            );
        }
    }

    #[test]
    fn shares_labels_and_odd_input_draw_safely() {
        let density = |x: f64| {
            if x <= 0.0 {
                f64::INFINITY
            } else {
                2.0 * (1.0 - x)
            }
        };
        let values = [0.1, 0.2, 0.2, 0.35, f64::NAN, 0.6];
        let plot = FitPlot {
            values: &values,
            density: &density,
            x_label: "win rate <b>&",
            unit: FitUnit::Share,
            note: None,
        };
        let svg = fit_chart(&plot, SIZE, &ChartWords::english());
        assert!(
            svg.contains("100%") && svg.contains("&lt;b&gt;&amp;"),
            "{svg}"
        );
        assert!(!svg.contains("<b>"));
        for size in [(0, 0), (60, 40), (20_000, 9)] {
            let svg = fit_chart(
                &plot,
                Size {
                    width: size.0,
                    height: size.1,
                },
                &ChartWords::english(),
            );
            assert!(
                svg.starts_with("<svg") && svg.ends_with("</svg>"),
                "{size:?}"
            );
        }
        let same = [3.0; 10];
        let plot = FitPlot {
            values: &same,
            unit: FitUnit::Months,
            ..plot
        };
        assert!(fit_chart(&plot, SIZE, &ChartWords::english()).contains("<rect"));
    }

    #[test]
    fn notes_wrap_into_two_lines_at_most() {
        assert_eq!(wrap("short note", 500.0), ["short note"]);
        let lines = wrap("one two three four five six seven eight nine ten", 100.0);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(
            lines[0].starts_with("one two") && lines[1].ends_with('…'),
            "{lines:?}"
        );
        assert!(
            lines.iter().all(|l| text_width(l, FONT_PX) <= 100.0),
            "{lines:?}"
        );
        let zh = wrap("有三百一十二个商机仍未关闭按至少已进行的时间计算", 100.0);
        assert_eq!(zh.len(), 2, "{zh:?}");
        assert!(wrap("", 100.0).is_empty());
    }
}
