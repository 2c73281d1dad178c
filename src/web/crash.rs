//! What a panic does to the page: instead of a dead page, a notice over it says that Pipesim
//! stopped, that the work is safe (it is autosaved on every change, see `storage`), and offers a
//! reload, which reopens that work. The panic's message shows as text in a details box and goes
//! to the console. wasm32 panics abort, so nothing of the app may run after the hook: the notice
//! is built with plain DOM calls, never HTML, and its button's handler is made when the hook is
//! installed.
//!
//! [`trigger_test_panic`] is exported for the end-to-end test (it is callable from the page's
//! JavaScript only, never from a link or a file).

use std::panic::PanicHookInfo;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The id of the notice, so that a second panic does not stack a second one.
const NOTICE_ID: &str = "pipesim-crash";

thread_local! {
    /// The reload button's handler, made before any panic (the page has one thread).
    static RELOAD: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
}

/// Installs the panic hook of the page. It goes through `yew::set_custom_panic_hook`: a plain
/// `std::panic::set_hook` would be replaced by yew's own (console-only) hook when the app mounts.
pub fn install() {
    let reload = Closure::<dyn Fn()>::new(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    let reload: js_sys::Function = reload.into_js_value().unchecked_into();
    RELOAD.with(|r| *r.borrow_mut() = Some(reload));
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = panic_text(info);
        web_sys::console::error_1(&format!("Pipesim panicked: {message}").into());
        RELOAD.with(|r| {
            if let Ok(reload) = r.try_borrow() {
                if let Some(reload) = reload.as_ref() {
                    let _ = show_notice(&message, reload);
                }
            }
        });
    }));
}

/// Installs the panic hook of a web worker: the message goes to the console, and the worker's
/// error event (which the page's pool turns into a replacement worker and a rerun) follows.
pub fn install_in_worker() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Pipesim worker panicked: {}", panic_text(info)).into());
    }));
}

/// Panics on purpose, for the end-to-end test of the hook.
#[wasm_bindgen(js_name = pipesimTestPanic)]
pub fn trigger_test_panic() {
    panic!("a test asked Pipesim to panic");
}

fn panic_text(info: &PanicHookInfo<'_>) -> String {
    let payload = info
        .payload()
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| info.payload().downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "no message".to_string());
    match info.location() {
        Some(at) => format!("{payload} (at {}:{})", at.file(), at.line()),
        None => payload,
    }
}

/// Puts the notice over the page; nothing if the page has no body.
fn show_notice(message: &str, reload: &js_sys::Function) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let body = document
        .body()
        .ok_or_else(|| JsValue::from_str("no body"))?;
    if document.get_element_by_id(NOTICE_ID).is_some() {
        return Ok(());
    }
    let element = |tag: &str, text: &str| -> Result<web_sys::Element, JsValue> {
        let e = document.create_element(tag)?;
        e.set_text_content(Some(text));
        Ok(e)
    };
    let overlay = document.create_element("div")?;
    overlay.set_id(NOTICE_ID);
    overlay.set_class_name("crash");
    overlay.set_attribute("role", "alertdialog")?;
    overlay.set_attribute("aria-labelledby", "pipesim-crash-title")?;
    overlay.set_attribute("data-testid", "crash")?;
    let card = document.create_element("div")?;
    card.set_class_name("crash-card");
    let title = element("h2", "Pipesim stopped working")?;
    title.set_id("pipesim-crash-title");
    card.append_child(&title)?;
    let explanation = element(
        "p",
        "Something went wrong inside Pipesim, and this page can no longer run. Your work is \
         safe: it is saved in this browser on every change, and reloading the page opens it \
         again.",
    )?;
    card.append_child(&explanation)?;
    let button = element("button", "Reload and carry on")?;
    button.set_attribute("type", "button")?;
    button.set_attribute("data-testid", "crash-reload")?;
    button.add_event_listener_with_callback("click", reload)?;
    card.append_child(&button)?;
    let details = document.create_element("details")?;
    let summary = element("summary", "What went wrong")?;
    details.append_child(&summary)?;
    let text = element("pre", message)?;
    details.append_child(&text)?;
    card.append_child(&details)?;
    overlay.append_child(&card)?;
    body.append_child(&overlay)?;
    if let Some(button) = button.dyn_ref::<web_sys::HtmlElement>() {
        let _ = button.focus();
    }
    Ok(())
}
