//! Calibration from a CRM export: a CSV of opportunities ([`table`]) with its columns
//! recognised by the names Salesforce, HubSpot and spreadsheets use ([`columns`]), reviewed
//! by the user ([`review`]: columns, stages, sources, the order of dates), read into an
//! [`Export`] ([`reading`], with [`dates`] and [`amounts`] read a column at a time), fitted
//! ([`fit`], [`fitted`]) and written into a new scenario ([`calibration`], [`apply`]). The file's rows never
//! leave this module: a scenario made here carries only fitted values.

pub mod amounts;
mod apply;
pub mod calibration;
pub mod columns;
pub mod dates;
pub mod export;
pub mod fit;
pub mod fitted;
pub mod reading;
pub mod review;
pub mod session;
pub mod table;
pub mod words;

pub use amounts::{amount_reading, AmountReading, DecimalMark};
pub use calibration::{calibrate, Calibration, UNTOUCHED};
pub use columns::{recognise, source_kind, stage_outcome, Column, Mapping, Outcome, COLUMNS};
pub use dates::{date_reading, DateOrder, DateReading};
pub use export::{Export, Opportunity};
pub use fitted::{Change, Fit, Fitted, WinRateFit};
pub use reading::{read_export, Problem, ReadError};
pub use review::{overview, Choices, Overview, ValueCount};
pub use table::{read_table, Table, TableError};
