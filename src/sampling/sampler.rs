//! [`Sampler`]: one uncertain quantity of the model, a distribution whose parameters were
//! checked and precomputed once, with every draw clamped to the field's valid range, and
//! [`SamplerError`], why a distribution's parameters were refused.

use core::fmt;

use super::rng::Rng;
use super::{distributions, exact};
use crate::i18n::{self, Args, Catalogue};

/// The standard normal quantile of 0.999999, used for the upper bound of unbounded shapes.
const Z_999999: f64 = 4.753424308822899;

/// The distribution behind a [`Sampler`], with precomputed parameters.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    /// Always the same value; draws nothing.
    Fixed(f64),
    /// Uniform on `[lo, hi]`, with `lo < hi`.
    Uniform {
        /// The lower bound.
        lo: f64,
        /// The upper bound.
        hi: f64,
    },
    /// Triangular on `[min, max]` peaking at `mode`, with `min < max`.
    Triangular {
        /// The lower bound.
        min: f64,
        /// The most likely value.
        mode: f64,
        /// The upper bound.
        max: f64,
    },
    /// Beta-PERT on `[min, min + span]`: `min + span * beta(alpha, beta)`.
    Pert {
        /// The lower bound.
        min: f64,
        /// The first beta shape, `1 + 4 (mode - min) / span`.
        alpha: f64,
        /// The second beta shape, `1 + 4 (max - mode) / span`.
        beta: f64,
        /// The width of the range, `max - min > 0`.
        span: f64,
    },
    /// Normal with a positive standard deviation.
    Normal {
        /// The mean.
        mean: f64,
        /// The standard deviation, `> 0`.
        sd: f64,
    },
    /// Lognormal: `exp` of a normal with mean `mu` and standard deviation `sigma`.
    LogNormal {
        /// The mean of the logarithm.
        mu: f64,
        /// The standard deviation of the logarithm, `>= 0`.
        sigma: f64,
    },
}

/// A distribution with precomputed parameters whose draws are clamped to `[lo, hi]`, the valid
/// range of the field it feeds (`hi` may be infinite).
///
/// Build one with a constructor, which checks the parameters, then narrow its range with
/// [`clamped`](Sampler::clamped).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sampler {
    shape: Shape,
    lo: f64,
    hi: f64,
}

/// Why a distribution's parameters were refused.
#[derive(Debug, Clone, PartialEq)]
pub enum SamplerError {
    /// A parameter is NaN or infinite.
    NonFinite,
    /// The lower bound exceeds the upper one.
    OutOfOrder {
        /// The lower bound given.
        lo: f64,
        /// The upper bound given.
        hi: f64,
    },
    /// The most likely value lies outside `[min, max]`.
    ModeOutOfRange {
        /// The minimum given.
        min: f64,
        /// The most likely value given.
        mode: f64,
        /// The maximum given.
        max: f64,
    },
    /// The width `hi - lo` of the range overflows an `f64`.
    RangeTooWide {
        /// The lower bound given.
        lo: f64,
        /// The upper bound given.
        hi: f64,
    },
    /// The standard deviation is negative.
    NegativeSd {
        /// The standard deviation given.
        sd: f64,
    },
    /// A lognormal's 5th percentile is not positive.
    LognormalNotPositive {
        /// The 5th percentile given.
        p5: f64,
    },
    /// A lognormal's 5th percentile is not below its 95th.
    LognormalNotIncreasing {
        /// The 5th percentile given.
        p5: f64,
        /// The 95th percentile given.
        p95: f64,
    },
}

impl SamplerError {
    /// Why the parameters were refused, in `catalogue`'s language.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        let id = match self {
            Self::NonFinite => "error-sampler-non-finite",
            Self::OutOfOrder { .. } => "error-sampler-out-of-order",
            Self::ModeOutOfRange { .. } => "error-sampler-mode",
            Self::RangeTooWide { .. } => "error-sampler-too-wide",
            Self::NegativeSd { .. } => "error-sampler-negative-sd",
            Self::LognormalNotPositive { .. } | Self::LognormalNotIncreasing { .. } => {
                "error-sampler-lognormal"
            }
        };
        catalogue.say(id, &Args::new())
    }
}

impl fmt::Display for SamplerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&i18n::with_english(|en| self.say(en)))
    }
}

impl std::error::Error for SamplerError {}

/// `x` limited to `[lo, hi]` for `lo <= hi`; NaN stays NaN. Never panics, unlike `f64::clamp`.
#[inline]
fn clamp(x: f64, lo: f64, hi: f64) -> f64 {
    if x < lo {
        lo
    } else if x > hi {
        hi
    } else {
        x
    }
}

/// `Err(NonFinite)` unless every value is finite.
fn require_finite(values: &[f64]) -> Result<(), SamplerError> {
    if values.iter().all(|v| v.is_finite()) {
        Ok(())
    } else {
        Err(SamplerError::NonFinite)
    }
}

/// Checks that `lo <= hi` and that `hi - lo` is finite, for finite `lo` and `hi`.
fn require_range(lo: f64, hi: f64) -> Result<(), SamplerError> {
    if lo > hi {
        Err(SamplerError::OutOfOrder { lo, hi })
    } else if !(hi - lo).is_finite() {
        Err(SamplerError::RangeTooWide { lo, hi })
    } else {
        Ok(())
    }
}

/// Checks finite three-point parameters with `min <= mode <= max`.
fn require_three_point(min: f64, mode: f64, max: f64) -> Result<(), SamplerError> {
    require_finite(&[min, mode, max])?;
    require_range(min, max)?;
    if mode < min || mode > max {
        return Err(SamplerError::ModeOutOfRange { min, mode, max });
    }
    Ok(())
}

impl Sampler {
    /// A sampler over the whole real line.
    const fn unclamped(shape: Shape) -> Self {
        Self {
            shape,
            lo: f64::NEG_INFINITY,
            hi: f64::INFINITY,
        }
    }

    /// Always `x`; its draws use no random numbers. (A NaN `x` draws NaN.)
    pub const fn fixed(x: f64) -> Self {
        Self::unclamped(Shape::Fixed(x))
    }

    /// Uniform on `[lo, hi]`; finite bounds with `lo <= hi`. Equal bounds give a fixed sampler.
    ///
    /// # Errors
    ///
    /// [`SamplerError::NonFinite`], [`SamplerError::OutOfOrder`] or
    /// [`SamplerError::RangeTooWide`].
    pub fn uniform(lo: f64, hi: f64) -> Result<Self, SamplerError> {
        require_finite(&[lo, hi])?;
        require_range(lo, hi)?;
        Ok(if lo == hi {
            Self::fixed(lo)
        } else {
            Self::unclamped(Shape::Uniform { lo, hi })
        })
    }

    /// Triangular on `[min, max]` peaking at `mode`; finite, with `min <= mode <= max`.
    /// Equal bounds give a fixed sampler.
    ///
    /// # Errors
    ///
    /// [`SamplerError::NonFinite`], [`SamplerError::OutOfOrder`],
    /// [`SamplerError::ModeOutOfRange`] or [`SamplerError::RangeTooWide`].
    pub fn triangular(min: f64, mode: f64, max: f64) -> Result<Self, SamplerError> {
        require_three_point(min, mode, max)?;
        Ok(if min == max {
            Self::fixed(min)
        } else {
            Self::unclamped(Shape::Triangular { min, mode, max })
        })
    }

    /// Beta-PERT on `[min, max]` with most likely value `mode` (λ = 4, mean
    /// `(min + 4 mode + max) / 6`); finite, with `min <= mode <= max`. Equal bounds give a fixed
    /// sampler. Draws equal those of [`distributions::pert`] on the same stream.
    ///
    /// # Errors
    ///
    /// As [`Sampler::triangular`].
    pub fn pert(min: f64, mode: f64, max: f64) -> Result<Self, SamplerError> {
        require_three_point(min, mode, max)?;
        if min == max {
            return Ok(Self::fixed(min));
        }
        let (alpha, beta) = distributions::pert_shapes(min, mode, max);
        Ok(Self::unclamped(Shape::Pert {
            min,
            alpha,
            beta,
            span: max - min,
        }))
    }

    /// Normal with the given mean and standard deviation; finite, with `sd >= 0`. A zero
    /// standard deviation gives a fixed sampler.
    ///
    /// # Errors
    ///
    /// [`SamplerError::NonFinite`] or [`SamplerError::NegativeSd`].
    pub fn normal(mean: f64, sd: f64) -> Result<Self, SamplerError> {
        require_finite(&[mean, sd])?;
        if sd < 0.0 {
            return Err(SamplerError::NegativeSd { sd });
        }
        Ok(if sd == 0.0 {
            Self::fixed(mean)
        } else {
            Self::unclamped(Shape::Normal { mean, sd })
        })
    }

    /// Lognormal with the given 5th and 95th percentiles; finite, with `0 < p5 < p95`.
    ///
    /// # Errors
    ///
    /// [`SamplerError::NonFinite`], [`SamplerError::LognormalNotPositive`] or
    /// [`SamplerError::LognormalNotIncreasing`].
    pub fn lognormal_p5_p95(p5: f64, p95: f64) -> Result<Self, SamplerError> {
        require_finite(&[p5, p95])?;
        if p5 <= 0.0 {
            return Err(SamplerError::LognormalNotPositive { p5 });
        }
        if p5 >= p95 {
            return Err(SamplerError::LognormalNotIncreasing { p5, p95 });
        }
        let (mu, sigma) = distributions::lognormal_params_from_p5_p95(p5, p95);
        Ok(Self::unclamped(Shape::LogNormal { mu, sigma }))
    }

    /// The same distribution with every draw clamped to `[lo, hi]` as well: the range becomes
    /// the intersection of the current one and `[lo, hi]`. A NaN bound is ignored; if the
    /// bounds cross, the lower one wins and every draw is that bound.
    #[must_use]
    pub fn clamped(self, lo: f64, hi: f64) -> Self {
        // `f64::max` and `f64::min` ignore a NaN argument.
        let lo = self.lo.max(lo);
        let hi = self.hi.min(hi).max(lo);
        Self { lo, hi, ..self }
    }

    /// Whether every draw is the same value, drawn without random numbers: a fixed shape, or
    /// a range clamped to a single point.
    pub fn is_fixed(&self) -> bool {
        matches!(self.shape, Shape::Fixed(_)) || self.lo == self.hi
    }

    /// The distribution, with its precomputed parameters.
    pub fn shape(&self) -> Shape {
        self.shape
    }

    /// The range `(lo, hi)` every draw is clamped to; infinite bounds when unclamped.
    pub fn bounds(&self) -> (f64, f64) {
        (self.lo, self.hi)
    }

    /// One draw, clamped to the sampler's range. Fixed samplers use no random numbers; the
    /// others use the draws of the matching function of [`distributions`].
    #[inline]
    pub fn sample(&self, rng: &mut Rng) -> f64 {
        if self.lo == self.hi {
            return self.lo;
        }
        let x = match self.shape {
            Shape::Fixed(x) => x,
            Shape::Uniform { lo, hi } => distributions::uniform(rng, lo, hi),
            Shape::Triangular { min, mode, max } => distributions::triangular(rng, min, mode, max),
            Shape::Pert {
                min,
                alpha,
                beta,
                span,
            } => min + span * distributions::beta(rng, alpha, beta),
            Shape::Normal { mean, sd } => distributions::normal(rng, mean, sd),
            Shape::LogNormal { mu, sigma } => distributions::lognormal(rng, mu, sigma),
        };
        clamp(x, self.lo, self.hi)
    }

    /// The analytic mean of the distribution before clamping, for estimates of work and such.
    /// (A lognormal's may overflow to infinity.)
    pub fn mean(&self) -> f64 {
        match self.shape {
            Shape::Fixed(x) => x,
            Shape::Uniform { lo, hi } => lo + (hi - lo) / 2.0,
            Shape::Triangular { min, mode, max } => (min + mode + max) / 3.0,
            Shape::Pert {
                min,
                alpha,
                beta,
                span,
            } => min + span * (alpha / (alpha + beta)),
            Shape::Normal { mean, .. } => mean,
            Shape::LogNormal { mu, sigma } => exact::exp(mu + sigma * sigma / 2.0),
        }
    }

    /// An upper bound of the draws: the distribution's maximum limited by the range. For the
    /// unbounded normal and lognormal, the range's upper bound if finite, and otherwise the
    /// 99.9999th percentile (which one draw in a million exceeds).
    pub fn max_value(&self) -> f64 {
        let natural = match self.shape {
            Shape::Fixed(x) => x,
            Shape::Uniform { hi, .. } => hi,
            Shape::Triangular { max, .. } => max,
            Shape::Pert { min, span, .. } => min + span,
            Shape::Normal { .. } | Shape::LogNormal { .. } if self.hi.is_finite() => self.hi,
            Shape::Normal { mean, sd } => mean + Z_999999 * sd,
            Shape::LogNormal { mu, sigma } => exact::exp(mu + Z_999999 * sigma),
        };
        clamp(natural, self.lo, self.hi)
    }
}

#[cfg(test)]
mod tests {
    use super::super::distributions::testing::{check_cdf, check_mean};
    use super::*;
    use crate::sampling::rng::{next_u64, stream};

    const N: usize = 50_000;

    fn draws(sampler: &Sampler, seed: u64, n: usize) -> Vec<f64> {
        let mut rng = stream(seed, 3, 0);
        (0..n).map(|_| sampler.sample(&mut rng)).collect()
    }

    #[test]
    fn constructors_reject_bad_parameters() {
        use SamplerError::*;
        let nan = f64::NAN;
        let inf = f64::INFINITY;
        assert_eq!(Sampler::uniform(nan, 1.0), Err(NonFinite));
        assert_eq!(Sampler::uniform(0.0, inf), Err(NonFinite));
        assert_eq!(
            Sampler::uniform(2.0, 1.0),
            Err(OutOfOrder { lo: 2.0, hi: 1.0 })
        );
        let (lo, hi) = (-f64::MAX, f64::MAX);
        assert_eq!(Sampler::uniform(lo, hi), Err(RangeTooWide { lo, hi }));
        assert_eq!(Sampler::triangular(0.0, nan, 1.0), Err(NonFinite));
        assert_eq!(
            Sampler::triangular(3.0, 2.0, 1.0),
            Err(OutOfOrder { lo: 3.0, hi: 1.0 })
        );
        let mode_error = ModeOutOfRange {
            min: 0.0,
            mode: 2.0,
            max: 1.0,
        };
        assert_eq!(Sampler::triangular(0.0, 2.0, 1.0), Err(mode_error.clone()));
        assert_eq!(Sampler::pert(0.0, 2.0, 1.0), Err(mode_error));
        assert_eq!(Sampler::pert(0.0, 0.0, -inf), Err(NonFinite));
        assert_eq!(Sampler::pert(lo, 0.0, hi), Err(RangeTooWide { lo, hi }));
        assert_eq!(Sampler::normal(0.0, -1.0), Err(NegativeSd { sd: -1.0 }));
        assert_eq!(Sampler::normal(inf, 1.0), Err(NonFinite));
        assert_eq!(
            Sampler::lognormal_p5_p95(0.0, 1.0),
            Err(LognormalNotPositive { p5: 0.0 })
        );
        assert_eq!(
            Sampler::lognormal_p5_p95(-1.0, 1.0),
            Err(LognormalNotPositive { p5: -1.0 })
        );
        assert_eq!(
            Sampler::lognormal_p5_p95(2.0, 2.0),
            Err(LognormalNotIncreasing { p5: 2.0, p95: 2.0 })
        );
        assert_eq!(Sampler::lognormal_p5_p95(1.0, nan), Err(NonFinite));
    }

    #[test]
    fn errors_read_well() {
        assert_eq!(
            SamplerError::OutOfOrder { lo: 2.0, hi: 1.0 }.to_string(),
            "the lower bound must not exceed the upper one"
        );
        assert_eq!(
            SamplerError::LognormalNotIncreasing { p5: 2.0, p95: 1.0 }.to_string(),
            "p5 must be > 0 and below p95"
        );
        assert_eq!(
            SamplerError::NegativeSd { sd: -1.0 }.to_string(),
            "the standard deviation must not be negative"
        );
    }

    #[test]
    fn fixed_samplers_draw_nothing() {
        let fixed = [
            Sampler::fixed(3.5),
            Sampler::uniform(2.0, 2.0).unwrap(),
            Sampler::triangular(1.0, 1.0, 1.0).unwrap(),
            Sampler::pert(-4.0, -4.0, -4.0).unwrap(),
            Sampler::normal(7.0, 0.0).unwrap(),
            Sampler::normal(0.0, 1.0).unwrap().clamped(0.5, 0.5),
        ];
        for (sampler, value) in fixed.iter().zip([3.5, 2.0, 1.0, -4.0, 7.0, 0.5]) {
            assert!(sampler.is_fixed());
            let mut rng = stream(1, 2, 3);
            for _ in 0..10 {
                assert_eq!(sampler.sample(&mut rng), value);
            }
            assert_eq!(next_u64(&mut rng), next_u64(&mut stream(1, 2, 3)));
            assert_eq!(sampler.max_value(), value);
        }
        assert_eq!(
            Sampler::fixed(3.5)
                .clamped(0.0, 1.0)
                .sample(&mut stream(0, 0, 0)),
            1.0
        );
        assert!(Sampler::fixed(f64::NAN)
            .sample(&mut stream(0, 0, 0))
            .is_nan());
        assert!(!Sampler::uniform(0.0, 1.0).unwrap().is_fixed());
    }

    #[test]
    fn draws_equal_the_free_functions() {
        use crate::sampling::distributions as d;
        type Free = fn(&mut Rng) -> f64;
        let cases: [(Sampler, Free); 5] = [
            (Sampler::uniform(-1.0, 3.0).unwrap(), |r| {
                d::uniform(r, -1.0, 3.0)
            }),
            (Sampler::triangular(0.0, 2.0, 9.0).unwrap(), |r| {
                d::triangular(r, 0.0, 2.0, 9.0)
            }),
            (Sampler::pert(10.0, 12.0, 30.0).unwrap(), |r| {
                d::pert(r, 10.0, 12.0, 30.0)
            }),
            (Sampler::normal(5.0, 2.0).unwrap(), |r| {
                d::normal(r, 5.0, 2.0)
            }),
            (Sampler::lognormal_p5_p95(1.0, 9.0).unwrap(), |r| {
                let (mu, sigma) = d::lognormal_params_from_p5_p95(1.0, 9.0);
                d::lognormal(r, mu, sigma)
            }),
        ];
        for (sampler, free) in cases {
            let (mut a, mut b) = (stream(9, 9, 9), stream(9, 9, 9));
            for _ in 0..1000 {
                assert_eq!(
                    sampler.sample(&mut a).to_bits(),
                    free(&mut b).to_bits(),
                    "{sampler:?}"
                );
            }
        }
    }

    #[test]
    fn sample_means_match_mean() {
        let samplers = [
            Sampler::uniform(-1.0, 3.0).unwrap(),
            Sampler::triangular(0.0, 2.0, 9.0).unwrap(),
            Sampler::pert(10.0, 12.0, 30.0).unwrap(),
            Sampler::normal(5.0, 2.0).unwrap(),
            Sampler::lognormal_p5_p95(1.0, 9.0).unwrap(),
        ];
        for (seed, sampler) in (1..).zip(samplers) {
            let xs = draws(&sampler, seed, N);
            // The sample's own variance stands in for the analytic one in the standard error.
            let (_, var) = super::super::distributions::testing::mean_var(&xs);
            check_mean(&xs, sampler.mean(), var, &format!("{sampler:?}"));
        }
        assert_eq!(Sampler::pert(0.0, 3.0, 12.0).unwrap().mean(), 4.0);
        assert_eq!(Sampler::triangular(0.0, 3.0, 12.0).unwrap().mean(), 5.0);
        assert_eq!(Sampler::uniform(0.0, 3.0).unwrap().mean(), 1.5);
        let lognormal = Sampler::lognormal_p5_p95(1.0, 9.0).unwrap();
        let Shape::LogNormal { mu, sigma } = lognormal.shape() else {
            panic!("not a lognormal: {lognormal:?}");
        };
        assert_eq!(lognormal.mean(), libm::exp(mu + sigma * sigma / 2.0));
    }

    #[test]
    fn lognormal_percentiles() {
        let sampler = Sampler::lognormal_p5_p95(30.0, 120.0).unwrap();
        let xs = draws(&sampler, 20, N);
        check_cdf(&xs, 30.0, 0.05, "lognormal p5");
        check_cdf(&xs, 120.0, 0.95, "lognormal p95");
        check_cdf(&xs, 60.0, 0.5, "lognormal median");
    }

    #[test]
    fn draws_are_clamped() {
        let sampler = Sampler::normal(0.0, 10.0).unwrap().clamped(-1.0, 2.0);
        assert_eq!(sampler.bounds(), (-1.0, 2.0));
        let xs = draws(&sampler, 21, N);
        assert!(xs.iter().all(|&x| (-1.0..=2.0).contains(&x)));
        // About 46% of N(0, 10) lies below -1, so the clamp holds that much mass.
        check_cdf(&xs, -1.0, 0.460_172_162_722_971, "clamped normal");
        assert_eq!(sampler.max_value(), 2.0);
        assert_eq!(sampler.mean(), 0.0);
        // Clamping again intersects the ranges, ignoring NaN bounds.
        let narrower = sampler.clamped(0.0, f64::NAN);
        assert_eq!(narrower.bounds(), (0.0, 2.0));
        // Crossed bounds collapse to the lower one.
        let crossed = sampler.clamped(5.0, 6.0);
        assert_eq!(crossed.bounds(), (5.0, 5.0));
        assert!(crossed.is_fixed());
        assert_eq!(crossed.sample(&mut stream(0, 0, 0)), 5.0);
    }

    #[test]
    fn max_value_bounds_the_draws() {
        let normal = Sampler::normal(100.0, 15.0).unwrap();
        assert_eq!(normal.max_value(), 100.0 + Z_999999 * 15.0);
        assert_eq!(normal.clamped(0.0, 120.0).max_value(), 120.0);
        assert_eq!(normal.clamped(500.0, f64::INFINITY).max_value(), 500.0);
        let lognormal = Sampler::lognormal_p5_p95(10.0, 1000.0).unwrap();
        let Shape::LogNormal { mu, sigma } = lognormal.shape() else {
            panic!("not a lognormal: {lognormal:?}");
        };
        assert_eq!(lognormal.max_value(), libm::exp(mu + Z_999999 * sigma));
        assert_eq!(lognormal.clamped(0.0, 50.0).max_value(), 50.0);
        let bounded = [
            Sampler::uniform(-1.0, 3.0).unwrap(),
            Sampler::triangular(0.0, 2.0, 9.0).unwrap(),
            Sampler::pert(10.0, 12.0, 30.0).unwrap(),
        ];
        for (sampler, max) in bounded.iter().zip([3.0, 9.0, 30.0]) {
            assert_eq!(sampler.max_value(), max);
            assert_eq!(
                sampler.clamped(f64::NEG_INFINITY, 2.5).max_value(),
                max.min(2.5)
            );
            assert!(draws(sampler, 22, 10_000).iter().all(|&x| x <= max));
        }
    }
}
