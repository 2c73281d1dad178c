//! The header's language switch: every language in its own name, the page's selected.

use yew::prelude::*;

use crate::i18n::{Lang, LANGS};
use crate::web::language::use_language;

/// The switch has no props: it reads and switches the page's language by context.
#[function_component]
pub fn LanguageSwitch() -> Html {
    let language = use_language();
    let onchange = {
        let switch = language.switch.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(lang) = Lang::from_tag(&select.value()) {
                switch.emit(lang);
            }
        })
    };
    html! {
        <label class="language-switch">
            <span class="visually-hidden">{language.say("language-switch-label")}</span>
            <select data-testid="language" {onchange}>
                { for LANGS.iter().map(|lang| html! {
                    <option value={lang.tag()} lang={lang.tag()} selected={*lang == language.lang}>{lang.own_name()}</option>
                }) }
            </select>
        </label>
    }
}
