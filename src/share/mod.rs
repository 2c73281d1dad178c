//! Moving models between people and sessions: share links (`link`) and the saved-model library
//! with its autosave record (`library`). Pure code; the web layer and the CLI only carry the text.

pub mod library;
pub mod link;

pub use library::{is_pristine_preset, suggested_name, Autosave, Library, ModelKind, SavedModel};
pub use link::{decode_link, encode_link, link_url, looks_like_link, LinkError, LINK_VERSION};
