//! Files opened on the page: dropped anywhere on it or picked in the share bar. Reading one is
//! the browser's; what opening it means (the current work set aside first) is the state's.

use yew::prelude::*;

use crate::share::workspace_from_text;
use crate::web::state::{file_problem, Action, Origin, Why};
use crate::web::{clock, files};

/// Reads a picked or dropped file and opens it, or says why not.
fn open_file(file: web_sys::File, dispatch: Callback<Action>) {
    wasm_bindgen_futures::spawn_local(async move {
        let name = file.name();
        let opened = files::read_text(&file)
            .await
            .map_err(Why::Text)
            .and_then(|text| workspace_from_text(&text).map_err(Why::Import));
        dispatch.emit(match opened {
            Ok(workspace) => Action::Open {
                workspace: Box::new(workspace),
                origin: Origin::File(name),
                now_ms: clock::now_ms(),
            },
            Err(why) => Action::Notify(file_problem(&name, why)),
        });
    });
}

/// Whether a file is being dragged over the page, and the page's handlers.
pub struct FileDrop {
    /// A file is over the page.
    pub dragging: bool,
    /// Opens a picked file.
    pub on_file: Callback<web_sys::File>,
    /// The page's `dragover`: a file is over it.
    pub on_dragover: Callback<DragEvent>,
    /// The page's `dragleave`: the file left the page (not just one of its parts).
    pub on_dragleave: Callback<DragEvent>,
    /// The page's `drop`: opens the file.
    pub on_drop: Callback<DragEvent>,
}

/// Whether `file` is a table (a CRM export to calibrate from) rather than a model.
fn is_export(file: &web_sys::File) -> bool {
    let name = file.name().to_ascii_lowercase();
    name.ends_with(".csv")
        || name.ends_with(".tsv")
        || matches!(
            file.type_().as_str(),
            "text/csv" | "text/tab-separated-values" | "application/vnd.ms-excel"
        )
}

/// Opens files dropped on the page or picked: a model is opened, an export (`.csv`, `.tsv`)
/// goes to `on_export`, to calibrate from.
#[hook]
pub fn use_file_drop(dispatch: &Callback<Action>, on_export: &Callback<web_sys::File>) -> FileDrop {
    let dragging = use_state(|| false);
    let on_file = use_callback(
        (dispatch.clone(), on_export.clone()),
        |file: web_sys::File, (dispatch, on_export)| {
            if is_export(&file) {
                on_export.emit(file)
            } else {
                open_file(file, dispatch.clone())
            }
        },
    );
    let on_dragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let on_dragleave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Only leaving the page itself ends the drag, not moving between children.
            if e.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let on_drop = {
        let dragging = dragging.clone();
        let on_file = on_file.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                on_file.emit(file);
            }
        })
    };
    FileDrop {
        dragging: *dragging,
        on_file,
        on_dragover,
        on_dragleave,
        on_drop,
    }
}
