//! The fits: what an export's opportunities say about the model's uncertain inputs, each with
//! its uncertainty. A win rate from wins and losses ([`beta`]: a Beta posterior's percentiles),
//! a sales cycle from closed and still-open deals ([`lognormal`]: a lognormal by maximum
//! likelihood with the open deals right-censored), and the team's rates from its owners'
//! opportunities ([`team`](mod@team): opportunities per rep-month, ramp, attrition). Every
//! special function is written here on `libm`, so a fit gives the same bits natively and on
//! wasm32. A fit that cannot be made says why with a [`FitError`], a message of `errors.ftl`.

pub mod beta;
pub mod lognormal;
pub mod team;

use std::fmt;

use crate::i18n::{self, Catalogue, Message};
use crate::sampling::distributions::normal_inv_cdf;

pub use beta::{beta_quantile, incomplete_beta, win_rate, RateFit};
pub use lognormal::{fit_lognormal, LognormalFit};
pub use team::{team, AttritionFit, RampFit, Steady, TeamFit, GONE_AFTER_DAYS};

/// Why a fit cannot be made: a message of `errors.ftl` (ids `error-calibrate-fit-*`).
#[derive(Debug, Clone, PartialEq)]
pub struct FitError {
    /// What is missing or wrong in the export for this fit.
    pub reason: Message,
}

impl FitError {
    pub(crate) fn new(reason: Message) -> FitError {
        FitError { reason }
    }

    /// The reason in `catalogue`'s language.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        catalogue.text(&self.reason)
    }
}

impl fmt::Display for FitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&i18n::with_english(|en| self.say(en)))
    }
}

impl std::error::Error for FitError {}

/// 1/√(2π).
const FRAC_1_SQRT_2PI: f64 = 0.398_942_280_401_432_7;

/// The standard normal density.
pub(crate) fn normal_density(z: f64) -> f64 {
    FRAC_1_SQRT_2PI * libm::exp(-0.5 * z * z)
}

/// The standard normal distribution function, Φ(z) = erfc(−z/√2)/2, accurate in both tails.
pub(crate) fn normal_cdf(z: f64) -> f64 {
    0.5 * libm::erfc(-z * std::f64::consts::FRAC_1_SQRT_2)
}

/// The standard normal quantile: Acklam's rational approximation (the sampler's,
/// [`normal_inv_cdf`], relative error below 1.2e-9) refined by one Halley step on the normal
/// distribution function (by `libm::erfc`), as Acklam proposes, to full double precision. The
/// sampler keeps the unrefined one: its draws are pinned. `p` outside (0, 1) gives ∓infinity;
/// NaN gives NaN.
pub fn normal_quantile(p: f64) -> f64 {
    if p.is_nan() {
        return f64::NAN;
    }
    if p <= 0.0 {
        return f64::NEG_INFINITY;
    }
    if p >= 1.0 {
        return f64::INFINITY;
    }
    let x = normal_inv_cdf(p);
    // The error of Φ(x) against p, computed from the nearer tail so that it keeps its digits.
    let e = if x <= 0.0 {
        normal_cdf(x) - p
    } else {
        (1.0 - p) - normal_cdf(-x)
    };
    let density = normal_density(x);
    if density == 0.0 {
        return x;
    }
    let u = e / density;
    x - u / (1.0 + 0.5 * x * u)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_quantiles_are_exact_to_the_last_digits() {
        // mpmath, 40 digits.
        for (p, z) in [
            (0.5, 0.0),
            (0.95, 1.6448536269514722),
            (0.05, -1.6448536269514722),
            (0.995, 2.5758293035489004),
            (0.25, -0.6744897501960817),
            (1e-10, -6.361340902404057),
            (1e-6, -4.753424308822899),
        ] {
            let got = normal_quantile(p);
            assert!(
                (got - z).abs() <= 4e-16 * z.abs().max(1.0),
                "{p}: {got} vs {z}"
            );
        }
        assert_eq!(normal_quantile(0.0), f64::NEG_INFINITY);
        assert_eq!(normal_quantile(1.0), f64::INFINITY);
        assert!(normal_quantile(f64::NAN).is_nan());
    }

    #[test]
    fn a_fit_error_says_itself_in_english() {
        let e = FitError::new(Message::new("error-calibrate-fit-no-owners"));
        assert!(!e.to_string().contains("error-"), "{e}");
    }
}
