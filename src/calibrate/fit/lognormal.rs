//! A lognormal fitted by maximum likelihood to values some of which are only known from below:
//! the sales cycle, from closed deals (their cycle is observed) and open ones (right-censored:
//! their cycle is at least their age at the export's date). Dropping the open deals would
//! keep only the quick ones and shorten the cycle; counting them as closed today would too.
//!
//! The log-likelihood of ln x ~ N(μ, σ²) with censoring is globally concave in Olsen's
//! parameters (δ, γ) = (μ/σ, 1/σ) (Olsen 1978, for the Tobit model: ln Φ is concave and its
//! argument δ − γ·ln c is linear), so Newton's method with step halving there converges from
//! any start. It starts from the closed values' log-moments, and the logs are standardised by
//! them first, so that every fit works on numbers near 1 whatever the unit.

use super::{normal_cdf, normal_density, normal_quantile, FitError};
use crate::i18n::{Args, Message};

/// A lognormal by maximum likelihood, with the uncertainty of its parameters.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LognormalFit {
    /// How many values were observed (closed deals).
    pub observed: usize,
    /// How many were censored (open deals).
    pub censored: usize,
    /// The mean of ln x.
    pub mu: f64,
    /// The standard deviation of ln x.
    pub sigma: f64,
    /// The covariance of (mu, sigma): the inverse of the observed information at the fit.
    pub covariance: [[f64; 2]; 2],
}

impl LognormalFit {
    /// The q-quantile, exp(mu + z_q sigma).
    pub fn quantile(&self, q: f64) -> f64 {
        libm::exp(self.mu + normal_quantile(q) * self.sigma)
    }

    /// The 5th percentile.
    pub fn p5(&self) -> f64 {
        self.quantile(0.05)
    }

    /// The 95th percentile.
    pub fn p95(&self) -> f64 {
        self.quantile(0.95)
    }

    /// A `level` confidence interval (e.g. 0.99) of the q-quantile, by the delta method on
    /// ln Q = mu + z_q sigma: its variance is Var mu + z² Var sigma + 2 z Cov, and the
    /// interval, symmetric in logs, is mapped back by exp.
    pub fn quantile_interval(&self, q: f64, level: f64) -> (f64, f64) {
        let z = normal_quantile(q);
        let [[vm, c], [_, vs]] = self.covariance;
        let variance = (vm + z * z * vs + 2.0 * z * c).max(0.0);
        let half = normal_quantile(0.5 + level / 2.0) * libm::sqrt(variance);
        let centre = self.mu + z * self.sigma;
        (libm::exp(centre - half), libm::exp(centre + half))
    }

    /// The density at `x`; 0 at and below 0.
    pub fn density(&self, x: f64) -> f64 {
        if x.is_nan() || x <= 0.0 {
            return 0.0;
        }
        normal_density((libm::log(x) - self.mu) / self.sigma) / (x * self.sigma)
    }
}

/// The most Newton steps; a concave problem started near its peak takes under ten.
const MAX_STEPS: usize = 200;
/// A Newton step this small (in the standardised parameters) is taken whole: the
/// likelihood cannot tell its points apart (about √(rounding / curvature)), but its gradient can.
const NEWTON_REGION: f64 = 1e-5;
/// The most halvings of one step.
const MAX_HALVINGS: usize = 60;
/// A step this small in the standardised parameters is the answer.
const SETTLED: f64 = 1e-12;
/// Below this, Φ(u) is taken from the Mills ratio's continued fraction instead of erfc,
/// which underflows near −37.
const FAR_TAIL: f64 = -25.0;

/// ln Φ(u) and the inverse Mills ratio φ(u)/Φ(u), both accurate in either tail.
fn log_cdf_and_ratio(u: f64) -> (f64, f64) {
    if u >= FAR_TAIL {
        let cdf = normal_cdf(u);
        let ln_cdf = if u > 0.0 {
            libm::log1p(-normal_cdf(-u))
        } else {
            libm::log(cdf)
        };
        return (ln_cdf, normal_density(u) / cdf);
    }
    // Φ(u) = φ(u) R(t), t = −u, with R(t) = 1/(t + 1/(t + 2/(t + 3/(t + ...)))) (Laplace's
    // continued fraction), evaluated from a fixed depth: at t ≥ 25 it has settled long before.
    let t = -u;
    let mut tail = t;
    for k in (1..=40).rev() {
        tail = t + k as f64 / tail;
    }
    let mills = 1.0 / tail;
    let ln_density = -0.5 * u * u - 0.5 * libm::log(std::f64::consts::TAU);
    (ln_density + libm::log(mills), 1.0 / mills)
}

/// The standardised problem: logs less the closed values' mean, over their sd.
struct Problem {
    n: f64,
    /// Σu and Σu² of the observed standardised logs (0 and n up to rounding).
    sum: f64,
    sum_squares: f64,
    censored: Vec<f64>,
}

impl Problem {
    fn log_likelihood(&self, delta: f64, gamma: f64) -> f64 {
        let squares = gamma * gamma * self.sum_squares - 2.0 * gamma * delta * self.sum
            + self.n * delta * delta;
        let mut l = self.n * libm::log(gamma) - 0.5 * squares;
        for &k in &self.censored {
            l += log_cdf_and_ratio(delta - gamma * k).0;
        }
        l
    }

    /// The gradient and the Hessian in (δ, γ).
    fn derivatives(&self, delta: f64, gamma: f64) -> ([f64; 2], [[f64; 2]; 2]) {
        let mut g = [
            gamma * self.sum - self.n * delta,
            self.n / gamma - gamma * self.sum_squares + delta * self.sum,
        ];
        let mut h = [
            [-self.n, self.sum],
            [self.sum, -self.n / (gamma * gamma) - self.sum_squares],
        ];
        for &k in &self.censored {
            let u = delta - gamma * k;
            let lambda = log_cdf_and_ratio(u).1;
            let kappa = lambda * (u + lambda);
            g[0] += lambda;
            g[1] -= k * lambda;
            h[0][0] -= kappa;
            h[0][1] += k * kappa;
            h[1][1] -= k * k * kappa;
        }
        h[1][0] = h[0][1];
        (g, h)
    }
}

/// The inverse of a symmetric 2 × 2 matrix, or `None` when singular.
fn inverse(m: [[f64; 2]; 2]) -> Option<[[f64; 2]; 2]> {
    let det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
    if det == 0.0 || !det.is_finite() {
        return None;
    }
    Some([
        [m[1][1] / det, -m[0][1] / det],
        [-m[1][0] / det, m[0][0] / det],
    ])
}

/// The lognormal of largest likelihood for `observed` values and values `censored` from
/// above (each only known to be at least the value given).
///
/// Every value must be above 0: the caller clamps a 0-day cycle (a deal created and closed on
/// one day) to a small positive value first. With nothing censored, this is the closed form:
/// mu and sigma are the mean and the standard deviation of the logs, that sd dividing by n
/// (the maximum likelihood, not the unbiased n − 1), and the covariance is diag(σ²/n, σ²/2n).
///
/// Errors: a value at or below 0 or not finite; fewer than 2 observed values; all the
/// observed values equal (no spread to fit); in theory, a fit that does not settle.
pub fn fit_lognormal(observed: &[f64], censored: &[f64]) -> Result<LognormalFit, FitError> {
    if let Some(&bad) = observed
        .iter()
        .chain(censored)
        .find(|v| !(v.is_finite() && **v > 0.0))
    {
        return Err(FitError::new(Message::with(
            "error-calibrate-fit-not-positive",
            Args::new().text("value", format!("{bad}")),
        )));
    }
    if observed.len() < 2 {
        return Err(FitError::new(Message::with(
            "error-calibrate-fit-too-few",
            Args::new().number("count", observed.len() as f64),
        )));
    }
    if observed.iter().all(|&v| v == observed[0]) {
        return Err(FitError::new(Message::with(
            "error-calibrate-fit-all-equal",
            Args::new().text("value", format!("{}", observed[0])),
        )));
    }
    let n = observed.len() as f64;
    let logs: Vec<f64> = observed.iter().map(|&v| libm::log(v)).collect();
    let mean = logs.iter().sum::<f64>() / n;
    let sd = libm::sqrt(logs.iter().map(|y| (y - mean) * (y - mean)).sum::<f64>() / n);
    if censored.is_empty() {
        return Ok(LognormalFit {
            observed: observed.len(),
            censored: 0,
            mu: mean,
            sigma: sd,
            covariance: [[sd * sd / n, 0.0], [0.0, sd * sd / (2.0 * n)]],
        });
    }

    let standardised = |y: f64| (y - mean) / sd;
    let problem = Problem {
        n,
        sum: logs.iter().map(|&y| standardised(y)).sum(),
        sum_squares: logs.iter().map(|&y| standardised(y).powi(2)).sum(),
        censored: censored
            .iter()
            .map(|&c| standardised(libm::log(c)))
            .collect(),
    };
    let no_convergence = || FitError::new(Message::new("error-calibrate-fit-no-convergence"));
    let (mut delta, mut gamma) = (0.0, 1.0);
    let mut l = problem.log_likelihood(delta, gamma);
    let mut settled = false;
    for _ in 0..MAX_STEPS {
        let (g, h) = problem.derivatives(delta, gamma);
        let Some(inv) = inverse(h) else {
            return Err(no_convergence());
        };
        let step = [
            -(inv[0][0] * g[0] + inv[0][1] * g[1]),
            -(inv[1][0] * g[0] + inv[1][1] * g[1]),
        ];
        if step[0].abs().max(step[1].abs()) <= SETTLED * (1.0 + delta.abs().max(gamma)) {
            settled = true;
            break;
        }
        if step[0].abs().max(step[1].abs()) <= NEWTON_REGION {
            // Near the peak the likelihood changes by less than its own rounding, so halving
            // would stall on noise; Newton's full step on a concave function is safe here.
            (delta, gamma) = (delta + step[0], gamma + step[1]);
            l = problem.log_likelihood(delta, gamma);
            continue;
        }
        let mut t = 1.0;
        let mut moved = false;
        for _ in 0..MAX_HALVINGS {
            let (d, c) = (delta + t * step[0], gamma + t * step[1]);
            if c > 0.0 {
                let next = problem.log_likelihood(d, c);
                if next.is_finite() && next >= l {
                    (delta, gamma, l) = (d, c, next);
                    moved = true;
                    break;
                }
            }
            t /= 2.0;
        }
        if !moved {
            // Far from the peak, yet nothing along Newton's direction is higher: only
            // rounding could do this, and the answer would not be the peak.
            break;
        }
    }
    if !settled {
        return Err(no_convergence());
    }

    let (_, h) = problem.derivatives(delta, gamma);
    let information = [[-h[0][0], -h[0][1]], [-h[1][0], -h[1][1]]];
    let c = inverse(information).ok_or_else(no_convergence)?;
    // (mu, sigma) = (mean + sd δ/γ, sd/γ): the covariance through this map's Jacobian.
    let j = [
        [sd / gamma, -sd * delta / (gamma * gamma)],
        [0.0, -sd / (gamma * gamma)],
    ];
    let mut covariance = [[0.0; 2]; 2];
    for (r, row) in covariance.iter_mut().enumerate() {
        for (s, cell) in row.iter_mut().enumerate() {
            *cell = (0..2)
                .flat_map(|a| (0..2).map(move |b| (a, b)))
                .map(|(a, b)| j[r][a] * c[a][b] * j[s][b])
                .sum();
        }
    }
    Ok(LognormalFit {
        observed: observed.len(),
        censored: censored.len(),
        mu: mean + sd * delta / gamma,
        sigma: sd / gamma,
        covariance,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sampling::distributions::lognormal;
    use crate::sampling::Rng;

    fn sample(seed: u128, n: usize, mu: f64, sigma: f64) -> Vec<f64> {
        let mut rng = Rng::new(seed);
        (0..n).map(|_| lognormal(&mut rng, mu, sigma)).collect()
    }

    fn se(fit: &LognormalFit) -> (f64, f64) {
        (
            libm::sqrt(fit.covariance[0][0]),
            libm::sqrt(fit.covariance[1][1]),
        )
    }

    #[test]
    fn without_censoring_the_fit_is_the_closed_form() {
        let values = [10.0, 20.0, 40.0, 80.0];
        let fit = fit_lognormal(&values, &[]).unwrap();
        let logs: Vec<f64> = values.iter().map(|&v| libm::log(v)).collect();
        let mean = logs.iter().sum::<f64>() / 4.0;
        let sd = libm::sqrt(logs.iter().map(|y| (y - mean).powi(2)).sum::<f64>() / 4.0);
        assert_eq!((fit.mu, fit.sigma), (mean, sd));
        assert_eq!(fit.covariance, [[sd * sd / 4.0, 0.0], [0.0, sd * sd / 8.0]]);
        assert_eq!((fit.observed, fit.censored), (4, 0));
        // ln 10, ln 20, ln 40, ln 80: equally spaced, mean ln(20·√2), sd ln 2 · √1.25.
        assert!((fit.quantile(0.5) - 20.0 * std::f64::consts::SQRT_2).abs() < 1e-12);
        assert!((sd - std::f64::consts::LN_2 * libm::sqrt(1.25)).abs() < 1e-15);
    }

    #[test]
    fn a_sample_gives_back_its_parameters() {
        let (mu, sigma) = (3.5, 0.8);
        let values = sample(19, 2000, mu, sigma);
        let fit = fit_lognormal(&values, &[]).unwrap();
        let (se_mu, se_sigma) = se(&fit);
        assert!((fit.mu - mu).abs() < 3.0 * se_mu, "{fit:?}");
        assert!((fit.sigma - sigma).abs() < 3.0 * se_sigma, "{fit:?}");
        assert!(fit.p5() < fit.quantile(0.5) && fit.quantile(0.5) < fit.p95());
        let (lo, hi) = fit.quantile_interval(0.95, 0.99);
        let true_p95 = libm::exp(mu + 1.6448536269514722 * sigma);
        assert!(lo < true_p95 && true_p95 < hi, "{lo} {true_p95} {hi}");
        assert!(lo < fit.p95() && fit.p95() < hi);
    }

    #[test]
    fn open_deals_censored_at_their_age_undo_the_bias_of_dropping_them() {
        let (mu, sigma) = (3.5, 0.8);
        let cut = libm::exp(3.8);
        let values = sample(7, 3000, mu, sigma);
        let closed: Vec<f64> = values.iter().copied().filter(|&v| v <= cut).collect();
        let open = vec![cut; values.len() - closed.len()];
        assert!(open.len() > 800, "{} open", open.len());

        let fit = fit_lognormal(&closed, &open).unwrap();
        let naive = fit_lognormal(&closed, &[]).unwrap();
        let (se_mu, se_sigma) = se(&fit);
        assert!((fit.mu - mu).abs() < 3.0 * se_mu, "{fit:?}");
        assert!((fit.sigma - sigma).abs() < 3.0 * se_sigma, "{fit:?}");
        assert!((naive.mu - mu).abs() > 3.0 * se_mu, "{naive:?}");
        assert!((naive.sigma - sigma).abs() > 3.0 * se_sigma, "{naive:?}");
        assert_eq!((fit.observed, fit.censored), (closed.len(), open.len()));
        // The censored fit knows less than a full sample: wider than σ/√n.
        assert!(se_mu > sigma / libm::sqrt(values.len() as f64));
    }

    #[test]
    fn censoring_far_beyond_every_value_is_handled() {
        // Two open deals older than any closed one by dozens of sds: Φ's far tail.
        let fit = fit_lognormal(&[10.0, 11.0, 12.0, 10.5], &[1e30, 5.0]).unwrap();
        assert!(
            fit.mu.is_finite() && fit.sigma.is_finite() && fit.sigma > 0.0,
            "{fit:?}"
        );
        let (ln_cdf, ratio) = log_cdf_and_ratio(-30.0);
        // mpmath: ln Φ(−30) = −454.3212439563432, φ/Φ(−30) = 30.03325966743368.
        assert!((ln_cdf + 454.321_243_956_343_2).abs() < 1e-9, "{ln_cdf}");
        assert!((ratio - 30.033_259_667_433_677).abs() < 1e-9, "{ratio}");
        let (near, near_ratio) = log_cdf_and_ratio(FAR_TAIL + 1e-9);
        let (far, far_ratio) = log_cdf_and_ratio(FAR_TAIL - 1e-9);
        assert!((near - far).abs() < 1e-6 && (near_ratio - far_ratio).abs() < 1e-6);
    }

    #[test]
    fn bad_values_are_refused_with_a_reason() {
        let reason = |r: Result<LognormalFit, FitError>| r.unwrap_err().reason.id;
        assert_eq!(
            reason(fit_lognormal(&[3.0], &[4.0])),
            "error-calibrate-fit-too-few"
        );
        assert_eq!(
            reason(fit_lognormal(&[5.0, 5.0, 5.0], &[9.0])),
            "error-calibrate-fit-all-equal"
        );
        assert_eq!(
            reason(fit_lognormal(&[5.0, 0.0], &[])),
            "error-calibrate-fit-not-positive"
        );
        assert_eq!(
            reason(fit_lognormal(&[5.0, 6.0], &[f64::NAN])),
            "error-calibrate-fit-not-positive"
        );
        let e = fit_lognormal(&[], &[]).unwrap_err();
        assert!(!e.to_string().contains("error-"), "{e}");
    }

    #[test]
    fn the_density_integrates_to_one() {
        let fit = fit_lognormal(&[20.0, 30.0, 45.0, 90.0], &[60.0]).unwrap();
        // Midpoint rule in ln x over ±10 sd.
        let steps = 20_000;
        let (from, to) = (fit.mu - 10.0 * fit.sigma, fit.mu + 10.0 * fit.sigma);
        let h = (to - from) / steps as f64;
        let total: f64 = (0..steps)
            .map(|i| {
                let x = libm::exp(from + (i as f64 + 0.5) * h);
                fit.density(x) * x * h
            })
            .sum();
        assert!((total - 1.0).abs() < 1e-9, "{total}");
        assert_eq!(fit.density(0.0), 0.0);
        assert_eq!(fit.density(-1.0), 0.0);
    }

    #[test]
    fn two_hundred_thousand_values_fit_quickly() {
        let values = sample(3, 200_000, 4.0, 1.1);
        let cut = libm::exp(4.5);
        let closed: Vec<f64> = values.iter().copied().filter(|&v| v <= cut).collect();
        let open: Vec<f64> = values
            .iter()
            .filter(|&&v| v > cut)
            .map(|&v| cut * (v / cut).sqrt().min(1.5))
            .collect();
        let start = std::time::Instant::now();
        let fit = fit_lognormal(&closed, &open).unwrap();
        let spent = start.elapsed();
        assert!(fit.sigma > 0.9 && fit.sigma < 1.3, "{fit:?}");
        // Generous: a debug build on a shared machine.
        assert!(spent.as_secs_f64() < 2.0, "{spent:?}");
    }
}
