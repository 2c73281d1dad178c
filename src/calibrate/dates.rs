//! Dates as CRM exports and spreadsheets write them, read a column at a time: ISO dates (with
//! or without a time), day and month in either order with the year last (`03/01/2024`,
//! `01.03.2024`, `01-03-24`), month names (`1 Mar 2024`, `Mar 1, 2024`) and spreadsheet day
//! numbers (`45352`). Whether `01/03/2024` is the 1st of March or the 3rd of January is decided
//! once for the whole column, from all its cells ([`date_reading`]); when every cell reads both
//! ways the page asks the user ([`DateReading::ambiguous`], [`DateReading::with_order`]).
//!
//! Each cell's form is found from its shape (which characters come where); jiff's `strtime`
//! reads the fields and its calendar checks the day, so no date arithmetic is written here but
//! the spreadsheets' day numbers. A time after the date is allowed and ignored: the date is
//! taken as written, never moved to another time zone, since the fits count whole days.

use jiff::civil::Date;
use jiff::fmt::strtime::{self, BrokenDownTime};

use crate::i18n::{Args, Message};

/// The order of the fields of a date written with numbers only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateOrder {
    /// Year, month, day: `2024-03-01` (ISO 8601).
    YearFirst,
    /// Day, month, year: `01/03/2024` (most of the world), `01.03.2024` (German).
    DayFirst,
    /// Month, day, year: `03/01/2024` (the United States; Salesforce's US exports).
    MonthFirst,
}

/// How a year is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Year {
    /// Two digits: 00–68 are 2000–2068, 69–99 are 1969–1999 (jiff's `%y`, as POSIX).
    Two,
    /// Four digits.
    Four,
}

/// The form of one cell, found from its shape. Separators are the bytes between fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// A spreadsheet's day number, possibly with the time as a fraction: `45352`, `45352.4375`.
    Serial,
    /// Year, month and day as eight digits: `20240301`.
    Compact,
    /// `2024-03-01`, `2024/03/01`, `2024.03.01`.
    YearFirst(u8),
    /// `03/01/2024`, `01.03.2024`, `01-03-24`: day and month in the column's order.
    YearLast(u8, Year),
    /// `1 Mar 2024`, `01-Mar-24`, `1 March 2024` (`true`: the month's full name).
    DayName(u8, bool, Year),
    /// `Mar 1, 2024`, `March 1 2024` (the month's full name; a comma after the day).
    NameDay(bool, bool),
}

/// A `strtime` format, built without allocating.
struct Pattern {
    bytes: [u8; 16],
    len: usize,
}

impl Pattern {
    fn of(parts: &[&[u8]]) -> Pattern {
        let mut p = Pattern {
            bytes: [0; 16],
            len: 0,
        };
        for part in parts {
            p.bytes[p.len..p.len + part.len()].copy_from_slice(part);
            p.len += part.len();
        }
        p
    }
}

impl AsRef<[u8]> for Pattern {
    fn as_ref(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

fn year_spec(year: Year) -> &'static [u8] {
    match year {
        Year::Two => b"%y",
        Year::Four => b"%Y",
    }
}

fn month_name_spec(full: bool) -> &'static [u8] {
    if full {
        b"%B"
    } else {
        b"%b"
    }
}

/// The `strtime` format of `form` with day and month in `order`; `None` for a day number, and
/// for a year-last form read year first (which cannot be).
fn pattern(form: Form, order: DateOrder) -> Option<Pattern> {
    Some(match form {
        Form::Serial => return None,
        Form::Compact => Pattern::of(&[b"%Y%m%d"]),
        Form::YearFirst(s) => Pattern::of(&[
            b"%Y",
            std::slice::from_ref(&s),
            b"%m",
            std::slice::from_ref(&s),
            b"%d",
        ]),
        Form::YearLast(s, year) => {
            let (first, second): (&[u8], &[u8]) = match order {
                DateOrder::DayFirst => (b"%d", b"%m"),
                DateOrder::MonthFirst => (b"%m", b"%d"),
                DateOrder::YearFirst => return None,
            };
            Pattern::of(&[
                first,
                std::slice::from_ref(&s),
                second,
                std::slice::from_ref(&s),
                year_spec(year),
            ])
        }
        Form::DayName(s, full, year) => Pattern::of(&[
            b"%d",
            std::slice::from_ref(&s),
            month_name_spec(full),
            std::slice::from_ref(&s),
            year_spec(year),
        ]),
        Form::NameDay(full, comma) => Pattern::of(&[
            month_name_spec(full),
            b" %d",
            if comma { b", " } else { b" " },
            b"%Y",
        ]),
    })
}

/// The year of `digits` digits.
fn year_of(digits: usize) -> Option<Year> {
    match digits {
        2 => Some(Year::Two),
        4 => Some(Year::Four),
        _ => None,
    }
}

/// The form of a trimmed cell from its shape, or `None` when it is no date's shape. Only the
/// shape is looked at: the fields are read and checked by `strtime`.
fn form_of(cell: &[u8]) -> Option<Form> {
    let run = |from: usize, class: fn(&u8) -> bool| {
        cell.get(from..)
            .map_or(0, |rest| rest.iter().take_while(|b| class(b)).count())
    };
    let digits = |from| run(from, u8::is_ascii_digit);
    let letters = |from| run(from, u8::is_ascii_alphabetic);
    let first = digits(0);
    if first == 0 {
        // `Mar 1, 2024`: a month's name, the day, and a four-digit year.
        let name = letters(0);
        let day_at = name + run(name, |b| *b == b' ');
        let day = digits(day_at);
        if name < 3 || day_at == name || !(1..=2).contains(&day) {
            return None;
        }
        let comma = cell.get(day_at + day) == Some(&b',');
        let year_at = day_at + day + usize::from(comma);
        let year_at = year_at + run(year_at, |b| *b == b' ');
        return (year_at > day_at + day && digits(year_at) == 4)
            .then_some(Form::NameDay(name > 3, comma));
    }
    let Some(&sep) = cell.get(first) else {
        return Some(if first == 8 {
            Form::Compact
        } else {
            Form::Serial
        });
    };
    if sep == b'.' && first + 1 < cell.len() && digits(first + 1) == cell.len() - first - 1 {
        return Some(Form::Serial);
    }
    match (first, sep) {
        (4, b'-' | b'/' | b'.') => Some(Form::YearFirst(sep)),
        (1..=2, b'-' | b'/' | b'.' | b' ') => {
            let second = digits(first + 1);
            if second > 0 {
                let year_at = first + 1 + second + 1;
                let shaped =
                    sep != b' ' && second <= 2 && cell.get(first + 1 + second) == Some(&sep);
                return shaped
                    .then(|| year_of(digits(year_at)).map(|y| Form::YearLast(sep, y)))
                    .flatten();
            }
            let name = letters(first + 1);
            let year_at = first + 1 + name + 1;
            let shaped = sep != b'.' && name >= 3 && cell.get(year_at - 1) == Some(&sep);
            shaped
                .then(|| year_of(digits(year_at)).map(|y| Form::DayName(sep, name > 3, y)))
                .flatten()
        }
        _ => None,
    }
}

/// The numbers of the first two fields of a year-last date (`03/01/2024`: 3 and 1), found
/// from its shape. Which of them is the month is all the column's order needs, so a column is
/// decided without reading each cell twice; the cells themselves are read by `strtime`.
fn leading_fields(cell: &[u8]) -> (u32, u32) {
    let mut fields = cell
        .split(|b| !b.is_ascii_digit())
        .map(|run| run.iter().fold(0u32, |n, b| n * 10 + u32::from(b - b'0')));
    let first = fields.next().unwrap_or(0);
    (first, fields.next().unwrap_or(0))
}

/// Whether what follows a date is nothing or a time (`T10:23:00Z`, ` 10:23 AM`).
fn time_follows(rest: &[u8]) -> bool {
    match rest {
        [] => true,
        [b'T' | b't' | b' ', tail @ ..] => tail
            .trim_ascii_start()
            .first()
            .is_some_and(u8::is_ascii_digit),
        _ => false,
    }
}

/// Why a cell did not read in a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Miss {
    /// Its fields do not fit the form (a month of 13, letters where a number goes).
    Shape,
    /// The fields fit but name no day of the calendar (29 February 2023).
    NoSuchDay,
}

/// `cell` read with `pattern`, a time after it allowed.
fn read_with(pattern: &Pattern, cell: &str) -> Result<Date, Miss> {
    let (fields, used) = BrokenDownTime::parse_prefix(pattern, cell).map_err(|_| Miss::Shape)?;
    if !time_follows(&cell.as_bytes()[used..]) {
        return Err(Miss::Shape);
    }
    fields.to_date().map_err(|_| Miss::NoSuchDay)
}

/// The most days a spreadsheet numbers: 9999-12-31.
const LAST_SERIAL: f64 = 2_958_465.0;

/// Why a spreadsheet's day number is no date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SerialMiss {
    Range,
    /// Day 60: Excel's 29 February 1900, which never was (Lotus 1-2-3 counted 1900 as a leap
    /// year, and Excel kept the day for compatibility).
    Leap,
}

/// The date of a spreadsheet's day number (1900 system) as Excel shows it: day 1 is
/// 1900-01-01, and from day 61 (1900-03-01) every day counts from 1899-12-30, past the
/// missing day 60. A fraction is the time of day, ignored.
fn serial_date(cell: &str) -> Result<Date, SerialMiss> {
    let n: f64 = cell.parse().map_err(|_| SerialMiss::Range)?;
    if !(1.0..LAST_SERIAL + 1.0).contains(&n) {
        return Err(SerialMiss::Range);
    }
    let day = n as i64; // n ≥ 1, so truncation is the whole day
    let (base, days) = match day {
        60 => return Err(SerialMiss::Leap),
        ..60 => (jiff::civil::date(1899, 12, 31), day),
        _ => (jiff::civil::date(1899, 12, 30), day),
    };
    jiff::Span::new()
        .try_days(days)
        .and_then(|span| base.checked_add(span))
        .map_err(|_| SerialMiss::Range)
}

/// The longest value a message repeats, in characters; longer values are cut with "…".
const SHOWN: usize = 40;

/// A cell as a message names it: at most [`SHOWN`] characters.
pub(super) fn shown(cell: &str) -> String {
    let mut out: String = cell.chars().take(SHOWN).collect();
    if cell.chars().nth(SHOWN).is_some() {
        out.push('…');
    }
    out
}

/// How a column writes its dates, decided from all its cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateReading {
    /// The order of dates written with numbers only; `None` when the column has none.
    order: Option<DateOrder>,
    /// Whether day-first and month-first both fit every year-last cell.
    ambiguous: bool,
    /// The column's most common form: its errors show a date in it.
    usual: Option<Form>,
}

/// Decides how a column writes dates from its non-empty cells (empty ones are skipped). Day
/// and month are told apart by the data: a cell whose first field is above 12 can only be
/// day-first, one whose second field is above 12 only month-first; an order that fits every
/// cell wins (whether the day is in its month is checked when the cell is read). When neither
/// does, the one that fits more cells wins (month-first on a tie), and the others are refused
/// when read. When both do, the column is [`ambiguous`](DateReading::ambiguous) and reads
/// month-first, as Salesforce's US exports write, unless the caller answers with
/// [`with_order`](DateReading::with_order).
pub fn date_reading<'a>(cells: impl IntoIterator<Item = &'a str>) -> DateReading {
    let mut forms: Vec<(Form, usize)> = Vec::new();
    let (mut year_first, mut year_last) = (0usize, 0usize);
    // Cells of the year-last forms whose fields day-first and month-first cannot fit.
    let (mut day_misses, mut month_misses) = (0usize, 0usize);
    for cell in cells {
        let cell = cell.trim();
        let Some(form) = form_of(cell.as_bytes()) else {
            continue;
        };
        match forms.iter_mut().find(|(f, _)| *f == form) {
            Some((_, n)) => *n += 1,
            None => forms.push((form, 1)),
        }
        match form {
            Form::YearFirst(_) | Form::Compact => year_first += 1,
            Form::YearLast(..) => {
                year_last += 1;
                let (first, second) = leading_fields(cell.as_bytes());
                let (month, day) = (1..=12, 1..=31);
                day_misses += usize::from(!(day.contains(&first) && month.contains(&second)));
                month_misses += usize::from(!(month.contains(&first) && day.contains(&second)));
            }
            _ => {}
        }
    }
    let usual = forms
        .iter()
        .enumerate()
        .max_by_key(|(i, (_, n))| (*n, usize::MAX - i))
        .map(|(_, (f, _))| *f);
    let (order, ambiguous) = if year_last > 0 {
        let order = if day_misses < month_misses {
            DateOrder::DayFirst
        } else {
            DateOrder::MonthFirst
        };
        (Some(order), day_misses == 0 && month_misses == 0)
    } else if year_first > 0 {
        (Some(DateOrder::YearFirst), false)
    } else {
        (None, false)
    };
    DateReading {
        order,
        ambiguous,
        usual,
    }
}

/// The date every example shows: its day is above 12, so its order is plain.
const EXAMPLE: Date = jiff::civil::date(2024, 12, 31);
/// [`EXAMPLE`] as a spreadsheet's day number.
const EXAMPLE_SERIAL: &str = "45657";

impl DateReading {
    /// True when both day-first and month-first read every cell (e.g. all days <= 12): the
    /// page asks the user which the export meant. Until answered the column reads month-first.
    pub fn ambiguous(&self) -> bool {
        self.ambiguous
    }

    /// The column's order: day-first or month-first when it has dates with the year last,
    /// year-first when its dates written in numbers all start with the year; `None` when it
    /// has no such dates (only month names, day numbers, or nothing).
    pub fn order(&self) -> Option<DateOrder> {
        self.order
    }

    /// The same reading with the user's answer to the question above. Year-first applies to
    /// no year-last date: those are then refused.
    pub fn with_order(self, order: DateOrder) -> DateReading {
        DateReading {
            order: Some(order),
            ambiguous: false,
            ..self
        }
    }

    /// The order year-last dates are read in.
    fn year_last_order(&self) -> DateOrder {
        self.order.unwrap_or(DateOrder::MonthFirst)
    }

    /// 31 December 2024 written in the column's usual form, as its errors show it.
    fn example(&self) -> String {
        match self.usual {
            Some(Form::Serial) => EXAMPLE_SERIAL.to_string(),
            usual => usual
                .and_then(|f| pattern(f, self.year_last_order()))
                .and_then(|p| strtime::format(p, EXAMPLE).ok())
                .unwrap_or_else(|| EXAMPLE.to_string()),
        }
    }

    fn refusal(&self, id: &'static str, cell: &str) -> Message {
        Message::with(
            id,
            Args::new()
                .text("value", shown(cell))
                .text("example", self.example()),
        )
    }

    /// The date in `cell`: `Ok(None)` for an empty cell; `Err(reason)` names the value and
    /// the form expected (a date in the column's usual form).
    pub fn read(&self, cell: &str) -> Result<Option<Date>, Message> {
        let cell = cell.trim();
        if cell.is_empty() {
            return Ok(None);
        }
        let unreadable = || self.refusal("error-calibrate-date-unreadable", cell);
        let form = form_of(cell.as_bytes()).ok_or_else(unreadable)?;
        if form == Form::Serial {
            return serial_date(cell).map(Some).map_err(|miss| {
                let id = match miss {
                    SerialMiss::Range => "error-calibrate-date-serial-range",
                    SerialMiss::Leap => "error-calibrate-date-serial-leap",
                };
                Message::with(id, Args::new().text("value", shown(cell)))
            });
        }
        let pattern = pattern(form, self.year_last_order()).ok_or_else(unreadable)?;
        match read_with(&pattern, cell) {
            Ok(date) => Ok(Some(date)),
            Err(Miss::Shape) => Err(unreadable()),
            Err(Miss::NoSuchDay) => Err(self.refusal("error-calibrate-date-no-such-day", cell)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Catalogue, Lang};
    use jiff::civil::date;

    fn read_all(cells: &[&str]) -> (DateReading, Vec<Option<Date>>) {
        let reading = date_reading(cells.iter().copied());
        let dates = cells
            .iter()
            .map(|c| reading.read(c).unwrap_or_else(|e| panic!("{c:?}: {e:?}")))
            .collect();
        (reading, dates)
    }

    fn said(message: &Message) -> String {
        i18n::with_english(|en| en.text(message))
    }

    #[test]
    fn every_form_reads_as_written() {
        let march_1 = Some(date(2024, 3, 1));
        for (cells, order) in [
            (
                &["2024-03-01", "2024-12-31"][..],
                Some(DateOrder::YearFirst),
            ),
            (&["2024-03-01 10:23"], Some(DateOrder::YearFirst)),
            (&["2024-03-01T10:23:00Z"], Some(DateOrder::YearFirst)),
            // The date part as written: not moved to UTC.
            (
                &["2024-03-01T00:30:00.000+01:00"],
                Some(DateOrder::YearFirst),
            ),
            (
                &["2024/03/01", "2024.03.01", "20240301"],
                Some(DateOrder::YearFirst),
            ),
            (&["03/01/2024", "12/31/2024"], Some(DateOrder::MonthFirst)),
            (
                &["3/1/2024", "12/31/2024 10:23 AM"],
                Some(DateOrder::MonthFirst),
            ),
            (&["01/03/2024", "31/12/2024"], Some(DateOrder::DayFirst)),
            (&["01.03.2024", "31.12.2024"], Some(DateOrder::DayFirst)),
            (&["01-03-24", "31-12-24"], Some(DateOrder::DayFirst)),
            (&["1 Mar 2024", "01-Mar-24", "1 March 2024"], None),
            (&["Mar 1, 2024", "March 1, 2024", "mar 1 2024"], None),
            (&["45352", "45352.4375"], None),
        ] {
            let (reading, dates) = read_all(cells);
            assert_eq!(dates[0], march_1, "{cells:?}");
            assert_eq!(reading.order(), order, "{cells:?}");
            assert!(!reading.ambiguous(), "{cells:?}");
        }
    }

    #[test]
    fn two_digit_years_follow_posix() {
        let reading = date_reading(["31-12-68", "31-12-69"]);
        assert_eq!(reading.read("31-12-68").unwrap(), Some(date(2068, 12, 31)));
        assert_eq!(reading.read("01-03-00").unwrap(), Some(date(2000, 3, 1)));
        assert_eq!(reading.read("31-12-69").unwrap(), Some(date(1969, 12, 31)));
        assert_eq!(reading.read("01-03-99").unwrap(), Some(date(1999, 3, 1)));
    }

    #[test]
    fn day_and_month_are_told_from_the_whole_column() {
        // Only the last cell tells: its second field is above 12.
        let us = date_reading(["01/03/2024", "02/04/2024", "03/13/2024"]);
        assert_eq!(us.order(), Some(DateOrder::MonthFirst));
        assert_eq!(us.read("01/03/2024").unwrap(), Some(date(2024, 1, 3)));
        let eu = date_reading(["01/03/2024", "13/04/2024", ""]);
        assert_eq!(eu.order(), Some(DateOrder::DayFirst));
        assert_eq!(eu.read("01/03/2024").unwrap(), Some(date(2024, 3, 1)));
        // When no order fits every cell, the one fitting more wins; the others are refused.
        let torn = date_reading(["13/01/2024", "01/13/2024", "14/02/2024"]);
        assert_eq!(
            (torn.order(), torn.ambiguous()),
            (Some(DateOrder::DayFirst), false)
        );
        assert_eq!(
            torn.read("01/13/2024").unwrap_err().id,
            "error-calibrate-date-unreadable"
        );
        // Forms may mix, each cell read in the decided order.
        let mixed = date_reading(["2024-03-01", "13.04.2024", "45352", "1 Mar 2024"]);
        assert_eq!(mixed.order(), Some(DateOrder::DayFirst));
        assert_eq!(mixed.read("02.03.2024").unwrap(), Some(date(2024, 3, 2)));
        assert_eq!(mixed.read("2024-03-02").unwrap(), Some(date(2024, 3, 2)));
    }

    #[test]
    fn a_column_that_reads_both_ways_asks() {
        let reading = date_reading(["01/03/2024", "02/04/2024", ""]);
        assert!(reading.ambiguous());
        // Month-first until answered.
        assert_eq!(reading.order(), Some(DateOrder::MonthFirst));
        assert_eq!(reading.read("01/03/2024").unwrap(), Some(date(2024, 1, 3)));
        let answered = reading.with_order(DateOrder::DayFirst);
        assert!(!answered.ambiguous());
        assert_eq!(answered.read("01/03/2024").unwrap(), Some(date(2024, 3, 1)));
        // Year-first dates alone ask nothing.
        assert!(!date_reading(["2024-01-03"]).ambiguous());
    }

    #[test]
    fn empty_cells_read_as_none_and_count_for_nothing() {
        let reading = date_reading(["", "  ", "13/04/2024"]);
        assert_eq!(reading.read("").unwrap(), None);
        assert_eq!(reading.read("   ").unwrap(), None);
        assert_eq!(reading.order(), Some(DateOrder::DayFirst));
        let nothing = date_reading(["", ""]);
        assert_eq!((nothing.order(), nothing.ambiguous()), (None, false));
    }

    #[test]
    fn days_the_calendar_lacks_are_refused_by_name() {
        let reading = date_reading(["2023-02-28"]);
        let e = reading.read("2023-02-29").unwrap_err();
        assert_eq!(e.id, "error-calibrate-date-no-such-day");
        let text = said(&e);
        assert!(
            text.contains("2023-02-29") && text.contains("2024-12-31"),
            "{text}"
        );
        assert_eq!(reading.read("2024-02-29").unwrap(), Some(date(2024, 2, 29)));
        let us = date_reading(["12/31/2024"]);
        let e = us.read("02/30/2024").unwrap_err();
        assert!(said(&e).contains("12/31/2024"), "{}", said(&e));
    }

    #[test]
    fn what_is_no_date_names_the_form_expected() {
        let eu = date_reading(["31.12.2024", "01.03.2024"]);
        for cell in [
            "abc",
            "2024-13-01",
            "13.13.2024",
            "01.03.2024x",
            "Sept 1, 2024",
        ] {
            let e = eu.read(cell).unwrap_err();
            assert_eq!(e.id, "error-calibrate-date-unreadable", "{cell}");
            let text = said(&e);
            assert!(text.contains(cell) && text.contains("31.12.2024"), "{text}");
        }
        // A year-first answer refuses year-last dates.
        let e = eu
            .with_order(DateOrder::YearFirst)
            .read("01.03.2024")
            .unwrap_err();
        assert_eq!(e.id, "error-calibrate-date-unreadable");
        // A long value is cut in the message.
        let long = "x".repeat(500);
        assert!(said(&eu.read(&long).unwrap_err()).chars().count() < 200);
        let zh = Catalogue::embedded(Lang::ZhCn).text(&eu.read("abc").unwrap_err());
        assert!(zh.contains("abc") && zh.contains("31.12.2024"), "{zh}");
    }

    #[test]
    fn spreadsheet_day_numbers_skip_excels_leap_day() {
        let reading = date_reading(["45352"]);
        for (cell, day) in [
            ("1", date(1900, 1, 1)),
            ("59", date(1900, 2, 28)),
            ("61", date(1900, 3, 1)),
            ("45352", date(2024, 3, 1)),
            ("45352.99", date(2024, 3, 1)),
            (EXAMPLE_SERIAL, EXAMPLE),
            ("2958465", date(9999, 12, 31)),
        ] {
            assert_eq!(reading.read(cell).unwrap(), Some(day), "{cell}");
        }
        let leap = reading.read("60").unwrap_err();
        assert_eq!(leap.id, "error-calibrate-date-serial-leap");
        assert!(said(&leap).contains("60"));
        for cell in ["0", "2958466", "0.5"] {
            let e = reading.read(cell).unwrap_err();
            assert_eq!(e.id, "error-calibrate-date-serial-range", "{cell}");
            assert!(said(&e).contains(cell));
        }
        assert!(reading.read("45352").is_ok());
        assert!(date_reading(["45352"]).example() == EXAMPLE_SERIAL);
    }

    #[test]
    fn examples_are_the_columns_form() {
        for (cell, example) in [
            ("2024-03-01", "2024-12-31"),
            ("13/04/2024", "31/12/2024"),
            ("04/13/2024", "12/31/2024"),
            ("13-04-24", "31-12-24"),
            ("1 Mar 2024", "31 Dec 2024"),
            ("Mar 1, 2024", "Dec 31, 2024"),
            ("20240301", "20241231"),
            ("nothing", "2024-12-31"),
        ] {
            assert_eq!(date_reading([cell]).example(), example, "{cell}");
        }
    }
}
