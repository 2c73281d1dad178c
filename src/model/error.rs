//! Model errors: each names the JSON path of the field, and says what is wrong and what is valid,
//! e.g. `ae.outbound_share: 1.2 is outside 0 to 0.9`. A reader collects all of them at once.
//!
//! The reason is a [`Message`] of `locales/*/errors.ftl`, so it can be said in any language;
//! the path is never translated: it is the key as written in the file. `Display` is English
//! (the CLI's default, the logs, the tests); [`FieldError::say`] puts an error in a
//! catalogue's language: `path: reason` in English, `path：reason` (a full-width colon, as
//! Chinese punctuation goes) in Chinese, the layout itself being the message `error-at`.

use std::fmt;

use serde_json::Value;

use super::field::{format_number, Range, RangeShape};
use crate::i18n::{self, Args, Catalogue, Message};

/// One problem with one field.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    /// The JSON path, e.g. `scenarios[1].ae.outbound_share`; empty for the whole file.
    pub path: String,
    /// What is wrong, and the valid values.
    pub reason: Message,
    /// The part of the field the reason is about, when the editor moved a problem inside a
    /// field (a distribution's `min`, a plan entry's month) to the field itself.
    pub part: Option<Message>,
}

impl FieldError {
    /// A problem at `path`.
    pub fn new(path: impl Into<String>, reason: Message) -> FieldError {
        FieldError {
            path: path.into(),
            reason,
            part: None,
        }
    }

    /// The reason (with its part, if any) in `catalogue`'s language, without the path.
    pub fn reason_in(&self, catalogue: &Catalogue) -> String {
        let reason = catalogue.text(&self.reason);
        match &self.part {
            None => reason,
            Some(part) => catalogue.say(
                "error-part",
                &Args::new()
                    .text("part", catalogue.text(part))
                    .text("reason", reason),
            ),
        }
    }

    /// The reason (with its part) in English.
    pub fn reason_text(&self) -> String {
        i18n::with_english(|en| self.reason_in(en))
    }

    /// The whole error in `catalogue`'s language, the path as written in the file.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        at_path(catalogue, &self.path, self.reason_in(catalogue))
    }
}

/// `reason` at `path` in `catalogue`'s language (`error-at`: `path: reason`, a full-width
/// colon in Chinese), the path exactly as the file writes it; the reason alone for the whole
/// file (an empty path).
pub fn at_path(catalogue: &Catalogue, path: &str, reason: String) -> String {
    if path.is_empty() {
        return reason;
    }
    catalogue.say(
        "error-at",
        &Args::new().text("path", path).text("reason", reason),
    )
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&i18n::with_english(|en| self.say(en)))
    }
}

/// Every problem found in a file, in file order.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelErrors(pub Vec<FieldError>);

impl ModelErrors {
    /// A single problem.
    pub fn one(path: impl Into<String>, reason: Message) -> ModelErrors {
        ModelErrors(vec![FieldError::new(path, reason)])
    }
    /// The problems.
    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.0.iter()
    }
    /// How many problems.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Every problem in `catalogue`'s language, one a line.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        let lines: Vec<String> = self.0.iter().map(|e| e.say(catalogue)).collect();
        lines.join("\n")
    }
}

impl fmt::Display for ModelErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&i18n::with_english(|en| self.say(en)))
    }
}

impl std::error::Error for ModelErrors {}

/// Message `id` with `args`: the short form the readers use.
pub fn reason(id: &'static str, args: Args) -> Message {
    Message::with(id, args)
}

/// `args` with `$got` and `$value` describing a JSON value, for the messages that end
/// "…, got { error-got }": `null`, `true`, `12`, the text "abc", a list, an object. The text
/// is cut at 40 characters and quoted as Rust quotes it, as the English always was.
pub fn got(args: Args, value: &Value) -> Args {
    let (got, shown) = match value {
        Value::Null => ("other", "null".to_string()),
        Value::Bool(b) => ("other", b.to_string()),
        Value::Number(n) => ("other", n.to_string()),
        Value::String(s) => {
            let short: String = s.chars().take(40).collect();
            let more = if s.chars().count() > 40 { "…" } else { "" };
            ("text", format!("{:?}", format!("{short}{more}")))
        }
        Value::Array(_) => ("list", String::new()),
        Value::Object(_) => ("object", String::new()),
    };
    args.text("got", got).text("value", shown)
}

/// Message `id` whose only argument is the JSON value it got.
pub fn got_only(id: &'static str, value: &Value) -> Message {
    Message::with(id, got(Args::new(), value))
}

/// The message for a value outside its range, e.g. `1.2 is outside 0 to 0.9`.
pub fn out_of_range(x: f64, range: &Range) -> Message {
    let args = Args::new()
        .text("value", format_number(x))
        .text("min", format_number(range.lo))
        .text("max", format_number(range.hi));
    let id = match range.shape() {
        RangeShape::AtLeast => "error-below-minimum",
        RangeShape::Above => "error-not-above",
        RangeShape::Closed => "error-outside-range",
        RangeShape::OpenMin => "error-outside-range-open-min",
        RangeShape::OpenMax => "error-outside-range-open-max",
        RangeShape::OpenBoth => "error-outside-range-open-both",
    };
    reason(id, args)
}

/// "is missing".
pub fn missing() -> Message {
    Message::new("error-missing")
}
