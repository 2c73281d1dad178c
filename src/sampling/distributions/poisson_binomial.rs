//! Count-valued draws: Poisson (inversion for small means, Hörmann's PTRS otherwise) and
//! binomial (inversion for small means, Hörmann's BTRS otherwise), each in bounded time
//! whatever its parameters.

use super::uniform::uniform01;
use super::{MAX_INVERSION_STEPS, MAX_PARAMETER, MAX_ROUNDS};
use crate::sampling::exact;
use crate::sampling::rng::Rng;

/// Poisson means below this are drawn by inversion, the others by PTRS.
const POISSON_INVERSION_BELOW: f64 = 12.0;
/// Binomial draws with a smaller mean `n * min(p, 1 - p)` are drawn by inversion, the others
/// by BTRS.
const BINOMIAL_INVERSION_BELOW: f64 = 10.0;

/// A Poisson draw with mean `lambda`.
///
/// Means below 12 are drawn by inversion (a sequential search from 0, one `u64`); larger ones
/// by Hörmann's PTRS transformed rejection, which takes O(1) time: two `u64`s a round, and a
/// little over one round a draw.
/// Returns 0 for `lambda <= 0` or NaN; means above 1e12 (infinity included) are treated as
/// 1e12.
pub fn poisson(rng: &mut Rng, lambda: f64) -> u64 {
    if lambda.is_nan() || lambda <= 0.0 {
        return 0;
    }
    let lambda = lambda.min(MAX_PARAMETER);
    if lambda < POISSON_INVERSION_BELOW {
        poisson_inversion(rng, lambda)
    } else {
        poisson_ptrs(rng, lambda)
    }
}

/// Poisson by inversion for `0 < lambda < 12`: the smallest `k` whose CDF exceeds one uniform.
fn poisson_inversion(rng: &mut Rng, lambda: f64) -> u64 {
    let u = uniform01(rng);
    let mut k = 0;
    let mut pmf = exact::exp(-lambda);
    let mut cdf = pmf;
    while u >= cdf && k < MAX_INVERSION_STEPS {
        k += 1;
        pmf *= lambda / k as f64;
        cdf += pmf;
    }
    k
}

/// Poisson by PTRS (W. Hörmann, "The transformed rejection method for generating Poisson
/// random variables", 1993) for `12 <= lambda <= 1e12`.
fn poisson_ptrs(rng: &mut Rng, lambda: f64) -> u64 {
    let log_lambda = libm::log(lambda);
    let b = 0.931 + 2.53 * exact::sqrt(lambda);
    let a = -0.059 + 0.02483 * b;
    let log_inv_alpha = libm::log(1.1239 + 1.1328 / (b - 3.4));
    let v_r = 0.9277 - 3.6224 / (b - 2.0);
    for _ in 0..MAX_ROUNDS {
        let u = uniform01(rng) - 0.5;
        let v = uniform01(rng);
        let us = 0.5 - u.abs();
        let k = exact::floor((2.0 * a / us + b) * u + lambda + 0.43);
        if us >= 0.07 && v <= v_r {
            return count_from_f64(k, u64::MAX);
        }
        if k < 0.0 || (us < 0.013 && v > us) {
            continue;
        }
        if libm::log(v) + log_inv_alpha - libm::log(a / (us * us) + b)
            <= -lambda + k * log_lambda - libm::lgamma(k + 1.0)
        {
            return count_from_f64(k, u64::MAX);
        }
    }
    count_from_f64(exact::floor(lambda), u64::MAX)
}

/// A whole `f64` as a count no larger than `max`: negative values and NaN become 0.
#[inline]
fn count_from_f64(k: f64, max: u64) -> u64 {
    // `as` saturates: negative and NaN give 0, too large gives u64::MAX.
    (k as u64).min(max)
}

/// A binomial draw: the number of successes in `n` independent trials of probability `p`.
///
/// Exact. Draws with `p > 0.5` use the symmetry `n - binomial(n, 1 - p)`. Then, when
/// `n * p < 10`, inversion (a sequential search from 0, one `u64`); otherwise Hörmann's BTRS
/// transformed rejection, which takes O(1) time whatever `n`. Returns 0 for `n == 0`,
/// `p <= 0` or NaN, and `n` for `p >= 1`.
pub fn binomial(rng: &mut Rng, n: u64, p: f64) -> u64 {
    if n == 0 || p.is_nan() || p <= 0.0 {
        0
    } else if p >= 1.0 {
        n
    } else if p > 0.5 {
        n - binomial_at_most_half(rng, n, 1.0 - p)
    } else {
        binomial_at_most_half(rng, n, p)
    }
}

/// Binomial for `n >= 1` and `0 < p <= 0.5`.
fn binomial_at_most_half(rng: &mut Rng, n: u64, p: f64) -> u64 {
    if n as f64 * p < BINOMIAL_INVERSION_BELOW {
        binomial_inversion(rng, n, p)
    } else {
        binomial_btrs(rng, n, p)
    }
}

/// Binomial by inversion for `n * p < 10` and `p <= 0.5`: the smallest `k` whose CDF exceeds
/// one uniform. The first term, `(1 - p)^n = exp(n log1p(-p))`, is at least about e^-14.
fn binomial_inversion(rng: &mut Rng, n: u64, p: f64) -> u64 {
    let nf = n as f64;
    let odds = p / (1.0 - p);
    let u = uniform01(rng);
    let mut k = 0;
    let mut pmf = exact::exp(nf * libm::log1p(-p));
    let mut cdf = pmf;
    while u >= cdf && k < n && k < MAX_INVERSION_STEPS {
        pmf *= (nf - k as f64) / (k + 1) as f64 * odds;
        k += 1;
        cdf += pmf;
    }
    k
}

/// `ln k! - ((k + 1/2) ln(k + 1) - (k + 1) + ln sqrt(2 pi))`: the error of Stirling's
/// formula, from a table for `k <= 9` and from its series otherwise.
fn stirling_tail(k: f64) -> f64 {
    const TABLE: [f64; 10] = [
        0.08106146679532726,
        0.0413406959554093,
        0.02767792568499834,
        0.020790672103765093,
        0.016644691189821193,
        0.013876128823070748,
        0.01189670994589177,
        0.010411265261972096,
        0.009255462182712733,
        0.00833056343336287,
    ];
    if k <= 9.0 {
        // k is a whole number from 0 to 9 here.
        TABLE[k as usize]
    } else {
        let k1 = k + 1.0;
        let k1_sq = k1 * k1;
        (1.0 / 12.0 - (1.0 / 360.0 - 1.0 / 1260.0 / k1_sq) / k1_sq) / k1
    }
}

/// Binomial by BTRS (W. Hörmann, "The generation of binomial random variates", 1993) for
/// `n * p >= 10` and `p <= 0.5`. The acceptance test compares logs of the pmf relative to its
/// mode through Stirling's series, written so that it stays accurate for large `n`.
fn binomial_btrs(rng: &mut Rng, n: u64, p: f64) -> u64 {
    let nf = n as f64;
    let q = 1.0 - p;
    let spq = exact::sqrt(nf * p * q);
    let b = 1.15 + 2.53 * spq;
    let a = -0.0873 + 0.0248 * b + 0.01 * p;
    let c = nf * p + 0.5;
    let v_r = 0.92 - 4.2 / b;
    let alpha = (2.83 + 5.1 / b) * spq;
    let odds = p / q;
    let mode = exact::floor((nf + 1.0) * p);
    let mode_term = (mode + 0.5) * libm::log((mode + 1.0) / (odds * (nf - mode + 1.0)))
        + stirling_tail(mode)
        + stirling_tail(nf - mode);
    for _ in 0..MAX_ROUNDS {
        let u = uniform01(rng) - 0.5;
        let v = uniform01(rng);
        let us = 0.5 - u.abs();
        let k = exact::floor((2.0 * a / us + b) * u + c);
        if us >= 0.07 && v <= v_r {
            return count_from_f64(k, n);
        }
        if k < 0.0 || k > nf {
            continue;
        }
        let log_v = libm::log(v * alpha / (a / (us * us) + b));
        // ln(pmf(k) / pmf(mode)) by Stirling's formula with its tail corrections.
        let log_ratio = mode_term
            + (nf + 1.0) * libm::log1p((k - mode) / (nf - k + 1.0))
            + (k + 0.5) * libm::log(odds * (nf - k + 1.0) / (k + 1.0))
            - stirling_tail(k)
            - stirling_tail(nf - k);
        if log_v <= log_ratio {
            return count_from_f64(k, n);
        }
    }
    count_from_f64(mode, n)
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::sampling::rng::stream;

    fn poisson_pmf(lambda: f64, k: u64) -> f64 {
        let k = k as f64;
        libm::exp(-lambda + k * libm::log(lambda) - libm::lgamma(k + 1.0))
    }

    #[test]
    fn poisson_moments() {
        for (seed, lambda) in [
            (30, 0.5),
            (31, 3.0),
            (32, 11.9),
            (33, 12.0),
            (34, 40.0),
            (35, 1000.0),
        ] {
            let ks = counts(seed, N, |r| poisson(r, lambda));
            let mu4 = lambda * (1.0 + 3.0 * lambda);
            check_moments(
                &as_f64(&ks),
                lambda,
                lambda,
                mu4,
                &format!("poisson({lambda})"),
            );
        }
    }

    #[test]
    fn poisson_pmf_matches() {
        for (seed, lambda) in [(36, 3.0), (37, 11.9), (38, 12.0), (39, 25.0), (40, 150.0)] {
            let ks = counts(seed, N, |r| poisson(r, lambda));
            check_pmf(
                &ks,
                |k| poisson_pmf(lambda, k),
                &format!("poisson({lambda})"),
            );
        }
    }

    #[test]
    fn poisson_edge_cases() {
        let mut rng = stream(41, 0, 0);
        for lambda in [0.0, -1.0, f64::NAN, f64::NEG_INFINITY, -0.0] {
            assert_eq!(poisson(&mut rng, lambda), 0);
        }
        for _ in 0..1000 {
            assert_eq!(poisson(&mut rng, 5e-324), 0);
            assert!(poisson(&mut rng, 1e-9) <= 1);
        }
        // Huge means take O(1) time and stay near the mean (and 1e12 at most, about).
        for (lambda, expected) in [
            (1e9, 1e9),
            (1e12, 1e12),
            (1e15, 1e12),
            (f64::INFINITY, 1e12),
        ] {
            for _ in 0..200 {
                let k = poisson(&mut rng, lambda) as f64;
                assert!(
                    (k - expected).abs() < 6.0 * libm::sqrt(expected),
                    "{lambda}: {k}"
                );
            }
        }
        let ks = counts(42, 2000, |r| poisson(r, 1e9));
        check_mean(&as_f64(&ks), 1e9, 1e9, "poisson(1e9)");
    }

    fn binomial_pmf(n: u64, p: f64, k: u64) -> f64 {
        let (nf, kf) = (n as f64, k as f64);
        let log_choose =
            libm::lgamma(nf + 1.0) - libm::lgamma(kf + 1.0) - libm::lgamma(nf - kf + 1.0);
        libm::exp(log_choose + kf * libm::log(p) + (nf - kf) * libm::log1p(-p))
    }

    fn binomial_mu4(n: f64, p: f64) -> f64 {
        let pq = p * (1.0 - p);
        n * pq * (1.0 + 3.0 * (n - 2.0) * pq)
    }

    #[test]
    fn binomial_moments() {
        let cases = [
            (43, 10, 0.3),
            (44, 600, 0.05),
            (45, 5000, 0.5),
            (46, 100, 0.97),
            (47, 1000, 0.01),
            (48, 20, 0.5),
            (49, 19, 0.52),
            (50, 1_000_000, 0.3),
            (51, 1, 0.3),
            (52, 3, 0.9),
        ];
        for (seed, n, p) in cases {
            let ks = counts(seed, N, |r| binomial(r, n, p));
            assert!(ks.iter().all(|&k| k <= n));
            let nf = n as f64;
            let var = nf * p * (1.0 - p);
            check_moments(
                &as_f64(&ks),
                nf * p,
                var,
                binomial_mu4(nf, p),
                &format!("binomial({n}, {p})"),
            );
        }
    }

    #[test]
    fn binomial_pmf_matches() {
        for (seed, n, p) in [
            (53, 10, 0.3),
            (54, 600, 0.05),
            (55, 20, 0.5),
            (56, 5000, 0.5),
            (57, 100, 0.9),
        ] {
            let ks = counts(seed, N, |r| binomial(r, n, p));
            check_pmf(
                &ks,
                |k| binomial_pmf(n, p, k),
                &format!("binomial({n}, {p})"),
            );
        }
    }

    #[test]
    fn binomial_edge_cases() {
        let mut rng = stream(58, 0, 0);
        assert_eq!(binomial(&mut rng, 0, 0.5), 0);
        assert_eq!(binomial(&mut rng, 0, 1.0), 0);
        for p in [0.0, -1.0, f64::NAN, f64::NEG_INFINITY] {
            assert_eq!(binomial(&mut rng, 100, p), 0);
            assert_eq!(binomial(&mut rng, u64::MAX, p), 0);
        }
        for p in [1.0, 1.5, f64::INFINITY] {
            assert_eq!(binomial(&mut rng, 100, p), 100);
            assert_eq!(binomial(&mut rng, u64::MAX, p), u64::MAX);
        }
        // Huge n takes O(1) time.
        for _ in 0..200 {
            let k = binomial(&mut rng, u64::MAX, 0.5) as f64;
            assert!((k / (u64::MAX as f64) - 0.5).abs() < 1e-6, "{k}");
            let k = binomial(&mut rng, u64::MAX, 0.999_999) as f64;
            assert!((k / (u64::MAX as f64) - 0.999_999).abs() < 1e-6, "{k}");
            assert!(binomial(&mut rng, u64::MAX, 1e-30) <= 1);
        }
        // A tiny p with a huge n: about Poisson(1), even though 1 - p rounds to 1.
        let ks = counts(59, N, |r| binomial(r, 1_000_000_000_000_000_000, 1e-18));
        check_moments(&as_f64(&ks), 1.0, 1.0, 4.0, "binomial(1e18, 1e-18)");
        let ks = counts(60, 2000, |r| binomial(r, 1 << 40, 0.25));
        let nf = (1u64 << 40) as f64;
        check_mean(&as_f64(&ks), nf * 0.25, nf * 0.1875, "binomial(2^40, 0.25)");
    }
}
