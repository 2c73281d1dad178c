//! Normal draws by inverting Acklam's quantile, and the lognormal: from its (mu, sigma) or from
//! its 5th and 95th percentiles.

use super::uniform::uniform_open01;
use crate::sampling::exact;
use crate::sampling::rng::Rng;

/// The z of a central 90% interval: the standard normal's 95th percentile, so that a normal's
/// 5th and 95th percentiles lie at `mean ∓ Z90 · sd`, and a lognormal's p5 and p95 give its
/// sigma as `(ln p95 - ln p5) / (2 Z90)`.
pub const Z90: f64 = 1.6448536269514722;

/// Coefficients of Acklam's rational approximations of the normal quantile.
const ACKLAM_A: [f64; 6] = [
    -3.969683028665376e+01,
    2.209460984245205e+02,
    -2.759285104469687e+02,
    1.38357751867269e+02,
    -3.066479806614716e+01,
    2.506628277459239e+00,
];
const ACKLAM_B: [f64; 5] = [
    -5.447609879822406e+01,
    1.615858368580409e+02,
    -1.556989798598866e+02,
    6.680131188771972e+01,
    -1.328068155288572e+01,
];
const ACKLAM_C: [f64; 6] = [
    -7.784894002430293e-03,
    -3.223964580411365e-01,
    -2.400758277161838e+00,
    -2.549732539343734e+00,
    4.374664141464968e+00,
    2.938163982698783e+00,
];
const ACKLAM_D: [f64; 4] = [
    7.784695709041462e-03,
    3.224671290700398e-01,
    2.445134137142996e+00,
    3.754408661907416e+00,
];
/// Where Acklam's lower tail region ends (and, mirrored, where the upper one starts).
const ACKLAM_P_LOW: f64 = 0.02425;
/// Probabilities passed to [`normal_inv_cdf`] are clamped to this range.
const NORMAL_P_MIN: f64 = 1e-300;
const NORMAL_P_MAX: f64 = 1.0 - 1e-16;

/// Acklam's tail approximation at `q = sqrt(-2 ln p)`, for the lower tail.
#[inline]
fn acklam_tail(q: f64) -> f64 {
    let c = &ACKLAM_C;
    let d = &ACKLAM_D;
    (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
        / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0)
}

/// The standard normal quantile (inverse CDF) of `p`, by Acklam's rational approximation
/// (relative error below 1.2e-9). The central region `[0.02425, 0.97575]` uses arithmetic
/// only; the tails use `libm::log` and [`exact::sqrt`].
///
/// `p` is clamped to `[1e-300, 1 - 1e-16]`, so the result is finite (between about -37 and
/// 8.2) for every `p` but NaN, which gives NaN.
#[inline]
pub fn normal_inv_cdf(p: f64) -> f64 {
    if p.is_nan() {
        return f64::NAN;
    }
    let p = p.clamp(NORMAL_P_MIN, NORMAL_P_MAX);
    if p < ACKLAM_P_LOW {
        acklam_tail(exact::sqrt(-2.0 * libm::log(p)))
    } else if p <= 1.0 - ACKLAM_P_LOW {
        let a = &ACKLAM_A;
        let b = &ACKLAM_B;
        let q = p - 0.5;
        let r = q * q;
        (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0)
    } else {
        -acklam_tail(exact::sqrt(-2.0 * libm::log(1.0 - p)))
    }
}

/// A standard normal draw, `normal_inv_cdf(uniform_open01)`: one `u64` per draw, and
/// monotone in that uniform. Lies within about ±8.2.
#[inline]
pub fn standard_normal(rng: &mut Rng) -> f64 {
    normal_inv_cdf(uniform_open01(rng))
}

/// A normal draw with the given mean and standard deviation: `mean + sd * standard_normal`.
#[inline]
pub fn normal(rng: &mut Rng, mean: f64, sd: f64) -> f64 {
    mean + sd * standard_normal(rng)
}

/// A lognormal draw: `exp(mu + sigma * standard_normal)`, so `mu` and `sigma` are the mean
/// and standard deviation of its logarithm. One `u64` per draw.
#[inline]
pub fn lognormal(rng: &mut Rng, mu: f64, sigma: f64) -> f64 {
    exact::exp(mu + sigma * standard_normal(rng))
}

/// The `(mu, sigma)` of the lognormal whose 5th and 95th percentiles are `p5` and `p95`:
/// `mu = (ln p5 + ln p95) / 2` and `sigma = (ln p95 - ln p5) / (2 Z90)`.
///
/// Meaningful for `0 < p5 < p95`; other inputs give NaN, infinite or non-positive values,
/// which callers must reject (as [`Sampler::lognormal_p5_p95`](crate::sampling::Sampler::lognormal_p5_p95)
/// does).
pub fn lognormal_params_from_p5_p95(p5: f64, p95: f64) -> (f64, f64) {
    let (ln5, ln95) = (libm::log(p5), libm::log(p95));
    ((ln5 + ln95) / 2.0, (ln95 - ln5) / (2.0 * Z90))
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::super::uniform::TWO_POW_MINUS_53;
    use super::*;

    /// Exact standard normal quantiles (from mpmath).
    const NORMAL_QUANTILES: [(f64, f64); 11] = [
        (1e-300, -37.0470962993612),
        (TWO_POW_MINUS_53, -8.209536151601387),
        (1e-16, -8.222082216130435),
        (1e-10, -6.361340902404057),
        (0.001, -3.0902323061678136),
        (0.02425, -1.972961051311885),
        (0.25, -0.6744897501960817),
        (0.5, 0.0),
        (0.95, 1.6448536269514726),
        (0.99, 2.326347874040841),
        (0.999999, 4.753424308822899),
    ];

    #[test]
    fn normal_inv_cdf_is_accurate() {
        for (p, z) in NORMAL_QUANTILES {
            let got = normal_inv_cdf(p);
            assert!(
                (got - z).abs() <= 1.2e-9 * z.abs() + 1e-15,
                "p = {p}: {got} vs {z}"
            );
            if p >= 1e-3 {
                let mirrored = normal_inv_cdf(1.0 - p);
                assert!(
                    (mirrored + z).abs() <= 2e-9 * z.abs() + 1e-12,
                    "1 - {p}: {mirrored}"
                );
            }
        }
    }

    #[test]
    fn normal_inv_cdf_is_monotone() {
        let mut previous = f64::NEG_INFINITY;
        for i in 0..=200_000 {
            let x = normal_inv_cdf(f64::from(i) / 200_000.0);
            assert!(x >= previous, "at {i}: {x} < {previous}");
            previous = x;
        }
        // Across the region boundaries, step by step.
        for boundary in [ACKLAM_P_LOW, 1.0 - ACKLAM_P_LOW] {
            let mut p = boundary - 1e-13;
            let mut previous = normal_inv_cdf(p);
            while p < boundary + 1e-13 {
                p = f64::from_bits(p.to_bits() + 1);
                let x = normal_inv_cdf(p);
                assert!(x >= previous - 1e-9, "at {p}: {x} < {previous}");
                previous = x;
            }
        }
    }

    #[test]
    fn normal_inv_cdf_extremes_are_finite() {
        for p in [0.0, -1.0, f64::MIN_POSITIVE, 1e-320, f64::NEG_INFINITY] {
            let x = normal_inv_cdf(p);
            assert!(x.is_finite() && x < -37.0, "{p}: {x}");
        }
        for p in [1.0, 2.0, 1.0 - 1e-17, f64::INFINITY] {
            let x = normal_inv_cdf(p);
            assert!(x.is_finite() && x > 8.0, "{p}: {x}");
        }
        assert!(normal_inv_cdf(f64::NAN).is_nan());
    }

    #[test]
    fn standard_normal_moments_and_quantiles() {
        let xs = draws(8, N, standard_normal);
        check_moments(&xs, 0.0, 1.0, 3.0, "standard normal");
        for (q, z) in [
            (0.05, -1.6448536269514722),
            (0.25, -0.6744897501960817),
            (0.5, 0.0),
        ] {
            check_cdf(&xs, z, q, "standard normal");
            check_cdf(&xs, -z, 1.0 - q, "standard normal");
        }
        let xs = draws(9, N, |r| normal(r, 10.0, 3.0));
        check_moments(&xs, 10.0, 9.0, 3.0 * 81.0, "normal(10, 3)");
    }

    #[test]
    fn lognormal_params_round_trip() {
        let (mu, sigma) = lognormal_params_from_p5_p95(10.0, 1000.0);
        assert!((mu - libm::log(100.0)).abs() < 1e-12);
        assert!((sigma - libm::log(10.0) / Z90).abs() < 1e-12);
        let (mu, sigma) = lognormal_params_from_p5_p95(3.0, 3.0);
        assert!((mu - libm::log(3.0)).abs() < 1e-15 && sigma == 0.0);
    }

    #[test]
    fn lognormal_moments_and_quantiles() {
        let (p5, p95) = (20_000.0, 150_000.0);
        let (mu, sigma) = lognormal_params_from_p5_p95(p5, p95);
        let xs = draws(29, N, |r| lognormal(r, mu, sigma));
        assert!(xs.iter().all(|&x| x > 0.0 && x.is_finite()));
        let s2 = sigma * sigma;
        let mean = libm::exp(mu + s2 / 2.0);
        let var = (libm::exp(s2) - 1.0) * libm::exp(2.0 * mu + s2);
        check_mean(&xs, mean, var, "lognormal");
        check_cdf(&xs, p5, 0.05, "lognormal p5");
        check_cdf(&xs, p95, 0.95, "lognormal p95");
        check_cdf(&xs, libm::exp(mu), 0.5, "lognormal median");
        check_cdf(
            &xs,
            libm::exp(mu + 0.6744897501960817 * sigma),
            0.75,
            "lognormal p75",
        );
    }
}
