//! The share-link codec: a whole workspace in a URL fragment, `#w=1.<base64url(deflate(JSON))>`.
//!
//! The fragment never reaches a server. `1` is the link format's version: the JSON inside is the
//! workspace's compact form (MODEL.md, File shapes: only what differs from the defaults), deflated
//! without a header and written in unpadded base64url. Every version ever issued stays readable:
//! [`decode_link`] migrates older versions forward, and `tests/it/share_links.rs` pins one golden
//! link per version and preset.
//!
//! Links are untrusted input. Decoding caps the text's length and the inflated size (a
//! decompression bomb stops at [`MAX_INFLATED_BYTES`]), and every failure is a [`LinkError`]
//! that says what is wrong in words a user can act on.

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::{DecodeError, Engine};
use miniz_oxide::inflate::TINFLStatus;
use serde_json::Value;

use crate::i18n::{self, Args, Catalogue, Message};
use crate::model::{parse_json, FileKind, ModelErrors, Workspace};

/// The link format this version writes.
pub const LINK_VERSION: u32 = 1;
/// The fragment key that marks a Pipesim workspace link.
pub const LINK_KEY: &str = "w";
/// The longest link text read, in characters.
pub const MAX_LINK_CHARS: usize = 200_000;
/// The largest inflated payload accepted, in bytes.
pub const MAX_INFLATED_BYTES: usize = 2 * 1024 * 1024;
/// Deflate level: the smallest links; a workspace is small, so the slowest level costs nothing
/// a person notices.
const DEFLATE_LEVEL: u8 = 9;

/// Why a link could not be opened.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkError {
    /// The text holds no `w=` workspace.
    NotALink,
    /// The text is longer than [`MAX_LINK_CHARS`].
    TooLong {
        /// The text's length in characters.
        chars: usize,
    },
    /// The link was made by a newer version of Pipesim.
    NewerVersion {
        /// The version the link names.
        version: u64,
    },
    /// The version tag is not a version Pipesim has made.
    BadVersion {
        /// The tag as found, shortened.
        tag: String,
    },
    /// A character that base64url does not use.
    BadCharacter {
        /// The character.
        character: char,
        /// Its position in the data part, from 0.
        position: usize,
    },
    /// The data stops early or was altered: its base64 or deflate stream is incomplete.
    Truncated,
    /// The compressed data is damaged.
    Corrupt {
        /// What the decompressor found, as `error-link-corrupt` selects on: `checksum` (the
        /// data fails its checksum) or `deflate` (not a valid deflate stream).
        reason: &'static str,
    },
    /// The data unpacks, but to bytes that are not UTF-8 text: not damage to the deflate
    /// stream, so a message of its own, with where the text goes wrong.
    NotUtf8 {
        /// The byte offset, from 0, of the first byte that is not UTF-8 in the unpacked data.
        offset: usize,
    },
    /// The data inflates past [`MAX_INFLATED_BYTES`].
    TooLarge,
    /// The data is not a valid workspace: the model's errors, each with its path.
    Workspace(ModelErrors),
}

impl LinkError {
    /// What is wrong, in `catalogue`'s language: a `Workspace` error lists its problems one a
    /// line under the first, each with its path as the file writes it.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        match self {
            LinkError::Workspace(errors) => {
                let mut text = catalogue.say("error-link-workspace", &Args::new());
                for e in errors.iter() {
                    text.push('\n');
                    text.push_str(&e.say(catalogue));
                }
                text
            }
            other => catalogue.text(&other.message()),
        }
    }

    /// The message of every error but `Workspace` (whose problems are said one by one).
    fn message(&self) -> Message {
        let (id, args) = match self {
            LinkError::NotALink => ("error-link-not-a-link", Args::new()),
            LinkError::TooLong { chars } => (
                "error-link-too-long",
                Args::new()
                    .text("chars", chars.to_string())
                    .text("max", MAX_LINK_CHARS.to_string()),
            ),
            LinkError::NewerVersion { version } => (
                "error-link-newer",
                Args::new()
                    .text("version", version.to_string())
                    .text("reads", LINK_VERSION.to_string()),
            ),
            LinkError::BadVersion { tag } => (
                "error-link-bad-version",
                Args::new().text("tag", tag.as_str()),
            ),
            LinkError::BadCharacter {
                character,
                position,
            } => (
                "error-link-bad-character",
                Args::new()
                    .text("character", format!("{character:?}"))
                    .text("position", position.to_string()),
            ),
            LinkError::Truncated => ("error-link-truncated", Args::new()),
            LinkError::Corrupt { reason } => {
                ("error-link-corrupt", Args::new().text("reason", *reason))
            }
            LinkError::NotUtf8 { offset } => (
                "error-link-not-utf8",
                Args::new().text("offset", offset.to_string()),
            ),
            LinkError::TooLarge => (
                "error-link-too-large",
                Args::new().text("mb", (MAX_INFLATED_BYTES / (1024 * 1024)).to_string()),
            ),
            LinkError::Workspace(_) => ("error-link-workspace", Args::new()),
        };
        Message::with(id, args)
    }
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&i18n::with_english(|en| self.say(en)))
    }
}

impl std::error::Error for LinkError {}

/// The fragment for a workspace, without the `#`: `w=1.<data>`.
pub fn encode_link(workspace: &Workspace) -> String {
    let json = serde_json::to_string(&workspace.to_compact_value())
        .expect("a workspace's JSON value serialises");
    let deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), DEFLATE_LEVEL);
    format!(
        "{LINK_KEY}={LINK_VERSION}.{}",
        URL_SAFE_NO_PAD.encode(deflated)
    )
}

/// A full link: `base` (a page address; anything after a `#` in it is dropped) with the
/// workspace's fragment.
pub fn link_url(base: &str, workspace: &Workspace) -> String {
    let page = base.split('#').next().unwrap_or_default();
    format!("{page}#{}", encode_link(workspace))
}

/// Whether `text` looks like a link rather than a file name: it carries a `w=` fragment.
pub fn looks_like_link(text: &str) -> bool {
    find_payload(text.trim()).is_some()
}

/// The `w=` value in a link, a fragment (`#w=…`) or a bare `w=…`. Other `&`-separated fragment
/// parameters are ignored, and percent-escapes (`w%3D1.…`, as some mail and chat programs write
/// it) are undone.
fn find_payload(text: &str) -> Option<String> {
    let fragment = match text.find('#') {
        Some(i) => &text[i + 1..],
        None => text,
    };
    let fragment = percent_decoded(fragment);
    fragment.split('&').find_map(|part| {
        part.strip_prefix(LINK_KEY)
            .and_then(|p| p.strip_prefix('='))
            .map(str::to_string)
    })
}

/// `text` with every `%XX` escape replaced by its byte (invalid UTF-8 becomes U+FFFD).
fn percent_decoded(text: &str) -> String {
    if !text.contains('%') {
        return text.to_string();
    }
    let bytes = text.as_bytes();
    let hex = |b: Option<&u8>| b.and_then(|b| (*b as char).to_digit(16));
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], hex(bytes.get(i + 1)), hex(bytes.get(i + 2))) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Reads a workspace from a link, a fragment or a bare `w=…` value.
pub fn decode_link(text: &str) -> Result<Workspace, LinkError> {
    let text = text.trim();
    let chars = text.chars().count();
    if chars > MAX_LINK_CHARS {
        return Err(LinkError::TooLong { chars });
    }
    let payload = find_payload(text).ok_or(LinkError::NotALink)?;
    let (tag, data) = payload.split_once('.').ok_or(LinkError::Truncated)?;
    let version: u64 = tag.parse().map_err(|_| LinkError::BadVersion {
        tag: tag.chars().take(12).collect(),
    })?;
    let value = match version {
        1 => inflate_json(data)?,
        v if v > LINK_VERSION as u64 => return Err(LinkError::NewerVersion { version: v }),
        _ => {
            return Err(LinkError::BadVersion {
                tag: tag.to_string(),
            })
        }
    };
    FileKind::from_value(&migrate(version, value))
        .map(FileKind::into_workspace)
        .map_err(LinkError::Workspace)
}

/// Brings the JSON of an older link version to the current one. Version 1 is the current
/// version; a later format adds its step here, and the golden links of every older version keep
/// passing through it.
fn migrate(version: u64, value: Value) -> Value {
    debug_assert!(version <= LINK_VERSION as u64);
    value
}

/// base64url, then inflate with a size cap, then JSON.
fn inflate_json(data: &str) -> Result<Value, LinkError> {
    // Links pasted from mail or chat may carry padding or line breaks; neither changes the data.
    let cleaned: String = data
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '=')
        .collect();
    if cleaned.is_empty() {
        return Err(LinkError::Truncated);
    }
    let deflated = URL_SAFE_NO_PAD.decode(&cleaned).map_err(|e| match e {
        DecodeError::InvalidByte(offset, _) => {
            // base64 counts bytes, which may fall inside a character; a person counts characters.
            let (position, character) = cleaned
                .char_indices()
                .take_while(|(i, _)| *i <= offset)
                .enumerate()
                .last()
                .map(|(n, (_, c))| (n, c))
                .unwrap_or((0, '?'));
            LinkError::BadCharacter {
                character,
                position,
            }
        }
        DecodeError::InvalidLength(_) | DecodeError::InvalidLastSymbol(_, _) => {
            LinkError::Truncated
        }
        DecodeError::InvalidPadding => LinkError::Truncated,
    })?;
    let inflated = miniz_oxide::inflate::decompress_to_vec_with_limit(
        &deflated,
        MAX_INFLATED_BYTES,
    )
    .map_err(|e| match e.status {
        TINFLStatus::HasMoreOutput => LinkError::TooLarge,
        TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => LinkError::Truncated,
        TINFLStatus::Adler32Mismatch => LinkError::Corrupt { reason: "checksum" },
        _ => LinkError::Corrupt { reason: "deflate" },
    })?;
    let text = String::from_utf8(inflated).map_err(|e| LinkError::NotUtf8 {
        offset: e.utf8_error().valid_up_to(),
    })?;
    parse_json(&text).map_err(LinkError::Workspace)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets;

    fn workspace() -> Workspace {
        presets::comparison("founder-led", "vp-first").expect("a shipped comparison")
    }

    #[test]
    fn a_link_round_trips() {
        let w = workspace();
        let link = encode_link(&w);
        assert!(link.starts_with("w=1."));
        assert_eq!(decode_link(&link), Ok(w.clone()));
        assert_eq!(decode_link(&format!("#{link}")), Ok(w.clone()));
        let url = link_url("https://example.test/app/#old", &w);
        assert!(url.starts_with("https://example.test/app/#w=1."));
        assert_eq!(decode_link(&url), Ok(w.clone()));
        assert_eq!(decode_link(&format!("{url}&utm=x")), Ok(w.clone()));
        let escaped = url.replacen("#w=", "#w%3D", 1);
        assert_eq!(decode_link(&escaped), Ok(w));
    }

    #[test]
    fn every_failure_is_named() {
        let link = encode_link(&workspace());
        assert_eq!(
            decode_link("https://example.test/"),
            Err(LinkError::NotALink)
        );
        assert_eq!(
            decode_link("#w=2.abc"),
            Err(LinkError::NewerVersion { version: 2 })
        );
        assert!(matches!(
            decode_link("#w=x.abc"),
            Err(LinkError::BadVersion { .. })
        ));
        let zero = decode_link("#w=0.abc").unwrap_err().to_string();
        assert!(zero.contains("\"0\" is not one Pipesim has made"), "{zero}");
        assert!(matches!(
            decode_link("#w=1.%FF%FE"),
            Err(LinkError::BadCharacter { .. })
        ));
        assert_eq!(
            decode_link(&link[..link.len() / 2]),
            Err(LinkError::Truncated)
        );
        let bad = format!("{}!{}", &link[..20], &link[21..]);
        assert_eq!(
            decode_link(&bad),
            Err(LinkError::BadCharacter {
                character: '!',
                position: 16
            })
        );
        assert_eq!(decode_link("w=1."), Err(LinkError::Truncated));
        // Found by the link fuzzer: a character of several bytes used to slice inside itself.
        assert_eq!(
            decode_link("w=1.tm\u{fffd}"),
            Err(LinkError::BadCharacter {
                character: '\u{fffd}',
                position: 2
            })
        );
        assert_eq!(
            decode_link("w=1.AAAA\u{e9}AA"),
            Err(LinkError::BadCharacter {
                character: '\u{e9}',
                position: 4
            })
        );
        let long = format!("w=1.{}", "A".repeat(MAX_LINK_CHARS));
        assert!(matches!(decode_link(&long), Err(LinkError::TooLong { .. })));
    }

    #[test]
    fn a_decompression_bomb_stops_at_the_cap() {
        let zeros = vec![b' '; MAX_INFLATED_BYTES + 10];
        let bomb = miniz_oxide::deflate::compress_to_vec(&zeros, 9);
        assert!(bomb.len() < 20_000, "the bomb is small: {}", bomb.len());
        let link = format!("w=1.{}", URL_SAFE_NO_PAD.encode(bomb));
        assert_eq!(decode_link(&link), Err(LinkError::TooLarge));
    }

    #[test]
    fn data_that_unpacks_to_bytes_not_utf8_says_where() {
        // Valid JSON up to byte 14, then a lone continuation byte: it inflates, but not to text.
        let mut bytes = br#"{"schema": 1, "#.to_vec();
        bytes.extend([0x80, b'}']);
        let link = format!(
            "w=1.{}",
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&bytes, 9))
        );
        let err = decode_link(&link).unwrap_err();
        assert_eq!(err, LinkError::NotUtf8 { offset: 14 });
        assert_eq!(
            err.to_string(),
            "the link is damaged: its data unpacks, but to bytes that are not UTF-8 text \
             (invalid byte at offset 14)"
        );
    }

    #[test]
    fn a_link_to_something_else_names_the_problem() {
        let deflated =
            miniz_oxide::deflate::compress_to_vec(br#"{"schema": 1, "scenarios": 3}"#, 9);
        let link = format!("w=1.{}", URL_SAFE_NO_PAD.encode(deflated));
        let err = decode_link(&link).unwrap_err();
        assert_eq!(
            err.to_string(),
            "the link's workspace is not valid:\nscenarios: expected a list of scenarios, got 3"
        );
    }
}
