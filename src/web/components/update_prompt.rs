//! The banner that says a new version of Pipesim is ready, with a button to reload into it and
//! one to put it off. It shows only when the service worker has a new version waiting
//! ([`crate::web::hooks::use_app_update`]); the page reloads only from its button.

use yew::prelude::*;

use crate::web::hooks::AppUpdate;
use crate::web::language::use_language;

/// Props of [`UpdatePrompt`].
#[derive(Properties, PartialEq)]
pub struct UpdatePromptProps {
    /// Whether a new version waits, and what the buttons do.
    pub update: AppUpdate,
}

/// The banner at the foot of the screen; nothing while there is no new version.
#[function_component]
pub fn UpdatePrompt(props: &UpdatePromptProps) -> Html {
    let language = use_language();
    let update = &props.update;
    if !update.ready {
        return html! {};
    }
    let reload = update.reload.reform(|_: MouseEvent| ());
    let later = update.later.reform(|_: MouseEvent| ());
    html! {
        <div class="update-prompt" role="status" aria-live="polite" data-testid="update-prompt">
            <p>
                <strong>{language.say("update-ready")}</strong>
                {" "}
                <span class="update-note">{language.say("update-note")}</span>
            </p>
            <div class="update-actions">
                <button type="button" class="primary" onclick={reload} disabled={update.reloading}
                    data-testid="update-reload">{language.say("update-reload")}</button>
                <button type="button" class="ghost" onclick={later} disabled={update.reloading}
                    data-testid="update-later">{language.say("update-later")}</button>
            </div>
        </div>
    }
}
