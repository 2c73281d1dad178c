//! The workspace's scenarios as tabs, each in its chart colour: select one, and add, duplicate,
//! rename, reorder, delete or make it the baseline.

use yew::prelude::*;

use crate::charts::PALETTE;
use crate::model::Workspace;
use crate::web::dispatch::use_dispatch;
use crate::web::language::use_language;
use crate::web::state::Action;

/// Props of [`ScenarioTabs`].
#[derive(Properties, PartialEq)]
pub struct ScenarioTabsProps {
    /// The workspace.
    pub workspace: Workspace,
    /// The scenario in the editor.
    pub selected: usize,
}

/// The name shown for scenario `i`.
pub fn display_name(workspace: &Workspace, i: usize) -> String {
    let name = workspace.scenarios[i].name.trim();
    if name.is_empty() {
        format!("Scenario {}", i + 1)
    } else {
        name.to_string()
    }
}

/// Scenario tabs and their actions.
#[function_component]
pub fn ScenarioTabs(props: &ScenarioTabsProps) -> Html {
    let dispatch = use_dispatch();
    let language = use_language();
    let ws = &props.workspace;
    let n = ws.scenarios.len();
    let i = props.selected;
    let act = |action: Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(action.clone()))
    };
    let on_rename = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            dispatch.emit(Action::Rename {
                index: i,
                name: input.value(),
            });
        })
    };
    html! {
        <section class="panel scenarios" aria-label={language.say("scenarios-heading")}>
            <h2>{language.say("scenarios-heading")}</h2>
            // The tabs, then the button that adds one (not a tab, so outside the tablist).
            <div class="tabs">
                <div role="tablist" aria-label={language.say("scenarios-heading")}>
                    { for (0..n).map(|k| {
                        let color = PALETTE[k % PALETTE.len()].css();
                        html! {
                            <button type="button" role="tab" aria-selected={(k == i).to_string()}
                                class={classes!("tab", (k == i).then_some("active"))}
                                onclick={act(Action::Select(k))} data-testid={format!("scenario-tab-{k}")}>
                                <span class="swatch" style={format!("background:{color}")} aria-hidden="true"></span>
                                {display_name(ws, k)}
                                if k == ws.baseline && n > 1 {
                                    <span class="badge">{language.say("scenarios-baseline-badge")}</span>
                                }
                            </button>
                        }
                    }) }
                </div>
                <button type="button" class="tab add" onclick={act(Action::Add)} aria-label={language.say("scenarios-add-label")} data-testid="scenario-add">{language.say("scenarios-add")}</button>
            </div>
            <div class="tab-actions">
                <label class="rename">
                    <span>{language.say("scenarios-name")}</span>
                    <input type="text" value={ws.scenarios[i].name.clone()} onchange={on_rename}
                        maxlength="200" data-testid="scenario-name" aria-label={language.say("scenarios-name-label")} />
                </label>
                <div class="buttons">
                    <button type="button" onclick={act(Action::Duplicate(i))} data-testid="scenario-duplicate">{language.say("scenarios-duplicate")}</button>
                    <button type="button" onclick={act(Action::Move { index: i, offset: -1 })} disabled={i == 0} aria-label={language.say("scenarios-move-left")}>{"←"}</button>
                    <button type="button" onclick={act(Action::Move { index: i, offset: 1 })} disabled={i + 1 >= n} aria-label={language.say("scenarios-move-right")}>{"→"}</button>
                    <button type="button" onclick={act(Action::SetBaseline(i))} disabled={i == ws.baseline} data-testid="scenario-baseline">{language.say("scenarios-make-baseline")}</button>
                    <button type="button" class="danger" onclick={act(Action::Delete(i))} disabled={n == 1} data-testid="scenario-delete">{language.say("scenarios-delete")}</button>
                </div>
            </div>
        </section>
    }
}
