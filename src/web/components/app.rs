//! The page: holds the state, starts a run whenever the workspace changes, keeps the work in
//! local storage and its link in the address bar, opens dropped and picked files and pasted
//! links, and lays out the parts. Every decision about what opening something means lives in
//! `crate::web::state`; this file only connects it to the browser.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use super::editor::Editor;
use super::library_panel::{name_to_offer, LibraryPanel};
use super::notices::Notices;
use super::preset_picker::PresetPicker;
use super::results::ResultsPanel;
use super::run_status::RunStatus;
use super::scenario_tabs::ScenarioTabs;
use super::share_bar::ShareBar;
use crate::share::{workspace_from_text, Autosave, Library};
use crate::web::dispatch::DispatchProvider;
use crate::web::pool::{worker_count, WorkerPool};
use crate::web::state::{link_problem, Action, AppState, Notice, Origin, RunState, Startup};
use crate::web::{address, clock, files, runner, storage};

/// How long the address bar waits after an edit before it follows, in milliseconds.
pub const ADDRESS_DELAY_MS: u32 = 300;

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
        };
        (startup, boot.orphan_keys)
    } else {
        let startup = Startup {
            library: Ok(Library::default()),
            autosave: Ok(None),
            orphans: Vec::new(),
            link: None,
            now_ms: 0.0,
        };
        (startup, Vec::new())
    }
}

/// Reads a picked or dropped file and opens it, or says why not.
fn open_file(file: web_sys::File, dispatch: Callback<Action>) {
    wasm_bindgen_futures::spawn_local(async move {
        let name = file.name();
        let opened = files::read_text(&file)
            .await
            .and_then(|text| workspace_from_text(&text).map_err(|e| e.summary(6)));
        dispatch.emit(match opened {
            Ok(workspace) => Action::Open {
                workspace: Box::new(workspace),
                origin: Origin::File(name),
                now_ms: clock::now_ms(),
            },
            Err(why) => Action::Notify(Notice::problem(format!(
                "The file {name} could not be opened, and your workspace is unchanged. Why: {why}"
            ))),
        });
    });
}

/// Shows a storage problem once, not on every edit.
fn report_storage(
    result: Result<(), String>,
    last: &RefCell<Option<String>>,
    dispatch: &Callback<Action>,
) {
    let problem = result.err();
    if problem.is_some() && *last.borrow() != problem {
        dispatch.emit(Action::Notify(Notice::problem(
            problem.clone().unwrap_or_default(),
        )));
    }
    *last.borrow_mut() = problem;
}

/// The whole app.
#[function_component]
pub fn App() -> Html {
    let orphan_keys = use_mut_ref(Vec::<String>::new);
    let state = {
        let orphan_keys = orphan_keys.clone();
        use_reducer(move || {
            let (startup, keys) = startup();
            *orphan_keys.borrow_mut() = keys;
            AppState::start(startup)
        })
    };
    let latest = use_mut_ref(|| Rc::new(Cell::new(0u64)));
    // The address bar follows the newest change only: each change takes the next number.
    let address_change = use_mut_ref(|| 0u64);
    // Whether a run is waiting or going, for the address bar to wait its turn.
    let running = use_mut_ref(|| false);
    let library_problem = use_mut_ref(|| None::<String>);
    let autosave_problem = use_mut_ref(|| None::<String>);
    let stored_library = use_mut_ref(|| None::<Library>);
    let dragging = use_state(|| false);
    // One callback for the page's life (the dispatcher never changes), so that the children
    // given it keep equal props and skip the render of every progress message of a run.
    let dispatch = use_callback(state.dispatcher(), |action: Action, dispatcher| {
        dispatcher.dispatch(action)
    });

    // The workers start with the page, so the first run finds them warm.
    let pool = use_mut_ref(|| {
        if cfg!(target_arch = "wasm32") {
            WorkerPool::new(worker_count())
        } else {
            None
        }
    });
    let ran = use_mut_ref(|| false);
    // Every new generation of the workspace gets a run (at once on opening, after a short
    // pause after an edit); a newer one makes the older stop.
    {
        let dispatch = dispatch.clone();
        let workspace = state.workspace.clone();
        let latest = latest.borrow().clone();
        let pool = pool.borrow().clone();
        let ran = ran.clone();
        use_effect_with(state.generation, move |generation| {
            let generation = *generation;
            latest.set(generation);
            if cfg!(target_arch = "wasm32") {
                let first = !ran.replace(true);
                wasm_bindgen_futures::spawn_local(async move {
                    if !first {
                        gloo_timers::future::TimeoutFuture::new(runner::DEBOUNCE_MS).await;
                    }
                    if latest.get() != generation {
                        return;
                    }
                    match pool {
                        Some(pool) => pool.start(workspace, generation, latest, dispatch),
                        None => runner::run(workspace, generation, latest, dispatch).await,
                    }
                });
            }
        });
    }
    // A cancel makes the runner stop at its next slice, and the workers drop the run.
    {
        let latest = latest.borrow().clone();
        let pool = pool.borrow().clone();
        let cancelled = state.run == RunState::Cancelled;
        use_effect_with(cancelled, move |cancelled| {
            if *cancelled {
                latest.set(u64::MAX);
                if let Some(pool) = pool {
                    pool.stop();
                }
            }
        });
    }
    {
        let running = running.clone();
        let busy = matches!(state.run, RunState::Pending | RunState::Running { .. });
        use_effect_with(busy, move |busy| *running.borrow_mut() = *busy);
    }
    // Store every change at once: the library first (it may hold a draft of the work the
    // autosave held), then this tab's autosave; the address bar follows after a pause, and
    // after the run: writing it (`history.replaceState` with the link) held the main thread
    // 14 ms, during the run, which the workers need on a small machine (BENCHMARKS.md).
    {
        let dispatch = dispatch.clone();
        let (address_change, running) = (address_change.clone(), running.clone());
        let (library_problem, autosave_problem) =
            (library_problem.clone(), autosave_problem.clone());
        let (stored_library, orphan_keys) = (stored_library.clone(), orphan_keys.clone());
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
                            storage::forget(&std::mem::take(&mut *orphan_keys.borrow_mut()));
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
                    let workspace = autosave.workspace;
                    let change = {
                        let mut last = address_change.borrow_mut();
                        *last += 1;
                        *last
                    };
                    let newest = move || *address_change.borrow() == change;
                    wasm_bindgen_futures::spawn_local(async move {
                        let pause = || gloo_timers::future::TimeoutFuture::new(ADDRESS_DELAY_MS);
                        pause().await;
                        // A run that never ends (a hung worker) holds it back a minute at most.
                        for _ in 0..60_000 / ADDRESS_DELAY_MS {
                            if !(newest() && *running.borrow()) {
                                break;
                            }
                            pause().await;
                        }
                        if newest() {
                            address::show_in_address(&workspace);
                        }
                    });
                }
            },
        );
    }
    // Another tab's changes to the library show here too, so saving here never drops them.
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
    // The shipped presets, parsed once for the "is this a preset as shipped?" check of every
    // open, are parsed while the page is idle rather than during the first open.
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
    // A link pasted into the address bar of the open page opens like any link.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = if cfg!(target_arch = "wasm32") {
                address::on_link_change(move |link| {
                    let action = match link {
                        Ok(w) => Action::Open {
                            workspace: Box::new(w),
                            origin: Origin::Link,
                            now_ms: clock::now_ms(),
                        },
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

    let on_file = use_callback(dispatch.clone(), |file: web_sys::File, dispatch| {
        open_file(file, dispatch.clone())
    });
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

    let selected = state.selected.min(state.workspace.scenarios.len() - 1);
    let model_name = state
        .model
        .and_then(|id| state.library.get(id))
        .map(|m| AttrValue::from(m.name.clone()));
    html! {
        <DispatchProvider dispatch={dispatch.clone()}>
        <div class={classes!("app", dragging.then_some("dragging"))} data-testid="app"
            ondragover={on_dragover} ondragleave={on_dragleave} ondrop={on_drop}>
            <header class="topbar">
                <div class="brand">
                    <h1>{"Pipesim"}</h1>
                    <p class="tagline">{"Monte Carlo planning for a B2B sales team"}</p>
                </div>
                <ShareBar workspace={state.workspace.clone()} model_name={model_name}
                    on_file={on_file} />
                <RunStatus run={state.run.clone()} trials={state.workspace.run.trials}
                    current={state.results_are_current()} />
            </header>
            <Notices notices={state.notices.clone()} />
            if *dragging {
                <div class="drop-hint" aria-hidden="true">{"Drop a workspace or scenario file to open it"}</div>
            }
            <main class="layout">
                <aside class="side" aria-label="Model">
                    <LibraryPanel library={state.library.clone()} model={state.model} saved={state.is_saved()}
                        suggested={name_to_offer(&state.library, state.model, &state.workspace)} />
                    <PresetPicker />
                    <ScenarioTabs workspace={state.workspace.clone()} selected={selected} />
                    <Editor key={format!("{}-{}", state.workspace.scenarios.len(), selected)}
                        index={selected} scenario={state.workspace.scenarios[selected].clone()} />
                </aside>
                <section class="main" aria-label="Results">
                    <ResultsPanel results={state.results.clone()} stale={!state.results_are_current()} not_run={matches!(state.run, RunState::Failed(_))} />
                </section>
            </main>
        </div>
        </DispatchProvider>
    }
}
