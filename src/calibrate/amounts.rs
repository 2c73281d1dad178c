//! Amounts of money as exports write them, read a column at a time: a currency's sign or code
//! on either side (`$1,200.50`, `1.200,50 €`, `USD 1,200`, `CHF 1'200`), a minus or the
//! accountants' brackets for a negative amount (`-300`, `(300)`), and digits grouped by
//! commas, points, spaces or apostrophes. Whether the column writes decimals with a point or a
//! comma is decided once from all its cells ([`amount_reading`]): `1,200` alone says nothing,
//! `1.200,50` or `1,5` does.
//!
//! The digits, once their separators are understood, are read by `str::parse::<f64>`.

use crate::i18n::{Args, Message};

use super::dates::shown;

/// The character a column writes decimals with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DecimalMark {
    /// `1,200.50`: a point, commas grouping thousands.
    Point,
    /// `1.200,50`: a comma, points grouping thousands.
    Comma,
}

impl DecimalMark {
    fn char(self) -> char {
        match self {
            DecimalMark::Point => '.',
            DecimalMark::Comma => ',',
        }
    }
}

/// Whether `c` is a currency's sign (Unicode's currency symbols: `$`, `¢`–`¥`, `₹`, `€`, ...).
fn is_currency_sign(c: char) -> bool {
    matches!(
        c,
        '$' | '\u{a2}'..='\u{a5}'
            | '\u{58f}'
            | '\u{60b}'
            | '\u{9f2}'
            | '\u{9f3}'
            | '\u{e3f}'
            | '\u{17db}'
            | '\u{20a0}'..='\u{20cf}'
            | '\u{fdfc}'
            | '\u{fe69}'
            | '\u{ff04}'
            | '\u{ffe0}'
            | '\u{ffe1}'
            | '\u{ffe5}'
            | '\u{ffe6}'
    )
}

/// Whether `c` groups digits in every column: spaces (also no-break ones) and apostrophes.
fn is_group_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '\u{2019}'
    )
}

/// Letters after an amount that multiply it (`1.2M`, `5k`): refused rather than read as a
/// currency's code, which would drop the multiplier.
const MULTIPLIERS: [&str; 7] = ["k", "m", "b", "t", "mm", "mn", "bn"];

/// What comes before or after the digits: a currency's sign or code, and spaces.
fn is_affix(c: char) -> bool {
    c.is_alphabetic() || is_currency_sign(c) || c.is_whitespace()
}

/// `text` without a currency on either side, or `None` when a side is a multiplier.
fn without_currency(text: &str) -> Option<&str> {
    let bare = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_digit() || b"().,-+".contains(b));
    if bare(text.as_bytes().first()) && bare(text.as_bytes().last()) {
        return Some(text);
    }
    let inner = text.trim_matches(is_affix);
    let start = text.len() - text.trim_start_matches(is_affix).len();
    let end = start + inner.len();
    let multiplier = |side: &str| {
        let letters: String = side
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        MULTIPLIERS.contains(&letters.as_str())
    };
    if inner.is_empty() {
        return Some(inner);
    }
    (!multiplier(&text[..start]) && !multiplier(&text[end..])).then_some(inner)
}

/// A cell's number without its currency and sign: whether it is negative, and its digits and
/// separators. `None` when something other than a currency surrounds them.
fn figures(cell: &str) -> Option<(bool, &str)> {
    let mut text = cell.trim();
    let mut negative = false;
    // Brackets and a sign may come outside or inside the currency: `(USD 300)`, `-$300`, `$-300`.
    for _ in 0..2 {
        if let Some(inner) = text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
            negative = true;
            text = inner;
        }
        text = without_currency(text)?;
        if let Some(rest) = text.strip_prefix(['-', '\u{2212}']) {
            negative = true;
            text = rest;
        } else if let Some(rest) = text.strip_prefix('+') {
            text = rest;
        }
    }
    Some((negative, text))
}

/// What a cell's separators say of the column's decimal mark: the last of a point and a comma
/// is the decimal one; one separator with one, two or more than three digits after it is
/// decimal; separators repeated group thousands; one with three digits after says nothing.
fn evidence(figures: &str) -> Option<DecimalMark> {
    let (points, commas) = figures.chars().fold((0, 0), |(p, c), ch| match ch {
        '.' => (p + 1, c),
        ',' => (p, c + 1),
        _ => (p, c),
    });
    let digits_after = |mark: char| {
        figures
            .rsplit_once(mark)
            .map_or(0, |(_, after)| after.chars().count())
    };
    match (points, commas) {
        (0, 0) => None,
        (p, c) if p > 0 && c > 0 => Some(if figures.rfind('.') > figures.rfind(',') {
            DecimalMark::Point
        } else {
            DecimalMark::Comma
        }),
        (1, 0) => (digits_after('.') != 3).then_some(DecimalMark::Point),
        (0, 1) => (digits_after(',') != 3).then_some(DecimalMark::Comma),
        (_, 0) => Some(DecimalMark::Comma),
        _ => Some(DecimalMark::Point),
    }
}

/// Why a cell is no amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Miss {
    /// Not a number at all.
    NotAmount,
    /// Digits with separators where the column's marks cannot put them.
    Separators,
}

/// The value of `figures` with `mark` as the decimal mark (`None`: neither point nor comma
/// is decimal; both group).
fn value(figures: &str, mark: Option<DecimalMark>) -> Result<f64, Miss> {
    if !figures
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || is_group_space(c))
        || !figures.chars().any(|c| c.is_ascii_digit())
    {
        return Err(Miss::NotAmount);
    }
    let (whole, fraction) = match mark {
        Some(mark) => match figures.split_once(mark.char()) {
            Some((whole, fraction)) => (whole, Some(fraction)),
            None => (figures, None),
        },
        None => (figures, None),
    };
    // The digits and the decimal point, as `str::parse` reads them. Every byte kept is ASCII.
    let mut number = Vec::with_capacity(figures.len());
    let group_count = whole.split(|c: char| !c.is_ascii_digit()).count();
    for (i, group) in whole.split(|c: char| !c.is_ascii_digit()).enumerate() {
        let fits = match i {
            _ if group_count == 1 => true,
            0 => (1..=3).contains(&group.len()),
            i if i + 1 == group_count => group.len() == 3,
            // Two-digit groups between: India's lakhs and crores (`12,34,567`).
            _ => (2..=3).contains(&group.len()),
        };
        if !fits {
            return Err(Miss::Separators);
        }
        number.extend_from_slice(group.as_bytes());
    }
    if let Some(fraction) = fraction {
        if !fraction.bytes().all(|b| b.is_ascii_digit())
            || (whole.is_empty() && fraction.is_empty())
        {
            return Err(Miss::Separators);
        }
        number.push(b'.');
        number.extend_from_slice(fraction.as_bytes());
    }
    let number = std::str::from_utf8(&number).map_err(|_| Miss::NotAmount)?;
    let v: f64 = number.parse().map_err(|_| Miss::NotAmount)?;
    if v.is_finite() {
        Ok(v)
    } else {
        Err(Miss::NotAmount)
    }
}

/// How a column writes its amounts: the decimal mark decided from its cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AmountReading {
    decimal: Option<DecimalMark>,
}

/// Decides a column's decimal mark from its cells: the mark most cells tell (see
/// [`AmountReading::decimal`]); a point when as many tell a comma.
pub fn amount_reading<'a>(cells: impl IntoIterator<Item = &'a str>) -> AmountReading {
    let (mut points, mut commas) = (0usize, 0usize);
    for cell in cells {
        match figures(cell).and_then(|(_, f)| evidence(f)) {
            Some(DecimalMark::Point) => points += 1,
            Some(DecimalMark::Comma) => commas += 1,
            None => {}
        }
    }
    let decimal = match (points, commas) {
        (0, 0) => None,
        (p, c) if c > p => Some(DecimalMark::Comma),
        _ => Some(DecimalMark::Point),
    };
    AmountReading { decimal }
}

impl AmountReading {
    /// The decimal mark the column's cells told; `None` when none did (every separator had
    /// three digits after it, as in `1,200` or `€1.200`): then a cell's own separators decide,
    /// and one with three digits after it groups thousands.
    pub fn decimal(&self) -> Option<DecimalMark> {
        self.decimal
    }

    /// The amount in `cell`: `Ok(None)` for an empty cell; `Err(reason)` names the value (and,
    /// when its separators are out of place, an amount written as the column writes them).
    pub fn read(&self, cell: &str) -> Result<Option<f64>, Message> {
        if cell.trim().is_empty() {
            return Ok(None);
        }
        let refuse = |miss: Miss| {
            let args = Args::new().text("value", shown(cell.trim()));
            match miss {
                Miss::NotAmount => Message::with("error-calibrate-amount-unreadable", args),
                Miss::Separators => {
                    let example = match self.decimal {
                        Some(DecimalMark::Comma) => "1.234,56",
                        _ => "1,234.56",
                    };
                    Message::with(
                        "error-calibrate-amount-separators",
                        args.text("example", example),
                    )
                }
            }
        };
        let (negative, figures) = figures(cell).ok_or_else(|| refuse(Miss::NotAmount))?;
        let mark = self.decimal.or_else(|| evidence(figures));
        let v = value(figures, mark).map_err(refuse)?;
        Ok(Some(if negative && v != 0.0 { -v } else { v }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Catalogue, Lang};

    fn said(message: &Message) -> String {
        i18n::with_english(|en| en.text(message))
    }

    #[test]
    fn amounts_read_as_exports_write_them() {
        for (cells, want) in [
            (&["$1,200.50", "$300.00"][..], 1200.5),
            (&["1.200,50 €", "300,00 €"], 1200.5),
            (&["(300)"], -300.0),
            (&["-300"], -300.0),
            (&["-$300"], -300.0),
            (&["$-300"], -300.0),
            (&["(USD 300)"], -300.0),
            (&["1 200,50"], 1200.5),
            (&["1\u{a0}200,50"], 1200.5),
            (&["1'200.50"], 1200.5),
            (&["USD 1,200"], 1200.0),
            (&["€1.200"], 1200.0),
            (&["1200"], 1200.0),
            (&["CHF 1'200"], 1200.0),
            (&["US$1,200.5"], 1200.5),
            (&["R$ 1.200,50"], 1200.5),
            (&["12,34,567.00"], 1_234_567.0),
            (&["0.5"], 0.5),
            (&["-0"], 0.0),
        ] {
            let reading = amount_reading(cells.iter().copied());
            let got = reading
                .read(cells[0])
                .unwrap_or_else(|e| panic!("{cells:?}: {e:?}"));
            assert_eq!(got, Some(want), "{cells:?}");
        }
    }

    #[test]
    fn the_decimal_mark_is_told_by_the_column() {
        // `1,200` alone groups thousands.
        let plain = amount_reading(["1,200", "3,400"]);
        assert_eq!(plain.decimal(), None);
        assert_eq!(plain.read("1,200").unwrap(), Some(1200.0));
        assert_eq!(plain.read("€1.200").unwrap(), Some(1200.0));
        // A cell the column was not decided from tells for itself.
        assert_eq!(plain.read("1200.5").unwrap(), Some(1200.5));
        assert_eq!(plain.read("1.200,5").unwrap(), Some(1200.5));
        // One cell with a decimal comma tells for all.
        let comma = amount_reading(["1,200", "1,5", ""]);
        assert_eq!(comma.decimal(), Some(DecimalMark::Comma));
        assert_eq!(comma.read("1,200").unwrap(), Some(1.2));
        assert_eq!(comma.read("1.200").unwrap(), Some(1200.0));
        assert_eq!(comma.read("1,50").unwrap(), Some(1.5));
        let both = amount_reading(["1.200,50", "300"]);
        assert_eq!(both.decimal(), Some(DecimalMark::Comma));
        let point = amount_reading(["1,200.50", "1,200"]);
        assert_eq!(point.decimal(), Some(DecimalMark::Point));
        assert_eq!(point.read("1,200").unwrap(), Some(1200.0));
        // Points repeated group thousands.
        assert_eq!(
            amount_reading(["1.200.000"]).decimal(),
            Some(DecimalMark::Comma)
        );
    }

    #[test]
    fn what_is_no_amount_is_refused_by_name() {
        let reading = amount_reading(["$1,200.50"]);
        for cell in [
            "abc", "NaN", "inf", "-inf", "1e3", "1.2M", "5k", "12 USD 5", "--", "$",
        ] {
            let e = reading.read(cell).unwrap_err();
            assert_eq!(e.id, "error-calibrate-amount-unreadable", "{cell}");
            assert!(said(&e).contains(cell), "{}", said(&e));
        }
        for cell in ["1.2.3,4,5", "1,5", "12,00", "1,2345.6"] {
            let e = reading.read(cell).unwrap_err();
            assert_eq!(e.id, "error-calibrate-amount-separators", "{cell}");
            let text = said(&e);
            assert!(text.contains(cell) && text.contains("1,234.56"), "{text}");
        }
        let e = amount_reading(["1.200,50"]).read("1,200.50").unwrap_err();
        assert!(said(&e).contains("1.234,56"), "{}", said(&e));
        assert!(amount_reading(["1.2.3,4,5"]).read("1.2.3,4,5").is_err());
        let huge = "9".repeat(400);
        assert!(reading.read(&huge).is_err());
        assert_eq!(reading.read("  ").unwrap(), None);
        let zh = Catalogue::embedded(Lang::ZhCn).text(&reading.read("abc").unwrap_err());
        assert!(zh.contains("abc") && !zh.contains("amount"), "{zh}");
    }
}
