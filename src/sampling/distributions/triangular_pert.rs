//! Three-point distributions, min, mode and max: triangular (by inverting its CDF) and Beta-PERT.

use super::gamma_beta::beta;
use super::uniform::uniform01;
use crate::sampling::exact;
use crate::sampling::rng::Rng;

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

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::sampling::rng::{next_u64, stream};

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
}
