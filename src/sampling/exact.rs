//! Math functions that give exactly the bits the `libm` crate gives, at less cost: square root
//! (correctly rounded) and floor, whose every result IEEE 754 defines, taken from the machine
//! where they are single instructions; and `exp`, libm's own algorithm written out again for its
//! ordinary range, where it need not be a call.
//!
//! The `libm` crate computes them in software on wasm32: its wasm32 instructions are behind a
//! feature that needs a nightly compiler. On x86_64 its `sqrt` is already the `sqrtsd`
//! instruction, so on wasm32 the engine's square roots cost far more than natively.
//! An exactly defined result is the same number however it is computed, so these give the bits
//! `libm` gives on every target (the tests check it, natively and in Chromium through
//! `tests/wasm_determinism.rs`); MODEL.md's rule "the `libm` crate, not platform libm" is about
//! the functions that are rounded differently by different libraries (exp, log, ...).
//!
//! [`exp`] keeps that rule: it is `libm::exp` (FreeBSD's `e_exp.c`), the same operations on the
//! same constants in the same order, so the same bits, for every `x` with about
//! 2^-28 < |x| < 708.39 (libm's own cut-offs, by the high word of |x|); outside that range it
//! calls `libm::exp`. Two things change, neither the result. The scaling by 2^k, a call to
//! `scalbn` in libm, is one multiply by 2^k made from its bits: in this range -1022 ≤ k ≤ 1022,
//! where `scalbn` does exactly that multiply. And k, the truncation of `x / ln 2 ± 1/2`, stays a
//! float (`f64.trunc`), read back as an integer by adding 1.5 × 2^52: wasm32's saturating
//! float-to-integer conversion costs V8 a rounding, a compare and two branches (BENCHMARKS.md,
//! the instruction-level profile). `exp` is among the engine's hottest calls (the deal sizes and
//! the Poisson draws), so it is inlined where it is used.

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

/// The truncation toward zero, an instruction on wasm32 (`f64.trunc`); `libm::trunc` elsewhere,
/// for the same reason as [`floor`].
#[inline(always)]
fn trunc(x: f64) -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        x.trunc()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        libm::trunc(x)
    }
}

/// e^x, bit for bit `libm::exp(x)` (see the module's notes): libm's argument reduction,
/// polynomial and division for about 2^-28 < |x| < 708.39 (by libm's high-word cut-offs), and
/// `libm::exp` itself outside.
#[inline(always)]
pub fn exp(x: f64) -> f64 {
    // libm's constants, by their bits (its comments give them so).
    const HALF: [f64; 2] = [0.5, -0.5];
    const LN2HI: f64 = f64::from_bits(0x3fe6_2e42_fee0_0000);
    const LN2LO: f64 = f64::from_bits(0x3dea_39ef_3579_3c76);
    const INVLN2: f64 = f64::from_bits(0x3ff7_1547_652b_82fe);
    const P1: f64 = f64::from_bits(0x3fc5_5555_5555_553e);
    const P2: f64 = f64::from_bits(0xbf66_c16c_16be_bd93);
    const P3: f64 = f64::from_bits(0x3f11_566a_af25_de2c);
    const P4: f64 = f64::from_bits(0xbebb_bd41_c5d2_6bf1);
    const P5: f64 = f64::from_bits(0x3e66_3769_72be_a4d0);
    // 1.5 × 2^52: adding it to a whole number below 2^51 in size leaves that number, in two's
    // complement, in the low bits of the sum.
    const TO_INTEGER: f64 = 6_755_399_441_055_744.0;

    let bits = x.to_bits();
    let hx = (bits >> 32) as u32 & 0x7fff_ffff; // the high word of |x|
    if hx >= 0x4086_232b || hx <= 0x3e30_0000 {
        // |x| ≥ 708.39 (overflow, underflow, NaN, the infinities) or |x| ≤ 2^-28.
        return libm::exp(x);
    }
    let sign = (bits >> 63) as usize;
    // x = k ln 2 + r with |r| ≤ ln 2 / 2; libm's `k` (an `i32` there), as a float.
    let k = if hx >= 0x3ff0_a2b2 {
        // |x| ≥ 1.5 ln 2: libm's `(INVLN2 * x + HALF[sign]) as i32`, a truncation; |k| ≤ 1022.
        trunc(INVLN2 * x + HALF[sign])
    } else if hx > 0x3fd6_2e42 {
        // 0.5 ln 2 < |x| < 1.5 ln 2: k = ±1.
        1.0 - 2.0 * sign as f64
    } else {
        0.0
    };
    // With k = 0 this is libm's `hi = x, lo = 0`: x − 0 × LN2HI is x, and hi − 0 is hi.
    let hi = x - k * LN2HI;
    let lo = k * LN2LO;
    let r = hi - lo;
    let rr = r * r;
    let c = r - rr * (P1 + rr * (P2 + rr * (P3 + rr * (P4 + rr * P5))));
    let y = 1.0 + (r * c / (2.0 - c) - lo + hi);
    // libm's `scalbn(y, k)` for -1022 ≤ k ≤ 1022: y × 2^k, one rounding (and y × 1 = y for k = 0).
    let k = ((k + TO_INTEGER).to_bits() as i64 - TO_INTEGER.to_bits() as i64) as u64;
    y * f64::from_bits(k.wrapping_add(1023) << 52)
}

/// Inputs that exercise every path of `exp`: [`awkward_inputs`], then the edges of each of its
/// ranges and of every k, and a sweep of its ordinary range.
pub fn exp_inputs() -> Vec<f64> {
    let mut xs = awkward_inputs();
    // Each range's edges, the high words libm compares with: the first and last values with
    // that high word, the last ones of the word below and the first ones of the word above.
    for high in [0x3e30_0000u64, 0x3fd6_2e42, 0x3ff0_a2b2, 0x4086_232b] {
        for sign in [0, 1u64 << 63] {
            let edge = sign | high << 32;
            for delta in 0..8u64 {
                xs.push(f64::from_bits(edge + delta));
                xs.push(f64::from_bits(edge - 1 - delta));
                xs.push(f64::from_bits((edge | 0xffff_ffff) - delta));
                xs.push(f64::from_bits(edge + (1 << 32) + delta));
            }
        }
    }
    // Where k steps, (j ± 1/2) ln 2, a few ulps either side, for every k.
    for j in -1100..=1100 {
        let at = ((j as f64 + 0.5) * std::f64::consts::LN_2).to_bits();
        for d in 0..4 {
            xs.extend([f64::from_bits(at - d), f64::from_bits(at + d)]);
        }
    }
    // The ordinary range, evenly, and the sizes the engine meets (deal sizes, Poisson means).
    let mut bits = 0x2545_F491_4F6C_DD1D_u64;
    for _ in 0..200_000 {
        bits = super::rng::splitmix64(bits);
        let unit = (bits >> 11) as f64 * (1.0 / (1u64 << 53) as f64);
        xs.push(-745.2 + 1454.0 * unit);
        xs.push(-30.0 + 45.0 * unit);
    }
    xs
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
    fn exp_is_libm_exp_bit_for_bit() {
        for x in exp_inputs() {
            assert!(same_bits(exp(x), libm::exp(x)), "exp({x:e})");
        }
    }

    #[test]
    fn exp_inputs_reach_every_range_and_k() {
        let xs = exp_inputs();
        let high = |x: f64| (x.to_bits() >> 32) as u32 & 0x7fff_ffff;
        for (low, high_end) in [
            (0, 0x3e30_0000),
            (0x3e30_0001, 0x3fd6_2e42),
            (0x3fd6_2e43, 0x3ff0_a2b1),
            (0x3ff0_a2b2, 0x4086_232a),
            (0x4086_232b, 0x7fff_ffff),
        ] {
            assert!(xs.iter().any(|&x| (low..=high_end).contains(&high(x))));
        }
        let ks: std::collections::BTreeSet<i64> = xs
            .iter()
            .filter(|&&x| x.abs() < 708.39)
            .map(|&x| libm::round(x / std::f64::consts::LN_2) as i64)
            .collect();
        assert_eq!(ks.len(), 2045, "every k from -1022 to 1022");
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
