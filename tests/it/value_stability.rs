//! Value stability: the first draws of every distribution, from a fixed stream, pinned to
//! exact values. A change to a seed derivation, a generator, a constant or an algorithm breaks
//! reproducibility of every saved run, natively and on wasm32, so it must show up here.
//!
//! In the style of `rand_distr`'s `tests/value_stability.rs`; uses only the public API of
//! `pipesim::sampling`.

use std::fmt::Debug;

use pipesim::sampling::distributions::{
    bernoulli, beta, binomial, gamma, lognormal, lognormal_params_from_p5_p95, normal,
    normal_inv_cdf, pert, poisson, standard_normal, triangular, uniform, uniform01, uniform_open01,
};
use pipesim::sampling::rng::{next_u64, splitmix64};
use pipesim::sampling::{stream, trial_seed, Rng, Sampler};

/// Checks that the first draws of `draw` from `stream(42, 1, 7)` are exactly `expected`.
fn check<T: Debug + PartialEq>(expected: &[T], mut draw: impl FnMut(&mut Rng) -> T) {
    let mut rng = stream(42, 1, 7);
    let got: Vec<T> = expected.iter().map(|_| draw(&mut rng)).collect();
    assert_eq!(got, expected);
}

#[test]
fn seeds_and_streams() {
    assert_eq!(
        [splitmix64(0), splitmix64(42), splitmix64(u64::MAX)],
        [
            16294208416658607535,
            13679457532755275413,
            16490336266968443936
        ]
    );
    assert_eq!(
        [trial_seed(42, 0), trial_seed(42, 1), trial_seed(0, 0)],
        [
            6332618229526065668,
            17532488217563185893,
            12035550249420947055
        ]
    );
    let mut rng = stream(trial_seed(42, 3), 2, 0);
    assert_eq!(
        [next_u64(&mut rng), next_u64(&mut rng)],
        [5088228359325091870, 4925124396494850201]
    );
    check(
        &[
            9798629052691412113,
            2851676217060307951,
            1145115406702596843,
            5316513023655406010,
        ],
        next_u64,
    );
}

#[test]
fn uniforms() {
    check(
        &[
            0.5311847453153804,
            0.15458967748810148,
            0.06207683058467883,
            0.28820874851473344,
        ],
        uniform01,
    );
    check(
        &[
            0.5311847453153805,
            0.1545896774881016,
            0.062076830584678944,
            0.28820874851473344,
        ],
        uniform_open01,
    );
    check(
        &[
            2.249477962523043,
            -0.7632825800951881,
            -1.5033853553225693,
            0.3056699881178675,
        ],
        |r| uniform(r, -2.0, 6.0),
    );
    check(
        &[
            false, true, true, true, true, true, false, false, true, false,
        ],
        |r| bernoulli(r, 0.3),
    );
}

#[test]
fn normals() {
    assert_eq!(
        [0.01, 0.3, 0.5, 0.975, 1e-12].map(normal_inv_cdf),
        [
            -2.3263478743880275,
            -0.5244005132792953,
            0.0,
            1.959963986120195,
            -7.0344838179376135
        ]
    );
    check(
        &[
            0.07824834097919117,
            -1.0169455045019438,
            -1.5375705161891882,
            -0.5586252606043222,
        ],
        standard_normal,
    );
    check(
        &[
            10.234745022937574,
            6.949163486494169,
            5.387288451432435,
            8.324124218187034,
        ],
        |r| normal(r, 10.0, 3.0),
    );
}

#[test]
fn gammas_and_betas() {
    check(
        &[
            0.009658817752715064,
            0.0003723911424288039,
            0.09568386102249715,
            3.2223102088583793,
        ],
        |r| gamma(r, 0.5, 2.0),
    );
    check(
        &[
            2.7964974728906435,
            0.8614219491472604,
            1.4433389085819983,
            2.1796136930840975,
        ],
        |r| gamma(r, 3.0, 1.0),
    );
    check(
        &[
            0.46079841489231116,
            0.1573064849782934,
            0.31806735104393224,
            0.4293682532145968,
        ],
        |r| beta(r, 2.0, 5.0),
    );
    check(
        &[
            0.9628767433395711,
            0.028837863783744627,
            0.31165814135056724,
            0.04703659805403452,
        ],
        |r| beta(r, 0.5, 0.5),
    );
}

#[test]
fn three_point_distributions() {
    check(
        &[
            4.271381682471473,
            2.153529736187324,
            1.3646629318408134,
            2.9404527636814715,
        ],
        |r| triangular(r, 0.0, 3.0, 10.0),
    );
    check(
        &[
            5.995422624363433,
            2.327600442141455,
            4.636060279226719,
            5.604865584292755,
        ],
        |r| pert(r, 0.0, 3.0, 10.0),
    );
}

#[test]
fn lognormals() {
    let (mu, sigma) = lognormal_params_from_p5_p95(10.0, 1000.0);
    assert_eq!((mu, sigma), (4.605170185988092, 1.3998723383439262));
    check(
        &[
            111.57621210503638,
            24.084688451712076,
            11.620464817405932,
            45.74882627347935,
        ],
        |r| lognormal(r, mu, sigma),
    );
}

#[test]
fn poissons() {
    check(&[3, 1, 1, 2, 1, 0, 2, 2], |r| poisson(r, 3.0));
    check(&[41, 27, 33, 38, 26, 41], |r| poisson(r, 40.0));
    check(&[1000087, 998006, 998977, 999642], |r| poisson(r, 1e6));
}

#[test]
fn binomials() {
    check(&[3, 2, 1, 2, 2, 0, 2, 2], |r| binomial(r, 10, 0.3));
    check(&[30, 20, 24, 28, 31, 22], |r| binomial(r, 600, 0.05));
    check(&[97, 99, 99, 98, 99, 100], |r| binomial(r, 100, 0.97));
    check(&[400001352, 399969122, 399984162, 399994455], |r| {
        binomial(r, 1_000_000_000, 0.4)
    });
}

#[test]
fn samplers() {
    let pert = Sampler::pert(0.0, 3.0, 10.0).unwrap().clamped(1.0, 9.0);
    check(
        &[
            5.995422624363433,
            2.327600442141455,
            4.636060279226719,
            5.604865584292755,
            1.0,
            1.7295145378854953,
        ],
        |r| pert.sample(r),
    );
    let lognormal = Sampler::lognormal_p5_p95(20_000.0, 150_000.0).unwrap();
    check(
        &[
            57461.19656665423,
            29380.10820355388,
            21358.329140475693,
            38901.50963303639,
        ],
        |r| lognormal.sample(r),
    );
    assert_eq!(lognormal.mean(), 66072.58852908);
    assert_eq!(lognormal.max_value(), 1006862.6758780833);
    let triangular = Sampler::triangular(1.0, 2.0, 4.0).unwrap();
    check(
        &[
            2.3228322898088822,
            1.6810058975253477,
            1.431544310302009,
            1.9298528085370288,
        ],
        |r| triangular.sample(r),
    );
    let uniform = Sampler::uniform(0.2, 0.4).unwrap();
    check(
        &[
            0.3062369490630761,
            0.2309179354976203,
            0.2124153661169358,
            0.25764174970294673,
        ],
        |r| uniform.sample(r),
    );
    let normal = Sampler::normal(100.0, 15.0)
        .unwrap()
        .clamped(0.0, f64::INFINITY);
    check(
        &[
            101.17372511468787,
            84.74581743247084,
            76.93644225716218,
            91.62062109093517,
        ],
        |r| normal.sample(r),
    );
}
