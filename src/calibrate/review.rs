//! What the user reviews before anything is fitted: which column is which, what each stage
//! means (won, lost, open), which of the model's sources each source value is, and, when the
//! dates could be read either way, whether they are written day first. [`overview`] proposes;
//! the user's answers come back as [`Choices`], which is all the fitting needs besides the table.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::engine::Source;

use super::columns::{recognise, source_kind, stage_outcome, Column, Outcome, COLUMNS};
use super::dates::{date_reading, DateOrder};
use super::table::Table;

/// How many rows of the file the mapping step shows.
pub const SAMPLE_ROWS: usize = 5;
/// The most distinct stages or sources listed: an export with more is not a stage column.
pub const MAX_VALUES: usize = 200;

/// A value of a column, how often it occurs, and what it is taken to mean.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValueCount<T> {
    pub value: String,
    pub count: usize,
    pub meaning: T,
}

/// The file as the mapping step shows it, with what Pipesim proposes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Overview {
    /// The header row.
    pub headers: Vec<String>,
    /// Rows under it (blank rows not counted).
    pub rows: usize,
    /// Each column Pipesim reads, with the file's column proposed for it, in [`COLUMNS`] order.
    pub columns: Vec<(Column, Option<usize>)>,
    /// Headers named twice: the first is read.
    pub duplicates: Vec<(String, Vec<usize>)>,
    /// The distinct stages (or, without a stage column, the won column's values), most
    /// frequent first, each with the outcome proposed.
    pub stages: Vec<ValueCount<Outcome>>,
    /// The distinct sources, most frequent first, each with the model's source proposed.
    pub sources: Vec<ValueCount<Option<Source>>>,
    /// More distinct stages or sources than listed: the column chosen is likely wrong.
    pub too_many_values: bool,
    /// The dates read either way (every day and month ≤ 12): the user says which.
    pub dates_ambiguous: bool,
    /// The order the dates were found in, when the data tells.
    pub date_order: Option<DateOrder>,
    /// The first rows, to recognise the columns by.
    pub sample: Vec<Vec<String>>,
}

/// The user's answers: all the fitting needs besides the table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Choices {
    /// Which file column each column is; a column absent is not in the file.
    pub columns: Vec<(Column, usize)>,
    /// What each stage means; a stage not listed is open.
    pub stages: Vec<(String, Outcome)>,
    /// Which of the model's sources each source value is; unlisted or `None`: none of them.
    pub sources: Vec<(String, Option<Source>)>,
    /// How ambiguous dates are read; `None`: as found (month first when nothing tells).
    pub date_order: Option<DateOrder>,
}

impl Choices {
    /// The file's column index of `column`, if chosen.
    pub fn index(&self, column: Column) -> Option<usize> {
        self.columns
            .iter()
            .find(|(c, _)| *c == column)
            .map(|(_, i)| *i)
    }
}

impl Overview {
    /// What Pipesim proposes, as choices: what the user accepts by changing nothing.
    pub fn choices(&self) -> Choices {
        Choices {
            columns: self
                .columns
                .iter()
                .filter_map(|(c, i)| i.map(|i| (*c, i)))
                .collect(),
            stages: self
                .stages
                .iter()
                .map(|s| (s.value.clone(), s.meaning))
                .collect(),
            sources: self
                .sources
                .iter()
                .map(|s| (s.value.clone(), s.meaning))
                .collect(),
            // Dates that read either way wait for the user's answer.
            date_order: if self.dates_ambiguous {
                None
            } else {
                self.date_order
            },
        }
    }
}

/// A column's distinct values by frequency (ties in order of first appearance), at most
/// [`MAX_VALUES`]; and whether there were more.
fn distinct(table: &Table, index: Option<usize>) -> (Vec<(String, usize)>, bool) {
    let Some(index) = index else {
        return (Vec::new(), false);
    };
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
    for (order, (_, cells)) in table.rows.iter().enumerate() {
        let value = cells.get(index).map_or("", |c| c.trim());
        let entry = counts.entry(value).or_insert((0, order));
        entry.0 += 1;
    }
    let mut values: Vec<(&str, (usize, usize))> = counts.into_iter().collect();
    values.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.1 .1.cmp(&b.1 .1)));
    let more = values.len() > MAX_VALUES;
    (
        values
            .into_iter()
            .take(MAX_VALUES)
            .map(|(v, (n, _))| (v.to_string(), n))
            .collect(),
        more,
    )
}

/// What a won column's cell says: yes, true or 1 is won; no, false or 0 is lost; else open.
pub fn won_cell_outcome(cell: &str) -> Outcome {
    match cell.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "y" | "1" | "won" => Outcome::Won,
        "false" | "no" | "n" | "0" | "lost" => Outcome::Lost,
        _ => Outcome::Open,
    }
}

/// The file as the mapping step shows it. `columns` are the user's choice of columns when
/// given (the stages and sources listed are then those of the chosen columns); else the
/// columns recognised by their headers.
pub fn overview(table: &Table, columns: Option<&[(Column, usize)]>) -> Overview {
    let mapping = recognise(&table.headers);
    let chosen = |column: Column| match columns {
        Some(columns) => columns
            .iter()
            .find(|(c, _)| *c == column)
            .map(|(_, i)| *i)
            .filter(|i| *i < table.headers.len()),
        None => mapping.index(column),
    };
    let stage_index = chosen(Column::Stage);
    let (stages, more_stages) = match stage_index {
        Some(_) => distinct(table, stage_index),
        None => distinct(table, chosen(Column::Won)),
    };
    let outcome = |value: &str| match stage_index {
        Some(_) => stage_outcome(value),
        None => won_cell_outcome(value),
    };
    let (sources, more_sources) = distinct(table, chosen(Column::Source));
    let dates = [chosen(Column::Created), chosen(Column::Closed)];
    let reading = date_reading(table.rows.iter().flat_map(|(_, cells)| {
        dates
            .iter()
            .flatten()
            .filter_map(|&i| cells.get(i).map(String::as_str))
    }));
    Overview {
        headers: table.headers.clone(),
        rows: table.rows.len(),
        columns: COLUMNS.iter().map(|(c, _)| (*c, chosen(*c))).collect(),
        duplicates: mapping.duplicates,
        stages: stages
            .into_iter()
            .map(|(value, count)| ValueCount {
                meaning: outcome(&value),
                value,
                count,
            })
            .collect(),
        sources: sources
            .into_iter()
            .map(|(value, count)| ValueCount {
                meaning: source_kind(&value),
                value,
                count,
            })
            .collect(),
        too_many_values: more_stages || more_sources,
        dates_ambiguous: reading.ambiguous(),
        date_order: reading.order(),
        sample: table
            .rows
            .iter()
            .take(SAMPLE_ROWS)
            .map(|(_, cells)| cells.clone())
            .collect(),
    }
}
