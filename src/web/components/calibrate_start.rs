//! The side panel's way into calibration: a CRM export picked here (or dropped anywhere on the
//! page) is read and fitted in the calibration panel.

use yew::prelude::*;

use crate::web::language::use_language;

/// Props of [`CalibrateStart`].
#[derive(Properties, PartialEq)]
pub struct CalibrateStartProps {
    /// Opens the export picked.
    pub on_export: Callback<web_sys::File>,
}

/// "Start from your own numbers": what calibration does, and the file to pick.
#[function_component]
pub fn CalibrateStart(props: &CalibrateStartProps) -> Html {
    let language = use_language();
    let on_pick = {
        let on_export = props.on_export.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = crate::web::files::picked(&e) {
                on_export.emit(file);
            }
        })
    };
    html! {
        <section class="panel calibrate-start" data-testid="calibrate-start">
            <h2>{language.say("calibrate-start-title")}</h2>
            <p class="hint">{language.say("calibrate-start-hint")}</p>
            <label class="button file-pick">
                {language.say("calibrate-start-pick")}
                <input type="file" accept=".csv,.tsv,text/csv,text/tab-separated-values"
                    onchange={on_pick} data-testid="calibrate-file"
                    aria-label={language.say("calibrate-start-pick-label")} />
            </label>
        </section>
    }
}
