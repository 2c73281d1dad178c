//! A message's form on the wire: a web worker holds no catalogue, so it hands the page its
//! messages (a calibration's problems) as data, `{"id": …, "args": [[name, value], …]}`, and
//! the page says them. Ids and argument names are `&'static str` in a [`Message`]; reading one
//! interns each distinct name once, so the names a page ever reads (a few hundred at most, all
//! of them the program's own) are kept for good and never again.

use std::cell::RefCell;
use std::collections::HashSet;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Arg, Args, Message};

/// The longest id or argument name read: longer text is no message of the program.
const MAX_NAME: usize = 80;
/// The most distinct names interned: a flood of made-up ids stops here.
const MAX_NAMES: usize = 4096;

thread_local! {
    static NAMES: RefCell<HashSet<&'static str>> = RefCell::new(HashSet::new());
}

/// `name` as a `&'static str`, interned once per thread.
fn intern(name: &str) -> Result<&'static str, &'static str> {
    if name.len() > MAX_NAME
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err("not a message name");
    }
    NAMES.with(|names| {
        let mut names = names.borrow_mut();
        if let Some(known) = names.get(name) {
            return Ok(*known);
        }
        if names.len() >= MAX_NAMES {
            return Err("too many message names");
        }
        let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
        names.insert(leaked);
        Ok(leaked)
    })
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum WireArg {
    Text(String),
    Number(f64),
}

#[derive(Serialize, Deserialize)]
struct WireMessage {
    id: String,
    args: Vec<(String, WireArg)>,
}

impl Serialize for Message {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        WireMessage {
            id: self.id.to_string(),
            args: self
                .args
                .0
                .iter()
                .map(|(name, arg)| {
                    let arg = match arg {
                        Arg::Text(t) => WireArg::Text(t.clone()),
                        Arg::Number(n) => WireArg::Number(*n),
                    };
                    (name.to_string(), arg)
                })
                .collect(),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Message {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Message, D::Error> {
        let wire = WireMessage::deserialize(deserializer)?;
        let id = intern(&wire.id).map_err(D::Error::custom)?;
        let mut args = Args::new();
        for (name, arg) in wire.args {
            let name = intern(&name).map_err(D::Error::custom)?;
            args.0.push((
                name,
                match arg {
                    WireArg::Text(t) => Arg::Text(t),
                    WireArg::Number(n) => Arg::Number(n),
                },
            ));
        }
        Ok(Message { id, args })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_survives_the_wire() {
        let message = Message::with(
            "error-csv-line",
            Args::new().text("line", "12").number("count", 3.0),
        );
        let json = serde_json::to_string(&message).unwrap();
        assert_eq!(
            json,
            r#"{"id":"error-csv-line","args":[["line",{"text":"12"}],["count",{"number":3.0}]]}"#
        );
        let back: Message = serde_json::from_str(&json).unwrap();
        assert_eq!(back, message);
        // Interned: the same id read twice is the same text.
        let again: Message = serde_json::from_str(&json).unwrap();
        assert!(std::ptr::eq(back.id, again.id));
    }

    #[test]
    fn markup_is_no_message_name() {
        let bad = r#"{"id":"<img src=x>","args":[]}"#;
        assert!(serde_json::from_str::<Message>(bad).is_err());
    }
}
