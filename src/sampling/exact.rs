//! The two math functions whose every result IEEE 754 defines exactly, square root (correctly
//! rounded) and floor, taken from the machine where they are single instructions.
//!
//! The `libm` crate computes them in software on wasm32: its wasm32 instructions are behind a
//! feature that needs a nightly compiler. On x86_64 its `sqrt` is already the `sqrtsd`
//! instruction, so the engine's square roots cost wasm32 several times what they cost natively.
//! An exactly defined result is the same number however it is computed, so these give the bits
//! `libm` gives on every target (the tests check it, natively and in Chromium through
//! `tests/wasm_determinism.rs`); MODEL.md's rule "the `libm` crate, not platform libm" is about
//! the functions that are rounded differently by different libraries (exp, log, ...).

/// The correctly rounded square root: `f64::sqrt`, an instruction on every target (`f64.sqrt`
/// on wasm32, `sqrtsd` on x86_64), equal to `libm::sqrt`.
#[inline(always)]
pub fn sqrt(x: f64) -> f64 {
    x.sqrt()
}

/// The largest integer not above `x`: the `f64.floor` instruction on wasm32, `libm::floor`
/// elsewhere (x86_64 without SSE4.1 has no instruction, and `f64::floor` would call the
/// platform's libm there).
#[inline(always)]
pub fn floor(x: f64) -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        x.floor()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        libm::floor(x)
    }
}

/// Inputs that exercise every path of a square root or a floor: zeros, subnormals, the
/// extremes, integers and half-integers, NaN and the infinities, and a sweep of bit patterns.
pub fn awkward_inputs() -> Vec<f64> {
    let mut xs = vec![
        0.0,
        -0.0,
        f64::MIN_POSITIVE,
        f64::MIN_POSITIVE / 3.0,
        5e-324,
        -5e-324,
        f64::MAX,
        f64::MIN,
        f64::EPSILON,
        1.0,
        -1.0,
        0.5,
        -0.5,
        1.5,
        -1.5,
        2.0,
        4503599627370495.5,
        -4503599627370495.5,
        4503599627370496.0,
        9007199254740993.0,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
    ];
    let mut bits = 0x9E37_79B9_7F4A_7C15_u64;
    for _ in 0..200_000 {
        bits = super::rng::splitmix64(bits);
        xs.push(f64::from_bits(bits));
        // Values of the size the engine meets: 0 to 2^20, with every fraction.
        xs.push((bits >> 11) as f64 * (1.0 / (1u64 << 33) as f64));
    }
    xs
}

/// Whether `a` and `b` are the same bits, NaNs of any payload counting as one.
pub fn same_bits(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqrt_is_libm_sqrt_bit_for_bit() {
        for x in awkward_inputs() {
            assert!(same_bits(sqrt(x), libm::sqrt(x)), "sqrt({x:e})");
        }
    }

    #[test]
    fn floor_is_libm_floor_bit_for_bit() {
        for x in awkward_inputs() {
            assert!(same_bits(floor(x), libm::floor(x)), "floor({x:e})");
            // Also the instruction path that wasm32 takes.
            assert!(same_bits(x.floor(), libm::floor(x)), "f64::floor({x:e})");
        }
    }
}
