//! The charts' colours on a dark page, and the stylesheet rules that put them there.
//!
//! A chart is drawn once, in its light colours: that SVG is what a download holds (light and
//! self-contained, with nothing to resolve), what a printout shows, and what the page inserts.
//! On a dark page the stylesheet paints the same elements again. Plotters' SVG backend writes
//! every colour as a presentation attribute of its element, `fill="#0072B2"` or
//! `stroke="#0072B2"` (upper-case hex, the opacity in an attribute of its own), and any CSS
//! declaration beats a presentation attribute. So `styles/app.css` holds, for each colour of
//! [`DARK_VARIANTS`], rules keyed on that attribute, such as
//! `svg [fill="#0072B2" i] { fill: light-dark(#0072b2, #5870d4); }`, written by [`dark_rules`]
//! and checked to be there verbatim by this module's tests. `light-dark()` follows the
//! `color-scheme` the page sets on `<html>` (the system's, or the reader's choice on the theme
//! switch; light when printing), so one drawing serves both themes, a switch repaints no chart,
//! and the charts need no theme argument. Text that needs a lighter shade than shapes of its
//! colour (the blue of "A > B") gets a `text[fill=…]` rule of its own; the scenarios' colour
//! swatches in the page's HTML (inline `background:#0072b2`) follow the same table.
//!
//! The dark variants keep what the light palette promises: every scenario colour stands at
//! least 3:1 against the dark card (WCAG's contrast for graphics), every text colour 4.5:1, and
//! the eight scenario colours stay as far apart for readers with a colour-vision deficiency
//! (protanopia, deuteranopia, tritanopia simulated) as Okabe–Ito's closest pair on white. The
//! tests pin all of this, with the page's own text colours in both themes.

use super::frame::{AXIS, GRID, INK, MUTED};
use super::histogram::{BELOW_TEXT, TIE};
use super::preview::BASE;
use super::tornado::{HIGH_FAINT, LOW_FAINT};
use super::{Rgb, PALETTE};

/// The card a chart sits on in the light theme (`--paper` of `styles/app.css`).
pub const PAPER: Rgb = Rgb(0xff, 0xff, 0xff);

/// The card a chart sits on in the dark theme (`--paper` of `styles/app.css`, whose dark value
/// the tests check against this).
pub const DARK_PAPER: Rgb = Rgb(0x16, 0x1b, 0x22);

/// One colour the charts draw with, and what it becomes on a dark page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DarkVariant {
    /// The colour as drawn: on a light page, in downloads and in print.
    pub light: Rgb,
    /// Its shapes (lines, bars, bands, dots, swatches) on a dark page.
    pub dark: Rgb,
    /// Its text on a dark page (the same as `dark` unless text needs a lighter shade).
    pub text: Rgb,
}

const fn same(c: Rgb) -> DarkVariant {
    DarkVariant {
        light: c,
        dark: c,
        text: c,
    }
}

const fn to(light: Rgb, dark: Rgb) -> DarkVariant {
    DarkVariant {
        light,
        dark,
        text: dark,
    }
}

/// Every colour the charts draw with (the tests draw every kind of chart and find no other)
/// and its dark variant. Okabe–Ito's orange, bluish green, vermillion, reddish purple, sky blue
/// and yellow read on dark as they are; its blue is too dim there (3.3:1) and takes a lighter,
/// slightly violet blue that stays apart from the sky blue and the purple for colour-blind
/// readers; its dark grey becomes a light grey. Ink, tick labels, gridlines and axes follow the
/// page's own dark colours.
pub const DARK_VARIANTS: [DarkVariant; 17] = [
    DarkVariant {
        light: PALETTE[0],
        dark: Rgb(0x58, 0x70, 0xd4),
        text: Rgb(0x8f, 0xa6, 0xf2),
    },
    same(PALETTE[1]),
    same(PALETTE[2]),
    same(PALETTE[3]),
    same(PALETTE[4]),
    same(PALETTE[5]),
    same(PALETTE[6]),
    to(PALETTE[7], Rgb(0xb0, 0xb0, 0xb0)),
    to(INK, Rgb(0xe6, 0xed, 0xf3)),
    to(MUTED, Rgb(0x9b, 0xa6, 0xb7)),
    to(GRID, Rgb(0x2b, 0x32, 0x3d)),
    to(AXIS, Rgb(0x5c, 0x66, 0x76)),
    to(TIE, Rgb(0x7f, 0x88, 0x9a)),
    to(BELOW_TEXT, Rgb(0xff, 0x8f, 0x4d)),
    to(BASE, Rgb(0x4b, 0x53, 0x62)),
    to(LOW_FAINT, Rgb(0x3b, 0x42, 0x4e)),
    to(HIGH_FAINT, Rgb(0x59, 0x61, 0x6f)),
];

/// The colour `c` becomes for shapes on a dark page (itself if it has no variant).
pub fn dark_variant(c: Rgb) -> Rgb {
    DARK_VARIANTS
        .iter()
        .find(|v| v.light == c)
        .map_or(c, |v| v.dark)
}

/// The stylesheet rules that repaint the charts (and the scenarios' swatches) in
/// [`DARK_VARIANTS`] on a dark page, one per line, as `styles/app.css` must hold them.
/// Colours whose variant is themselves need no rule.
pub fn dark_rules() -> String {
    let hex = |c: Rgb| format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2);
    let mut out = String::new();
    for v in DARK_VARIANTS.iter().filter(|v| v.dark != v.light) {
        let (light, dark) = (v.light.css(), v.dark.css());
        for property in ["fill", "stroke"] {
            out.push_str(&format!(
                "svg [{property}=\"{}\" i] {{ {property}: light-dark({light}, {dark}); }}\n",
                hex(v.light)
            ));
        }
        if PALETTE.contains(&v.light) {
            out.push_str(&format!(
                ".swatch[style*=\"{light}\" i] {{ background: light-dark({light}, {dark}) !important; }}\n"
            ));
        }
    }
    for v in DARK_VARIANTS.iter().filter(|v| v.text != v.dark) {
        out.push_str(&format!(
            "svg text[fill=\"{}\" i] {{ fill: light-dark({}, {}); }}\n",
            hex(v.light),
            v.light.css(),
            v.text.css()
        ));
    }
    out
}

/// WCAG 2's contrast ratio of two colours, from 1 (none) to 21 (black on white).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// A channel from 0–255 sRGB to linear light.
fn linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        libm::pow((c + 0.055) / 1.055, 2.4)
    }
}

/// WCAG 2's relative luminance.
fn luminance(c: Rgb) -> f64 {
    0.2126 * linear(c.0) + 0.7152 * linear(c.1) + 0.0722 * linear(c.2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::tests::summary;
    use crate::charts::{
        difference_histogram, dist_preview, fan_chart, frontier_chart, histogram, stacked_bars,
        sweep_chart, tornado, Axis, ChartWords, Fan, FrontierPoint, FrontierSeries, Size,
        SweepPoint, TornadoBar,
    };
    use crate::model::{Dist, Range};
    use crate::stats::Summary;

    const STYLESHEET: &str = include_str!("../../styles/app.css");

    /// The scenario colours (the palette's dark variants, in order).
    fn dark_palette() -> Vec<Rgb> {
        PALETTE.iter().map(|&c| dark_variant(c)).collect()
    }

    /// Machado, Oliveira and Fernandes (2009), full severity, on linear RGB.
    const DEFICIENCIES: [(&str, [[f64; 3]; 3]); 3] = [
        (
            "protanopia",
            [
                [0.152286, 1.052583, -0.204868],
                [0.114503, 0.786281, 0.099216],
                [-0.003882, -0.048116, 1.051998],
            ],
        ),
        (
            "deuteranopia",
            [
                [0.367322, 0.860646, -0.227968],
                [0.280085, 0.672501, 0.047413],
                [-0.011820, 0.042940, 0.968881],
            ],
        ),
        (
            "tritanopia",
            [
                [1.255528, -0.076749, -0.178779],
                [-0.078411, 0.930809, 0.147602],
                [0.004733, 0.691367, 0.303900],
            ],
        ),
    ];

    /// `c` as a reader with deficiency `m` sees it, in Oklab (a perceptual space).
    fn seen(c: Rgb, m: &[[f64; 3]; 3]) -> [f64; 3] {
        let rgb = [linear(c.0), linear(c.1), linear(c.2)];
        let s: Vec<f64> = m
            .iter()
            .map(|row| (0..3).map(|j| row[j] * rgb[j]).sum::<f64>().clamp(0.0, 1.0))
            .collect();
        let l = libm::cbrt(0.4122214708 * s[0] + 0.5363325363 * s[1] + 0.0514459929 * s[2]);
        let m_ = libm::cbrt(0.2119034982 * s[0] + 0.6806995451 * s[1] + 0.1073969566 * s[2]);
        let s_ = libm::cbrt(0.0883024619 * s[0] + 0.2817188376 * s[1] + 0.6299787005 * s[2]);
        [
            0.2104542553 * l + 0.7936177850 * m_ - 0.0040720468 * s_,
            1.9779984951 * l - 2.4285922050 * m_ + 0.4505937099 * s_,
            0.0259040371 * l + 0.7827717662 * m_ - 0.8086757660 * s_,
        ]
    }

    /// The distance of the closest two colours of `palette` for deficiency `m`.
    fn closest_pair(palette: &[Rgb], m: &[[f64; 3]; 3]) -> f64 {
        let mut closest = f64::INFINITY;
        for (i, &a) in palette.iter().enumerate() {
            for &b in &palette[i + 1..] {
                let (p, q) = (seen(a, m), seen(b, m));
                let d = libm::sqrt((0..3).map(|k| (p[k] - q[k]) * (p[k] - q[k])).sum());
                closest = closest.min(d);
            }
        }
        closest
    }

    #[test]
    fn contrast_follows_wcag() {
        assert!((contrast(Rgb(0, 0, 0), PAPER) - 21.0).abs() < 1e-9);
        assert!((contrast(PAPER, PAPER) - 1.0).abs() < 1e-9);
        // WebAIM's checker: #767676 on white is 4.54:1.
        assert!((contrast(Rgb(0x76, 0x76, 0x76), PAPER) - 4.54).abs() < 0.01);
    }

    #[test]
    fn chart_text_is_legible_in_both_themes() {
        // The colours charts write text in: ink, tick labels, and the sides of a difference.
        for c in [INK, MUTED, BELOW_TEXT, PALETTE[0]] {
            let v = DARK_VARIANTS.iter().find(|v| v.light == c).unwrap();
            let (light, dark) = (contrast(c, PAPER), contrast(v.text, DARK_PAPER));
            assert!(light >= 4.5, "{} on white: {light:.2}:1", c.css());
            assert!(
                dark >= 4.5,
                "{} on the dark card: {dark:.2}:1",
                v.text.css()
            );
        }
    }

    #[test]
    fn scenario_colours_stand_out_on_the_dark_card_and_stay_apart() {
        for c in dark_palette() {
            let ratio = contrast(c, DARK_PAPER);
            assert!(ratio >= 3.0, "{} on the dark card: {ratio:.2}:1", c.css());
        }
        // Okabe–Ito's closest pair on white, for the deficiency where it is closest.
        let light_floor = DEFICIENCIES
            .iter()
            .map(|(_, m)| closest_pair(&PALETTE, m))
            .fold(f64::INFINITY, f64::min);
        assert!(light_floor > 0.07, "{light_floor}");
        for (name, m) in &DEFICIENCIES {
            let dark = closest_pair(&dark_palette(), m);
            assert!(
                dark >= light_floor - 1e-9,
                "with {name} the closest dark colours are {dark:.3} apart, the light ones {light_floor:.3}"
            );
        }
        let mut unique = dark_palette();
        unique.sort_by_key(|c| (c.0, c.1, c.2));
        unique.dedup();
        assert_eq!(unique.len(), PALETTE.len());
    }

    #[test]
    fn every_light_colour_has_one_variant() {
        for (i, v) in DARK_VARIANTS.iter().enumerate() {
            assert!(
                DARK_VARIANTS[i + 1..].iter().all(|w| w.light != v.light),
                "{} twice",
                v.light.css()
            );
        }
        assert_eq!(dark_variant(PALETTE[7]), Rgb(0xb0, 0xb0, 0xb0));
        assert_eq!(dark_variant(Rgb(1, 2, 3)), Rgb(1, 2, 3));
    }

    /// Every `#RRGGBB` of a `fill` or `stroke` in `svg`.
    fn colours_in(svg: &str) -> Vec<String> {
        let mut found = Vec::new();
        for attr in ["fill=\"#", "stroke=\"#"] {
            for (i, _) in svg.match_indices(attr) {
                let start = i + attr.len() - 1;
                found.push(svg[start..start + 7].to_string());
            }
        }
        found
    }

    /// One of every kind of chart, with every scenario colour and every mark they can draw.
    fn every_chart() -> Vec<String> {
        let words = ChartWords::english();
        let size = Size {
            width: 560,
            height: 300,
        };
        let money = Axis::Money("USD".into());
        let labels: Vec<String> = (1..=4).map(|q| format!("2027 Q{q}")).collect();
        let qs: Vec<Summary> = (1..=4).map(|q| summary(q as f64 * 1e5)).collect();
        let fans: Vec<Fan> = PALETTE
            .iter()
            .map(|&color| Fan {
                color,
                quarters: &qs,
            })
            .collect();
        let series: Vec<(&str, Rgb, Vec<f64>)> = PALETTE
            .iter()
            .map(|&c| ("part", c, vec![1e5, 2e5, 3e5, 4e5]))
            .collect();
        let values: Vec<f64> = (0..200).map(|i| f64::from(i) * 1e4 - 5e5).collect();
        let mut ties = values.clone();
        ties.extend([0.0; 20]);
        let bar = |faint: bool| TornadoBar {
            label: "Win rate".into(),
            low_text: "10%".into(),
            high_text: "30%".into(),
            low: -1e5,
            high: 2e5,
            error: 3e4,
            faint,
        };
        let sweep: Vec<SweepPoint> = (0..5)
            .map(|i| SweepPoint {
                x: f64::from(i),
                p10: 1e5,
                p50: 2e5 + f64::from(i) * 1e4,
                p90: 3e5,
                cost: 5e4 * f64::from(i + 1),
            })
            .collect();
        let frontier: Vec<FrontierSeries> = PALETTE
            .iter()
            .map(|&color| FrontierSeries {
                label: "2 SDRs".into(),
                color,
                points: (0..4)
                    .map(|i| FrontierPoint {
                        x: f64::from(i),
                        chance: 0.2 * f64::from(i),
                        cost: 1e5 * f64::from(i + 1),
                    })
                    .collect(),
            })
            .collect();
        let x_label = |x: f64| format!("{x}");
        let mut charts = vec![
            fan_chart(&labels, &fans, &money, size, &words),
            stacked_bars(&labels, &series, &money, size, &words),
            stacked_bars(&labels, &[], &money, size, &words),
            difference_histogram(&ties, 0, &money, size, &words),
            tornado(&[bar(false), bar(true)], &money, size, &words),
            sweep_chart(&sweep, &x_label, &money, &money, Some(2), size, &words),
            frontier_chart(&frontier, &x_label, 0.5, &money, Some((0, 2)), size, &words),
        ];
        for (i, &c) in PALETTE.iter().enumerate() {
            let marker = [Some(1e5), Some(1e9), Some(-1e9), None][i % 4];
            charts.push(histogram(&values, 0, c, marker, &money, size, &words));
            charts.push(dist_preview(
                &Dist::Normal { mean: 5.0, sd: 1.0 },
                &Range::closed(0.0, 6.0),
                c,
                Size {
                    width: 120,
                    height: 36,
                },
            ));
        }
        charts
    }

    #[test]
    fn every_colour_a_chart_draws_has_a_dark_variant() {
        let known: Vec<String> = DARK_VARIANTS
            .iter()
            .map(|v| format!("#{:02X}{:02X}{:02X}", v.light.0, v.light.1, v.light.2))
            .collect();
        let mut seen = Vec::new();
        for svg in every_chart() {
            for c in colours_in(&svg) {
                assert!(known.contains(&c), "{c} has no dark variant, in {svg}");
                seen.push(c);
            }
        }
        // And the table holds no colour that no chart draws.
        for v in &DARK_VARIANTS {
            let hex = format!("#{:02X}{:02X}{:02X}", v.light.0, v.light.1, v.light.2);
            assert!(seen.contains(&hex), "{hex} drawn by no chart of the test");
        }
    }

    #[test]
    fn the_stylesheet_holds_the_dark_rules() {
        let rules = dark_rules();
        assert!(
            STYLESHEET.contains(&rules),
            "styles/app.css must hold these lines, as they are:\n{rules}"
        );
        assert!(
            rules.contains("svg [fill=\"#0072B2\" i] { fill: light-dark(#0072b2, #5870d4); }\n")
        );
        assert!(
            rules.contains("svg text[fill=\"#0072B2\" i] { fill: light-dark(#0072b2, #8fa6f2); }")
        );
        assert!(
            !rules.contains("#E69F00"),
            "colours kept as they are need no rule"
        );
    }

    /// The light and dark value of custom property `name` in the stylesheet's
    /// `--name: light-dark(#light, #dark);`.
    fn page_colour(name: &str) -> (Rgb, Rgb) {
        let key = format!("--{name}: light-dark(");
        let at = STYLESHEET
            .find(&key)
            .unwrap_or_else(|| panic!("no {key} in styles/app.css"));
        let rest = &STYLESHEET[at + key.len()..];
        let inner = &rest[..rest.find(')').unwrap()];
        let parse = |s: &str| {
            let s = s.trim().trim_start_matches('#');
            assert_eq!(s.len(), 6, "{name}: {inner}");
            let byte = |i: usize| u8::from_str_radix(&s[i..i + 2], 16).unwrap();
            Rgb(byte(0), byte(2), byte(4))
        };
        let (light, dark) = inner.split_once(',').unwrap();
        (parse(light), parse(dark))
    }

    #[test]
    fn the_page_text_is_legible_in_both_themes() {
        let (paper, wash) = (page_colour("paper"), page_colour("wash"));
        assert_eq!(paper, (PAPER, DARK_PAPER), "the charts' cards");
        for name in ["ink", "muted", "accent", "danger", "default"] {
            let (light, dark) = page_colour(name);
            for (on, (bl, bd)) in [("paper", paper), ("wash", wash)] {
                let (l, d) = (contrast(light, bl), contrast(dark, bd));
                assert!(l >= 4.5, "--{name} on --{on}, light: {l:.2}:1");
                assert!(d >= 4.5, "--{name} on --{on}, dark: {d:.2}:1");
            }
        }
        // Text on the accent (primary buttons).
        let (accent, on_accent) = (page_colour("accent"), page_colour("on-accent"));
        assert!(contrast(accent.0, on_accent.0) >= 4.5);
        assert!(contrast(accent.1, on_accent.1) >= 4.5);
        // The chart's ink is the page's.
        assert_eq!(page_colour("ink"), (INK, dark_variant(INK)));
        assert_eq!(page_colour("muted"), (MUTED, dark_variant(MUTED)));
    }
}
