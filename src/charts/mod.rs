//! Charts as SVG text, drawn with plotters' SVG backend: fan charts of quarterly
//! distributions, stacked bars of medians by part, histograms of per-trial values (with a target
//! marker, or of paired differences around zero), small previews of an uncertain value's
//! distribution for the editor, and the charts of the analyses: the tornado of a sensitivity
//! analysis, a sweep of one input and the frontier of a goal seek.
//!
//! Every function returns a whole `<svg>` element that scales with CSS: it has a `viewBox` of
//! the requested size (four times it for [`dist_preview`]; at most 8192 either way),
//! `width="100%"` and no fixed height, no background and no title (the app shows titles as HTML
//! headings). No text is measured, so rendering touches no DOM on wasm. Sizes are in pixels of
//! the drawing; at the sizes the app asks for (`web::hooks::chart_size`: a laptop's and a
//! phone's) labels are 12 px, the value axis has three to five ticks and quarter labels are
//! thinned when they would collide.
//!
//! Every word a chart draws comes in with it, in one language ([`ChartWords`]: notes, legends,
//! the form of quarters and the language of money), and nothing here looks a language up. Wide
//! (Chinese) characters are laid out a whole em wide, and the fonts named include ones with
//! Chinese glyphs.
//!
//! Text is safe to put into a page: every label (quarter labels, currency codes in money
//! labels, series names) reaches the SVG escaped exactly once, by plotters' SVG backend
//! (plotters-svg 0.3.7 escapes `<`, `>`, `&`, `"` and `'` in text and attributes), so the
//! charts hand it text unescaped; as a second line of defence, any output with an element
//! other than the few the charts draw is replaced by an empty drawing.
//!
//! Charts are drawn in light colours only, for downloads and print as for the page; on a dark
//! page the stylesheet repaints them from [`DARK_VARIANTS`] (see `theme`: why CSS, and what the
//! dark colours keep of the light palette's contrast and colour-blind safety).
//!
//! No function panics, whatever the input: empty data, one trial, equal values, NaN and
//! infinite values (skipped) and tiny or huge sizes all give a valid drawing.

mod bars;
mod canvas;
mod fan;
mod fit;
mod frame;
mod frontier;
mod histogram;
mod panels;
mod preview;
mod scale;
mod sweep;
mod theme;
mod tornado;
mod words;

pub use fit::{FitPlot, FitUnit};
pub use theme::{
    contrast, dark_rules, dark_variant, DarkVariant, DARK_PAPER, DARK_VARIANTS, PAPER,
};
pub use words::ChartWords;

use crate::i18n::Lang;
use crate::model::{Dist, Range};
use crate::stats::Summary;

/// A chart's SVG text (from any function here) for a file of its own: with `title` (the
/// chart's heading) as its `<title>` and `description` (its caption; none if empty) as its
/// `<desc>`, which a page showing the chart gives as HTML. Both are escaped here.
pub fn titled(svg: &str, title: &str, description: &str) -> String {
    canvas::titled(svg, title, description)
}

/// The size of a drawing in pixels of its `viewBox`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Size {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

/// How the values of a chart are labelled.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Axis {
    /// Money in this currency (a code such as `USD`), labelled in the chart's language by
    /// [`format::locale::money`](crate::format::locale::money): `$1.2M`, `US$120万`.
    Money(String),
    /// Counts, labelled as whole numbers or with one decimal by
    /// [`format::count`](crate::format::count).
    Count,
}

impl Axis {
    /// The label of value `v` on this axis in English, e.g. `$1.5M` or `12`.
    pub fn label(&self, v: f64) -> String {
        self.label_in(Lang::En, v)
    }

    /// The label of value `v` on this axis in `lang`, as a chart in `lang` draws it: `$1.5M`,
    /// `US$150万`, `12`.
    pub fn label_in(&self, lang: Lang, v: f64) -> String {
        self.fmt(lang).label(v)
    }

    fn fmt(&self, lang: Lang) -> scale::Fmt<'_> {
        match self {
            Axis::Money(currency) => scale::Fmt::Money(currency, lang),
            Axis::Count => scale::Fmt::Count,
        }
    }
}

/// A colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// The colour for CSS: `#rrggbb`.
    pub fn css(&self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The colours of scenarios (scenario `i` uses `PALETTE[i % 8]` in every chart): the
/// Okabe–Ito palette, distinguishable with the common colour-vision deficiencies, with the
/// colours that read best as lines on white first and its yellow near the end. On a dark page
/// the blue and the dark grey are repainted lighter ([`dark_variant`]).
pub const PALETTE: [Rgb; 8] = [
    Rgb(0x00, 0x72, 0xb2), // blue
    Rgb(0xe6, 0x9f, 0x00), // orange
    Rgb(0x00, 0x9e, 0x73), // bluish green
    Rgb(0xd5, 0x5e, 0x00), // vermillion
    Rgb(0xcc, 0x79, 0xa7), // reddish purple
    Rgb(0x56, 0xb4, 0xe9), // sky blue
    Rgb(0xf0, 0xe4, 0x42), // yellow
    Rgb(0x4d, 0x4d, 0x4d), // dark grey (Okabe–Ito's black, softened)
];

/// One scenario's fan: its colour and the summary of each quarter.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fan<'a> {
    /// The colour of the bands and the median line.
    pub color: Rgb,
    /// One summary per quarter, in order.
    pub quarters: &'a [Summary],
}

/// Fan chart per quarter: for each fan a light P5–P95 band, a darker P25–P75 band and the
/// median line (with dots when there is room). Several fans overlay with translucent bands,
/// in order, so the last is on top. The value axis starts at zero; quarters without finite
/// percentiles leave a gap. `quarters` labels the x axis (a report's labels, `2027 Q1`, drawn
/// in `words`' language: `2027年第1季度`); fans may be shorter.
pub fn fan_chart(
    quarters: &[String],
    fans: &[Fan],
    axis: &Axis,
    size: Size,
    words: &ChartWords,
) -> String {
    fan::fan_chart(quarters, fans, axis.fmt(words.lang), size, words)
}

/// Stacked bars of medians per quarter by part (e.g. bookings by source): `series` are
/// `(label, colour, one value per quarter)`, stacked in order from the axis (negative values
/// stack downwards; non-finite ones count as zero). A legend above the bars names the series
/// that have a value other than zero. Quarters are labelled as by [`fan_chart`]; the series'
/// labels are drawn as given (in `words`' language: [`ChartWords::source`]).
pub fn stacked_bars(
    quarters: &[String],
    series: &[(&str, Rgb, Vec<f64>)],
    axis: &Axis,
    size: Size,
    words: &ChartWords,
) -> String {
    bars::stacked_bars(quarters, series, axis.fmt(words.lang), size, words)
}

/// Histogram of per-trial values (e.g. total bookings), `bins` bars wide (0 picks a number
/// from the count of values), with the share of trials on the vertical axis. An optional
/// `marker` (e.g. the target) is drawn as a dashed vertical line labelled with its value by
/// the axis format; a marker far outside the values is shown as an arrow at the edge.
/// Non-finite values are skipped.
pub fn histogram(
    values: &[f64],
    bins: usize,
    color: Rgb,
    marker: Option<f64>,
    axis: &Axis,
    size: Size,
    words: &ChartWords,
) -> String {
    histogram::histogram(
        values,
        bins,
        color,
        marker,
        axis.fmt(words.lang),
        size,
        words,
    )
}

/// Histogram of paired differences A − B with a line at zero: bars below zero in vermillion,
/// above zero in blue, and exact ties as a grey bar on the zero line; `words` name the sides
/// (`A < B` and `A > B`). Non-finite values are skipped.
pub fn difference_histogram(
    values: &[f64],
    bins: usize,
    axis: &Axis,
    size: Size,
    words: &ChartWords,
) -> String {
    histogram::difference_histogram(values, bins, axis.fmt(words.lang), size, words)
}

/// A small preview (e.g. 120×36, no axes or text) of the shape of an uncertain value for the
/// editor: the density of `dist` as the engine samples it, with draws clamped to `range`, over
/// the values it plausibly takes. A fixed value (or a distribution clamped to a single value)
/// is a single spike; probability piled up at a bound of the range by clamping shows as a
/// bar at that edge. The drawing is made at four times `size` for smooth curves: its
/// `viewBox` is `4·width × 4·height`, so give it its size with CSS.
pub fn dist_preview(dist: &Dist, range: &Range, color: Rgb, size: Size) -> String {
    preview::dist_preview(dist, range, color, size)
}

/// One input's bar of a tornado chart: how much the output moves from the base when the input
/// is set to its low and its high value.
#[derive(Debug, Clone, PartialEq)]
pub struct TornadoBar {
    /// The input, e.g. "Outbound share of AE hours".
    pub label: String,
    /// The input's low value in its units, e.g. "26%", written at the low value's bar's end.
    pub low_text: String,
    /// The input's high value in its units, e.g. "44%".
    pub high_text: String,
    /// The output at the low value minus the base output (any sign).
    pub low: f64,
    /// The output at the high value minus the base output (any sign).
    pub high: f64,
    /// Two standard errors of the swing (at least 0), drawn as a whisker at the bar's end
    /// farther from the base.
    pub error: f64,
    /// Whether the swing is within two standard errors of zero: the bar is drawn grey.
    pub faint: bool,
}

/// Tornado chart of a sensitivity analysis: one row per bar, in the order given (rank them
/// first), each input's label left of its bar (above it on phone-width drawings, when long),
/// the low value's bar in orange and the high value's in blue (a legend says which; grey when
/// `faint`) from a line at the base output, the input's values at the bars' ends and the swing's
/// ±2 SE as a whisker. The value axis is signed (`+$0.3M`, `−$0.3M`). When both values move the
/// output the same way, the low bar takes the upper half of the row and the high bar the lower.
/// One-sided bars (`low` = 0) draw just their high side. No element is clickable: the app maps a
/// point to a bar with [`tornado_row_at`]; [`tornado_height`] gives a height with room for
/// every label.
pub fn tornado(bars: &[TornadoBar], axis: &Axis, size: Size, words: &ChartWords) -> String {
    tornado::tornado(bars, axis.fmt(words.lang), size, words)
}

/// The index of the bar of a [`tornado`] of `count` bars drawn at `size` whose row holds the
/// height `y` (in `viewBox` units, from the top), or `None` above, below or between none.
/// Rows split the height between the legend and the axis equally.
pub fn tornado_row_at(count: usize, size: Size, y: f64) -> Option<usize> {
    tornado::row_at(count, size, y)
}

/// A height for a [`tornado`] of `count` bars `width` wide at which every label shows: rows
/// of 30 pixels, or 46 on phone widths (under 480), where long labels go above their bars.
pub fn tornado_height(count: usize, width: u32) -> u32 {
    tornado::height_for(count, width)
}

/// The height a chart's legend of `labels` takes at `width` (its rows and the space beneath;
/// 0 for one label or none, which draw no legend): a chart with many series adds it to its
/// own height so that the plot keeps its size on a phone.
pub fn legend_height(labels: &[&str], width: u32) -> u32 {
    if labels.len() < 2 {
        return 0;
    }
    let entries: Vec<(&str, Rgb, panels::Swatch)> = labels
        .iter()
        .map(|l| (*l, Rgb(0, 0, 0), panels::Swatch::Line))
        .collect();
    panels::legend_layout(&entries, f64::from(width)).1.ceil() as u32
}

/// One setting of a sweep: the input's value `x`, the output's P10, median and P90 there, and
/// the median cost.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SweepPoint {
    /// The input's value.
    pub x: f64,
    /// The output's 10th percentile.
    pub p10: f64,
    /// The output's median.
    pub p50: f64,
    /// The output's 90th percentile.
    pub p90: f64,
    /// The median cost.
    pub cost: f64,
}

/// Sweep chart of one input: above, the output's median (line and dots) and its P10–P90 band
/// against the input's values (in any order, not necessarily evenly spaced; labelled by
/// `x_label`, thinned when they would collide), with values by `axis`; beneath, in a third of
/// the height, the median cost as bars by `cost_axis`. `best` (an index into `points`) is
/// ringed and noted "best", and its cost bar is dark. Points whose `x` is not finite are left
/// out; other non-finite values leave gaps.
pub fn sweep_chart(
    points: &[SweepPoint],
    x_label: &dyn Fn(f64) -> String,
    axis: &Axis,
    cost_axis: &Axis,
    best: Option<usize>,
    size: Size,
    words: &ChartWords,
) -> String {
    sweep::sweep_chart(
        points,
        x_label,
        axis.fmt(words.lang),
        cost_axis.fmt(words.lang),
        best,
        size,
        words,
    )
}

/// One setting of a goal seek: the lever's value, the chance of reaching the goal (0–1) and
/// the median cost.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FrontierPoint {
    /// The lever's value.
    pub x: f64,
    /// The chance of reaching the goal, from 0 to 1.
    pub chance: f64,
    /// The median cost.
    pub cost: f64,
}

/// One line of a goal-seek chart: the settings of the lever at one value of a second lever (or
/// the only line, with one lever).
#[derive(Debug, Clone, PartialEq)]
pub struct FrontierSeries {
    /// The second lever's value, e.g. "2 SDRs"; shown in the legend when there are several.
    pub label: String,
    /// The colour of the line.
    pub color: Rgb,
    /// The settings, in any order.
    pub points: Vec<FrontierPoint>,
}

/// Goal-seek chart: above, the chance of reaching the goal (0–100%) against the lever, one
/// line per series, with the `required` chance (0–1) as a dashed line; beneath, in a third of
/// the height, each series' median cost by `cost_axis`. `chosen` (series index, point index)
/// is ringed in both panels and noted "chosen". A legend names the series when there are
/// several. Lever values are labelled by `x_label`.
pub fn frontier_chart(
    series: &[FrontierSeries],
    x_label: &dyn Fn(f64) -> String,
    required: f64,
    cost_axis: &Axis,
    chosen: Option<(usize, usize)>,
    size: Size,
    words: &ChartWords,
) -> String {
    frontier::frontier_chart(
        series,
        x_label,
        required,
        cost_axis.fmt(words.lang),
        chosen,
        size,
        words,
    )
}

/// The chart of a calibration's fit: a histogram of the export's values (deals per bin) with
/// the fitted density drawn over it as a line, scaled to the bars (a bin of width `w` holds
/// `n · w · density` deals), the values labelled by the plot's unit in `words`' language,
/// `x_label` beneath them and the note, if any, above.
pub fn fit_chart(plot: &FitPlot, size: Size, words: &ChartWords) -> String {
    fit::fit_chart(plot, size, words)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A quarter's summary around `scale`, for the charts' tests.
    pub(crate) fn summary(scale: f64) -> Summary {
        Summary {
            mean: scale,
            sd: scale / 4.0,
            p5: 0.5 * scale,
            p10: 0.6 * scale,
            p25: 0.8 * scale,
            p50: scale,
            p75: 1.2 * scale,
            p90: 1.4 * scale,
            p95: 1.5 * scale,
        }
    }

    fn labels(n: usize) -> Vec<String> {
        (0..n)
            .map(|q| format!("{} Q{}", 2027 + q / 4, q % 4 + 1))
            .collect()
    }

    #[test]
    fn palette_colours_are_distinct_and_css_ready() {
        let css: Vec<String> = PALETTE.iter().map(Rgb::css).collect();
        assert_eq!(css[0], "#0072b2");
        let mut unique = css.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 8);
    }

    #[test]
    fn axis_labels_use_the_app_formats() {
        assert_eq!(Axis::Money("USD".into()).label(1.2e6), "$1.2M");
        assert_eq!(Axis::Money("CHF".into()).label(2000.0), "CHF 2K");
        assert_eq!(Axis::Count.label(7.0), "7");
    }

    #[test]
    fn fan_labels_and_money_ticks() {
        let qs: Vec<Summary> = (1..=4).map(|q| summary(q as f64 * 250_000.0)).collect();
        let svg = fan_chart(
            &labels(4),
            &[Fan {
                color: PALETTE[0],
                quarters: &qs,
            }],
            &Axis::Money("USD".into()),
            Size {
                width: 560,
                height: 300,
            },
            &ChartWords::english(),
        );
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("viewBox=\"0 0 560 300\""));
        assert!(svg.contains(">\n2027 Q1\n</text>") || svg.contains("2027 Q1"));
        assert!(svg.contains("$1M"), "{svg}");
        assert!(
            !svg.contains(" height=\"300\""),
            "no fixed pixel height on the root"
        );
    }

    #[test]
    fn many_quarters_are_thinned_on_phones() {
        let qs: Vec<Summary> = (1..=12).map(|q| summary(q as f64 * 1e5)).collect();
        let fans = [Fan {
            color: PALETTE[1],
            quarters: &qs,
        }];
        let phone = fan_chart(
            &labels(12),
            &fans,
            &Axis::Money("USD".into()),
            Size {
                width: 360,
                height: 240,
            },
            &ChartWords::english(),
        );
        let shown = labels(12)
            .iter()
            .filter(|l| phone.contains(&format!("\n{l}\n")))
            .count();
        assert!((3..=6).contains(&shown), "{shown} labels on a phone");
        assert!(phone.contains("\n2027 Q1\n"));
    }
}
