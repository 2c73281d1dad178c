//! The app: composes the hooks that connect the state to the browser (`crate::web::hooks`)
//! and hands the state to [`Page`], which lays out the parts. Every decision about what opening
//! something means lives in `crate::web::state`; every connection to the browser, in a hook.

use yew::prelude::*;

use super::page::Page;
use super::update_prompt::UpdatePrompt;
use crate::web::dispatch::DispatchContext;
use crate::web::hooks::{
    use_address_bar, use_analysis, use_app_state, use_app_update, use_calibration, use_file_drop,
    use_history, use_language_choice, use_presets_parsed_when_idle, use_run, use_storage,
    AppHandle,
};
use crate::web::language::Language;
use crate::web::state::RunState;

/// The whole app.
#[function_component]
pub fn App() -> Html {
    let AppHandle {
        state,
        dispatch,
        orphan_keys,
    } = use_app_state();
    let busy = use_run(&state, &dispatch);
    use_analysis(&state, &dispatch);
    use_storage(&state, &dispatch, orphan_keys);
    use_history(&state, &dispatch);
    use_address_bar(&state, busy, &dispatch);
    use_presets_parsed_when_idle();
    let language = use_language_choice();
    let on_export = use_calibration(&state, language.lang, &dispatch);
    let drop = use_file_drop(&dispatch, &on_export);
    // The service worker waits for the first run: its first visit's caching would slow it.
    let update = use_app_update(!matches!(
        state.run,
        RunState::Pending | RunState::Running { .. }
    ));
    html! {
        <ContextProvider<DispatchContext> context={dispatch.clone()}>
        <ContextProvider<Language> context={language}>
            <Page state={(*state).clone()} dragging={drop.dragging} on_file={drop.on_file}
                on_dragover={drop.on_dragover} on_dragleave={drop.on_dragleave}
                on_drop={drop.on_drop} {on_export} />
            <UpdatePrompt {update} />
        </ContextProvider<Language>>
        </ContextProvider<DispatchContext>>
    }
}
