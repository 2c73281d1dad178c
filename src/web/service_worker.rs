//! The page's side of the service worker (static/sw.js, its file list and version written in by
//! scripts/service-worker.mjs): registering it, so that the app opens with no network after a
//! first visit; noticing a new version installed and waiting; and, only when the reader agrees,
//! letting it take over and reloading. A new version never reloads the page by itself.
//!
//! Registered in release builds only, where the browser has service workers (secure contexts),
//! and not under `trunk serve`, whose pages say `<meta name="pipesim-service-worker"
//! content="off">`: a development page must never come from a cache while it is rebuilt, so
//! there a registration left at that address is removed instead.
//!
//! The worker's address and scope are relative to the page (`sw.js`, `./`), so an app built
//! with `--public-url /some/path/` caches and controls that path only.
//!
//! web-sys's service worker bindings are not among the crate's features; the few calls used are
//! bound here.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};

/// The worker's script, beside index.html.
const SCRIPT: &str = "sw.js";
/// Its scope: the folder of the page, whatever path the site is served under.
const SCOPE: &str = "./";
/// The message that lets a waiting version take over (static/sw.js).
const SKIP_WAITING: &str = "skip-waiting";

#[wasm_bindgen]
extern "C" {
    /// `navigator.serviceWorker`.
    #[wasm_bindgen(extends = web_sys::EventTarget)]
    #[derive(Clone)]
    type ServiceWorkerContainer;
    #[wasm_bindgen(method, getter)]
    fn controller(this: &ServiceWorkerContainer) -> Option<ServiceWorker>;
    #[wasm_bindgen(method)]
    fn register(this: &ServiceWorkerContainer, script: &str, options: &JsValue) -> js_sys::Promise;
    #[wasm_bindgen(method, js_name = getRegistration)]
    fn get_registration(this: &ServiceWorkerContainer) -> js_sys::Promise;

    #[wasm_bindgen(extends = web_sys::EventTarget)]
    #[derive(Clone)]
    type ServiceWorkerRegistration;
    #[wasm_bindgen(method, getter)]
    fn installing(this: &ServiceWorkerRegistration) -> Option<ServiceWorker>;
    #[wasm_bindgen(method, getter)]
    fn waiting(this: &ServiceWorkerRegistration) -> Option<ServiceWorker>;
    #[wasm_bindgen(method)]
    fn update(this: &ServiceWorkerRegistration) -> js_sys::Promise;
    #[wasm_bindgen(method)]
    fn unregister(this: &ServiceWorkerRegistration) -> js_sys::Promise;

    /// One version of the service worker.
    #[wasm_bindgen(extends = web_sys::EventTarget)]
    #[derive(Clone)]
    pub type ServiceWorker;
    #[wasm_bindgen(method, getter)]
    fn state(this: &ServiceWorker) -> String;
    #[wasm_bindgen(method, js_name = postMessage)]
    fn post_message(this: &ServiceWorker, message: &JsValue);
}

thread_local! {
    /// The reader asked for the new version: the next change of controller reloads the page.
    static RELOAD_ASKED: Cell<bool> = const { Cell::new(false) };
}

/// A new version of the app.
#[derive(Clone)]
pub enum NewVersion {
    /// Installed, and waiting for the reader's agreement.
    Waiting(ServiceWorker),
    /// Already in charge, since the reader agreed in another tab: this page runs the old
    /// version's code over the new version's files until it reloads.
    TookOver,
}

impl PartialEq for NewVersion {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Waiting(mine), Self::Waiting(theirs)) => {
                let (mine, theirs): (&JsValue, &JsValue) = (mine, theirs);
                mine == theirs
            }
            (Self::TookOver, Self::TookOver) => true,
            _ => false,
        }
    }
}

impl NewVersion {
    /// Lets the new version take over, and reloads the page once it has (on
    /// `controllerchange`), or at once if it already had.
    pub fn take_over(&self) {
        RELOAD_ASKED.with(|asked| asked.set(true));
        match self {
            Self::Waiting(worker) => {
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &"type".into(), &SKIP_WAITING.into());
                worker.post_message(&message);
            }
            Self::TookOver => reload(),
        }
    }
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// `navigator.serviceWorker`, where the browser has it (not in an insecure context).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let container = js_sys::Reflect::get(&navigator, &"serviceWorker".into()).ok()?;
    (!container.is_undefined() && !container.is_null()).then(|| container.unchecked_into())
}

/// Whether this page asks for no service worker (`trunk serve`, see scripts/service-worker.mjs).
fn switched_off() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(r#"meta[name="pipesim-service-worker"][content="off"]"#)
                .ok()
                .flatten()
        })
        .is_some()
}

/// Registers the service worker and calls `on_new_version` whenever a new version is installed
/// and waiting while an older one runs the page (a first install needs no agreement: nothing
/// changes under the reader). Does nothing in debug builds and where there are no service
/// workers. The listeners live as long as the page.
pub fn start(on_new_version: impl Fn(NewVersion) + 'static) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = container() else { return };
    if switched_off() {
        spawn_local(unregister(container));
        return;
    }
    let on_new_version: Rc<dyn Fn(NewVersion)> = Rc::new(on_new_version);
    // A first visit's worker takes the page over too (clients.claim in static/sw.js): that
    // changes nothing the reader sees, unlike a new version replacing an old one.
    let had_controller = Cell::new(container.controller().is_some());
    let took_over = on_new_version.clone();
    EventListener::new(&container, "controllerchange", move |_| {
        if RELOAD_ASKED.with(Cell::get) {
            reload();
        } else if had_controller.replace(true) {
            took_over(NewVersion::TookOver);
        }
    })
    .forget();
    spawn_local(async move {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"scope".into(), &SCOPE.into());
        // A refusal (storage off, a private window) leaves the app as it was: online only.
        let Ok(registration) = JsFuture::from(container.register(SCRIPT, &options)).await else {
            return;
        };
        // Never undefined in a browser, but a test harness that blocks service workers
        // (playwright's `serviceWorkers: 'block'`) answers so.
        let Ok(registration) = registration.dyn_into::<js_sys::Object>() else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        watch(&container, &registration, on_new_version);
    });
}

/// Follows `registration` for new versions; also asks for one whenever the page comes back into
/// view, so that a tab left open for days learns of a new version.
fn watch(
    container: &ServiceWorkerContainer,
    registration: &ServiceWorkerRegistration,
    on_new_version: Rc<dyn Fn(NewVersion)>,
) {
    let waiting_now = {
        let container = container.clone();
        let on_new_version = on_new_version.clone();
        move |worker: ServiceWorker| {
            if worker.state() == "installed" && container.controller().is_some() {
                on_new_version(NewVersion::Waiting(worker));
            }
        }
    };
    if let Some(worker) = registration.waiting() {
        waiting_now(worker);
    }
    let found = {
        let registration = registration.clone();
        move |_: &web_sys::Event| {
            let Some(worker) = registration.installing() else {
                return;
            };
            let waiting_now = waiting_now.clone();
            let target = worker.clone();
            EventListener::new(&target, "statechange", move |_| waiting_now(worker.clone()))
                .forget();
        }
    };
    EventListener::new(registration, "updatefound", found).forget();
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let registration = registration.clone();
        EventListener::new(&document.clone(), "visibilitychange", move |_| {
            if !document.hidden() {
                // Offline, the check fails and changes nothing; the promise is awaited so that
                // its refusal is not an unhandled rejection.
                let check = JsFuture::from(registration.update());
                spawn_local(async move {
                    let _ = check.await;
                });
            }
        })
        .forget();
    }
}

/// Removes this page's registration, if an earlier build left one.
async fn unregister(container: ServiceWorkerContainer) {
    let Ok(registration) = JsFuture::from(container.get_registration()).await else {
        return;
    };
    let Ok(registration) = registration.dyn_into::<js_sys::Object>() else {
        return; // none
    };
    let registration: ServiceWorkerRegistration = registration.unchecked_into();
    let _ = JsFuture::from(registration.unregister()).await;
}
