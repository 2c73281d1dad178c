//! The messages for the user above the page, kept as what they mean rather than in words: each
//! line is a message of the catalogues (with the error it explains, if any) put in words when
//! shown, so that switching the page's language says every notice again. File names, links'
//! content and model names are arguments, shown as text.

use crate::engine::budget::OverBudget;
use crate::engine::RunError;
use crate::i18n::{self, Args, Catalogue, Message};
use crate::share::{ImportError, LinkError, StoredError};

/// How serious a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Something worked: "Link copied".
    Info,
    /// Something could not be done; the work is safe.
    Problem,
}

/// The most problems of a file or link one notice lists; the rest are counted.
const PROBLEMS_SHOWN: usize = 6;

/// The error a notice explains, summarised in the page's language when shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Why {
    /// A file or link that is not a workspace.
    Import(ImportError),
    /// Stored text this version cannot read.
    Stored(StoredError),
    /// A run too large for the browser.
    Budget(OverBudget),
    /// A run the engine stopped.
    Run(RunError),
    /// What the browser said (a file it could not read): shown as it is.
    Text(String),
    /// A reason of the page's own, in the catalogues.
    Message(Message),
}

impl Why {
    fn say(&self, catalogue: &Catalogue) -> String {
        match self {
            Why::Import(e) => e.summary_in(PROBLEMS_SHOWN, catalogue),
            Why::Stored(e) => e.say(catalogue),
            Why::Budget(e) => e.say(catalogue),
            Why::Run(e) => e.say(catalogue),
            Why::Text(text) => text.clone(),
            Why::Message(message) => catalogue.text(message),
        }
    }
}

/// One sentence of a notice.
#[derive(Debug, Clone, PartialEq)]
pub enum Said {
    /// Words already in the page's language, or that no catalogue holds (what the browser
    /// said went wrong): shown as they are.
    Text(String),
    /// A message of the catalogues.
    Message(Message),
    /// A message whose `$why` is an error, said in the same language.
    Because(Message, Why),
    /// An error on its own, said in the language.
    Error(Why),
}

impl Said {
    /// The sentence in English (the tests').
    pub fn text(&self) -> String {
        i18n::with_english(|en| self.say(en))
    }

    /// The sentence in `catalogue`'s language.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        match self {
            Said::Text(text) => text.clone(),
            Said::Message(message) => catalogue.text(message),
            Said::Because(message, why) => {
                let mut args = message.args.clone();
                args.0.push(("why", i18n::Arg::Text(why.say(catalogue))));
                catalogue.say(message.id, &args)
            }
            Said::Error(why) => why.say(catalogue),
        }
    }
}

impl From<String> for Said {
    fn from(text: String) -> Said {
        Said::Text(text)
    }
}

impl From<&str> for Said {
    fn from(text: &str) -> Said {
        Said::Text(text.to_string())
    }
}

impl From<Message> for Said {
    fn from(message: Message) -> Said {
        Said::Message(message)
    }
}

/// A message for the user, shown until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// Info or problem.
    pub tone: Tone,
    /// Its sentences, in order.
    pub said: Vec<Said>,
    /// Unique within a page's life; given by the state when shown.
    pub id: u64,
}

impl Notice {
    /// An info message.
    pub fn info(said: impl Into<Said>) -> Notice {
        Notice {
            tone: Tone::Info,
            said: vec![said.into()],
            id: 0,
        }
    }

    /// A problem message.
    pub fn problem(said: impl Into<Said>) -> Notice {
        Notice {
            tone: Tone::Problem,
            said: vec![said.into()],
            id: 0,
        }
    }

    /// With one more sentence.
    pub fn and(mut self, said: impl Into<Said>) -> Notice {
        self.said.push(said.into());
        self
    }

    /// The message in `catalogue`'s language, its sentences joined as the language joins
    /// them.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        let sentences: Vec<String> = self.said.iter().map(|s| s.say(catalogue)).collect();
        sentences.join(catalogue.lang().sentence_gap())
    }

    /// The message in English (the tests').
    pub fn text(&self) -> String {
        i18n::with_english(|en| self.say(en))
    }
}

/// The message for a link that cannot be opened.
pub fn link_problem(error: &LinkError) -> Notice {
    Notice::problem(Said::Because(
        Message::new("notice-link-failed"),
        Why::Import(ImportError::Link(error.clone())),
    ))
}

/// The message for a file that cannot be opened: its name, and why.
pub fn file_problem(name: &str, why: Why) -> Notice {
    Notice::problem(Said::Because(
        Message::with("notice-file-failed", Args::new().text("name", name)),
        why,
    ))
}
