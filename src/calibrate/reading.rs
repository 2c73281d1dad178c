//! The table read into an [`Export`] by the user's [`Choices`]: each row's dates, amount,
//! outcome, owner and source. A cell that cannot be read is a [`Problem`] naming its row and
//! column; its row is left out only when its creation date is unreadable (nothing can be
//! fitted without it), else only that cell is.

use std::collections::HashMap;

use crate::i18n::{Args, Catalogue, Message};

use super::amounts::amount_reading;
use super::columns::{Column, Outcome};
use super::dates::date_reading;
use super::export::{Export, Opportunity};
use super::review::{won_cell_outcome, Choices};
use super::table::Table;

/// The most problems kept to show; the rest are counted.
pub const MAX_PROBLEMS: usize = 20;

/// A cell that could not be read: its line, its column and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// The 1-based line in the file.
    pub line: usize,
    /// The column's header as the file writes it.
    pub header: String,
    /// What is wrong (the reason names the value).
    pub reason: Message,
}

impl Problem {
    /// The problem in `catalogue`'s language: `line 12, column "Close Date": …`.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        catalogue.say(
            "error-calibrate-cell",
            &Args::new()
                .text("line", self.line.to_string())
                .text("column", self.header.clone())
                .text("reason", catalogue.text(&self.reason)),
        )
    }
}

/// Why an export cannot be fitted at all.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    /// A column calibration cannot do without was not chosen.
    Missing(Column),
    /// No row's creation date could be read.
    NoRows,
}

impl ReadError {
    /// What is wrong, as a message of `errors.ftl`.
    pub fn message(&self) -> Message {
        match self {
            ReadError::Missing(column) => Message::with(
                "error-calibrate-missing-column",
                Args::new().text("column", column.key()),
            ),
            ReadError::NoRows => Message::new("error-calibrate-no-rows"),
        }
    }
}

/// The export as read, with the problems found on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Read {
    pub export: Export,
    /// The first [`MAX_PROBLEMS`] problems, in file order.
    pub problems: Vec<Problem>,
    /// How many problems there were in all.
    pub problem_count: usize,
    /// Rows left out (their creation date unreadable).
    pub rows_left_out: usize,
}

/// Names written once: each distinct name's index, in order of first appearance.
#[derive(Default)]
struct Names<'a> {
    index: HashMap<&'a str, u32>,
    names: Vec<String>,
}

impl<'a> Names<'a> {
    fn of(&mut self, name: &'a str) -> Option<u32> {
        if name.is_empty() {
            return None;
        }
        Some(*self.index.entry(name).or_insert_with(|| {
            self.names.push(name.to_string());
            (self.names.len() - 1) as u32
        }))
    }
}

/// Reads `table` by `choices`. Needs a creation column and a stage (or won) column.
pub fn read_export<'t>(table: &'t Table, choices: &Choices) -> Result<Read, ReadError> {
    let column = |c: Column| choices.index(c).filter(|&i| i < table.headers.len());
    let created_at = column(Column::Created).ok_or(ReadError::Missing(Column::Created))?;
    let stage_at = column(Column::Stage);
    let won_at = column(Column::Won);
    if stage_at.is_none() && won_at.is_none() {
        return Err(ReadError::Missing(Column::Stage));
    }
    let closed_at = column(Column::Closed);
    let amount_at = column(Column::Amount);
    let owner_at = column(Column::Owner);
    let source_at = column(Column::Source);
    let cell = |cells: &'t [String], i: usize| cells.get(i).map_or("", |c| c.trim());
    let dates = date_reading(table.rows.iter().flat_map(|(_, cells)| {
        [Some(created_at), closed_at]
            .into_iter()
            .flatten()
            .map(|i| cell(cells, i))
    }));
    let dates = match choices.date_order {
        Some(order) => dates.with_order(order),
        None => dates,
    };
    let amounts = amount_reading(
        amount_at
            .into_iter()
            .flat_map(|i| table.rows.iter().map(move |(_, cells)| cell(cells, i))),
    );
    let stages: HashMap<&str, Outcome> = choices
        .stages
        .iter()
        .map(|(stage, outcome)| (stage.as_str(), *outcome))
        .collect();
    let mut owners = Names::default();
    let mut sources = Names::default();
    let mut read = Read {
        export: Export::default(),
        problems: Vec::new(),
        problem_count: 0,
        rows_left_out: 0,
    };
    let problem = |read: &mut Read, line: usize, at: usize, reason: Message| {
        read.problem_count += 1;
        if read.problems.len() < MAX_PROBLEMS {
            read.problems.push(Problem {
                line,
                header: table.headers[at].trim().to_string(),
                reason,
            });
        }
    };
    for (line, cells) in &table.rows {
        let line = *line;
        let created = match dates.read(cell(cells, created_at)) {
            Ok(Some(date)) => date,
            Ok(None) => {
                problem(
                    &mut read,
                    line,
                    created_at,
                    Message::new("error-calibrate-no-created"),
                );
                read.rows_left_out += 1;
                continue;
            }
            Err(reason) => {
                problem(&mut read, line, created_at, reason);
                read.rows_left_out += 1;
                continue;
            }
        };
        let outcome = match stage_at {
            Some(i) => stages.get(cell(cells, i)).copied().unwrap_or(Outcome::Open),
            None => won_at.map_or(Outcome::Open, |i| won_cell_outcome(cell(cells, i))),
        };
        let mut closed = None;
        if let (Some(i), true) = (closed_at, outcome != Outcome::Open) {
            match dates.read(cell(cells, i)) {
                Ok(Some(date)) if date < created => problem(
                    &mut read,
                    line,
                    i,
                    Message::with(
                        "error-calibrate-closed-before-created",
                        Args::new()
                            .text("closed", date.to_string())
                            .text("created", created.to_string()),
                    ),
                ),
                Ok(date) => closed = date,
                Err(reason) => problem(&mut read, line, i, reason),
            }
        }
        let amount = match amount_at.map(|i| (i, amounts.read(cell(cells, i)))) {
            Some((_, Ok(amount))) => amount,
            Some((i, Err(reason))) => {
                problem(&mut read, line, i, reason);
                None
            }
            None => None,
        };
        read.export.opportunities.push(Opportunity {
            line,
            owner: owner_at.and_then(|i| owners.of(cell(cells, i))),
            source: source_at.and_then(|i| sources.of(cell(cells, i))),
            created,
            closed,
            amount,
            outcome,
        });
    }
    if read.export.opportunities.is_empty() {
        return Err(ReadError::NoRows);
    }
    read.export.owners = owners.names;
    let mapped: HashMap<&str, Option<crate::engine::Source>> = choices
        .sources
        .iter()
        .map(|(value, source)| (value.as_str(), *source))
        .collect();
    read.export.sources = sources
        .names
        .into_iter()
        .map(|name| {
            let source = mapped.get(name.as_str()).copied().flatten();
            (name, source)
        })
        .collect();
    Ok(read)
}
