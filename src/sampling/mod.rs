//! Random numbers for the engine: seeded, portable streams and the distributions that the
//! model's uncertain fields use. Every transcendental function comes from `libm`, so a draw is
//! bit-identical natively and on wasm32.
//!
//! - [`exact`]: square root and floor, whose results IEEE 754 defines exactly, as instructions
//!   where `libm` would compute them in software, and `exp`, libm's algorithm inlined: all with
//!   libm's bits.
//! - [`rng`]: the generator type, trial seeds and per-purpose, per-entity streams.
//! - [`distributions`]: uniform, normal, lognormal, triangular, PERT, gamma, beta, Poisson,
//!   binomial and Bernoulli draws.
//! - [`sampler`]: a [`Sampler`], a distribution with its parameters precomputed and its draws
//!   clamped to a field's valid range.

pub mod distributions;
pub mod exact;
pub mod rng;
pub mod sampler;

pub use rng::{stream, trial_seed, Rng};
pub use sampler::{Sampler, SamplerError};
