//! Sharing and files in the header: copy the workspace's link, download it as JSON, open a
//! file. A copy is confirmed on the button; if the browser refuses the clipboard, the link is
//! shown selected for a manual copy.

use std::rc::Rc;

use yew::prelude::*;

use crate::format::file_stem;
use crate::i18n::{Args, Message};
use crate::model::Workspace;
use crate::share::suggested_name;
use crate::web::dispatch::use_dispatch;
use crate::web::language::use_language;
use crate::web::state::{Action, Notice};
use crate::web::{address, files};

/// Props of [`ShareBar`].
#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    /// The workspace being edited.
    pub workspace: Workspace,
    /// The name of the library model it belongs to, for file names.
    #[prop_or_default]
    pub model_name: Option<AttrValue>,
    /// Opens a picked file (the app reads it; see `app::open_file`).
    pub on_file: Callback<web_sys::File>,
}

/// What the copy button last did.
#[derive(Clone, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    /// The clipboard was refused: show this link for a manual copy.
    Manual(Rc<str>),
}

/// Copy link, download JSON, open a file.
#[function_component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    let dispatch = use_dispatch();
    let language = use_language();
    let copy_state = use_state(|| CopyState::Idle);
    let stem = file_stem(
        props
            .model_name
            .as_deref()
            .map(str::to_string)
            .unwrap_or_else(|| suggested_name(&props.workspace))
            .as_str(),
    );
    let on_copy = {
        let workspace = props.workspace.clone();
        let copy_state = copy_state.clone();
        Callback::from(move |_| {
            let link = address::share_link(&workspace);
            address::show_in_address(&workspace);
            let copy_state = copy_state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match files::copy_text(&link).await {
                    Ok(()) => {
                        copy_state.set(CopyState::Copied);
                        gloo_timers::future::TimeoutFuture::new(2_500).await;
                        copy_state.set(CopyState::Idle);
                    }
                    Err(_) => copy_state.set(CopyState::Manual(link.into())),
                }
            });
        })
    };
    let on_download = {
        let workspace = props.workspace.clone();
        let dispatch = dispatch.clone();
        let name = format!("{stem}.json");
        Callback::from(move |_| {
            if let Err(e) =
                files::download_text(&name, "application/json", &workspace.to_json_pretty())
            {
                dispatch.emit(Action::Notify(Notice::problem(Message::with(
                    "share-download-failed",
                    Args::new().text("reason", e),
                ))));
            }
        })
    };
    let on_pick = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = crate::web::files::picked(&e) {
                on_file.emit(file);
            }
        })
    };
    let copied = *copy_state == CopyState::Copied;
    html! {
        <div class="share-bar">
            <button type="button" class={classes!("primary", copied.then_some("done"))} onclick={on_copy}
                data-testid="copy-link" aria-live="polite">
                { language.say(if copied { "share-link-copied" } else { "share-copy-link" }) }
            </button>
            <button type="button" onclick={on_download} data-testid="download-json">{language.say("share-download-json")}</button>
            <label class="button file-pick">
                {language.say("share-open-file")}
                <input type="file" accept=".json,application/json,text/plain" onchange={on_pick}
                    data-testid="import-file" aria-label={language.say("share-open-file-label")} />
            </label>
            if let CopyState::Manual(link) = &*copy_state {
                <label class="manual-copy">
                    {language.say("share-copy-blocked")}
                    <input type="text" readonly=true value={link.to_string()} data-testid="share-link"
                        onfocus={Callback::from(|e: FocusEvent| {
                            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                            input.select();
                        })} />
                </label>
            }
        </div>
    }
}
