//! A win rate as an uncertain value: from wins and losses, the Beta(wins + 1, losses + 1)
//! posterior of a uniform prior, and its 5th, 50th and 95th percentiles. The regularized
//! incomplete beta is Numerical Recipes' continued fraction (Press et al., *Numerical Recipes*,
//! 3rd ed., §6.4, `betacf` by the modified Lentz method); its quantile starts from their
//! `invbetai` guess and is refined by Halley steps kept inside a bracket, so that it always
//! ends. Large counts keep their digits: the prefactor x^a (1−x)^b / B(a, b) is computed from
//! Stirling's series and `log1p` around the mean, never as the difference of huge log-gammas.

/// A rate from successes out of trials (wins of decided deals), with its 90% interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateFit {
    /// Successes: wins.
    pub wins: u64,
    /// Trials: wins + losses.
    pub decided: u64,
    /// The posterior's 5th percentile.
    pub p5: f64,
    /// Its median.
    pub median: f64,
    /// Its 95th percentile.
    pub p95: f64,
}

/// Beta(wins + 1, losses + 1) (a uniform prior on the rate): its 5th, 50th and 95th
/// percentiles. With no decided deal this is the uniform prior itself (0.05, 0.5, 0.95).
pub fn win_rate(wins: u64, losses: u64) -> RateFit {
    let (a, b) = (wins as f64 + 1.0, losses as f64 + 1.0);
    RateFit {
        wins,
        decided: wins.saturating_add(losses),
        p5: beta_quantile(a, b, 0.05),
        median: beta_quantile(a, b, 0.5),
        p95: beta_quantile(a, b, 0.95),
    }
}

/// Below this, ln Γ comes from `libm::lgamma`; above, the prefactor uses Stirling's series.
const STIRLING_FROM: f64 = 10.0;
/// The most continued-fraction terms: the fraction needs about √max(a, b) of them near the
/// mean, so this covers counts into the billions.
const MAX_TERMS: usize = 200_000;
/// Relative precision at which the continued fraction stops.
const EPS: f64 = 1e-16;
/// Smallest denominator of Lentz's method, for a term that would divide by zero.
const TINY: f64 = 1e-300;

/// Stirling's remainder: ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π], for x ≥ 10 (the next term
/// of the series is below 2e-14 there).
fn stirling_remainder(x: f64) -> f64 {
    let r = 1.0 / (x * x);
    (1.0 / 12.0 - r * (1.0 / 360.0 - r * (1.0 / 1260.0 - r * (1.0 / 1680.0 - r / 1188.0)))) / x
}

/// ln of x^a (1 − x)^b / B(a, b), for 0 < x < 1.
fn ln_prefactor(a: f64, b: f64, x: f64) -> f64 {
    if a < STIRLING_FROM || b < STIRLING_FROM {
        let ln_beta = libm::lgamma(a) + libm::lgamma(b) - libm::lgamma(a + b);
        return a * libm::log(x) + b * libm::log1p(-x) - ln_beta;
    }
    // x^a (1−x)^b / B(a, b) = [x/m]^a [(1−x)/(1−m)]^b · √(ab / (2π(a+b))) · e^(−c), with
    // m = a/(a+b) and c the Stirling remainders: each factor stays near 1 for large counts.
    let n = a + b;
    let d = x - a / n;
    let near_mean = a * libm::log1p(d * n / a) + b * libm::log1p(-d * n / b);
    let c = stirling_remainder(a) + stirling_remainder(b) - stirling_remainder(n);
    near_mean + 0.5 * libm::log(a * b / (n * std::f64::consts::TAU)) - c
}

/// The continued fraction of I_x(a, b) (Numerical Recipes' `betacf`), modified Lentz.
fn continued_fraction(a: f64, b: f64, x: f64) -> f64 {
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let guard = |v: f64| if v.abs() < TINY { TINY } else { v };
    let mut c = 1.0;
    let mut d = 1.0 / guard(1.0 - qab * x / qap);
    let mut h = d;
    for m in 1..=MAX_TERMS {
        let m = m as f64;
        let m2 = 2.0 * m;
        let even = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 / guard(1.0 + even * d);
        c = guard(1.0 + even / c);
        h *= d * c;
        let odd = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 / guard(1.0 + odd * d);
        c = guard(1.0 + odd / c);
        let step = d * c;
        h *= step;
        if (step - 1.0).abs() <= EPS {
            break;
        }
    }
    h
}

/// The regularized incomplete beta I_x(a, b): the Beta(a, b) distribution function at `x`,
/// for a, b > 0. `x` at or below 0 gives 0, at or above 1 gives 1; NaN gives NaN.
pub fn incomplete_beta(a: f64, b: f64, x: f64) -> f64 {
    if x.is_nan() || a.is_nan() || b.is_nan() {
        return f64::NAN;
    }
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let front = libm::exp(ln_prefactor(a, b, x));
    // The fraction converges fast below the mean-like point (a+1)/(a+b+2); above it, the
    // symmetry I_x(a, b) = 1 − I_(1−x)(b, a).
    if x < (a + 1.0) / (a + b + 2.0) {
        front * continued_fraction(a, b, x) / a
    } else {
        1.0 - front * continued_fraction(b, a, 1.0 - x) / b
    }
}

/// The Beta(a, b) density at 0 < x < 1.
fn beta_density(a: f64, b: f64, x: f64) -> f64 {
    libm::exp(ln_prefactor(a, b, x) - libm::log(x) - libm::log1p(-x))
}

/// Numerical Recipes' starting point for the Beta(a, b) quantile (`invbetai`): a normal
/// approximation when a, b ≥ 1, otherwise the two tails' power laws.
fn starting_point(a: f64, b: f64, q: f64) -> f64 {
    if a >= 1.0 && b >= 1.0 {
        // The expansion is in the upper tail's z: the 5th percentile takes z = +1.645.
        let z = -super::normal_quantile(q);
        let lambda = (z * z - 3.0) / 6.0;
        let h = 2.0 / (1.0 / (2.0 * a - 1.0) + 1.0 / (2.0 * b - 1.0));
        let w = z * libm::sqrt(h + lambda) / h
            - (1.0 / (2.0 * b - 1.0) - 1.0 / (2.0 * a - 1.0))
                * (lambda + 5.0 / 6.0 - 2.0 / (3.0 * h));
        a / (a + b * libm::exp(2.0 * w))
    } else {
        let (ln_a, ln_b) = (libm::log(a / (a + b)), libm::log(b / (a + b)));
        let t = libm::exp(a * ln_a) / a;
        let u = libm::exp(b * ln_b) / b;
        let w = t + u;
        if q < t / w {
            libm::pow(a * w * q, 1.0 / a)
        } else {
            1.0 - libm::pow(b * w * (1.0 - q), 1.0 / b)
        }
    }
}

/// The q-quantile of Beta(a, b), a, b > 0: the x with I_x(a, b) = q, to about 15 digits.
/// q at or below 0 gives 0, at or above 1 gives 1; NaN gives NaN.
pub fn beta_quantile(a: f64, b: f64, q: f64) -> f64 {
    if q.is_nan() || a.is_nan() || b.is_nan() || a <= 0.0 || b <= 0.0 {
        return f64::NAN;
    }
    if q <= 0.0 {
        return 0.0;
    }
    if q >= 1.0 {
        return 1.0;
    }
    let (mut lo, mut hi) = (0.0_f64, 1.0_f64);
    let mut x = starting_point(a, b, q);
    if !(x > 0.0 && x < 1.0) {
        x = 0.5;
    }
    for _ in 0..200 {
        let error = incomplete_beta(a, b, x) - q;
        if error == 0.0 {
            return x;
        }
        if error < 0.0 {
            lo = x;
        } else {
            hi = x;
        }
        let density = beta_density(a, b, x);
        // Halley's step (Numerical Recipes' form); a step leaving the bracket bisects it.
        // Far in a tail the density is tiny and Halley's step, damped, crawls: a step is
        // taken only where Newton's lands inside the bracket, else the bracket is halved.
        let mut next = (lo + hi) / 2.0;
        if density > 0.0 && density.is_finite() {
            let u = error / density;
            let newton = x - u;
            if newton > lo && newton < hi {
                let curvature = (a - 1.0) / x - (b - 1.0) / (1.0 - x);
                let halley = x - u / (1.0 - 0.5 * (u * curvature).clamp(-1.0, 1.0));
                next = if halley > lo && halley < hi {
                    halley
                } else {
                    newton
                };
            }
        }
        if (next - x).abs() <= 4.0 * f64::EPSILON * next.max(1e-300) || hi - lo <= f64::MIN_POSITIVE
        {
            return next;
        }
        x = next;
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(got: f64, want: f64, relative: f64) -> bool {
        (got - want).abs() <= relative * want.abs().max(f64::MIN_POSITIVE)
    }

    #[test]
    fn the_incomplete_beta_matches_known_values() {
        // Values from mpmath at 40 digits (betainc, and the binomial tail
        // I_x(a, b) = P(Binomial(a + b − 1, x) ≥ a) for the large integer counts).
        for (a, b, x, want) in [
            (2.5, 3.5, 0.3, 0.2967529892956664),
            (0.5, 0.5, 0.2, 0.2951672353008666),
            (10.0, 20.0, 0.4, 0.7853183897628261),
            (40001.0, 160001.0, 0.2, 0.49910794123139407),
            (40001.0, 160001.0, 0.201, 0.8674485684911087),
        ] {
            let got = incomplete_beta(a, b, x);
            assert!(
                close(got, want, 1e-12),
                "I_{x}({a}, {b}) = {got}, want {want}"
            );
        }
    }

    #[test]
    fn the_incomplete_beta_keeps_its_identities() {
        // Dyadic points, so that 1 − x is exact and the symmetry is tested, not the rounding.
        for x in [
            0.0,
            1.0 / 1_073_741_824.0,
            1.0 / 128.0,
            0.25,
            0.5,
            0.765625,
            0.999,
        ] {
            // Beta(1, 1) is uniform; Beta(1, b) and Beta(a, 1) have closed forms.
            assert!(close(incomplete_beta(1.0, 1.0, x), x, 1e-14), "{x}");
            let one_b = -libm::expm1(7.5 * libm::log1p(-x));
            assert!((incomplete_beta(1.0, 7.5, x) - one_b).abs() < 1e-14, "{x}");
            assert!(close(incomplete_beta(3.0, 1.0, x), x.powi(3), 1e-13), "{x}");
            for (a, b) in [(0.3, 4.0), (2.0, 9.0), (55.0, 12.5), (3000.0, 700.0)] {
                let sum = incomplete_beta(a, b, x) + incomplete_beta(b, a, 1.0 - x);
                assert!((sum - 1.0).abs() < 1e-13, "I_{x}({a}, {b}): {sum}");
            }
        }
        for a in [0.5, 3.0, 70.0, 12345.0] {
            assert!((incomplete_beta(a, a, 0.5) - 0.5).abs() < 1e-13, "{a}");
        }
        assert_eq!(incomplete_beta(2.0, 3.0, -0.1), 0.0);
        assert_eq!(incomplete_beta(2.0, 3.0, 1.0), 1.0);
    }

    #[test]
    fn quantiles_invert_the_distribution() {
        for q in [0.001, 0.05, 0.3, 0.5, 0.95, 0.999] {
            assert!(close(beta_quantile(1.0, 1.0, q), q, 1e-14), "{q}");
            for b in [1.0, 2.0, 9.5, 200.0] {
                let want = -libm::expm1(libm::log1p(-q) / b);
                assert!(close(beta_quantile(1.0, b, q), want, 1e-12), "{q} {b}");
            }
            for (a, b) in [(0.2, 0.3), (0.5, 0.5), (3.0, 8.0), (80.0, 3.0), (1e5, 4e5)] {
                let x = beta_quantile(a, b, q);
                if 1.0 - x < 1e-6 {
                    // Beta(0.2, 0.3)'s 99.9th percentile is 1 − 1.7e-9, where the
                    // distribution function climbs 1e-11 per double: q cannot come back to
                    // 12 digits from any x.
                    continue;
                }
                let back = incomplete_beta(a, b, x);
                assert!(
                    (back - q).abs() < 1e-12 * q.max(1e-3),
                    "{a} {b} {q}: {back}"
                );
            }
        }
        // mpmath: the Beta(a, b) quantiles, found by root finding at 40 digits.
        for (a, b, q, want) in [
            (3.0, 8.0, 0.05, 0.0872644339141503),
            (3.0, 8.0, 0.95, 0.5069013010632024),
            (40001.0, 160001.0, 0.05, 0.19853350786514892),
            (40001.0, 160001.0, 0.5, 0.2000019999886667),
            (40001.0, 160001.0, 0.95, 0.2014759031006762),
        ] {
            let got = beta_quantile(a, b, q);
            assert!(
                close(got, want, 1e-13),
                "Q({a}, {b}, {q}) = {got}, want {want}"
            );
        }
        assert_eq!(beta_quantile(2.0, 2.0, 0.0), 0.0);
        assert_eq!(beta_quantile(2.0, 2.0, 1.0), 1.0);
        assert!(beta_quantile(0.0, 2.0, 0.5).is_nan());
    }

    #[test]
    fn a_win_rate_is_the_posterior_of_a_uniform_prior() {
        let none = win_rate(0, 0);
        assert!(
            close(none.p5, 0.05, 1e-14) && close(none.median, 0.5, 1e-14),
            "{none:?}"
        );
        assert!(close(none.p95, 0.95, 1e-14), "{none:?}");
        // No loss: Beta(w + 1, 1), whose quantile is q^(1/(w+1)).
        let clean = win_rate(7, 0);
        assert!(
            close(clean.p5, libm::pow(0.05, 1.0 / 8.0), 1e-13),
            "{clean:?}"
        );

        let big = win_rate(40_000, 160_000);
        assert_eq!((big.wins, big.decided), (40_000, 200_000));
        assert!(close(big.p5, 0.19853350786514892, 1e-13), "{big:?}");
        assert!(close(big.median, 0.2000019999886667, 1e-13), "{big:?}");
        assert!(close(big.p95, 0.2014759031006762, 1e-13), "{big:?}");
    }

    #[test]
    fn large_counts_are_quick() {
        let start = std::time::Instant::now();
        let fit = win_rate(40_000, 160_000);
        let spent = start.elapsed();
        assert!(fit.p5 < fit.median && fit.median < fit.p95, "{fit:?}");
        // Generous for a shared machine and a debug build: three quantiles of a Beta with
        // counts in the hundreds of thousands.
        assert!(spent.as_millis() < 50, "{spent:?}");
    }

    #[test]
    fn both_tails_of_a_large_count_are_found() {
        // Beta(50001, 150001): mean 0.25, sd 0.000968; its 5th and 95th percentiles are
        // 1.645 sd either side, where the normal approximation is good to 1e-5.
        let r = win_rate(50_000, 150_000);
        let sd = (0.25f64 * 0.75 / 200_003.0).sqrt();
        assert!((r.p5 - (0.25 - 1.644_853_6 * sd)).abs() < 2e-5, "{r:?}");
        assert!((r.p95 - (0.25 + 1.644_853_6 * sd)).abs() < 2e-5, "{r:?}");
        for (wins, losses) in [(1, 1_000_000), (999_999, 3), (0, 200_000), (200_000, 0)] {
            let r = win_rate(wins, losses);
            let (a, b) = (wins as f64 + 1.0, losses as f64 + 1.0);
            for (q, x) in [(0.05, r.p5), (0.5, r.median), (0.95, r.p95)] {
                assert!(
                    (incomplete_beta(a, b, x) - q).abs() < 1e-9,
                    "{wins}/{losses} at {q}: {x}"
                );
            }
        }
    }
}
