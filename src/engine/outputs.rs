//! The outputs of a trial (MODEL.md, Outputs) and their vocabulary: the sources of
//! opportunities, the roles of people, and the one table of metrics, each named by a typed
//! [`MetricId`] with its key, its unit, how it sums over the horizon and its place in a trial's
//! row of numbers.

/// Where an opportunity came from.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Founder = 0,
    Outbound = 1,
    Sdr = 2,
    Inbound = 3,
    Expansion = 4,
    Pool = 5,
}

impl Source {
    /// How many sources there are: the size of every per-source array.
    pub const COUNT: usize = 6;
    /// Every source, in output order.
    pub const ALL: [Source; Source::COUNT] = [
        Source::Founder,
        Source::Outbound,
        Source::Sdr,
        Source::Inbound,
        Source::Expansion,
        Source::Pool,
    ];
    /// The key used in files and metric names.
    pub const fn key(self) -> &'static str {
        match self {
            Source::Founder => "founder",
            Source::Outbound => "outbound",
            Source::Sdr => "sdr",
            Source::Inbound => "inbound",
            Source::Expansion => "expansion",
            Source::Pool => "pool",
        }
    }
    /// Whether a win from this source adds a customer to its AE's book.
    pub fn adds_customer(self) -> bool {
        matches!(
            self,
            Source::Outbound | Source::Sdr | Source::Inbound | Source::Pool
        )
    }
}

/// A person's role: in the headcount, hires and departures outputs, and in the random streams
/// of people (its number is part of their entity keys, so it must never change).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// An account executive.
    Ae = 0,
    /// A sales development rep.
    Sdr = 1,
    /// The VP of Sales.
    Leader = 2,
}

impl Role {
    /// Every role, in output order.
    pub const ALL: [Role; 3] = [Role::Ae, Role::Sdr, Role::Leader];
    /// The roles hired by requisition, with a team of their own.
    pub const TEAMS: [Role; 2] = [Role::Ae, Role::Sdr];
    /// The key used in files and metric names.
    pub const fn key(self) -> &'static str {
        match self {
            Role::Ae => "ae",
            Role::Sdr => "sdr",
            Role::Leader => "leader",
        }
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

/// How an output is divided into parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Parts {
    /// Undivided: one metric named by the output alone.
    Whole,
    /// One part per [`Source`], then `total`.
    BySource,
    /// One part per [`Role`], then `total`.
    ByRole,
    /// `total`, `ote` and `recruiting`.
    Cost,
}

const COST_PARTS: [&str; 3] = ["total", "ote", "recruiting"];

impl Parts {
    const fn len(self) -> usize {
        match self {
            Parts::Whole => 1,
            Parts::BySource => Source::ALL.len() + 1,
            Parts::ByRole => Role::ALL.len() + 1,
            Parts::Cost => COST_PARTS.len(),
        }
    }

    const fn name(self, part: usize) -> &'static str {
        match self {
            Parts::Whole => "",
            Parts::BySource if part < Source::ALL.len() => Source::ALL[part].key(),
            Parts::ByRole if part < Role::ALL.len() => Role::ALL[part].key(),
            Parts::BySource | Parts::ByRole => "total",
            Parts::Cost => COST_PARTS[part],
        }
    }
}

/// One output of MODEL.md: its name, parts, unit and horizon rule.
struct Output {
    group: &'static str,
    parts: Parts,
    unit: MetricUnit,
    horizon: Horizon,
}

const fn output(group: &'static str, parts: Parts, unit: MetricUnit, horizon: Horizon) -> Output {
    Output {
        group,
        parts,
        unit,
        horizon,
    }
}

/// The table of metrics: every output in row order, each taking one place per part.
#[rustfmt::skip]
const OUTPUTS: [Output; 11] = [
    output("pipeline_created", Parts::BySource, MetricUnit::Money, Horizon::Sum),
    output("opps_created", Parts::BySource, MetricUnit::Count, Horizon::Sum),
    output("bookings", Parts::BySource, MetricUnit::Money, Horizon::Sum),
    output("deals_won", Parts::BySource, MetricUnit::Count, Horizon::Sum),
    output("open_pipeline", Parts::Whole, MetricUnit::Money, Horizon::End),
    output("headcount", Parts::ByRole, MetricUnit::Count, Horizon::End),
    output("hires", Parts::ByRole, MetricUnit::Count, Horizon::Sum),
    output("departures", Parts::ByRole, MetricUnit::Count, Horizon::Sum),
    output("ramped_capacity", Parts::Whole, MetricUnit::Capacity, Horizon::Mean),
    output("quota_capacity", Parts::Whole, MetricUnit::Money, Horizon::Sum),
    output("cost", Parts::Cost, MetricUnit::Money, Horizon::Sum),
];

// The outputs' numbers in [`OUTPUTS`].
const PIPELINE_CREATED: usize = 0;
const OPPS_CREATED: usize = 1;
const BOOKINGS: usize = 2;
const DEALS_WON: usize = 3;
const OPEN_PIPELINE: usize = 4;
const HEADCOUNT: usize = 5;
const HIRES: usize = 6;
const DEPARTURES: usize = 7;
const RAMPED_CAPACITY: usize = 8;
const QUOTA_CAPACITY: usize = 9;
const COST: usize = 10;

/// Where output `n` of [`OUTPUTS`] starts in a row.
const fn start(n: usize) -> usize {
    let mut at = 0;
    let mut i = 0;
    while i < n {
        at += OUTPUTS[i].parts.len();
        i += 1;
    }
    at
}

/// The number of metrics per quarter.
pub const METRIC_COUNT: usize = start(OUTPUTS.len());

/// Each metric's output in [`OUTPUTS`] and part of it, by row position: worked out once, when
/// the program is built.
const PLACES: [(u8, u8); METRIC_COUNT] = places();

const fn places() -> [(u8, u8); METRIC_COUNT] {
    let mut out = [(0, 0); METRIC_COUNT];
    let (mut n, mut at) = (0, 0);
    while n < OUTPUTS.len() {
        let mut part = 0;
        while part < OUTPUTS[n].parts.len() {
            out[at] = (n as u8, part as u8);
            at += 1;
            part += 1;
        }
        n += 1;
    }
    out
}

/// The constructors of the metrics of an output divided by source or by role: the part's
/// place counts back from the output's `total`, which follows its `ALL.len()` parts.
macro_rules! by_part {
    ($($(#[$doc:meta])* $name:ident($part:ident: $kind:ident) of $total:ident;)*) => {$(
        $(#[$doc])*
        #[inline]
        pub const fn $name($part: $kind) -> MetricId {
            MetricId(Self::$total.0 - $kind::ALL.len() as u8 + $part as u8)
        }
    )*};
}

/// One metric, such as `bookings.inbound`: a part of an output of [`OUTPUTS`]. Code names
/// metrics by these; the key (`MetricId::key`) is how files, CSV and JSON name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MetricId(u8);

const _: () = assert!(METRIC_COUNT <= u8::MAX as usize);

impl MetricId {
    const fn at(n: usize, part: usize) -> MetricId {
        MetricId((start(n) + part) as u8)
    }

    by_part! {
        /// Pipeline created by a source.
        pipeline_created(source: Source) of PIPELINE_CREATED_TOTAL;
        /// Opportunities created by a source.
        opps_created(source: Source) of OPPS_CREATED_TOTAL;
        /// Bookings from a source.
        bookings(source: Source) of BOOKINGS_TOTAL;
        /// Deals won from a source.
        deals_won(source: Source) of DEALS_WON_TOTAL;
        /// Headcount of a role at quarter end.
        headcount(role: Role) of HEADCOUNT_TOTAL;
        /// Hires of a role.
        hires(role: Role) of HIRES_TOTAL;
        /// Departures of a role.
        departures(role: Role) of DEPARTURES_TOTAL;
    }

    /// `pipeline_created.total`.
    pub const PIPELINE_CREATED_TOTAL: MetricId = Self::at(PIPELINE_CREATED, Source::ALL.len());
    /// `opps_created.total`.
    pub const OPPS_CREATED_TOTAL: MetricId = Self::at(OPPS_CREATED, Source::ALL.len());
    /// `bookings.total`.
    pub const BOOKINGS_TOTAL: MetricId = Self::at(BOOKINGS, Source::ALL.len());
    /// `deals_won.total`.
    pub const DEALS_WON_TOTAL: MetricId = Self::at(DEALS_WON, Source::ALL.len());
    /// `open_pipeline` at quarter end.
    pub const OPEN_PIPELINE: MetricId = Self::at(OPEN_PIPELINE, 0);
    /// `headcount.total` at quarter end: AEs, SDRs and the leader.
    pub const HEADCOUNT_TOTAL: MetricId = Self::at(HEADCOUNT, Role::ALL.len());
    /// `hires.total`.
    pub const HIRES_TOTAL: MetricId = Self::at(HIRES, Role::ALL.len());
    /// `departures.total`.
    pub const DEPARTURES_TOTAL: MetricId = Self::at(DEPARTURES, Role::ALL.len());
    /// `ramped_capacity`: the mean over the quarter's months of Σ ramp over AEs.
    pub const RAMPED_CAPACITY: MetricId = Self::at(RAMPED_CAPACITY, 0);
    /// `quota_capacity`: Σ ramp · quota / 12 over the quarter's months.
    pub const QUOTA_CAPACITY: MetricId = Self::at(QUOTA_CAPACITY, 0);
    /// `cost.total`: OTE and recruiting.
    pub const COST_TOTAL: MetricId = Self::at(COST, 0);
    /// `cost.ote`.
    pub const COST_OTE: MetricId = Self::at(COST, 1);
    /// `cost.recruiting`.
    pub const COST_RECRUITING: MetricId = Self::at(COST, 2);

    /// Every metric, in row order.
    pub fn all() -> impl ExactSizeIterator<Item = MetricId> + Clone {
        (0..METRIC_COUNT as u8).map(MetricId)
    }

    /// The metric with the given key, such as `bookings.total` or `open_pipeline`.
    pub fn from_key(key: &str) -> Option<MetricId> {
        Self::all().find(|id| id.has_key(key))
    }

    /// Its position in a trial's row of one quarter.
    #[inline]
    pub const fn index(self) -> usize {
        self.0 as usize
    }

    /// The number of its output in [`OUTPUTS`], and its part of that output.
    #[inline]
    const fn place(self) -> (usize, usize) {
        let (n, part) = PLACES[self.0 as usize];
        (n as usize, part as usize)
    }

    /// The output it belongs to, e.g. `bookings`.
    pub const fn group(self) -> &'static str {
        OUTPUTS[self.place().0].group
    }

    /// Its part of the output, e.g. `inbound`, `ae` or `total`; empty for an undivided output.
    pub const fn part(self) -> &'static str {
        let (n, part) = self.place();
        OUTPUTS[n].parts.name(part)
    }

    /// How it reads.
    pub const fn unit(self) -> MetricUnit {
        OUTPUTS[self.place().0].unit
    }

    /// How it sums over the horizon.
    pub const fn horizon(self) -> Horizon {
        OUTPUTS[self.place().0].horizon
    }

    /// Its key in files, CSV and JSON: `group.part`, or `group` when undivided.
    pub fn key(self) -> String {
        self.metric().key()
    }

    /// Whether `key` is its key (without making the key).
    pub fn has_key(self, key: &str) -> bool {
        let (group, part) = (self.group(), self.part());
        match key.strip_prefix(group) {
            Some(rest) if part.is_empty() => rest.is_empty(),
            Some(rest) => rest.strip_prefix('.') == Some(part),
            None => false,
        }
    }

    /// Its entry of the catalogue.
    pub fn metric(self) -> Metric {
        let (n, part) = self.place();
        let output = &OUTPUTS[n];
        Metric {
            index: self.index(),
            group: output.group,
            part: output.parts.name(part),
            unit: output.unit,
            horizon: output.horizon,
        }
    }
}

/// One output, such as `bookings.inbound`, as the catalogue lists it.
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
    /// Its typed id.
    pub fn id(&self) -> MetricId {
        MetricId(self.index as u8)
    }

    /// The metric's key: `group.part`, or `group` when undivided.
    pub fn key(&self) -> String {
        if self.part.is_empty() {
            self.group.to_string()
        } else {
            format!("{}.{}", self.group, self.part)
        }
    }
}

/// Every metric, in row order.
pub fn metrics() -> Vec<Metric> {
    MetricId::all().map(MetricId::metric).collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key in row order, as files, CSV and JSON have always named them.
    #[rustfmt::skip]
    const KEYS: [&str; METRIC_COUNT] = [
        "pipeline_created.founder", "pipeline_created.outbound", "pipeline_created.sdr",
        "pipeline_created.inbound", "pipeline_created.expansion", "pipeline_created.pool",
        "pipeline_created.total", "opps_created.founder", "opps_created.outbound",
        "opps_created.sdr", "opps_created.inbound", "opps_created.expansion", "opps_created.pool",
        "opps_created.total", "bookings.founder", "bookings.outbound", "bookings.sdr",
        "bookings.inbound", "bookings.expansion", "bookings.pool", "bookings.total",
        "deals_won.founder", "deals_won.outbound", "deals_won.sdr", "deals_won.inbound",
        "deals_won.expansion", "deals_won.pool", "deals_won.total", "open_pipeline",
        "headcount.ae", "headcount.sdr", "headcount.leader", "headcount.total", "hires.ae",
        "hires.sdr", "hires.leader", "hires.total", "departures.ae", "departures.sdr",
        "departures.leader", "departures.total", "ramped_capacity", "quota_capacity",
        "cost.total", "cost.ote", "cost.recruiting",
    ];

    #[test]
    fn the_table_gives_every_metric_its_key_and_place() {
        let keys: Vec<String> = MetricId::all().map(MetricId::key).collect();
        assert_eq!(keys, KEYS);
        for (index, id) in MetricId::all().enumerate() {
            assert_eq!(id.index(), index);
            assert_eq!(MetricId::from_key(KEYS[index]), Some(id));
            assert_eq!(id.metric().id(), id);
            assert!(!id.has_key(&format!("{}x", KEYS[index])));
        }
        assert_eq!(MetricId::from_key("bookings"), None);
        assert_eq!(MetricId::from_key("open_pipeline.total"), None);
        assert_eq!(
            MetricId::bookings(Source::Inbound).key(),
            "bookings.inbound"
        );
        assert_eq!(MetricId::headcount(Role::Leader).key(), "headcount.leader");
        assert_eq!(MetricId::COST_RECRUITING.key(), "cost.recruiting");
        assert_eq!(MetricId::RAMPED_CAPACITY.horizon(), Horizon::Mean);
        assert_eq!(MetricId::HEADCOUNT_TOTAL.horizon(), Horizon::End);
        assert_eq!(MetricId::OPPS_CREATED_TOTAL.unit(), MetricUnit::Count);
    }

    #[test]
    fn roles_keep_the_numbers_of_their_random_streams() {
        assert_eq!(
            [Role::Ae as u64, Role::Sdr as u64, Role::Leader as u64],
            [0, 1, 2]
        );
    }
}
