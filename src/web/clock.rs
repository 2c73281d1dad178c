//! The wall clock, for the dates of saved models (natively, in the SSR tests, it reads 0), the
//! page's monotonic clock, for timing slices of work, and marks on the performance timeline for
//! the browser benchmark.

/// Milliseconds since 1970 (UTC).
pub fn now_ms() -> f64 {
    if cfg!(target_arch = "wasm32") {
        js_sys::Date::now()
    } else {
        0.0
    }
}

/// The page's monotonic clock (`performance.now()`), in milliseconds; 0 where there is no page.
pub fn page_ms() -> f64 {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
            .and_then(|w| w.performance())
            .map(|p| p.now())
            .unwrap_or(0.0)
    } else {
        0.0
    }
}

/// Puts a named mark on the page's performance timeline (`performance.mark`), where the
/// browser benchmark reads where a run's time goes; nothing natively.
pub fn mark(name: &str) {
    if cfg!(target_arch = "wasm32") {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark(name);
        }
    }
}
