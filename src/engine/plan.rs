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

/// Trials `trials` of scenario `scenario`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    /// The scenario's index in the workspace.
    pub scenario: usize,
    /// The trials, as indices into the run.
    pub trials: Range<u32>,
}

/// The trial ranges of a run of `trials` trials.
fn ranges(trials: u32) -> Vec<Range<u32>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while start < trials {
        let left = trials - start;
        let size = SIZES[i.min(SIZES.len() - 1)].min((left / TAIL_SHARE).max(SIZES[0]));
        let end = start.saturating_add(size).min(trials);
        out.push(start..end);
        start = end;
        i += 1;
    }
    out
}

/// Every batch of a run of `scenarios` scenarios with `trials` trials each, in the order to
/// hand them out.
pub fn batches(scenarios: usize, trials: u32) -> Vec<Batch> {
    ranges(trials)
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
    /// Nothing done yet of `batches` (as made by [`batches`]).
    pub fn new(scenarios: usize, trials: u32) -> Completion {
        let ranges: Vec<_> = ranges(trials).into_iter().map(|r| (r, 0)).collect();
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
            let plan = batches(scenarios, trials);
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
            batches(2, 60)[..3],
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
        let sizes: Vec<u32> = ranges(10_000).iter().map(|r| r.len() as u32).collect();
        assert_eq!(sizes[..6], [25, 25, 50, 100, 200, 250]);
        let tail: Vec<u32> = sizes.iter().rev().take(6).rev().copied().collect();
        assert!(tail.windows(2).all(|w| w[0] >= w[1]), "tail {tail:?}");
        assert!(*sizes.last().unwrap() <= 25, "last {sizes:?}");
        assert_eq!(sizes.iter().sum::<u32>(), 10_000);
        // Large batches for the bulk of the run: few messages.
        assert!(sizes.len() < 60, "{} batches", sizes.len());
    }

    #[test]
    fn the_complete_prefix_needs_every_scenario_in_order() {
        let plan = batches(2, 100);
        let mut c = Completion::new(2, 100);
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
