//! Step 7 of a month (MODEL.md, Outputs): the month's figures into its quarter: pipeline and
//! opportunities created by source, ramped and quota capacity, cost, and at quarter end the
//! stocks (open pipeline, headcount by role).

use crate::engine::outputs::{MetricId, Role, Source};

use super::{Month, Trial};

impl<const LOGGED: bool> Trial<'_, LOGGED> {
    /// Step 7: the month's flows, capacity and cost; the stocks at quarter end.
    pub(super) fn record(&mut self, m: &Month) {
        let s = &self.setup.scenario;
        let (values, counts) = (
            std::mem::take(&mut self.created_value),
            std::mem::take(&mut self.created_count),
        );
        for source in Source::ALL {
            let (value, count) = (values[source as usize], counts[source as usize] as f64);
            *self.cell(m.q, MetricId::pipeline_created(source)) += value;
            *self.cell(m.q, MetricId::PIPELINE_CREATED_TOTAL) += value;
            *self.cell(m.q, MetricId::opps_created(source)) += count;
            *self.cell(m.q, MetricId::OPPS_CREATED_TOTAL) += count;
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
        *self.cell(m.q, MetricId::RAMPED_CAPACITY) += ramp_sum / 3.0;
        *self.cell(m.q, MetricId::QUOTA_CAPACITY) += quota;
        let aes = self.buf.ae.staff.len() as f64;
        let sdrs = self.buf.sdr.staff.len() as f64;
        let leader = if self.leader_in_seat { 1.0 } else { 0.0 };
        let ote = aes * self.setup.ae.ote_per_month
            + sdrs * self.setup.sdr.ote_per_month
            + leader * s.leader.ote_per_year / 12.0;
        *self.cell(m.q, MetricId::COST_OTE) += ote;
        *self.cell(m.q, MetricId::COST_TOTAL) += ote;
        if m.t % 3 == 2 || m.t + 1 == self.setup.horizon {
            let open = self.open_pipeline(m.t);
            *self.cell(m.q, MetricId::OPEN_PIPELINE) = open;
            *self.cell(m.q, MetricId::headcount(Role::Ae)) = aes;
            *self.cell(m.q, MetricId::headcount(Role::Sdr)) = sdrs;
            *self.cell(m.q, MetricId::headcount(Role::Leader)) = leader;
            *self.cell(m.q, MetricId::HEADCOUNT_TOTAL) = aes + sdrs + leader;
        }
    }
}
