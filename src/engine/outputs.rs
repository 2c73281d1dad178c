//! The outputs of a trial (MODEL.md, Outputs): the catalogue of metrics, each with its key,
//! its unit and how it sums over the horizon, and their layout in a trial's row of numbers.

/// Where an opportunity came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    Founder = 0,
    Outbound = 1,
    Sdr = 2,
    Inbound = 3,
    Expansion = 4,
    Pool = 5,
}

impl Source {
    /// Every source, in output order.
    pub const ALL: [Source; 6] = [
        Source::Founder,
        Source::Outbound,
        Source::Sdr,
        Source::Inbound,
        Source::Expansion,
        Source::Pool,
    ];
    /// The key used in files and metric names.
    pub fn key(self) -> &'static str {
        ["founder", "outbound", "sdr", "inbound", "expansion", "pool"][self as usize]
    }
    /// Whether a win from this source adds a customer to its AE's book.
    pub fn adds_customer(self) -> bool {
        matches!(
            self,
            Source::Outbound | Source::Sdr | Source::Inbound | Source::Pool
        )
    }
}

/// How a metric reads in people's terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetricUnit {
    /// Money in the scenario's currency.
    Money,
    /// A count of people, deals or opportunities.
    Count,
    /// Fully ramped AE equivalents.
    Capacity,
}

/// How a quarterly metric becomes a horizon total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Horizon {
    /// A flow: the sum of the quarters.
    Sum,
    /// A stock: the value at the end of the last quarter.
    End,
    /// An average: the mean of the quarters.
    Mean,
}

/// One output, such as `bookings.inbound`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Metric {
    /// Its position in a trial's row.
    pub index: usize,
    /// The output it belongs to, e.g. `bookings`.
    pub group: &'static str,
    /// The part of the output, e.g. `inbound`, `ae` or `total`; empty for an undivided output.
    pub part: &'static str,
    /// How it reads.
    pub unit: MetricUnit,
    /// How it sums over the horizon.
    pub horizon: Horizon,
}

impl Metric {
    /// The metric's key: `group.part`, or `group` when undivided.
    pub fn key(&self) -> String {
        if self.part.is_empty() {
            self.group.to_string()
        } else {
            format!("{}.{}", self.group, self.part)
        }
    }
}

const SOURCE_PARTS: [&str; 7] = [
    "founder",
    "outbound",
    "sdr",
    "inbound",
    "expansion",
    "pool",
    "total",
];
const ROLE_PARTS: [&str; 4] = ["ae", "sdr", "leader", "total"];

/// Start of `pipeline_created.<source>` (7 entries: six sources and `total`).
pub const PIPELINE_CREATED: usize = 0;
/// Start of `opps_created.<source>`.
pub const OPPS_CREATED: usize = 7;
/// Start of `bookings.<source>`.
pub const BOOKINGS: usize = 14;
/// Start of `deals_won.<source>`.
pub const DEALS_WON: usize = 21;
/// `open_pipeline` at quarter end.
pub const OPEN_PIPELINE: usize = 28;
/// Start of `headcount.<role>` at quarter end (`ae`, `sdr`, `leader`, `total`).
pub const HEADCOUNT: usize = 29;
/// Start of `hires.<role>`.
pub const HIRES: usize = 33;
/// Start of `departures.<role>`.
pub const DEPARTURES: usize = 37;
/// `ramped_capacity`: the mean over the quarter's months of Σ ramp over AEs.
pub const RAMPED_CAPACITY: usize = 41;
/// `quota_capacity`: Σ ramp · quota / 12 over the quarter's months.
pub const QUOTA_CAPACITY: usize = 42;
/// Start of `cost.<part>` (`total`, `ote`, `recruiting`).
pub const COST: usize = 43;
/// The number of metrics per quarter.
pub const METRIC_COUNT: usize = 46;
/// Offset of the `total` entry within a by-source group.
pub const TOTAL: usize = 6;
/// Offsets within a by-role group.
pub const ROLE_AE: usize = 0;
/// SDR offset within a by-role group.
pub const ROLE_SDR: usize = 1;
/// Leader offset within a by-role group.
pub const ROLE_LEADER: usize = 2;
/// Total offset within a by-role group.
pub const ROLE_TOTAL: usize = 3;

/// Every metric, in row order.
pub fn metrics() -> Vec<Metric> {
    let mut out = Vec::with_capacity(METRIC_COUNT);
    let mut push = |group: &'static str, part: &'static str, unit: MetricUnit, horizon: Horizon| {
        out.push(Metric {
            index: out.len(),
            group,
            part,
            unit,
            horizon,
        });
    };
    for (group, unit) in [
        ("pipeline_created", MetricUnit::Money),
        ("opps_created", MetricUnit::Count),
        ("bookings", MetricUnit::Money),
        ("deals_won", MetricUnit::Count),
    ] {
        for part in SOURCE_PARTS {
            push(group, part, unit, Horizon::Sum);
        }
    }
    push("open_pipeline", "", MetricUnit::Money, Horizon::End);
    for part in ROLE_PARTS {
        push("headcount", part, MetricUnit::Count, Horizon::End);
    }
    for group in ["hires", "departures"] {
        for part in ROLE_PARTS {
            push(group, part, MetricUnit::Count, Horizon::Sum);
        }
    }
    push("ramped_capacity", "", MetricUnit::Capacity, Horizon::Mean);
    push("quota_capacity", "", MetricUnit::Money, Horizon::Sum);
    for part in ["total", "ote", "recruiting"] {
        push("cost", part, MetricUnit::Money, Horizon::Sum);
    }
    debug_assert_eq!(out.len(), METRIC_COUNT);
    out
}

/// The metric with the given key, such as `bookings.total` or `open_pipeline`.
pub fn metric_by_key(key: &str) -> Option<Metric> {
    metrics().into_iter().find(|m| m.key() == key)
}

/// The horizon total of one metric from its quarterly values.
pub fn horizon_value(metric: &Metric, quarters: &[f64]) -> f64 {
    horizon_value_of(metric, quarters.iter().copied())
}

/// [`horizon_value`] over quarterly values as they come, without collecting them (the same
/// additions in the same order, so the same bits).
pub fn horizon_value_of(metric: &Metric, quarters: impl ExactSizeIterator<Item = f64>) -> f64 {
    let n = quarters.len();
    match metric.horizon {
        Horizon::Sum => quarters.sum(),
        Horizon::End => quarters.last().unwrap_or(0.0),
        Horizon::Mean => {
            if n == 0 {
                0.0
            } else {
                quarters.sum::<f64>() / n as f64
            }
        }
    }
}
