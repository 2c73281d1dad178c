//! The app's state as the page opens it: what storage and the address bar hold (nothing
//! natively) made into the first state by `state::Startup`, and the one dispatch that every
//! component gets by context; and the presets parsed once the page is idle.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::share::Library;
use crate::web::state::{Action, AppState, Startup};
use crate::web::{address, clock, storage};

/// What the page finds on opening: storage and the address bar (nothing natively), and the
/// keys of other tabs' autosaves to remove once they are stored as drafts.
fn startup() -> (Startup, Vec<String>) {
    if cfg!(target_arch = "wasm32") {
        let boot = storage::boot();
        let link = address::new_link_in_address();
        if let Some(Ok(_)) = &link {
            address::remember(&address::fragment());
        }
        let startup = Startup {
            library: boot.library,
            autosave: boot.autosave,
            orphans: boot.orphans,
            link,
            now_ms: clock::now_ms(),
            history: storage::load_history(),
        };
        (startup, boot.orphan_keys)
    } else {
        let startup = Startup {
            library: Ok(Library::default()),
            autosave: Ok(None),
            orphans: Vec::new(),
            link: None,
            now_ms: 0.0,
            history: None,
        };
        (startup, Vec::new())
    }
}

/// The state, its dispatch, and what opening left for the storage to do.
pub struct AppHandle {
    /// The state.
    pub state: UseReducerHandle<AppState>,
    /// Sends actions to the state: one callback for the page's life.
    pub dispatch: Callback<Action>,
    /// The storage keys of other tabs' autosaves, set aside as drafts: removed once the
    /// library holding the drafts is stored.
    pub orphan_keys: Rc<Cell<Vec<String>>>,
}

/// The app's state, opened from storage and the address bar.
#[hook]
pub fn use_app_state() -> AppHandle {
    let orphan_keys = use_memo((), |_| Cell::new(Vec::<String>::new()));
    let state = {
        let orphan_keys = orphan_keys.clone();
        use_reducer(move || {
            let (startup, keys) = startup();
            orphan_keys.set(keys);
            AppState::start(startup)
        })
    };
    // One callback for the page's life (the dispatcher never changes), so that the children
    // given it keep equal props and skip the render of every progress message of a run.
    let dispatch = use_callback(state.dispatcher(), |action: Action, dispatcher| {
        dispatcher.dispatch(action)
    });
    AppHandle {
        state,
        dispatch,
        orphan_keys,
    }
}

/// The shipped presets, parsed once for the "is this a preset as shipped?" check of every
/// open, are parsed while the page is idle rather than during the first open.
#[hook]
pub fn use_presets_parsed_when_idle() {
    use_effect_with((), |_| {
        if cfg!(target_arch = "wasm32") {
            gloo_timers::callback::Timeout::new(250, || {
                crate::share::is_pristine_preset(&crate::model::Workspace::single(
                    Default::default(),
                ));
            })
            .forget();
        }
    });
}
