//! A field shown on request (a tornado's bar clicked): once the editor has opened the field's
//! group, the field scrolls into view and its input takes the focus.

use yew::prelude::*;

/// Scrolls to and focuses the editor's input of the field `focus` names, each time the request
/// count in it grows.
#[hook]
pub fn use_field_shown(focus: Option<(u64, String)>) {
    use_effect_with(focus, |focus| {
        if let (Some((_, path)), true) = (focus, cfg!(target_arch = "wasm32")) {
            let element = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&format!("field-{path}")));
            if let Some(element) = element {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                element.scroll_into_view_with_scroll_into_view_options(&options);
                if let Ok(input) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
                    let _ = input.focus();
                }
            }
        }
    });
}
