//! The distributions, as free functions that draw from an [`Rng`]: uniform, Bernoulli, normal
//! (by inversion), gamma, beta, triangular, PERT, lognormal, Poisson and binomial.
//!
//! Every transcendental function comes from `libm` and every algorithm is fixed here, so a draw
//! is bit-identical natively and on wasm32. No draw allocates, panics or loops without bound:
//! rejection loops are capped, and parameters outside a distribution's domain give a degenerate
//! but sane answer, documented on each function. Real-valued draws return NaN when a parameter
//! is NaN (or, where noted, infinite); count-valued draws return 0 instead.

use super::exact;
use super::rng::{next_u64, Rng};

/// 2^-53, the spacing of the 53-bit uniforms in [0, 1).
const TWO_POW_MINUS_53: f64 = 1.0 / (1u64 << 53) as f64;
/// 2^-52, the spacing of the 52-bit uniforms in (0, 1).
const TWO_POW_MINUS_52: f64 = 1.0 / (1u64 << 52) as f64;

/// The standard normal quantile of 0.95, which maps a lognormal's p5 and p95 to its sigma.
const Z_95: f64 = 1.6448536269514722;

/// The most rounds of any rejection sampler before it gives up and returns a central value.
/// Each round accepts with probability well above 1/2, so the cap is never reached in practice.
const MAX_ROUNDS: u32 = 1000;
/// The most steps of a sequential search by inversion.
const MAX_INVERSION_STEPS: u64 = 1000;

/// Larger Poisson means and gamma or beta shapes are clamped to this value.
const MAX_PARAMETER: f64 = 1e12;
/// Smaller positive beta shapes are raised to this value, which keeps its log-space sums finite.
const MIN_BETA_SHAPE: f64 = 1e-300;

/// Poisson means below this are drawn by inversion, the others by PTRS.
const POISSON_INVERSION_BELOW: f64 = 12.0;
/// Binomial draws with a smaller mean `n * min(p, 1 - p)` are drawn by inversion, the others
/// by BTRS.
const BINOMIAL_INVERSION_BELOW: f64 = 10.0;

/// Maps 64 random bits to [0, 1) using the top 53.
#[inline]
fn unit_from_bits(x: u64) -> f64 {
    (x >> 11) as f64 * TWO_POW_MINUS_53
}

/// Maps 64 random bits to (0, 1) using the top 52, offset by half a step.
#[inline]
fn open_unit_from_bits(x: u64) -> f64 {
    ((x >> 12) as f64 + 0.5) * TWO_POW_MINUS_52
}

/// A uniform draw from [0, 1) with 53 random bits: a multiple of 2^-53. Uses one `u64`.
#[inline]
pub fn uniform01(rng: &mut Rng) -> f64 {
    unit_from_bits(next_u64(rng))
}

/// A uniform draw from the open interval (0, 1), safe to pass to `log` or a quantile function:
/// an odd multiple of 2^-53, from 2^-53 to 1 - 2^-53. Uses one `u64`.
///
/// It keeps 52 random bits rather than 53: with 53, adding the half step would round the
/// largest values up to exactly 1.
#[inline]
pub fn uniform_open01(rng: &mut Rng) -> f64 {
    open_unit_from_bits(next_u64(rng))
}

/// A uniform draw from [lo, hi], as `lo + (hi - lo) * uniform01`. Uses one `u64`.
#[inline]
pub fn uniform(rng: &mut Rng, lo: f64, hi: f64) -> f64 {
    lo + (hi - lo) * uniform01(rng)
}

/// True with probability `p`: `uniform01 < p`. Never true for `p <= 0` or NaN, always for
/// `p >= 1`. Always uses one `u64`, whatever `p`.
#[inline]
pub fn bernoulli(rng: &mut Rng, p: f64) -> bool {
    uniform01(rng) < p
}

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

/// A standard gamma draw for `1 <= shape <= MAX_PARAMETER` by Marsaglia and Tsang's method.
/// Returns the mean, `shape`, if [`MAX_ROUNDS`] rounds all reject.
fn marsaglia_tsang(rng: &mut Rng, shape: f64) -> f64 {
    let d = shape - 1.0 / 3.0;
    let c = 1.0 / exact::sqrt(9.0 * d);
    for _ in 0..MAX_ROUNDS {
        let x = standard_normal(rng);
        let v = 1.0 + c * x;
        if v <= 0.0 {
            continue;
        }
        let v = v * v * v;
        let u = uniform_open01(rng);
        let x2 = x * x;
        if u < 1.0 - 0.0331 * x2 * x2 || libm::log(u) < 0.5 * x2 + d * (1.0 - v + libm::log(v)) {
            return d * v;
        }
    }
    shape
}

/// A gamma draw with the given shape and scale (mean `shape * scale`).
///
/// Marsaglia and Tsang's method for `shape >= 1`; for `shape < 1`, a draw of shape
/// `shape + 1` times `u^(1 / shape)`. Shapes above 1e12 are treated as 1e12. Returns 0 for
/// `shape <= 0` or `scale <= 0`, NaN if either is NaN, and infinity for an infinite scale.
pub fn gamma(rng: &mut Rng, shape: f64, scale: f64) -> f64 {
    if shape.is_nan() || scale.is_nan() {
        return f64::NAN;
    }
    if shape <= 0.0 || scale <= 0.0 {
        return 0.0;
    }
    let shape = shape.min(MAX_PARAMETER);
    if shape >= 1.0 {
        marsaglia_tsang(rng, shape) * scale
    } else {
        let boosted = marsaglia_tsang(rng, shape + 1.0);
        boosted * libm::pow(uniform_open01(rng), 1.0 / shape) * scale
    }
}

/// A standard gamma draw of `shape` in `[MIN_BETA_SHAPE, MAX_PARAMETER]` as a factor and a
/// logarithm: the draw is `factor * exp(log)`. Small shapes would underflow to 0 if multiplied
/// out.
fn gamma_in_parts(rng: &mut Rng, shape: f64) -> (f64, f64) {
    if shape >= 1.0 {
        (marsaglia_tsang(rng, shape), 0.0)
    } else {
        let boosted = marsaglia_tsang(rng, shape + 1.0);
        (boosted, libm::log(uniform_open01(rng)) / shape)
    }
}

/// A beta draw with shapes `a` and `b` (mean `a / (a + b)`), from two gamma draws `x` and `y`
/// as `x / (x + y)`; when a shape is below 1 the ratio is taken in log space so that it never
/// becomes 0/0.
///
/// Shapes are clamped to `[1e-300, 1e12]`. A shape `<= 0` puts all the mass at one end: 0 if
/// only `a <= 0`, 1 if only `b <= 0`, and 0.5 if both are. NaN if either is NaN.
pub fn beta(rng: &mut Rng, a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        return f64::NAN;
    }
    match (a > 0.0, b > 0.0) {
        (false, false) => return 0.5,
        (false, true) => return 0.0,
        (true, false) => return 1.0,
        (true, true) => {}
    }
    let a = a.clamp(MIN_BETA_SHAPE, MAX_PARAMETER);
    let b = b.clamp(MIN_BETA_SHAPE, MAX_PARAMETER);
    let (x, log_x) = gamma_in_parts(rng, a);
    let (y, log_y) = gamma_in_parts(rng, b);
    if a >= 1.0 && b >= 1.0 {
        x / (x + y)
    } else {
        // x e^lx / (x e^lx + y e^ly) = 1 / (1 + (y / x) e^(ly - lx)); both logs are finite.
        1.0 / (1.0 + y / x * exact::exp(log_y - log_x))
    }
}

/// Puts three-point parameters in order: swaps `min` and `max` if reversed and clamps `mode`
/// between them. `None` if any is NaN or infinite.
#[inline]
fn three_point(min: f64, mode: f64, max: f64) -> Option<(f64, f64, f64)> {
    if !(min.is_finite() && mode.is_finite() && max.is_finite()) {
        return None;
    }
    let (min, max) = if min <= max { (min, max) } else { (max, min) };
    Some((min, mode.clamp(min, max), max))
}

/// A triangular draw on `[min, max]` peaking at `mode`, by inverting the CDF (one `u64`).
///
/// Returns `min` without drawing when `min == max`. Reversed bounds are swapped and a mode
/// outside them is clamped; any NaN or infinite parameter gives NaN. Ranges wider than the
/// largest `f64` are drawn at half scale.
pub fn triangular(rng: &mut Rng, min: f64, mode: f64, max: f64) -> f64 {
    let Some((min, mode, max)) = three_point(min, mode, max) else {
        return f64::NAN;
    };
    let span = max - min;
    if span == 0.0 {
        return min;
    }
    if !span.is_finite() {
        return 2.0 * triangular(rng, 0.5 * min, 0.5 * mode, 0.5 * max);
    }
    let u = uniform01(rng);
    let left = (mode - min) / span;
    if u < left {
        min + span * exact::sqrt(u * left)
    } else {
        max - span * exact::sqrt((1.0 - u) * ((max - mode) / span))
    }
}

/// The beta shapes `(alpha, beta)` of a PERT distribution with `min < max` and `mode`
/// between them: `1 + 4 (mode - min) / (max - min)` and `1 + 4 (max - mode) / (max - min)`.
#[inline]
pub(crate) fn pert_shapes(min: f64, mode: f64, max: f64) -> (f64, f64) {
    let span = max - min;
    (
        1.0 + 4.0 * (mode - min) / span,
        1.0 + 4.0 * (max - mode) / span,
    )
}

/// A Beta-PERT draw on `[min, max]` with most likely value `mode` (λ = 4, mean
/// `(min + 4 mode + max) / 6`): `min + (max - min) * beta(alpha, beta)`, with the shapes of
/// the PERT method.
///
/// Returns `min` without drawing when `min == max`. Reversed bounds are swapped and a mode
/// outside them is clamped; any NaN or infinite parameter gives NaN. Ranges wider than the
/// largest `f64` are drawn at half scale.
pub fn pert(rng: &mut Rng, min: f64, mode: f64, max: f64) -> f64 {
    let Some((min, mode, max)) = three_point(min, mode, max) else {
        return f64::NAN;
    };
    let span = max - min;
    if span == 0.0 {
        return min;
    }
    if !span.is_finite() {
        return 2.0 * pert(rng, 0.5 * min, 0.5 * mode, 0.5 * max);
    }
    let (alpha, beta_shape) = pert_shapes(min, mode, max);
    min + span * beta(rng, alpha, beta_shape)
}

/// A lognormal draw: `exp(mu + sigma * standard_normal)`, so `mu` and `sigma` are the mean
/// and standard deviation of its logarithm. One `u64` per draw.
#[inline]
pub fn lognormal(rng: &mut Rng, mu: f64, sigma: f64) -> f64 {
    exact::exp(mu + sigma * standard_normal(rng))
}

/// The `(mu, sigma)` of the lognormal whose 5th and 95th percentiles are `p5` and `p95`:
/// `mu = (ln p5 + ln p95) / 2` and `sigma = (ln p95 - ln p5) / (2 z_0.95)`.
///
/// Meaningful for `0 < p5 < p95`; other inputs give NaN, infinite or non-positive values,
/// which callers must reject (as [`Sampler::lognormal_p5_p95`](super::Sampler::lognormal_p5_p95)
/// does).
pub fn lognormal_params_from_p5_p95(p5: f64, p95: f64) -> (f64, f64) {
    let (ln5, ln95) = (libm::log(p5), libm::log(p95));
    ((ln5 + ln95) / 2.0, (ln95 - ln5) / (2.0 * Z_95))
}

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

/// Statistical checks shared by the unit tests of the sampling module.
#[cfg(test)]
pub(super) mod testing {
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
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;
    use crate::sampling::rng::stream;

    const N: usize = 50_000;

    fn draws(seed: u64, n: usize, mut f: impl FnMut(&mut Rng) -> f64) -> Vec<f64> {
        let mut rng = stream(seed, 0, 0);
        (0..n).map(|_| f(&mut rng)).collect()
    }

    fn counts(seed: u64, n: usize, mut f: impl FnMut(&mut Rng) -> u64) -> Vec<u64> {
        let mut rng = stream(seed, 0, 0);
        (0..n).map(|_| f(&mut rng)).collect()
    }

    fn as_f64(ks: &[u64]) -> Vec<f64> {
        ks.iter().map(|&k| k as f64).collect()
    }

    // ----- uniforms and Bernoulli -----

    #[test]
    fn unit_mappings_stay_in_range() {
        assert_eq!(unit_from_bits(0), 0.0);
        assert!(unit_from_bits(u64::MAX) < 1.0);
        assert_eq!(unit_from_bits(u64::MAX), 1.0 - TWO_POW_MINUS_53);
        assert_eq!(open_unit_from_bits(0), TWO_POW_MINUS_53);
        assert!(open_unit_from_bits(u64::MAX) < 1.0);
        assert_eq!(open_unit_from_bits(u64::MAX), 1.0 - TWO_POW_MINUS_53);
    }

    #[test]
    fn uniforms_have_the_right_moments() {
        let xs = draws(1, N, uniform01);
        assert!(xs.iter().all(|&x| (0.0..1.0).contains(&x)));
        check_moments(&xs, 0.5, 1.0 / 12.0, 1.0 / 80.0, "uniform01");
        let xs = draws(2, N, uniform_open01);
        assert!(xs.iter().all(|&x| x > 0.0 && x < 1.0));
        check_moments(&xs, 0.5, 1.0 / 12.0, 1.0 / 80.0, "uniform_open01");
        let xs = draws(3, N, |r| uniform(r, -2.0, 6.0));
        assert!(xs.iter().all(|&x| (-2.0..=6.0).contains(&x)));
        check_moments(&xs, 2.0, 64.0 / 12.0, 4096.0 / 80.0, "uniform(-2, 6)");
        check_cdf(&xs, 0.0, 0.25, "uniform(-2, 6)");
        assert_eq!(uniform(&mut stream(0, 0, 0), 3.0, 3.0), 3.0);
    }

    #[test]
    fn bernoulli_edge_cases() {
        let mut rng = stream(4, 0, 0);
        for _ in 0..1000 {
            assert!(!bernoulli(&mut rng, 0.0));
            assert!(!bernoulli(&mut rng, -1.0));
            assert!(!bernoulli(&mut rng, f64::NAN));
            assert!(!bernoulli(&mut rng, f64::NEG_INFINITY));
            assert!(bernoulli(&mut rng, 1.0));
            assert!(bernoulli(&mut rng, 2.0));
            assert!(bernoulli(&mut rng, f64::INFINITY));
        }
    }

    #[test]
    fn bernoulli_mean() {
        for (seed, p) in [(5, 0.3), (6, 0.01), (7, 0.999)] {
            let xs = draws(seed, N, |r| f64::from(u8::from(bernoulli(r, p))));
            check_mean(&xs, p, p * (1.0 - p), &format!("bernoulli({p})"));
        }
    }

    // ----- normal -----

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

    // ----- gamma and beta -----

    #[test]
    fn gamma_moments() {
        for (seed, shape, scale) in [
            (10, 0.3, 2.0),
            (11, 1.0, 2.0),
            (12, 2.5, 0.5),
            (13, 50.0, 3.0),
        ] {
            let xs = draws(seed, N, |r| gamma(r, shape, scale));
            assert!(xs.iter().all(|&x| x >= 0.0 && x.is_finite()));
            let s2 = scale * scale;
            check_moments(
                &xs,
                shape * scale,
                shape * s2,
                3.0 * shape * (shape + 2.0) * s2 * s2,
                &format!("gamma({shape}, {scale})"),
            );
        }
    }

    #[test]
    fn gamma_edge_cases() {
        let mut rng = stream(14, 0, 0);
        assert_eq!(gamma(&mut rng, 0.0, 1.0), 0.0);
        assert_eq!(gamma(&mut rng, -1.0, 1.0), 0.0);
        assert_eq!(gamma(&mut rng, 1.0, 0.0), 0.0);
        assert_eq!(gamma(&mut rng, 1.0, -2.0), 0.0);
        assert!(gamma(&mut rng, f64::NAN, 1.0).is_nan());
        assert!(gamma(&mut rng, 1.0, f64::NAN).is_nan());
        assert_eq!(gamma(&mut rng, 2.0, f64::INFINITY), f64::INFINITY);
        let huge = gamma(&mut rng, f64::INFINITY, 1.0);
        assert!((huge / 1e12 - 1.0).abs() < 1e-4, "{huge}");
        for shape in [1e-300, 1e-10, 0.01, 5e-324] {
            for _ in 0..1000 {
                let x = gamma(&mut rng, shape, 1.0);
                assert!((0.0..1e10).contains(&x), "gamma({shape}): {x}");
            }
        }
    }

    fn beta_moments(a: f64, b: f64) -> (f64, f64, f64) {
        let s = a + b;
        let mean = a / s;
        let var = a * b / (s * s * (s + 1.0));
        let excess = 6.0 * ((a - b) * (a - b) * (s + 1.0) - a * b * (s + 2.0))
            / (a * b * (s + 2.0) * (s + 3.0));
        (mean, var, (excess + 3.0) * var * var)
    }

    #[test]
    fn beta_moments_match() {
        for (seed, a, b) in [
            (15, 2.0, 3.0),
            (16, 0.5, 0.5),
            (17, 0.2, 5.0),
            (18, 1.0, 1.0),
            (19, 30.0, 4.0),
        ] {
            let xs = draws(seed, N, |r| beta(r, a, b));
            assert!(xs.iter().all(|&x| (0.0..=1.0).contains(&x)));
            let (mean, var, mu4) = beta_moments(a, b);
            check_moments(&xs, mean, var, mu4, &format!("beta({a}, {b})"));
        }
    }

    #[test]
    fn beta_edge_cases() {
        let mut rng = stream(20, 0, 0);
        assert_eq!(beta(&mut rng, 0.0, 1.0), 0.0);
        assert_eq!(beta(&mut rng, 1.0, -1.0), 1.0);
        assert_eq!(beta(&mut rng, 0.0, 0.0), 0.5);
        assert!(beta(&mut rng, f64::NAN, 1.0).is_nan());
        let x = beta(&mut rng, f64::INFINITY, f64::INFINITY);
        assert!((x - 0.5).abs() < 1e-4, "{x}");
        // Tiny shapes: the gamma draws underflow, the ratio must not become 0/0.
        let mut ones = 0;
        for _ in 0..N {
            let x = beta(&mut rng, 1e-5, 3e-5);
            assert!((0.0..=1.0).contains(&x), "{x}");
            ones += u32::from(x > 0.5);
        }
        // Nearly a Bernoulli(1/4) on {0, 1}.
        let p = f64::from(ones) / N as f64;
        assert!(
            (p - 0.25).abs() < 4.5 * libm::sqrt(0.25 * 0.75 / N as f64),
            "{p}"
        );
        for (a, b) in [
            (5e-324, 1.0),
            (1e-300, 1e-300),
            (1e-300, 1e12),
            (1e12, 1e-300),
        ] {
            for _ in 0..100 {
                let x = beta(&mut rng, a, b);
                assert!((0.0..=1.0).contains(&x), "beta({a}, {b}): {x}");
            }
        }
    }

    // ----- triangular and PERT -----

    fn triangular_quantile(min: f64, mode: f64, max: f64, q: f64) -> f64 {
        let span = max - min;
        let left = (mode - min) / span;
        if q < left {
            min + libm::sqrt(q * span * (mode - min))
        } else {
            max - libm::sqrt((1.0 - q) * span * (max - mode))
        }
    }

    #[test]
    fn triangular_moments_and_quantiles() {
        for (seed, min, mode, max) in [
            (21, 0.0, 3.0, 10.0),
            (22, 0.0, 0.0, 1.0),
            (23, -5.0, 2.0, 2.0),
        ] {
            let xs = draws(seed, N, |r| triangular(r, min, mode, max));
            assert!(xs.iter().all(|&x| (min..=max).contains(&x)));
            let mean = (min + mode + max) / 3.0;
            let var =
                (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18.0;
            let what = format!("triangular({min}, {mode}, {max})");
            // The fourth central moment of a distribution on [min, max] is at most var * span².
            check_moments(&xs, mean, var, var * (max - min) * (max - min), &what);
            for q in [0.05, 0.2, 0.5, 0.8, 0.95] {
                check_cdf(&xs, triangular_quantile(min, mode, max, q), q, &what);
            }
        }
    }

    #[test]
    fn triangular_edge_cases() {
        let mut rng = stream(24, 0, 0);
        let mut untouched = stream(24, 0, 0);
        assert_eq!(triangular(&mut rng, 2.0, 2.0, 2.0), 2.0);
        assert_eq!(triangular(&mut rng, 2.0, 7.0, 2.0), 2.0);
        // Degenerate ranges draw nothing.
        assert_eq!(next_u64(&mut rng), next_u64(&mut untouched));
        for _ in 0..1000 {
            let x = triangular(&mut rng, 10.0, 20.0, 0.0);
            assert!((0.0..=10.0).contains(&x), "{x}");
            let x = triangular(&mut rng, -f64::MAX, 0.0, f64::MAX);
            assert!(x.is_finite(), "{x}");
        }
        assert!(triangular(&mut rng, f64::NAN, 0.0, 1.0).is_nan());
        assert!(triangular(&mut rng, 0.0, 0.0, f64::INFINITY).is_nan());
    }

    #[test]
    fn pert_moments() {
        for (seed, min, mode, max) in [
            (25, 0.0, 3.0, 10.0),
            (26, 1.0, 1.0, 2.0),
            (27, -4.0, 0.0, 4.0),
        ] {
            let xs = draws(seed, N, |r| pert(r, min, mode, max));
            assert!(xs.iter().all(|&x| (min..=max).contains(&x)));
            let mean = (min + 4.0 * mode + max) / 6.0;
            let var = (mean - min) * (max - mean) / 7.0;
            let (alpha, beta_shape) = pert_shapes(min, mode, max);
            let span = max - min;
            let (_, beta_var, beta_mu4) = beta_moments(alpha, beta_shape);
            assert!((beta_var * span * span - var).abs() < 1e-12 * var);
            let what = format!("pert({min}, {mode}, {max})");
            let span_sq = span * span;
            check_moments(&xs, mean, var, beta_mu4 * span_sq * span_sq, &what);
        }
    }

    #[test]
    fn pert_edge_cases() {
        let mut rng = stream(28, 0, 0);
        let mut untouched = stream(28, 0, 0);
        assert_eq!(pert(&mut rng, 5.0, 5.0, 5.0), 5.0);
        assert_eq!(next_u64(&mut rng), next_u64(&mut untouched));
        for _ in 0..1000 {
            let x = pert(&mut rng, 10.0, -3.0, 0.0);
            assert!((0.0..=10.0).contains(&x), "{x}");
            let x = pert(&mut rng, -f64::MAX, f64::MAX, f64::MAX);
            assert!(x.is_finite(), "{x}");
        }
        assert!(pert(&mut rng, 0.0, f64::NAN, 1.0).is_nan());
        assert!(pert(&mut rng, f64::NEG_INFINITY, 0.0, 1.0).is_nan());
    }

    // ----- lognormal -----

    #[test]
    fn lognormal_params_round_trip() {
        let (mu, sigma) = lognormal_params_from_p5_p95(10.0, 1000.0);
        assert!((mu - libm::log(100.0)).abs() < 1e-12);
        assert!((sigma - libm::log(10.0) / Z_95).abs() < 1e-12);
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

    // ----- Poisson -----

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

    // ----- binomial -----

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
