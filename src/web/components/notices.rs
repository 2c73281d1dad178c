//! Messages for the user above the page: what was opened or saved, and what could not be done
//! and why, said in the page's language when shown (so a switch says them again). Text only: a
//! message may quote a file name or a link's content. Info messages go
//! away by themselves after a while; problems stay until dismissed.

use yew::prelude::*;

use crate::web::dispatch::use_dispatch;
use crate::web::hooks::use_auto_dismiss;
use crate::web::language::use_language;
use crate::web::state::{Action, Notice, Tone};

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
    let language = use_language();
    use_auto_dismiss(&props.notices);
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
                        <p>{n.say(&language.catalogue)}</p>
                        <button type="button" class="ghost" onclick={dismiss} aria-label={language.say("notice-dismiss")}>{"×"}</button>
                    </div>
                }
            }) }
        </div>
    }
}
