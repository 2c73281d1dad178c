//! Summary statistics of trial outputs: percentiles by linear interpolation between order
//! statistics (numpy's default), the mean, and the sample standard deviation (n − 1).

use serde::Serialize;

/// The percentiles every summary reports, as fractions.
pub const PERCENTILES: [f64; 7] = [0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95];

/// The distribution of one output over the trials.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Summary {
    pub mean: f64,
    pub sd: f64,
    pub p5: f64,
    pub p10: f64,
    pub p25: f64,
    pub p50: f64,
    pub p75: f64,
    pub p90: f64,
    pub p95: f64,
}

/// Puts the `k`-th smallest value (by `total_cmp`) at index `k - offset` of `values`, for
/// every `k` of `wanted` (ascending, relative to the whole slice the first call got): a
/// selection at the middle wanted index, then the same on each side.
fn select_order_statistics(values: &mut [f64], wanted: &[usize], offset: usize) {
    if wanted.is_empty() || values.len() < 2 {
        return;
    }
    let mid = wanted.len() / 2;
    let k = wanted[mid] - offset;
    values.select_nth_unstable_by(k, f64::total_cmp);
    let (left, right) = values.split_at_mut(k);
    select_order_statistics(left, &wanted[..mid], offset);
    select_order_statistics(&mut right[1..], &wanted[mid + 1..], offset + k + 1);
}

/// The `q`-quantile (0 ≤ q ≤ 1) of sorted values, interpolating linearly between order
/// statistics; 0 for no values.
pub fn quantile_sorted(sorted: &[f64], q: f64) -> f64 {
    match sorted.len() {
        0 => 0.0,
        1 => sorted[0],
        n => {
            let pos = q.clamp(0.0, 1.0) * (n - 1) as f64;
            let lo = pos.floor() as usize;
            let hi = (lo + 1).min(n - 1);
            let frac = pos - lo as f64;
            sorted[lo] + (sorted[hi] - sorted[lo]) * frac
        }
    }
}

impl Summary {
    /// Summarises `values` (in any order; reordered in place). The mean and sd add the values in
    /// the order given; the percentiles come from order statistics found by selection, the same
    /// values a full sort would give, in a third of the time.
    pub fn of(values: &mut [f64]) -> Summary {
        let n = values.len();
        // Outputs of switched-off parts (a source, a role) are all +0.0: the general path would
        // give exactly this, after much more work.
        if values.iter().all(|v| v.to_bits() == 0) {
            return Summary {
                mean: 0.0,
                sd: 0.0,
                p5: 0.0,
                p10: 0.0,
                p25: 0.0,
                p50: 0.0,
                p75: 0.0,
                p90: 0.0,
                p95: 0.0,
            };
        }
        let mean = if n == 0 {
            0.0
        } else {
            values.iter().sum::<f64>() / n as f64
        };
        let sd = if n < 2 {
            0.0
        } else {
            libm::sqrt(values.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / (n - 1) as f64)
        };
        // The order statistics every percentile interpolates between, ascending.
        let mut wanted = [0usize; 2 * PERCENTILES.len()];
        let mut count = 0;
        if n > 1 {
            for q in PERCENTILES {
                let lo = (q * (n - 1) as f64).floor() as usize;
                for k in [lo, (lo + 1).min(n - 1)] {
                    if count == 0 || wanted[count - 1] < k {
                        wanted[count] = k;
                        count += 1;
                    }
                }
            }
        }
        select_order_statistics(values, &wanted[..count], 0);
        // `values` now holds the k-th smallest at every wanted k: read it as if sorted.
        let p = |q| quantile_sorted(values, q);
        Summary {
            mean,
            sd,
            p5: p(0.05),
            p10: p(0.10),
            p25: p(0.25),
            p50: p(0.50),
            p75: p(0.75),
            p90: p(0.90),
            p95: p(0.95),
        }
    }

    /// The percentiles in `PERCENTILES` order.
    pub fn percentiles(&self) -> [f64; 7] {
        [
            self.p5, self.p10, self.p25, self.p50, self.p75, self.p90, self.p95,
        ]
    }
}

/// The share of values at or above `threshold`.
pub fn share_at_least(values: &[f64], threshold: f64) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.iter().filter(|&&v| v >= threshold).count() as f64 / values.len() as f64
}

/// The share of values strictly above zero.
pub fn share_positive(values: &[f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.iter().filter(|&&v| v > 0.0).count() as f64 / values.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_match_numpy_linear() {
        // numpy.percentile([1, 2, 3, 4], [5, 25, 50, 90]) = [1.15, 1.75, 2.5, 3.7]
        let v = [1.0, 2.0, 3.0, 4.0];
        let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
        assert!(close(quantile_sorted(&v, 0.05), 1.15));
        assert!(close(quantile_sorted(&v, 0.25), 1.75));
        assert!(close(quantile_sorted(&v, 0.50), 2.5));
        assert!(close(quantile_sorted(&v, 0.90), 3.7));
        assert_eq!(quantile_sorted(&v, 0.0), 1.0);
        assert_eq!(quantile_sorted(&v, 1.0), 4.0);
    }

    #[test]
    fn selection_gives_the_percentiles_of_a_full_sort() {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for n in [2usize, 3, 7, 20, 101, 1000, 4099] {
            let values: Vec<f64> = (0..n)
                .map(|i| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    // Repeats and negative zero too.
                    if i % 5 == 0 {
                        -0.0
                    } else {
                        (state % 97) as f64 - 40.0
                    }
                })
                .collect();
            let mut sorted = values.clone();
            sorted.sort_by(f64::total_cmp);
            let s = Summary::of(&mut values.clone());
            let want: Vec<f64> = PERCENTILES
                .iter()
                .map(|&q| quantile_sorted(&sorted, q))
                .collect();
            assert_eq!(s.percentiles().to_vec(), want, "n = {n}");
        }
    }

    #[test]
    fn summary_of_known_values() {
        let mut v = vec![4.0, 1.0, 3.0, 2.0];
        let s = Summary::of(&mut v);
        assert_eq!(s.mean, 2.5);
        // sample sd of 1..4 with n − 1: sqrt(5/3)
        assert!((s.sd - (5.0f64 / 3.0).sqrt()).abs() < 1e-12);
        assert_eq!(s.p50, 2.5);
        let ps = s.percentiles();
        assert!(ps.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn degenerate_inputs() {
        assert_eq!(Summary::of(&mut []).mean, 0.0);
        let s = Summary::of(&mut [7.0]);
        assert_eq!((s.mean, s.sd, s.p5, s.p95), (7.0, 0.0, 7.0, 7.0));
        assert_eq!(share_at_least(&[1.0, 2.0, 3.0], 2.0), 2.0 / 3.0);
        assert_eq!(share_positive(&[0.0, -1.0, 2.0, 0.0]), 0.25);
    }
}
