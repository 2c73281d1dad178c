//! Statistical checks shared by the unit tests of the sampling module, and the draws they check.

use crate::sampling::rng::{stream, Rng};

/// How many standard errors an estimate may stray from its analytic value.
pub const TOLERANCE_SE: f64 = 4.5;

/// The sample mean and (unbiased) variance.
pub fn mean_var(xs: &[f64]) -> (f64, f64) {
    let n = xs.len() as f64;
    let mean = xs.iter().sum::<f64>() / n;
    let var = xs.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / (n - 1.0);
    (mean, var)
}

/// Checks the sample mean against `mean`, given the analytic variance `var`.
pub fn check_mean(xs: &[f64], mean: f64, var: f64, what: &str) {
    let (m, _) = mean_var(xs);
    let se = libm::sqrt(var / xs.len() as f64);
    assert!(
        (m - mean).abs() <= TOLERANCE_SE * se,
        "{what}: mean {m}, expected {mean} ± {}",
        TOLERANCE_SE * se
    );
}

/// Checks the sample mean and variance, given the analytic mean, variance and fourth
/// central moment `mu4` (the variance of a sample variance is about `(mu4 - var²) / n`).
pub fn check_moments(xs: &[f64], mean: f64, var: f64, mu4: f64, what: &str) {
    check_mean(xs, mean, var, what);
    let (_, v) = mean_var(xs);
    let se = libm::sqrt((mu4 - var * var) / xs.len() as f64);
    assert!(
        (v - var).abs() <= TOLERANCE_SE * se,
        "{what}: variance {v}, expected {var} ± {}",
        TOLERANCE_SE * se
    );
}

/// Checks that the fraction of draws `<= x` is `q`, within the binomial standard error of
/// an empirical CDF.
pub fn check_cdf(xs: &[f64], x: f64, q: f64, what: &str) {
    let n = xs.len() as f64;
    let below = xs.iter().filter(|&&v| v <= x).count() as f64 / n;
    let tolerance = TOLERANCE_SE * libm::sqrt(q * (1.0 - q) / n);
    assert!(
        (below - q).abs() <= tolerance,
        "{what}: P(X <= {x}) = {below}, expected {q} ± {tolerance}"
    );
}

/// Checks the frequency of each count in `ks` against `pmf(k)`, within the binomial
/// standard error of each frequency, for every `k` whose expected frequency is at least
/// 100 draws.
pub fn check_pmf(ks: &[u64], pmf: impl Fn(u64) -> f64, what: &str) {
    let n = ks.len() as f64;
    let max = ks.iter().copied().max().unwrap_or(0);
    let mut histogram = vec![0u64; max as usize + 1];
    for &k in ks {
        histogram[k as usize] += 1;
    }
    let mut checked = 0;
    for (k, &count) in histogram.iter().enumerate() {
        let p = pmf(k as u64);
        if p * n < 100.0 {
            continue;
        }
        let freq = count as f64 / n;
        let tolerance = TOLERANCE_SE * libm::sqrt(p * (1.0 - p) / n);
        assert!(
            (freq - p).abs() <= tolerance,
            "{what}: P(X = {k}) = {freq}, expected {p} ± {tolerance}"
        );
        checked += 1;
    }
    assert!(checked > 0, "{what}: no count was frequent enough to check");
}

/// Draws per statistical check.
pub const N: usize = 50_000;

/// `n` real-valued draws of `f` from one stream of `seed`.
pub fn draws(seed: u64, n: usize, mut f: impl FnMut(&mut Rng) -> f64) -> Vec<f64> {
    let mut rng = stream(seed, 0, 0);
    (0..n).map(|_| f(&mut rng)).collect()
}

/// `n` count-valued draws of `f` from one stream of `seed`.
pub fn counts(seed: u64, n: usize, mut f: impl FnMut(&mut Rng) -> u64) -> Vec<u64> {
    let mut rng = stream(seed, 0, 0);
    (0..n).map(|_| f(&mut rng)).collect()
}

/// Counts as reals, for the moment checks.
pub fn as_f64(ks: &[u64]) -> Vec<f64> {
    ks.iter().map(|&k| k as f64).collect()
}

/// The mean, variance and fourth central moment of beta(`a`, `b`).
pub fn beta_moments(a: f64, b: f64) -> (f64, f64, f64) {
    let s = a + b;
    let mean = a / s;
    let var = a * b / (s * s * (s + 1.0));
    let excess =
        6.0 * ((a - b) * (a - b) * (s + 1.0) - a * b * (s + 2.0)) / (a * b * (s + 2.0) * (s + 3.0));
    (mean, var, (excess + 3.0) * var * var)
}
