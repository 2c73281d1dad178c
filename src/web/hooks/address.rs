//! The address bar and the work: the link follows the workspace after a pause, and after the
//! run (writing it holds the main thread, which the workers need during a run on a small
//! machine); a link pasted into the address bar of the open page opens like any link.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::web::state::{link_problem, Action, AppState, Origin};
use crate::web::{address, clock};

/// How long the address bar waits after an edit before it follows, in milliseconds.
pub const ADDRESS_DELAY_MS: u32 = 300;

/// Puts the workspace's link in the address bar once edits pause and no run is `busy`, and
/// opens links pasted into it.
#[hook]
pub fn use_address_bar(
    state: &UseReducerHandle<AppState>,
    busy: Rc<Cell<bool>>,
    dispatch: &Callback<Action>,
) {
    // The address bar follows the newest change only: each change takes the next number.
    let last_change = use_memo((), |_| Cell::new(0u64));
    let pasted = Rc::clone(&last_change);
    // Every change of the workspace, and only those, takes a new generation.
    let state = state.clone();
    use_effect_with(state.generation, move |_| {
        if cfg!(target_arch = "wasm32") {
            let workspace = state.workspace.clone();
            let change = last_change.get() + 1;
            last_change.set(change);
            let newest = move || last_change.get() == change;
            wasm_bindgen_futures::spawn_local(async move {
                let pause = || gloo_timers::future::TimeoutFuture::new(ADDRESS_DELAY_MS);
                pause().await;
                // A run that never ends (a hung worker) holds it back a minute at most.
                for _ in 0..60_000 / ADDRESS_DELAY_MS {
                    if !(newest() && busy.get()) {
                        break;
                    }
                    pause().await;
                }
                if newest() {
                    address::show_in_address(&workspace);
                }
            });
        }
    });
    let dispatch = dispatch.clone();
    use_effect_with((), move |_| {
        let listener = if cfg!(target_arch = "wasm32") {
            address::on_link_change(move |link| {
                let action = match link {
                    Ok(w) => {
                        // A link pasted in is newer than any write still waiting: the
                        // previous workspace's link must not land over it before it opens.
                        pasted.set(pasted.get() + 1);
                        Action::Open {
                            workspace: Box::new(w),
                            origin: Origin::Link,
                            now_ms: clock::now_ms(),
                        }
                    }
                    Err(e) => Action::Notify(link_problem(&e)),
                };
                // Decoding was this task; opening and drawing get the next one.
                let dispatch = dispatch.clone();
                gloo_timers::callback::Timeout::new(0, move || dispatch.emit(action)).forget();
            })
        } else {
            None
        };
        move || drop(listener)
    });
}
