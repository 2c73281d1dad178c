//! `Dist`: an uncertain value as a scenario file writes it (a number, or a uniform, triangular,
//! PERT, normal or lognormal form), its checks against a field's range, and its sampler.

use super::error::{out_of_range, reason};
use super::field::{format_number, Range};
use crate::i18n::{Args, Message};
use crate::sampling::distributions::Z90;
use crate::sampling::Sampler;

/// An uncertain value (MODEL.md, Uncertain values).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Dist {
    /// `12`: always this value.
    Fixed(f64),
    /// `{"uniform": [lo, hi]}`.
    Uniform { lo: f64, hi: f64 },
    /// `{"triangular": [min, mode, max]}`.
    Triangular { min: f64, mode: f64, max: f64 },
    /// `{"pert": [min, mode, max]}`: Beta-PERT with λ = 4.
    Pert { min: f64, mode: f64, max: f64 },
    /// `{"normal": [mean, sd]}`, clamped to the field's range.
    Normal { mean: f64, sd: f64 },
    /// `{"lognormal": [p5, p95]}`: a 90% interval.
    LogNormal { p5: f64, p95: f64 },
}

/// The JSON names of the forms, in the order the editor offers them.
pub const DIST_FORMS: [&str; 6] = [
    "fixed",
    "uniform",
    "triangular",
    "pert",
    "normal",
    "lognormal",
];

impl Dist {
    /// The mean of the distribution as written (before any clamping to a field's range).
    pub fn mean(&self) -> f64 {
        match *self {
            Dist::Fixed(v) => v,
            Dist::Uniform { lo, hi } => (lo + hi) / 2.0,
            Dist::Triangular { min, mode, max } => (min + mode + max) / 3.0,
            Dist::Pert { min, mode, max } => (min + 4.0 * mode + max) / 6.0,
            Dist::Normal { mean, .. } => mean,
            Dist::LogNormal { p5, p95 } => {
                // The 5th and 95th percentiles are 1.645 sd either side of the log-median.
                let sigma = (libm::log(p95) - libm::log(p5)) / (2.0 * Z90);
                libm::sqrt(p5 * p95) * libm::exp(sigma * sigma / 2.0)
            }
        }
    }

    /// The JSON name of this form (`"fixed"` for a plain number).
    pub fn form(&self) -> &'static str {
        match self {
            Dist::Fixed(_) => "fixed",
            Dist::Uniform { .. } => "uniform",
            Dist::Triangular { .. } => "triangular",
            Dist::Pert { .. } => "pert",
            Dist::Normal { .. } => "normal",
            Dist::LogNormal { .. } => "lognormal",
        }
    }

    /// The parameters in the order the JSON array lists them.
    pub fn params(&self) -> Vec<f64> {
        match *self {
            Dist::Fixed(x) => vec![x],
            Dist::Uniform { lo, hi } => vec![lo, hi],
            Dist::Triangular { min, mode, max } | Dist::Pert { min, mode, max } => {
                vec![min, mode, max]
            }
            Dist::Normal { mean, sd } => vec![mean, sd],
            Dist::LogNormal { p5, p95 } => vec![p5, p95],
        }
    }

    /// Builds a form from its JSON name and parameters; `None` for an unknown name or a wrong count.
    pub fn from_form(form: &str, p: &[f64]) -> Option<Dist> {
        Some(match (form, p) {
            ("fixed", [x]) => Dist::Fixed(*x),
            ("uniform", [lo, hi]) => Dist::Uniform { lo: *lo, hi: *hi },
            ("triangular", [min, mode, max]) => Dist::Triangular {
                min: *min,
                mode: *mode,
                max: *max,
            },
            ("pert", [min, mode, max]) => Dist::Pert {
                min: *min,
                mode: *mode,
                max: *max,
            },
            ("normal", [mean, sd]) => Dist::Normal {
                mean: *mean,
                sd: *sd,
            },
            ("lognormal", [p5, p95]) => Dist::LogNormal { p5: *p5, p95: *p95 },
            _ => return None,
        })
    }

    /// How many parameters a form takes.
    pub fn arity(form: &str) -> Option<usize> {
        match form {
            "fixed" => Some(1),
            "uniform" | "normal" | "lognormal" => Some(2),
            "triangular" | "pert" => Some(3),
            _ => None,
        }
    }

    /// The names of a form's parameters, for messages and the editor.
    pub fn param_names(form: &str) -> &'static [&'static str] {
        match form {
            "fixed" => &["value"],
            "uniform" => &["lo", "hi"],
            "triangular" | "pert" => &["min", "mode", "max"],
            "normal" => &["mean", "sd"],
            "lognormal" => &["p5", "p95"],
            _ => &[],
        }
    }

    /// Checks the parameters against the field's range (MODEL.md, Resolved details: every
    /// parameter of a uniform, triangular or PERT, the mean of a normal, and p5 and p95 of a
    /// lognormal lie inside the range) and against each other. Returns every problem as
    /// `(parameter name, reason)`.
    pub fn problems(&self, range: &Range) -> Vec<(String, Message)> {
        let mut out = Vec::new();
        let form = self.form();
        let names = Dist::param_names(form);
        let params = self.params();
        for (i, (name, value)) in names.iter().zip(params.iter()).enumerate() {
            if !value.is_finite() {
                out.push((
                    name.to_string(),
                    reason(
                        "error-not-finite",
                        Args::new().text("value", value.to_string()),
                    ),
                ));
                continue;
            }
            let ranged = match self {
                Dist::Normal { .. } => i == 0,
                _ => true,
            };
            if ranged && !range.contains(*value) {
                out.push((name.to_string(), out_of_range(*value, range)));
            }
        }
        if !out.is_empty() {
            return out;
        }
        match *self {
            Dist::Uniform { lo, hi } if lo > hi => out.push((
                "lo".into(),
                reason(
                    "error-lo-above-hi",
                    Args::new()
                        .text("lo", format_number(lo))
                        .text("hi", format_number(hi)),
                ),
            )),
            Dist::Triangular { min, mode, max } | Dist::Pert { min, mode, max }
                if !(min <= mode && mode <= max) =>
            {
                out.push((
                    "mode".into(),
                    reason(
                        "error-mode-order",
                        Args::new()
                            .text("min", format_number(min))
                            .text("mode", format_number(mode))
                            .text("max", format_number(max)),
                    ),
                ))
            }
            Dist::Normal { sd, .. } if sd < 0.0 => out.push((
                "sd".into(),
                reason(
                    "error-sd-negative",
                    Args::new().text("sd", format_number(sd)),
                ),
            )),
            Dist::LogNormal { p5, p95 } if !(p5 > 0.0 && p5 < p95) => out.push((
                "p5".into(),
                reason(
                    "error-lognormal-order",
                    Args::new()
                        .text("p5", format_number(p5))
                        .text("p95", format_number(p95)),
                ),
            )),
            _ => {}
        }
        out
    }

    /// A sampler whose draws are clamped to `range`. Call only on a value that passed
    /// [`Dist::problems`]; an invalid one falls back to its clamped first parameter.
    pub fn sampler(&self, range: &Range) -> Sampler {
        let built = match *self {
            Dist::Fixed(x) => Ok(Sampler::fixed(x)),
            Dist::Uniform { lo, hi } => Sampler::uniform(lo, hi),
            Dist::Triangular { min, mode, max } => Sampler::triangular(min, mode, max),
            Dist::Pert { min, mode, max } => Sampler::pert(min, mode, max),
            Dist::Normal { mean, sd } => Sampler::normal(mean, sd),
            Dist::LogNormal { p5, p95 } => Sampler::lognormal_p5_p95(p5, p95),
        };
        let fallback = range.clamp(self.params()[0]);
        built
            .unwrap_or_else(|_| {
                Sampler::fixed(if fallback.is_finite() {
                    fallback
                } else {
                    range.lo
                })
            })
            .clamped(range.lo, range.hi)
    }

    /// The value shown when one number must stand for the whole distribution: the fixed value,
    /// the mode, the mean or the median.
    pub fn typical(&self) -> f64 {
        match *self {
            Dist::Fixed(x) => x,
            Dist::Uniform { lo, hi } => (lo + hi) / 2.0,
            Dist::Triangular { mode, .. } | Dist::Pert { mode, .. } => mode,
            Dist::Normal { mean, .. } => mean,
            Dist::LogNormal { p5, p95 } => libm::sqrt(p5 * p95),
        }
    }

    /// The smallest value a draw can plausibly take, for work estimates.
    pub fn lower(&self, range: &Range) -> f64 {
        let lo = match *self {
            Dist::Fixed(x) => x,
            Dist::Uniform { lo, .. } => lo,
            Dist::Triangular { min, .. } | Dist::Pert { min, .. } => min,
            Dist::Normal { mean, sd } => mean - 5.0 * sd,
            Dist::LogNormal { p5, .. } => p5 / 3.0,
        };
        range.clamp(lo)
    }

    /// The largest value a draw can plausibly take, for work estimates.
    pub fn upper(&self, range: &Range) -> f64 {
        let hi = match *self {
            Dist::Fixed(x) => x,
            Dist::Uniform { hi, .. } => hi,
            Dist::Triangular { max, .. } | Dist::Pert { max, .. } => max,
            Dist::Normal { mean, sd } => mean + 5.0 * sd,
            Dist::LogNormal { p95, .. } => p95 * 3.0,
        };
        range.clamp(hi)
    }
}
