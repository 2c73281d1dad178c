//! One field of the editor: its label, input, unit, default, one line of help, and the problem
//! with the last value typed, if any. Text is read by the editor's parsers and the control (a
//! slider, a text area) comes from the editor's catalogue; nothing here knows the model's rules
//! or any field by name.

use yew::prelude::*;

use super::dist_input::DistInput;
use crate::editor::{self, Control, FieldEntry, FieldValue, TypedError};
use crate::i18n::Args;
use crate::model::{FieldError, Pace, Unit};
use crate::web::language::use_language;

/// Props of [`FieldInput`].
#[derive(Properties, PartialEq)]
pub struct FieldInputProps {
    /// The field, its value and its default.
    pub entry: FieldEntry,
    /// The problem with the last value, if any: said in the page's language when shown, so
    /// that switching language says it again.
    #[prop_or_default]
    pub problem: Option<FieldError>,
    /// A new value for the field: (path, value).
    pub on_commit: Callback<(String, FieldValue)>,
    /// Text that could not be read: (path, reason), or `None` once it reads.
    pub on_local_error: Callback<(String, Option<TypedError>)>,
    /// Sweep this field over its range (offered beside a slider): its path.
    #[prop_or_default]
    pub on_sweep: Option<Callback<String>>,
}

fn input_value(e: &Event) -> String {
    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
    input.value()
}

/// One editor row.
#[function_component]
pub fn FieldInput(props: &FieldInputProps) -> Html {
    let language = use_language();
    let entry = &props.entry;
    let path = entry.path.clone();
    let id = format!("field-{}", entry.path);
    let unit = entry.field.unit;
    let commit = {
        let on_commit = props.on_commit.clone();
        let on_local_error = props.on_local_error.clone();
        let path = path.clone();
        move |parsed: Result<FieldValue, TypedError>| match parsed {
            Ok(v) => {
                on_local_error.emit((path.clone(), None));
                on_commit.emit((path.clone(), v));
            }
            Err(reason) => on_local_error.emit((path.clone(), Some(reason))),
        }
    };
    let invalid = props.problem.is_some();
    let described = format!("{id}-help");
    let control = match (&entry.value, entry.control) {
        (FieldValue::Number(x), Control::Slider(slider)) => {
            let commit = commit.clone();
            let oninput = Callback::from(move |e: InputEvent| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                let text = input.value();
                commit(
                    text.parse::<f64>()
                        .map(FieldValue::Number)
                        .map_err(|_| TypedError::not_a_number(&text)),
                );
            });
            let marks = format!("{id}-marks");
            let mark = editor::format_value(&FieldValue::Number(slider.mark), Unit::Share);
            html! {
                <div class="slider">
                    <input type="range" id={id.clone()} data-testid={id.clone()} min="0" max={slider.max.to_string()} step="0.01"
                        value={x.to_string()} {oninput} list={marks.clone()} aria-describedby={described.clone()}
                        aria-valuetext={language.say_with("editor-slider-value", &Args::new().text("share", format!("{:.0}%", x * 100.0)).text("of", language.say_or(&format!("editor-slider-of-{}", path.replace('.', "-")), slider.of)))} />
                    <datalist id={marks}><option value={slider.mark.to_string()} label={mark.clone()}></option></datalist>
                    <span class="slider-value">{format!("{:.0}%", x * 100.0)}</span>
                    <span class="slider-mark" style={format!("left: calc({:.0} / {:.0} * 100%)", slider.mark * 100.0, slider.max * 100.0)} aria-hidden="true">{mark}</span>
                    if let Some(on_sweep) = &props.on_sweep {
                        <button type="button" class="ghost small sweep-button" data-testid={format!("sweep-{}", entry.path)}
                            onclick={{ let (on_sweep, path) = (on_sweep.clone(), path.clone()); Callback::from(move |_| on_sweep.emit(path.clone())) }}
                            aria-label={language.say_with("editor-sweep-label", &Args::new().text("field", language.field_label(&entry.path, &entry.label)).text("max", format!("{:.0}%", slider.max * 100.0)))}>
                            {language.say_with("editor-sweep", &Args::new().text("max", format!("{:.0}%", slider.max * 100.0)))}
                        </button>
                    }
                </div>
            }
        }
        (FieldValue::Number(x), _) => {
            let commit = commit.clone();
            let onchange = Callback::from(move |e: Event| {
                commit(editor::parse_number(&input_value(&e), unit).map(FieldValue::Number))
            });
            html! { <input type="text" inputmode="decimal" id={id.clone()} data-testid={id.clone()} value={editor::say_value(&FieldValue::Number(*x), unit, "USD", &language.catalogue)}
            {onchange} aria-invalid={invalid.to_string()} aria-describedby={described.clone()} /> }
        }
        (FieldValue::Integer(n), _) => {
            let commit = commit.clone();
            let onchange = Callback::from(move |e: Event| {
                commit(editor::parse_integer(&input_value(&e)).map(FieldValue::Integer))
            });
            html! { <input type="text" inputmode="numeric" id={id.clone()} data-testid={id.clone()} value={n.to_string()}
            {onchange} aria-invalid={invalid.to_string()} aria-describedby={described.clone()} /> }
        }
        (FieldValue::OptionalMonth(m), _) => {
            let commit = commit.clone();
            let onchange = Callback::from(move |e: Event| {
                let text = input_value(&e);
                commit(if text.trim().is_empty() {
                    Ok(FieldValue::OptionalMonth(None))
                } else {
                    editor::parse_integer(&text).map(|m| FieldValue::OptionalMonth(Some(m)))
                })
            });
            html! { <input type="text" inputmode="numeric" id={id.clone()} data-testid={id.clone()} placeholder={language.say("editor-month-placeholder")}
            value={m.map(|m| m.to_string()).unwrap_or_default()} {onchange} aria-invalid={invalid.to_string()} aria-describedby={described.clone()} /> }
        }
        (FieldValue::Switch(on), _) => {
            let commit = commit.clone();
            let onchange = Callback::from(move |e: Event| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                commit(Ok(FieldValue::Switch(input.checked())));
            });
            html! { <input type="checkbox" id={id.clone()} data-testid={id.clone()} checked={*on} {onchange} aria-describedby={described.clone()} /> }
        }
        (FieldValue::Dist(d), _) => {
            let commit = commit.clone();
            let on_change = Callback::from(move |r: Result<crate::model::Dist, TypedError>| {
                commit(r.map(FieldValue::Dist))
            });
            html! { <DistInput id={id.clone()} dist={*d} field={entry.field} on_change={on_change} invalid={invalid} /> }
        }
        (FieldValue::Text(t), Control::TextArea) => {
            let commit = commit.clone();
            let onchange = Callback::from(move |e: Event| {
                let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
                commit(Ok(FieldValue::Text(area.value())));
            });
            // A preset's own rationale reads in the page's language; any other text as written.
            let shown = match crate::presets::rationale_of(t) {
                Some(p) => language.say(&format!("preset-rationale-{}", p.name)),
                None => t.clone(),
            };
            html! { <textarea id={id.clone()} data-testid={id.clone()} value={shown} rows="3" {onchange} aria-describedby={described.clone()} /> }
        }
        (FieldValue::Text(t), _) => {
            let commit = commit.clone();
            let onchange =
                Callback::from(move |e: Event| commit(Ok(FieldValue::Text(input_value(&e)))));
            html! { <input type="text" id={id.clone()} data-testid={id.clone()} value={t.clone()} {onchange} aria-invalid={invalid.to_string()} aria-describedby={described.clone()} /> }
        }
        (FieldValue::Plan(plan), _) => {
            let commit = commit.clone();
            let onchange = Callback::from(move |e: Event| {
                commit(editor::parse_plan(&input_value(&e)).map(FieldValue::Plan))
            });
            html! { <input type="text" id={id.clone()} data-testid={id.clone()} placeholder={language.say("editor-plan-placeholder")}
            value={editor::format_plan(plan)} {onchange} aria-invalid={invalid.to_string()} aria-describedby={described.clone()} /> }
        }
        (FieldValue::Pace(pace), _) => html! { <PaceInput id={id.clone()} pace={*pace} on_change={{
            let commit = commit.clone();
            Callback::from(move |r: Result<Option<Pace>, TypedError>| commit(r.map(FieldValue::Pace)))
        }} /> },
        (FieldValue::Target(target), _) => {
            let commit = commit.clone();
            let onchange = Callback::from(move |e: Event| {
                commit(editor::parse_target(&input_value(&e)).map(FieldValue::Target))
            });
            let text = editor::format_target_in(target, &language.catalogue);
            html! { <input type="text" id={id.clone()} data-testid={id.clone()} placeholder={language.say("editor-target-placeholder")}
            value={text} {onchange} aria-invalid={invalid.to_string()} aria-describedby={described.clone()} /> }
        }
    };
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))}>
            <label for={id.clone()} class="field-label">
                {language.field_label(&entry.path, &entry.label)}
                if !unit.label().is_empty() && unit != Unit::Share && unit != Unit::Money {
                    <span class="unit">{language.say_with("editor-unit-after", &Args::new().text("unit", language.say(&format!("editor-unit-{}", unit.key()))))}</span>
                }
            </label>
            { control }
            <p class="help" id={described}>
                {language.say(&format!("{}-help", editor::field_message_id(&entry.path)))}
                <span class="default">{" "}{language.say_with("field-default", &Args::new().text("value", entry.default_text_in(&language.catalogue)))}</span>
            </p>
            if let Some(problem) = &props.problem {
                <p class="problem" role="alert" data-testid={format!("field-error-{}", entry.path)}>{problem.reason_in(&language.catalogue)}</p>
            }
        </div>
    }
}

/// Props of [`PaceInput`].
#[derive(Properties, PartialEq)]
pub struct PaceInputProps {
    /// The input's id.
    pub id: String,
    /// The pace, or none.
    pub pace: Option<Pace>,
    /// A new pace, or why the text does not read.
    pub on_change: Callback<Result<Option<Pace>, TypedError>>,
}

/// Hiring pace: requisitions per quarter between two months; empty means no pace.
#[function_component]
pub fn PaceInput(props: &PaceInputProps) -> Html {
    let language = use_language();
    let per = use_node_ref();
    let from = use_node_ref();
    let to = use_node_ref();
    let onchange = {
        let (per, from, to) = (per.clone(), from.clone(), to.clone());
        let on_change = props.on_change.clone();
        Callback::from(move |_: Event| {
            let read = |r: &NodeRef| {
                r.cast::<web_sys::HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            let (p, f, t) = (read(&per), read(&from), read(&to));
            if p.trim().is_empty() {
                on_change.emit(Ok(None));
                return;
            }
            let result = (|| {
                let per_quarter = editor::parse_number(&p, Unit::Count)?;
                let from_month = if f.trim().is_empty() {
                    0
                } else {
                    editor::parse_integer(&f)?
                };
                let to_month = if t.trim().is_empty() {
                    None
                } else {
                    Some(editor::parse_integer(&t)?)
                };
                Ok(Some(Pace {
                    per_quarter,
                    from_month,
                    to_month,
                }))
            })();
            on_change.emit(result);
        })
    };
    let p = props.pace;
    html! {
        <div class="pace">
            <input ref={per} type="text" inputmode="decimal" id={props.id.clone()} data-testid={props.id.clone()} aria-label={language.say("editor-pace-per-quarter")}
                placeholder={language.say("editor-pace-none")} value={p.map(|p| crate::model::field::format_number(p.per_quarter)).unwrap_or_default()} onchange={onchange.clone()} />
            <span>{" "}{language.say("editor-pace-from")}{" "}</span>
            <input ref={from} type="text" inputmode="numeric" aria-label={language.say("editor-pace-from-label")} class="short"
                value={p.map(|p| p.from_month.to_string()).unwrap_or_else(|| "0".into())} onchange={onchange.clone()} />
            <span>{" "}{language.say("editor-pace-to")}{" "}</span>
            <input ref={to} type="text" inputmode="numeric" aria-label={language.say("editor-pace-to-label")} class="short" placeholder={language.say("editor-pace-end")}
                value={p.and_then(|p| p.to_month).map(|m| m.to_string()).unwrap_or_default()} {onchange} />
        </div>
    }
}
