//! What a person reads on a rendered page, and the English words left in it: the tests that
//! render the app in Chinese look for English with these.

use std::collections::BTreeSet;

/// HTML's character references that yew writes, back to characters.
pub fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// What a person reads or hears in `html`: the text between tags (inside `<svg>` too, when
/// `with_svg`) and the values of aria-label, title and placeholder; not other attributes (test
/// ids, classes, styles, values) or comments.
pub fn visible_text(html: &str, with_svg: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    let mut svg_depth = 0usize;
    while let Some(open) = rest.find('<') {
        if svg_depth == 0 || with_svg {
            let text = unescape(&rest[..open]);
            if !text.trim().is_empty() {
                out.push(text.trim().to_string());
            }
        }
        rest = &rest[open..];
        if let Some(after) = rest.strip_prefix("<!--") {
            let end = after.find("-->").map_or(after.len(), |e| e + 3);
            rest = &after[end..];
            continue;
        }
        // The tag ends at the first '>' outside quotes.
        let mut quote = None;
        let mut end = rest.len();
        for (i, c) in rest.char_indices().skip(1) {
            match (quote, c) {
                (None, '"' | '\'') => quote = Some(c),
                (Some(q), c) if c == q => quote = None,
                (None, '>') => {
                    end = i;
                    break;
                }
                _ => {}
            }
        }
        let tag = &rest[1..end];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if name.eq_ignore_ascii_case("svg") {
            if tag.starts_with('/') {
                svg_depth = svg_depth.saturating_sub(1);
            } else if !tag.ends_with('/') {
                svg_depth += 1;
            }
        }
        if svg_depth == 0 || with_svg {
            for attr in ["aria-label=\"", "title=\"", "placeholder=\""] {
                let mut from = 0;
                while let Some(at) = tag[from..].find(attr) {
                    let start = from + at + attr.len();
                    // Only a whole attribute name (not data-title=…).
                    let whole = from + at == 0
                        || tag[..from + at].ends_with(|c: char| c.is_ascii_whitespace());
                    let stop = tag[start..].find('"').map_or(tag.len(), |e| start + e);
                    if whole {
                        out.push(unescape(&tag[start..stop]));
                    }
                    from = stop;
                }
            }
        }
        rest = &rest[(end + 1).min(rest.len())..];
    }
    out
}

/// Words a Chinese reader may meet untranslated: abbreviations the glossary keeps beside the
/// Chinese (AE, SDR, VP, OTE, AI, the T of T型), percentiles, file formats, currency signs (US$,
/// CN¥) and codes (USD), the product's name, the language switch's "English", a date's
/// pattern (YYYY-MM) and time zone (UTC), the keys Ctrl and Shift and the Mac they differ on.
/// Single letters are formulas' symbols (R, o, a) and the A and B of a comparison.
pub const ALLOWED: [&str; 30] = [
    "AE",
    "SDR",
    "VP",
    "OTE",
    "AI",
    "P10",
    "P50",
    "P90",
    "CSV",
    "SVG",
    "PNG",
    "JSON",
    "PDF",
    "US",
    "CN",
    "USD",
    "Pipesim",
    "English",
    "YYYY",
    "MM",
    "UTC",
    "SE",
    "B2B",
    "PERT",
    "CRM",
    "Salesforce",
    "HubSpot",
    // The keys of undo and redo, as the keyboard names them.
    "Ctrl",
    "Shift",
    "Mac",
];

/// Each English word in `texts`: an ASCII run of letters and digits with a letter in it, not
/// allowed and not a word of a scenario's name; with the text it is in, for a readable failure.
pub fn english_words(texts: &[String], names: &[String]) -> Vec<String> {
    let named: BTreeSet<String> = names
        .iter()
        .flat_map(|n| words(n).map(str::to_lowercase).collect::<Vec<_>>())
        .collect();
    let mut found = BTreeSet::new();
    for text in texts {
        for word in words(text) {
            let symbol = word.len() == 1;
            if symbol || ALLOWED.contains(&word) || named.contains(&word.to_lowercase()) {
                continue;
            }
            let shown: String = text.chars().take(120).collect();
            found.insert(format!("{word:?} in {shown:?}"));
        }
    }
    found.into_iter().collect()
}

/// The words of `text`: ASCII runs with a letter in them. A key (`ae.outbound_share`,
/// `bookings.total@from-q5`: dots or underscores between letters) is a name, not words.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| {
        !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '@' | '-' | '[' | ']' | '"'))
    })
    .filter(|token| {
        let inner = token.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        // A key, a path (`scenarios[0].schema`), a quoted key (`"schema"`) or a number
        // (`1.39e11`).
        let quoted = token.len() > 2 && token.starts_with('"') && token.ends_with('"');
        !(quoted
            || inner.contains(['_', '@', '['])
            || is_dotted(inner)
            || inner.parse::<f64>().is_ok())
    })
    .flat_map(|token| token.split(|c: char| !c.is_ascii_alphanumeric()))
    .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
}

/// Whether `token` is dotted words, `ae.pace` (not a decimal, `1.5`, or a sentence's end).
fn is_dotted(token: &str) -> bool {
    let mut parts = token.split('.');
    let first = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    !rest.is_empty()
        && first.starts_with(|c: char| c.is_ascii_alphabetic())
        && rest
            .iter()
            .all(|p| p.starts_with(|c: char| c.is_ascii_alphabetic()))
}

/// Whether `text` holds a CJK ideograph: it was said in Chinese.
pub fn chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// The Chinese catalogue, as the CLI and the tests embed it.
pub fn zh() -> pipesim::i18n::Catalogue {
    pipesim::i18n::Catalogue::embedded(pipesim::i18n::Lang::ZhCn)
}

/// The English catalogue.
pub fn en() -> pipesim::i18n::Catalogue {
    pipesim::i18n::Catalogue::embedded(pipesim::i18n::Lang::En)
}
