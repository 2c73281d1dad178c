//! Saved models: save the workspace under a name, and open, rename, duplicate or delete saved
//! models and drafts. Delete asks once more; the library itself lives in the app's state and is
//! stored by the app.

use yew::prelude::*;

use crate::format::utc_minute;
use crate::i18n::{Args, Catalogue};
use crate::share::library::suggested_name_in;
use crate::share::{Library, ModelKind, SavedModel};
use crate::web::clock::now_ms;
use crate::web::dispatch::use_dispatch;
use crate::web::hooks::use_suggested_text;
use crate::web::language::use_language;
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
    let language = use_language();
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
        (Some(m), true) => language.say_with(
            "library-saved-as",
            &Args::new().text("name", m.name.clone()),
        ),
        (Some(m), false) => language.say_with(
            "library-unsaved-changes",
            &Args::new().text("name", m.name.clone()),
        ),
        (None, _) => language.say("library-not-saved"),
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
            <summary><h2>{language.say_with("library-heading", &Args::new().text("count", saved.len().to_string()))}</h2></summary>
            <p class="library-status" data-testid="save-status">{status}</p>
            <form class="save-form" onsubmit={on_save}>
                <input type="text" value={(*name).clone()} oninput={on_name} maxlength="200"
                    aria-label={language.say("library-save-name-label")} data-testid="save-name" />
                <button type="submit" class="primary" data-testid="save-model">{language.say("library-save")}</button>
            </form>
            <ModelList models={saved.clone()} current={props.model} />
            if !drafts.is_empty() {
                <h3 class="drafts-heading">{language.say("library-drafts-heading")}</h3>
                <p class="help">{language.say("library-drafts-help")}</p>
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
    let language = use_language();
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
                                aria-label={language.say("library-new-name")} data-testid={format!("rename-input-{id}")} />
                        } else {
                            <span class="model-name">{m.name.clone()}</span>
                        }
                        <span class="model-date">{language.say_with("library-model-line", &Args::new().text("saved", utc_minute(m.saved_at_ms)).number("n", m.workspace.scenarios.len() as f64).text("count", m.workspace.scenarios.len().to_string()))}</span>
                        <span class="model-actions">
                            <button type="button" onclick={open} data-testid={format!("open-model-{id}")}>{language.say("library-open")}</button>
                            <button type="button" class="ghost" onclick={start_rename} data-testid={format!("rename-model-{id}")}>{language.say("library-rename")}</button>
                            <button type="button" class="ghost" onclick={duplicate} data-testid={format!("duplicate-model-{id}")}>{language.say("library-duplicate")}</button>
                            if *confirming == Some(id) {
                                <button type="button" class="danger" onclick={delete} data-testid={format!("confirm-delete-{id}")}>{language.say("library-delete-for-good")}</button>
                                <button type="button" class="ghost" onclick={keep}>{language.say("library-keep")}</button>
                            } else {
                                <button type="button" class="ghost danger" onclick={ask} data-testid={format!("delete-model-{id}")}>{language.say("library-delete")}</button>
                            }
                        </span>
                    </li>
                }
            }) }
        </ul>
    }
}

/// The name to offer in the save box, in `catalogue`'s language: the current model's own
/// name, else its scenarios' names as the page's language joins them.
pub fn name_to_offer_in(
    library: &Library,
    model: Option<u64>,
    workspace: &crate::model::Workspace,
    catalogue: &Catalogue,
) -> String {
    model
        .and_then(|id| library.get(id))
        .map(|m| m.name.clone())
        .unwrap_or_else(|| suggested_name_in(workspace, catalogue))
}
