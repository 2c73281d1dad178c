//! How a workspace's run is cut into batches of trials for web workers, and how far it has got.
//!
//! Batches start small, so that the first partial results show at once, and grow to a size
//! that keeps messaging cheap against the work; near the end they shrink again (a quarter of
//! what is left, down to the first size), so that the workers finish together instead of one
//! waiting on another's last large batch. Scenarios are interleaved range by range, so the
//! trials finished for every scenario always form a prefix `0..k` whatever the order in which
//! workers return: partial results compare scenarios on the same trials, and the same `k` gives
//! the same partial numbers on any machine.

use std::ops::Range;

/// The first ranges' sizes, in trials; later ranges take the last size.
const SIZES: [u32; 6] = [25, 25, 50, 100, 200, 250];
/// Near the end a range takes at most this share (1 / TAIL_SHARE) of the trials left.
const TAIL_SHARE: u32 = 4;
/// The work estimate per trial (`engine::work_estimate`) that [`SIZES`] are made for, about
/// series-a's; heavier scenarios get proportionally smaller batches ([`size_scale`]).
const REFERENCE_WORK_PER_TRIAL: f64 = 8e4;
/// The smallest scale: batches of a fifth of [`SIZES`].
const LEAST_SCALE: f64 = 0.2;

/// The scale of the batch sizes for a run whose heaviest scenario has `work_per_trial`: 1 up to
/// the reference, less for heavier trials (enterprise: 0.2), so that the first partial chart
/// and the last batches take about as long as series-a's. It depends only on the workspace, so
/// the plan, and the partial results, are the same on every machine and for any workers.
pub fn size_scale(work_per_trial: f64) -> f64 {
    if work_per_trial.is_finite() && work_per_trial > REFERENCE_WORK_PER_TRIAL {
        (REFERENCE_WORK_PER_TRIAL / work_per_trial).max(LEAST_SCALE)
    } else {
        1.0
    }
}

/// Trials `trials` of scenario `scenario`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    /// The scenario's index in the workspace.
    pub scenario: usize,
    /// The trials, as indices into the run.
    pub trials: Range<u32>,
}

/// The trial ranges of a run of `trials` trials, with batch sizes scaled by `scale`.
fn ranges(trials: u32, scale: f64) -> Vec<Range<u32>> {
    let sized = |n: u32| ((n as f64 * scale.clamp(LEAST_SCALE, 1.0)).round() as u32).max(1);
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while start < trials {
        let left = trials - start;
        let size =
            sized(SIZES[i.min(SIZES.len() - 1)]).min((left / TAIL_SHARE).max(sized(SIZES[0])));
        let end = start.saturating_add(size).min(trials);
        out.push(start..end);
        start = end;
        i += 1;
    }
    out
}

/// Every batch of a run of `scenarios` scenarios with `trials` trials each, batch sizes scaled
/// by `scale` ([`size_scale`]), in the order to hand them out.
pub fn batches(scenarios: usize, trials: u32, scale: f64) -> Vec<Batch> {
    ranges(trials, scale)
        .into_iter()
        .flat_map(|r| {
            (0..scenarios).map(move |scenario| Batch {
                scenario,
                trials: r.clone(),
            })
        })
        .collect()
}

/// Which batches of a plan are done, and the prefix of trials done for every scenario.
#[derive(Debug, Clone)]
pub struct Completion {
    scenarios: usize,
    /// Trial ranges in order, and how many scenarios have finished each.
    ranges: Vec<(Range<u32>, usize)>,
    /// How many leading ranges every scenario has finished.
    prefix: usize,
    done: Vec<bool>,
}

impl Completion {
    /// Nothing done yet of the batches that [`batches`] made with the same arguments.
    pub fn new(scenarios: usize, trials: u32, scale: f64) -> Completion {
        let ranges: Vec<_> = ranges(trials, scale).into_iter().map(|r| (r, 0)).collect();
        Completion {
            scenarios: scenarios.max(1),
            done: vec![false; ranges.len() * scenarios.max(1)],
            ranges,
            prefix: 0,
        }
    }

    /// Marks batch `index` done; marking it again changes nothing.
    pub fn finish(&mut self, index: usize) {
        if index >= self.done.len() || self.done[index] {
            return;
        }
        self.done[index] = true;
        self.ranges[index / self.scenarios].1 += 1;
        while self.prefix < self.ranges.len() && self.ranges[self.prefix].1 == self.scenarios {
            self.prefix += 1;
        }
    }

    /// Whether batch `index` is done.
    pub fn is_done(&self, index: usize) -> bool {
        self.done.get(index).copied().unwrap_or(false)
    }

    /// `k` such that trials `0..k` are done for every scenario.
    pub fn complete_trials(&self) -> u32 {
        match self.prefix {
            0 => 0,
            p => self.ranges[p - 1].0.end,
        }
    }

    /// Whether every batch is done.
    pub fn all_done(&self) -> bool {
        self.prefix == self.ranges.len()
    }

    /// Batches done, of all.
    pub fn count(&self) -> (usize, usize) {
        (self.done.iter().filter(|d| **d).count(), self.done.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_cover_every_trial_of_every_scenario_once() {
        for (scenarios, trials) in [(1, 1), (2, 10_000), (3, 777), (24, 20_000)] {
            let plan = batches(scenarios, trials, 1.0);
            let mut seen = vec![0u32; scenarios];
            let mut next = vec![0u32; scenarios];
            for b in &plan {
                assert_eq!(b.trials.start, next[b.scenario], "contiguous, in order");
                next[b.scenario] = b.trials.end;
                seen[b.scenario] += b.trials.len() as u32;
                assert!(b.trials.len() <= 250);
            }
            assert!(seen.iter().all(|&n| n == trials), "{seen:?}");
        }
        assert_eq!(
            batches(2, 60, 1.0)[..3],
            [
                Batch {
                    scenario: 0,
                    trials: 0..25
                },
                Batch {
                    scenario: 1,
                    trials: 0..25
                },
                Batch {
                    scenario: 0,
                    trials: 25..50
                },
            ]
        );
    }

    #[test]
    fn batches_shrink_near_the_end() {
        let sizes: Vec<u32> = ranges(10_000, 1.0).iter().map(|r| r.len() as u32).collect();
        assert_eq!(sizes[..6], [25, 25, 50, 100, 200, 250]);
        let tail: Vec<u32> = sizes.iter().rev().take(6).rev().copied().collect();
        assert!(tail.windows(2).all(|w| w[0] >= w[1]), "tail {tail:?}");
        assert!(*sizes.last().unwrap() <= 25, "last {sizes:?}");
        assert_eq!(sizes.iter().sum::<u32>(), 10_000);
        // Large batches for the bulk of the run: few messages.
        assert!(sizes.len() < 60, "{} batches", sizes.len());
    }

    #[test]
    fn heavy_trials_get_smaller_batches() {
        assert_eq!(size_scale(5e4), 1.0);
        assert_eq!(size_scale(f64::NAN), 1.0);
        assert_eq!(size_scale(1.6e5), 0.5);
        assert_eq!(size_scale(1e9), LEAST_SCALE);
        let sizes: Vec<u32> = ranges(1_000, 0.2).iter().map(|r| r.len() as u32).collect();
        assert_eq!(sizes[..6], [5, 5, 10, 20, 40, 50]);
        assert_eq!(sizes.iter().sum::<u32>(), 1_000);
        let plan = batches(3, 1_000, 0.2);
        let mut c = Completion::new(3, 1_000, 0.2);
        for i in 0..plan.len() {
            c.finish(i);
        }
        assert!(c.all_done());
        assert_eq!(c.complete_trials(), 1_000);
        // Every preset: sizes between 1 and 250, every trial once.
        for p in crate::presets::PRESETS.iter() {
            let scale = size_scale(crate::engine::work_estimate(&p.scenario(), 1));
            let sizes: Vec<u32> = ranges(10_000, scale)
                .iter()
                .map(|r| r.len() as u32)
                .collect();
            assert!(sizes.iter().all(|&n| (1..=250).contains(&n)), "{}", p.name);
            assert_eq!(sizes.iter().sum::<u32>(), 10_000, "{}", p.name);
        }
    }

    #[test]
    fn the_complete_prefix_needs_every_scenario_in_order() {
        let plan = batches(2, 100, 1.0);
        let mut c = Completion::new(2, 100, 1.0);
        assert_eq!(c.complete_trials(), 0);
        c.finish(1); // scenario 1, trials 0..25
        assert_eq!(c.complete_trials(), 0, "scenario 0 is not there yet");
        c.finish(3); // scenario 1, 25..50
        c.finish(0); // scenario 0, 0..25
        assert_eq!(c.complete_trials(), 25);
        c.finish(0);
        assert_eq!(c.count(), (3, plan.len()));
        for i in 0..plan.len() {
            c.finish(i);
        }
        assert!(c.all_done());
        assert_eq!(c.complete_trials(), 100);
    }
}
