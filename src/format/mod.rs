//! Text for people and programs: money as `$1.2M`, the terminal table of a run, CSV of summaries
//! and of per-trial samples, file names and dates. Pure functions of a report or run.
//!
//! - [`money`](mod@money): the one table of currencies; money, shares and numbers, rounded for
//!   reports and exact for the editor.
//! - [`locale`]: money and numbers as each language writes them (万 and 亿 in Chinese).
//! - `table`: the terminal table, and the padding of columns by display width that every
//!   terminal table shares ([`pad`], [`display_width`]); `csv`: the two CSV files.
//!
//! Quarter labels (`2027 Q1`) belong to the model's calendar ([`crate::model::calendar`]).

mod csv;
pub mod locale;
pub mod money;
mod table;

pub use self::csv::{csv_field, samples_csv_header, summaries_csv, write_samples_csv};
pub use money::{count, currency_symbol, money, percent};
pub use table::{display_width, pad, table};

/// A file name from a model's name: lower-case letters, digits and dashes, at most 60
/// characters; `pipesim` when nothing is left.
pub fn file_stem(name: &str) -> String {
    let mut stem = String::new();
    // ASCII's lower case: only ASCII letters are kept, and Unicode's case table would cost the
    // page's wasm its size for no file name that differs.
    for c in name.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_alphanumeric() {
            stem.push(c);
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
        if stem.len() >= 60 {
            break;
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "pipesim".to_string()
    } else {
        stem.to_string()
    }
}

/// A moment as `2026-11-23 21:45 UTC`, from milliseconds since 1970.
pub fn utc_minute(ms: f64) -> String {
    let minutes = (ms / 60_000.0).floor() as i64;
    let (days, minute_of_day) = (minutes.div_euclid(1440), minutes.rem_euclid(1440));
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        minute_of_day / 60,
        minute_of_day % 60
    )
}

#[cfg(test)]
mod file_and_date_tests {
    use super::*;

    #[test]
    fn file_stems_are_safe() {
        assert_eq!(
            file_stem("Founder-led vs VP first"),
            "founder-led-vs-vp-first"
        );
        assert_eq!(
            file_stem("<img src=x onerror=alert(1)>"),
            "img-src-x-onerror-alert-1"
        );
        assert_eq!(file_stem("../../etc/passwd"), "etc-passwd");
        assert_eq!(file_stem("東京"), "pipesim");
    }

    #[test]
    fn dates_read_in_utc() {
        assert_eq!(utc_minute(0.0), "1970-01-01 00:00 UTC");
        // 2026-11-23 21:45:30 UTC, checked with `date -u -d @1795470330`.
        assert_eq!(utc_minute(1_795_470_330_000.0), "2026-11-23 21:45 UTC");
        assert_eq!(utc_minute(951_782_400_000.0), "2000-02-29 00:00 UTC");
    }
}
