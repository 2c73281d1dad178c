//! The scenario editor, grouped the way a sales leader thinks (team and hiring, ramp and skill,
//! time and outbound, funnel and deals, market, policies, costs and targets). A valid edit
//! replaces the scenario; an invalid one is flagged at its field and changes nothing.

use std::collections::HashMap;

use yew::prelude::*;

use super::field_input::FieldInput;
use crate::editor::{self as edit, Control, FieldValue, Group, TypedError};
use crate::model::analysis::{AnalysisKind, AnalysisSpec};
use crate::model::{FieldError, Scenario};
use crate::web::dispatch::use_dispatch;
use crate::web::hooks::use_field_shown;
use crate::web::language::use_language;
use crate::web::state::Action;

/// Props of [`Editor`].
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The scenario's index in the workspace.
    pub index: usize,
    /// The scenario being edited.
    pub scenario: Scenario,
    /// A field to show (an analysis's bar clicked): a count that grows with each request, and
    /// the field's path.
    #[prop_or_default]
    pub focus: Option<(u64, String)>,
}

/// The editor of one scenario.
#[function_component]
pub fn Editor(props: &EditorProps) -> Html {
    // Problems of the last edit of each field, by path.
    let problems = use_state(HashMap::<String, FieldError>::new);
    let dispatch = use_dispatch();
    let language = use_language();
    let entries = edit::fields(&props.scenario);
    use_field_shown(props.focus.clone());
    let focused_group = props
        .focus
        .as_ref()
        .and_then(|(_, path)| entries.iter().find(|e| &e.path == path))
        .map(|e| e.group);
    let on_commit = {
        let problems = problems.clone();
        let dispatch = dispatch.clone();
        let scenario = props.scenario.clone();
        let index = props.index;
        Callback::from(move |(path, value): (String, FieldValue)| {
            let mut next = (*problems).clone();
            next.remove(&path);
            match edit::set_field(&scenario, &path, value) {
                Ok(updated) => {
                    // Rules between fields may have been fixed by this edit too.
                    next.retain(|_, e| e.reason.id != "error-closing-share");
                    dispatch.emit(Action::Edit {
                        index,
                        scenario: Box::new(updated),
                        now_ms: crate::web::clock::now_ms(),
                    });
                }
                Err(errors) => {
                    for e in errors {
                        let at = if e.path.is_empty() {
                            path.clone()
                        } else {
                            e.path.clone()
                        };
                        next.insert(at, e);
                    }
                }
            }
            problems.set(next);
        })
    };
    let on_sweep = {
        let (dispatch, scenario, index) = (dispatch.clone(), props.scenario.clone(), props.index);
        Callback::from(move |path: String| {
            if let Ok(input) = crate::analysis::input_at(&scenario, &path) {
                let (from, to) = input.sweep_range();
                dispatch.emit(Action::Analyse(Box::new(AnalysisSpec {
                    scenario: index,
                    trials: None,
                    kind: AnalysisKind::Sweep {
                        output: "bookings.total".into(),
                        field: path,
                        from,
                        to,
                        steps: SLIDER_SWEEP_STEPS,
                    },
                })));
                show_analysis();
            }
        })
    };
    let on_local_error = {
        let problems = problems.clone();
        Callback::from(move |(path, reason): (String, Option<TypedError>)| {
            let mut next = (*problems).clone();
            match reason {
                Some(r) => next.insert(path.clone(), FieldError::new(path, r.0)),
                None => next.remove(&path),
            };
            problems.set(next);
        })
    };
    html! {
        <section class="panel editor" aria-label={language.say("editor-label")}>
            <h2>{language.say("editor-heading")}</h2>
            <p class="hint">{language.say("editor-hint")}</p>
            { for Group::ALL.iter().enumerate().map(|(g, group)| {
                let fields: Vec<_> = entries.iter().filter(|e| e.group == *group).collect();
                html! {
                    <details class="group" open={g == 1 || g == 3 || focused_group == Some(*group)}>
                        <summary><h3>{language.say(group.message_id())}</h3><span class="blurb">{language.say(&format!("{}-blurb", group.message_id()))}</span></summary>
                        { for fields.into_iter().map(|entry| html! {
                            <FieldInput key={entry.path.clone()} entry={entry.clone()}
                                problem={problems.get(&entry.path).cloned()}
                                on_commit={on_commit.clone()} on_local_error={on_local_error.clone()}
                                on_sweep={matches!(entry.control, Control::Slider(_)).then(|| on_sweep.clone())} />
                        }) }
                    </details>
                }
            }) }
        </section>
    }
}

/// Steps of the sweep a slider offers: 0%, 10%, … 90% for the outbound share.
const SLIDER_SWEEP_STEPS: u32 = 10;

/// Brings the analysis panel into view, where a sweep started from the editor shows.
fn show_analysis() {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    let panel = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("[data-testid=analysis]").ok().flatten());
    if let Some(panel) = panel {
        panel.scroll_into_view();
    }
}
