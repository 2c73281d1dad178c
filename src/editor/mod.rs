//! Editing a scenario field by field: everything the app's editor needs except the DOM.
//!
//! - [`fields`] lists every field of a scenario in file order, with its path, unit, range,
//!   current value, default, a label in sales words, the [`Group`] the editor shows it in and
//!   the [`Control`] it is edited with (the catalogue).
//! - [`set_field`] changes one field and re-validates the whole scenario, cross-field rules
//!   included, so the result is either a valid scenario or every problem with the path of the
//!   field it belongs to (the entries).
//! - [`parse_number`], [`parse_integer`] and [`parse_dist`] read text as people type it
//!   (`1,200`, `5k`, `$1.2M`, `35%`, `5 to 10`, `5, 7, 10`), with a reason when they cannot (the
//!   parser).
//! - [`format_dist`] and [`format_value`] show values the same way, so that what is shown reads
//!   back to the same value (the display, over [`format::money`](mod@crate::format::money)).
//!
//! Nothing here panics, whatever the text or value given. The editor reads the model only
//! through its public types and its field walk; the model knows nothing of the editor.

mod catalogue;
mod display;
mod entries;
mod parse;

pub use catalogue::{field_message_id, Control, Group, Slider};
pub use display::{
    format_dist, format_dist_in, format_plan, format_target, format_target_in, format_value,
    format_value_in, say_value,
};
pub use entries::{fields, set_field, FieldEntry, FieldValue};
pub use parse::{
    parse_dist, parse_integer, parse_number, parse_plan, parse_target, TypedError, Z90,
};
