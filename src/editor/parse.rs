//! Reading values as people type them: numbers (`1,200`, `5k`, `$1.2M`, `35%`), whole numbers,
//! hiring plans, bookings targets and uncertain values (`5 to 10`, `5, 7, 10`, `mean 7.5, sd 3`),
//! each with the reason in words when the text does not read. Nothing here panics, whatever the
//! text; ranges are not checked here, [`set_field`](super::set_field) does that.

use std::fmt;

use crate::format::money::{exact_number, is_currency_code, CURRENCY_SIGNS};
use crate::i18n::{self, Args, Catalogue, Message};
use crate::model::dist::DIST_FORMS;
use crate::model::field::format_number;
use crate::model::{Dist, PlanEntry, Target, Unit};

/// Why typed text does not read: a message of `locales/*/errors.ftl` (`error-typed-…`),
/// English when displayed, in any language through [`TypedError::say`]. What was typed is an
/// argument, shown as text.
#[derive(Debug, Clone, PartialEq)]
pub struct TypedError(pub Message);

impl TypedError {
    fn new(id: &'static str) -> TypedError {
        TypedError(Message::new(id))
    }

    fn with(id: &'static str, args: Args) -> TypedError {
        TypedError(Message::with(id, args))
    }

    /// Message `id` about the text `typed`.
    fn about(id: &'static str, typed: &str) -> TypedError {
        TypedError::with(id, Args::new().text("text", typed))
    }

    /// "“text” is not a number": for a control whose text did not read as one.
    pub fn not_a_number(typed: &str) -> TypedError {
        TypedError::about("error-typed-not-a-number", typed)
    }

    /// The reason in `catalogue`'s language.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        catalogue.text(&self.0)
    }
}

impl fmt::Display for TypedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&i18n::with_english(|en| self.say(en)))
    }
}

impl std::error::Error for TypedError {}

/// The English reason, for callers that keep reasons as text (the CLI's flags).
impl From<TypedError> for String {
    fn from(error: TypedError) -> String {
        error.to_string()
    }
}

/// A 90% range "lo to hi" of a normal spans `mean ± Z90 · sd`: the sampler's constant, so that
/// a range typed in the editor and the range the engine draws from agree to the bit.
pub use crate::sampling::distributions::Z90;

// ---------------------------------------------------------------------------------------------
// Reading numbers
// ---------------------------------------------------------------------------------------------

/// A number as typed: sign, decimal digits and a power of ten, so that `5k`, `1.2M` and `35%`
/// become exactly the nearest double to what was meant.
#[derive(Debug, Clone)]
struct Typed {
    negative: bool,
    digits: String,
    exp: i64,
    percent: bool,
}

impl Typed {
    fn value(&self, extra_exp: i64, original: &str) -> Result<f64, TypedError> {
        let exp = (self.exp + extra_exp).clamp(-100_000, 100_000);
        let sign = if self.negative { "-" } else { "" };
        let x: f64 = format!("{sign}{}e{exp}", self.digits)
            .parse()
            .map_err(|_| TypedError::about("error-typed-not-a-number", original))?;
        if x.is_finite() {
            Ok(x)
        } else {
            Err(TypedError::about("error-typed-too-large", original))
        }
    }
}

fn strip_sign(s: &mut &str) -> Option<bool> {
    for (c, negative) in [('-', true), ('−', true), ('+', false)] {
        if let Some(rest) = s.strip_prefix(c) {
            *s = rest.trim_start();
            return Some(negative);
        }
    }
    None
}

/// Signs the page writes in Chinese (CLDR's `US$`, `CN¥`, `JP¥`) and the full-width yuan
/// sign, read like the plain ones: the currency is the scenario's, the sign only says "money".
const LOCAL_SIGNS: [&str; 4] = ["US$", "CN¥", "JP¥", "￥"];

fn strip_currency_prefix(s: &mut &str) -> bool {
    for sign in LOCAL_SIGNS {
        if let Some(rest) = s.strip_prefix(sign) {
            *s = rest.trim_start();
            return true;
        }
    }
    for (_, sign) in CURRENCY_SIGNS {
        if let Some(rest) = s.strip_prefix(sign) {
            *s = rest.trim_start();
            return true;
        }
    }
    if s.len() > 3
        && s.is_char_boundary(3)
        && is_currency_code(&s[..3])
        && !s[3..].starts_with(|c: char| c.is_alphabetic())
    {
        *s = s[3..].trim_start();
        return true;
    }
    false
}

fn strip_currency_suffix(s: &mut &str) -> bool {
    // "1,200万元": the yuan written as a word after the amount.
    for sign in LOCAL_SIGNS.iter().chain(&["元"]) {
        if let Some(rest) = s.strip_suffix(sign) {
            *s = rest.trim_end();
            return true;
        }
    }
    for (_, sign) in CURRENCY_SIGNS {
        if let Some(rest) = s.strip_suffix(sign) {
            *s = rest.trim_end();
            return true;
        }
    }
    let n = s.len();
    if n > 3
        && s.is_char_boundary(n - 3)
        && is_currency_code(&s[n - 3..])
        && !s[..n - 3].ends_with(|c: char| c.is_alphabetic())
    {
        *s = s[..n - 3].trim_end();
        return true;
    }
    false
}

/// Strips `suffix` from the end of `s`, ignoring ASCII case.
fn strip_suffix_nocase<'t>(s: &'t str, suffix: &str) -> Option<&'t str> {
    let n = s.len().checked_sub(suffix.len())?;
    (s.is_char_boundary(n) && s[n..].eq_ignore_ascii_case(suffix)).then(|| s[..n].trim_end())
}

/// Unit words allowed after a number, and scale suffixes with their power of ten.
fn strip_suffix_word(s: &mut &str, unit: Unit) -> i64 {
    let unit_words: &[&str] = match unit {
        Unit::Months => &["months", "month", "mos", "mo", "m", "个月", "月"],
        Unit::Hours => &["hours", "hour", "hrs", "hr", "h", "小时"],
        Unit::Multiplier => &["x", "×", "倍"],
        _ => &[],
    };
    for w in unit_words {
        if let Some(rest) = strip_suffix_nocase(s, w) {
            *s = rest;
            return 0;
        }
    }
    // Chinese counts large numbers in 万 (10⁴) and 亿 (10⁸): 1,200万 is 12 million.
    for (w, exp) in [
        ("bn", 9),
        ("mn", 6),
        ("mm", 6),
        ("b", 9),
        ("m", 6),
        ("k", 3),
        ("亿", 8),
        ("千万", 7),
        ("百万", 6),
        ("万", 4),
        ("千", 3),
    ] {
        if let Some(rest) = strip_suffix_nocase(s, w) {
            *s = rest;
            return exp;
        }
    }
    0
}

/// Reads a typed number into sign, digits and power of ten; every scale and `%` applied, the
/// share rule not yet.
fn read_typed(text: &str, unit: Unit) -> Result<Typed, TypedError> {
    let original = text.trim();
    if original.is_empty() {
        return Err(TypedError::new("error-typed-empty"));
    }
    let mut s = original;
    let mut negative = strip_sign(&mut s);
    let mut currency = strip_currency_prefix(&mut s);
    if negative.is_none() {
        negative = strip_sign(&mut s);
    }
    currency |= strip_currency_suffix(&mut s);
    let mut percent = false;
    let mut exp: i64 = 0;
    if let Some(rest) = s.strip_suffix('%') {
        s = rest.trim_end();
        percent = true;
        exp = -2;
    } else {
        exp += strip_suffix_word(&mut s, unit);
    }
    if currency && unit != Unit::Money {
        return Err(TypedError::about("error-typed-currency", original));
    }
    // Mantissa and exponent.
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    if let Some(e) = exponent {
        let digits = e.strip_prefix(['-', '+']).unwrap_or(e);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(TypedError::about("error-typed-not-a-number", original));
        }
        let e: i64 = e
            .parse()
            .map_err(|_| TypedError::about("error-typed-exponent", original))?;
        if e.abs() > 10_000 {
            return Err(TypedError::about("error-typed-exponent", original));
        }
        exp += e;
    }
    let (int, frac) = match mantissa.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mantissa, ""),
    };
    let digit_only = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if !digit_only(frac)
        || !int.bytes().all(|b| b.is_ascii_digit() || b == b',')
        || int.len() + frac.len() == 0
    {
        return Err(TypedError::about("error-typed-not-a-number", original));
    }
    if int.contains(',') {
        let mut groups = int.split(',');
        let first = groups.next().unwrap_or("");
        let ok = (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3);
        if !ok {
            return Err(TypedError::about("error-typed-comma", original));
        }
    }
    let int: String = int.chars().filter(|c| *c != ',').collect();
    if int.is_empty() && frac.is_empty() {
        return Err(TypedError::about("error-typed-not-a-number", original));
    }
    let digits = format!(
        "{}.{}",
        if int.is_empty() { "0" } else { &int },
        if frac.is_empty() { "0" } else { frac }
    );
    Ok(Typed {
        negative: negative.unwrap_or(false),
        digits,
        exp,
        percent,
    })
}

/// Reads a number as a person types it, with the reason when it cannot.
///
/// Spaces around the text are ignored. Accepted: `5`, `-5` (also with `−`), `1,200` (commas
/// group thousands, so they must fall every three digits), `2.5`, `1e-3`, the scales `k`
/// (thousand), `M`/`m`/`mm`/`mn` (million) and `B`/`bn` (billion) in any case, such as `5k` or
/// `1.2M`, and `%` (`150%` is 1.5). Money may carry a currency sign or code: `$80k`, `€1.2M`,
/// `USD 80,000`; other units refuse one. A few unit words may follow: `months`/`mo`/`m` for
/// months (so there `m` means months, not million), `hours`/`h` for hours, `x`/`×` for
/// multipliers.
///
/// **Shares** (`Unit::Share`) are fractions from 0 to 1, and may be typed as `35%` or `0.35`.
/// A share typed without `%` and above 1 is read as a percentage: `35` is 35% (0.35), while
/// `1` stays 100% and `0.5` stays 50%. So to enter 1.5% type `1.5%`; to enter a share above
/// 100% (only a morale threshold takes one) type it with `%`, as in `150%`.
///
/// The value is not checked against the field's range; [`set_field`](super::set_field) does
/// that.
pub fn parse_number(text: &str, unit: Unit) -> Result<f64, TypedError> {
    let typed = read_typed(text, unit)?;
    let original = text.trim();
    let x = typed.value(0, original)?;
    if unit == Unit::Share && !typed.percent && x > 1.0 {
        return typed.value(-2, original);
    }
    Ok(x)
}

/// Reads a hiring plan typed as "3: 2, 6: 1" (month: count, comma separated); empty text is
/// no plan.
pub fn parse_plan(text: &str) -> Result<Vec<PlanEntry>, TypedError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(Vec::new());
    }
    text.split(',')
        .map(|part| {
            let (month, count) = part
                .split_once(':')
                .ok_or_else(|| TypedError::about("error-typed-plan-entry", part.trim()))?;
            Ok(PlanEntry {
                month: parse_integer(month)?,
                count: parse_integer(count)?,
            })
        })
        .collect()
}

/// Reads a bookings target: empty text is none, one amount ("250k") is every quarter's, and
/// amounts separated by ";" ("100k; 150k; …") are one per quarter.
pub fn parse_target(text: &str) -> Result<Target, TypedError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(Target::None);
    }
    let values = text
        .split(';')
        .map(|p| parse_number(p, Unit::Money))
        .collect::<Result<Vec<f64>, TypedError>>()?;
    Ok(if values.len() == 1 {
        Target::Every(values[0])
    } else {
        Target::PerQuarter(values)
    })
}

/// Reads a whole number (a count or a month) from 0 to 4,294,967,295, with the reason when it
/// cannot. Accepts `12`, `1,200` and `2k`.
pub fn parse_integer(text: &str) -> Result<u32, TypedError> {
    let original = text.trim();
    let typed = read_typed(text, Unit::Count)?;
    if typed.percent {
        return Err(TypedError::about("error-typed-percentage", original));
    }
    let x = typed.value(0, original)?;
    if x < 0.0 {
        Err(TypedError::about("error-typed-negative", original))
    } else if x != x.trunc() {
        Err(TypedError::about("error-typed-not-whole", original))
    } else if x > u32::MAX as f64 {
        Err(TypedError::about("error-typed-too-large", original))
    } else {
        Ok(x as u32)
    }
}

// ---------------------------------------------------------------------------------------------
// Reading uncertain values
// ---------------------------------------------------------------------------------------------

/// Finds `needle` (ASCII) in `hay` ignoring ASCII case; returns the byte index.
fn find_nocase(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// Splits a range "lo to hi" (also `lo-hi`, `lo – hi`, `lo — hi`, `lo .. hi`, `lo … hi`, and
/// Chinese `lo 至 hi`, `lo 到 hi`, `lo ~ hi`).
fn split_range(text: &str) -> Option<(&str, &str)> {
    if let Some(i) = find_nocase(text, " to ") {
        return Some((&text[..i], &text[i + 4..]));
    }
    for sep in ["...", "..", "…", "–", "—", "至", "到", "~", "～"] {
        if let Some((a, b)) = text.split_once(sep) {
            return Some((a, b));
        }
    }
    // A hyphen is a range only after a number's end, not as a sign or an exponent's sign.
    let mut last: Option<char> = None;
    for (i, c) in text.char_indices() {
        if c == '-' {
            if let Some(p) = last {
                if (p.is_alphanumeric() && !matches!(p, 'e' | 'E')) || matches!(p, '%' | '.' | '×')
                {
                    return Some((&text[..i], &text[i + 1..]));
                }
            }
        }
        if !c.is_whitespace() {
            last = Some(c);
        }
    }
    None
}

/// Splits a list "5, 7, 10" (also with `;`). A comma directly between digits groups thousands
/// when that reads as one number, so "10,000, 50,000, 100,000" is three numbers and "5,7,10"
/// is three too.
fn split_list(text: &str, unit: Unit) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let separates = c == ';' || (c == ',' && chars.peek().is_some_and(|n| n.is_whitespace()));
        if separates {
            parts.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    parts.push(current);
    parts
        .into_iter()
        .flat_map(|p| {
            if p.contains(',') && read_typed(&p, unit).is_err() {
                p.split(',').map(str::to_string).collect::<Vec<_>>()
            } else {
                vec![p]
            }
        })
        .map(|p| p.trim().to_string())
        .collect()
}

/// Reads several numbers of one field. For shares: when any number typed without `%` is above
/// 1, every number typed without `%` is a percentage, so "5 to 10" is 5% to 10%.
fn read_numbers(parts: &[&str], unit: Unit) -> Result<Vec<f64>, TypedError> {
    let typed: Vec<(Typed, &str)> = parts
        .iter()
        .map(|p| {
            let p = p.trim();
            if p.is_empty() {
                Err(TypedError::new("error-typed-value-missing"))
            } else {
                read_typed(p, unit).map(|t| (t, p))
            }
        })
        .collect::<Result<_, _>>()?;
    let mut percents = false;
    if unit == Unit::Share {
        for (t, p) in &typed {
            if !t.percent && t.value(0, p)? > 1.0 {
                percents = true;
            }
        }
    }
    typed
        .iter()
        .map(|(t, p)| t.value(if percents && !t.percent { -2 } else { 0 }, p))
        .collect()
}

/// Reads "mean 7.5, sd 3" or "7.5 ± 3" (also `+/-`): a normal's mean and standard deviation.
fn split_mean_sd(text: &str) -> Option<(&str, &str)> {
    let (mean, sd) = if let Some(pair) = text.split_once('±') {
        pair
    } else if let Some(pair) = text.split_once("+/-") {
        pair
    } else {
        let i = find_nocase(text, "sd")?;
        (&text[..i], &text[i + 2..])
    };
    let mean = mean.trim().trim_end_matches([',', ';']).trim();
    let mean = match find_nocase(mean, "mean") {
        Some(0) => &mean[4..],
        _ => mean,
    };
    let mean = mean.trim().trim_start_matches([':', '=']).trim();
    let sd = sd.trim().trim_start_matches([':', '=']).trim();
    Some((mean, sd))
}

/// Reads an uncertain value typed the way people think, for the chosen form (one of
/// `fixed`, `uniform`, `triangular`, `pert`, `normal`, `lognormal`):
///
/// - `12`: a fixed value, whatever the form.
/// - `5 to 10` (also `5-10`, `5–10`, `5 .. 10`, or two numbers `5, 10`): a 90% range, low end
///   first. Lognormal: p5 = 5 and p95 = 10 (the low end must be above 0). Normal: mean 7.5 and
///   sd (10 − 5) / (2 · 1.6448536269514722). Uniform: from 5 to 10. Triangular and PERT: min 5,
///   mode at the midpoint, max 10. The low end must not be above the high end (for a lognormal,
///   it must be below it).
/// - `5, 7, 10`: min, most likely, max, for triangular and PERT; the other forms refuse three
///   numbers and say what they take.
/// - `mean 7.5, sd 3` (or `7.5 ± 3`): a normal's mean and standard deviation; normal only.
///
/// Each number reads as in [`parse_number`]: `$10k to $100k`, `10,000 to 100,000`, `5% to 10%`.
/// For shares, when any number of the text is typed without `%` and above 1, every number
/// without `%` is a percentage: `5 to 10` is 5% to 10%.
///
/// The values are not checked against the field's range; [`set_field`](super::set_field)
/// does that.
pub fn parse_dist(text: &str, form: &str, unit: Unit) -> Result<Dist, TypedError> {
    let form = form.trim();
    if !DIST_FORMS.contains(&form) {
        return Err(TypedError::with(
            "error-typed-not-a-shape",
            Args::new()
                .text("form", form)
                .text("forms", DIST_FORMS.join(", ")),
        ));
    }
    let t = text.trim();
    if t.is_empty() {
        return Err(TypedError::new("error-typed-empty-dist"));
    }
    if let Some((mean, sd)) = split_mean_sd(t) {
        if form != "normal" {
            return Err(TypedError::new("error-typed-mean-sd"));
        }
        let v = read_numbers(&[mean, sd], unit)?;
        if v[1] < 0.0 {
            return Err(TypedError::with(
                "error-typed-sd-negative",
                Args::new().text("sd", format_number(v[1])),
            ));
        }
        return Ok(Dist::Normal {
            mean: v[0],
            sd: v[1],
        });
    }
    let values = if let Some((lo, hi)) = split_range(t) {
        read_numbers(&[lo, hi], unit)?
    } else {
        let parts = split_list(t, unit);
        let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
        if refs.len() > 3 {
            return Err(TypedError::with(
                "error-typed-too-many",
                Args::new().text("count", refs.len().to_string()),
            ));
        }
        read_numbers(&refs, unit)?
    };
    let show = |x: f64| exact_number(x, unit);
    match (values.as_slice(), form) {
        ([x], _) => Ok(Dist::Fixed(*x)),
        ([..], "fixed") => Err(TypedError::new("error-typed-fixed")),
        ([lo, hi], _) if lo > hi || (form == "lognormal" && lo == hi) => Err(TypedError::with(
            "error-typed-range-order",
            Args::new().text("lo", show(*lo)).text("hi", show(*hi)),
        )),
        ([lo, hi], "lognormal") if *lo <= 0.0 => Err(TypedError::with(
            "error-typed-lognormal-zero",
            Args::new().text("lo", show(*lo)).text("hi", show(*hi)),
        )),
        ([lo, hi], "lognormal") => Ok(Dist::LogNormal { p5: *lo, p95: *hi }),
        ([lo, hi], "uniform") => Ok(Dist::Uniform { lo: *lo, hi: *hi }),
        ([lo, hi], "normal") => Ok(Dist::Normal {
            mean: (lo + hi) / 2.0,
            sd: (hi - lo) / (2.0 * Z90),
        }),
        ([lo, hi], "triangular") => Ok(Dist::Triangular {
            min: *lo,
            mode: (lo + hi) / 2.0,
            max: *hi,
        }),
        ([lo, hi], _) => Ok(Dist::Pert {
            min: *lo,
            mode: (lo + hi) / 2.0,
            max: *hi,
        }),
        ([min, mode, max], "triangular" | "pert") => {
            if !(min <= mode && mode <= max) {
                return Err(TypedError::with(
                    "error-typed-three-order",
                    Args::new()
                        .text("min", show(*min))
                        .text("mode", show(*mode))
                        .text("max", show(*max)),
                ));
            }
            Ok(if form == "triangular" {
                Dist::Triangular {
                    min: *min,
                    mode: *mode,
                    max: *max,
                }
            } else {
                Dist::Pert {
                    min: *min,
                    mode: *mode,
                    max: *max,
                }
            })
        }
        ([_, _, _], _) => Err(TypedError::with(
            "error-typed-three-numbers",
            Args::new().text("form", form),
        )),
        _ => Err(TypedError::new("error-typed-anything")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_ranges_and_lists_split() {
        assert_eq!(split_range("5 to 10"), Some(("5", "10")));
        assert_eq!(split_range("-5-10"), Some(("-5", "10")));
        assert_eq!(split_range("1e-5-1e-3"), Some(("1e-5", "1e-3")));
        assert_eq!(split_range("5, -3, 10"), None);
        assert_eq!(
            split_list("10,000, 50,000, 100,000", Unit::Money),
            ["10,000", "50,000", "100,000"]
        );
        assert_eq!(split_list("5,7,10", Unit::Count), ["5", "7", "10"]);
        assert_eq!(split_list("1,200", Unit::Count), ["1,200"]);
    }

    #[test]
    fn chinese_amounts_units_and_ranges_read() {
        for (typed, unit, value) in [
            ("1,200万", Unit::Money, 12_000_000.0),
            ("US$16万", Unit::Money, 160_000.0),
            ("¥1.2亿", Unit::Money, 120_000_000.0),
            ("CN¥ 3,000", Unit::Money, 3_000.0),
            ("50万元", Unit::Money, 500_000.0),
            ("−US$2.5万", Unit::Money, -25_000.0),
            ("3百万", Unit::Count, 3_000_000.0),
            ("6 个月", Unit::Months, 6.0),
            ("4.5小时", Unit::Hours, 4.5),
            ("1.5倍", Unit::Multiplier, 1.5),
        ] {
            assert_eq!(parse_number(typed, unit), Ok(value), "{typed}");
        }
        assert!(
            parse_number("US$16万", Unit::Count).is_err(),
            "money in a count"
        );
        assert_eq!(split_range("0.7 至 1.4"), Some(("0.7 ", " 1.4")));
        assert_eq!(split_range("1到6"), Some(("1", "6")));
        assert_eq!(
            parse_dist("US$8万 至 US$12万", "lognormal", Unit::Money),
            Ok(Dist::LogNormal {
                p5: 80_000.0,
                p95: 120_000.0
            })
        );
    }
}
