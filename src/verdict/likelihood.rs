//! Words for how likely something is, on a calibrated scale (the IPCC's, as issue 18 asks), so a
//! verdict never claims more than its numbers: a probability maps to exactly one word, and the
//! boundaries below are the whole rule.

/// A probability in words. The scale, for a probability `p` of the statement being true:
///
/// | word | range |
/// | --- | --- |
/// | virtually certain | `p ≥ 0.99` |
/// | very likely | `0.90 ≤ p < 0.99` |
/// | likely | `0.66 ≤ p < 0.90` |
/// | about as likely as not | `0.33 < p < 0.66` |
/// | unlikely | `0.10 < p ≤ 0.33` |
/// | very unlikely | `0.01 < p ≤ 0.10` |
/// | exceptionally unlikely | `p ≤ 0.01` |
///
/// The upper words include their lower bound and the lower words their upper bound, mirroring
/// each other: 0.66 is likely, 0.33 unlikely. 0.989 is very likely, though it is shown rounded
/// as `99%`: the word, not the rounded figure, carries the claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Likelihood {
    ExceptionallyUnlikely,
    VeryUnlikely,
    Unlikely,
    AboutAsLikelyAsNot,
    Likely,
    VeryLikely,
    VirtuallyCertain,
}

impl Likelihood {
    /// Every word, least likely first.
    pub const ALL: [Likelihood; 7] = [
        Likelihood::ExceptionallyUnlikely,
        Likelihood::VeryUnlikely,
        Likelihood::Unlikely,
        Likelihood::AboutAsLikelyAsNot,
        Likelihood::Likely,
        Likelihood::VeryLikely,
        Likelihood::VirtuallyCertain,
    ];

    /// The word for probability `p` (a NaN, which no report holds, reads as even odds rather
    /// than as a claim either way).
    pub fn of(p: f64) -> Likelihood {
        if p.is_nan() {
            Likelihood::AboutAsLikelyAsNot
        } else if p >= 0.99 {
            Likelihood::VirtuallyCertain
        } else if p >= 0.90 {
            Likelihood::VeryLikely
        } else if p >= 0.66 {
            Likelihood::Likely
        } else if p > 0.33 {
            Likelihood::AboutAsLikelyAsNot
        } else if p > 0.10 {
            Likelihood::Unlikely
        } else if p > 0.01 {
            Likelihood::VeryUnlikely
        } else {
            Likelihood::ExceptionallyUnlikely
        }
    }

    /// Its message id in the catalogues (`locales/*/verdict.ftl`).
    pub const fn id(self) -> &'static str {
        match self {
            Likelihood::ExceptionallyUnlikely => "likelihood-exceptionally-unlikely",
            Likelihood::VeryUnlikely => "likelihood-very-unlikely",
            Likelihood::Unlikely => "likelihood-unlikely",
            Likelihood::AboutAsLikelyAsNot => "likelihood-about-as-likely-as-not",
            Likelihood::Likely => "likelihood-likely",
            Likelihood::VeryLikely => "likelihood-very-likely",
            Likelihood::VirtuallyCertain => "likelihood-virtually-certain",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Likelihood::*;
    use super::*;

    #[test]
    fn the_boundaries_are_exact() {
        for (p, word) in [
            (1.0, VirtuallyCertain),
            (0.99, VirtuallyCertain),
            (0.989, VeryLikely),
            (0.98999, VeryLikely),
            (0.90, VeryLikely),
            (0.8999, Likely),
            (0.66, Likely),
            (0.6599, AboutAsLikelyAsNot),
            (0.5, AboutAsLikelyAsNot),
            (0.3301, AboutAsLikelyAsNot),
            (0.33, Unlikely),
            (0.1001, Unlikely),
            (0.10, VeryUnlikely),
            (0.0101, VeryUnlikely),
            (0.01, ExceptionallyUnlikely),
            (0.0, ExceptionallyUnlikely),
            (f64::NAN, AboutAsLikelyAsNot),
        ] {
            assert_eq!(Likelihood::of(p), word, "{p}");
        }
    }

    #[test]
    fn the_scale_rises_with_the_probability() {
        let mut last = ExceptionallyUnlikely;
        for i in 0..=1000 {
            let word = Likelihood::of(i as f64 / 1000.0);
            assert!(word >= last, "{i}");
            last = word;
        }
        assert_eq!(last, VirtuallyCertain);
        let ids: std::collections::HashSet<_> = Likelihood::ALL.iter().map(|l| l.id()).collect();
        assert_eq!(ids.len(), 7);
    }
}
