//! Gamma draws by Marsaglia and Tsang's method, and beta draws as a ratio of two gammas (in
//! log space when a shape is below 1).

use super::normal::standard_normal;
use super::uniform::uniform_open01;
use super::{MAX_PARAMETER, MAX_ROUNDS};
use crate::sampling::exact;
use crate::sampling::rng::Rng;

/// Smaller positive beta shapes are raised to this value, which keeps its log-space sums finite.
const MIN_BETA_SHAPE: f64 = 1e-300;

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

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::sampling::rng::stream;

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
}
