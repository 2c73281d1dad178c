//! The calibration worker's side (`src/bin/calibrate_worker.rs`, a worker of its own so that
//! the trial workers stay small and start fast). It keeps one [`Session`]: the page sends
//! `{request, bytes}`, a [`Request`] as JSON text and, to open a file, its bytes as an
//! `ArrayBuffer` (transferred, not copied); the worker answers each with an [`Answer`] as JSON
//! text. Its first message is the text `"ready"`.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::calibrate::session::{Answer, Request, Session};
use crate::i18n::{Args, Message};

pub use super::worker::READY;

thread_local! {
    static SESSION: RefCell<Session> = RefCell::new(Session::default());
}

/// The answer to one message of the page.
fn answer(data: &JsValue) -> Answer {
    let field = |k: &str| js_sys::Reflect::get(data, &JsValue::from_str(k)).ok();
    let text = field("request")
        .and_then(|r| r.as_string())
        .unwrap_or_default();
    let request: Request = match serde_json::from_str(&text) {
        Ok(request) => request,
        Err(e) => {
            return Answer::Refused(Message::with(
                "calibrate-worker-bad-request",
                Args::new().text("why", e.to_string()),
            ))
        }
    };
    let bytes = field("bytes")
        .and_then(|b| b.dyn_into::<js_sys::ArrayBuffer>().ok())
        .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec());
    SESSION.with(|session| session.borrow_mut().answer(request, bytes.as_deref()))
}

/// The worker's entry point: answers the page until it ends the worker.
pub fn start() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replier = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let reply = serde_json::to_string(&answer(&event.data())).unwrap_or_default();
            let _ = replier.post_message(&JsValue::from_str(&reply));
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
}
