//! Opportunities from creation to close (MODEL.md, Opportunities, Routing and Capacity): the
//! draws of a new opportunity, routing to the least-loaded AE, placing it with its owner (its
//! win decided against capacity), and step 5, the bookings of the month's closes.

use std::cmp::Reverse;

use crate::engine::opportunity_log::{LoggedOpportunity, Owner};
use crate::engine::outputs::{MetricId, Source};
use crate::engine::setup::{CycleDraw, Setup};
use crate::engine::RunError;
use crate::sampling::distributions::uniform01;
use crate::sampling::Rng;

use super::{Month, Trial, MAX_OPPS_PER_TRIAL};

/// Up to this many AEs, routing goes level by level instead of keeping a heap.
const SMALL_TEAM: usize = 24;
// A small team's AEs are the bits of a `u32` while it is routed to.
const _: () = assert!(SMALL_TEAM <= 32);

/// Who owns an opportunity: an AE's slot, or one of these.
pub(super) const OWNER_FOUNDER: u32 = u32::MAX;
pub(super) const OWNER_NONE: u32 = u32::MAX - 1;

/// An open opportunity. Its fate is decided when it is created (the win draw is compared with
/// the win probability then); an orphaned win may still be lost.
#[derive(Debug, Clone, Copy)]
pub(super) struct Opp {
    value: f64,
    pub(super) owner: u32,
    source: Source,
    pub(super) win: bool,
}

/// An opportunity drawn by an SDR or inbound, waiting to be routed.
#[derive(Debug, Clone, Copy)]
pub(super) struct Unrouted {
    draws: OppDraws,
    source: Source,
}

impl Unrouted {
    /// A new opportunity of `source`, its draws taken from `rng`.
    #[inline]
    pub(super) fn draw(setup: &Setup, source: Source, rng: &mut Rng) -> Unrouted {
        Unrouted {
            draws: opp_draws(setup, source, rng),
            source,
        }
    }
}

/// The draws of a new opportunity: its value, its cycle and its win draw, in that order.
#[derive(Debug, Clone, Copy)]
pub(super) struct OppDraws {
    value: f64,
    cycle: CycleDraw,
    draw: f64,
}

/// Value, cycle and win draw of a new opportunity, in that order.
#[inline]
pub(super) fn opp_draws(setup: &Setup, source: Source, rng: &mut Rng) -> OppDraws {
    let mut value = setup.deal_size.sample(rng);
    if source == Source::Expansion {
        value *= setup.scenario.deals.expansion_size_multiplier;
    }
    let cycle = setup.cycle_months.draw(rng);
    let draw = uniform01(rng);
    OppDraws { value, cycle, draw }
}

/// The log's name of an owner (a slot of the AE table, or the founder, or nobody).
pub(super) fn logged_owner(owner: u32) -> Owner {
    match owner {
        OWNER_FOUNDER => Owner::Founder,
        OWNER_NONE => Owner::Nobody,
        // Slots are given in hire order and never reused within a trial.
        slot => Owner::Ae(slot),
    }
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

/// The routing key of an AE: open opportunities first, then rep index.
#[inline]
fn heap_key(open: u32, index: usize) -> u64 {
    (u64::from(open) << 32) | index as u64
}

impl<const LOGGED: bool> Trial<'_, LOGGED> {
    /// Capacity: the open opportunities K an AE can work (coaches give up coaching time).
    #[inline]
    fn capacity(&self, index: usize) -> f64 {
        if index < self.coaches {
            self.setup.coach_capacity
        } else {
            self.setup.capacity
        }
    }

    /// Every AE on the routing heap, keyed by (open opportunities, rep index).
    pub(super) fn fill_heap(&mut self) {
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

    /// Routing: SDR and inbound opportunities, one at a time, to the least-loaded AE, or to the
    /// founder while the founder sells, or nowhere.
    pub(super) fn routing(&mut self, m: &Month) -> Result<(), RunError> {
        if self.buf.unrouted.is_empty() {
            return Ok(());
        }
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
                    self.place(m, u.source, u.draws, index)?;
                }
                level += 1;
                at_level |= level_mask(loads, level);
            }
        } else if !self.buf.ae.staff.is_empty() {
            self.fill_heap();
            for u in &unrouted {
                let Reverse(key) = self.buf.heap.pop().expect("an AE on staff");
                self.buf.heap.push(Reverse(key + (1 << 32)));
                self.place(m, u.source, u.draws, (key & 0xFFFF_FFFF) as u32)?;
            }
        } else if m.t < self.setup.founder_sells_until {
            for u in &unrouted {
                self.place(m, u.source, u.draws, OWNER_FOUNDER)?;
            }
        }
        self.buf.unrouted = unrouted;
        Ok(())
    }

    /// Gives an opportunity to its owner (`owner` is a staff index, or the founder), decides its
    /// fate and records it as created.
    pub(super) fn place(
        &mut self,
        m: &Month,
        source: Source,
        draws: OppDraws,
        owner: u32,
    ) -> Result<(), RunError> {
        let OppDraws { value, cycle, draw } = draws;
        let close = m.t + cycle.months;
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
        if LOGGED {
            self.log_placed(m, source, value, cycle, bucket, owner_slot, win);
        }
        self.created_value[source as usize] += value;
        self.created_count[source as usize] += 1;
        Ok(())
    }

    /// Writes a placed opportunity into the log.
    #[allow(clippy::too_many_arguments)]
    fn log_placed(
        &mut self,
        m: &Month,
        source: Source,
        value: f64,
        cycle: CycleDraw,
        bucket: usize,
        owner: u32,
        win: bool,
    ) {
        let unrounded = self.setup.cycle_months.unrounded(cycle);
        if let Some(log) = self.log.as_deref_mut() {
            log.push(
                bucket,
                LoggedOpportunity {
                    id: 0,
                    creator: logged_owner(owner),
                    owner: logged_owner(owner),
                    source,
                    created: m.t,
                    close: m.t + cycle.months,
                    value,
                    win,
                    cycle: unrounded,
                },
            );
        }
    }

    /// Step 5: opportunities closing this month are won or lost; returns the wins.
    pub(super) fn bookings(&mut self, m: &Month) -> u64 {
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
                *self.cell(m.q, MetricId::bookings(opp.source)) += opp.value;
                *self.cell(m.q, MetricId::BOOKINGS_TOTAL) += opp.value;
                *self.cell(m.q, MetricId::deals_won(opp.source)) += 1.0;
                *self.cell(m.q, MetricId::DEALS_WON_TOTAL) += 1.0;
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

    /// The value of every opportunity still open after month `t` (closing after it).
    pub(super) fn open_pipeline(&self, t: usize) -> f64 {
        self.buf.buckets[t + 1..]
            .iter()
            .flat_map(|b| b.iter())
            .map(|o| o.value)
            .sum()
    }
}
