//! The words the charts draw inside their SVGs, in one language: the catalogue's (`chart-*`
//! messages, the sources' names, the quarters' form), with the language that writes their
//! money, so that a chart reads like the page around it. The charts never look a language up
//! themselves: whoever draws one hands it these words.

use crate::engine::outputs::Source;
use crate::i18n::{Args, Catalogue, Lang};

/// The words of every chart: the results' fans, bars and histograms and the analyses' tornado,
/// sweep and frontier.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartWords {
    /// The language of the words; money on the axes is written in it
    /// ([`format::locale::money`](crate::format::locale::money)).
    pub lang: Lang,
    /// In place of a chart with nothing to draw.
    pub no_data: String,
    /// The tornado's legend: the input's low and high value.
    pub low_value: String,
    /// See `low_value`.
    pub high_value: String,
    /// The sweep's legend: the P10–P90 band and the median line.
    pub band: String,
    /// See `band`.
    pub median: String,
    /// The caption of the cost panel.
    pub median_cost: String,
    /// The note at the sweep's best value.
    pub best: String,
    /// The note at the goal seek's chosen setting.
    pub chosen: String,
    /// The difference histogram's sides: where A is below B, and above it.
    pub a_below: String,
    /// See `a_below`.
    pub a_above: String,
    /// The words before and after the required chance on the frontier ("", " required").
    required: (String, String),
    /// A quarter's words around its year and its number ("", " Q", ""; "", "年第", "季度").
    quarter: [String; 3],
    /// The sources' names in legends, in the order of [`Source::ALL`].
    sources: Vec<String>,
}

/// Marks put where a message places its arguments, to split it around them.
const MARK_1: char = '\u{1}';
const MARK_2: char = '\u{2}';

impl ChartWords {
    /// The words in the catalogue's language.
    pub fn from_catalogue(catalogue: &Catalogue) -> ChartWords {
        let say = |id: &str| catalogue.say(id, &Args::new());
        // The chance goes where the message puts `$share`, whatever the language's order.
        let required = catalogue.say(
            "chart-required",
            &Args::new().text("share", MARK_1.to_string()),
        );
        let (before, after) = required.split_once(MARK_1).unwrap_or((&required, ""));
        // A quarter in the verdict's form: the one form of `format::locale::quarter`.
        let quarter = catalogue.say(
            "verdict-quarter",
            &Args::new()
                .text("year", MARK_1.to_string())
                .text("quarter", MARK_2.to_string()),
        );
        let quarter = match quarter.split_once(MARK_1) {
            Some((a, rest)) => match rest.split_once(MARK_2) {
                Some((b, c)) => [a.to_string(), b.to_string(), c.to_string()],
                None => [a.to_string(), rest.to_string(), String::new()],
            },
            None => [String::new(), " Q".to_string(), String::new()],
        };
        ChartWords {
            lang: catalogue.lang(),
            no_data: say("chart-no-data"),
            low_value: say("chart-low-value"),
            high_value: say("chart-high-value"),
            band: say("chart-band"),
            median: say("chart-median"),
            median_cost: say("chart-median-cost"),
            best: say("chart-best"),
            chosen: say("chart-chosen"),
            a_below: say("chart-a-below-b"),
            a_above: say("chart-a-above-b"),
            required: (before.to_string(), after.to_string()),
            quarter,
            sources: Source::ALL
                .iter()
                .map(|s| say(&format!("chart-source-{}", s.key())))
                .collect(),
        }
    }

    /// The English words (tests, and wherever no language is chosen).
    pub fn english() -> ChartWords {
        ChartWords::from_catalogue(&Catalogue::embedded(Lang::En))
    }

    /// The label of the required chance `share` (already written, e.g. "80%").
    pub fn required(&self, share: &str) -> String {
        format!("{}{share}{}", self.required.0, self.required.1)
    }

    /// A report's quarter label (`2027 Q1`) in these words: `2027年第1季度` in Chinese, as
    /// [`format::locale::quarter`](crate::format::locale::quarter) writes it; any other label
    /// as it is.
    pub fn quarter(&self, label: &str) -> String {
        let parsed = label.split_once(" Q").filter(|(year, q)| {
            !year.is_empty()
                && !q.is_empty()
                && year.chars().chain(q.chars()).all(|c| c.is_ascii_digit())
        });
        match parsed {
            Some((year, q)) => {
                let [a, b, c] = &self.quarter;
                format!("{a}{year}{b}{q}{c}")
            }
            None => label.to_string(),
        }
    }

    /// The name of `source` in a legend: "Outbound", "外呼".
    pub fn source(&self, source: Source) -> &str {
        &self.sources[source as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::locale;

    #[test]
    fn english_words_read_as_the_charts_always_did() {
        let en = ChartWords::english();
        assert_eq!(en.required("80%"), "80% required");
        assert_eq!(
            (en.low_value.as_str(), en.best.as_str()),
            ("low value", "best")
        );
        assert_eq!(
            (en.a_below.as_str(), en.a_above.as_str()),
            ("A < B", "A > B")
        );
        assert_eq!(en.quarter("2027 Q1"), "2027 Q1");
        let zh = ChartWords::from_catalogue(&Catalogue::embedded(Lang::ZhCn));
        assert_eq!(zh.required("80%"), "要求 80%");
        assert_eq!(zh.median_cost, "成本中位数");
        assert_eq!(zh.lang, Lang::ZhCn);
    }

    #[test]
    fn quarters_read_as_format_locale_writes_them() {
        for lang in crate::i18n::LANGS {
            let catalogue = Catalogue::embedded(lang);
            let words = ChartWords::from_catalogue(&catalogue);
            for label in ["2027 Q1", "2031 Q4", "Q3", "2027 Qx", "month 5", ""] {
                assert_eq!(
                    words.quarter(label),
                    locale::quarter(&catalogue, label),
                    "{lang} {label:?}"
                );
            }
        }
        let zh = ChartWords::from_catalogue(&Catalogue::embedded(Lang::ZhCn));
        assert_eq!(zh.quarter("2027 Q1"), "2027年第1季度");
    }

    #[test]
    fn every_source_has_a_name_in_every_language() {
        for lang in crate::i18n::LANGS {
            let words = ChartWords::from_catalogue(&Catalogue::embedded(lang));
            for source in Source::ALL {
                let name = words.source(source);
                assert!(
                    !name.is_empty() && !name.starts_with("chart-"),
                    "{lang} {source:?}"
                );
            }
        }
    }
}
