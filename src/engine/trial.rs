//! One simulated trial, month by month, in the order of MODEL.md ("Order of one month"):
//! leader events, departures, requisitions and hires, production and routing, bookings, playbook
//! maturity, and the month's record. Buffers live in a [`TrialBuffers`] reused across trials, so
//! after the first trial no opportunity allocates.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::sampling::distributions::{binomial, poisson, uniform01};
use crate::sampling::{exact, stream, Rng};

use super::outputs::*;
use super::setup::{RoleSetup, Setup};
use super::RunError;

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

const ROLE_AE: u64 = 0;
const ROLE_SDR: u64 = 1;

fn entity(role: u64, id: u64) -> u64 {
    (role << 40) | id
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
    win_rates: [f64; 6],
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

/// Up to this many AEs, routing goes level by level instead of keeping a heap.
const SMALL_TEAM: usize = 24;
// A small team's AEs are the bits of a `u32` while it is routed to.
const _: () = assert!(SMALL_TEAM <= 32);

/// Who owns an opportunity.
const OWNER_FOUNDER: u32 = u32::MAX;
const OWNER_NONE: u32 = u32::MAX - 1;

/// An open opportunity. Its fate is decided when it is created (the win draw is compared with
/// the win probability then); an orphaned win may still be lost.
#[derive(Debug, Clone, Copy)]
struct Opp {
    value: f64,
    owner: u32,
    source: Source,
    win: bool,
}

/// An opportunity drawn by an SDR or inbound, waiting to be routed.
#[derive(Debug, Clone, Copy)]
struct Unrouted {
    value: f64,
    close: usize,
    draw: f64,
    source: Source,
}

/// A person on staff (AE or SDR).
#[derive(Debug, Clone)]
struct Person {
    /// Month of start; initial staff start at −initial tenure.
    start: i64,
    initial: bool,
    ramp_months: f64,
    /// The coached ramp and washout apply.
    coached: bool,
    /// The coach (a slot of the AE table) while this AE is a trainee.
    coach: Option<u32>,
    mis_hire: bool,
    prospecting: f64,
    closing: f64,
    open: u32,
    customers: u64,
    life: Rng,
    prospects: Rng,
    expansion: Rng,
    leaving: bool,
}

impl Person {
    fn tenure(&self, t: usize) -> i64 {
        t as i64 - self.start
    }

    fn ramp(&self, t: usize, coach_ramp_multiplier: f64) -> f64 {
        if self.initial {
            return 1.0;
        }
        let r = if self.coached {
            self.ramp_months * coach_ramp_multiplier
        } else {
            self.ramp_months
        };
        if r < 1.0 {
            1.0
        } else {
            ((self.tenure(t) + 1) as f64 / r).min(1.0)
        }
    }
}

/// The people of one role: every slot ever used, and the slots on staff in rep-index order.
#[derive(Debug, Default)]
struct Team {
    people: Vec<Person>,
    staff: Vec<u32>,
    /// Requisition numbers waiting to start, by start month, in the order they opened.
    starts: Vec<Vec<u64>>,
    next_requisition: u64,
    /// Backfills for last month's departures: their requisitions open this month.
    backfills_due: u32,
    /// Departures of this month that will be backfilled next month.
    backfills_next: u32,
    pace_opened: u64,
    pace_sum: f64,
}

impl Team {
    /// Trainees whose coach is among `leavers` revert to the uncoached ramp and washout.
    fn release_trainees_of(&mut self, leavers: &[u32]) {
        for &slot in &self.staff {
            let person = &mut self.people[slot as usize];
            if person.coach.is_some_and(|coach| leavers.contains(&coach)) {
                person.coach = None;
                person.coached = false;
            }
        }
    }

    fn clear(&mut self, horizon: usize) {
        self.people.clear();
        self.staff.clear();
        self.starts.resize_with(horizon, Vec::new);
        for month in &mut self.starts {
            month.clear();
        }
        self.next_requisition = 0;
        self.backfills_due = 0;
        self.backfills_next = 0;
        self.pace_opened = 0;
        self.pace_sum = 0.0;
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

struct Month {
    t: usize,
    q: usize,
    maturity: f64,
    ai: f64,
}

/// The AEs (bit `i` for staff index `i`) whose load is `level`.
#[inline]
fn level_mask(loads: &[u32], level: u32) -> u32 {
    loads
        .iter()
        .enumerate()
        .filter(|&(_, &load)| load == level)
        .fold(0, |mask, (index, _)| mask | 1 << index)
}

/// Simulates one trial and writes its quarterly outputs into `out`
/// (`quarters × METRIC_COUNT` numbers, quarter-major), which must start zeroed.
pub fn simulate_trial(
    setup: &Setup,
    trial_seed: u64,
    buf: &mut TrialBuffers,
    out: &mut [f64],
) -> Result<u64, RunError> {
    Trial::new(setup, trial_seed, buf, out).run()
}

struct Trial<'a> {
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
    created_value: [f64; 6],
    created_count: [u32; 6],
}

impl<'a> Trial<'a> {
    fn new(
        setup: &'a Setup,
        seed: u64,
        buf: &'a mut TrialBuffers,
        out: &'a mut [f64],
    ) -> Trial<'a> {
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
            created_value: [0.0; 6],
            created_count: [0; 6],
        }
    }

    fn cell(&mut self, q: usize, metric: usize) -> &mut f64 {
        &mut self.out[q * METRIC_COUNT + metric]
    }

    fn run(mut self) -> Result<u64, RunError> {
        let setup = self.setup;
        for i in 0..setup.ae.initial {
            self.add_person(ROLE_AE, i as u64, None);
        }
        for i in 0..setup.sdr.initial {
            self.add_person(ROLE_SDR, i as u64, None);
        }
        for t in 0..setup.horizon {
            let month = Month {
                t,
                q: t / 3,
                maturity: self.maturity,
                ai: setup.ai[t],
            };
            self.leader_events(&month);
            self.departures(&month);
            self.hiring(&month, ROLE_AE);
            self.hiring(&month, ROLE_SDR);
            self.production(&month)?;
            let wins = self.bookings(&month);
            self.update_maturity(&month, wins);
            self.record(&month);
        }
        Ok(self.opps_created)
    }

    // ----- people -------------------------------------------------------------------------

    fn team(&mut self, role: u64) -> &mut Team {
        if role == ROLE_AE {
            &mut self.buf.ae
        } else {
            &mut self.buf.sdr
        }
    }

    fn role_setup(&self, role: u64) -> &'a RoleSetup {
        if role == ROLE_AE {
            &self.setup.ae
        } else {
            &self.setup.sdr
        }
    }

    /// Adds a person to staff: initial staff when `start` is `None`, else a hire starting then.
    fn add_person(&mut self, role: u64, person_id: u64, start: Option<usize>) {
        let rs = self.role_setup(role);
        let id = entity(role, person_id);
        let mut attributes = stream(self.seed, purpose::PERSON, id);
        let ramp_months = rs.ramp_months.sample(&mut attributes);
        let (mis_rate, elite_share) = if role == ROLE_AE {
            (self.world.ae_mis_hire_rate, self.world.ae_elite_share)
        } else {
            (self.world.sdr_mis_hire_rate, self.world.sdr_elite_share)
        };
        let mis_draw = uniform01(&mut attributes);
        let elite = uniform01(&mut attributes) < elite_share;
        let skill = if role == ROLE_AE {
            self.setup.win_rate_multiplier.sample(&mut attributes)
        } else {
            1.0
        };
        let initial = start.is_none();
        let mis_hire = !initial && mis_draw < mis_rate;
        let mis = if mis_hire {
            rs.mis_hire_productivity
        } else {
            1.0
        };
        let person = Person {
            start: start.map(|s| s as i64).unwrap_or(-rs.initial_tenure),
            initial,
            ramp_months,
            coached: false,
            coach: None,
            mis_hire,
            prospecting: if elite { rs.elite_multiplier } else { 1.0 } * mis,
            closing: skill * mis,
            open: 0,
            customers: 0,
            life: stream(self.seed, purpose::LIFE, id),
            prospects: stream(self.seed, purpose::PROSPECTING, id),
            expansion: stream(self.seed, purpose::EXPANSION, id),
            leaving: false,
        };
        let team = self.team(role);
        let slot = team.people.len() as u32;
        team.people.push(person);
        team.staff.push(slot);
        if let Some(t) = start {
            let q = t / 3;
            let (hire_metric, cost) = if role == ROLE_AE {
                (ROLE_AE_IDX, rs.recruiting_cost)
            } else {
                (ROLE_SDR_IDX, rs.recruiting_cost)
            };
            *self.cell(q, HIRES + hire_metric) += 1.0;
            *self.cell(q, HIRES + ROLE_TOTAL) += 1.0;
            *self.cell(q, COST + 2) += cost;
            *self.cell(q, COST) += cost;
            if role == ROLE_AE {
                self.assign_coach(slot);
            }
        }
    }

    /// Step 1: the leader starts, or leaves.
    fn leader_events(&mut self, m: &Month) {
        let leader = &self.setup.scenario.leader;
        if leader.hire_month == Some(m.t as u32) {
            let mut fate = stream(self.seed, purpose::LEADER, 0);
            let fails = uniform01(&mut fate) < leader.failure_rate;
            let tenure = 6.0 + 6.0 * uniform01(&mut fate);
            self.leader_in_seat = true;
            self.leader_leaves = fails.then(|| m.t + exact::floor(tenure) as usize);
            *self.cell(m.q, HIRES + ROLE_LEADER) += 1.0;
            *self.cell(m.q, HIRES + ROLE_TOTAL) += 1.0;
            *self.cell(m.q, COST + 2) += leader.recruiting_cost;
            *self.cell(m.q, COST) += leader.recruiting_cost;
        }
        if self.leader_in_seat && self.leader_leaves == Some(m.t) {
            self.leader_in_seat = false;
            self.departure_effect_until = m.t + 3;
            *self.cell(m.q, DEPARTURES + ROLE_LEADER) += 1.0;
            *self.cell(m.q, DEPARTURES + ROLE_TOTAL) += 1.0;
        }
    }

    fn morale_multiplier(&self, t: usize) -> f64 {
        let morale = &self.setup.scenario.morale;
        if !morale.enabled || t < 3 {
            return 1.0;
        }
        let quota: f64 = self.buf.quota_by_month[t - 3..t].iter().sum();
        if quota <= 0.0 {
            return 1.0;
        }
        let bookings: f64 = self.buf.bookings_by_month[t - 3..t].iter().sum();
        if bookings / quota < morale.threshold {
            morale.attrition_multiplier
        } else {
            1.0
        }
    }

    /// Step 2: attrition, then washouts; orphans, books and coaches of the leavers.
    fn departures(&mut self, m: &Month) {
        let mut multiplier = self.morale_multiplier(m.t);
        if m.t < self.departure_effect_until {
            multiplier *= self.setup.scenario.leader.departure_attrition_multiplier;
        }
        let coach_washout = self.setup.scenario.coaching.washout_months as i64;
        for role in [ROLE_AE, ROLE_SDR] {
            let rs = self.role_setup(role);
            let p = if role == ROLE_AE {
                self.world.ae_attrition_monthly
            } else {
                self.world.sdr_attrition_monthly
            };
            let p = (p * multiplier).min(1.0);
            let mut leavers = std::mem::take(&mut self.buf.leavers);
            leavers.clear();
            let team = self.team(role);
            for &slot in &team.staff {
                let person = &mut team.people[slot as usize];
                if person.tenure(m.t) >= 1 && uniform01(&mut person.life) < p {
                    person.leaving = true;
                    leavers.push(slot);
                }
            }
            if role == ROLE_AE && !leavers.is_empty() {
                // Trainees of a coach who leaves revert this very month, before washouts.
                team.release_trainees_of(&leavers);
            }
            for &slot in &team.staff {
                let person = &mut team.people[slot as usize];
                let washout = if person.coached {
                    coach_washout
                } else {
                    rs.washout_months
                };
                if !person.leaving && person.mis_hire && person.tenure(m.t) >= washout {
                    person.leaving = true;
                    leavers.push(slot);
                }
            }
            if !leavers.is_empty() {
                let team = self.team(role);
                team.staff.retain(|&s| !team.people[s as usize].leaving);
                if rs.backfill {
                    team.backfills_next += leavers.len() as u32;
                }
                let idx = if role == ROLE_AE {
                    ROLE_AE_IDX
                } else {
                    ROLE_SDR_IDX
                };
                *self.cell(m.q, DEPARTURES + idx) += leavers.len() as f64;
                *self.cell(m.q, DEPARTURES + ROLE_TOTAL) += leavers.len() as f64;
                if role == ROLE_AE {
                    self.ae_leavers(m, &leavers);
                }
            }
            self.buf.leavers = leavers;
        }
        // Coaches: the longest-tenured AEs, who are the first on staff.
        self.coaches = (self.setup.scenario.coaching.coaches as usize).min(self.buf.ae.staff.len());
        // Trainees whose ramp is complete free their coach's slot.
        let ramp_multiplier = self.setup.scenario.coaching.ramp_multiplier;
        let team = &mut self.buf.ae;
        for &slot in &team.staff {
            let person = &mut team.people[slot as usize];
            if person.coach.is_some() && person.ramp(m.t, ramp_multiplier) >= 1.0 {
                person.coach = None;
            }
        }
    }

    /// Orphaned opportunities, books and trainees of the AEs leaving this month.
    fn ae_leavers(&mut self, m: &Month, leavers: &[u32]) {
        let orphan_loss = self.setup.scenario.ae.orphan_loss;
        // Trainees of a coach washed out this month revert too.
        self.buf.ae.release_trainees_of(leavers);
        // Open opportunities pass to the least-loaded remaining AE, after the orphan draw.
        let mut orphans: u64 = leavers
            .iter()
            .map(|&s| u64::from(self.buf.ae.people[s as usize].open))
            .sum();
        if orphans > 0 {
            self.fill_heap();
        }
        let buf = &mut *self.buf;
        'scan: for bucket in &mut buf.buckets[m.t..] {
            for opp in bucket.iter_mut() {
                if orphans == 0 {
                    break 'scan;
                }
                if opp.owner >= OWNER_NONE || !buf.ae.people[opp.owner as usize].leaving {
                    continue;
                }
                orphans -= 1;
                let leaver = &mut buf.ae.people[opp.owner as usize];
                leaver.open -= 1;
                if opp.win && uniform01(&mut leaver.life) < orphan_loss {
                    opp.win = false;
                }
                opp.owner = match buf.heap.pop() {
                    Some(Reverse(key)) => {
                        let index = (key & 0xFFFF_FFFF) as usize;
                        let slot = buf.ae.staff[index];
                        buf.ae.people[slot as usize].open += 1;
                        buf.heap.push(Reverse(key + (1 << 32)));
                        slot
                    }
                    None => OWNER_NONE,
                };
            }
        }
        // Books go to the pool, or are spread over the remaining AEs.
        for &slot in leavers {
            let customers = std::mem::take(&mut buf.ae.people[slot as usize].customers);
            if self.setup.scenario.pool.enabled {
                self.pool_size += customers;
            } else if !buf.ae.staff.is_empty() {
                let j = buf.ae.staff.len() as u64;
                let (each, rest) = (customers / j, customers % j);
                for (i, &s) in buf.ae.staff.iter().enumerate() {
                    buf.ae.people[s as usize].customers += each + u64::from((i as u64) < rest);
                }
            }
        }
    }

    fn fill_heap(&mut self) {
        let buf = &mut *self.buf;
        buf.heap.clear();
        // Keyed by (open opportunities, rep index): the least loaded first, ties to the lowest index.
        buf.heap.extend(
            buf.ae
                .staff
                .iter()
                .enumerate()
                .map(|(index, &slot)| Reverse(heap_key(buf.ae.people[slot as usize].open, index))),
        );
    }

    /// Step 3: requisitions open (plan, pace, backfills) and due hires start.
    fn hiring(&mut self, m: &Month, role: u64) {
        let rs = self.role_setup(role);
        let leader = &self.setup.scenario.leader;
        let in_seat = self.leader_in_seat;
        let horizon = self.setup.horizon;
        let seed = self.seed;
        let team = self.team(role);
        // Last month's departures open their backfills now; this month's wait for next month.
        let mut opened =
            rs.plan_by_month[m.t] as u64 + std::mem::take(&mut team.backfills_due) as u64;
        team.backfills_due = std::mem::take(&mut team.backfills_next);
        if let Some((per_quarter, from, to)) = rs.pace {
            if m.t >= from && m.t < to {
                let factor = if in_seat {
                    leader.hiring_pace_multiplier
                } else {
                    1.0
                };
                team.pace_sum += per_quarter * factor;
                let due = exact::floor(team.pace_sum / 3.0 + 1e-9) as u64;
                opened += due.saturating_sub(team.pace_opened);
                team.pace_opened = team.pace_opened.max(due);
            }
        }
        for _ in 0..opened {
            let id = team.next_requisition;
            team.next_requisition += 1;
            let mut draw = stream(seed, purpose::REQUISITION, entity(role, id));
            let mut months = rs.time_to_fill.sample(&mut draw);
            if in_seat {
                months *= leader.time_to_fill_multiplier;
            }
            let start = m.t + libm::round(months).max(0.0) as usize;
            if start < horizon {
                team.starts[start].push(id);
            }
        }
        let mut due = std::mem::take(&mut self.team(role).starts[m.t]);
        for &id in &due {
            if (self.team(role).staff.len() as u32) < rs.max_headcount {
                self.add_person(role, rs.initial as u64 + id, Some(m.t));
            }
        }
        due.clear();
        self.team(role).starts[m.t] = due;
    }

    /// Assigns a new AE to the first coach with a free slot.
    fn assign_coach(&mut self, trainee: u32) {
        let coaching = &self.setup.scenario.coaching;
        let team = &mut self.buf.ae;
        for ci in 0..self.coaches {
            let coach = team.staff[ci];
            let held = team
                .staff
                .iter()
                .filter(|&&s| team.people[s as usize].coach == Some(coach))
                .count();
            if held < coaching.trainees_per_coach as usize {
                let person = &mut team.people[trainee as usize];
                person.coach = Some(coach);
                person.coached = true;
                return;
            }
        }
    }

    // ----- production -----------------------------------------------------------------------

    /// An AE's capacity K: open opportunities it can work (coaches give up coaching time).
    #[inline]
    fn capacity(&self, index: usize) -> f64 {
        if index < self.coaches {
            self.setup.coach_capacity
        } else {
            self.setup.capacity
        }
    }

    fn drift_applies(&self) -> bool {
        let s = &self.setup.scenario;
        s.drift.enabled
            && !s.policies.enforce_outbound
            && !(self.leader_in_seat && s.leader.enforce_outbound)
    }

    /// Step 4: every source creates opportunities, in MODEL.md's order.
    fn production(&mut self, m: &Month) -> Result<(), RunError> {
        let setup = self.setup;
        let s = &setup.scenario;
        let hps = self.world.hours_per_sourced_opp;
        let coach_ramp = s.coaching.ramp_multiplier;

        // 1. AE outbound.
        let drift = self.drift_applies();
        let base = s.ae.selling_hours_per_month * s.ae.outbound_share * m.maturity / (hps * m.ai);
        for index in 0..self.buf.ae.staff.len() {
            let slot = self.buf.ae.staff[index];
            let person = &mut self.buf.ae.people[slot as usize];
            let tenure = person.tenure(m.t);
            let mut lambda = base * person.ramp(m.t, coach_ramp) * person.prospecting;
            if drift && tenure > s.drift.after_months as i64 {
                lambda *= setup.drift
                    [((tenure - s.drift.after_months as i64) as usize).min(setup.drift.len() - 1)];
            }
            let n = poisson(&mut person.prospects, lambda);
            for _ in 0..n {
                let person = &mut self.buf.ae.people[slot as usize];
                let (value, close, draw) =
                    opp_draws(setup, m, Source::Outbound, &mut person.prospects);
                self.place(m, Source::Outbound, value, close, draw, index as u32)?;
            }
        }

        // 2. Founder.
        let founder_sells = m.t < setup.founder_sells_until;
        if founder_sells {
            let f = &s.founder;
            let lambda =
                f.hours_per_month * f.outbound_share * f.prospecting_multiplier * m.maturity
                    / (hps * m.ai);
            let n = poisson(&mut self.founder, lambda);
            for _ in 0..n {
                let (value, close, draw) = opp_draws(setup, m, Source::Founder, &mut self.founder);
                self.place(m, Source::Founder, value, close, draw, OWNER_FOUNDER)?;
            }
        }

        // 3. SDR meetings, then opportunities.
        self.buf.unrouted.clear();
        let meetings_base = self.world.meetings_per_month * m.maturity / m.ai;
        for index in 0..self.buf.sdr.staff.len() {
            let slot = self.buf.sdr.staff[index] as usize;
            let person = &mut self.buf.sdr.people[slot];
            let lambda = meetings_base * person.ramp(m.t, 1.0) * person.prospecting;
            let meetings = poisson(&mut person.prospects, lambda);
            let opps = binomial(&mut person.prospects, meetings, self.world.meeting_to_opp);
            for _ in 0..opps {
                let person = &mut self.buf.sdr.people[slot];
                let (value, close, draw) = opp_draws(setup, m, Source::Sdr, &mut person.prospects);
                self.buf.unrouted.push(Unrouted {
                    value,
                    close,
                    draw,
                    source: Source::Sdr,
                });
            }
        }

        // 4. Inbound.
        let n = poisson(
            &mut self.inbound,
            self.world.inbound_opps * setup.inbound_growth[m.t],
        );
        for _ in 0..n {
            let (value, close, draw) = opp_draws(setup, m, Source::Inbound, &mut self.inbound);
            self.buf.unrouted.push(Unrouted {
                value,
                close,
                draw,
                source: Source::Inbound,
            });
        }

        // 5. Routing to the least-loaded AE, or the founder, or nowhere.
        if !self.buf.unrouted.is_empty() {
            let unrouted = std::mem::take(&mut self.buf.unrouted);
            if !self.buf.ae.staff.is_empty() && self.buf.ae.staff.len() <= SMALL_TEAM {
                // A small team: level by level beats keeping a heap. Each opportunity goes to
                // the least loaded AE, the lowest index among equals: so every AE at the lowest
                // load takes one, in index order; then they are one higher, level with the AEs
                // that were, and those all take one in index order; and so on. (`place` adds
                // one to its owner's open count and changes no other AE's.)
                let ae = &self.buf.ae;
                let mut loads = [0u32; SMALL_TEAM];
                for (load, &slot) in loads.iter_mut().zip(&ae.staff) {
                    *load = ae.people[slot as usize].open;
                }
                let loads = &loads[..ae.staff.len()];
                let mut level = loads.iter().copied().min().unwrap_or(0);
                let mut at_level = level_mask(loads, level);
                let mut next = unrouted.iter();
                'levels: loop {
                    let mut pass = at_level;
                    while pass != 0 {
                        let index = pass.trailing_zeros();
                        pass &= pass - 1;
                        let Some(u) = next.next() else {
                            break 'levels;
                        };
                        self.place(m, u.source, u.value, u.close, u.draw, index)?;
                    }
                    level += 1;
                    at_level |= level_mask(loads, level);
                }
            } else if !self.buf.ae.staff.is_empty() {
                self.fill_heap();
                for u in &unrouted {
                    let Reverse(key) = self.buf.heap.pop().expect("an AE on staff");
                    self.buf.heap.push(Reverse(key + (1 << 32)));
                    self.place(
                        m,
                        u.source,
                        u.value,
                        u.close,
                        u.draw,
                        (key & 0xFFFF_FFFF) as u32,
                    )?;
                }
            } else if founder_sells {
                for u in &unrouted {
                    self.place(m, u.source, u.value, u.close, u.draw, OWNER_FOUNDER)?;
                }
            }
            self.buf.unrouted = unrouted;
        }

        // 6. Expansion.
        let rate = s.expansion.opps_per_customer_per_year / 12.0;
        if rate > 0.0 {
            for index in 0..self.buf.ae.staff.len() {
                let slot = self.buf.ae.staff[index] as usize;
                let person = &mut self.buf.ae.people[slot];
                if person.customers == 0 {
                    continue;
                }
                let n = poisson(&mut person.expansion, person.customers as f64 * rate);
                for _ in 0..n {
                    let person = &mut self.buf.ae.people[slot];
                    let (value, close, draw) =
                        opp_draws(setup, m, Source::Expansion, &mut person.expansion);
                    self.place(m, Source::Expansion, value, close, draw, index as u32)?;
                }
            }
        }

        // 7. The shared pool, recycled by juniors.
        if s.pool.enabled {
            self.pool_size += self.buf.pool_pending[m.t];
            let junior_tenure = s.pool.junior_tenure_months as i64;
            let mut juniors = std::mem::take(&mut self.buf.juniors);
            juniors.clear();
            for (index, &slot) in self.buf.ae.staff.iter().enumerate() {
                if self.buf.ae.people[slot as usize].tenure(m.t) < junior_tenure {
                    juniors.push(index as u32);
                }
            }
            if !juniors.is_empty() && self.pool_size > 0 {
                let k = binomial(&mut self.pool, self.pool_size, s.pool.recontact_rate);
                self.pool_size -= k;
                let j = juniors.len() as u64;
                for (i, &index) in juniors.iter().enumerate() {
                    let count = k / j + u64::from((i as u64) < k % j);
                    for _ in 0..count {
                        let (value, close, draw) =
                            opp_draws(setup, m, Source::Pool, &mut self.pool);
                        self.place(m, Source::Pool, value, close, draw, index)?;
                    }
                }
            }
            self.buf.juniors = juniors;
        }
        Ok(())
    }

    /// Gives an opportunity to its owner (`owner` is a staff index, or the founder), decides its
    /// fate and records it as created.
    fn place(
        &mut self,
        m: &Month,
        source: Source,
        value: f64,
        close: usize,
        draw: f64,
        owner: u32,
    ) -> Result<(), RunError> {
        self.opps_created += 1;
        if self.opps_created > MAX_OPPS_PER_TRIAL {
            return Err(RunError::TooManyOpportunities {
                limit: MAX_OPPS_PER_TRIAL,
            });
        }
        let base = self.world.win_rates[source as usize] * m.maturity;
        let (p, owner_slot) = if owner == OWNER_FOUNDER {
            (base, OWNER_FOUNDER)
        } else {
            let index = owner as usize;
            let capacity = self.capacity(index);
            let slot = self.buf.ae.staff[index];
            let overload = self.setup.scenario.ae.overload_win_multiplier;
            let person = &mut self.buf.ae.people[slot as usize];
            let mut p = base * person.closing;
            if person.open as f64 >= capacity {
                p *= overload;
            }
            person.open += 1;
            (p, slot)
        };
        let win = draw < p.min(0.95);
        let bucket = close.min(self.setup.horizon);
        self.buf.buckets[bucket].push(Opp {
            value,
            owner: owner_slot,
            source,
            win,
        });
        self.created_value[source as usize] += value;
        self.created_count[source as usize] += 1;
        Ok(())
    }

    // ----- closing the month ------------------------------------------------------------------

    /// Step 5: opportunities closing this month are won or lost.
    fn bookings(&mut self, m: &Month) -> u64 {
        let pool = &self.setup.scenario.pool;
        let mut bucket = std::mem::take(&mut self.buf.buckets[m.t]);
        let mut wins = 0u64;
        let mut booked = 0.0;
        for opp in &bucket {
            if opp.owner < OWNER_NONE {
                self.buf.ae.people[opp.owner as usize].open -= 1;
            }
            if opp.win {
                wins += 1;
                booked += opp.value;
                *self.cell(m.q, BOOKINGS + opp.source as usize) += opp.value;
                *self.cell(m.q, BOOKINGS + TOTAL) += opp.value;
                *self.cell(m.q, DEALS_WON + opp.source as usize) += 1.0;
                *self.cell(m.q, DEALS_WON + TOTAL) += 1.0;
                if opp.source.adds_customer() && opp.owner < OWNER_NONE {
                    self.buf.ae.people[opp.owner as usize].customers += 1;
                }
            } else if pool.enabled {
                let ready = m.t + (pool.cooldown_months as usize).max(1);
                if ready < self.setup.horizon {
                    self.buf.pool_pending[ready] += 1;
                }
            }
        }
        self.buf.bookings_by_month[m.t] = booked;
        bucket.clear();
        self.buf.buckets[m.t] = bucket;
        wins
    }

    /// Step 6: the playbook matures with founder selling and wins.
    fn update_maturity(&mut self, m: &Month, wins: u64) {
        let p = &self.setup.scenario.playbook;
        let founder_sold = if m.t < self.setup.founder_sells_until {
            1.0
        } else {
            0.0
        };
        let learning = (p.learning_per_founder_month * founder_sold
            + p.learning_per_win * wins as f64)
            .min(1.0);
        self.maturity += (1.0 - self.maturity) * learning;
    }

    /// Step 7: the month's stocks, capacity and cost.
    fn record(&mut self, m: &Month) {
        let s = &self.setup.scenario;
        let (values, counts) = (
            std::mem::take(&mut self.created_value),
            std::mem::take(&mut self.created_count),
        );
        for source in 0..6 {
            *self.cell(m.q, PIPELINE_CREATED + source) += values[source];
            *self.cell(m.q, PIPELINE_CREATED + TOTAL) += values[source];
            *self.cell(m.q, OPPS_CREATED + source) += counts[source] as f64;
            *self.cell(m.q, OPPS_CREATED + TOTAL) += counts[source] as f64;
        }
        let coach_ramp = s.coaching.ramp_multiplier;
        let ramp_sum: f64 = self
            .buf
            .ae
            .staff
            .iter()
            .map(|&slot| self.buf.ae.people[slot as usize].ramp(m.t, coach_ramp))
            .sum();
        let quota = ramp_sum * s.ae.quota_per_year / 12.0;
        self.buf.quota_by_month[m.t] = quota;
        *self.cell(m.q, RAMPED_CAPACITY) += ramp_sum / 3.0;
        *self.cell(m.q, QUOTA_CAPACITY) += quota;
        let aes = self.buf.ae.staff.len() as f64;
        let sdrs = self.buf.sdr.staff.len() as f64;
        let leader = if self.leader_in_seat { 1.0 } else { 0.0 };
        let ote = aes * self.setup.ae.ote_per_month
            + sdrs * self.setup.sdr.ote_per_month
            + leader * s.leader.ote_per_year / 12.0;
        *self.cell(m.q, COST + 1) += ote;
        *self.cell(m.q, COST) += ote;
        if m.t % 3 == 2 || m.t + 1 == self.setup.horizon {
            let open: f64 = self.buf.buckets[m.t + 1..]
                .iter()
                .flat_map(|b| b.iter())
                .map(|o| o.value)
                .sum();
            *self.cell(m.q, OPEN_PIPELINE) = open;
            *self.cell(m.q, HEADCOUNT + ROLE_AE_IDX) = aes;
            *self.cell(m.q, HEADCOUNT + ROLE_SDR_IDX) = sdrs;
            *self.cell(m.q, HEADCOUNT + ROLE_LEADER) = leader;
            *self.cell(m.q, HEADCOUNT + ROLE_TOTAL) = aes + sdrs + leader;
        }
    }
}

/// The routing key of an AE: open opportunities first, then rep index.
#[inline]
fn heap_key(open: u32, index: usize) -> u64 {
    (u64::from(open) << 32) | index as u64
}

const ROLE_AE_IDX: usize = super::outputs::ROLE_AE;
const ROLE_SDR_IDX: usize = super::outputs::ROLE_SDR;

/// Value, close month and win draw of a new opportunity, in that order.
#[inline]
fn opp_draws(setup: &Setup, m: &Month, source: Source, rng: &mut Rng) -> (f64, usize, f64) {
    let mut value = setup.deal_size.sample(rng);
    if source == Source::Expansion {
        value *= setup.scenario.deals.expansion_size_multiplier;
    }
    let cycle = setup.cycle_months.sample(rng);
    let draw = uniform01(rng);
    (value, m.t + cycle, draw)
}
