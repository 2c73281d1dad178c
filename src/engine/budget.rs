//! The work budget of one run of a whole workspace in the browser: trials × months × (people +
//! opportunities per month), summed over the scenarios (the estimate of [`work_estimate`]). It is
//! checked before every run, with the browser's cap on trials; above either, the run does not
//! start and [`OverBudget`] says why, which scenario weighs most, and how many trials would fit.
//!
//! The CLI keeps its own, larger, per-scenario limit ([`super::WORK_LIMIT`], [`super::check_work`]).

use std::fmt;

use super::{check_work, work_estimate, RunError};
use crate::i18n::{self, Args, Catalogue};
use crate::model::{Workspace, MAX_BROWSER_TRIALS};

/// The most work one run of a workspace may have in the browser: what one web worker gets
/// through in about as long as a person will wait for a result (BENCHMARKS.md has the timings),
/// half that with two. Every preset fits at 10,000 trials, the most the trials menu offers:
/// enterprise, the heaviest, is estimated at 6e5 per trial (a generous bound of what it costs),
/// series-a at 7e4 per trial.
pub const BROWSER_WORK_BUDGET: f64 = 8e9;

/// Why a workspace may not run in the browser.
#[derive(Debug, Clone, PartialEq)]
pub enum OverBudget {
    /// More trials per scenario than the browser runs.
    TooManyTrials {
        /// Trials asked for.
        asked: u32,
        /// The browser's cap.
        cap: u32,
        /// The most trials that fit both the cap and the budget, rounded down to a round number;
        /// none when not even one trial fits.
        fewer_trials: Option<u32>,
    },
    /// The run's work is above the budget.
    TooMuchWork {
        /// The run's estimated work.
        work: f64,
        /// The budget.
        budget: f64,
        /// The label of the scenario with the most work per trial.
        heaviest: String,
        /// Its share of the run's work, 0 to 1.
        heaviest_share: f64,
        /// The most trials that fit, rounded down to a round number; none when not even one
        /// trial fits.
        fewer_trials: Option<u32>,
    },
    /// One scenario fails the engine's own checks (no trials, or too large to simulate even
    /// once under the engine's limit).
    Scenario {
        /// The scenario's label.
        label: String,
        /// The engine's reason.
        reason: RunError,
    },
}

impl OverBudget {
    /// The trials to offer instead, if any fit.
    pub fn fewer_trials(&self) -> Option<u32> {
        match self {
            OverBudget::TooManyTrials { fewer_trials, .. }
            | OverBudget::TooMuchWork { fewer_trials, .. } => *fewer_trials,
            OverBudget::Scenario { .. } => None,
        }
    }
}

impl OverBudget {
    /// Why the browser will not run it, in `catalogue`'s language.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        match self {
            OverBudget::TooManyTrials { asked, cap, .. } => catalogue.say(
                "error-budget-trials",
                &Args::new()
                    .text("asked", asked.to_string())
                    .text("cap", cap.to_string()),
            ),
            OverBudget::TooMuchWork {
                work,
                budget,
                heaviest,
                heaviest_share,
                fewer_trials,
            } => {
                let first = catalogue.say(
                    "error-budget-work",
                    &Args::new()
                        .text("work", format!("{work:.1e}"))
                        .text("budget", format!("{budget:.0e}"))
                        .text("heaviest", heaviest.as_str())
                        .text("share", format!("{:.0}", heaviest_share * 100.0)),
                );
                let then = match fewer_trials {
                    Some(_) => "error-budget-fewer",
                    None => "error-budget-none",
                };
                format!(
                    "{first}{}{}",
                    catalogue.lang().sentence_gap(),
                    catalogue.say(then, &Args::new())
                )
            }
            OverBudget::Scenario { label, reason } => catalogue.say(
                "error-labelled",
                &Args::new()
                    .text("label", label.as_str())
                    .text("reason", reason.say(catalogue)),
            ),
        }
    }
}

impl fmt::Display for OverBudget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&i18n::with_english(|en| self.say(en)))
    }
}

impl std::error::Error for OverBudget {}

/// Checks a run of `workspace` against `budget` and at most `cap` trials per scenario.
pub fn check_budget(workspace: &Workspace, budget: f64, cap: u32) -> Result<(), OverBudget> {
    let trials = workspace.run.trials;
    for (i, s) in workspace.scenarios.iter().enumerate() {
        // The engine's own checks first: zero trials, or a scenario too large for one trial.
        if let Err(reason) = check_work(s, 1) {
            return Err(OverBudget::Scenario {
                label: s.label(i),
                reason,
            });
        }
    }
    let per_trial: Vec<f64> = workspace
        .scenarios
        .iter()
        .map(|s| work_estimate(s, 1))
        .collect();
    let per_run_trial: f64 = per_trial.iter().sum();
    let fitting = (budget / per_run_trial).floor().min(cap as f64);
    let fewer_trials = (fitting >= 1.0).then(|| round_down(fitting as u32));
    if trials > cap {
        return Err(OverBudget::TooManyTrials {
            asked: trials,
            cap,
            fewer_trials,
        });
    }
    if trials == 0 {
        return Err(OverBudget::Scenario {
            label: workspace
                .scenarios
                .first()
                .map(|s| s.label(0))
                .unwrap_or_default(),
            reason: RunError::NoTrials,
        });
    }
    let work = per_run_trial * trials as f64;
    if work > budget {
        let (heaviest, most) =
            per_trial.iter().enumerate().fold(
                (0, 0.0),
                |best, (i, &w)| if w > best.1 { (i, w) } else { best },
            );
        return Err(OverBudget::TooMuchWork {
            work,
            budget,
            heaviest: workspace.scenarios[heaviest].label(heaviest),
            heaviest_share: most / per_run_trial,
            fewer_trials,
        });
    }
    Ok(())
}

/// Checks a run of `workspace` against the browser's budget and trial cap.
pub fn check_browser_budget(workspace: &Workspace) -> Result<(), OverBudget> {
    check_budget(workspace, BROWSER_WORK_BUDGET, MAX_BROWSER_TRIALS)
}

/// `n` rounded down to one of 1, 2, 2.5, 5 times a power of ten (n ≥ 1), so the offer reads as a
/// choice a person would make: 7,301 → 5,000; 2,600 → 2,500; 19,999 → 10,000.
pub fn round_down(n: u32) -> u32 {
    let mut best = 1u32;
    let mut power = 1u64;
    while power <= n as u64 {
        for step in [10u64, 20, 25, 50] {
            let candidate = power * step / 10;
            if candidate <= n as u64 {
                best = best.max(candidate as u32);
            }
        }
        power *= 10;
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Scenario, Workspace};
    use crate::presets;

    fn workspace(preset: &str, trials: u32) -> Workspace {
        let mut w = Workspace::single(presets::find(preset).expect("preset").scenario());
        w.run.trials = trials;
        w
    }

    #[test]
    fn round_down_picks_round_numbers() {
        let cases = [
            (1, 1),
            (2, 2),
            (3, 2),
            (4, 2),
            (7, 5),
            (10, 10),
            (24, 20),
            (26, 25),
            (99, 50),
            (7_301, 5_000),
            (2_600, 2_500),
            (19_999, 10_000),
            (20_000, 20_000),
            (u32::MAX, 2_500_000_000),
        ];
        for (n, want) in cases {
            assert_eq!(round_down(n), want, "round_down({n})");
        }
    }

    #[test]
    fn every_preset_runs_at_the_trial_counts_the_app_offers() {
        // The largest choice of the trials menu fits every preset.
        for preset in presets::PRESETS.iter() {
            let w = workspace(preset.name, 10_000);
            check_browser_budget(&w).unwrap_or_else(|e| panic!("{}: {e}", preset.name));
        }
    }

    #[test]
    fn too_many_trials_offers_the_cap_or_less() {
        let error = check_browser_budget(&workspace("founder-led", 1_000_000)).unwrap_err();
        match &error {
            OverBudget::TooManyTrials {
                asked,
                cap,
                fewer_trials,
            } => {
                assert_eq!((*asked, *cap), (1_000_000, MAX_BROWSER_TRIALS));
                assert_eq!(*fewer_trials, Some(MAX_BROWSER_TRIALS));
            }
            other => panic!("expected too many trials, got {other:?}"),
        }
        assert!(error.to_string().starts_with("trials: "), "{error}");
    }

    #[test]
    fn too_much_work_offers_trials_that_fit() {
        let mut w = workspace("enterprise", 20_000);
        w.scenarios.push(Scenario::default());
        let error = check_browser_budget(&w).unwrap_err();
        let OverBudget::TooMuchWork {
            fewer_trials: Some(fewer),
            heaviest,
            heaviest_share,
            ..
        } = &error
        else {
            panic!("expected too much work with an offer, got {error:?}");
        };
        assert_eq!(heaviest, &w.scenarios[0].label(0));
        assert!(*heaviest_share > 0.5 && *heaviest_share <= 1.0);
        w.run.trials = *fewer;
        check_browser_budget(&w).expect("the offered trials fit");
        let text = error.to_string();
        assert!(text.contains("too large for the browser"), "{text}");
        assert!(text.contains(&w.scenarios[0].label(0)), "{text}");
    }

    #[test]
    fn nothing_is_offered_when_not_even_one_trial_fits() {
        let w = workspace("series-a", 10);
        let error = check_budget(&w, 1.0, MAX_BROWSER_TRIALS).unwrap_err();
        assert!(
            matches!(
                error,
                OverBudget::TooMuchWork {
                    fewer_trials: None,
                    ..
                }
            ),
            "{error:?}"
        );
        assert_eq!(error.fewer_trials(), None);
        assert!(
            error.to_string().contains("Not even one trial fits"),
            "{error}"
        );

        // A scenario over the engine's own limit for one trial is named with its reason.
        let mut s = Scenario {
            horizon_months: 60,
            ..Default::default()
        };
        s.ae.staffing.initial = 100_000;
        s.ae.staffing.max_headcount = 100_000;
        s.sdr.staffing.initial = 100_000;
        s.sdr.staffing.max_headcount = 100_000;
        s.inbound.monthly_growth = 1.0;
        let mut w = Workspace::single(Scenario::default());
        w.scenarios.push(s);
        let error = check_browser_budget(&w).unwrap_err();
        assert!(
            matches!(&error, OverBudget::Scenario { label, reason: RunError::TooMuchWork { .. } } if *label == w.scenarios[1].label(1)),
            "{error:?}"
        );
        assert_eq!(error.fewer_trials(), None);
    }

    #[test]
    fn work_is_the_sum_of_the_scenarios() {
        let mut w = workspace("series-a", 1_000);
        let one = crate::engine::work_estimate(&w.scenarios[0], 1_000);
        w.scenarios.push(w.scenarios[0].clone());
        let error = check_budget(&w, 1.0, MAX_BROWSER_TRIALS).unwrap_err();
        let OverBudget::TooMuchWork { work, .. } = error else {
            panic!("expected too much work, got {error:?}");
        };
        assert_eq!(work, 2.0 * one);
    }
}
