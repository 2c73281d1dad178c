//! The wall clock, for the dates of saved models. Natively (the SSR tests) it reads 0.

/// Milliseconds since 1970 (UTC).
pub fn now_ms() -> f64 {
    if cfg!(target_arch = "wasm32") {
        js_sys::Date::now()
    } else {
        0.0
    }
}
