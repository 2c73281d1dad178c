//! The bookings target, one click away: in the P(hit target) card of a scenario that has none,
//! a box for the target per quarter ("250k", "25万"), read and checked as the editor reads the field
//! (`targets.bookings_per_quarter`), with the reason beside it when it cannot be used. Setting
//! it is an edit like any other: it runs again, and an undo takes it back.

use yew::prelude::*;

use crate::editor::{parse_target, set_field, FieldValue};
use crate::model::Scenario;
use crate::web::dispatch::use_dispatch;
use crate::web::language::use_language;
use crate::web::state::Action;

/// The field the box sets.
const TARGET_PATH: &str = "targets.bookings_per_quarter";

/// Props of [`TargetInput`].
#[derive(Properties, PartialEq)]
pub struct TargetInputProps {
    /// The scenario's index in the workspace.
    pub index: usize,
    /// The scenario, to check the target against.
    pub scenario: Scenario,
    /// The `data-testid` of the box (`target-input`, `target-input-1` …).
    pub testid: AttrValue,
}

/// A box and a button that set a scenario's bookings target per quarter.
#[function_component]
pub fn TargetInput(props: &TargetInputProps) -> Html {
    let language = use_language();
    let dispatch = use_dispatch();
    let text = use_state(String::new);
    let problem = use_state(|| None::<String>);
    let set = {
        let text = text.clone();
        let problem = problem.clone();
        let scenario = props.scenario.clone();
        let index = props.index;
        let catalogue = language.catalogue.clone();
        Callback::from(move |_: ()| {
            let checked = parse_target(&text)
                .map_err(|e| e.say(&catalogue))
                .and_then(|target| {
                    set_field(&scenario, TARGET_PATH, FieldValue::Target(target.clone()))
                        .map(|_| target)
                        .map_err(|errors| {
                            errors
                                .first()
                                .map(|e| catalogue.text(&e.reason))
                                .unwrap_or_default()
                        })
                });
            match checked {
                Ok(target) if target != crate::model::Target::None => {
                    problem.set(None);
                    dispatch.emit(Action::SetTarget { index, target });
                }
                Ok(_) => problem.set(Some(
                    catalogue.text(&crate::i18n::Message::new("kpi-target-empty")),
                )),
                Err(reason) => problem.set(Some(reason)),
            }
        })
    };
    let on_input = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            text.set(input.value());
        })
    };
    let on_key = {
        let set = set.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                set.emit(());
            }
        })
    };
    let problem_id = format!("{}-problem", props.testid);
    html! {
        <span class="target-input">
            <label>
                <span class="kpi-range">{language.say("kpi-target-per-quarter")}</span>
                <input type="text" inputmode="decimal" placeholder={language.say("kpi-target-placeholder")} value={(*text).clone()}
                    oninput={on_input} onkeydown={on_key} data-testid={props.testid.clone()}
                    aria-invalid={problem.is_some().to_string()}
                    aria-describedby={problem.is_some().then(|| problem_id.clone())} />
            </label>
            <button type="button" onclick={set.reform(|_: MouseEvent| ())}
                data-testid={format!("{}-set", props.testid)}>{language.say("kpi-target-set")}</button>
            if let Some(reason) = (*problem).clone() {
                <span class="problem" id={problem_id} role="alert">{reason}</span>
            }
        </span>
    }
}
