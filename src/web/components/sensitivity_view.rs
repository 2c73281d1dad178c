//! What matters most, the tornado's report: the inputs ranked by how far they move the output between their low and high values, bars within
//! two standard errors of zero in grey, and which uncertainties make the output's band wide. A
//! click on a bar, or its row's button in the table, shows that input in the editor.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::analysis::sensitivity::SensitivityReport;
use crate::analysis::StudyReport;
use crate::charts::{self, Axis, Size, TornadoBar};
use crate::web::dispatch::use_dispatch;
use crate::web::hooks::use_chart_size;
use crate::web::state::Action;

/// Props of [`SensitivityView`].
#[derive(Properties, PartialEq)]
pub struct SensitivityViewProps {
    /// The tornado.
    pub report: SensitivityReport,
    /// The analysis it belongs to: output, currency, trials.
    pub header: StudyReport,
}

/// The width of an analysis chart for the page's chart size: wider than a result's, since it
/// has the panel's whole width.
pub fn analysis_size(size: Size, height: u32) -> Size {
    Size {
        width: if size.width < 500 { 360 } else { 900 },
        height,
    }
}

/// The tornado and the bands.
#[function_component]
pub fn SensitivityView(props: &SensitivityViewProps) -> Html {
    let dispatch = use_dispatch();
    let base = use_chart_size();
    let report = &props.report;
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
                label: b.label.clone(),
                low_text: b.low_text.clone(),
                high_text: b.high_text.clone(),
                low: b.low - b.base,
                high: b.high - b.base,
                error: 2.0 * b.standard_error,
                faint: b.within_noise,
            })
            .collect();
        use_memo((bars, axis.clone(), size), |(bars, axis, size)| {
            AttrValue::from(charts::tornado(bars, axis, *size))
        })
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
                label: b.label.clone(),
                low_text: String::new(),
                high_text: format!("{:.0}%", b.share * 100.0),
                low: 0.0,
                high: b.narrowing,
                error: 0.0,
                faint: b.narrowing <= 0.0,
            })
            .collect();
        use_memo((bars, axis.clone(), band_size), |(bars, axis, size)| {
            AttrValue::from(charts::tornado(bars, axis, *size))
        })
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
    let fmt = |x: f64| axis.label(x);
    let base_text = report.base.map(fmt).unwrap_or_default();
    let band_text = report
        .base_band
        .map(|(lo, hi)| format!("{} to {}", fmt(lo), fmt(hi)))
        .unwrap_or_default();
    let noise = report.bars.iter().filter(|b| b.within_noise).count();
    html! {
        <div class="analysis-result" data-testid="sensitivity-report">
            <p class="analysis-summary">
                {format!("{}: {} as the scenario is (P10–P90 {}). {} of {} inputs in", props.header.output_label, base_text, band_text, report.bars.len(), report.inputs)}
                if noise > 0 { {format!("; {noise} grey: within 2 standard errors of no effect")} }
                {". Click a bar to edit its input."}
            </p>
            if !inert.is_empty() {
                <p class="hint" data-testid="tornado-inert">{format!("No effect at all on this output: {}.", inert.iter().map(|b| b.label.as_str()).collect::<Vec<_>>().join(", "))}</p>
            }
            <figure class="chart-card wide" data-testid="chart-tornado">
                <figcaption><h3>{format!("What moves {} most", props.header.output_label.to_lowercase())}</h3></figcaption>
                <div class="chart clickable" role="img" aria-label="Tornado chart of the inputs" onclick={onclick}>
                    { Html::from_html_unchecked((*svg).clone()) }
                </div>
            </figure>
            <details class="numbers">
                <summary>{"The tornado's numbers"}</summary>
                <div class="table-wrap">
                    <table class="compare-table" data-testid="tornado-table">
                        <thead><tr><th>{"Input"}</th><th>{"Low"}</th><th>{"High"}</th><th>{"At low"}</th><th>{"At high"}</th><th>{"Swing"}</th><th>{"± 2 SE"}</th><th>{"Trials"}</th><th></th></tr></thead>
                        <tbody>
                        { for report.bars.iter().map(|b| {
                            let show = { let dispatch = dispatch.clone(); let path = b.path.clone(); Callback::from(move |_| dispatch.emit(Action::ShowField(path.clone()))) };
                            html! {
                                <tr class={classes!(b.within_noise.then_some("faint"))}>
                                    <td>{b.label.clone()}</td><td>{b.low_text.clone()}</td><td>{b.high_text.clone()}</td>
                                    <td>{fmt(b.low)}</td><td>{fmt(b.high)}</td><td>{fmt(b.swing)}</td><td>{fmt(2.0 * b.standard_error)}</td><td>{b.trials}</td>
                                    <td><button type="button" class="ghost small" onclick={show} aria-label={format!("Edit {}", b.label)}>{"Edit"}</button></td>
                                </tr>
                            }
                        }) }
                        </tbody>
                    </table>
                </div>
            </details>
            if !report.bands.is_empty() {
                <figure class="chart-card wide" data-testid="chart-bands">
                    <figcaption>
                        <h3>{"Which uncertainties make the band wide"}</h3>
                        <p class="caption">{"Each uncertain input fixed at its median in turn: how much narrower the P10–P90 band gets, and that as a share of the band."}</p>
                    </figcaption>
                    <div class="chart" role="img" aria-label="How much each uncertainty narrows the band">
                        { Html::from_html_unchecked((*band_svg).clone()) }
                    </div>
                </figure>
                <details class="numbers">
                    <summary>{"The bands' numbers"}</summary>
                    <div class="table-wrap">
                        <table class="compare-table" data-testid="bands-table">
                            <thead><tr><th>{"Uncertainty fixed"}</th><th>{"At"}</th><th>{"P10"}</th><th>{"P90"}</th><th>{"Narrower by"}</th><th>{"Share"}</th></tr></thead>
                            <tbody>
                            { for report.bands.iter().map(|b| html! {
                                <tr><td>{b.label.clone()}</td><td>{b.median_text.clone()}</td><td>{fmt(b.p10)}</td><td>{fmt(b.p90)}</td><td>{fmt(b.narrowing)}</td><td>{format!("{:.0}%", b.share * 100.0)}</td></tr>
                            }) }
                            </tbody>
                        </table>
                    </div>
                </details>
            }
        </div>
    }
}
