//! Row positions of the outputs the tests read by offset, taken from the engine's typed table
//! (`MetricId`): an output's first part, to which a source, a role or a cost part's offset is
//! added. Tests sweep parts by offset, which the typed constructors cannot do in a loop.

use pipesim::engine::outputs::{MetricId, Role, Source};

pub const PIPELINE_CREATED: usize = MetricId::pipeline_created(Source::Founder).index();
pub const OPPS_CREATED: usize = MetricId::opps_created(Source::Founder).index();
pub const BOOKINGS: usize = MetricId::bookings(Source::Founder).index();
pub const DEALS_WON: usize = MetricId::deals_won(Source::Founder).index();
pub const OPEN_PIPELINE: usize = MetricId::OPEN_PIPELINE.index();
pub const HEADCOUNT: usize = MetricId::headcount(Role::Ae).index();
pub const HIRES: usize = MetricId::hires(Role::Ae).index();
pub const DEPARTURES: usize = MetricId::departures(Role::Ae).index();
pub const RAMPED_CAPACITY: usize = MetricId::RAMPED_CAPACITY.index();
pub const QUOTA_CAPACITY: usize = MetricId::QUOTA_CAPACITY.index();
/// `cost.total`; `cost.ote` and `cost.recruiting` follow.
pub const COST: usize = MetricId::COST_TOTAL.index();
/// The offset of `total` in a by-source output.
pub const TOTAL: usize = Source::ALL.len();
pub const ROLE_AE: usize = Role::Ae as usize;
pub const ROLE_SDR: usize = Role::Sdr as usize;
pub const ROLE_LEADER: usize = Role::Leader as usize;
/// The offset of `total` in a by-role output.
pub const ROLE_TOTAL: usize = Role::ALL.len();
