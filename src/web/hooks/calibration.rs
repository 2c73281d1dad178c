//! The calibration worker, the page's side: started when the user first opens an export,
//! it is sent each request the state asks for (`CalibrationView::request`, once each) and its
//! answers are dispatched. An export the user drops or picks is read by the browser and its
//! bytes handed to the worker (transferred, not copied): the page never parses it. Messages
//! sent before the worker is ready wait for it; a worker that crashes is dropped, the user
//! told, and a new one started by the next request.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Event, MessageEvent, Worker};
use yew::prelude::*;

use crate::calibrate::session::{Answer, Request};
use crate::calibrate::table::{too_large, MAX_BYTES};
use crate::i18n::{Args, Lang, Message};
use crate::web::state::{Action, AppState, CalibrateAction, Step};

/// The calibration worker's loader script, made by trunk (`data-loader-shim`).
const WORKER_SCRIPT: &str = "calibrate_worker_loader.js";

/// A message for the worker: the request's JSON, the page's language and, to open a file,
/// its bytes.
type Outgoing = (String, Lang, Option<js_sys::ArrayBuffer>);

struct Client {
    worker: Worker,
    ready: bool,
    waiting: Vec<Outgoing>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
}

type Shared = Rc<RefCell<Option<Client>>>;

fn post(worker: &Worker, (request, lang, bytes): Outgoing) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"request".into(), &request.into());
    let _ = js_sys::Reflect::set(&message, &"lang".into(), &lang.tag().into());
    let transfer = js_sys::Array::new();
    if let Some(bytes) = bytes {
        let _ = js_sys::Reflect::set(&message, &"bytes".into(), &bytes);
        transfer.push(&bytes);
    }
    let _ = worker.post_message_with_transfer(&message, &transfer);
}

fn answered(dispatch: &Callback<Action>, answer: Answer) {
    dispatch.emit(Action::Calibrate(CalibrateAction::Answered(answer)));
}

fn failed(dispatch: &Callback<Action>, why: Message) {
    dispatch.emit(Action::Calibrate(CalibrateAction::Failed(why)));
}

/// Starts the worker, whose answers go to `dispatch`.
fn start(shared: &Shared, dispatch: &Callback<Action>) -> Result<(), ()> {
    let worker = Worker::new(WORKER_SCRIPT).map_err(|_| ())?;
    let on_message = {
        let shared = Rc::downgrade(shared);
        let dispatch = dispatch.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let Some(text) = event.data().as_string() else {
                return;
            };
            let Some(shared) = shared.upgrade() else {
                return;
            };
            if text == crate::web::calibrate_worker::READY {
                let mut slot = shared.borrow_mut();
                if let Some(client) = slot.as_mut() {
                    client.ready = true;
                    for outgoing in std::mem::take(&mut client.waiting) {
                        post(&client.worker, outgoing);
                    }
                }
                return;
            }
            match serde_json::from_str(&text) {
                Ok(answer) => answered(&dispatch, answer),
                Err(_) => failed(&dispatch, Message::new("calibrate-worker-crashed")),
            }
        })
    };
    let on_error = {
        let shared = Rc::downgrade(shared);
        let dispatch = dispatch.clone();
        Closure::<dyn FnMut(Event)>::new(move |event: Event| {
            event.prevent_default();
            if let Some(shared) = shared.upgrade() {
                if let Some(client) = shared.borrow_mut().take() {
                    client.worker.terminate();
                }
            }
            failed(&dispatch, Message::new("calibrate-worker-crashed"));
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    *shared.borrow_mut() = Some(Client {
        worker,
        ready: false,
        waiting: Vec::new(),
        _on_message: on_message,
        _on_error: on_error,
    });
    Ok(())
}

/// Sends `outgoing`, starting the worker first if need be.
fn send(shared: &Shared, dispatch: &Callback<Action>, outgoing: Outgoing) {
    if shared.borrow().is_none() && start(shared, dispatch).is_err() {
        failed(dispatch, Message::new("calibrate-worker-crashed"));
        return;
    }
    let mut slot = shared.borrow_mut();
    let Some(client) = slot.as_mut() else {
        return;
    };
    if client.ready {
        post(&client.worker, outgoing);
    } else {
        client.waiting.push(outgoing);
    }
}

/// Reads `file` and sends it to the worker to open.
fn open_export(file: web_sys::File, lang: Lang, shared: Shared, dispatch: Callback<Action>) {
    let name = file.name();
    dispatch.emit(Action::Calibrate(CalibrateAction::Reading {
        file: name.clone(),
    }));
    if file.size() > MAX_BYTES as f64 {
        // Refused unread: a file this large would only be read to be refused.
        failed(&dispatch, too_large(file.size() as usize).reason);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => {
                let request = serde_json::to_string(&Request::Open { file: name })
                    .expect("a request serialises");
                let bytes = buffer.dyn_into::<js_sys::ArrayBuffer>().ok();
                send(&shared, &dispatch, (request, lang, bytes));
            }
            Err(e) => failed(
                &dispatch,
                Message::with(
                    "calibrate-browser-could-not-read",
                    Args::new().text("why", e.as_string().unwrap_or_default()),
                ),
            ),
        }
    });
}

/// Connects the calibration state to its worker, which answers in `lang`; returns what opens
/// an export.
#[hook]
pub fn use_calibration(
    state: &AppState,
    lang: Lang,
    dispatch: &Callback<Action>,
) -> Callback<web_sys::File> {
    let shared: Shared = (*use_memo((), |_| Rc::new(RefCell::new(None::<Client>)))).clone();
    let request = state.calibration.request.clone();
    {
        let shared = Rc::clone(&shared);
        let dispatch = dispatch.clone();
        use_effect_with(request.as_ref().map(|(n, _)| *n), move |_| {
            if let Some((_, request)) = request {
                if let Ok(text) = serde_json::to_string(&request) {
                    send(&shared, &dispatch, (text, lang, None));
                }
            }
        });
    }
    {
        // The language switched while the fits show: the worker says them again.
        let dispatch = dispatch.clone();
        let fitted = matches!(state.calibration.step, Step::Fitted { .. });
        let first = use_mut_ref(|| true);
        use_effect_with(lang, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) && fitted {
                dispatch.emit(Action::Calibrate(CalibrateAction::Redraw));
            }
        });
    }
    {
        // The panel closed: the worker and the export it holds go with it.
        let shared = Rc::clone(&shared);
        use_effect_with(state.calibration.is_open(), move |open| {
            if !*open {
                if let Some(client) = shared.borrow_mut().take() {
                    client.worker.terminate();
                }
            }
        });
    }
    use_callback(
        (dispatch.clone(), lang),
        move |file: web_sys::File, (dispatch, lang)| {
            open_export(file, *lang, Rc::clone(&shared), dispatch.clone())
        },
    )
}
