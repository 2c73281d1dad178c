//! The people of a trial (MODEL.md, Roles and People): hiring with its requisitions, ramp,
//! attrition and washouts, the leader's arrival and departure, morale, coaching, and what an
//! AE leaves behind (its open opportunities and its book of customers).

use std::cmp::Reverse;

use crate::sampling::distributions::uniform01;
use crate::sampling::{exact, stream, Rng};

use super::deals::{logged_owner, OWNER_NONE};
use super::{entity, purpose, Month, Trial};
use crate::engine::outputs::{MetricId, Role};
use crate::engine::setup::RoleSetup;

/// A person on staff (AE or SDR).
#[derive(Debug, Clone)]
pub(super) struct Person {
    /// Month of start; initial staff start at −initial tenure.
    start: i64,
    initial: bool,
    ramp_months: f64,
    /// The coached ramp and washout apply.
    coached: bool,
    /// The coach (a slot of the AE table) while this AE is a trainee.
    coach: Option<u32>,
    mis_hire: bool,
    /// Elite and mis-hire multipliers of prospecting.
    pub(super) prospecting: f64,
    /// Closing skill and mis-hire multiplier of the win rate.
    pub(super) closing: f64,
    /// Open opportunities owned.
    pub(super) open: u32,
    /// Customers in the book.
    pub(super) customers: u64,
    pub(super) life: Rng,
    pub(super) prospects: Rng,
    pub(super) expansion: Rng,
    pub(super) leaving: bool,
}

impl Person {
    /// Tenure τ at month `t`.
    #[inline]
    pub(super) fn tenure(&self, t: usize) -> i64 {
        t as i64 - self.start
    }

    /// ramp(τ) at month `t`; a coached ramp takes `coach_ramp_multiplier` of the months.
    #[inline]
    pub(super) fn ramp(&self, t: usize, coach_ramp_multiplier: f64) -> f64 {
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
pub(super) struct Team {
    pub(super) people: Vec<Person>,
    pub(super) staff: Vec<u32>,
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

    pub(super) fn clear(&mut self, horizon: usize) {
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

impl<'a, const LOGGED: bool> Trial<'a, LOGGED> {
    fn team(&mut self, role: Role) -> &mut Team {
        if role == Role::Ae {
            &mut self.buf.ae
        } else {
            &mut self.buf.sdr
        }
    }

    fn role_setup(&self, role: Role) -> &'a RoleSetup {
        if role == Role::Ae {
            &self.setup.ae
        } else {
            &self.setup.sdr
        }
    }

    /// The staff at t = 0: AEs, then SDRs.
    pub(super) fn initial_staff(&mut self) {
        for role in Role::TEAMS {
            for i in 0..self.role_setup(role).initial {
                self.add_person(role, i as u64, None);
            }
        }
    }

    /// Adds a person to staff: initial staff when `start` is `None`, else a hire starting then.
    fn add_person(&mut self, role: Role, person_id: u64, start: Option<usize>) {
        let rs = self.role_setup(role);
        let id = entity(role, person_id);
        let mut attributes = stream(self.seed, purpose::PERSON, id);
        let ramp_months = rs.ramp_months.sample(&mut attributes);
        let (mis_rate, elite_share) = if role == Role::Ae {
            (self.world.ae_mis_hire_rate, self.world.ae_elite_share)
        } else {
            (self.world.sdr_mis_hire_rate, self.world.sdr_elite_share)
        };
        let mis_draw = uniform01(&mut attributes);
        let elite = uniform01(&mut attributes) < elite_share;
        let skill = if role == Role::Ae {
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
            self.count_hire(t / 3, role, rs.recruiting_cost);
            if role == Role::Ae {
                self.assign_coach(slot);
            }
        }
    }

    /// A hire of `role` in quarter `q`, with its recruiting cost.
    fn count_hire(&mut self, q: usize, role: Role, recruiting_cost: f64) {
        *self.cell(q, MetricId::hires(role)) += 1.0;
        *self.cell(q, MetricId::HIRES_TOTAL) += 1.0;
        *self.cell(q, MetricId::COST_RECRUITING) += recruiting_cost;
        *self.cell(q, MetricId::COST_TOTAL) += recruiting_cost;
    }

    /// Step 1: the leader starts, or leaves.
    pub(super) fn leader_events(&mut self, m: &Month) {
        let leader = &self.setup.scenario.leader;
        if leader.hire_month == Some(m.t as u32) {
            let mut fate = stream(self.seed, purpose::LEADER, 0);
            let fails = uniform01(&mut fate) < leader.failure_rate;
            let tenure = 6.0 + 6.0 * uniform01(&mut fate);
            self.leader_in_seat = true;
            self.leader_leaves = fails.then(|| m.t + exact::floor(tenure) as usize);
            self.count_hire(m.q, Role::Leader, leader.recruiting_cost);
        }
        if self.leader_in_seat && self.leader_leaves == Some(m.t) {
            self.leader_in_seat = false;
            self.departure_effect_until = m.t + 3;
            *self.cell(m.q, MetricId::departures(Role::Leader)) += 1.0;
            *self.cell(m.q, MetricId::DEPARTURES_TOTAL) += 1.0;
        }
    }

    /// Morale: the attrition multiplier of month `t`, from the last three months' attainment.
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
    pub(super) fn departures(&mut self, m: &Month) {
        let mut multiplier = self.morale_multiplier(m.t);
        if m.t < self.departure_effect_until {
            multiplier *= self.setup.scenario.leader.departure_attrition_multiplier;
        }
        for role in Role::TEAMS {
            self.departures_of(m, role, multiplier);
        }
        self.name_coaches(m);
    }

    /// Step 2 for one role: its attrition draws, then its washouts, in rep-index order.
    fn departures_of(&mut self, m: &Month, role: Role, multiplier: f64) {
        let coach_washout = self.setup.scenario.coaching.washout_months as i64;
        let rs = self.role_setup(role);
        let p = if role == Role::Ae {
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
        if role == Role::Ae && !leavers.is_empty() {
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
            *self.cell(m.q, MetricId::departures(role)) += leavers.len() as f64;
            *self.cell(m.q, MetricId::DEPARTURES_TOTAL) += leavers.len() as f64;
            if role == Role::Ae {
                // Trainees of a coach washed out this month revert too.
                self.buf.ae.release_trainees_of(&leavers);
                self.orphans(m, &leavers);
                self.books_of(&leavers);
            }
        }
        self.buf.leavers = leavers;
    }

    /// Orphans: the open opportunities of AEs leaving this month pass to the least-loaded
    /// remaining AE, after the orphan draw (a future win is lost with `orphan_loss`).
    fn orphans(&mut self, m: &Month, leavers: &[u32]) {
        let orphan_loss = self.setup.scenario.ae.orphan_loss;
        let mut orphans: u64 = leavers
            .iter()
            .map(|&s| u64::from(self.buf.ae.people[s as usize].open))
            .sum();
        if orphans > 0 {
            self.fill_heap();
        }
        let buf = &mut *self.buf;
        let mut log = if LOGGED {
            self.log.as_deref_mut()
        } else {
            None
        };
        'scan: for (b, bucket) in buf.buckets.iter_mut().enumerate().skip(m.t) {
            for (position, opp) in bucket.iter_mut().enumerate() {
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
                if let Some(log) = log.as_deref_mut() {
                    log.orphaned(b, position, logged_owner(opp.owner), opp.win);
                }
            }
        }
    }

    /// The books of AEs leaving: to the shared pool when it is on, else spread over the
    /// remaining AEs (the remainder one each to the lowest indices).
    fn books_of(&mut self, leavers: &[u32]) {
        let buf = &mut *self.buf;
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

    /// Coaches: the longest-tenured AEs, who are the first on staff; trainees whose ramp is
    /// complete free their coach's slot.
    fn name_coaches(&mut self, m: &Month) {
        self.coaches = (self.setup.scenario.coaching.coaches as usize).min(self.buf.ae.staff.len());
        let ramp_multiplier = self.setup.scenario.coaching.ramp_multiplier;
        let team = &mut self.buf.ae;
        for &slot in &team.staff {
            let person = &mut team.people[slot as usize];
            if person.coach.is_some() && person.ramp(m.t, ramp_multiplier) >= 1.0 {
                person.coach = None;
            }
        }
    }

    /// Step 3: requisitions open (plan, pace, backfills) and due hires start.
    pub(super) fn hiring(&mut self, m: &Month, role: Role) {
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

    /// Coaching: a new AE goes to the first coach with a free slot.
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
}
