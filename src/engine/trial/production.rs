//! Step 4 of a month (MODEL.md, Production each month): every source creates its
//! opportunities, in the order MODEL.md's resolved details give: self-sourced outbound (with
//! veteran drift), the founder, SDR meetings, inbound, routing, expansion, the shared pool.

use crate::engine::outputs::Source;
use crate::engine::RunError;
use crate::sampling::distributions::{binomial, poisson};

use super::deals::{opp_draws, Unrouted, OWNER_FOUNDER};
use super::{Month, Trial};

impl<const LOGGED: bool> Trial<'_, LOGGED> {
    /// Step 4: production and routing.
    pub(super) fn production(&mut self, m: &Month) -> Result<(), RunError> {
        self.outbound(m)?;
        self.founder(m)?;
        self.buf.unrouted.clear();
        self.sdr(m);
        self.inbound(m);
        self.routing(m)?;
        self.expansion(m)?;
        self.shared_pool(m)
    }

    /// Veteran drift: whether it applies this month (it is off while outbound is enforced).
    #[inline]
    fn drift_applies(&self) -> bool {
        let s = &self.setup.scenario;
        s.drift.enabled
            && !s.policies.enforce_outbound
            && !(self.leader_in_seat && s.leader.enforce_outbound)
    }

    /// Veteran drift: the share of o left to prospecting at tenure `tenure`, past
    /// `after_months`; `None` before then.
    #[inline]
    fn veteran_drift(&self, tenure: i64) -> Option<f64> {
        let after = self.setup.scenario.drift.after_months as i64;
        let decay = &self.setup.drift;
        (tenure > after).then(|| decay[((tenure - after) as usize).min(decay.len() - 1)])
    }

    /// Self-sourced outbound (source `outbound`): each AE, by index, prospects its own.
    fn outbound(&mut self, m: &Month) -> Result<(), RunError> {
        let setup = self.setup;
        let s = &setup.scenario;
        let coach_ramp = s.coaching.ramp_multiplier;
        let drift = self.drift_applies();
        let base = s.ae.selling_hours_per_month * s.ae.outbound_share * m.maturity
            / (self.world.hours_per_sourced_opp * m.ai);
        for index in 0..self.buf.ae.staff.len() {
            let slot = self.buf.ae.staff[index] as usize;
            let person = &self.buf.ae.people[slot];
            let tenure = person.tenure(m.t);
            let mut lambda = base * person.ramp(m.t, coach_ramp) * person.prospecting;
            if drift {
                if let Some(left) = self.veteran_drift(tenure) {
                    lambda *= left;
                }
            }
            let person = &mut self.buf.ae.people[slot];
            let n = poisson(&mut person.prospects, lambda);
            for _ in 0..n {
                let person = &mut self.buf.ae.people[slot];
                let draws = opp_draws(setup, Source::Outbound, &mut person.prospects);
                self.place(m, Source::Outbound, draws, index as u32)?;
            }
        }
        Ok(())
    }

    /// Founder (source `founder`): while the founder sells.
    fn founder(&mut self, m: &Month) -> Result<(), RunError> {
        let setup = self.setup;
        if m.t >= setup.founder_sells_until {
            return Ok(());
        }
        let f = &setup.scenario.founder;
        let lambda = f.hours_per_month * f.outbound_share * f.prospecting_multiplier * m.maturity
            / (self.world.hours_per_sourced_opp * m.ai);
        let n = poisson(&mut self.founder, lambda);
        for _ in 0..n {
            let draws = opp_draws(setup, Source::Founder, &mut self.founder);
            self.place(m, Source::Founder, draws, OWNER_FOUNDER)?;
        }
        Ok(())
    }

    /// SDR (source `sdr`): each SDR, by index, books meetings, some of which become
    /// opportunities, to be routed.
    fn sdr(&mut self, m: &Month) {
        let setup = self.setup;
        let meetings_base = self.world.meetings_per_month * m.maturity / m.ai;
        let meeting_to_opp = self.world.meeting_to_opp;
        let buf = &mut *self.buf;
        for &slot in &buf.sdr.staff {
            let person = &mut buf.sdr.people[slot as usize];
            let lambda = meetings_base * person.ramp(m.t, 1.0) * person.prospecting;
            let meetings = poisson(&mut person.prospects, lambda);
            let opps = binomial(&mut person.prospects, meetings, meeting_to_opp);
            for _ in 0..opps {
                let u = Unrouted::draw(setup, Source::Sdr, &mut person.prospects);
                buf.unrouted.push(u);
            }
        }
    }

    /// Inbound (source `inbound`): opportunities of the month, to be routed.
    fn inbound(&mut self, m: &Month) {
        let setup = self.setup;
        let n = poisson(
            &mut self.inbound,
            self.world.inbound_opps * setup.inbound_growth[m.t],
        );
        for _ in 0..n {
            let u = Unrouted::draw(setup, Source::Inbound, &mut self.inbound);
            self.buf.unrouted.push(u);
        }
    }

    /// Expansion (source `expansion`): each AE's book, by index, makes opportunities it keeps.
    fn expansion(&mut self, m: &Month) -> Result<(), RunError> {
        let setup = self.setup;
        let rate = setup.scenario.expansion.opps_per_customer_per_year / 12.0;
        if rate <= 0.0 {
            return Ok(());
        }
        for index in 0..self.buf.ae.staff.len() {
            let slot = self.buf.ae.staff[index] as usize;
            let person = &mut self.buf.ae.people[slot];
            if person.customers == 0 {
                continue;
            }
            let n = poisson(&mut person.expansion, person.customers as f64 * rate);
            for _ in 0..n {
                let person = &mut self.buf.ae.people[slot];
                let draws = opp_draws(setup, Source::Expansion, &mut person.expansion);
                self.place(m, Source::Expansion, draws, index as u32)?;
            }
        }
        Ok(())
    }

    /// Shared pool (source `pool`): juniors, by index, recycle accounts out of the pool, spread
    /// evenly, the remainder to the lowest indices.
    fn shared_pool(&mut self, m: &Month) -> Result<(), RunError> {
        let setup = self.setup;
        let pool = &setup.scenario.pool;
        if !pool.enabled {
            return Ok(());
        }
        self.pool_size += self.buf.pool_pending[m.t];
        let junior_tenure = pool.junior_tenure_months as i64;
        let mut juniors = std::mem::take(&mut self.buf.juniors);
        juniors.clear();
        for (index, &slot) in self.buf.ae.staff.iter().enumerate() {
            if self.buf.ae.people[slot as usize].tenure(m.t) < junior_tenure {
                juniors.push(index as u32);
            }
        }
        if !juniors.is_empty() && self.pool_size > 0 {
            let k = binomial(&mut self.pool, self.pool_size, pool.recontact_rate);
            self.pool_size -= k;
            let j = juniors.len() as u64;
            for (i, &index) in juniors.iter().enumerate() {
                let count = k / j + u64::from((i as u64) < k % j);
                for _ in 0..count {
                    let draws = opp_draws(setup, Source::Pool, &mut self.pool);
                    self.place(m, Source::Pool, draws, index)?;
                }
            }
        }
        self.buf.juniors = juniors;
        Ok(())
    }
}
