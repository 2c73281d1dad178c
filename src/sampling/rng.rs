//! The random generator and how it is seeded: the [`Rng`] type, the seed of each trial of a run
//! and the independent stream of each (trial, purpose, entity).
//!
//! Seeds are mixed with SplitMix64 and every stream is a PCG 128-bit MCG with XSL RR output (the
//! generator `rand_pcg::Pcg64Mcg`, reimplemented here with the same outputs), whose output
//! depends only on integer arithmetic, so a stream gives the same numbers on every platform,
//! wasm32 included. Giving each purpose and entity its own stream keeps draws stable when the
//! model changes elsewhere: adding a salesperson does not shift the deals of another.

use rand_core::{Infallible, SeedableRng, TryRng};

/// The generator behind every draw: PCG with 128-bit multiplicative state and 64-bit output
/// (PCG's "MCG XSL RR 128/64"), the same sequence as `rand_pcg::Pcg64Mcg` from the same state
/// (a test checks it).
///
/// It implements `rand_core`'s [`Rng`](rand_core::Rng) (through [`TryRng`]) and
/// [`SeedableRng`], so code written against rand can draw from it; the `SeedableRng` impl says
/// what a seed means. The engine itself uses [`stream`] and [`next_u64`], which need no trait
/// in scope.
///
/// The state is kept as two 64-bit words. wasm32 has no 64 × 64 → 128-bit multiply, and a
/// `u128` product there is a call to compiler-builtins' `__multi3`, which returns its result
/// through the shadow stack in memory: every draw paid a call, two stores and two loads. On
/// wasm32 the state is stepped with 64-bit multiplies instead: the wide product of the low words
/// from four 32-bit partial products in registers, and the constant multiplier's halves fold
/// into them. Natively it stays one `u128` product, which x86_64 does in three multiplies.
#[derive(Clone)]
pub struct Rng {
    high: u64,
    low: u64,
}

/// PCG's default 128-bit multiplier, 0x2360ED051FC65DA44385DF649FCCF645, in 64-bit halves.
const MULTIPLIER_HIGH: u64 = 0x2360_ED05_1FC6_5DA4;
const MULTIPLIER_LOW: u64 = 0x4385_DF64_9FCC_F645;

impl Rng {
    /// The generator in state `state`, forced odd as a multiplicative generator requires (as
    /// `Pcg64Mcg::new` does).
    pub fn new(state: u128) -> Rng {
        let state = state | 1;
        Rng {
            high: (state >> 64) as u64,
            low: state as u64,
        }
    }

    /// Steps the state (state × multiplier mod 2^128) and returns its XSL RR output: the xor of
    /// the two halves, rotated right by the state's top six bits.
    #[inline]
    fn step(&mut self) -> u64 {
        let (high, low) = times_multiplier(self.high, self.low);
        self.high = high;
        self.low = low;
        (high ^ low).rotate_right((high >> 58) as u32)
    }
}

/// (high, low) × the multiplier mod 2^128, as (high, low): natively one `u128` product (three
/// multiplies on x86_64), on wasm32 [`times_multiplier_by_words`].
#[inline(always)]
fn times_multiplier(high: u64, low: u64) -> (u64, u64) {
    #[cfg(target_arch = "wasm32")]
    {
        times_multiplier_by_words(high, low)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let state = ((u128::from(high) << 64) | u128::from(low))
            .wrapping_mul((u128::from(MULTIPLIER_HIGH) << 64) | u128::from(MULTIPLIER_LOW));
        ((state >> 64) as u64, state as u64)
    }
}

/// [`times_multiplier`] with 64-bit words only: the wide product of the low words and the two
/// cross products that reach the high word. Natively only its tests use it.
#[cfg(any(target_arch = "wasm32", test))]
#[inline(always)]
fn times_multiplier_by_words(high: u64, low: u64) -> (u64, u64) {
    let (product_low, carry) = wide_mul_by_halves(low, MULTIPLIER_LOW);
    let product_high = carry
        .wrapping_add(low.wrapping_mul(MULTIPLIER_HIGH))
        .wrapping_add(high.wrapping_mul(MULTIPLIER_LOW));
    (product_high, product_low)
}

/// `rand_core`'s generator trait: `next_u64` is [`next_u64`] (counted like it under the
/// `draw-count` feature), `next_u32` its low 32 bits and `fill_bytes` its words in little-endian
/// order, the last one cut short: all as `Pcg64Mcg` gives them.
impl TryRng for Rng {
    type Error = Infallible;

    #[inline]
    fn try_next_u32(&mut self) -> Result<u32, Infallible> {
        Ok(next_u64(self) as u32)
    }

    #[inline]
    fn try_next_u64(&mut self) -> Result<u64, Infallible> {
        Ok(next_u64(self))
    }

    #[inline]
    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Infallible> {
        rand_core::utils::fill_bytes_via_next_word(dst, || self.try_next_u64())
    }
}

/// A seed is the generator's 128-bit state as 16 little-endian bytes, made odd (its lowest bit
/// is ignored): `Rng::from_seed(s)` is [`Rng::new`]`(u128::from_le_bytes(s))`, and both give
/// the stream of `Pcg64Mcg::from_seed(s)`. `seed_from_u64` is rand_core's own expansion of a
/// `u64` into such a state, also the same as `Pcg64Mcg`'s.
///
/// Neither is a run's seed: a run seed (`RunSettings::seed`) reaches its streams through
/// [`trial_seed`] and [`stream`], and never through these constructors.
impl SeedableRng for Rng {
    type Seed = [u8; 16];

    fn from_seed(seed: [u8; 16]) -> Rng {
        Rng::new(u128::from_le_bytes(seed))
    }
}

impl std::fmt::Debug for Rng {
    /// Does not show the state, as `Pcg64Mcg` does not.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Rng {}")
    }
}

/// The 128-bit product of `a` and `b` as (low, high) 64-bit words, from 32-bit halves and 64-bit
/// multiplies only (what wasm32 has).
#[cfg(any(target_arch = "wasm32", test))]
#[inline(always)]
fn wide_mul_by_halves(a: u64, b: u64) -> (u64, u64) {
    const LOW32: u64 = 0xFFFF_FFFF;
    let (a0, a1) = (a & LOW32, a >> 32);
    let (b0, b1) = (b & LOW32, b >> 32);
    let p00 = a0 * b0;
    let p01 = a0 * b1;
    let p10 = a1 * b0;
    let p11 = a1 * b1;
    // Below 3 × 2^32: cannot overflow.
    let middle = (p00 >> 32) + (p01 & LOW32) + (p10 & LOW32);
    let low = (middle << 32) | (p00 & LOW32);
    let high = p11 + (p01 >> 32) + (p10 >> 32) + (middle >> 32);
    (low, high)
}

/// The SplitMix64 increment, 2^64 divided by the golden ratio.
const GOLDEN_GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;

/// Keys that start the two chains deriving the high and low halves of a stream's state.
const HIGH_KEY: u64 = 0x6A09_E667_F3BC_C908;
const LOW_KEY: u64 = 0xBB67_AE85_84CA_A73B;

/// The SplitMix64 output function applied to `x + GOLDEN_GAMMA`: a bijective mix of 64 bits,
/// so `splitmix64(0)` is the first output of SplitMix64 seeded with 0.
#[inline]
pub fn splitmix64(x: u64) -> u64 {
    let mut z = x.wrapping_add(GOLDEN_GAMMA);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The seed of trial number `trial` of the run seeded with `run_seed`.
///
/// For a given run seed, distinct trials get distinct seeds.
#[inline]
pub fn trial_seed(run_seed: u64, trial: u64) -> u64 {
    splitmix64(splitmix64(run_seed) ^ trial)
}

/// Mixes a key, a trial seed, a purpose and an entity into 64 bits by a SplitMix64 chain.
#[inline]
fn chain(key: u64, trial_seed: u64, purpose: u64, entity: u64) -> u64 {
    splitmix64(splitmix64(splitmix64(trial_seed ^ key) ^ purpose) ^ entity)
}

/// The independent stream of draws that a trial uses for one purpose (say, deal sizes) and one
/// entity (say, salesperson 3).
///
/// The 128-bit state is made of two SplitMix64 chains over the three inputs, started from
/// different keys; [`Rng::new`] forces it odd, as the multiplicative generator requires.
pub fn stream(trial_seed: u64, purpose: u64, entity: u64) -> Rng {
    #[cfg(feature = "draw-count")]
    counts::STREAMS.with(|c| c.set(c.get() + 1));
    let high = chain(HIGH_KEY, trial_seed, purpose, entity);
    let low = chain(LOW_KEY, trial_seed, purpose, entity);
    Rng::new((u128::from(high) << 64) | u128::from(low))
}

/// The next 64 random bits of `rng` (what `rand_core::Rng::next_u64` gives too), so that
/// callers need not import `rand_core`'s traits.
#[inline]
pub fn next_u64(rng: &mut Rng) -> u64 {
    #[cfg(feature = "draw-count")]
    counts::DRAWS.with(|c| c.set(c.get() + 1));
    rng.step()
}

/// Counts of streams made and numbers drawn on this thread (feature `draw-count`, for the
/// benchmarks' floor: `cargo run --release --features draw-count --example draws`).
#[cfg(feature = "draw-count")]
pub mod counts {
    use std::cell::Cell;

    thread_local! {
        pub(super) static STREAMS: Cell<u64> = const { Cell::new(0) };
        pub(super) static DRAWS: Cell<u64> = const { Cell::new(0) };
    }

    /// (streams, draws) so far on this thread.
    pub fn read() -> (u64, u64) {
        (STREAMS.with(Cell::get), DRAWS.with(Cell::get))
    }
}

/// The floor of a workload: makes `streams` streams and draws `draws` uniform numbers from them
/// (spread evenly), with nothing else. Returns a checksum so the work cannot be optimised away.
/// The benchmarks time it against the engine on the same workload (feature `bench`).
#[cfg(feature = "bench")]
pub fn floor(streams: u64, draws: u64) -> f64 {
    let per_stream = draws / streams.max(1);
    let mut extra = draws - per_stream * streams.max(1);
    let mut sum = 0.0;
    for s in 0..streams.max(1) {
        let mut rng = stream(s, 1, 2);
        let n = per_stream + u64::from(extra > 0);
        extra = extra.saturating_sub(1);
        for _ in 0..n {
            sum += (rng.step() >> 11) as f64 * (1.0 / (1u64 << 53) as f64);
        }
    }
    sum
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix64_matches_the_reference_sequence() {
        // The reference SplitMix64 seeded with 0 outputs these first (Vigna's splitmix64.c).
        assert_eq!(splitmix64(0), 0xE220_A839_7B1D_CDAF);
        assert_eq!(splitmix64(GOLDEN_GAMMA), 0x6E78_9E6A_A1B9_65F4);
        assert_eq!(
            splitmix64(GOLDEN_GAMMA.wrapping_mul(2)),
            0x06C4_5D18_8009_454F
        );
    }

    #[test]
    fn trial_seeds_differ_between_trials_and_runs() {
        let seeds: Vec<u64> = (0..1000).map(|t| trial_seed(42, t)).collect();
        let mut sorted = seeds.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), seeds.len());
        assert_ne!(trial_seed(42, 0), trial_seed(43, 0));
        assert_eq!(trial_seed(42, 5), trial_seed(42, 5));
    }

    #[test]
    fn same_inputs_give_the_same_stream() {
        let mut a = stream(7, 1, 2);
        let mut b = stream(7, 1, 2);
        for _ in 0..100 {
            assert_eq!(next_u64(&mut a), next_u64(&mut b));
        }
    }

    #[test]
    fn different_inputs_give_different_streams() {
        let first = |t, p, e| next_u64(&mut stream(t, p, e));
        let mut firsts = Vec::new();
        for t in 0..8 {
            for p in 0..8 {
                for e in 0..8 {
                    firsts.push(first(t, p, e));
                }
            }
        }
        let n = firsts.len();
        firsts.sort_unstable();
        firsts.dedup();
        assert_eq!(firsts.len(), n);
        // Swapping purpose and entity must not give the same stream either.
        assert_ne!(first(1, 2, 3), first(1, 3, 2));
    }

    #[test]
    fn streams_look_uniform() {
        // Each bit of the first output, over many streams, is set about half the time.
        let n = 20_000u64;
        let mut counts = [0u64; 64];
        for e in 0..n {
            let x = next_u64(&mut stream(1, 2, e));
            for (bit, count) in counts.iter_mut().enumerate() {
                *count += (x >> bit) & 1;
            }
        }
        // 4.5 standard errors of a binomial(n, 1/2) count.
        let tolerance = 4.5 * libm::sqrt(n as f64 * 0.25);
        for count in counts {
            assert!((count as f64 - n as f64 / 2.0).abs() < tolerance, "{count}");
        }
    }

    #[test]
    fn the_generator_is_pcg64_mcg() {
        use rand_core::Rng as _;
        let mut state = 0x0123_4567_89AB_CDEF_u64;
        for case in 0..2_000u64 {
            state = splitmix64(state);
            let high = splitmix64(state ^ case);
            let seed = (u128::from(high) << 64) | u128::from(state);
            let mut ours = Rng::new(seed);
            let mut theirs = rand_pcg::Pcg64Mcg::new(seed);
            for _ in 0..64 {
                assert_eq!(next_u64(&mut ours), theirs.next_u64(), "state {seed:#x}");
            }
        }
        // The extremes of the state: all ones, and the smallest odd state.
        for seed in [u128::MAX, 0, 1, u128::from(u64::MAX)] {
            let mut ours = Rng::new(seed);
            let mut theirs = rand_pcg::Pcg64Mcg::new(seed);
            for _ in 0..64 {
                assert_eq!(next_u64(&mut ours), theirs.next_u64());
            }
        }
    }

    /// States spread over the whole range, and the extremes.
    fn some_states() -> Vec<u128> {
        let mut x = 0xFEED_u64;
        let mut states = vec![u128::MAX, 0, 1, u128::from(u64::MAX), 1 << 127];
        for _ in 0..200 {
            x = splitmix64(x);
            states.push((u128::from(splitmix64(x ^ 5)) << 64) | u128::from(x));
        }
        states
    }

    #[test]
    fn the_rand_core_traits_give_the_inherent_outputs() {
        use rand_core::Rng as _;
        for (t, p, e) in [(7, 1, 2), (0, 0, 0), (u64::MAX, 3, 9)] {
            let mut inherent = stream(t, p, e);
            let mut by_trait = stream(t, p, e);
            for _ in 0..200 {
                assert_eq!(by_trait.next_u64(), next_u64(&mut inherent));
                assert_eq!(by_trait.next_u32(), next_u64(&mut inherent) as u32);
            }
            // Whole words in little-endian order, and the last one cut short.
            for len in [0, 1, 8, 21, 64] {
                let mut bytes = vec![0u8; len];
                by_trait.fill_bytes(&mut bytes);
                let mut expected = Vec::new();
                while expected.len() < len {
                    expected.extend_from_slice(&next_u64(&mut inherent).to_le_bytes());
                }
                expected.truncate(len);
                assert_eq!(bytes, expected, "{len} bytes");
            }
        }
    }

    #[test]
    fn seeds_give_the_streams_of_new_and_of_pcg64_mcg() {
        use rand_core::Rng as _;
        for state in some_states() {
            let seed = state.to_le_bytes();
            let mut seeded = Rng::from_seed(seed);
            let mut made = Rng::new(state);
            let mut theirs = rand_pcg::Pcg64Mcg::from_seed(seed);
            for _ in 0..64 {
                let x = next_u64(&mut made);
                assert_eq!(seeded.next_u64(), x, "state {state:#x}");
                assert_eq!(theirs.next_u64(), x, "state {state:#x}");
            }
            let (mut ours, mut theirs) = ([0u8; 37], [0u8; 37]);
            Rng::from_seed(seed).fill_bytes(&mut ours);
            rand_pcg::Pcg64Mcg::from_seed(seed).fill_bytes(&mut theirs);
            assert_eq!(ours, theirs, "state {state:#x}");
        }
        for seed in [0u64, 1, 42, u64::MAX, 0x0123_4567_89AB_CDEF] {
            let mut ours = Rng::seed_from_u64(seed);
            let mut theirs = rand_pcg::Pcg64Mcg::seed_from_u64(seed);
            for _ in 0..64 {
                assert_eq!(ours.next_u64(), theirs.next_u64(), "seed {seed}");
                assert_eq!(ours.next_u32(), theirs.next_u32(), "seed {seed}");
            }
        }
    }

    #[test]
    fn both_ways_of_stepping_agree() {
        let mut x = 11u64;
        for _ in 0..100_000 {
            x = splitmix64(x);
            let y = splitmix64(x ^ 3);
            assert_eq!(times_multiplier_by_words(x, y), times_multiplier(x, y));
        }
        for (high, low) in [(u64::MAX, u64::MAX), (0, 1), (u64::MAX, 1), (1, u64::MAX)] {
            assert_eq!(
                times_multiplier_by_words(high, low),
                times_multiplier(high, low)
            );
        }
    }

    #[test]
    fn wide_mul_by_halves_is_the_128_bit_product() {
        let mut x = 7u64;
        let edges = [
            0,
            1,
            u64::MAX,
            u64::MAX - 1,
            1 << 32,
            (1 << 32) - 1,
            MULTIPLIER_LOW,
        ];
        for &a in &edges {
            for &b in &edges {
                let p = u128::from(a) * u128::from(b);
                assert_eq!(wide_mul_by_halves(a, b), (p as u64, (p >> 64) as u64));
            }
        }
        for _ in 0..100_000 {
            x = splitmix64(x);
            let y = splitmix64(x ^ 1);
            let p = u128::from(x) * u128::from(y);
            assert_eq!(wide_mul_by_halves(x, y), (p as u64, (p >> 64) as u64));
        }
    }

    #[test]
    fn first_outputs_are_pinned() {
        let mut rng = stream(42, 1, 7);
        let got: Vec<u64> = (0..3).map(|_| next_u64(&mut rng)).collect();
        assert_eq!(got, PINNED_42_1_7);
        assert_eq!(trial_seed(42, 0), PINNED_TRIAL_SEED_42_0);
    }

    const PINNED_42_1_7: [u64; 3] = [
        9798629052691412113,
        2851676217060307951,
        1145115406702596843,
    ];
    const PINNED_TRIAL_SEED_42_0: u64 = 6332618229526065668;
}
