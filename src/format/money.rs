//! Money, shares and plain numbers as text, in the two styles Pipesim writes them: rounded for
//! reading a report (`$1.2M`, `63.2%`), and exact for the editor, where what is shown must read
//! back to the same value (`$165,432`, `12.5%`). One table of currencies serves both, and the
//! editor's reader of typed amounts.

use crate::model::field::format_number;
use crate::model::Unit;

/// Currencies written with a sign of their own, by code; any other currency is written by its
/// code and a space (`CHF 80K`). An empty currency is dollars.
pub const CURRENCY_SIGNS: [(&str, &str); 4] =
    [("USD", "$"), ("EUR", "€"), ("GBP", "£"), ("JPY", "¥")];

/// The scales of large amounts the editor writes, largest first, with their powers of ten.
const SCALES: [(f64, i32, &str); 3] = [(1e9, 9, "B"), (1e6, 6, "M"), (1e3, 3, "K")];

/// The sign of a currency, if it has one.
fn sign_of(currency: &str) -> Option<&'static str> {
    if currency.is_empty() {
        return Some("$");
    }
    CURRENCY_SIGNS
        .iter()
        .find(|(code, _)| *code == currency)
        .map(|(_, sign)| *sign)
}

/// Whether a word is a currency code: three capital letters, such as `CHF`.
pub fn is_currency_code(word: &str) -> bool {
    word.len() == 3 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// The symbol written before amounts of a currency: `$` for USD, else the code and a space.
pub fn currency_symbol(currency: &str) -> String {
    match sign_of(currency) {
        Some(sign) => sign.into(),
        None => format!("{currency} "),
    }
}

/// The symbol the editor writes before amounts, one that its reader takes back: a sign, a code
/// and a space, or nothing for a currency not named by a code.
fn exact_currency_symbol(currency: &str) -> String {
    match sign_of(currency) {
        Some(sign) => sign.into(),
        None if is_currency_code(currency) => format!("{currency} "),
        None => String::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// Rounded, for reports
// ---------------------------------------------------------------------------------------------

/// Money for people: `$950`, `$8.5K`, `$85K`, `$1.2M`, `$12M`, `$3.4B`; negative as `−$1.2M`.
pub fn money(x: f64, currency: &str) -> String {
    let symbol = currency_symbol(currency);
    if !x.is_finite() {
        return format!("{symbol}{x}");
    }
    let sign = if x < 0.0 { "−" } else { "" };
    let a = x.abs();
    let (scaled, suffix) = if a >= 1e9 {
        (a / 1e9, "B")
    } else if a >= 1e6 {
        (a / 1e6, "M")
    } else if a >= 1e3 {
        (a / 1e3, "K")
    } else {
        return format!("{sign}{symbol}{}", libm::round(a) as i64);
    };
    let text = if scaled < 9.95 {
        format!("{scaled:.1}")
    } else {
        format!("{:.0}", scaled)
    };
    let text = text.strip_suffix(".0").unwrap_or(&text).to_string();
    format!("{sign}{symbol}{text}{suffix}")
}

/// A count for people: whole numbers plainly, others with one decimal.
pub fn count(x: f64) -> String {
    if (x - x.round()).abs() < 0.05 {
        format!("{}", x.round() as i64)
    } else {
        format!("{x:.1}")
    }
}

/// A probability as a percentage: `63.2%`.
pub fn percent(p: f64) -> String {
    format!("{:.1}%", p * 100.0)
}

// ---------------------------------------------------------------------------------------------
// Exact, for the editor
// ---------------------------------------------------------------------------------------------

/// Whether decimal text times ten to the `exp` is exactly `x`: the editor's reader turns `1.2M`
/// into the double nearest 1.2e6, so a text is shown only when that double is the value.
fn reads_back(decimal: &str, exp: i32, x: f64) -> bool {
    format!("{decimal}e{exp}").parse::<f64>() == Ok(x)
}

/// Inserts commas every three digits of the whole part of a plain decimal text.
fn group_thousands(text: &str) -> String {
    let (sign, rest) = match text.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", text),
    };
    let (int, frac) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    if int.len() <= 3 || !int.bytes().all(|b| b.is_ascii_digit()) {
        return text.to_string();
    }
    let mut out = String::with_capacity(int.len() + int.len() / 3 + 2);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

/// A plain number that reads back exactly: `1,200`, `0.35`, `1e-7`.
pub fn plain(x: f64) -> String {
    if x == 0.0 {
        return "0".into();
    }
    if !x.is_finite() || x.abs() >= 1e15 || x.abs() < 1e-6 {
        return format_number(x);
    }
    group_thousands(&format!("{x}"))
}

fn trim_zeros(text: String) -> String {
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// A share as the shortest percentage that reads back exactly: 0.35 → `35%`.
pub fn exact_share(x: f64) -> String {
    if x == 0.0 {
        return "0%".into();
    }
    if !x.is_finite() {
        return format_number(x);
    }
    for decimals in 0..=17 {
        let digits = trim_zeros(format!("{:.*}", decimals, x * 100.0));
        if reads_back(&digits, -2, x) {
            return format!("{digits}%");
        }
    }
    if x.abs() <= 1.0 {
        // A fraction up to 1 reads as a fraction, exactly.
        plain(x)
    } else {
        format!("{}%", x * 100.0)
    }
}

/// A number of a unit the way the editor shows it: shares as percentages, others plain.
pub fn exact_number(x: f64, unit: Unit) -> String {
    if unit == Unit::Share {
        exact_share(x)
    } else {
        plain(x)
    }
}

/// Money the way people say it when that is exact (`$160K`, `$1.2M`), else in full
/// (`$165,432`), so the text reads back to the same amount.
pub fn exact_money(x: f64, currency: &str) -> String {
    exact_scaled(x, &exact_currency_symbol(currency), &SCALES, 2)
}

/// `x` after `symbol` in the largest of `scales` (largest first) that writes it exactly with
/// at most `decimals` decimals, else in full with commas; negative with `-`, which the editor
/// reads back.
pub(crate) fn exact_scaled(
    x: f64,
    symbol: &str,
    scales: &[(f64, i32, &str)],
    decimals: usize,
) -> String {
    if !x.is_finite() {
        return format_number(x);
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let a = x.abs();
    if let Some((scale, exp, suffix)) = scales.iter().find(|(s, ..)| a >= *s) {
        for decimals in 0..=decimals {
            let digits = trim_zeros(format!("{:.*}", decimals, a / scale));
            if reads_back(&digits, *exp, a) {
                return format!("{sign}{symbol}{digits}{suffix}");
            }
        }
    }
    format!("{sign}{symbol}{}", plain(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_reads_like_a_person_writes_it() {
        assert_eq!(money(950.0, "USD"), "$950");
        assert_eq!(money(8_500.0, "USD"), "$8.5K");
        assert_eq!(money(85_000.0, "USD"), "$85K");
        assert_eq!(money(1_234_567.0, "USD"), "$1.2M");
        assert_eq!(money(1_000_000.0, "USD"), "$1M");
        assert_eq!(money(12_400_000.0, "USD"), "$12M");
        assert_eq!(money(-1_200_000.0, "USD"), "−$1.2M");
        assert_eq!(money(3.4e9, "EUR"), "€3.4B");
        assert_eq!(money(2_000.0, "CHF"), "CHF 2K");
    }
}
