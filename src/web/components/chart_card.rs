//! A chart with its heading and a one-line explanation. The SVG comes from the pure core's chart
//! renderer, which escapes every text it draws; nothing from a model reaches it unescaped.

use yew::prelude::*;

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
    /// The `data-testid` of the chart, e.g. `chart-bookings`.
    pub testid: AttrValue,
    /// An HTML legend shown under the chart.
    #[prop_or_default]
    pub legend: Html,
}

/// One chart.
#[function_component]
pub fn ChartCard(props: &ChartCardProps) -> Html {
    html! {
        <figure class="chart-card" data-testid={props.testid.clone()}>
            <figcaption>
                <h3>{props.title.clone()}</h3>
                if !props.caption.is_empty() {
                    <p class="caption">{props.caption.clone()}</p>
                }
            </figcaption>
            <div class="chart" role="img" aria-label={props.title.clone()}>
                { Html::from_html_unchecked(props.svg.clone()) }
            </div>
            { props.legend.clone() }
        </figure>
    }
}
