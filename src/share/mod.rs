//! Moving models between people and sessions: share links (`link`) and the saved-model library
//! with its autosave record (`library`), and reading whatever a user imports (`import`). Pure
//! code; the web layer and the CLI only carry the text. With the `fuzzing` feature,
//! `fuzz_checks` holds what the fuzz targets assert about these readers of untrusted text.

#[cfg(feature = "fuzzing")]
pub mod fuzz_checks;
pub mod import;
pub mod library;
pub mod link;

pub use import::{workspace_from_text, ImportError};
pub use library::{
    is_pristine_preset, suggested_name, Autosave, Library, ModelKind, SavedModel, StoredError,
};
pub use link::{decode_link, encode_link, link_url, looks_like_link, LinkError, LINK_VERSION};
