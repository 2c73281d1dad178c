//! The editor's preview of an uncertain value: the density of its distribution as the engine
//! samples it (the field's [`Sampler`], draws clamped to the range), drawn small without axes.
//!
//! Densities are computed analytically (up to a constant, as the curve is scaled to the
//! drawing's height). Clamping piles the probability beyond a bound of the range onto that
//! bound, which shows as a spike at the edge. Should a density come out unusable, the curve is
//! drawn from a fixed-seed sample of the sampler instead.

use super::canvas::render;
use super::{Rgb, Size};
use crate::model::{Dist, Range};
use crate::sampling::sampler::Shape;
use crate::sampling::{stream, Sampler};

/// Draws of the sample a curve falls back on.
const FALLBACK_DRAWS: usize = 4000;
/// The seed of that sample.
const FALLBACK_SEED: u64 = 0x5EED_C4A7;
/// Lighter baseline under the curve.
pub(crate) const BASE: Rgb = Rgb(0xc5, 0xcb, 0xd6);

/// What a preview draws, in value units.
#[derive(Debug, Clone, PartialEq)]
enum Picture {
    /// One value.
    Spike,
    /// A curve over `[lo, hi]`: relative densities at evenly spaced points, and the shares of
    /// probability piled on the left and right edges by clamping.
    Curve {
        densities: Vec<f64>,
        mass_lo: f64,
        mass_hi: f64,
    },
}

/// The standard normal distribution function.
fn phi(z: f64) -> f64 {
    0.5 * libm::erfc(-z / std::f64::consts::SQRT_2)
}

/// `t^e` with `0^0 = 1`.
fn pow(t: f64, e: f64) -> f64 {
    if e == 0.0 {
        1.0
    } else {
        libm::pow(t, e)
    }
}

/// The density of a shape at `x`, up to a constant factor.
fn density(shape: Shape, x: f64) -> f64 {
    match shape {
        Shape::Fixed(_) => 0.0,
        Shape::Uniform { lo, hi } => f64::from(u8::from(x >= lo && x <= hi)),
        Shape::Triangular { min, mode, max } => {
            if x < min || x > max {
                0.0
            } else if x <= mode {
                if mode > min {
                    (x - min) / (mode - min)
                } else {
                    1.0
                }
            } else if max > mode {
                (max - x) / (max - mode)
            } else {
                1.0
            }
        }
        Shape::Pert {
            min,
            alpha,
            beta,
            span,
        } => {
            let t = (x - min) / span;
            if !(0.0..=1.0).contains(&t) {
                0.0
            } else {
                pow(t, alpha - 1.0) * pow(1.0 - t, beta - 1.0)
            }
        }
        Shape::Normal { mean, sd } => {
            let z = (x - mean) / sd;
            libm::exp(-0.5 * z * z)
        }
        Shape::LogNormal { mu, sigma } => {
            if x <= 0.0 {
                0.0
            } else {
                let z = (libm::log(x) - mu) / sigma;
                libm::exp(-0.5 * z * z) / x
            }
        }
    }
}

/// The values a shape plausibly takes, before clamping: its support, or about the central
/// 99% of an unbounded one.
fn natural(shape: Shape) -> (f64, f64) {
    match shape {
        Shape::Fixed(x) => (x, x),
        Shape::Uniform { lo, hi } => (lo, hi),
        Shape::Triangular { min, max, .. } => (min, max),
        Shape::Pert { min, span, .. } => (min, min + span),
        Shape::Normal { mean, sd } => (mean - 3.0 * sd, mean + 3.0 * sd),
        Shape::LogNormal { mu, sigma } => {
            (libm::exp(mu - 2.576 * sigma), libm::exp(mu + 2.326 * sigma))
        }
    }
}

/// The shares of probability below `lo` and above `hi`.
fn masses_outside(shape: Shape, lo: f64, hi: f64) -> (f64, f64) {
    match shape {
        Shape::Normal { mean, sd } => (phi((lo - mean) / sd), 1.0 - phi((hi - mean) / sd)),
        Shape::LogNormal { mu, sigma } => {
            let below = if lo > 0.0 {
                phi((libm::log(lo) - mu) / sigma)
            } else {
                0.0
            };
            let above = if hi.is_finite() {
                1.0 - phi((libm::log(hi) - mu) / sigma)
            } else {
                0.0
            };
            (below, above)
        }
        _ => {
            // Bounded shapes: integrate the density over the support numerically.
            let (a, b) = natural(shape);
            let n = 1000;
            let (mut total, mut below, mut above) = (0.0, 0.0, 0.0);
            for i in 0..n {
                let x = a + (b - a) * (i as f64 + 0.5) / n as f64;
                let d = density(shape, x);
                if !d.is_finite() {
                    continue;
                }
                total += d;
                if x < lo {
                    below += d;
                } else if x > hi {
                    above += d;
                }
            }
            if total > 0.0 {
                (below / total, above / total)
            } else {
                (0.0, 0.0)
            }
        }
    }
}

/// Relative densities at `n` evenly spaced points of `[lo, hi]` from a fixed-seed sample.
fn sampled(sampler: &Sampler, lo: f64, hi: f64, n: usize) -> Vec<f64> {
    let mut rng = stream(FALLBACK_SEED, 0, 0);
    let mut counts = vec![0.0; n.max(1)];
    for _ in 0..FALLBACK_DRAWS {
        let v = sampler.sample(&mut rng);
        let i = libm::floor((v - lo) / (hi - lo) * n as f64);
        if i.is_finite() {
            counts[(i.max(0.0) as usize).min(n - 1)] += 1.0;
        }
    }
    counts
}

/// What to draw for a sampler, with `points` densities for a curve.
fn picture(sampler: &Sampler, points: usize) -> Picture {
    let shape = sampler.shape();
    let (blo, bhi) = sampler.bounds();
    if sampler.is_fixed() {
        return Picture::Spike;
    }
    let (nlo, nhi) = natural(shape);
    let (lo, hi) = (nlo.max(blo), nhi.min(bhi));
    if !(lo.is_finite() && hi.is_finite() && hi > lo && (hi - lo).is_finite()) {
        return Picture::Spike;
    }
    let (mass_lo, mass_hi) = masses_outside(shape, blo, bhi);
    let n = points.max(2);
    let xs = (0..n).map(|i| lo + (hi - lo) * i as f64 / (n - 1) as f64);
    let mut densities: Vec<f64> = xs.map(|x| density(shape, x)).collect();
    let usable =
        densities.iter().all(|d| d.is_finite() && *d >= 0.0) && densities.iter().any(|&d| d > 0.0);
    if !usable {
        densities = sampled(sampler, lo, hi, n.min(40));
        if !densities.iter().any(|&d| d > 0.0) {
            return Picture::Spike;
        }
    }
    let clean = |m: f64| {
        if m.is_finite() {
            m.clamp(0.0, 1.0)
        } else {
            0.0
        }
    };
    Picture::Curve {
        densities,
        mass_lo: clean(mass_lo),
        mass_hi: clean(mass_hi),
    }
}

/// Previews are drawn at this multiple of their size (the `viewBox` is that much larger, with
/// the same proportions), as plotters rounds coordinates to whole units and curves only a few
/// dozen pixels tall would show the steps.
const SUPERSAMPLE: u32 = 4;

pub(crate) fn dist_preview(dist: &Dist, range: &Range, color: Rgb, size: Size) -> String {
    let sampler = dist.sampler(range);
    let k = SUPERSAMPLE as f64;
    let scaled = Size {
        width: size.width.saturating_mul(SUPERSAMPLE),
        height: size.height.saturating_mul(SUPERSAMPLE),
    };
    render(scaled, (4 * SUPERSAMPLE, 4 * SUPERSAMPLE), |c| {
        let (left, right, top, base) = (2.0 * k, c.w - 2.0 * k, 2.0 * k, c.h - 1.5 * k);
        let height = (base - top).max(1.0);
        c.line((left, base), (right, base), BASE, 1.0, SUPERSAMPLE);
        let points = ((right - left) / k).clamp(2.0, 400.0) as usize;
        match picture(&sampler, points) {
            Picture::Spike => {
                let x = (left + right) / 2.0;
                c.line((x, base), (x, top), color, 1.0, 2 * SUPERSAMPLE);
            }
            Picture::Curve {
                densities,
                mass_lo,
                mass_hi,
            } => {
                let peak = densities.iter().copied().fold(0.0, f64::max);
                let n = densities.len();
                let x_of = |i: usize| left + (right - left) * i as f64 / (n.max(2) - 1) as f64;
                let curve: Vec<(f64, f64)> = densities
                    .iter()
                    .enumerate()
                    .map(|(i, d)| (x_of(i), base - d / peak * height * 0.92))
                    .collect();
                let mut area = vec![(left, base)];
                area.extend(curve.iter().copied());
                area.push((right, base));
                c.polygon(&area, color, 0.25);
                c.polyline(&curve, color, 1.0, 3 * SUPERSAMPLE / 2);
                // Probability piled on a bound: a bar whose area matches its share.
                let bar = 2.5 * k;
                let curve_area: f64 = densities
                    .iter()
                    .map(|d| d / peak * height * 0.92)
                    .sum::<f64>()
                    * (right - left)
                    / n as f64;
                let inside = (1.0 - mass_lo - mass_hi).max(0.05);
                let spike = |m: f64| (m / inside * curve_area / bar).clamp(height * 0.2, height);
                if mass_lo > 0.005 {
                    c.rect(
                        (left, base - spike(mass_lo)),
                        (left + bar, base),
                        color,
                        1.0,
                    );
                }
                if mass_hi > 0.005 {
                    c.rect(
                        (right - bar, base - spike(mass_hi)),
                        (right, base),
                        color,
                        1.0,
                    );
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pic(dist: Dist, range: Range) -> Picture {
        picture(&dist.sampler(&range), 100)
    }

    #[test]
    fn fixed_values_are_spikes() {
        assert_eq!(pic(Dist::Fixed(3.0), Range::at_least(0.0)), Picture::Spike);
        // A uniform clamped to a single value.
        assert_eq!(
            pic(Dist::Uniform { lo: 2.0, hi: 3.0 }, Range::closed(5.0, 5.0)),
            Picture::Spike
        );
        // Invalid parameters fall back to a fixed value.
        assert_eq!(
            pic(Dist::Uniform { lo: 3.0, hi: 2.0 }, Range::at_least(0.0)),
            Picture::Spike
        );
        assert_eq!(
            pic(
                Dist::Normal {
                    mean: f64::NAN,
                    sd: 1.0
                },
                Range::at_least(0.0)
            ),
            Picture::Spike
        );
    }

    #[test]
    fn shapes_peak_where_they_should() {
        let peak_at = |d: Dist| match pic(d, Range::at_least(0.0)) {
            Picture::Curve { densities, .. } => {
                let m = densities.iter().copied().fold(0.0, f64::max);
                densities.iter().position(|&x| x == m).unwrap() as f64
                    / (densities.len() - 1) as f64
            }
            Picture::Spike => panic!("spike"),
        };
        assert!(
            (peak_at(Dist::Triangular {
                min: 0.0,
                mode: 2.0,
                max: 10.0
            }) - 0.2)
                .abs()
                < 0.02
        );
        assert!(
            (peak_at(Dist::Pert {
                min: 0.0,
                mode: 8.0,
                max: 10.0
            }) - 0.8)
                .abs()
                < 0.02
        );
        assert!(
            (peak_at(Dist::Normal {
                mean: 50.0,
                sd: 5.0
            }) - 0.5)
                .abs()
                < 0.02
        );
        assert!(
            peak_at(Dist::LogNormal {
                p5: 10.0,
                p95: 100.0
            }) < 0.4
        );
    }

    #[test]
    fn clamping_piles_mass_on_the_bound() {
        match pic(
            Dist::Normal {
                mean: 0.02,
                sd: 0.05,
            },
            Range::SHARE,
        ) {
            Picture::Curve {
                mass_lo, mass_hi, ..
            } => {
                assert!((mass_lo - phi(-0.4)).abs() < 1e-9, "{mass_lo}");
                assert!(mass_hi < 1e-9);
            }
            Picture::Spike => panic!("spike"),
        }
        // Far outside the range: everything on the bound.
        assert_eq!(
            pic(
                Dist::Normal {
                    mean: -5.0,
                    sd: 1.0
                },
                Range::at_least(0.0)
            ),
            Picture::Spike
        );
    }

    #[test]
    fn densities_are_finite_at_the_edges() {
        for d in [
            Dist::Pert {
                min: 0.0,
                mode: 0.0,
                max: 1.0,
            },
            Dist::Pert {
                min: 0.0,
                mode: 1.0,
                max: 1.0,
            },
            Dist::Triangular {
                min: 0.0,
                mode: 0.0,
                max: 1.0,
            },
            Dist::Triangular {
                min: 0.0,
                mode: 1.0,
                max: 1.0,
            },
            Dist::Uniform { lo: 0.0, hi: 1.0 },
        ] {
            match pic(d, Range::SHARE) {
                Picture::Curve { densities, .. } => {
                    assert!(densities.iter().all(|x| x.is_finite()), "{d:?}")
                }
                Picture::Spike => panic!("spike for {d:?}"),
            }
        }
    }
}
