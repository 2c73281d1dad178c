//! Saved models: save the workspace under a name, and open, rename, duplicate or delete saved
//! models and drafts. Delete asks once more; the library itself lives in the app's state and is
//! stored by the app.

use yew::prelude::*;

use crate::format::utc_minute;
use crate::share::{suggested_name, Library, ModelKind, SavedModel};
use crate::web::clock::now_ms;
use crate::web::dispatch::use_dispatch;
use crate::web::hooks::use_suggested_text;
use crate::web::state::{Action, Origin};

/// Props of [`LibraryPanel`].
#[derive(Properties, PartialEq)]
pub struct LibraryPanelProps {
    /// Saved models and drafts.
    pub library: Library,
    /// The model the workspace belongs to.
    pub model: Option<u64>,
    /// Whether the workspace equals that model.
    pub saved: bool,
    /// The name to offer when saving.
    pub suggested: AttrValue,
}

/// The library panel.
#[function_component]
pub fn LibraryPanel(props: &LibraryPanelProps) -> Html {
    let dispatch = use_dispatch();
    // A different model (opened or saved as) brings its own name into the box.
    let name = use_suggested_text(&props.suggested);
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            name.set(input.value());
        })
    };
    let on_save = {
        let dispatch = dispatch.clone();
        let name = name.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dispatch.emit(Action::Save {
                name: (*name).clone(),
                now_ms: now_ms(),
            });
        })
    };
    let status = match (
        props.model.and_then(|id| props.library.get(id)),
        props.saved,
    ) {
        (Some(m), true) => format!("Saved as \u{201c}{}\u{201d}", m.name),
        (Some(m), false) => format!("Unsaved changes to \u{201c}{}\u{201d}", m.name),
        (None, _) => "Not saved yet (autosaved in this browser)".to_string(),
    };
    let of_kind = |kind: ModelKind| -> Vec<SavedModel> {
        props
            .library
            .models
            .iter()
            .filter(|m| m.kind == kind)
            .cloned()
            .collect()
    };
    let (saved, drafts) = (of_kind(ModelKind::Saved), of_kind(ModelKind::Draft));
    html! {
        <details class="panel library" open=true data-testid="library">
            <summary><h2>{format!("Saved models ({})", saved.len())}</h2></summary>
            <p class="library-status" data-testid="save-status">{status}</p>
            <form class="save-form" onsubmit={on_save}>
                <input type="text" value={(*name).clone()} oninput={on_name} maxlength="200"
                    aria-label="Name to save as" data-testid="save-name" />
                <button type="submit" class="primary" data-testid="save-model">{"Save"}</button>
            </form>
            <ModelList models={saved.clone()} current={props.model} />
            if !drafts.is_empty() {
                <h3 class="drafts-heading">{"Drafts set aside"}</h3>
                <p class="help">{"Work that was open when something else was opened over it."}</p>
                <ModelList models={drafts.clone()} current={props.model} />
            }
        </details>
    }
}

/// Props of [`ModelList`].
#[derive(Properties, PartialEq)]
pub struct ModelListProps {
    /// The models to list.
    pub models: Vec<SavedModel>,
    /// The model the workspace belongs to.
    pub current: Option<u64>,
}

/// A list of saved models or drafts with their actions.
#[function_component]
pub fn ModelList(props: &ModelListProps) -> Html {
    let send = use_dispatch();
    let confirming = use_state(|| None::<u64>);
    let renaming = use_state(|| None::<u64>);
    html! {
        <ul class="model-list">
            { for props.models.iter().map(|m| {
                let id = m.id;
                let dispatch = send.clone();
                let workspace = m.workspace.clone();
                let open = Callback::from(move |_| dispatch.emit(Action::Open { workspace: Box::new(workspace.clone()), origin: Origin::Library(id), now_ms: now_ms() }));
                let dispatch = send.clone();
                let duplicate = Callback::from(move |_| dispatch.emit(Action::DuplicateModel { id, now_ms: now_ms() }));
                let ask = { let c = confirming.clone(); Callback::from(move |_| c.set(Some(id))) };
                let keep = { let c = confirming.clone(); Callback::from(move |_| c.set(None)) };
                let dispatch = send.clone();
                let delete = { let c = confirming.clone(); Callback::from(move |_| { c.set(None); dispatch.emit(Action::DeleteModel(id)); }) };
                let start_rename = { let r = renaming.clone(); Callback::from(move |_| r.set(Some(id))) };
                let dispatch = send.clone();
                let finish_rename = {
                    let r = renaming.clone();
                    Callback::from(move |e: Event| {
                        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                        dispatch.emit(Action::RenameModel { id, name: input.value() });
                        r.set(None);
                    })
                };
                let current = props.current == Some(id);
                html! {
                    <li class={classes!("model", current.then_some("current"))} data-testid={format!("model-{id}")}>
                        if *renaming == Some(id) {
                            <input type="text" value={m.name.clone()} onchange={finish_rename} maxlength="200"
                                aria-label="New name" data-testid={format!("rename-input-{id}")} />
                        } else {
                            <span class="model-name">{m.name.clone()}</span>
                        }
                        <span class="model-date">{format!("{} · {} scenario{}", utc_minute(m.saved_at_ms), m.workspace.scenarios.len(), if m.workspace.scenarios.len() == 1 { "" } else { "s" })}</span>
                        <span class="model-actions">
                            <button type="button" onclick={open} data-testid={format!("open-model-{id}")}>{"Open"}</button>
                            <button type="button" class="ghost" onclick={start_rename} data-testid={format!("rename-model-{id}")}>{"Rename"}</button>
                            <button type="button" class="ghost" onclick={duplicate} data-testid={format!("duplicate-model-{id}")}>{"Duplicate"}</button>
                            if *confirming == Some(id) {
                                <button type="button" class="danger" onclick={delete} data-testid={format!("confirm-delete-{id}")}>{"Delete for good"}</button>
                                <button type="button" class="ghost" onclick={keep}>{"Keep"}</button>
                            } else {
                                <button type="button" class="ghost danger" onclick={ask} data-testid={format!("delete-model-{id}")}>{"Delete"}</button>
                            }
                        </span>
                    </li>
                }
            }) }
        </ul>
    }
}

/// The name to offer in the save box: the current model's, else the scenarios'.
pub fn name_to_offer(
    library: &Library,
    model: Option<u64>,
    workspace: &crate::model::Workspace,
) -> String {
    model
        .and_then(|id| library.get(id))
        .map(|m| m.name.clone())
        .unwrap_or_else(|| suggested_name(workspace))
}
