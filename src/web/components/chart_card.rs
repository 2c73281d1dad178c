//! A chart with its heading, a one-line explanation, and SVG and PNG downloads. The SVG comes
//! from the pure core's chart renderer, which escapes every text it draws; nothing from a model
//! reaches it unescaped. A download is the chart as shown, in the page's language; the SVG file
//! also carries the heading and the explanation (`<title>`, `<desc>`), which the page shows
//! beside the chart. Given its numbers, the card shows them on demand under it (`ChartTable`).

use std::rc::Rc;

use yew::prelude::*;

use super::chart_table::ChartTable;

use crate::charts::{self, Size};
use crate::i18n::{Args, Message};
use crate::report::chart_numbers::NumbersTable;
use crate::web::dispatch::use_dispatch;
use crate::web::files;
use crate::web::language::use_language;
use crate::web::state::{Action, Notice};

/// Props of [`ChartCard`].
#[derive(Properties, PartialEq)]
pub struct ChartCardProps {
    /// The heading.
    pub title: AttrValue,
    /// What the chart shows, in one line.
    #[prop_or_default]
    pub caption: AttrValue,
    /// The SVG text from `crate::charts`.
    pub svg: AttrValue,
    /// The drawing's size, for the PNG.
    pub size: Size,
    /// The `data-testid` of the chart, e.g. `chart-bookings`; downloads are named after it.
    pub testid: AttrValue,
    /// An HTML legend shown under the chart.
    #[prop_or_default]
    pub legend: Html,
    /// The chart's numbers, shown as a table on demand (its text alternative).
    #[prop_or_default]
    pub numbers: Option<Rc<NumbersTable>>,
}

/// One chart.
#[function_component]
pub fn ChartCard(props: &ChartCardProps) -> Html {
    let dispatch = use_dispatch();
    let language = use_language();
    let stem = format!("pipesim-{}", props.testid.trim_start_matches("chart-"));
    let report = {
        move |e: String| {
            let failed = Message::with("downloads-failed", Args::new().text("reason", e));
            dispatch.emit(Action::Notify(Notice::problem(failed)));
        }
    };
    let title = Args::new().text("title", props.title.to_string());
    let on_svg = {
        let (svg, name, report) = (props.svg.clone(), format!("{stem}.svg"), report.clone());
        let (heading, caption) = (props.title.clone(), props.caption.clone());
        Callback::from(move |_| {
            let svg = charts::titled(&svg, &heading, &caption);
            if let Err(e) = files::download_text(&name, "image/svg+xml", &svg) {
                report(e);
            }
        })
    };
    let on_png = {
        let (svg, name, size) = (props.svg.clone(), format!("{stem}.png"), props.size);
        Callback::from(move |_| {
            let (svg, name, report) = (svg.clone(), name.clone(), report.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(e) = files::download_png(&name, &svg, size.width, size.height, 2.0).await
                {
                    report(e);
                }
            });
        })
    };
    html! {
        <figure class="chart-card" data-testid={props.testid.clone()}>
            <figcaption>
                <div class="chart-head">
                    <h3>{props.title.clone()}</h3>
                    <span class="chart-downloads">
                        <button type="button" class="ghost small" onclick={on_svg}
                            aria-label={language.say_with("chart-download-svg", &title)} data-testid={format!("svg-{}", props.testid)}>{"SVG"}</button>
                        <button type="button" class="ghost small" onclick={on_png}
                            aria-label={language.say_with("chart-download-png", &title)} data-testid={format!("png-{}", props.testid)}>{"PNG"}</button>
                    </span>
                </div>
                if !props.caption.is_empty() {
                    <p class="caption">{props.caption.clone()}</p>
                }
            </figcaption>
            <div class="chart" role="img" aria-label={props.title.clone()}>
                { Html::from_html_unchecked(props.svg.clone()) }
            </div>
            { props.legend.clone() }
            if let Some(table) = props.numbers.clone() {
                <ChartTable title={props.title.clone()} {table} testid={props.testid.clone()} />
            }
        </figure>
    }
}
