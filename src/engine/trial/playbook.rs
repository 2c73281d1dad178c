//! Step 6 of a month (MODEL.md, Playbook maturity): the playbook matures with the founder's
//! selling and the month's wins.

use super::{Month, Trial};

impl<const LOGGED: bool> Trial<'_, LOGGED> {
    /// Step 6: m ← m + (1 − m) · min(1, learning per founder month + learning per win · wins).
    pub(super) fn update_maturity(&mut self, m: &Month, wins: u64) {
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
}
