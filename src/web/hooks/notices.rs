//! Small hooks of the page's messages and forms: info messages that go away by themselves (a
//! timer per info message, dismissing it after [`INFO_MS`]; problems stay until dismissed),
//! and a text box that follows a suggestion until the user types.

use yew::prelude::*;

use crate::web::dispatch::use_dispatch;
use crate::web::state::{Action, Notice, Tone};

/// How long an info message stays, in milliseconds.
pub const INFO_MS: u32 = 8_000;

/// Dismisses each info message among `notices` after [`INFO_MS`]. The timers follow the set of
/// info messages shown, so a message that is dismissed by hand drops its timer.
#[hook]
pub fn use_auto_dismiss(notices: &[Notice]) {
    let dispatch = use_dispatch();
    let infos: Vec<u64> = notices
        .iter()
        .filter(|n| n.tone == Tone::Info)
        .map(|n| n.id)
        .collect();
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

/// A text the user edits that starts from `suggested` and takes it up again whenever it
/// changes (the name box of the library: a model opened or saved as brings its own name).
#[hook]
pub fn use_suggested_text(suggested: &AttrValue) -> UseStateHandle<String> {
    let text = use_state(|| suggested.to_string());
    {
        let text = text.clone();
        use_effect_with(suggested.clone(), move |s| text.set(s.to_string()));
    }
    text
}
