//! The field visitor: one walk over every field of a scenario, in file order. The reader fills
//! fields from JSON and collects every error, the writer turns fields into JSON, and the app's
//! editor lists fields with their units, defaults and help, all from this one walk.

use super::dist::Dist;
use super::field::Field;
use super::plan::{Pace, PlanEntry, Target};

/// Something that visits each field of a scenario; sections are bracketed by `enter`/`leave`.
pub trait Visitor {
    /// Enters the section named `key` (an object in the file).
    fn enter(&mut self, key: &'static str);
    /// Leaves the section entered last.
    fn leave(&mut self);
    /// A plain real number.
    fn number(&mut self, field: &Field, value: &mut f64);
    /// A whole number (a count or a month).
    fn integer(&mut self, field: &Field, value: &mut u32);
    /// A month index that may be `null`.
    fn optional_month(&mut self, field: &Field, value: &mut Option<u32>);
    /// A switch.
    fn switch(&mut self, field: &Field, value: &mut bool);
    /// An uncertain value.
    fn dist(&mut self, field: &Field, value: &mut Dist);
    /// A text.
    fn text(&mut self, field: &Field, value: &mut String);
    /// A hiring plan: requisitions opened at given months.
    fn plan(&mut self, field: &Field, value: &mut Vec<PlanEntry>);
    /// A hiring pace, or `null`.
    fn pace(&mut self, field: &Field, value: &mut Option<Pace>);
    /// A bookings target per quarter: `null`, one number or a list.
    fn target(&mut self, field: &Field, value: &mut Target);
}
