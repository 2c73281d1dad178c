//! Calibration on the page: the steps of fitting a scenario to a CRM export as state. A file
//! dropped or picked is read; the user reviews its columns, stages, sources and dates; looks at
//! the fits; applies them as a new scenario. The work itself is the calibration worker's
//! (`hooks::calibration` carries [`CalibrationView::request`] to it and its answers back); here
//! only what the user sees and chose. The export's rows never enter the state: the worker keeps
//! them, and the state holds the overview and the fits.

use std::rc::Rc;

use super::{Action, AppState};
use crate::calibrate::dates::DateOrder;
use crate::calibrate::session::{Answer, Request};
use crate::calibrate::words::FitsInWords;
use crate::calibrate::{Choices, Column, Outcome, Overview};
use crate::engine::Source;
use crate::i18n::Message;
use crate::model::Scenario;

/// Why the file could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// The worker's reason, said in the page's language when it answered.
    Said(String),
    /// The page's own reason: the browser could not read the file, the worker stopped, the
    /// workspace is full.
    Message(Message),
}

/// The step the user is at.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// Nothing open.
    Closed,
    /// The file is being read.
    Reading { file: String },
    /// The user reviews what Pipesim made of the file; `busy` while the worker answers.
    Review {
        file: String,
        overview: Rc<Overview>,
        choices: Choices,
        busy: bool,
    },
    /// The fits in words, to look at and apply (their charts as wide as the view's `width`).
    Fitted {
        file: String,
        overview: Rc<Overview>,
        choices: Choices,
        words: Rc<FitsInWords>,
    },
    /// The file could not be used; another can be chosen.
    Failed { file: String, why: Refusal },
}

/// What the user and the worker do to a calibration.
#[derive(Debug, Clone, PartialEq)]
pub enum CalibrateAction {
    /// A file was dropped or picked: it is being read (the hook sends it to the worker).
    Reading { file: String },
    /// The page could not go on with the file (the browser could not read it, it is too
    /// large to read, the worker stopped): why.
    Failed(Message),
    /// The worker's answer.
    Answered(Answer),
    /// Column `column` is the file's column `index` (`None`: not in the file).
    Column {
        column: Column,
        index: Option<usize>,
    },
    /// A stage means this.
    Stage { stage: String, outcome: Outcome },
    /// A source value is this source of the model (`None`: none of them).
    Source {
        value: String,
        source: Option<Source>,
    },
    /// Dates that read either way are in this order.
    Dates(DateOrder),
    /// Fit, into the selected scenario, with charts `width` pixels wide.
    Fit { width: u32 },
    /// The fits again in the page's language, which has changed.
    Redraw,
    /// Back from the fits to the review.
    Back,
    /// Add the calibrated scenario (named and described in the page's language) and close.
    Apply(Box<Scenario>),
    /// Close the panel; the file is forgotten.
    Close,
}

/// The calibration part of the page's state.
#[derive(Debug, Clone, PartialEq)]
pub struct CalibrationView {
    pub step: Step,
    /// The request for the worker, and a count that grows with each, so that the hook sends
    /// each once.
    pub request: Option<(u64, Request)>,
    /// The width the last fits were drawn at.
    pub width: u32,
}

impl Default for CalibrationView {
    fn default() -> Self {
        CalibrationView {
            step: Step::Closed,
            request: None,
            width: 440,
        }
    }
}

impl CalibrationView {
    fn ask(&mut self, request: Request) {
        let count = self.request.as_ref().map_or(0, |(n, _)| *n) + 1;
        self.request = Some((count, request));
    }

    /// Whether the panel is open.
    pub fn is_open(&self) -> bool {
        self.step != Step::Closed
    }
}

/// The choices of a new overview, keeping what the user already said: the columns, the order
/// of dates, and the meaning of every stage and source still listed.
fn carried(overview: &Overview, before: &Choices) -> Choices {
    let mut choices = overview.choices();
    choices.columns = before.columns.clone();
    if before.date_order.is_some() {
        choices.date_order = before.date_order;
    }
    for (stage, outcome) in &mut choices.stages {
        if let Some((_, said)) = before.stages.iter().find(|(s, _)| s == stage) {
            *outcome = *said;
        }
    }
    for (value, source) in &mut choices.sources {
        if let Some((_, said)) = before.sources.iter().find(|(v, _)| v == value) {
            *source = *said;
        }
    }
    choices
}

impl AppState {
    /// The state after a calibration action.
    pub(super) fn reduce_calibration(mut self, action: CalibrateAction) -> AppState {
        let view = &mut self.calibration;
        match action {
            CalibrateAction::Reading { file } => view.step = Step::Reading { file },
            CalibrateAction::Failed(why) => {
                let file = match &view.step {
                    Step::Closed => return self,
                    Step::Reading { file }
                    | Step::Review { file, .. }
                    | Step::Fitted { file, .. }
                    | Step::Failed { file, .. } => file.clone(),
                };
                view.step = Step::Failed {
                    file,
                    why: Refusal::Message(why),
                };
            }
            CalibrateAction::Answered(answer) => {
                let step = std::mem::replace(&mut view.step, Step::Closed);
                view.step = match (step, answer) {
                    (Step::Reading { .. }, Answer::Overview { file, overview }) => Step::Review {
                        file,
                        choices: overview.choices(),
                        overview: Rc::new(overview),
                        busy: false,
                    },
                    (
                        Step::Review {
                            choices,
                            busy: true,
                            ..
                        },
                        Answer::Overview { file, overview },
                    ) => Step::Review {
                        file,
                        choices: carried(&overview, &choices),
                        overview: Rc::new(overview),
                        busy: false,
                    },
                    (
                        Step::Review {
                            file,
                            overview,
                            choices,
                            busy: true,
                        },
                        Answer::Fitted(words),
                    ) => Step::Fitted {
                        file,
                        overview,
                        choices,
                        words: Rc::new(*words),
                    },
                    (
                        Step::Fitted {
                            file,
                            overview,
                            choices,
                            ..
                        },
                        Answer::Fitted(words),
                    ) => Step::Fitted {
                        file,
                        overview,
                        choices,
                        words: Rc::new(*words),
                    },
                    (Step::Reading { file }, Answer::Refused(said))
                    | (Step::Review { file, .. }, Answer::Refused(said))
                    | (Step::Fitted { file, .. }, Answer::Refused(said)) => Step::Failed {
                        file,
                        why: Refusal::Said(said),
                    },
                    // An answer to a step the user has left: nothing changes.
                    (step, _) => step,
                };
            }
            CalibrateAction::Column { column, index } => {
                if let Step::Review { choices, busy, .. } = &mut view.step {
                    choices.columns.retain(|(c, _)| *c != column);
                    if let Some(index) = index {
                        choices.columns.push((column, index));
                    }
                    *busy = true;
                    let columns = choices.columns.clone();
                    view.ask(Request::Review { columns });
                }
            }
            CalibrateAction::Stage { stage, outcome } => {
                if let Step::Review { choices, .. } = &mut view.step {
                    if let Some((_, o)) = choices.stages.iter_mut().find(|(s, _)| *s == stage) {
                        *o = outcome;
                    }
                }
            }
            CalibrateAction::Source { value, source } => {
                if let Step::Review { choices, .. } = &mut view.step {
                    if let Some((_, s)) = choices.sources.iter_mut().find(|(v, _)| *v == value) {
                        *s = source;
                    }
                }
            }
            CalibrateAction::Dates(order) => {
                if let Step::Review { choices, .. } = &mut view.step {
                    choices.date_order = Some(order);
                }
            }
            CalibrateAction::Fit { width } => {
                if let Step::Review {
                    choices,
                    busy: busy @ false,
                    ..
                } = &mut view.step
                {
                    *busy = true;
                    let base = self.workspace.scenarios[self.selected].to_compact_value();
                    let choices = choices.clone();
                    view.width = width;
                    view.ask(Request::Fit {
                        choices,
                        base,
                        width,
                    });
                }
            }
            CalibrateAction::Redraw => {
                if matches!(view.step, Step::Fitted { .. }) {
                    let width = view.width;
                    view.ask(Request::Redraw { width });
                }
            }
            CalibrateAction::Back => {
                let step = std::mem::replace(&mut view.step, Step::Closed);
                view.step = match step {
                    Step::Fitted {
                        file,
                        overview,
                        choices,
                        ..
                    } => Step::Review {
                        file,
                        overview,
                        choices,
                        busy: false,
                    },
                    other => other,
                };
            }
            CalibrateAction::Apply(scenario) => {
                if !matches!(view.step, Step::Fitted { .. }) {
                    return self;
                }
                if self.workspace.scenarios.len() >= crate::model::MAX_SCENARIOS {
                    let file = match &view.step {
                        Step::Fitted { file, .. } => file.clone(),
                        _ => String::new(),
                    };
                    view.step = Step::Failed {
                        file,
                        why: Refusal::Message(Message::with(
                            "calibrate-workspace-full",
                            crate::i18n::Args::new()
                                .number("most", crate::model::MAX_SCENARIOS as f64),
                        )),
                    };
                    return self;
                }
                self.calibration.step = Step::Closed;
                return self
                    .clone()
                    .reduce_analysis(&Action::AddScenario(scenario))
                    .unwrap_or(self);
            }
            CalibrateAction::Close => view.step = Step::Closed,
        }
        self
    }
}
