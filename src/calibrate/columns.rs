//! What each column of an export means, recognised by its header as exports write it, and
//! what each stage says about a deal: won, lost or still open, and which of the model's sources
//! a source value names.

use crate::engine::Source;

/// A column calibration reads. Each is recognised by the names exports give it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Column {
    /// The opportunity's id.
    Id,
    /// When it was created (or first engaged).
    Created,
    /// When it closed (or is expected to).
    Closed,
    /// Its amount.
    Amount,
    /// Its stage or status.
    Stage,
    /// Whether it was won, as its own column (`Won`, `IsWon`).
    Won,
    /// Its owner: the rep.
    Owner,
    /// Where it came from.
    Source,
}

impl Column {
    /// The column's name in choices, messages and the CLI's `--column` flag.
    pub const fn key(self) -> &'static str {
        match self {
            Column::Id => "id",
            Column::Created => "created",
            Column::Closed => "closed",
            Column::Amount => "amount",
            Column::Stage => "stage",
            Column::Won => "won",
            Column::Owner => "owner",
            Column::Source => "source",
        }
    }
}

/// Every column, with the headers that name it, compared without case, spaces, `_` or `-`.
/// Written once: the reader, the mapping step and the README's list come from here.
pub const COLUMNS: [(Column, &[&str]); 8] = [
    (Column::Id, &["id", "opportunityid", "dealid", "recordid"]),
    (
        Column::Created,
        &[
            "created",
            "createddate",
            "createdate",
            "createdat",
            "engaged",
            "engagedate",
            "engageddate",
            "opened",
            "opendate",
        ],
    ),
    (
        Column::Closed,
        &[
            "closed",
            "closedate",
            "closeddate",
            "closedat",
            "dateclosed",
        ],
    ),
    (
        Column::Amount,
        &[
            "amount",
            "value",
            "dealvalue",
            "dealamount",
            "opportunityamount",
            "acv",
        ],
    ),
    (
        Column::Stage,
        &[
            "stage",
            "stagename",
            "dealstage",
            "status",
            "opportunitystage",
        ],
    ),
    (Column::Won, &["won", "iswon", "closedwon"]),
    (
        Column::Owner,
        &[
            "owner",
            "ownername",
            "opportunityowner",
            "dealowner",
            "rep",
            "salesrep",
            "ae",
        ],
    ),
    (
        Column::Source,
        &[
            "source",
            "leadsource",
            "originalsource",
            "originalsourcetype",
            "opportunitysource",
            "channel",
        ],
    ),
];

/// A header as compared: lower case, without spaces, `_`, `-` or `.`.
fn folded(header: &str) -> String {
    header
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '.'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Which column of the file each [`Column`] is, as found from the headers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Mapping {
    /// The recognised columns: what each is, and its index in the file.
    pub found: Vec<(Column, usize)>,
    /// Headers named twice, with their indices: the first is used, and the user is told.
    pub duplicates: Vec<(String, Vec<usize>)>,
    /// Headers not recognised, with their indices: offered in the mapping step.
    pub unknown: Vec<(String, usize)>,
}

impl Mapping {
    /// The file's index of `column`, if found.
    pub fn index(&self, column: Column) -> Option<usize> {
        self.found
            .iter()
            .find(|(c, _)| *c == column)
            .map(|(_, i)| *i)
    }
}

/// Recognises the columns of `headers`. A column named twice is read from its first
/// occurrence; its repeats are listed in [`Mapping::duplicates`].
pub fn recognise<S: AsRef<str>>(headers: &[S]) -> Mapping {
    let mut mapping = Mapping::default();
    let mut seen: Vec<(String, Vec<usize>)> = Vec::new();
    for (i, header) in headers.iter().enumerate() {
        let key = folded(header.as_ref());
        match seen.iter_mut().find(|(k, _)| *k == key) {
            Some((_, at)) => at.push(i),
            None => seen.push((key.clone(), vec![i])),
        }
        if seen.iter().any(|(k, at)| *k == key && at.len() > 1) {
            continue;
        }
        match COLUMNS
            .iter()
            .find(|(_, names)| names.contains(&key.as_str()))
        {
            Some((column, _)) if mapping.index(*column).is_none() => {
                mapping.found.push((*column, i))
            }
            _ => mapping
                .unknown
                .push((header.as_ref().trim().to_string(), i)),
        }
    }
    mapping.duplicates = seen
        .into_iter()
        .filter(|(_, at)| at.len() > 1)
        .map(|(_, at)| (headers[at[0]].as_ref().trim().to_string(), at))
        .collect();
    mapping
}

/// What a stage says about a deal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// Closed and won.
    Won,
    /// Closed and lost (or disqualified).
    Lost,
    /// Still open at the export's date.
    Open,
}

/// The outcome a stage names, by the words CRMs use (`Closed Won`, `closedwon`, `Lost`,
/// `Disqualified`); any other stage is open. The user reviews the mapping before fitting.
pub fn stage_outcome(stage: &str) -> Outcome {
    let key = folded(stage);
    let has = |word: &str| key.contains(word);
    if has("won") || key == "win" || has("signed") || has("booked") {
        Outcome::Won
    } else if has("lost")
        || has("disqualified")
        || has("noopportunity")
        || has("unqualified")
        || key == "dead"
    {
        Outcome::Lost
    } else {
        Outcome::Open
    }
}

/// The model's source a CRM's source value names (`Outbound`, `SDR`, `Web`, `Upsell`, ...), by
/// the words exports use; `None` for a source the model has no place for (`Partner`).
pub fn source_kind(value: &str) -> Option<Source> {
    let key = folded(value);
    let has = |word: &str| key.contains(word);
    if has("founder") {
        Some(Source::Founder)
    } else if has("sdr") || has("bdr") || has("meeting") {
        Some(Source::Sdr)
    } else if has("expansion") || has("upsell") || has("crosssell") || has("existingcustomer") {
        Some(Source::Expansion)
    } else if has("pool") || has("recycled") {
        Some(Source::Pool)
    } else if has("outbound")
        || has("coldcall")
        || has("prospecting")
        || has("selfsourced")
        || has("aesourced")
    {
        Some(Source::Outbound)
    } else if has("inbound")
        || has("web")
        || has("marketing")
        || has("organic")
        || has("paid")
        || has("content")
        || has("search")
        || has("social")
        || has("email")
        || has("event")
        || has("direct")
    {
        Some(Source::Inbound)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn salesforce_and_hubspot_headers_are_recognised() {
        let salesforce = [
            "Opportunity ID",
            "Created Date",
            "Close Date",
            "Amount",
            "Stage",
            "Opportunity Owner",
            "Lead Source",
        ];
        let m = recognise(&salesforce);
        for (column, index) in [
            (Column::Id, 0),
            (Column::Created, 1),
            (Column::Closed, 2),
            (Column::Amount, 3),
            (Column::Stage, 4),
            (Column::Owner, 5),
            (Column::Source, 6),
        ] {
            assert_eq!(m.index(column), Some(index), "{column:?}");
        }
        assert!(m.unknown.is_empty() && m.duplicates.is_empty(), "{m:?}");

        let hubspot = [
            "Deal ID",
            "Create Date",
            "Close Date",
            "Deal Stage",
            "Deal owner",
            "Original Source Type",
            "Pipeline",
        ];
        let m = recognise(&hubspot);
        assert_eq!(m.index(Column::Stage), Some(3));
        assert_eq!(m.index(Column::Source), Some(5));
        assert_eq!(m.unknown, [("Pipeline".to_string(), 6)]);
    }

    #[test]
    fn a_header_named_twice_is_read_from_its_first_column_and_reported() {
        let m = recognise(&["Amount", "Stage", "amount", "Notes"]);
        assert_eq!(m.index(Column::Amount), Some(0));
        assert_eq!(m.duplicates, [("Amount".to_string(), vec![0, 2])]);
        assert_eq!(m.unknown, [("Notes".to_string(), 3)]);
    }

    #[test]
    fn stages_say_won_lost_or_open() {
        for (stage, outcome) in [
            ("Closed Won", Outcome::Won),
            ("closedwon", Outcome::Won),
            ("Won", Outcome::Won),
            ("Contract Signed", Outcome::Won),
            ("Closed Lost", Outcome::Lost),
            ("closedlost", Outcome::Lost),
            ("Disqualified", Outcome::Lost),
            // "Closed" alone says nothing of the result: open until the user maps it.
            ("Closed", Outcome::Open),
            ("Negotiation/Review", Outcome::Open),
            ("Appointment scheduled", Outcome::Open),
            ("", Outcome::Open),
        ] {
            assert_eq!(stage_outcome(stage), outcome, "{stage:?}");
        }
    }

    #[test]
    fn source_values_map_to_the_models_sources() {
        for (value, source) in [
            ("Outbound", Some(Source::Outbound)),
            ("outbound", Some(Source::Outbound)),
            ("SDR Sourced", Some(Source::Sdr)),
            ("BDR", Some(Source::Sdr)),
            ("Inbound", Some(Source::Inbound)),
            ("Web", Some(Source::Inbound)),
            ("ORGANIC_SEARCH", Some(Source::Inbound)),
            ("Upsell", Some(Source::Expansion)),
            ("expansion", Some(Source::Expansion)),
            ("Founder", Some(Source::Founder)),
            ("pool", Some(Source::Pool)),
            ("Partner", None),
            ("", None),
        ] {
            assert_eq!(source_kind(value), source, "{value}");
        }
    }
}
