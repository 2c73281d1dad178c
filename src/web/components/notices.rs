//! Messages for the user above the page: what was opened or saved, and what could not be done
//! and why. Text only: a message may quote a file name or a link's content. Info messages go
//! away by themselves after a while; problems stay until dismissed.

use yew::prelude::*;

use crate::web::dispatch::use_dispatch;
use crate::web::state::{Action, Notice, Tone};

/// How long an info message stays, in milliseconds.
pub const INFO_MS: u32 = 8_000;

/// Props of [`Notices`].
#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    /// The messages, oldest first.
    pub notices: Vec<Notice>,
}

/// The list of messages, each with a dismiss button.
#[function_component]
pub fn Notices(props: &NoticesProps) -> Html {
    let dispatch = use_dispatch();
    {
        let infos: Vec<u64> = props
            .notices
            .iter()
            .filter(|n| n.tone == Tone::Info)
            .map(|n| n.id)
            .collect();
        let dispatch = dispatch.clone();
        use_effect_with(infos, move |infos| {
            let timers: Vec<gloo_timers::callback::Timeout> = if cfg!(target_arch = "wasm32") {
                infos
                    .iter()
                    .map(|&id| {
                        let dispatch = dispatch.clone();
                        gloo_timers::callback::Timeout::new(INFO_MS, move || {
                            dispatch.emit(Action::Dismiss(id))
                        })
                    })
                    .collect()
            } else {
                Vec::new()
            };
            move || drop(timers)
        });
    }
    if props.notices.is_empty() {
        return html! {};
    }
    html! {
        <div class="notices" aria-live="polite">
            { for props.notices.iter().map(|n| {
                let dispatch = dispatch.clone();
                let id = n.id;
                let dismiss = Callback::from(move |_| dispatch.emit(Action::Dismiss(id)));
                let (class, role) = match n.tone {
                    Tone::Info => ("notice info", "status"),
                    Tone::Problem => ("notice problem", "alert"),
                };
                html! {
                    <div class={class} role={role} data-testid="notice" key={n.id}>
                        <p>{n.text.clone()}</p>
                        <button type="button" class="ghost" onclick={dismiss} aria-label="Dismiss this message">{"×"}</button>
                    </div>
                }
            }) }
        </div>
    }
}
