//! The preset picker: every preset with its rationale, and the one-click comparisons.

use yew::prelude::*;

use crate::i18n::Args;
use crate::presets::{COMPARISONS, PRESETS};
use crate::web::dispatch::use_dispatch;
use crate::web::language::use_language;
use crate::web::state::Action;

/// Presets and comparisons.
#[function_component]
pub fn PresetPicker() -> Html {
    let dispatch = use_dispatch();
    let language = use_language();
    html! {
        <details class="panel presets" open=true>
            <summary><h2>{language.say("presets-heading")}</h2></summary>
            <div class="compare-buttons">
                { for COMPARISONS.iter().map(|(_, a, b)| {
                    let dispatch = dispatch.clone();
                    let (a2, b2) = (a.to_string(), b.to_string());
                    let onclick = Callback::from(move |_| dispatch.emit(Action::OpenComparison { baseline: a2.clone(), other: b2.clone(), now_ms: crate::web::clock::now_ms() }));
                    html! {
                        <button type="button" class="compare" {onclick} data-testid={format!("compare-{a}-{b}")}>
                            {language.say_with("presets-compare", &Args::new().text("title", language.say(&format!("comparison-title-{a}-{b}"))))}
                        </button>
                    }
                }) }
            </div>
            <ul class="preset-list" data-testid="preset-list">
                { for PRESETS.iter().map(|p| {
                    let dispatch = dispatch.clone();
                    let name = p.name.to_string();
                    let onclick = Callback::from(move |_| dispatch.emit(Action::OpenPreset { name: name.clone(), now_ms: crate::web::clock::now_ms() }));
                    let description = language.say(&format!("preset-rationale-{}", p.name));
                    html! {
                        <li>
                            <button type="button" class="preset" {onclick} data-testid={format!("preset-{}", p.name)}
                                aria-describedby={format!("rationale-{}", p.name)}>
                                {language.say(&format!("preset-title-{}", p.name))}
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
