//! Field descriptions: the key, unit, valid range and sampling level of every scenario field.
//! The same descriptions drive the JSON reader, the writer, validation messages and (in the app)
//! the editor, so a field's meaning lives in exactly one place; its label and one line of help
//! are messages of the catalogues (`locales/*/fields.ftl`), not words in code.

use std::fmt;

/// What a number measures, for display beside a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// People, opportunities, meetings or accounts.
    Count,
    /// A number of months, or a month index counted from 0.
    Months,
    /// A fraction from 0 to 1, shown as a percentage.
    Share,
    /// Money in the scenario's currency.
    Money,
    /// Hours.
    Hours,
    /// A factor that multiplies something.
    Multiplier,
    /// An amount per month.
    PerMonth,
    /// An amount per year.
    PerYear,
    /// No unit: a text, a switch or a version.
    None,
}

impl Unit {
    /// The unit's key in messages (`editor-unit-months`) and files' words.
    pub fn key(self) -> &'static str {
        match self {
            Unit::Count => "count",
            Unit::Months => "months",
            Unit::Share => "share",
            Unit::Money => "money",
            Unit::Hours => "hours",
            Unit::Multiplier => "multiplier",
            Unit::PerMonth => "per-month",
            Unit::PerYear => "per-year",
            Unit::None => "none",
        }
    }

    /// A short label shown after a value ("months", "%", ...).
    pub fn label(self) -> &'static str {
        match self {
            Unit::Count => "",
            Unit::Months => "months",
            Unit::Share => "share",
            Unit::Money => "money",
            Unit::Hours => "hours",
            Unit::Multiplier => "×",
            Unit::PerMonth => "per month",
            Unit::PerYear => "per year",
            Unit::None => "",
        }
    }
}

/// When an uncertain field is drawn (MODEL.md, Uncertain values).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// A plain number, never drawn.
    Fixed,
    /// One draw per trial: uncertainty about the world.
    Trial,
    /// One draw per person, at hire.
    Rep,
    /// One draw per opportunity.
    Opp,
}

/// The closed or half-open interval a number must lie in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    /// Lower bound.
    pub lo: f64,
    /// Upper bound; `f64::INFINITY` when there is none.
    pub hi: f64,
    /// The lower bound itself is not allowed.
    pub lo_open: bool,
    /// The upper bound itself is not allowed.
    pub hi_open: bool,
}

/// The ends of a [`Range`]: none above, and which ends are excluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeShape {
    /// `lo` or more.
    AtLeast,
    /// Above `lo`.
    Above,
    /// `lo` to `hi`, both allowed.
    Closed,
    /// Above `lo`, up to `hi`.
    OpenMin,
    /// From `lo`, up to but not including `hi`.
    OpenMax,
    /// Strictly between `lo` and `hi`.
    OpenBoth,
}

impl RangeShape {
    /// The shape's key in messages that select on it (`$shape`).
    pub fn key(self) -> &'static str {
        match self {
            RangeShape::AtLeast => "at-least",
            RangeShape::Above => "above",
            RangeShape::Closed => "closed",
            RangeShape::OpenMin => "open-min",
            RangeShape::OpenMax => "open-max",
            RangeShape::OpenBoth => "open-both",
        }
    }
}

impl Range {
    /// `[lo, hi]`.
    pub const fn closed(lo: f64, hi: f64) -> Range {
        Range {
            lo,
            hi,
            lo_open: false,
            hi_open: false,
        }
    }
    /// `[lo, ∞)`.
    pub const fn at_least(lo: f64) -> Range {
        Range {
            lo,
            hi: f64::INFINITY,
            lo_open: false,
            hi_open: false,
        }
    }
    /// A share or rate: `[0, 1]`.
    pub const SHARE: Range = Range::closed(0.0, 1.0);
    /// `(0, 1]`.
    pub const POSITIVE_SHARE: Range = Range {
        lo: 0.0,
        hi: 1.0,
        lo_open: true,
        hi_open: false,
    };
    /// `[0, 1)`.
    pub const SHARE_BELOW_ONE: Range = Range {
        lo: 0.0,
        hi: 1.0,
        lo_open: false,
        hi_open: true,
    };

    /// Which ends the range has and whether they are allowed: what a message about a value
    /// outside it says ("0 or more", "above 0", "0 to 0.9").
    pub fn shape(&self) -> RangeShape {
        match (self.hi.is_infinite(), self.lo_open, self.hi_open) {
            (true, false, _) => RangeShape::AtLeast,
            (true, true, _) => RangeShape::Above,
            (false, false, false) => RangeShape::Closed,
            (false, true, false) => RangeShape::OpenMin,
            (false, false, true) => RangeShape::OpenMax,
            (false, true, true) => RangeShape::OpenBoth,
        }
    }

    /// Whether `x` lies in the range (NaN never does).
    pub fn contains(&self, x: f64) -> bool {
        let above = if self.lo_open {
            x > self.lo
        } else {
            x >= self.lo
        };
        let below = if self.hi_open {
            x < self.hi
        } else {
            x <= self.hi
        };
        above && below
    }

    /// Clamps `x` into the closed hull of the range.
    pub fn clamp(&self, x: f64) -> f64 {
        x.max(self.lo).min(self.hi)
    }
}

impl fmt::Display for Range {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lo = format_number(self.lo);
        if self.hi.is_infinite() {
            return if self.lo_open {
                write!(f, "above {lo}")
            } else {
                write!(f, "{lo} or more")
            };
        }
        let hi = format_number(self.hi);
        match (self.lo_open, self.hi_open) {
            (false, false) => write!(f, "{lo} to {hi}"),
            (true, false) => write!(f, "above {lo} up to {hi}"),
            (false, true) => write!(f, "{lo} up to but not including {hi}"),
            (true, true) => write!(f, "strictly between {lo} and {hi}"),
        }
    }
}

/// Formats a number the way a person typed it: no trailing `.0`, no exponent for everyday sizes.
pub fn format_number(x: f64) -> String {
    if x.is_finite() && x == x.trunc() && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else if x.is_finite() && (x.abs() >= 1e15 || (x != 0.0 && x.abs() < 1e-6)) {
        format!("{x:e}")
    } else {
        format!("{x}")
    }
}

/// The message for a value outside its range, e.g. `1.2 is outside 0 to 0.9`.
pub fn out_of_range(x: f64, range: &Range) -> String {
    let v = format_number(x);
    let lo = format_number(range.lo);
    let hi = format_number(range.hi);
    match (range.hi.is_infinite(), range.lo_open, range.hi_open) {
        (true, false, _) => format!("{v} is below the minimum of {lo}"),
        (true, true, _) => format!("{v} must be above {lo}"),
        (false, false, false) => format!("{v} is outside {lo} to {hi}"),
        (false, true, false) => format!("{v} is outside {lo} to {hi} ({lo} itself excluded)"),
        (false, false, true) => format!("{v} is outside {lo} to {hi} ({hi} itself excluded)"),
        (false, true, true) => format!("{v} is outside {lo} to {hi} (both ends excluded)"),
    }
}

/// One field of a scenario: its JSON key and what the editor shows beside it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Field {
    /// The JSON key within its section.
    pub key: &'static str,
    /// The unit shown beside the value.
    pub unit: Unit,
    /// The valid range of the value and of every parameter of its distribution.
    pub range: Range,
    /// When an uncertain field is drawn; `Level::Fixed` for plain numbers.
    pub level: Level,
}

impl Field {
    /// A plain field.
    pub const fn new(key: &'static str, unit: Unit, range: Range) -> Field {
        Field {
            key,
            unit,
            range,
            level: Level::Fixed,
        }
    }
    /// An uncertain field drawn at `level`.
    pub const fn dist(key: &'static str, unit: Unit, range: Range, level: Level) -> Field {
        Field {
            key,
            unit,
            range,
            level,
        }
    }
}
