//! The undo and redo buttons above the scenarios, each off when there is nothing to take back
//! or bring back, with the keys that do the same in their tooltips (`hooks::history`).

use yew::prelude::*;

use crate::web::dispatch::use_dispatch;
use crate::web::language::use_language;
use crate::web::state::Action;

/// Props of [`UndoButtons`].
#[derive(Properties, PartialEq)]
pub struct UndoButtonsProps {
    /// There is a step to undo.
    pub can_undo: bool,
    /// There is a step to redo.
    pub can_redo: bool,
}

/// Undo and redo.
#[function_component]
pub fn UndoButtons(props: &UndoButtonsProps) -> Html {
    let language = use_language();
    let dispatch = use_dispatch();
    let button = |action: Action,
                  label: &str,
                  title: &str,
                  keys: &str,
                  enabled: bool,
                  testid: &str| {
        let dispatch = dispatch.clone();
        html! {
            <button type="button" data-testid={testid.to_string()}
                title={language.say(title)} aria-keyshortcuts={keys.to_string()} disabled={!enabled}
                onclick={Callback::from(move |_: MouseEvent| dispatch.emit(action.clone()))}>
                {language.say(label)}
            </button>
        }
    };
    html! {
        <div class="undo-buttons" role="group" aria-label={language.say("undo-group-label")}>
            {button(Action::Undo, "undo", "undo-title", "Control+Z Meta+Z", props.can_undo, "undo")}
            {button(Action::Redo, "redo", "redo-title", "Control+Shift+Z Meta+Shift+Z Control+Y", props.can_redo, "redo")}
        </div>
    }
}
