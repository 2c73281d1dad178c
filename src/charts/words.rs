//! The words the analyses' charts draw inside their SVGs, in one language: the catalogue's
//! (`chart-*` messages), so that a chart reads like the page around it.

use crate::i18n::{Args, Catalogue, Lang};

/// The words of the tornado, sweep and frontier charts.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartWords {
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
    /// The words before and after the required chance on the frontier ("", " required").
    required: (String, String),
}

impl ChartWords {
    /// The words in the catalogue's language.
    pub fn from_catalogue(catalogue: &Catalogue) -> ChartWords {
        let say = |id: &str| catalogue.say(id, &Args::new());
        // The chance goes where the message puts `$share`, whatever the language's order.
        let mark = '\u{1}';
        let required = catalogue.say(
            "chart-required",
            &Args::new().text("share", mark.to_string()),
        );
        let (before, after) = required.split_once(mark).unwrap_or((&required, ""));
        ChartWords {
            no_data: say("chart-no-data"),
            low_value: say("chart-low-value"),
            high_value: say("chart-high-value"),
            band: say("chart-band"),
            median: say("chart-median"),
            median_cost: say("chart-median-cost"),
            best: say("chart-best"),
            chosen: say("chart-chosen"),
            required: (before.to_string(), after.to_string()),
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_words_read_as_the_charts_always_did() {
        let en = ChartWords::english();
        assert_eq!(en.required("80%"), "80% required");
        assert_eq!(
            (en.low_value.as_str(), en.best.as_str()),
            ("low value", "best")
        );
        let zh = ChartWords::from_catalogue(&Catalogue::embedded(Lang::ZhCn));
        assert_eq!(zh.required("80%"), "要求 80%");
        assert_eq!(zh.median_cost, "成本中位数");
    }
}
