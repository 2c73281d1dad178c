//! The calibration worker's side (`src/bin/calibrate_worker.rs`, a worker of its own so that
//! the trial workers stay small and start fast, and so that the page carries none of the
//! reading and fitting). It keeps one [`Session`]: the page sends `{request, lang, bytes}`, a
//! [`Request`] as JSON text, the page's language tag, and, to open a file, its bytes as an
//! `ArrayBuffer` (transferred, not copied); the worker answers each, in order, with an
//! [`Answer`] as JSON text, its words in that language. English is built in; another
//! language's catalogue is fetched from `locales/<tag>/` once, as the page fetches its own.
//! Its first message is the text `"ready"`.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::calibrate::session::{Answer, Request, Session};
use crate::i18n::{Args, Catalogue, Lang};

pub use super::worker::READY;

/// One message of the page: its request's text, its language, the file's bytes.
struct Incoming {
    request: String,
    lang: Lang,
    bytes: Option<Vec<u8>>,
}

#[derive(Default)]
struct Worker {
    session: Session,
    catalogues: Vec<(Lang, Rc<Catalogue>)>,
    queue: VecDeque<Incoming>,
    busy: bool,
}

thread_local! {
    static WORKER: RefCell<Worker> = RefCell::new(Worker::default());
}

/// `lang`'s catalogue: English's built in, another fetched once; English if it cannot be.
async fn catalogue(lang: Lang) -> Rc<Catalogue> {
    if let Some(found) = WORKER.with(|w| {
        w.borrow()
            .catalogues
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, c)| Rc::clone(c))
    }) {
        return found;
    }
    let made = if lang == Lang::En {
        Some(Catalogue::embedded(Lang::En))
    } else {
        crate::web::language::fetch_catalogue(lang).await.ok()
    };
    let catalogue = Rc::new(made.unwrap_or_else(|| Catalogue::embedded(Lang::En)));
    WORKER.with(|w| {
        w.borrow_mut()
            .catalogues
            .push((lang, Rc::clone(&catalogue)))
    });
    catalogue
}

/// The answer to one message.
async fn answer(incoming: Incoming) -> Answer {
    let catalogue = catalogue(incoming.lang).await;
    let request: Request = match serde_json::from_str(&incoming.request) {
        Ok(request) => request,
        Err(e) => {
            return Answer::Refused(catalogue.say(
                "calibrate-worker-bad-request",
                &Args::new().text("why", e.to_string()),
            ))
        }
    };
    WORKER.with(|w| {
        w.borrow_mut()
            .session
            .answer(request, incoming.bytes.as_deref(), &catalogue)
    })
}

/// Answers the waiting messages one at a time, in the order they came.
async fn drain(replier: web_sys::DedicatedWorkerGlobalScope) {
    while let Some(incoming) = WORKER.with(|w| w.borrow_mut().queue.pop_front()) {
        let reply = serde_json::to_string(&answer(incoming).await).unwrap_or_default();
        let _ = replier.post_message(&JsValue::from_str(&reply));
    }
    WORKER.with(|w| w.borrow_mut().busy = false);
}

/// The worker's entry point: answers the page until it ends the worker.
pub fn start() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replier = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            let field = |k: &str| js_sys::Reflect::get(&data, &JsValue::from_str(k)).ok();
            let incoming = Incoming {
                request: field("request")
                    .and_then(|r| r.as_string())
                    .unwrap_or_default(),
                lang: field("lang")
                    .and_then(|l| l.as_string())
                    .and_then(|tag| Lang::from_tag(&tag))
                    .unwrap_or_default(),
                bytes: field("bytes")
                    .and_then(|b| b.dyn_into::<js_sys::ArrayBuffer>().ok())
                    .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec()),
            };
            let start = WORKER.with(|w| {
                let mut w = w.borrow_mut();
                w.queue.push_back(incoming);
                !std::mem::replace(&mut w.busy, true)
            });
            if start {
                wasm_bindgen_futures::spawn_local(drain(replier.clone()));
            }
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
}
