//! The app in a real browser (headless Chromium, wasm-bindgen-test): it mounts, runs the
//! default scenario without freezing the page, and draws its charts. The test runner's server
//! has no `worker_loader.js`, so every web worker fails to load here: this also tests that the
//! app then runs on the page instead (`pool` falls back to `runner::run`).
#![cfg(all(target_arch = "wasm32", feature = "web"))]

use gloo_timers::future::TimeoutFuture;
use pipesim::web::components::app::App;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn text_of(root: &web_sys::Element, selector: &str) -> Option<String> {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
}

#[wasm_bindgen_test]
async fn app_mounts_runs_and_draws() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();

    // Wait for the first run (debounce, then time-sliced trials) to finish.
    let mut status = String::new();
    let mut polls = 0;
    let mut saw_progress = false;
    for _ in 0..1200 {
        TimeoutFuture::new(100).await;
        polls += 1;
        status = text_of(&root, "[data-testid=run-status]").unwrap_or_default();
        saw_progress |= status.starts_with("Running");
        if status == "Done" {
            break;
        }
    }
    assert_eq!(status, "Done", "the default run finishes");
    assert!(polls > 1, "the page stayed responsive while running");
    assert!(
        saw_progress || polls < 5,
        "progress was shown while running"
    );
    let bookings = text_of(&root, "[data-testid=kpi-bookings]").expect("KPI card");
    assert!(
        bookings.starts_with('$'),
        "bookings read as money: {bookings}"
    );
    for id in ["chart-bookings", "chart-histogram", "chart-by-source"] {
        let svg = root
            .query_selector(&format!("[data-testid={id}] svg"))
            .unwrap();
        assert!(svg.is_some(), "{id} is drawn");
    }
    // The run on the page hashed its rows as it made them: the digest of the whole run.
    let shown = root
        .query_selector("[data-testid=results]")
        .unwrap()
        .and_then(|e| e.get_attribute("data-digests"))
        .unwrap_or_default();
    let workspace = pipesim::web::state::AppState::initial().workspace;
    let settings = pipesim::engine::RunSettings {
        trials: workspace.run.trials,
        seed: workspace.run.seed,
        threads: 1,
    };
    let run = pipesim::engine::simulate(&workspace.scenarios[0], &settings).expect("runs");
    assert_eq!(shown, format!("{:016x}", run.digest()));
}

/// Local storage in the real browser: the library and this tab's autosave round-trip,
/// unreadable text is kept under a backup key, another tab's autosave comes back as an orphan
/// for the library's drafts, and a newer version's library is locked, never written.
#[wasm_bindgen_test]
fn storage_round_trips_keeps_unreadable_text_and_locks_newer_data() {
    use pipesim::presets;
    use pipesim::share::{Autosave, Library};
    use pipesim::web::storage::{self, LIBRARY_KEY, UNREADABLE_PREFIX};

    let local = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    local.clear().unwrap();
    let workspace = presets::comparison("founder-led", "vp-first").unwrap();
    let mut library = Library::default();
    library.save_new("Board plan", workspace.clone(), 1.0);
    storage::save_library(&library).unwrap();
    let autosave = Autosave {
        workspace: workspace.clone(),
        selected: 1,
        model: Some(1),
        saved_at_ms: 5.0,
    };
    storage::save_autosave(&autosave).unwrap();
    let other = Autosave {
        saved_at_ms: 2.0,
        ..autosave.clone()
    };
    local
        .set_item("pipesim.autosave.othertab", &other.to_json())
        .unwrap();
    let boot = storage::boot();
    assert_eq!(boot.library, Ok(library));
    assert_eq!(boot.autosave, Ok(Some(autosave)));
    assert_eq!(boot.orphans, vec![other]);
    assert_eq!(
        boot.orphan_keys,
        vec!["pipesim.autosave.othertab".to_string()]
    );
    storage::forget(&boot.orphan_keys);
    assert_eq!(local.get_item("pipesim.autosave.othertab").unwrap(), None);

    local
        .set_item(
            &storage::autosave_key(),
            "{\"format\": 1, \"workspace\": 3}",
        )
        .unwrap();
    let err = storage::boot().autosave.unwrap_err().text();
    assert!(
        err.contains("could not read the autosaved workspace"),
        "{err}"
    );
    let backups: Vec<String> = (0..local.length().unwrap())
        .filter_map(|i| local.key(i).unwrap())
        .filter(|k| k.starts_with(UNREADABLE_PREFIX))
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert_eq!(
        local.get_item(&backups[0]).unwrap().as_deref(),
        Some("{\"format\": 1, \"workspace\": 3}")
    );

    // Run last: the lock lasts for the page's life.
    local
        .set_item(LIBRARY_KEY, "{\"format\": 7, \"models\": \"later\"}")
        .unwrap();
    let err = storage::boot().library.unwrap_err().text();
    assert!(err.contains("newer version of Pipesim"), "{err}");
    assert!(
        storage::save_library(&Library::default()).is_err(),
        "a newer library is never written"
    );
    assert_eq!(
        local.get_item(LIBRARY_KEY).unwrap().as_deref(),
        Some("{\"format\": 7, \"models\": \"later\"}")
    );
    local.clear().unwrap();
}

/// The address bar: a workspace's link is put there without a history entry and read back.
#[wasm_bindgen_test]
fn the_address_bar_holds_the_link() {
    use pipesim::presets;
    use pipesim::web::address;

    let window = web_sys::window().unwrap();
    let history_before = window.history().unwrap().length().unwrap();
    let workspace = presets::comparison("veteran-drift", "t-model").unwrap();
    address::show_in_address(&workspace);
    assert!(address::fragment().starts_with("w=1."));
    assert_eq!(address::link_in_address(), Some(Ok(workspace.clone())));
    assert_eq!(window.history().unwrap().length().unwrap(), history_before);
    assert!(address::share_link(&workspace).contains("#w=1."));
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#"))
        .unwrap();
    assert_eq!(address::link_in_address(), None);
}

/// A worker writes a batch's columns into the spent buffer the page sent back when it has
/// room, and into a new one when it has not.
#[wasm_bindgen_test]
fn a_spare_buffer_with_room_carries_the_next_columns() {
    use pipesim::web::worker::columns_array;
    let columns: Vec<f64> = (0..40).map(|i| i as f64 * 1.5).collect();
    let roomy = js_sys::ArrayBuffer::new(100 * 8);
    let array = columns_array(&columns, Some(roomy.clone()));
    assert!(
        js_sys::Object::is(&array.buffer(), &roomy),
        "the spare buffer is used"
    );
    assert_eq!(array.length(), 40);
    assert_eq!(array.to_vec(), columns);
    let small = js_sys::ArrayBuffer::new(10 * 8);
    let array = columns_array(&columns, Some(small.clone()));
    assert!(
        !js_sys::Object::is(&array.buffer(), &small),
        "a spare too small is not used"
    );
    assert_eq!(array.to_vec(), columns);
    assert_eq!(columns_array(&columns, None).to_vec(), columns);
}

/// The page grows its heap once for a run's columns: making them after `grow_heap_for` grows
/// the wasm memory no further (each column's allocation grew it by itself before).
#[wasm_bindgen_test]
fn a_runs_columns_fit_the_heap_grown_for_them() {
    use pipesim::engine::METRIC_COUNT;
    use pipesim::report::Columns;
    use pipesim::web::pool::grow_heap_for;
    use wasm_bindgen::JsCast;
    let memory_bytes = || {
        wasm_bindgen::memory()
            .unchecked_into::<js_sys::WebAssembly::Memory>()
            .buffer()
            .unchecked_into::<js_sys::ArrayBuffer>()
            .byte_length()
    };
    // Larger than anything this test binary made before, so that the memory must grow.
    let (trials, quarters) = (20_000, 16);
    let before = memory_bytes();
    grow_heap_for(trials * quarters * METRIC_COUNT);
    let grown = memory_bytes();
    assert!(grown > before, "the heap grew for the columns");
    let columns = Columns::for_run(trials, quarters);
    assert_eq!(
        memory_bytes(),
        grown,
        "the columns fit the room made for them"
    );
    drop(columns);
}
