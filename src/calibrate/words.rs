//! A calibration put in the reader's words, for the CLI's summary and the page's review: each
//! changed field with its label, its value before and after (as the editor writes values, so
//! they read back), and the basis of the fit; each fit's range and chart; and the fields left
//! alone. The page's fits arrive as [`FitsInWords`], made in the calibration worker: the page
//! then holds text and drawn charts only, and none of the fitting's types or code.

use serde::{Deserialize, Serialize};

use crate::charts::{self, ChartWords, FitPlot, FitUnit, Size};
use crate::editor::{field_message_id, fields, FieldEntry};
use crate::format::locale::{self, grouped};
use crate::format::percent;
use crate::i18n::{Args, Catalogue};
use crate::model::Scenario;

use super::calibration::{Calibration, UNTOUCHED};
use super::fitted::{Fit, Fitted};

/// One changed field, in words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChangeWords {
    pub path: String,
    pub label: String,
    pub before: String,
    pub after: String,
    pub basis: String,
}

/// A field's label in `catalogue`'s language, the editor's English when it has none.
pub fn field_label(path: &str, english: &str, catalogue: &Catalogue) -> String {
    let id = field_message_id(path);
    if catalogue.has(&id) {
        catalogue.say(&id, &Args::new())
    } else {
        english.to_string()
    }
}

fn entry<'a>(entries: &'a [FieldEntry], path: &str) -> Option<&'a FieldEntry> {
    entries.iter().find(|e| e.path == path)
}

/// The calibration's changes to `base`, in `catalogue`'s language.
pub fn changes_in_words(
    calibration: &Calibration,
    base: &Scenario,
    catalogue: &Catalogue,
) -> Vec<ChangeWords> {
    let before = fields(base);
    let after = Scenario::from_value(&calibration.fitted, "")
        .map(|s| fields(&s))
        .unwrap_or_default();
    calibration
        .changes
        .iter()
        .map(|change| {
            let old = entry(&before, &change.path);
            let new = entry(&after, &change.path);
            ChangeWords {
                path: change.path.clone(),
                label: field_label(
                    &change.path,
                    old.map_or(change.path.as_str(), |e| e.label.as_str()),
                    catalogue,
                ),
                before: old
                    .map_or_else(|| change.before.to_string(), |e| e.value_text_in(catalogue)),
                after: new.map_or_else(|| change.after.to_string(), |e| e.value_text_in(catalogue)),
                basis: catalogue.text(&change.basis),
            }
        })
        .collect()
}

/// The message id naming a group of [`UNTOUCHED`] fields.
pub fn untouched_id(path: &str) -> String {
    format!("calibrate-untouched-{}", path.replace(['.', '_'], "-"))
}

/// The fields an export cannot inform, in `catalogue`'s language.
pub fn untouched_in_words(catalogue: &Catalogue) -> Vec<String> {
    UNTOUCHED
        .iter()
        .map(|path| catalogue.say(&untouched_id(path), &Args::new()))
        .collect()
}

/// A fit's chart in words: the data's histogram with the fitted curve, or why there is none.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChartInWords {
    /// The chart's test id on the page: `chart-calibrate-cycle`, `chart-calibrate-size`.
    pub id: String,
    pub title: String,
    /// What the chart shows, or why it was not fitted.
    pub caption: String,
    /// The SVG, drawn by the charts module (its labels escaped); `None` when not fitted.
    pub svg: Option<String>,
}

/// Everything the page shows of a calibration's fits, in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FitsInWords {
    /// The file, its rows and its dates.
    pub summary: String,
    /// How many cells could not be read, and the first of them.
    pub problems: Option<(String, Vec<String>)>,
    /// Each win rate: the source as the file writes it, the model's source, the rate, its
    /// 90% range, its sample.
    pub rates: Vec<Vec<String>>,
    pub charts: Vec<ChartInWords>,
    pub changes: Vec<ChangeWords>,
    /// The fields left as they were.
    pub untouched: String,
    /// The calibrated scenario's file form, named and described in this language.
    pub scenario: String,
}

/// A fitted lognormal's chart in words.
fn chart(
    fit: &Fit<Fitted>,
    what: &str,
    unit: FitUnit<'_>,
    size: Size,
    catalogue: &Catalogue,
    words: &ChartWords,
) -> ChartInWords {
    let lang = catalogue.lang();
    let title = catalogue.say(&format!("calibrate-{what}-title"), &Args::new());
    let id = format!("chart-calibrate-{what}");
    match fit {
        Fit::Fitted(f) => {
            let say = |x: f64| match unit {
                FitUnit::Money(currency) => locale::money(lang, x, currency),
                _ => format!("{x:.1}"),
            };
            let caption = catalogue.say(
                &format!("calibrate-{what}-caption"),
                &Args::new()
                    .text("low", say(f.fit.p5()))
                    .text("high", say(f.fit.p95()))
                    .text("observed", grouped(f.fit.observed as f64))
                    .text("censored", grouped(f.fit.censored as f64)),
            );
            let note = (f.fit.censored > 0).then(|| {
                catalogue.say(
                    "calibrate-censored-note",
                    &Args::new().number("n", f.fit.censored as f64),
                )
            });
            let density = |x: f64| f.fit.density(x);
            let x_label = catalogue.say(&format!("calibrate-{what}-axis"), &Args::new());
            let svg = charts::fit_chart(
                &FitPlot {
                    values: &f.values,
                    density: &density,
                    x_label: &x_label,
                    unit,
                    note: note.as_deref(),
                },
                size,
                words,
            );
            ChartInWords {
                id,
                title,
                caption,
                svg: Some(svg),
            }
        }
        Fit::Not(why) => ChartInWords {
            id,
            caption: catalogue.say(
                "calibrate-not-fitted",
                &Args::new()
                    .text("what", title.clone())
                    .text("reason", catalogue.text(why)),
            ),
            title,
            svg: None,
        },
    }
}

/// The fits of `calibration` into `base`, in `catalogue`'s language, with charts `width`
/// pixels wide.
pub fn fits_in_words(
    calibration: &Calibration,
    base: &Scenario,
    catalogue: &Catalogue,
    width: u32,
) -> FitsInWords {
    let lang = catalogue.lang();
    let c = calibration;
    let words = ChartWords::from_catalogue(catalogue);
    let size = Size { width, height: 260 };
    let currency = base.currency.as_str();
    let problems = (c.problem_count > 0).then(|| {
        (
            catalogue.say(
                "calibrate-summary-problems",
                &Args::new()
                    .number("n", c.problem_count as f64)
                    .number("shown", c.problems.len() as f64),
            ),
            c.problems.iter().map(|p| p.say(catalogue)).collect(),
        )
    });
    let rates = c
        .win_rates
        .iter()
        .map(|fit| {
            let name = fit
                .value
                .clone()
                .unwrap_or_else(|| catalogue.say("calibrate-every-deal", &Args::new()));
            let model = match (&fit.value, fit.source) {
                (None, _) => String::new(),
                (Some(_), Some(s)) => {
                    catalogue.say(&format!("chart-source-{}", s.key()), &Args::new())
                }
                (Some(_), None) => catalogue.say("calibrate-source-none", &Args::new()),
            };
            vec![
                name,
                model,
                percent(fit.rate.median),
                catalogue.say(
                    "calibrate-range",
                    &Args::new()
                        .text("low", percent(fit.rate.p5))
                        .text("high", percent(fit.rate.p95)),
                ),
                catalogue.say(
                    "calibrate-basis-win-rate",
                    &Args::new()
                        .text("wins", grouped(fit.rate.wins as f64))
                        .text("decided", grouped(fit.rate.decided as f64)),
                ),
            ]
        })
        .collect();
    let scenario = c
        .scenario(catalogue)
        .map(|s| serde_json::to_string(&s.to_compact_value()).unwrap_or_default())
        .unwrap_or_default();
    FitsInWords {
        summary: catalogue.say(
            "calibrate-summary-file",
            &Args::new()
                .text("file", c.file.clone())
                .text("count", locale::count(lang, c.read as f64))
                .text("first", c.first.clone())
                .text("last", c.last.clone()),
        ),
        problems,
        rates,
        charts: vec![
            chart(&c.cycle, "cycle", FitUnit::Months, size, catalogue, &words),
            chart(
                &c.deal_size,
                "size",
                FitUnit::Money(currency),
                size,
                catalogue,
                &words,
            ),
        ],
        changes: changes_in_words(c, base, catalogue),
        untouched: catalogue.say(
            "calibrate-summary-untouched",
            &Args::new().text(
                "fields",
                untouched_in_words(catalogue)
                    .join(&catalogue.say("calibrate-list-joiner", &Args::new())),
            ),
        ),
        scenario,
    }
}
