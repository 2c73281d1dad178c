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
