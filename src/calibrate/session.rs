//! One calibration as a conversation: a file is opened, its columns reviewed (perhaps more
//! than once), then fitted into a scenario. The page's calibration worker keeps a [`Session`]
//! and passes it each [`Request`]; the table stays in the worker between steps, so a large
//! export crosses to it once and its rows never come back: answers carry only the overview,
//! the fits and the values their charts draw.

use serde::{Deserialize, Serialize};

use crate::i18n::Message;
use crate::model::Scenario;

use super::calibration::{calibrate, Calibration};
use super::columns::Column;
use super::review::{overview, Choices, Overview};
use super::table::{read_table, Table, TableError};

/// What the page asks. The bytes of an opened file travel beside the request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Request {
    /// Read the file sent with this request, named `file`.
    Open { file: String },
    /// The columns as the user chose them: list the stages and sources of those.
    Review { columns: Vec<(Column, usize)> },
    /// Fit the file by `choices` into a copy of `base` (a scenario's file form).
    Fit {
        choices: Choices,
        base: serde_json::Value,
    },
}

/// What the worker answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Answer {
    /// The file (or its chosen columns) as the review shows it.
    Overview { file: String, overview: Overview },
    /// The fits and the scenario they make.
    Calibration(Box<Calibration>),
    /// The file cannot be read: where, and why.
    Unreadable(TableError),
    /// Why not: a column is missing, or no file is open.
    Refused(Message),
}

/// The worker's memory between requests: the file read last.
#[derive(Debug, Default)]
pub struct Session {
    open: Option<(String, Table)>,
}

impl Session {
    /// Answers `request`; `bytes` are the file's, for [`Request::Open`].
    pub fn answer(&mut self, request: Request, bytes: Option<&[u8]>) -> Answer {
        match request {
            Request::Open { file } => {
                // A file that cannot be read leaves no table behind: never a stale one.
                self.open = None;
                match read_table(bytes.unwrap_or_default()) {
                    Ok(table) => {
                        let overview = overview(&table, None);
                        self.open = Some((file.clone(), table));
                        Answer::Overview { file, overview }
                    }
                    Err(e) => Answer::Unreadable(e),
                }
            }
            Request::Review { columns } => match &self.open {
                Some((file, table)) => Answer::Overview {
                    file: file.clone(),
                    overview: overview(table, Some(&columns)),
                },
                None => Answer::Refused(Message::new("error-calibrate-no-file")),
            },
            Request::Fit { choices, base } => {
                let Some((file, table)) = &self.open else {
                    return Answer::Refused(Message::new("error-calibrate-no-file"));
                };
                // The page sends only scenarios it holds, which are valid; were one not, the
                // fits go into the defaults rather than fail.
                let base = Scenario::from_value(&base, "").unwrap_or_default();
                match calibrate(table, &choices, &base, file) {
                    Ok(calibration) => Answer::Calibration(Box::new(calibration)),
                    Err(e) => Answer::Refused(e.message()),
                }
            }
        }
    }
}
