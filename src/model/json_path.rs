//! The field a position in a JSON text belongs to, as the readers write paths
//! (`scenarios[0].ae.quota`): for the errors serde_json finds while it reads the text (a number
//! too large for a double), which it reports by line and column only, before any reader has a
//! value to walk.

use super::read::join;

/// One open object or list on the way to a position.
enum Open {
    /// An object: the key of the member being read (`None` before its first key), and whether
    /// the next string is a key.
    Object { key: Option<String>, want_key: bool },
    /// A list: the index of the item being read.
    List { index: usize },
}

/// The path of the value at `line` and `column` (serde_json's: both from 1, the column in
/// bytes) of `text`, or `None` when the position is outside the text or at the top level.
/// The text before the position must be JSON as far as it goes, as it is when serde_json stops
/// there for a value it cannot hold.
pub fn path_at(text: &str, line: usize, column: usize) -> Option<String> {
    let offset = byte_offset(text, line, column)?;
    let bytes = text.as_bytes();
    let mut stack: Vec<Open> = Vec::new();
    let mut i = 0;
    while i < offset.min(bytes.len()) {
        match bytes[i] {
            b'"' => {
                let end = string_end(bytes, i)?;
                if let Some(Open::Object { key, want_key }) = stack.last_mut() {
                    if *want_key {
                        *key = serde_json::from_str::<String>(&text[i..=end]).ok();
                        *want_key = false;
                    }
                }
                i = end;
            }
            b'{' => stack.push(Open::Object {
                key: None,
                want_key: true,
            }),
            b'[' => stack.push(Open::List { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Open::Object { want_key, .. }) => *want_key = true,
                Some(Open::List { index }) => *index += 1,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for open in &stack {
        match open {
            Open::Object { key: Some(key), .. } => path = join(&path, key),
            Open::Object { key: None, .. } => return None,
            Open::List { index } => path = format!("{path}[{index}]"),
        }
    }
    (!path.is_empty()).then_some(path)
}

/// The byte offset of `line` and `column` (from 1) in `text`.
fn byte_offset(text: &str, line: usize, column: usize) -> Option<usize> {
    let start = if line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2)?.0 + 1
    };
    let offset = start + column.checked_sub(1)?;
    (offset < text.len()).then_some(offset)
}

/// The index of the quote that closes the string opening at `start`.
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return Some(i),
            _ => i += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The path at the last byte of `needle` in `text`, where serde_json reports a number.
    fn at_end_of(text: &str, needle: &str) -> Option<String> {
        let end = text.find(needle).expect("the needle") + needle.len() - 1;
        let line = text[..end].matches('\n').count() + 1;
        let column = end - text[..end].rfind('\n').map_or(0, |i| i + 1) + 1;
        path_at(text, line, column)
    }

    #[test]
    fn paths_are_written_as_the_readers_write_them() {
        let text = r#"{"schema": 1, "scenarios": [{"name": "a,b]}"}, {"ae": {"quota": 7e400}}]}"#;
        assert_eq!(
            at_end_of(text, "7e400").as_deref(),
            Some("scenarios[1].ae.quota")
        );
        let text = "{\n  \"run\": {\"seed\": 1,\n    \"trials\": 1e400}\n}";
        assert_eq!(at_end_of(text, "1e400").as_deref(), Some("run.trials"));
        let text = r#"{"ae": {"plan": [{"month": 1}, {"month": 2, "count": 1e999}]}}"#;
        assert_eq!(
            at_end_of(text, "1e999").as_deref(),
            Some("ae.plan[1].count")
        );
        // Keys with escapes and characters of several bytes are read as JSON reads them.
        let text = r#"{"na\"me": "東京", "x\u0041": [1, 2, 3e999]}"#;
        assert_eq!(at_end_of(text, "3e999").as_deref(), Some("xA[2]"));
    }

    #[test]
    fn the_top_level_and_positions_outside_have_no_path() {
        assert_eq!(path_at("1e400", 1, 5), None);
        assert_eq!(path_at("[1e400]", 1, 6).as_deref(), Some("[0]"));
        assert_eq!(path_at("{}", 3, 1), None);
        assert_eq!(path_at("{}", 1, 0), None);
        assert_eq!(path_at("{}", 1, 9), None);
    }
}
