//! Uniform draws on [0, 1), on (0, 1) and on [lo, hi], and Bernoulli trials: each from the top
//! bits of one `u64`.

use crate::sampling::rng::{next_u64, Rng};

/// 2^-53, the spacing of the 53-bit uniforms in [0, 1).
pub(super) const TWO_POW_MINUS_53: f64 = 1.0 / (1u64 << 53) as f64;
/// 2^-52, the spacing of the 52-bit uniforms in (0, 1).
const TWO_POW_MINUS_52: f64 = 1.0 / (1u64 << 52) as f64;

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

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::sampling::rng::stream;

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
}
