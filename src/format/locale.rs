//! Numbers as each language writes them in reports and verdicts. English keeps Pipesim's
//! style (`$1.2M`, `$85K`). Chinese counts large amounts in 万 (10⁴) and 亿 (10⁸), as Chinese
//! readers do: `¥1,200万`, `1.2亿`, never "1.2 million". Both group thousands with commas.
//!
//! Currency signs follow CLDR, which tells the yuan from the yen by language: in Chinese the
//! yuan is `¥` and the yen `JP¥`; in English the yen is `¥` and the yuan `CN¥`. Dollars are
//! `$` in English and `US$` in Chinese, where `$` alone could be any dollar.

use super::money as english;
use crate::i18n::{Args, Catalogue, Lang};

/// The sign written before amounts of `currency` (empty: dollars) in `lang`; a currency
/// without one is written by its code and a space (`CHF 80K`).
pub fn currency_symbol(lang: Lang, currency: &str) -> String {
    let code = if currency.is_empty() { "USD" } else { currency };
    match (lang, code) {
        (Lang::ZhCn, "USD") => "US$".into(),
        (Lang::ZhCn, "CNY") => "¥".into(),
        (Lang::ZhCn, "JPY") => "JP¥".into(),
        (Lang::En, "CNY") => "CN¥".into(),
        _ => english::currency_symbol(currency),
    }
}

/// Money rounded for reading: `$1.2M` in English; `US$1,200万`, `¥8.5万`, `¥1.2亿`, `¥9,500`
/// in Chinese. Negative amounts take a minus sign (`−`) before the currency.
pub fn money(lang: Lang, x: f64, currency: &str) -> String {
    let symbol = currency_symbol(lang, currency);
    match lang {
        Lang::En => {
            let text = english::money(x, currency);
            // The English style with the English sign (only CNY differs from `money`'s).
            text.replacen(&english::currency_symbol(currency), &symbol, 1)
        }
        Lang::ZhCn => {
            if !x.is_finite() {
                return format!("{symbol}{x}");
            }
            let sign = if x < 0.0 { "−" } else { "" };
            format!("{sign}{symbol}{}", wan_yi(x.abs()))
        }
    }
}

/// Money as the editor shows it in `lang`, exact so that it reads back to the same amount:
/// `$160K` in English (see [`english::exact_money`]); `US$16万`, `¥1.2345亿`, `US$9,500` in
/// Chinese (up to four decimals of 万 or 亿, else in full).
pub fn exact_money(lang: Lang, x: f64, currency: &str) -> String {
    match lang {
        Lang::En => english::exact_money(x, currency),
        Lang::ZhCn => english::exact_scaled(
            x,
            &currency_symbol(lang, currency),
            &[(1e8, 8, "亿"), (1e4, 4, "万")],
            4,
        ),
    }
}

/// A non-negative amount in 万 and 亿: under 10⁴ whole (`9,500`), then 万 with one decimal
/// below ten (`8.5万`) and whole above (`1,200万`), then 亿 the same way (`1.2亿`, `35亿`).
fn wan_yi(a: f64) -> String {
    let scaled = |value: f64, unit: &str| {
        let text = if value < 9.95 {
            let t = format!("{value:.1}");
            t.strip_suffix(".0").map(str::to_string).unwrap_or(t)
        } else {
            grouped(libm::round(value))
        };
        format!("{text}{unit}")
    };
    if a >= 0.9995e8 {
        scaled(a / 1e8, "亿")
    } else if a >= 1e4 {
        let wan = a / 1e4;
        // 9,999.6万 rounds to 10,000万: that is 1亿.
        if libm::round(wan) >= 1e4 {
            scaled(a / 1e8, "亿")
        } else {
            scaled(wan, "万")
        }
    } else {
        grouped(libm::round(a))
    }
}

/// A report's quarter label (`2027 Q1`) as the catalogue's language writes it: as it is in
/// English; `2027年第1季度` in Chinese, the form of Chinese business writing (message
/// `verdict-quarter`).
pub fn quarter(catalogue: &Catalogue, label: &str) -> String {
    if catalogue.lang() == Lang::En {
        return label.to_string();
    }
    let parsed = label.split_once(" Q").filter(|(year, q)| {
        !year.is_empty()
            && !q.is_empty()
            && year.chars().chain(q.chars()).all(|c| c.is_ascii_digit())
    });
    match parsed {
        Some((year, q)) => catalogue.say(
            "verdict-quarter",
            &Args::new().text("year", year).text("quarter", q),
        ),
        None => label.to_string(),
    }
}

/// A whole number with commas every three digits: `1,200`, `−35,000`.
pub fn grouped(x: f64) -> String {
    let whole = libm::round(x);
    let digits = format!("{}", whole.abs() as u64);
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if whole < 0.0 {
        format!("−{out}")
    } else {
        out
    }
}

/// A count for people: whole numbers grouped (`1,200`), others with one decimal (`2.5`). The
/// same in both languages.
pub fn count(_lang: Lang, x: f64) -> String {
    if (x - libm::round(x)).abs() < 0.05 {
        grouped(x)
    } else {
        format!("{x:.1}")
    }
}

/// A chance as a whole percentage for sentences (`99%`); under 1% and over 99%, one
/// decimal (`99.4%`), so that "virtually certain" is never shown beside a rounded `100%`.
pub fn chance(_lang: Lang, p: f64) -> String {
    let pct = p * 100.0;
    if (1.0..=99.0).contains(&pct) {
        format!("{:.0}%", libm::round(pct))
    } else {
        let t = format!("{pct:.1}");
        format!("{}%", t.strip_suffix(".0").unwrap_or(&t))
    }
}

/// A count that only comes whole (people on staff, deals won), grouped (`1,200`): a
/// percentile of whole counts interpolated between two trials (`13.1` AEs) is rounded to the
/// nearest whole, for no one has a tenth of an AE. Display only: the reports keep the
/// interpolated numbers. The same in both languages.
pub fn whole(_lang: Lang, x: f64) -> String {
    grouped(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_money_counts_in_wan_and_yi() {
        let zh = |x: f64, c: &str| money(Lang::ZhCn, x, c);
        assert_eq!(zh(12_000_000.0, "CNY"), "¥1,200万");
        assert_eq!(zh(120_000_000.0, "CNY"), "¥1.2亿");
        assert_eq!(zh(85_000.0, "CNY"), "¥8.5万");
        assert_eq!(zh(10_000.0, "CNY"), "¥1万");
        assert_eq!(zh(9_500.0, "CNY"), "¥9,500");
        assert_eq!(zh(99_996_000.0, "CNY"), "¥1亿");
        assert_eq!(zh(3_500_000_000.0, "CNY"), "¥35亿");
        assert_eq!(zh(-5_500_000.0, ""), "−US$550万");
        assert_eq!(zh(1_500_000.0, "USD"), "US$150万");
        assert_eq!(zh(2_000_000.0, "JPY"), "JP¥200万");
        assert_eq!(zh(80_000.0, "CHF"), "CHF 8万");
    }

    #[test]
    fn english_money_keeps_its_style_and_tells_yuan_from_yen() {
        let en = |x: f64, c: &str| money(Lang::En, x, c);
        assert_eq!(en(1_200_000.0, ""), "$1.2M");
        assert_eq!(en(-5_500_000.0, "USD"), "−$5.5M");
        assert_eq!(en(85_000.0, "CNY"), "CN¥85K");
        assert_eq!(en(85_000.0, "JPY"), "¥85K");
        assert_eq!(en(80_000.0, "CHF"), "CHF 80K");
    }

    #[test]
    fn counts_and_chances_read_cleanly() {
        assert_eq!(count(Lang::ZhCn, 1200.0), "1,200");
        assert_eq!(count(Lang::En, 2.5), "2.5");
        assert_eq!(grouped(-35_000.0), "−35,000");
        assert_eq!(whole(Lang::En, 13.1), "13");
        assert_eq!(whole(Lang::En, 12.5), "13");
        assert_eq!(whole(Lang::ZhCn, 1_199.6), "1,200");
        assert_eq!(whole(Lang::En, -0.2), "0");
        assert_eq!(chance(Lang::En, 0.989), "99%");
        assert_eq!(chance(Lang::En, 0.9951), "99.5%");
        assert_eq!(chance(Lang::En, 1.0), "100%");
        assert_eq!(chance(Lang::En, 0.004), "0.4%");
        assert_eq!(chance(Lang::En, 0.5), "50%");
    }
}
