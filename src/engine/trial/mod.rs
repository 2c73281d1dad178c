//! One simulated trial, month by month, in the order of MODEL.md ("Order of one month"). This
//! module holds the trial's state and its month; each step lives with its mechanism:
//! `people` (leader events, departures, hiring, coaching), `production` (the sources of
//! opportunities), `deals` (routing, placing and booking opportunities), `playbook` (maturity)
//! and `record` (the month's figures). Buffers live in a [`TrialBuffers`] reused across trials,
//! so after the first trial no opportunity allocates.

mod deals;
mod people;
mod playbook;
mod production;
mod record;

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::sampling::{stream, Rng};

use super::opportunity_log::OpportunityLog;
use super::outputs::{MetricId, Role, Source, METRIC_COUNT};
use super::setup::Setup;
use super::RunError;
use deals::{Opp, Unrouted};
use people::Team;

/// The most opportunities one trial may create before the run stops with an error.
pub const MAX_OPPS_PER_TRIAL: u64 = 20_000_000;

/// Stream purposes: every random draw comes from the stream of one purpose and one entity.
pub(crate) mod purpose {
    /// A trial-level field; the entity is the field's number.
    pub const TRIAL_FIELD: u64 = 1;
    /// A requisition's time to fill; the entity is role and requisition number.
    pub const REQUISITION: u64 = 2;
    /// A person's attributes at hire: ramp, mis-hire, elite, closing skill.
    pub const PERSON: u64 = 3;
    /// A person's monthly attrition draws, then the orphan draws at departure.
    pub const LIFE: u64 = 4;
    /// A person's own prospecting (AE outbound, SDR meetings) and those opportunities.
    pub const PROSPECTING: u64 = 5;
    /// An AE's expansion opportunities.
    pub const EXPANSION: u64 = 6;
    /// The founder's opportunities.
    pub const FOUNDER: u64 = 7;
    /// Inbound opportunities.
    pub const INBOUND: u64 = 8;
    /// The shared pool.
    pub const POOL: u64 = 9;
    /// The leader's fate.
    pub const LEADER: u64 = 10;
}

/// The stream entity of a person or requisition of a role: the role's number above its id.
fn entity(role: Role, id: u64) -> u64 {
    ((role as u64) << 40) | id
}

/// Trial-level draws: the world this trial lives in.
#[derive(Debug, Clone, Copy)]
struct World {
    ae_attrition_monthly: f64,
    sdr_attrition_monthly: f64,
    ae_mis_hire_rate: f64,
    sdr_mis_hire_rate: f64,
    ae_elite_share: f64,
    sdr_elite_share: f64,
    hours_per_sourced_opp: f64,
    meetings_per_month: f64,
    meeting_to_opp: f64,
    inbound_opps: f64,
    win_rates: [f64; Source::COUNT],
}

fn monthly(annual: f64) -> f64 {
    1.0 - libm::pow(1.0 - annual, 1.0 / 12.0)
}

impl World {
    fn draw(setup: &Setup, trial_seed: u64) -> World {
        let field = |n: u64, s: &crate::sampling::Sampler| {
            s.sample(&mut stream(trial_seed, purpose::TRIAL_FIELD, n))
        };
        World {
            ae_attrition_monthly: monthly(field(1, &setup.ae.annual_attrition)),
            sdr_attrition_monthly: monthly(field(2, &setup.sdr.annual_attrition)),
            ae_mis_hire_rate: field(3, &setup.ae.mis_hire_rate),
            sdr_mis_hire_rate: field(4, &setup.sdr.mis_hire_rate),
            ae_elite_share: field(5, &setup.ae.elite_share),
            sdr_elite_share: field(6, &setup.sdr.elite_share),
            hours_per_sourced_opp: field(7, &setup.hours_per_sourced_opp),
            meetings_per_month: field(8, &setup.meetings_per_month),
            meeting_to_opp: field(9, &setup.meeting_to_opp),
            inbound_opps: field(10, &setup.inbound_opps),
            win_rates: std::array::from_fn(|i| field(20 + i as u64, &setup.win_rates[i])),
        }
    }
}

/// Reusable buffers of one thread's trials.
#[derive(Debug, Default)]
pub struct TrialBuffers {
    ae: Team,
    sdr: Team,
    /// Open opportunities by close month; the last bucket holds every close at or after the horizon.
    buckets: Vec<Vec<Opp>>,
    unrouted: Vec<Unrouted>,
    /// AEs keyed by `open << 32 | index`: the least loaded first, ties to the lowest index.
    heap: BinaryHeap<Reverse<u64>>,
    pool_pending: Vec<u64>,
    bookings_by_month: Vec<f64>,
    quota_by_month: Vec<f64>,
    leavers: Vec<u32>,
    juniors: Vec<u32>,
}

/// The month being simulated.
struct Month {
    t: usize,
    /// Its quarter.
    q: usize,
    /// The playbook maturity m(t), before this month's update.
    maturity: f64,
    /// The AI uplift ai(t).
    ai: f64,
}

/// Simulates one trial and writes its quarterly outputs into `out`
/// (`quarters × METRIC_COUNT` numbers, quarter-major), which must start zeroed.
pub fn simulate_trial(
    setup: &Setup,
    trial_seed: u64,
    buf: &mut TrialBuffers,
    out: &mut [f64],
) -> Result<u64, RunError> {
    Trial::<false>::new(setup, trial_seed, buf, out, None).run()
}

/// [`simulate_trial`], also writing every opportunity the trial creates into `log` (emptied
/// first). The trial's draws and outputs are the same as without the log.
pub fn simulate_trial_logged(
    setup: &Setup,
    trial_seed: u64,
    buf: &mut TrialBuffers,
    out: &mut [f64],
    log: &mut OpportunityLog,
) -> Result<u64, RunError> {
    log.start(setup.horizon);
    Trial::<true>::new(setup, trial_seed, buf, out, Some(log)).run()
}

/// One trial in progress. `LOGGED` trials also write every opportunity into `log`; the
/// unlogged ones are compiled without that code, so the log costs the month loop nothing.
struct Trial<'a, const LOGGED: bool> {
    setup: &'a Setup,
    seed: u64,
    world: World,
    buf: &'a mut TrialBuffers,
    out: &'a mut [f64],
    opps_created: u64,
    leader_in_seat: bool,
    leader_leaves: Option<usize>,
    departure_effect_until: usize,
    founder: Rng,
    inbound: Rng,
    pool: Rng,
    pool_size: u64,
    maturity: f64,
    /// How many AEs (the first on staff) are coaches this month.
    coaches: usize,
    /// This month's created pipeline and opportunities by source, added to the quarter in step 7.
    created_value: [f64; Source::COUNT],
    created_count: [u32; Source::COUNT],
    /// Where every opportunity is also written: `Some` exactly when `LOGGED`.
    log: Option<&'a mut OpportunityLog>,
}

impl<'a, const LOGGED: bool> Trial<'a, LOGGED> {
    fn new(
        setup: &'a Setup,
        seed: u64,
        buf: &'a mut TrialBuffers,
        out: &'a mut [f64],
        log: Option<&'a mut OpportunityLog>,
    ) -> Trial<'a, LOGGED> {
        let h = setup.horizon;
        buf.ae.clear(h);
        buf.sdr.clear(h);
        buf.buckets.resize_with(h + 1, Vec::new);
        for b in &mut buf.buckets {
            b.clear();
        }
        buf.pool_pending.clear();
        buf.pool_pending.resize(h + 1, 0);
        buf.bookings_by_month.clear();
        buf.bookings_by_month.resize(h, 0.0);
        buf.quota_by_month.clear();
        buf.quota_by_month.resize(h, 0.0);
        Trial {
            setup,
            seed,
            world: World::draw(setup, seed),
            buf,
            out,
            opps_created: 0,
            leader_in_seat: false,
            leader_leaves: None,
            departure_effect_until: 0,
            founder: stream(seed, purpose::FOUNDER, 0),
            inbound: stream(seed, purpose::INBOUND, 0),
            pool: stream(seed, purpose::POOL, 0),
            pool_size: 0,
            maturity: setup.scenario.playbook.initial,
            coaches: 0,
            created_value: [0.0; Source::COUNT],
            created_count: [0; Source::COUNT],
            log,
        }
    }

    /// The trial's value of `metric` in quarter `q`.
    #[inline]
    fn cell(&mut self, q: usize, metric: MetricId) -> &mut f64 {
        &mut self.out[q * METRIC_COUNT + metric.index()]
    }

    /// The months of the horizon, each in MODEL.md's order of one month.
    fn run(mut self) -> Result<u64, RunError> {
        let setup = self.setup;
        self.initial_staff();
        for t in 0..setup.horizon {
            let month = Month {
                t,
                q: t / 3,
                maturity: self.maturity,
                ai: setup.ai[t],
            };
            // 1. Leader events: hire and departure.
            self.leader_events(&month);
            // 2. Departures: attrition and washouts; orphaned wins, books to the pool or others.
            self.departures(&month);
            // 3. Requisitions open (plan, pace, backfills) and due hires start.
            for role in Role::TEAMS {
                self.hiring(&month, role);
            }
            // 4. Production and routing.
            self.production(&month)?;
            // 5. Bookings of wins that close this month.
            let wins = self.bookings(&month);
            // 6. Maturity update.
            self.update_maturity(&month, wins);
            // 7. Record this month's figures.
            self.record(&month);
        }
        Ok(self.opps_created)
    }
}
