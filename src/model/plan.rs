//! Hiring plans, hiring paces and bookings targets: the field values that are more than one
//! number. Their own module, so that the field visitor and the scenario both use them without
//! importing each other.

/// A requisition batch: `count` requisitions opened at `month`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlanEntry {
    /// The month the requisitions open.
    pub month: u32,
    /// How many open.
    pub count: u32,
}

/// An even hiring pace: `per_quarter` requisitions a quarter from `from_month` until before
/// `to_month` (the horizon when `None`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pace {
    /// Requisitions opened per quarter; may be fractional.
    pub per_quarter: f64,
    /// The first month of the pace.
    pub from_month: u32,
    /// The month the pace stops (exclusive); `None` means the horizon.
    pub to_month: Option<u32>,
}

/// A bookings target per quarter.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Target {
    /// No target.
    #[default]
    None,
    /// The same target every quarter.
    Every(f64),
    /// One target per quarter, exactly horizon / 3 of them.
    PerQuarter(Vec<f64>),
}
