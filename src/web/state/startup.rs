//! What the page finds on opening, and the state it makes of it: the autosaved work (or the
//! first-visit preset), then the link in the address bar opened over it. The reading itself
//! (storage, the address bar) is the browser's side, in `hooks::app_state`.

use super::{link_problem, AppState, Notice, Origin, RunState};
use crate::model::Workspace;
use crate::presets;
use crate::share::{Autosave, Library, LinkError};

/// What the page finds when it opens: the stored library and autosave, and the link in the
/// address bar. Each part may have failed; none of the failures loses anything.
#[derive(Debug, Clone, PartialEq)]
pub struct Startup {
    /// The library, or why it could not be read.
    pub library: Result<Library, Notice>,
    /// The autosaved work, none, or why it could not be read.
    pub autosave: Result<Option<Autosave>, Notice>,
    /// Work autosaved by other tabs that are gone (or no longer the newest): set aside as drafts.
    pub orphans: Vec<Autosave>,
    /// The link in the address bar, if there is one.
    pub link: Option<Result<Workspace, LinkError>>,
    /// The clock.
    pub now_ms: f64,
    /// This tab's undo history from before a reload, if it kept one.
    pub history: Option<super::StoredHistory>,
}

impl AppState {
    /// The state on a first visit: the founder-led preset, about to run.
    pub fn initial() -> AppState {
        let scenario = presets::find("founder-led")
            .map(|p| p.scenario())
            .unwrap_or_default();
        AppState {
            workspace: Workspace::single(scenario),
            selected: 0,
            generation: 1,
            run: RunState::Pending,
            results: None,
            library: Library::default(),
            model: None,
            notices: Vec::new(),
            last_notice: 0,
            analysis: Default::default(),
            calibration: Default::default(),
            history: Default::default(),
        }
    }

    /// The state on opening the page: the autosaved work (or the first-visit state), then the
    /// link in the address bar opened over it, with the work set aside as a draft. A broken
    /// link or unreadable storage gives a message and changes nothing else.
    pub fn start(startup: Startup) -> AppState {
        let mut state = AppState::initial();
        match startup.library {
            Ok(library) => state.library = library,
            Err(problem) => state = state.notify(problem),
        }
        let mut orphans = startup.orphans;
        orphans.sort_by(|a, b| a.saved_at_ms.total_cmp(&b.saved_at_ms));
        for orphan in &orphans {
            state
                .library
                .set_aside(&orphan.workspace, orphan.saved_at_ms);
        }
        match startup.autosave {
            Ok(Some(saved)) => {
                state.selected = saved.selected.min(saved.workspace.scenarios.len() - 1);
                state.analysis.reopen = saved.workspace.analysis.is_some();
                state.workspace = saved.workspace;
                state.model = saved.model.filter(|id| state.library.get(*id).is_some());
            }
            Ok(None) => {}
            Err(problem) => state = state.notify(problem),
        }
        match startup.link {
            Some(Ok(workspace)) if workspace == state.workspace => {}
            Some(Ok(workspace)) => {
                state = state.open(workspace, Origin::Link, startup.now_ms);
            }
            Some(Err(e)) => state = state.notify(link_problem(&e)),
            None => {}
        }
        if let Some(stored) = startup.history {
            state.history = super::History::resumed(stored, &state.snapshot());
        }
        state
    }
}
