//! The chart size, following the window: phones get smaller drawings, which keep the text
//! legible, and the charts are redrawn only when the window crosses between the two.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::charts::Size;

/// The window's width in CSS pixels (a laptop's when there is no window).
pub fn window_width() -> f64 {
    if cfg!(not(target_arch = "wasm32")) {
        return 1280.0;
    }
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|v| v.as_f64())
        .unwrap_or(1280.0)
}

/// Chart size for a window width.
pub fn chart_size(window_width: f64) -> Size {
    if window_width < 700.0 {
        Size {
            width: 360,
            height: 250,
        }
    } else {
        Size {
            width: 560,
            height: 300,
        }
    }
}

/// The chart size, changed when the window crosses between phone and laptop widths.
///
/// `use_state_eq`, set on every resize: it compares with the state as it is now, where the
/// handle the listener holds would compare with the size of the first render (and so missed a
/// return to it: phone, laptop, phone kept laptop-sized charts).
#[hook]
pub fn use_chart_size() -> Size {
    let size = use_state_eq(|| chart_size(window_width()));
    {
        let size = size.clone();
        use_effect_with((), move |_| {
            let listener = if cfg!(target_arch = "wasm32") {
                web_sys::window().map(|window| {
                    EventListener::new(&window, "resize", move |_| {
                        size.set(chart_size(window_width()))
                    })
                })
            } else {
                None
            };
            move || drop(listener)
        });
    }
    *size
}
