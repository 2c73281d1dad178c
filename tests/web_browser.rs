//! The app in a real browser (headless Chromium, wasm-bindgen-test): it mounts, runs the
//! default scenario on the page without freezing it, and draws its charts.
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
}

/// Local storage in the real browser: the library and autosave round-trip, and unreadable text
/// is kept under a backup key instead of being overwritten.
#[wasm_bindgen_test]
fn storage_round_trips_and_keeps_unreadable_text() {
    use pipesim::presets;
    use pipesim::share::{Autosave, Library};
    use pipesim::web::storage::{self, AUTOSAVE_KEY, LIBRARY_KEY};

    let local = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let workspace = presets::comparison("founder-led", "vp-first").unwrap();
    let mut library = Library::default();
    library.save_new("Board plan", workspace.clone(), 1.0);
    storage::save_library(&library).unwrap();
    assert_eq!(storage::load_library(), Ok(library));
    let autosave = Autosave {
        workspace,
        selected: 1,
        model: Some(1),
    };
    storage::save_autosave(&autosave).unwrap();
    assert_eq!(storage::load_autosave(), Ok(Some(autosave)));

    local
        .set_item(AUTOSAVE_KEY, "{\"format\": 1, \"workspace\": 3}")
        .unwrap();
    let err = storage::load_autosave().unwrap_err();
    assert!(
        err.contains("could not read the autosaved workspace"),
        "{err}"
    );
    assert_eq!(
        local
            .get_item(&format!("{AUTOSAVE_KEY}.unreadable"))
            .unwrap()
            .as_deref(),
        Some("{\"format\": 1, \"workspace\": 3}")
    );
    local.remove_item(LIBRARY_KEY).unwrap();
    assert_eq!(storage::load_library(), Ok(Library::default()));
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
