//! What matters most, the tornado's report: the inputs ranked by how far they move the output between their low and high values, bars within
//! two standard errors of zero in grey, and which uncertainties make the output's band wide. A
//! click on a bar, or its row's button in the table, shows that input in the editor.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::analysis::inputs::{every_input, Input};
use crate::analysis::sensitivity::SensitivityReport;
use crate::analysis::study::value_words;
use crate::analysis::StudyReport;
use crate::model::Scenario;
use std::rc::Rc;

use super::analysis_form::output_text;
use crate::charts::{self, Axis, ChartWords, Size, TornadoBar};
use crate::i18n::Args;
use crate::web::dispatch::use_dispatch;
use crate::web::hooks::use_chart_size;
use crate::web::language::{use_language, Language};
use crate::web::state::Action;

/// Props of [`SensitivityView`].
#[derive(Properties, PartialEq)]
pub struct SensitivityViewProps {
    /// The tornado.
    pub report: SensitivityReport,
    /// The analysis it belongs to: output, currency, trials.
    pub header: StudyReport,
    /// The scenario analysed: its inputs' units, to say their values in the page's language.
    pub scenario: Scenario,
}

/// The value `x` of the input at `path` in the page's language (`35%`, `3 个月`, `US$8万`);
/// `english`, the report's text, where the scenario has no such input. `inputs` are the
/// scenario's ([`use_inputs`]).
pub fn value_in(
    language: &Language,
    inputs: &[Input],
    path: &str,
    x: f64,
    currency: &str,
    english: &str,
) -> String {
    match inputs.iter().find(|i| i.path == path) {
        Some(input) => value_words(&language.catalogue, input, x, currency),
        None => english.to_string(),
    }
}

/// The scenario's inputs, made once per scenario: a report's view says every bar's values in
/// their units, and walking the scenario for each of them held the page too long.
#[hook]
pub fn use_inputs(scenario: &Scenario) -> Rc<Vec<Input>> {
    use_memo(scenario.clone(), every_input)
}

/// The width of an analysis chart for the page's chart size: wider than a result's, since it
/// has the panel's whole width.
pub fn analysis_size(size: Size, height: u32) -> Size {
    Size {
        width: if size.width < 500 { 360 } else { 900 },
        height,
    }
}

/// The text of a lever's or an input's value `x` as the report wrote it (`texts`), else the
/// number: the x axis of the sweep and frontier charts.
pub fn value_label(texts: &[(f64, String)], x: f64) -> String {
    texts
        .iter()
        .find(|(v, _)| *v == x)
        .map(|(_, t)| t.clone())
        .unwrap_or_else(|| crate::format::count(x))
}

/// An analysis's chart: its heading and caption, the drawing (an SVG from `charts`) and what it
/// shows for screen readers; with `onclick` it is clickable. The three reports share it (and
/// [`numbers_table`]) so that the app's wasm holds this markup once.
pub fn chart_figure(
    testid: &'static str,
    title: String,
    caption: Option<String>,
    label: String,
    svg: &AttrValue,
    onclick: Option<Callback<MouseEvent>>,
) -> Html {
    html! {
        <figure class="chart-card wide" data-testid={testid}>
            <figcaption>
                <h3>{title}</h3>
                if let Some(caption) = caption { <p class="caption">{caption}</p> }
            </figcaption>
            <div class={classes!("chart", onclick.is_some().then_some("clickable"))} role="img" aria-label={label} {onclick}>
                { Html::from_html_unchecked(svg.clone()) }
            </div>
        </figure>
    }
}

/// An analysis's numbers: a table, folded under `summary`; `head` is the header row's cells and
/// `rows` the body's rows.
pub fn numbers_table(summary: String, testid: &'static str, head: Html, rows: Html) -> Html {
    html! {
        <details class="numbers">
            <summary>{summary.clone()}</summary>
            // Scrolls sideways on a phone: focusable, so a keyboard can scroll it.
            <div class="table-wrap" role="region" tabindex="0" aria-label={summary}>
                <table class="compare-table" data-testid={testid}>
                    <thead><tr>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </details>
    }
}

/// The words inside the analyses' charts in the page's language, made again when it changes.
#[hook]
pub fn use_chart_words(language: &Language) -> Rc<ChartWords> {
    let catalogue = language.catalogue.clone();
    use_memo(language.lang, move |_| {
        ChartWords::from_catalogue(&catalogue)
    })
}

/// Header cells with the words of these messages.
pub fn head_cells(language: &Language, ids: &[&str]) -> Html {
    ids.iter()
        .map(|id| html! { <th>{language.say(id)}</th> })
        .collect()
}

/// Cells of text.
pub fn text_cells(texts: Vec<String>) -> Html {
    texts
        .into_iter()
        .map(|text| html! { <td>{text}</td> })
        .collect()
}

/// The tornado and the bands.
#[function_component]
pub fn SensitivityView(props: &SensitivityViewProps) -> Html {
    let dispatch = use_dispatch();
    let language = use_language();
    let base = use_chart_size();
    let report = &props.report;
    let label = |path: &str, english: &str| language.field_label(path, english);
    let output = output_text(&language, &props.header.output);
    let currency = &props.header.currency;
    let inputs = use_inputs(&props.scenario);
    let value = |path: &str, x: f64, english: &str| {
        value_in(&language, &inputs, path, x, currency, english)
    };
    let median = |b: &crate::analysis::sensitivity::BandBar| match inputs
        .iter()
        .find(|i| i.path == b.path)
    {
        Some(input) => value_words(
            &language.catalogue,
            input,
            input.value.unwrap_or(0.0),
            currency,
        ),
        None => b.median_text.clone(),
    };
    let words = use_chart_words(&language);
    // Inputs that change nothing at all (a cost input against bookings, say) are named in a
    // sentence rather than drawn as empty rows.
    let (shown, inert): (Vec<_>, Vec<_>) = report
        .bars
        .iter()
        .partition(|b| !(b.swing == 0.0 && b.low == b.base && b.high == b.base));
    let axis = if props.header.money {
        Axis::Money(props.header.currency.clone())
    } else {
        Axis::Count
    };
    let width = analysis_size(base, 0).width;
    let size = Size {
        width,
        height: charts::tornado_height(shown.len(), width),
    };
    let svg = {
        let bars: Vec<TornadoBar> = shown
            .iter()
            .map(|b| TornadoBar {
                label: label(&b.path, &b.label),
                low_text: value(&b.path, b.low_value, &b.low_text),
                high_text: value(&b.path, b.high_value, &b.high_text),
                low: b.low - b.base,
                high: b.high - b.base,
                error: 2.0 * b.standard_error,
                faint: b.within_noise,
            })
            .collect();
        use_memo(
            (bars, axis.clone(), size, words.clone()),
            |(bars, axis, size, words)| AttrValue::from(charts::tornado(bars, axis, *size, words)),
        )
    };
    let band_size = Size {
        width,
        height: charts::tornado_height(report.bands.len(), width),
    };
    let band_svg = {
        let bars: Vec<TornadoBar> = report
            .bands
            .iter()
            .map(|b| TornadoBar {
                label: label(&b.path, &b.label),
                low_text: String::new(),
                high_text: format!("{:.0}%", b.share * 100.0),
                low: 0.0,
                high: b.narrowing,
                error: 0.0,
                faint: b.narrowing <= 0.0,
            })
            .collect();
        use_memo(
            (bars, axis.clone(), band_size, words.clone()),
            |(bars, axis, size, words)| AttrValue::from(charts::tornado(bars, axis, *size, words)),
        )
    };
    let paths: Vec<String> = shown.iter().map(|b| b.path.clone()).collect();
    let onclick = {
        let dispatch = dispatch.clone();
        let count = paths.len();
        Callback::from(move |e: MouseEvent| {
            // Yew delegates events to its root, so `current_target` is not the chart: the
            // chart is the clicked element's `.chart` ancestor.
            let element = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest(".chart").ok().flatten());
            let Some(element) = element else {
                return;
            };
            let rect = element.get_bounding_client_rect();
            if rect.width() <= 0.0 {
                return;
            }
            let y = (e.client_y() as f64 - rect.top()) * size.width as f64 / rect.width();
            if let Some(row) = charts::tornado_row_at(count, size, y) {
                if let Some(path) = paths.get(row) {
                    dispatch.emit(Action::ShowField(path.clone()));
                }
            }
        })
    };
    // Money in the page's language (`US$120万` in Chinese); counts as the axis writes them.
    let fmt = |x: f64| match &axis {
        // No "−$0" for a difference of exactly nothing, as the axis writes it.
        Axis::Money(currency) => {
            crate::format::locale::money(language.lang, if x == 0.0 { 0.0 } else { x }, currency)
        }
        Axis::Count => axis.label(x),
    };
    let base_text = report.base.map(fmt).unwrap_or_default();
    let band_text = report
        .base_band
        .map(|(lo, hi)| {
            language.say_with(
                "tornado-band",
                &Args::new().text("low", fmt(lo)).text("high", fmt(hi)),
            )
        })
        .unwrap_or_default();
    let noise = report.bars.iter().filter(|b| b.within_noise).count();
    html! {
        <div class="analysis-result" data-testid="sensitivity-report">
            <p class="analysis-summary">
                {language.say_with("tornado-summary", &Args::new().text("output", output.clone()).text("base", base_text).text("band", band_text).text("shown", report.bars.len().to_string()).text("inputs", report.inputs.to_string()))}
                if noise > 0 { {language.say_with("tornado-summary-noise", &Args::new().text("noise", noise.to_string()))} }
                {language.say("tornado-summary-click")}
            </p>
            if !inert.is_empty() {
                <p class="hint" data-testid="tornado-inert">{language.say_with("tornado-inert", &Args::new().text("inputs", inert.iter().map(|b| label(&b.path, &b.label)).collect::<Vec<_>>().join(language.say("list-separator").as_str())))}</p>
            }
            { chart_figure("chart-tornado", language.say_with("tornado-title", &Args::new().text("output", output.to_ascii_lowercase())), None, language.say("tornado-alt"), &svg, Some(onclick)) }
            { numbers_table(language.say("tornado-numbers"), "tornado-table",
                html! { <>{ head_cells(&language, &["tornado-input", "tornado-low", "tornado-high", "tornado-at-low", "tornado-at-high", "tornado-swing", "tornado-error", "tornado-trials"]) }<th><span class="visually-hidden">{language.say("tornado-edit")}</span></th></> },
                report.bars.iter().map(|b| {
                    let show = { let dispatch = dispatch.clone(); let path = b.path.clone(); Callback::from(move |_| dispatch.emit(Action::ShowField(path.clone()))) };
                    let name = label(&b.path, &b.label);
                    let cells = vec![name.clone(), value(&b.path, b.low_value, &b.low_text), value(&b.path, b.high_value, &b.high_text), fmt(b.low), fmt(b.high), fmt(b.swing), fmt(2.0 * b.standard_error), b.trials.to_string()];
                    html! {
                        <tr class={classes!(b.within_noise.then_some("faint"))}>
                            { text_cells(cells) }
                            <td><button type="button" class="ghost small" onclick={show} aria-label={language.say_with("tornado-edit-label", &Args::new().text("input", name))}>{language.say("tornado-edit")}</button></td>
                        </tr>
                    }
                }).collect()) }
            if !report.bands.is_empty() {
                { chart_figure("chart-bands", language.say("bands-title"), Some(language.say("bands-caption")), language.say("bands-alt"), &band_svg, None) }
                { numbers_table(language.say("bands-numbers"), "bands-table",
                    head_cells(&language, &["bands-fixed", "bands-at", "bands-p10", "bands-p90", "bands-narrower", "bands-share"]),
                    report.bands.iter().map(|b| html! {
                        <tr>{ text_cells(vec![label(&b.path, &b.label), median(b), fmt(b.p10), fmt(b.p90), fmt(b.narrowing), format!("{:.0}%", b.share * 100.0)]) }</tr>
                    }).collect()) }
            }
        </div>
    }
}
