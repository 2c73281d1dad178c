//! The distributions, as free functions that draw from an [`Rng`](super::Rng): uniform,
//! Bernoulli, normal (by inversion), gamma, beta, triangular, PERT, lognormal, Poisson and
//! binomial.
//!
//! Every transcendental function comes from `libm` and every algorithm is fixed here, so a draw
//! is bit-identical natively and on wasm32. No draw allocates, panics or loops without bound:
//! rejection loops are capped, and parameters outside a distribution's domain give a degenerate
//! but sane answer, documented on each function. Real-valued draws return NaN when a parameter
//! is NaN (or, where noted, infinite); count-valued draws return 0 instead.
//!
//! One file a family, each with its tests, and every draw re-exported here:
//! - `uniform.rs`: [`uniform01`], [`uniform_open01`], [`uniform()`] and [`bernoulli`];
//! - `normal.rs`: [`normal_inv_cdf`], [`standard_normal`], [`normal()`], [`lognormal`],
//!   [`lognormal_params_from_p5_p95`] and [`Z90`];
//! - `gamma_beta.rs`: [`gamma`] and [`beta`];
//! - `triangular_pert.rs`: [`triangular`] and [`pert`];
//! - `poisson_binomial.rs`: [`poisson`] and [`binomial`].

mod gamma_beta;
mod normal;
mod poisson_binomial;
mod triangular_pert;
mod uniform;

#[cfg(test)]
pub(super) mod testing;

pub use gamma_beta::{beta, gamma};
pub use normal::{
    lognormal, lognormal_params_from_p5_p95, normal, normal_inv_cdf, standard_normal, Z90,
};
pub use poisson_binomial::{binomial, poisson};
pub(crate) use triangular_pert::pert_shapes;
pub use triangular_pert::{pert, triangular};
pub use uniform::{bernoulli, uniform, uniform01, uniform_open01};

/// The most rounds of any rejection sampler before it gives up and returns a central value.
/// Each round accepts with probability well above 1/2, so the cap is never reached in practice.
const MAX_ROUNDS: u32 = 1000;
/// The most steps of a sequential search by inversion.
const MAX_INVERSION_STEPS: u64 = 1000;

/// Larger Poisson means and gamma or beta shapes are clamped to this value.
const MAX_PARAMETER: f64 = 1e12;
