//! Percentiles of an uncertain value as the engine draws it: the P10 and P90 a tornado holds an
//! uncertain input at, and the median it is fixed at to see how much of the band it makes. The
//! engine clamps every draw to the field's range, so each percentile is the clamped percentile of
//! the distribution written in the file.

use crate::model::{Dist, Range};
use crate::sampling::distributions::{lognormal_params_from_p5_p95, normal_inv_cdf};

/// The `p`-quantile (0 < p < 1) of `dist` as drawn for a field of range `range`.
pub fn percentile(dist: &Dist, p: f64, range: &Range) -> f64 {
    let x = match *dist {
        Dist::Fixed(x) => x,
        Dist::Uniform { lo, hi } => lo + p * (hi - lo),
        Dist::Triangular { min, mode, max } => triangular(min, mode, max, p),
        Dist::Pert { min, mode, max } => pert(min, mode, max, p),
        Dist::Normal { mean, sd } => mean + normal_inv_cdf(p) * sd,
        Dist::LogNormal { p5, p95 } => {
            let (mu, sigma) = lognormal_params_from_p5_p95(p5, p95);
            libm::exp(mu + sigma * normal_inv_cdf(p))
        }
    };
    range.clamp(x)
}

fn triangular(min: f64, mode: f64, max: f64, p: f64) -> f64 {
    let width = max - min;
    if width.is_nan() || width <= 0.0 {
        return min;
    }
    if p < (mode - min) / width {
        min + libm::sqrt(p * width * (mode - min))
    } else {
        max - libm::sqrt((1.0 - p) * width * (max - mode))
    }
}

/// Beta-PERT (λ = 4): the Beta(α, β) quantile on [min, max], found by bisection on its CDF,
/// which is integrated numerically (Simpson's rule on the density); exact enough for a bar's
/// end, and only arithmetic and libm.
fn pert(min: f64, mode: f64, max: f64, p: f64) -> f64 {
    let width = max - min;
    if width.is_nan() || width <= 0.0 {
        return min;
    }
    let a = 1.0 + 4.0 * (mode - min) / width;
    let b = 1.0 + 4.0 * (max - mode) / width;
    let ln_norm = libm::lgamma(a + b) - libm::lgamma(a) - libm::lgamma(b);
    let density = |u: f64| {
        if u <= 0.0 || u >= 1.0 {
            0.0
        } else {
            libm::exp(ln_norm + (a - 1.0) * libm::log(u) + (b - 1.0) * libm::log(1.0 - u))
        }
    };
    // The CDF on a grid, by Simpson's rule over each pair of intervals.
    const N: usize = 512;
    let h = 1.0 / N as f64;
    let mut cdf = vec![0.0; N / 2 + 1];
    for k in 0..N / 2 {
        let u = 2.0 * k as f64 * h;
        cdf[k + 1] = cdf[k] + h / 3.0 * (density(u) + 4.0 * density(u + h) + density(u + 2.0 * h));
    }
    let total = cdf[N / 2];
    let target = p * total;
    let k = cdf.partition_point(|&c| c < target).clamp(1, N / 2);
    // Linear between the grid points around the target.
    let (c0, c1) = (cdf[k - 1], cdf[k]);
    let frac = if c1 > c0 {
        (target - c0) / (c1 - c0)
    } else {
        0.0
    };
    let u = (2.0 * (k - 1) as f64 + 2.0 * frac) * h;
    min + u * width
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANY: Range = Range::closed(f64::NEG_INFINITY, f64::INFINITY);

    #[test]
    fn closed_forms() {
        let u = Dist::Uniform { lo: 10.0, hi: 20.0 };
        assert_eq!(percentile(&u, 0.1, &ANY), 11.0);
        let t = Dist::Triangular {
            min: 0.0,
            mode: 0.0,
            max: 1.0,
        };
        // F(x) = 1 - (1 - x)^2, so the median is 1 - sqrt(0.5).
        assert!((percentile(&t, 0.5, &ANY) - (1.0 - libm::sqrt(0.5))).abs() < 1e-12);
        let n = Dist::Normal { mean: 5.0, sd: 2.0 };
        assert!((percentile(&n, 0.9, &ANY) - (5.0 + 2.0 * 1.2815515655446004)).abs() < 1e-8);
        assert_eq!(percentile(&n, 0.9, &Range::closed(0.0, 6.0)), 6.0);
        let l = Dist::LogNormal {
            p5: 1.0,
            p95: 100.0,
        };
        assert!((percentile(&l, 0.5, &ANY) - 10.0).abs() < 1e-9);
        assert!((percentile(&l, 0.95, &ANY) - 100.0).abs() < 1e-6);
    }

    #[test]
    fn pert_is_symmetric_and_ordered() {
        let d = Dist::Pert {
            min: 0.0,
            mode: 5.0,
            max: 10.0,
        };
        assert!((percentile(&d, 0.5, &ANY) - 5.0).abs() < 1e-3);
        let (p10, p90) = (percentile(&d, 0.1, &ANY), percentile(&d, 0.9, &ANY));
        assert!((p10 + p90 - 10.0).abs() < 1e-3);
        // Beta(3, 3)'s 10th percentile is 0.2466 (tables), times the width 10.
        assert!((p10 - 2.466).abs() < 0.01, "{p10}");
        let skewed = Dist::Pert {
            min: 0.0,
            mode: 1.0,
            max: 10.0,
        };
        assert!(percentile(&skewed, 0.5, &ANY) < 5.0);
    }
}
