//! An export's text read into a table of cells: the delimiter found from the text (comma,
//! semicolon or tab), a byte-order mark dropped, quoted commas and line breaks kept inside
//! their cells, empty rows skipped. What cannot be read is named with its row.

use std::fmt;

use crate::i18n::{self, Args, Catalogue, Message};

/// The most bytes read: a larger export is refused with a message, never a hang.
pub const MAX_BYTES: usize = 64 * 1024 * 1024;

/// An export as rows of cells under its headers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The first row's cells.
    pub headers: Vec<String>,
    /// Every other non-empty row, with its 1-based line in the file.
    pub rows: Vec<(usize, Vec<String>)>,
    /// The delimiter found.
    pub delimiter: u8,
}

/// Why an export cannot be read: where, and what is wrong (a message of `errors.ftl`).
#[derive(Debug, Clone, PartialEq)]
pub struct TableError {
    /// The 1-based line of the problem; 0 for the whole file.
    pub line: usize,
    /// What is wrong.
    pub reason: Message,
}

impl TableError {
    /// The problem in `catalogue`'s language, with its line.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        let reason = catalogue.text(&self.reason);
        if self.line == 0 {
            return reason;
        }
        catalogue.say(
            "error-csv-line",
            &Args::new()
                .text("line", self.line.to_string())
                .text("reason", reason),
        )
    }
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&i18n::with_english(|en| self.say(en)))
    }
}

impl std::error::Error for TableError {}

fn whole(reason: Message) -> TableError {
    TableError { line: 0, reason }
}

/// The delimiter of `text`: of comma, semicolon and tab, the one that splits the header line
/// (outside quotes) into the most cells; a comma when none does.
fn delimiter_of(text: &str) -> u8 {
    let mut quoted = false;
    let mut counts = [0usize; 3];
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    if counts[best] == 0 {
        b','
    } else {
        [b',', b';', b'\t'][best]
    }
}

/// The refusal of a file of `size` bytes, over [`MAX_BYTES`]: the page says it before
/// reading a byte, the reader after.
pub fn too_large(size: usize) -> TableError {
    whole(Message::with(
        "error-csv-too-large",
        Args::new()
            .text("size", (size / (1024 * 1024)).to_string())
            .text("most", (MAX_BYTES / (1024 * 1024)).to_string()),
    ))
}

/// Reads an export's bytes into a [`Table`].
pub fn read_table(bytes: &[u8]) -> Result<Table, TableError> {
    if bytes.len() > MAX_BYTES {
        return Err(too_large(bytes.len()));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(whole(Message::new("error-csv-binary")));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        TableError {
            line,
            reason: Message::new("error-csv-not-utf8"),
        }
    })?;
    let delimiter = delimiter_of(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    // A line counted from the record's byte offset, past the blank lines the reader skipped
    // before it (its own line count leaves them out). Offsets only grow, so the newlines are
    // counted once, from where the last count stopped: a file's lines cost one pass.
    let bytes = text.as_bytes();
    let (mut counted_to, mut newlines) = (0usize, 0usize);
    let mut line_at = |byte: u64| {
        let mut end = (byte as usize).min(bytes.len());
        while matches!(bytes.get(end), Some(b'\n' | b'\r')) {
            end += 1;
        }
        if end < counted_to {
            (counted_to, newlines) = (0, 0);
        }
        newlines += bytes[counted_to..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        counted_to = end;
        newlines + 1
    };
    let mut headers = None;
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                return Err(TableError {
                    line: e.position().map_or(0, |p| line_at(p.byte())),
                    reason: Message::with("error-csv-row", Args::new().text("why", e.to_string())),
                })
            }
        };
        let line = record.position().map_or(0, |p| line_at(p.byte()));
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        if cells.iter().all(|c| c.is_empty()) {
            continue;
        }
        match headers {
            None => headers = Some(cells),
            Some(_) => rows.push((line, cells)),
        }
    }
    let headers = headers.ok_or_else(|| whole(Message::new("error-csv-empty")))?;
    Ok(Table {
        headers,
        rows,
        delimiter,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commas_semicolons_and_tabs_are_told_apart() {
        for (text, delimiter) in [
            ("Amount,Stage\n1200,Won\n", b','),
            ("Amount;Stage\n\"1.200,50 €\";Won\n", b';'),
            ("Amount\tStage\n1200\tWon\n", b'\t'),
        ] {
            let t = read_table(text.as_bytes()).unwrap();
            assert_eq!(t.delimiter, delimiter, "{text:?}");
            assert_eq!(t.headers, ["Amount", "Stage"]);
            assert_eq!(t.rows.len(), 1);
        }
        let t = read_table("Amount;Stage\n\"1.200,50 €\";Won\n".as_bytes()).unwrap();
        assert_eq!(t.rows[0].1[0], "1.200,50 €");
    }

    #[test]
    fn quoted_commas_line_breaks_a_bom_and_empty_rows_read() {
        let text = "\u{feff}Name,Amount,Stage\n\"Acme, Inc.\",\"$1,200.50\",Won\n,,\n\n\"Two\nlines\",300,Lost\n";
        let t = read_table(text.as_bytes()).unwrap();
        assert_eq!(t.headers, ["Name", "Amount", "Stage"]);
        assert_eq!(t.rows.len(), 2, "{t:?}");
        assert_eq!(t.rows[0].1, ["Acme, Inc.", "$1,200.50", "Won"]);
        assert_eq!(t.rows[1].1[0], "Two\nlines");
        assert_eq!(t.rows[1].0, 5, "the row's line in the file");
    }

    #[test]
    fn binary_empty_and_non_utf8_files_are_named() {
        let binary = read_table(b"PK\x03\x04\x00\x00rest").unwrap_err();
        assert!(binary.to_string().contains("binary"), "{binary}");
        assert!(read_table(b"").unwrap_err().to_string().contains("empty"));
        assert!(read_table(b"\n\n")
            .unwrap_err()
            .to_string()
            .contains("empty"));
        let latin1 = read_table(b"Amount,Stage\n1200,Won\n300,Gew\xf6nnen\n").unwrap_err();
        assert_eq!(latin1.line, 3, "{latin1}");
        assert!(latin1.to_string().starts_with("line 3: "), "{latin1}");
        let zh = latin1.say(&Catalogue::embedded(i18n::Lang::ZhCn));
        assert!(zh.starts_with("第 3 行："), "{zh}");
    }
}
