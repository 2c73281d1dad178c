//! The header's "Print or save as PDF": the browser's print dialog, over the one-page report
//! that the stylesheet's print rules make of the results (`styles/app.css`, section "Print").

use yew::prelude::*;

use crate::web::language::use_language;

/// The button has no props: what prints is the page as it is.
#[function_component]
pub fn PrintButton() -> Html {
    let language = use_language();
    let onclick = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            // A browser without a print dialog (some embedded views) just does nothing.
            let _ = window.print();
        }
    });
    html! {
        <button type="button" class="print-button" data-testid="print" {onclick}>
            {language.say("print-button")}
        </button>
    }
}
