//! A new version of the app: the service worker registered once the page's first run is over
//! (on a first visit it fetches the whole build to cache it, which on two cores delayed the
//! first chart by about 100 ms: BENCHMARKS.md), and the
//! version it installs beside the running one offered to the reader
//! ([`crate::web::service_worker`]). Nothing reloads until the reader says so.

use yew::prelude::*;

use crate::web::service_worker::{self, NewVersion};

/// What the update prompt shows and does.
#[derive(Clone, PartialEq)]
pub struct AppUpdate {
    /// A new version is installed and waiting, and the reader has not put it off.
    pub ready: bool,
    /// The reader asked for it: the page reloads once the new version has taken over.
    pub reloading: bool,
    /// Lets the new version take over, then reloads.
    pub reload: Callback<()>,
    /// Hides the prompt for this visit (the browser opens the new version by itself once every
    /// tab of the app is closed; until then each visit asks again).
    pub later: Callback<()>,
}

/// Registers the service worker (release builds) once `settled` (the first run is over), and
/// follows its new versions.
#[hook]
pub fn use_app_update(settled: bool) -> AppUpdate {
    let waiting = use_state(|| None::<NewVersion>);
    let put_off = use_state(|| false);
    let reloading = use_state(|| false);
    {
        let waiting = waiting.setter();
        let put_off = put_off.setter();
        let started = use_mut_ref(|| false);
        use_effect_with(settled, move |settled| {
            if *settled && !started.replace(true) {
                service_worker::start(move |version| {
                    put_off.set(false);
                    waiting.set(Some(version));
                });
            }
        });
    }
    let reload = {
        let waiting = waiting.clone();
        let reloading = reloading.clone();
        Callback::from(move |()| {
            if let Some(version) = &*waiting {
                reloading.set(true);
                version.take_over();
            }
        })
    };
    let later = {
        let put_off = put_off.clone();
        Callback::from(move |()| put_off.set(true))
    };
    AppUpdate {
        ready: waiting.is_some() && !*put_off,
        reloading: *reloading,
        reload,
        later,
    }
}
