//! The arithmetic of a chart, free of drawing: the extent of the data, linear maps from values
//! to pixels, "nice" tick values whose labels print exactly (so `$1.25M` never shows as
//! `$1.2M` beside `$1.2M`), the label formats of the axes, and text width estimates used to lay
//! out margins without measuring text (which plotters would do through the DOM on wasm).

use crate::format;
use crate::i18n::Lang;

/// The font size of every label, in pixels of the drawing.
pub(crate) const FONT_PX: f64 = 12.0;

/// An estimate of the width of `text` at `px` pixels: generous (0.62 em a character, a whole
/// em for a wide one: Chinese, Japanese and Korean characters and full-width forms), so
/// margins computed from it hold the text in common sans-serif and CJK fonts.
pub(crate) fn text_width(text: &str, px: f64) -> f64 {
    text.chars()
        .map(|c| if is_wide(c) { 1.0 } else { 0.62 })
        .sum::<f64>()
        * px
}

/// Whether `c` is drawn a whole em wide: East Asian wide and full-width characters (Unicode
/// UAX #11), by their blocks.
fn is_wide(c: char) -> bool {
    matches!(
        c,
        '\u{1100}'..='\u{115F}'
            | '\u{2E80}'..='\u{303E}'
            | '\u{3041}'..='\u{33FF}'
            | '\u{3400}'..='\u{4DBF}'
            | '\u{4E00}'..='\u{9FFF}'
            | '\u{A000}'..='\u{A4CF}'
            | '\u{AC00}'..='\u{D7A3}'
            | '\u{F900}'..='\u{FAFF}'
            | '\u{FE30}'..='\u{FE4F}'
            | '\u{FF00}'..='\u{FF60}'
            | '\u{FFE0}'..='\u{FFE6}'
            | '\u{20000}'..='\u{3FFFD}'
    )
}

/// How the values of an axis read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Fmt<'a> {
    /// Money in a currency, by `format::locale::money` in a language.
    Money(&'a str, Lang),
    /// Counts, by `format::count`: whole numbers plainly, others with one decimal.
    Count,
    /// Shares as percentages: `12%`, `2.5%`.
    Percent,
}

impl Fmt<'_> {
    /// The label of `v`.
    pub(crate) fn label(&self, v: f64) -> String {
        // No "-0" labels.
        let v = if v == 0.0 { 0.0 } else { v };
        match self {
            Fmt::Money(currency, lang) => format::locale::money(*lang, v, currency),
            Fmt::Count => format::count(v),
            Fmt::Percent => {
                let p = v * 100.0;
                if (p - p.round()).abs() < 1e-6 {
                    format!("{}%", p.round() as i64)
                } else {
                    format!("{p:.1}%")
                }
            }
        }
    }

    /// Whether the label of `v` shows it exactly, so that ticks at different values never
    /// share a label and never look rounded.
    pub(crate) fn exact(&self, v: f64) -> bool {
        let whole = |x: f64| (x - x.round()).abs() < 1e-6 * x.abs().max(1.0);
        let a = v.abs();
        match self {
            // 万 and 亿 in Chinese (`format::locale`): whole under 10⁴, then one decimal below
            // ten units and whole above.
            Fmt::Money(_, Lang::ZhCn) => {
                if a < 1e4 {
                    whole(a)
                } else {
                    let unit = if a >= 0.9995e8 { 1e8 } else { 1e4 };
                    let scaled = a / unit;
                    let precision = if scaled < 9.95 { 0.1 } else { 1.0 };
                    whole(scaled / precision)
                }
            }
            Fmt::Money(_, Lang::En) => {
                if a < 1e3 {
                    whole(a)
                } else {
                    let unit = if a >= 1e9 {
                        1e9
                    } else if a >= 1e6 {
                        1e6
                    } else {
                        1e3
                    };
                    let scaled = a / unit;
                    let precision = if scaled < 9.95 { 0.1 } else { 1.0 };
                    whole(scaled / precision)
                }
            }
            Fmt::Count => whole(a * 10.0),
            Fmt::Percent => whole(a * 1000.0),
        }
    }

    /// The smallest step between ticks worth showing.
    fn min_step(&self) -> f64 {
        match self {
            Fmt::Money(..) => 1.0,
            Fmt::Count => 0.1,
            Fmt::Percent => 0.001,
        }
    }
}

/// The smallest and largest of the finite values added.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Extent {
    pub lo: f64,
    pub hi: f64,
}

impl Extent {
    /// No values yet.
    pub(crate) fn new() -> Extent {
        Extent {
            lo: f64::INFINITY,
            hi: f64::NEG_INFINITY,
        }
    }

    /// Adds `v` if it is finite.
    pub(crate) fn add(&mut self, v: f64) {
        if v.is_finite() {
            self.lo = self.lo.min(v);
            self.hi = self.hi.max(v);
        }
    }

    /// Whether any finite value was added.
    pub(crate) fn is_empty(&self) -> bool {
        self.lo > self.hi
    }

    /// A range with some width around the values: `[0, 1]` with no values, and a small pad
    /// around a single value.
    pub(crate) fn widened(&self) -> (f64, f64) {
        if self.is_empty() {
            return (0.0, 1.0);
        }
        let (lo, hi) = (self.lo, self.hi);
        let span = hi - lo;
        if span.is_finite() && span > 1e-9 * lo.abs().max(hi.abs()) && span > 0.0 {
            return (lo, hi);
        }
        let pad = (lo.abs() * 0.05).max(1.0);
        if !(lo - pad).is_finite() || !(hi + pad).is_finite() {
            return (lo.max(-f64::MAX / 4.0), hi.min(f64::MAX / 4.0) + 1.0);
        }
        (lo - pad, hi + pad)
    }
}

/// A linear map from the values `[d0, d1]` to the pixels `[r0, r1]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Linear {
    pub d0: f64,
    pub d1: f64,
    pub r0: f64,
    pub r1: f64,
}

impl Linear {
    /// The pixel of value `v` (the middle of the pixel range for a degenerate domain).
    pub(crate) fn at(&self, v: f64) -> f64 {
        let span = self.d1 - self.d0;
        if !(span.is_finite() && span != 0.0) {
            return (self.r0 + self.r1) / 2.0;
        }
        self.r0 + (v - self.d0) / span * (self.r1 - self.r0)
    }
}

/// Tick values and the range of the axis that holds them.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Ticks {
    /// The axis starts here.
    pub lo: f64,
    /// The axis ends here.
    pub hi: f64,
    /// The tick values, ascending.
    pub values: Vec<f64>,
}

/// Nice ticks for the values in `[lo, hi]`: steps of 1, 2, 2.5 or 5 times a power of ten whose
/// labels are exact, at most `max_ticks` of them. With `expand`, the axis grows to the ticks
/// around the values (for value axes from zero); without, the axis is `[lo, hi]` and the ticks
/// lie inside it.
pub(crate) fn nice_ticks(lo: f64, hi: f64, fmt: Fmt, max_ticks: usize, expand: bool) -> Ticks {
    let (mut lo, mut hi) = (lo, hi);
    if !lo.is_finite() || !hi.is_finite() {
        lo = 0.0;
        hi = 1.0;
    }
    if lo > hi {
        std::mem::swap(&mut lo, &mut hi);
    }
    if hi - lo <= 0.0 || !(hi - lo).is_finite() {
        let mut e = Extent::new();
        e.add(lo);
        e.add(hi);
        (lo, hi) = e.widened();
    }
    let max_ticks = max_ticks.max(2);
    let fallback = Ticks {
        lo,
        hi,
        values: vec![lo, hi],
    };
    let span = hi - lo;
    if !span.is_finite() || span <= 0.0 {
        return fallback;
    }
    let raw = span / (max_ticks - 1) as f64;
    let exponent = libm::floor(libm::log10(raw));
    if !exponent.is_finite() {
        return fallback;
    }
    let base = libm::pow(10.0, exponent);
    for power in 0..4 {
        for m in [1.0, 2.0, 2.5, 5.0] {
            let step = m * base * libm::pow(10.0, power as f64);
            if !(step.is_finite() && step > 0.0) || step < fmt.min_step() * (1.0 - 1e-9) {
                continue;
            }
            // People come whole: no 2.5 steps between counts.
            if fmt == Fmt::Count && (step - 2.5).abs() < 1e-9 {
                continue;
            }
            let (first, last) = if expand {
                (libm::floor(lo / step + 1e-9), libm::ceil(hi / step - 1e-9))
            } else {
                (libm::ceil(lo / step - 1e-9), libm::floor(hi / step + 1e-9))
            };
            let count = last - first + 1.0;
            if !(count.is_finite() && count >= 1.0 && count <= max_ticks as f64) {
                continue;
            }
            if expand && count < 2.0 {
                continue;
            }
            let values: Vec<f64> = (0..count as usize)
                .map(|i| (first + i as f64) * step)
                .collect();
            if !values.iter().all(|&v| fmt.exact(v)) {
                continue;
            }
            return if expand {
                Ticks {
                    lo: values[0].min(lo),
                    hi: values[values.len() - 1].max(hi),
                    values,
                }
            } else {
                Ticks { lo, hi, values }
            };
        }
    }
    fallback
}

/// Every how many quarters a label fits: labels of `label_px` (with a gap) on slots of
/// `slot_px`. The step is 1, 2, 4 or a multiple of 4, so that labels keep to the same quarters
/// of the year.
pub(crate) fn label_step(label_px: f64, slot_px: f64) -> usize {
    let need = label_px + 10.0;
    if slot_px.is_nan() || slot_px <= 0.0 || !need.is_finite() {
        return 1;
    }
    let step = (libm::ceil(need / slot_px) as usize).clamp(1, 1000);
    match step {
        1 | 2 => step,
        _ => step.div_ceil(4) * 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_ticks_are_round_and_exact() {
        let t = nice_ticks(0.0, 1_230_000.0, Fmt::Money("USD", Lang::En), 5, true);
        let labels: Vec<String> = t
            .values
            .iter()
            .map(|&v| Fmt::Money("USD", Lang::En).label(v))
            .collect();
        assert_eq!(labels, ["$0", "$500K", "$1M", "$1.5M"]);
        assert!(t.hi >= 1_230_000.0 && t.lo == 0.0);
        let t = nice_ticks(0.0, 10_500_000.0, Fmt::Money("USD", Lang::En), 5, true);
        let labels: Vec<String> = t
            .values
            .iter()
            .map(|&v| Fmt::Money("USD", Lang::En).label(v))
            .collect();
        assert!(labels.len() <= 5 && labels.len() >= 3, "{labels:?}");
        let mut unique = labels.clone();
        unique.dedup();
        assert_eq!(unique, labels);
    }

    #[test]
    fn ticks_never_repeat_a_label() {
        for &(lo, hi) in &[
            (0.0, 1.0),
            (0.0, 3.0),
            (3.1e6, 3.3e6),
            (-2.5e5, 7.7e5),
            (0.0, 0.3),
            (11.0, 12.0),
            (999.0, 1001.0),
        ] {
            for fmt in [
                Fmt::Money("EUR", Lang::En),
                Fmt::Money("CNY", Lang::ZhCn),
                Fmt::Count,
                Fmt::Percent,
            ] {
                for expand in [true, false] {
                    let t = nice_ticks(lo, hi, fmt, 5, expand);
                    assert!(
                        t.values.len() <= 5 && !t.values.is_empty(),
                        "{lo} {hi} {fmt:?}"
                    );
                    let labels: Vec<String> = t.values.iter().map(|&v| fmt.label(v)).collect();
                    let mut sorted = labels.clone();
                    sorted.sort();
                    sorted.dedup();
                    assert_eq!(sorted.len(), labels.len(), "{labels:?}");
                }
            }
        }
    }

    #[test]
    fn counts_step_in_whole_numbers() {
        let t = nice_ticks(0.0, 10.0, Fmt::Count, 5, true);
        assert!(t.values.iter().all(|v| v.fract() == 0.0), "{t:?}");
    }

    #[test]
    fn degenerate_ranges_get_ticks() {
        for &(lo, hi) in &[
            (0.0, 0.0),
            (5.0, 5.0),
            (f64::NAN, 1.0),
            (f64::NEG_INFINITY, f64::INFINITY),
            (-f64::MAX, f64::MAX),
            (2.0, 1.0),
        ] {
            let t = nice_ticks(lo, hi, Fmt::Count, 5, true);
            assert!(
                t.lo.is_finite() && t.hi.is_finite() && t.lo < t.hi,
                "{lo} {hi} {t:?}"
            );
            assert!(!t.values.is_empty());
        }
    }

    #[test]
    fn labels_read_like_the_rest_of_the_app() {
        assert_eq!(Fmt::Money("USD", Lang::En).label(1_500_000.0), "$1.5M");
        assert_eq!(Fmt::Money("USD", Lang::En).label(-0.0), "$0");
        assert_eq!(Fmt::Count.label(3.0), "3");
        assert_eq!(Fmt::Count.label(2.5), "2.5");
        assert_eq!(Fmt::Percent.label(0.15), "15%");
        assert_eq!(Fmt::Percent.label(0.025), "2.5%");
        assert!(!Fmt::Money("USD", Lang::En).exact(1_250_000.0));
        assert!(Fmt::Money("USD", Lang::En).exact(25_000.0));
    }

    #[test]
    fn chinese_money_ticks_count_in_wan() {
        let zh = Fmt::Money("CNY", Lang::ZhCn);
        assert_eq!(zh.label(1_500_000.0), "¥150万");
        let t = nice_ticks(0.0, 1_230_000.0, zh, 5, true);
        let labels: Vec<String> = t.values.iter().map(|&v| zh.label(v)).collect();
        assert_eq!(labels, ["¥0", "¥50万", "¥100万", "¥150万"]);
        // 12.5万 shows as 13万: not a tick's label.
        assert!(!zh.exact(125_000.0) && zh.exact(85_000.0) && zh.exact(2.5e8));
    }

    #[test]
    fn wide_characters_take_a_whole_em() {
        let near = |a: f64, b: f64| (a - b).abs() < 1e-9;
        assert!(near(text_width("ab", 10.0), 12.4));
        assert!(near(text_width("季度", 10.0), 20.0));
        assert!(near(text_width("2027年第1季度", 10.0), 71.0));
    }

    #[test]
    fn label_steps_thin_crowded_axes() {
        assert_eq!(label_step(52.0, 70.0), 1);
        assert_eq!(label_step(52.0, 37.0), 2);
        assert_eq!(label_step(52.0, 24.0), 4);
        assert_eq!(label_step(52.0, 12.0), 8);
        assert_eq!(label_step(52.0, 0.0), 1);
        assert_eq!(label_step(f64::INFINITY, 10.0), 1);
    }

    #[test]
    fn linear_maps_and_degenerate_domains() {
        let l = Linear {
            d0: 0.0,
            d1: 10.0,
            r0: 100.0,
            r1: 0.0,
        };
        assert_eq!(l.at(5.0), 50.0);
        let l = Linear {
            d0: 1.0,
            d1: 1.0,
            r0: 0.0,
            r1: 10.0,
        };
        assert_eq!(l.at(1.0), 5.0);
    }
}
