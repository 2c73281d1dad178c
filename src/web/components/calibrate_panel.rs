//! The calibration panel: the step the user is at, from reading an export to its fits. Shown
//! above the results while a calibration is open.

use yew::prelude::*;

use super::column_review::ColumnReview;
use super::fit_review::FitReview;
use crate::web::dispatch::use_dispatch;
use crate::web::language::use_language;
use crate::web::state::{Action, CalibrateAction, CalibrationView, Refusal, Step};

/// Props of [`CalibratePanel`].
#[derive(Properties, PartialEq)]
pub struct CalibratePanelProps {
    pub view: CalibrationView,
    /// Opens another export.
    pub on_export: Callback<web_sys::File>,
}

/// The panel, at the current step.
#[function_component]
pub fn CalibratePanel(props: &CalibratePanelProps) -> Html {
    let language = use_language();
    let dispatch = use_dispatch();
    let on_close = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Calibrate(CalibrateAction::Close)))
    };
    let on_pick = {
        let on_export = props.on_export.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = crate::web::files::picked(&e) {
                on_export.emit(file);
            }
        })
    };
    let pick_another = html! {
        <label class="button file-pick">
            {language.say("calibrate-pick-another")}
            <input type="file" accept=".csv,.tsv,text/csv,text/tab-separated-values" onchange={on_pick}
                aria-label={language.say("calibrate-start-pick-label")} />
        </label>
    };
    let (file, body) = match &props.view.step {
        Step::Closed => return html! {},
        Step::Reading { file } => (
            file.clone(),
            html! { <p class="busy" role="status">{language.say("calibrate-reading")}</p> },
        ),
        Step::Review {
            file,
            overview,
            choices,
            busy,
        } => (
            file.clone(),
            html! { <ColumnReview overview={overview.clone()} choices={choices.clone()} busy={*busy} /> },
        ),
        Step::Fitted { file, words, .. } => {
            (file.clone(), html! { <FitReview words={words.clone()} /> })
        }
        Step::Failed { file, why } => {
            let reason = match why {
                Refusal::Said(said) => said.clone(),
                Refusal::Message(m) => language.text(m),
            };
            (
                file.clone(),
                html! {
                    <div class="refused" role="alert" data-testid="calibrate-refused">
                        <p>{reason}</p>
                        {pick_another.clone()}
                    </div>
                },
            )
        }
    };
    html! {
        <section class="panel calibrate-panel" data-testid="calibrate-panel"
            aria-label={language.say("calibrate-panel-label")}>
            <header class="panel-head">
                <h2>{language.say_with("calibrate-panel-title", &crate::i18n::Args::new().text("file", file))}</h2>
                <button type="button" class="close" onclick={on_close} data-testid="calibrate-close"
                    aria-label={language.say("calibrate-close")}>{"×"}</button>
            </header>
            {body}
        </section>
    }
}
