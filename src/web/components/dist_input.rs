//! An uncertain field: the value typed the way people think ("5 to 10" for a 90% range, or
//! "5, 7, 10"), the distribution's form, and a small preview of its shape.

use yew::prelude::*;

use crate::charts::{self, Size, PALETTE};
use crate::editor as edit;
use crate::model::dist::DIST_FORMS;
use crate::model::{Dist, Field};
use crate::web::language::use_language;

/// Props of [`DistInput`].
#[derive(Properties, PartialEq)]
pub struct DistInputProps {
    /// The text input's id.
    pub id: String,
    /// The current value.
    pub dist: Dist,
    /// The field (unit, range).
    pub field: Field,
    /// Whether the field has a problem.
    #[prop_or_default]
    pub invalid: bool,
    /// A new value, or why the text does not read.
    pub on_change: Callback<Result<Dist, edit::TypedError>>,
}

/// Value, form and preview of an uncertain field.
#[function_component]
pub fn DistInput(props: &DistInputProps) -> Html {
    let form = use_state(|| props.dist.form().to_string());
    let text = use_node_ref();
    let language = use_language();
    let unit = props.field.unit;
    let emit = {
        let on_change = props.on_change.clone();
        let text = text.clone();
        move |form: &str| {
            let typed = text
                .cast::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            // A plain number is a fixed value whatever form is chosen.
            on_change.emit(edit::parse_dist(
                &typed,
                if form == "fixed" { "lognormal" } else { form },
                unit,
            ));
        }
    };
    let on_text = {
        let emit = emit.clone();
        let form = form.clone();
        Callback::from(move |_: Event| emit(&form))
    };
    let on_form = {
        let form = form.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let chosen = select.value();
            form.set(chosen.clone());
            emit(&chosen);
        })
    };
    let preview = charts::dist_preview(
        &props.dist,
        &props.field.range,
        PALETTE[0],
        Size {
            width: 120,
            height: 36,
        },
    );
    html! {
        <div class="dist">
            <input ref={text} type="text" id={props.id.clone()} data-testid={props.id.clone()} value={edit::format_dist_in(&props.dist, unit, &language.catalogue)}
                onchange={on_text} aria-invalid={props.invalid.to_string()} aria-describedby={format!("{}-help", props.id)} />
            <select onchange={on_form} aria-label={language.say("editor-dist-shape")} class="form">
                { for DIST_FORMS.iter().filter(|f| **f != "fixed").map(|f| html! {
                    <option value={*f} selected={*form == *f || (*form == "fixed" && *f == "lognormal")}>{language.say(&format!("editor-dist-{f}"))}</option>
                }) }
            </select>
            <span class="preview" aria-hidden="true">{ Html::from_html_unchecked(AttrValue::from(preview)) }</span>
        </div>
    }
}
