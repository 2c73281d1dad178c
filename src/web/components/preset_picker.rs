//! The preset picker: every preset with its rationale, and the one-click comparisons.

use yew::prelude::*;

use crate::presets::{COMPARISONS, PRESETS};
use crate::web::dispatch::use_dispatch;
use crate::web::state::Action;

/// Presets and comparisons.
#[function_component]
pub fn PresetPicker() -> Html {
    let dispatch = use_dispatch();
    html! {
        <details class="panel presets" open=true>
            <summary><h2>{"Start from a strategy"}</h2></summary>
            <div class="compare-buttons">
                { for COMPARISONS.iter().map(|(title, a, b)| {
                    let dispatch = dispatch.clone();
                    let (a2, b2) = (a.to_string(), b.to_string());
                    let onclick = Callback::from(move |_| dispatch.emit(Action::OpenComparison { baseline: a2.clone(), other: b2.clone(), now_ms: crate::web::clock::now_ms() }));
                    html! {
                        <button type="button" class="compare" {onclick} data-testid={format!("compare-{a}-{b}")}>
                            {"Compare: "}{*title}
                        </button>
                    }
                }) }
            </div>
            <ul class="preset-list" data-testid="preset-list">
                { for PRESETS.iter().map(|p| {
                    let dispatch = dispatch.clone();
                    let name = p.name.to_string();
                    let onclick = Callback::from(move |_| dispatch.emit(Action::OpenPreset { name: name.clone(), now_ms: crate::web::clock::now_ms() }));
                    let description = p.scenario().description;
                    html! {
                        <li>
                            <button type="button" class="preset" {onclick} data-testid={format!("preset-{}", p.name)}
                                aria-describedby={format!("rationale-{}", p.name)}>
                                {p.name}
                            </button>
                            <p class="rationale" id={format!("rationale-{}", p.name)} data-testid={format!("preset-rationale-{}", p.name)}>
                                {description}
                            </p>
                        </li>
                    }
                }) }
            </ul>
        </details>
    }
}
