//! The words a verdict's sentences are filled with, in the catalogue's language: money and
//! chances as `format::locale` writes them, returns per unit of cost, quarter labels, and the
//! names of sources, roles and likelihoods from the catalogue.

use super::likelihood::Likelihood;
use crate::engine::outputs::{Role, Source};
use crate::format::locale;
use crate::i18n::{Args, Catalogue, Lang};

/// The words of one scenario's (or one comparison's) sentences.
pub(super) struct Words<'a> {
    pub catalogue: &'a Catalogue,
    pub currency: &'a str,
}

impl Words<'_> {
    fn lang(&self) -> Lang {
        self.catalogue.lang()
    }

    /// An amount rounded for reading: `$1.2M`, `US$120万`.
    pub fn money(&self, x: f64) -> String {
        locale::money(self.lang(), x, self.currency)
    }

    /// One unit of the currency: `$1`, `US$1`, `CHF 1`.
    pub fn unit(&self) -> String {
        format!("{}1", locale::currency_symbol(self.lang(), self.currency))
    }

    /// An amount per unit of cost, to the cent: `$0.27`, `US$1.15`. A return per unit is small,
    /// so the rounding of [`Words::money`] would hide it.
    pub fn per_unit(&self, x: f64) -> String {
        let symbol = locale::currency_symbol(self.lang(), self.currency);
        let sign = if x < 0.0 { "−" } else { "" };
        format!("{sign}{symbol}{:.2}", x.abs())
    }

    /// A probability or a share as a percentage: `99%`, `99.5%`.
    pub fn chance(&self, p: f64) -> String {
        locale::chance(self.lang(), p)
    }

    /// The calibrated word for probability `p`.
    pub fn likelihood(&self, p: f64) -> String {
        self.catalogue.say(Likelihood::of(p).id(), &Args::new())
    }

    /// A report's quarter label (`2027 Q1`) as the language writes it (`2027年第1季度`); a
    /// label of another shape is kept as it is.
    pub fn quarter(&self, label: &str) -> String {
        crate::format::locale::quarter(self.catalogue, label)
    }

    /// Where bookings come from, in words.
    pub fn source(&self, source: Source) -> String {
        let id = match source {
            Source::Founder => "verdict-source-founder",
            Source::Outbound => "verdict-source-outbound",
            Source::Sdr => "verdict-source-sdr",
            Source::Inbound => "verdict-source-inbound",
            Source::Expansion => "verdict-source-expansion",
            Source::Pool => "verdict-source-pool",
        };
        self.catalogue.say(id, &Args::new())
    }

    /// A team's name.
    pub fn role(&self, role: Role) -> String {
        let id = match role {
            Role::Ae => "verdict-role-ae",
            Role::Sdr => "verdict-role-sdr",
            Role::Leader => "verdict-role-leader",
        };
        self.catalogue.say(id, &Args::new())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_and_returns_read_in_each_language() {
        let en = Catalogue::embedded(Lang::En);
        let zh = Catalogue::embedded(Lang::ZhCn);
        let words = |catalogue| Words {
            catalogue,
            currency: "USD",
        };
        assert_eq!(words(&en).quarter("2027 Q1"), "2027 Q1");
        assert_eq!(words(&zh).quarter("2027 Q1"), "2027年第1季度");
        assert_eq!(words(&zh).quarter("month 3"), "month 3");
        assert_eq!(words(&en).per_unit(0.2667), "$0.27");
        assert_eq!(words(&zh).per_unit(1.15), "US$1.15");
        assert_eq!(words(&zh).unit(), "US$1");
        assert_eq!(words(&en).likelihood(0.989), "very likely");
    }
}
