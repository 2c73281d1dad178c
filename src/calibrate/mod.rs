//! Calibration from a CRM export (issue 19, under way): a CSV of opportunities read into rows
//! with their columns recognised by the names Salesforce, HubSpot and spreadsheets use
//! ([`columns`]), and each stage mapped to won, lost or open. Fitting the model to those rows
//! comes next; nothing here touches a scenario yet.

pub mod amounts;
pub mod columns;
pub mod dates;
pub mod export;
pub mod fit;
pub mod table;

pub use amounts::{amount_reading, AmountReading, DecimalMark};
pub use columns::{recognise, source_kind, stage_outcome, Column, Mapping, Outcome, COLUMNS};
pub use dates::{date_reading, DateOrder, DateReading};
pub use export::{Export, Opportunity};
pub use table::{read_table, Table, TableError};
