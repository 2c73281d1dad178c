//! The headline numbers of a scenario: bookings over the horizon (median and P10–P90),
//! P(hit target) (or, with no target, a box to set one), ending headcount, cost, and bookings
//! per unit of cost.

use yew::prelude::*;

use super::target_input::TargetInput;
use crate::format::locale::{money, whole};
use crate::format::percent;
use crate::i18n::Args;
use crate::model::Scenario;
use crate::report::Kpis;
use crate::web::language::use_language;

/// Props of [`KpiCards`].
#[derive(Properties, PartialEq)]
pub struct KpiCardsProps {
    /// The scenario's name.
    pub name: AttrValue,
    /// Its chart colour.
    pub color: AttrValue,
    /// Its currency code.
    pub currency: AttrValue,
    /// Its headline numbers.
    pub kpis: Kpis,
    /// The scenario the numbers are of: its target is set from the P(hit target) card when
    /// it has none.
    pub scenario: Scenario,
    /// Index for the `data-testid`s (`kpi-bookings` for the first scenario, `kpi-bookings-1` …).
    pub index: usize,
}

/// KPI cards of one scenario.
#[function_component]
pub fn KpiCards(props: &KpiCardsProps) -> Html {
    let language = use_language();
    let k = &props.kpis;
    let m = |x: f64| money(language.lang, x, &props.currency);
    let say = |id: &str| language.say(id);
    let range = |low: String, high: String| {
        language.say_with(
            "kpi-range",
            &Args::new().text("low", low).text("high", high),
        )
    };
    let id = |base: &str| {
        if props.index == 0 {
            base.to_string()
        } else {
            format!("{base}-{}", props.index)
        }
    };
    html! {
        <div class="kpis">
            <h3 class="kpi-scenario"><span class="swatch" style={format!("background:{}", props.color)} aria-hidden="true"></span>{props.name.clone()}</h3>
            <div class="kpi-grid">
                <div class="kpi">
                    <span class="kpi-label">{say("kpi-bookings")}</span>
                    <span class="kpi-value" data-testid={id("kpi-bookings")} data-p50={k.bookings.p50.to_string()}>{m(k.bookings.p50)}</span>
                    <span class="kpi-range">{range(m(k.bookings.p10), m(k.bookings.p90))}</span>
                </div>
                <div class="kpi">
                    <span class="kpi-label">{say("kpi-p-hit-target")}</span>
                    if let (Some(p), Some(t)) = (k.p_hit_target, k.target) {
                        <span class="kpi-value" data-testid={id("kpi-target")}>{percent(p)}</span>
                        <span class="kpi-range">{language.say_with("kpi-target", &Args::new().text("target", m(t)))}</span>
                    } else {
                        <span class="kpi-range">{say("kpi-no-target")}</span>
                        <TargetInput index={props.index} scenario={props.scenario.clone()} testid={id("target-input")} />
                    }
                </div>
                <div class="kpi">
                    <span class="kpi-label">{say("kpi-ending-headcount")}</span>
                    <span class="kpi-value">{whole(language.lang, k.ending_headcount.p50)}</span>
                    <span class="kpi-range">{range(whole(language.lang, k.ending_headcount.p10), whole(language.lang, k.ending_headcount.p90))}</span>
                </div>
                <div class="kpi">
                    <span class="kpi-label">{say("kpi-cost")}</span>
                    <span class="kpi-value">{m(k.cost.p50)}</span>
                    <span class="kpi-range">{range(m(k.cost.p10), m(k.cost.p90))}</span>
                </div>
                <div class="kpi">
                    <span class="kpi-label">{say("kpi-bookings-per-cost")}</span>
                    <span class="kpi-value">{k.bookings_per_cost.map(|r| format!("{r:.2}")).unwrap_or_else(|| "–".into())}</span>
                    <span class="kpi-range">{say("kpi-bookings-per-cost-note")}</span>
                </div>
            </div>
        </div>
    }
}
