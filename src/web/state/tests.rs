//! The state's behaviour, action by action, natively.

use std::rc::Rc;

use yew::Reducible;

use super::*;
use crate::model::Target;
use crate::presets;
use crate::share::{Autosave, LinkError};

fn reduce(state: AppState, action: Action) -> AppState {
    (*Rc::new(state).reduce(action)).clone()
}

/// Results of a whole run of `s`'s workspace as it is (the state's generation is 1 on opening).
fn finished(s: &AppState) -> Rc<Results> {
    Rc::new(Results {
        generation: s.generation,
        workspace: s.workspace.clone(),
        report: WorkspaceReport {
            format: 1,
            trials: 1,
            seed: 1,
            baseline: 0,
            scenarios: vec![],
            comparisons: vec![],
        },
        columns: vec![],
        trials_done: 2000,
        digests: vec![],
    })
}

#[test]
fn opening_shows_founder_led_about_to_run() {
    let s = AppState::initial();
    assert_eq!(s.workspace.scenarios[0].name, "founder-led");
    assert_eq!(s.run, RunState::Pending);
}

#[test]
fn edits_bump_the_generation_and_keep_old_results() {
    let s = AppState::initial();
    let old = finished(&s);
    let s = reduce(s, Action::Finished(old.clone()));
    assert_eq!(s.run, RunState::Done);
    let mut edited = s.workspace.scenarios[0].clone();
    edited.ae.outbound_share = 0.2;
    let s = reduce(
        s,
        Action::Edit {
            index: 0,
            scenario: Box::new(edited),
            now_ms: 0.0,
        },
    );
    assert_eq!(s.generation, 2);
    assert_eq!(s.run, RunState::Pending);
    assert_eq!(
        s.results.as_deref(),
        Some(&*old),
        "the last good results stay on screen"
    );
    assert!(!s.results_are_current());
}

#[test]
fn stale_runner_messages_are_ignored() {
    let s = reduce(
        AppState::initial(),
        Action::OpenPreset {
            name: "t-model".into(),
            now_ms: 0.0,
        },
    );
    let g = s.generation;
    let s2 = reduce(
        s.clone(),
        Action::Progress {
            generation: g - 1,
            done: 5,
            total: 10,
        },
    );
    assert_eq!(s2, s);
    let s3 = reduce(
        s,
        Action::Progress {
            generation: g,
            done: 5,
            total: 10,
        },
    );
    assert_eq!(s3.run, RunState::Running { done: 5, total: 10 });
}

#[test]
fn workspace_management() {
    let s = reduce(
        AppState::initial(),
        Action::OpenComparison {
            baseline: "founder-led".into(),
            other: "vp-first".into(),
            now_ms: 0.0,
        },
    );
    assert_eq!(s.workspace.scenarios.len(), 2);
    assert_eq!((s.workspace.baseline, s.selected), (0, 1));
    let s = reduce(s, Action::Duplicate(0));
    assert_eq!(s.workspace.scenarios[1].name, "founder-led copy");
    assert_eq!(s.selected, 1);
    let s = reduce(s, Action::SetBaseline(2));
    let s = reduce(
        s,
        Action::Move {
            index: 2,
            offset: -2,
        },
    );
    assert_eq!(s.workspace.scenarios[0].name, "vp-first");
    assert_eq!(s.workspace.baseline, 0, "the baseline follows its scenario");
    let s = reduce(
        s,
        Action::Rename {
            index: 0,
            name: "<img src=x onerror=alert(1)>".into(),
        },
    );
    assert_eq!(
        s.workspace.scenarios[0].name,
        "<img src=x onerror=alert(1)>"
    );
    let s = reduce(s, Action::Delete(0));
    assert_eq!(s.workspace.scenarios.len(), 2);
    assert_eq!(s.workspace.baseline, 0);
    let s = reduce(s, Action::Delete(0));
    let s = reduce(s, Action::Delete(0));
    assert_eq!(s.workspace.scenarios.len(), 1, "the last scenario stays");
    let s = reduce(s, Action::Add);
    assert_eq!(s.workspace.scenarios[1].name, "New scenario");
}

#[test]
fn cancel_stops_a_pending_or_running_run() {
    let s = reduce(AppState::initial(), Action::Cancel);
    assert_eq!(s.run, RunState::Cancelled);
}

fn edited() -> Workspace {
    let mut w = AppState::initial().workspace;
    w.scenarios[0].ae.outbound_share = 0.2;
    w
}

fn startup(autosave: Option<Workspace>, link: Option<Result<Workspace, LinkError>>) -> Startup {
    Startup {
        library: Ok(Library::default()),
        autosave: Ok(autosave.map(|workspace| Autosave {
            workspace,
            selected: 0,
            model: None,
            saved_at_ms: 1.0,
        })),
        orphans: Vec::new(),
        link,
        now_ms: 5.0,
        history: None,
    }
}

#[test]
fn a_reload_keeps_the_autosaved_work() {
    let s = AppState::start(startup(Some(edited()), None));
    assert_eq!(s.workspace, edited());
    assert!(s.notices.is_empty());
}

#[test]
fn a_link_opens_over_unsaved_work_which_becomes_a_draft() {
    let linked = presets::comparison("veteran-drift", "t-model").unwrap();
    let s = AppState::start(startup(Some(edited()), Some(Ok(linked.clone()))));
    assert_eq!(s.workspace, linked);
    assert_eq!(s.library.models.len(), 1);
    assert_eq!(
        s.library.models[0].workspace,
        edited(),
        "the work is a draft"
    );
    assert!(
        s.notices[0].text().contains("kept in Saved models"),
        "{:?}",
        s.notices
    );
}

#[test]
fn a_broken_link_changes_nothing_but_says_why() {
    let s = AppState::start(startup(Some(edited()), Some(Err(LinkError::Truncated))));
    assert_eq!(s.workspace, edited());
    assert!(s.library.models.is_empty());
    assert_eq!(s.notices[0].tone, Tone::Problem);
    assert!(s.notices[0].text().contains("your workspace is unchanged"));
    assert!(s.notices[0].text().contains("cut short"));
}

#[test]
fn unreadable_storage_is_a_message_not_a_loss() {
    let s = AppState::start(Startup {
        library: Err(Notice::problem("could not read your saved models")),
        autosave: Err(Notice::problem("could not read the autosave")),
        orphans: Vec::new(),
        link: None,
        now_ms: 1.0,
        history: None,
    });
    assert_eq!(s.workspace, AppState::initial().workspace);
    assert_eq!(s.notices.len(), 2);
}

#[test]
fn presets_over_edited_work_set_it_aside() {
    let s = AppState::start(startup(Some(edited()), None));
    let s = reduce(
        s,
        Action::OpenPreset {
            name: "t-model".into(),
            now_ms: 9.0,
        },
    );
    assert_eq!(s.library.models[0].workspace, edited());
    let s = reduce(
        s,
        Action::OpenPreset {
            name: "vp-first".into(),
            now_ms: 10.0,
        },
    );
    assert_eq!(
        s.library.models.len(),
        1,
        "a pristine preset is not a draft"
    );
}

#[test]
fn save_then_edit_then_save_over_or_as_new() {
    let s = reduce(
        AppState::initial(),
        Action::Save {
            name: "Plan".into(),
            now_ms: 1.0,
        },
    );
    let id = s.model.unwrap();
    assert!(s.is_saved());
    let mut changed = s.workspace.scenarios[0].clone();
    changed.ae.outbound_share = 0.1;
    let s = reduce(
        s,
        Action::Edit {
            index: 0,
            scenario: Box::new(changed),
            now_ms: 0.0,
        },
    );
    assert!(!s.is_saved());
    let s = reduce(
        s,
        Action::Save {
            name: "Plan".into(),
            now_ms: 2.0,
        },
    );
    assert_eq!(
        (s.model, s.library.models.len()),
        (Some(id), 1),
        "saved over"
    );
    let s = reduce(
        s,
        Action::Save {
            name: "Plan B".into(),
            now_ms: 3.0,
        },
    );
    assert_eq!(s.library.models.len(), 2, "a new name is a new model");
    let b = s.model.unwrap();
    let saved = Box::new(s.library.get(id).unwrap().workspace.clone());
    let s = reduce(
        s,
        Action::Open {
            workspace: saved,
            origin: Origin::Library(id),
            now_ms: 4.0,
        },
    );
    assert_eq!(
        s.library.models.len(),
        2,
        "saved work is not set aside again"
    );
    assert_eq!(s.model, Some(id));
    let s = reduce(s, Action::DeleteModel(b));
    let s = reduce(s, Action::DuplicateModel { id, now_ms: 5.0 });
    let s = reduce(
        s,
        Action::RenameModel {
            id,
            name: "Renamed".into(),
        },
    );
    assert_eq!(s.library.get(id).unwrap().name, "Renamed");
    assert_eq!(s.library.models.len(), 2);
}

#[test]
fn other_tabs_work_becomes_drafts_and_their_library_is_taken() {
    let mut other = AppState::initial().workspace;
    other.scenarios[0].name = "from the closed tab".into();
    let mut st = startup(Some(edited()), None);
    st.orphans = vec![Autosave {
        workspace: other.clone(),
        selected: 0,
        model: None,
        saved_at_ms: 3.0,
    }];
    let s = AppState::start(st);
    assert_eq!(s.workspace, edited());
    assert_eq!(s.library.models[0].workspace, other);
    let s = reduce(
        s,
        Action::Save {
            name: "Mine".into(),
            now_ms: 4.0,
        },
    );
    let mut elsewhere = s.library.clone();
    elsewhere.delete(s.model.unwrap());
    let s = reduce(
        s,
        Action::LibraryChangedElsewhere(Box::new(elsewhere.clone())),
    );
    assert_eq!(s.library, elsewhere);
    assert_eq!(
        s.model, None,
        "a model deleted elsewhere is no longer current"
    );
}

#[test]
fn notices_are_capped_and_dismissed() {
    let mut s = AppState::initial();
    for i in 0..6 {
        s = reduce(s, Action::Notify(Notice::info(format!("n{i}"))));
    }
    assert_eq!(s.notices.len(), MAX_NOTICES);
    assert_eq!(s.notices[0].text(), "n2");
    let first = s.notices[0].id;
    assert!(s.notices.windows(2).all(|w| w[0].id < w[1].id), "ids grow");
    let s = reduce(s, Action::Dismiss(first));
    let last = s.notices.last().unwrap().id;
    let s = reduce(s, Action::Dismiss(last));
    let s = reduce(s, Action::Notify(Notice::info("again")));
    assert!(
        s.notices.last().unwrap().id > last,
        "an id is never given twice"
    );
    let s = reduce(s, Action::Notify(Notice::info("again")));
    assert_eq!(
        s.notices.iter().filter(|n| n.text() == "again").count(),
        1,
        "no duplicates"
    );
    assert_eq!(s.notices[0].text(), "n3");
}

fn with_outbound(s: &AppState, share: f64, now_ms: f64) -> Action {
    let mut scenario = s.workspace.scenarios[0].clone();
    scenario.ae.outbound_share = share;
    Action::Edit {
        index: 0,
        scenario: Box::new(scenario),
        now_ms,
    }
}

#[test]
fn undo_and_redo_bring_back_each_change_and_run_again() {
    let s = AppState::initial();
    let first = s.workspace.clone();
    let s = reduce(s, with_outbound(&AppState::initial(), 0.2, 0.0));
    let edited = s.workspace.clone();
    let s = reduce(s, Action::Add);
    assert_eq!(s.workspace.scenarios.len(), 2);
    assert_eq!(s.history.past.len(), 2);

    let g = s.generation;
    let s = reduce(s, Action::Undo);
    assert_eq!(s.workspace, edited);
    assert_eq!(s.selected, 0);
    assert_eq!(
        (s.generation, s.run.clone()),
        (g + 1, RunState::Pending),
        "runs again"
    );
    let s = reduce(s, Action::Undo);
    assert_eq!(s.workspace, first);
    assert!(!s.history.can_undo());
    let same = reduce(s.clone(), Action::Undo);
    assert_eq!(same, s, "nothing to undo changes nothing");

    let s = reduce(s, Action::Redo);
    assert_eq!(s.workspace, edited);
    let s = reduce(s, Action::Redo);
    assert_eq!(s.workspace.scenarios.len(), 2);
    assert_eq!(s.selected, 1, "the added scenario is selected again");
    assert!(!s.history.can_redo());
}

#[test]
fn a_slider_drag_is_one_step_and_what_is_not_the_model_is_none() {
    let mut s = AppState::initial();
    for (i, share) in [0.31, 0.32, 0.33, 0.34].into_iter().enumerate() {
        let edit = with_outbound(&s, share, i as f64 * 100.0);
        s = reduce(s, edit);
    }
    assert_eq!(s.history.past.len(), 1, "one drag, one step");
    let s = reduce(s, Action::Select(0));
    let s = reduce(s, Action::Notify(Notice::info("hello")));
    let g = s.generation;
    let s = reduce(s, Action::Started(g));
    assert_eq!(
        s.history.past.len(),
        1,
        "selecting, messages and runs are not steps"
    );
    let s = reduce(s, Action::Undo);
    assert_eq!(s.workspace, AppState::initial().workspace);
}

#[test]
fn undo_takes_back_an_opened_preset_and_keeps_the_analysis_settings() {
    let s = reduce(
        AppState::initial(),
        with_outbound(&AppState::initial(), 0.2, 0.0),
    );
    let edited = s.workspace.clone();
    let s = reduce(
        s,
        Action::OpenPreset {
            name: "vp-first".into(),
            now_ms: 1.0,
        },
    );
    assert_eq!(s.workspace.scenarios[0].name, "vp-first");
    let s = reduce(s, Action::Undo);
    assert_eq!(s.workspace, edited, "back to the work before the preset");
    assert_eq!(s.library.models.len(), 1, "its draft stays in the library");
}

#[test]
fn a_target_set_from_the_card_is_a_step() {
    let s = AppState::initial();
    assert_eq!(
        s.workspace.scenarios[0].targets.bookings_per_quarter,
        Target::None
    );
    let s = reduce(
        s,
        Action::SetTarget {
            index: 0,
            target: Target::Every(250_000.0),
        },
    );
    assert_eq!(
        s.workspace.scenarios[0].targets.bookings_per_quarter,
        Target::Every(250_000.0)
    );
    assert_eq!(s.run, RunState::Pending);
    let refused = reduce(
        s.clone(),
        Action::SetTarget {
            index: 0,
            target: Target::Every(-5.0),
        },
    );
    assert_eq!(
        refused.workspace, s.workspace,
        "a bad target changes nothing"
    );
    assert_eq!(refused.notices.last().map(|n| n.tone), Some(Tone::Problem));
    let s = reduce(s, Action::Undo);
    assert_eq!(
        s.workspace.scenarios[0].targets.bookings_per_quarter,
        Target::None
    );
}

#[test]
fn an_opened_workspace_drops_the_other_models_results() {
    let s = AppState::initial();
    let old = finished(&s);
    let s = reduce(s, Action::Finished(old));
    let mut big = presets::comparison("veteran-drift", "t-model").unwrap();
    big.run.trials = MAX_TRIALS_IN_PAGE;
    let s = reduce(
        s,
        Action::Open {
            workspace: Box::new(big),
            origin: Origin::File("big.json".into()),
            now_ms: 1.0,
        },
    );
    let s = reduce(
        s.clone(),
        Action::Failed {
            generation: s.generation,
            reason: NotRun::because(Said::Message(Message::new("error-missing"))),
        },
    );
    assert!(
        s.results.is_none(),
        "no other model's results under the refusal"
    );
}

#[test]
fn the_history_survives_a_reload() {
    let s = reduce(
        AppState::initial(),
        with_outbound(&AppState::initial(), 0.2, 0.0),
    );
    let text = s.history.to_json(&s.snapshot());
    let mut again = startup(Some(s.workspace.clone()), None);
    again.history = History::from_json_str(&text);
    let s = AppState::start(again);
    assert!(s.history.can_undo());
    let s = reduce(s, Action::Undo);
    assert_eq!(s.workspace, AppState::initial().workspace);
}
