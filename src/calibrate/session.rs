//! One calibration as a conversation: a file is opened, its columns reviewed (perhaps more
//! than once), then fitted into a scenario. The page's calibration worker keeps a [`Session`]
//! and passes it each [`Request`]; the table stays in the worker between steps, so a large
//! export crosses to it once and its rows never come back: answers carry only the overview and
//! the fits in words, their charts drawn ([`FitsInWords`]), said in the page's language.

use serde::{Deserialize, Serialize};

use crate::i18n::{Args, Catalogue};
use crate::model::Scenario;

use super::calibration::{calibrate, Calibration};
use super::columns::Column;
use super::review::{overview, Choices, Overview};
use super::table::{read_table, Table};
use super::words::{fits_in_words, FitsInWords};

/// What the page asks. The bytes of an opened file travel beside the request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Request {
    /// Read the file sent with this request, named `file`.
    Open { file: String },
    /// The columns as the user chose them: list the stages and sources of those.
    Review { columns: Vec<(Column, usize)> },
    /// Fit the file by `choices` into a copy of `base` (a scenario's file form); charts
    /// `width` pixels wide.
    Fit {
        choices: Choices,
        base: serde_json::Value,
        width: u32,
    },
    /// The last fits again, in the language this request comes with (the page's was switched).
    Redraw { width: u32 },
}

/// What the worker answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Answer {
    /// The file (or its chosen columns) as the review shows it.
    Overview { file: String, overview: Overview },
    /// The fits and the scenario they make, in words.
    Fitted(Box<FitsInWords>),
    /// Why not, said in the request's language: the file cannot be read (where, and why), a
    /// column is missing, or no file is open.
    Refused(String),
}

/// The worker's memory between requests: the file read last, and its last fits with the
/// scenario they went into.
#[derive(Debug, Default)]
pub struct Session {
    open: Option<(String, Table)>,
    fitted: Option<(Calibration, Scenario)>,
}

impl Session {
    /// Answers `request` in `catalogue`'s language; `bytes` are the file's, for
    /// [`Request::Open`].
    pub fn answer(
        &mut self,
        request: Request,
        bytes: Option<&[u8]>,
        catalogue: &Catalogue,
    ) -> Answer {
        match request {
            Request::Open { file } => {
                // A file that cannot be read leaves no table behind: never a stale one.
                self.open = None;
                self.fitted = None;
                match read_table(bytes.unwrap_or_default()) {
                    Ok(table) => {
                        let overview = overview(&table, None);
                        self.open = Some((file.clone(), table));
                        Answer::Overview { file, overview }
                    }
                    Err(e) => Answer::Refused(e.say(catalogue)),
                }
            }
            Request::Review { columns } => match &self.open {
                Some((file, table)) => Answer::Overview {
                    file: file.clone(),
                    overview: overview(table, Some(&columns)),
                },
                None => Answer::Refused(catalogue.say("error-calibrate-no-file", &Args::new())),
            },
            Request::Fit {
                choices,
                base,
                width,
            } => {
                let Some((file, table)) = &self.open else {
                    return Answer::Refused(catalogue.say("error-calibrate-no-file", &Args::new()));
                };
                // The page sends only scenarios it holds, which are valid; were one not, the
                // fits go into the defaults rather than fail.
                let base = Scenario::from_value(&base, "").unwrap_or_default();
                match calibrate(table, &choices, &base, file) {
                    Ok(calibration) => {
                        let words = fits_in_words(&calibration, &base, catalogue, width);
                        self.fitted = Some((calibration, base));
                        Answer::Fitted(Box::new(words))
                    }
                    Err(e) => Answer::Refused(catalogue.text(&e.message())),
                }
            }
            Request::Redraw { width } => match &self.fitted {
                Some((calibration, base)) => {
                    Answer::Fitted(Box::new(fits_in_words(calibration, base, catalogue, width)))
                }
                None => Answer::Refused(catalogue.say("error-calibrate-no-file", &Args::new())),
            },
        }
    }
}
