//! The work kept in local storage: every change stored at once, the library first (it may hold
//! a draft of the work the autosave held), then this tab's autosave; a storage problem shown
//! once, not on every edit; and another tab's changes to the library taken in here, so that
//! saving here never drops them.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::share::{Autosave, Library};
use crate::web::state::{Action, AppState, Notice};
use crate::web::{clock, storage};

/// Shows a storage problem once, not on every edit.
fn report_storage(
    result: Result<(), Notice>,
    last: &RefCell<Option<Notice>>,
    dispatch: &Callback<Action>,
) {
    let problem = result.err();
    if let Some(notice) = &problem {
        if last.borrow().as_ref() != Some(notice) {
            dispatch.emit(Action::Notify(notice.clone()));
        }
    }
    *last.borrow_mut() = problem;
}

/// Keeps the library and this tab's autosave stored; removes the keys in `orphan_keys` (other
/// tabs' autosaves) once the library holding their drafts is stored.
#[hook]
pub fn use_storage(
    state: &AppState,
    dispatch: &Callback<Action>,
    orphan_keys: Rc<Cell<Vec<String>>>,
) {
    let library_problem = use_mut_ref(|| None::<Notice>);
    let autosave_problem = use_mut_ref(|| None::<Notice>);
    let stored_library = use_mut_ref(|| None::<Library>);
    {
        let dispatch = dispatch.clone();
        let autosave = Autosave {
            workspace: state.workspace.clone(),
            selected: state.selected,
            model: state.model,
            saved_at_ms: 0.0,
        };
        use_effect_with(
            (state.library.clone(), autosave),
            move |(library, autosave)| {
                if cfg!(target_arch = "wasm32") {
                    if stored_library.borrow().as_ref() != Some(library) {
                        let stored = storage::save_library(library);
                        if stored.is_ok() {
                            *stored_library.borrow_mut() = Some(library.clone());
                            storage::forget(&orphan_keys.take());
                        }
                        report_storage(stored, &library_problem, &dispatch);
                    }
                    let autosave = Autosave {
                        saved_at_ms: clock::now_ms(),
                        ..autosave.clone()
                    };
                    report_storage(
                        storage::save_autosave(&autosave),
                        &autosave_problem,
                        &dispatch,
                    );
                }
            },
        );
    }
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = if cfg!(target_arch = "wasm32") {
                storage::on_library_change(move |library| {
                    dispatch.emit(Action::LibraryChangedElsewhere(Box::new(library)))
                })
            } else {
                None
            };
            move || drop(listener)
        });
    }
}
