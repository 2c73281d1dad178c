//! The header's theme switch: the system's colours, light or dark (`hooks::use_theme` keeps and
//! applies the choice).

use yew::prelude::*;

use crate::web::hooks::{use_theme, Theme};
use crate::web::language::use_language;

/// The switch has no props: the choice lives in its hook and on `<html>`.
#[function_component]
pub fn ThemeSwitch() -> Html {
    let language = use_language();
    let (theme, switch) = use_theme();
    let onchange = Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        if let Some(theme) = Theme::from_key(&select.value()) {
            switch.emit(theme);
        }
    });
    html! {
        <label class="theme-switch">
            <span class="visually-hidden">{language.say("theme-switch-label")}</span>
            <select data-testid="theme" {onchange}>
                { for Theme::ALL.iter().map(|t| html! {
                    <option value={t.key()} selected={*t == theme}>{language.say(t.message_id())}</option>
                }) }
            </select>
        </label>
    }
}
