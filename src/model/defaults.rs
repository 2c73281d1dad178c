//! Every default of MODEL.md, in one place. `Scenario::default()` is the scenario that
//! `{"schema": 1}` means; the editor shows these values beside their fields.

use super::dist::Dist;
use super::scenario::*;

fn tri(min: f64, mode: f64, max: f64) -> Dist {
    Dist::Triangular { min, mode, max }
}

impl Staffing {
    /// The AE defaults of the people table.
    pub fn default_ae() -> Staffing {
        Staffing {
            initial: 2,
            initial_tenure_months: 12,
            plan: Vec::new(),
            pace: None,
            max_headcount: 50,
            time_to_fill_months: tri(1.0, 2.0, 4.0),
            backfill: true,
            ramp_months: tri(2.0, 5.0, 9.0),
            annual_attrition: Dist::Fixed(0.30),
            mis_hire_rate: Dist::Fixed(0.25),
            mis_hire_productivity: 0.3,
            washout_months: 6,
            elite_share: Dist::Fixed(0.10),
            elite_prospecting_multiplier: 2.5,
            ote_per_year: 160_000.0,
            recruiting_cost: 20_000.0,
        }
    }

    /// The SDR defaults of the people table.
    pub fn default_sdr() -> Staffing {
        Staffing {
            initial: 0,
            max_headcount: 20,
            ramp_months: tri(1.0, 3.0, 5.0),
            annual_attrition: Dist::Fixed(0.35),
            mis_hire_rate: Dist::Fixed(0.20),
            ote_per_year: 80_000.0,
            recruiting_cost: 8_000.0,
            ..Staffing::default_ae()
        }
    }
}

impl Default for Ae {
    fn default() -> Ae {
        Ae {
            staffing: Staffing::default_ae(),
            win_rate_multiplier: Dist::LogNormal { p5: 0.7, p95: 1.4 },
            quota_per_year: 600_000.0,
            selling_hours_per_month: 140.0,
            outbound_share: 0.35,
            admin_share: 0.15,
            hours_per_sourced_opp: tri(12.0, 20.0, 35.0),
            hours_per_active_opp: 6.0,
            overload_win_multiplier: 0.5,
            orphan_loss: 0.3,
        }
    }
}

impl Default for Sdr {
    fn default() -> Sdr {
        Sdr {
            staffing: Staffing::default_sdr(),
            meetings_per_month: tri(8.0, 12.0, 16.0),
            meeting_to_opp: Dist::Fixed(0.5),
        }
    }
}

impl Default for Founder {
    fn default() -> Founder {
        Founder {
            sells_until_month: Some(12),
            hours_per_month: 60.0,
            outbound_share: 0.5,
            prospecting_multiplier: 1.5,
        }
    }
}

impl Default for Leader {
    fn default() -> Leader {
        Leader {
            hire_month: None,
            hiring_pace_multiplier: 2.0,
            time_to_fill_multiplier: 0.8,
            enforce_outbound: true,
            failure_rate: 0.5,
            departure_attrition_multiplier: 1.5,
            ote_per_year: 300_000.0,
            recruiting_cost: 60_000.0,
        }
    }
}

impl Default for Coaching {
    fn default() -> Coaching {
        Coaching {
            coaches: 0,
            coach_time_share: 0.3,
            trainees_per_coach: 4,
            ramp_multiplier: 0.7,
            washout_months: 3,
        }
    }
}

impl Default for Playbook {
    fn default() -> Playbook {
        Playbook {
            initial: 0.6,
            learning_per_founder_month: 0.08,
            learning_per_win: 0.005,
        }
    }
}

impl Default for Inbound {
    fn default() -> Inbound {
        Inbound {
            opps_per_month: tri(2.0, 4.0, 8.0),
            monthly_growth: 0.02,
        }
    }
}

impl Default for Deals {
    fn default() -> Deals {
        Deals {
            size: Dist::LogNormal {
                p5: 10_000.0,
                p95: 100_000.0,
            },
            cycle_months: Dist::LogNormal { p5: 1.0, p95: 6.0 },
            expansion_size_multiplier: 0.5,
        }
    }
}

impl Default for WinRates {
    fn default() -> WinRates {
        WinRates {
            founder: Dist::Fixed(0.30),
            outbound: Dist::Fixed(0.20),
            sdr: Dist::Fixed(0.15),
            inbound: Dist::Fixed(0.25),
            expansion: Dist::Fixed(0.35),
            pool: Dist::Fixed(0.10),
        }
    }
}

impl Default for Expansion {
    fn default() -> Expansion {
        Expansion {
            opps_per_customer_per_year: 0.3,
        }
    }
}

impl Default for Pool {
    fn default() -> Pool {
        Pool {
            enabled: false,
            cooldown_months: 6,
            junior_tenure_months: 12,
            recontact_rate: 0.05,
        }
    }
}

impl Default for Drift {
    fn default() -> Drift {
        Drift {
            enabled: false,
            after_months: 18,
            monthly_decay: 0.08,
            floor: 0.2,
        }
    }
}

impl Default for Ai {
    fn default() -> Ai {
        Ai {
            enabled: false,
            start_month: 6,
            full_effect_month: 18,
            prep_reduction: 0.3,
        }
    }
}

impl Default for Morale {
    fn default() -> Morale {
        Morale {
            enabled: false,
            threshold: 0.5,
            attrition_multiplier: 1.5,
        }
    }
}

impl Default for Scenario {
    fn default() -> Scenario {
        Scenario {
            name: String::new(),
            description: String::new(),
            horizon_months: 24,
            start_month: "2027-01".to_string(),
            currency: "USD".to_string(),
            ae: Ae::default(),
            sdr: Sdr::default(),
            founder: Founder::default(),
            leader: Leader::default(),
            coaching: Coaching::default(),
            playbook: Playbook::default(),
            inbound: Inbound::default(),
            deals: Deals::default(),
            win_rates: WinRates::default(),
            expansion: Expansion::default(),
            pool: Pool::default(),
            drift: Drift::default(),
            ai: Ai::default(),
            morale: Morale::default(),
            policies: Policies::default(),
            targets: Targets::default(),
        }
    }
}
