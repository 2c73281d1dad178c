//! Reading a workspace from whatever a user hands over: a workspace file, a scenario file, or a
//! text holding a share link. Errors keep every problem with its path; [`ImportError::summary`]
//! shortens them for a message on screen.

use std::fmt;

use super::link::{decode_link, looks_like_link, LinkError};
use crate::i18n::{self, Args, Catalogue, Message};
use crate::model::{FileKind, ModelErrors, Workspace};

/// Why a text is not a workspace.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    /// A link that cannot be opened.
    Link(LinkError),
    /// JSON that is not a valid scenario or workspace.
    Model(ModelErrors),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Link(e) => write!(f, "{e}"),
            ImportError::Model(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for ImportError {}

impl ImportError {
    /// Every problem in `catalogue`'s language, one a line.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        match self {
            ImportError::Link(e) => e.say(catalogue),
            ImportError::Model(e) => e.say(catalogue),
        }
    }

    /// At most `max` problems on one line, then how many more there are.
    pub fn summary(&self, max: usize) -> String {
        i18n::with_english(|en| self.summary_in(max, en))
    }

    /// [`ImportError::summary`] in `catalogue`'s language.
    pub fn summary_in(&self, max: usize, catalogue: &Catalogue) -> String {
        let problems = |errors: &ModelErrors| {
            let mut parts: Vec<String> =
                errors.iter().take(max).map(|e| e.say(catalogue)).collect();
            if errors.len() > max {
                parts.push(
                    catalogue.say(
                        "error-and-more",
                        &Args::new()
                            .number("n", (errors.len() - max) as f64)
                            .text("count", (errors.len() - max).to_string()),
                    ),
                );
            }
            parts.join(&catalogue.say("error-list-gap", &Args::new()))
        };
        match self {
            // A link's workspace may hold as many problems as a file: shortened the same way.
            ImportError::Link(LinkError::Workspace(errors)) => catalogue.say(
                "error-link-workspace-summary",
                &Args::new().text("problems", problems(errors)),
            ),
            ImportError::Link(e) => e.say(catalogue).replace('\n', " "),
            ImportError::Model(errors) => problems(errors),
        }
    }
}

/// The workspace in `text`: a link (a text that starts with no `{` and holds `#w=`), else a
/// scenario or workspace file.
pub fn workspace_from_text(text: &str) -> Result<Workspace, ImportError> {
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    if trimmed.is_empty() {
        // Not "EOF while parsing a value at line 1, column 0".
        return Err(ImportError::Model(ModelErrors::one(
            "",
            Message::new("error-file-empty"),
        )));
    }
    if !trimmed.starts_with('{') && looks_like_link(trimmed) {
        return decode_link(trimmed).map_err(ImportError::Link);
    }
    // The text as the file holds it but its BOM, so that the lines and columns of a message
    // are the file's own even when it opens with blank lines.
    FileKind::from_json_str(text.trim_start_matches('\u{feff}'))
        .map(FileKind::into_workspace)
        .map_err(ImportError::Model)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets;
    use crate::share::encode_link;

    #[test]
    fn files_scenarios_and_links_all_import() {
        let w = presets::comparison("founder-led", "vp-first").unwrap();
        assert_eq!(workspace_from_text(&w.to_json_pretty()), Ok(w.clone()));
        assert_eq!(
            workspace_from_text(&format!(
                "\u{feff}  https://a.example/#{}\n",
                encode_link(&w)
            )),
            Ok(w)
        );
        let one = workspace_from_text(presets::PRESETS[0].json).unwrap();
        assert_eq!(one.scenarios.len(), 1);
    }

    #[test]
    fn problems_are_summarised() {
        let err = workspace_from_text(
            r#"{"schema": 1, "ae": {"outbound_share": 2, "initial": -1, "ramp_months": "x"}, "horizon_months": 0}"#,
        )
        .unwrap_err();
        let summary = err.summary(2);
        assert!(
            summary.starts_with("horizon_months: 0 is outside 3 to 60; ae.initial: -1 is outside"),
            "{summary}"
        );
        assert!(summary.ends_with("and 2 more"), "{summary}");
        for empty in ["", " \n\t", "\u{feff}"] {
            assert_eq!(
                workspace_from_text(empty).unwrap_err().summary(3),
                "the file is empty: a Pipesim file holds a scenario or workspace object"
            );
        }
        // A link with many problems is shortened like a file.
        let many = r#"{"schema": 1, "horizon_months": 0, "start_month": 99, "ae": {"initial": -1, "outbound_share": 2}}"#;
        let deflated = miniz_oxide::deflate::compress_to_vec(many.as_bytes(), 9);
        let link = format!(
            "https://a.example/#w=1.{}",
            base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, deflated)
        );
        let summary = workspace_from_text(&link).unwrap_err().summary(2);
        assert!(
            summary.starts_with("the link's workspace is not valid: horizon_months: 0 is outside")
                && summary.ends_with("and 2 more")
                && !summary.contains('\n'),
            "{summary}"
        );
        // Positions count the file's own lines, blank ones before the object included.
        let err =
            workspace_from_text("\u{feff}\n\n{\"schema\": 1,\n \"ae\": {\"quota\": 1e400}}\n")
                .unwrap_err();
        assert_eq!(
            err.summary(3),
            "ae.quota: is a number too large to read (beyond ±1.8e308), at line 4, column 22"
        );
        let err = workspace_from_text("[1, 2]").unwrap_err();
        assert_eq!(
            err.summary(3),
            "expected a Pipesim scenario or workspace object, got a list"
        );
    }
}
