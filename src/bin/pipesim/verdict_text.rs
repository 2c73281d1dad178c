//! The verdict in the CLI: the language `run` and the analyses speak (`--lang`, else the
//! environment's locale), the verdict as lines above the table, and its place in the JSON
//! report.

use pipesim::i18n::{Catalogue, Lang, LANGS};
use pipesim::model::Workspace;
use pipesim::report::WorkspaceReport;
use pipesim::verdict::{verdict, Verdict};

use crate::commands::CliError;

/// The language asked for by `--lang`, else by the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
/// that is set and not empty (POSIX's order: `LC_ALL=C` means the C locale whatever `LANG` says),
/// else English.
pub fn language(flag: Option<&str>) -> Result<Lang, CliError> {
    match flag {
        Some(tag) => Lang::from_tag(tag).ok_or_else(|| {
            let tags: Vec<&str> = LANGS.iter().map(|l| l.tag()).collect();
            CliError::Usage(format!(
                "--lang: no language {tag:?}; the languages are {}",
                tags.join(", ")
            ))
        }),
        None => {
            let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|name| std::env::var(name).ok())
                .find(|value| !value.is_empty());
            Ok(Lang::choose(locale.as_deref()))
        }
    }
}

/// The verdict on `report` in `lang`.
pub fn verdict_of(lang: Lang, report: &WorkspaceReport, workspace: &Workspace) -> Verdict {
    verdict(&Catalogue::embedded(lang), report, &workspace.scenarios)
}

/// The verdict as the table's opening lines: the heading, then each scenario and comparison
/// with its sentences indented under it, and a blank line.
pub fn verdict_lines(verdict: &Verdict) -> String {
    let mut text = format!("{}\n", verdict.heading);
    let parts = verdict
        .scenarios
        .iter()
        .map(|s| (&s.name, &s.sentences))
        .chain(verdict.comparisons.iter().map(|c| (&c.title, &c.sentences)));
    for (title, sentences) in parts {
        if sentences.is_empty() {
            continue;
        }
        text.push_str(&format!("  {title}\n"));
        for sentence in sentences {
            text.push_str(&format!("    {sentence}\n"));
        }
    }
    text.push('\n');
    text
}

/// The JSON report with the verdict under `verdict`, every other key as it was.
pub fn json_with_verdict(report: &WorkspaceReport, verdict: &Verdict) -> String {
    let mut value = serde_json::to_value(report).expect("a report serialises");
    if let serde_json::Value::Object(map) = &mut value {
        map.insert(
            "verdict".into(),
            serde_json::to_value(verdict).expect("a verdict serialises"),
        );
    }
    serde_json::to_string_pretty(&value).expect("a report serialises") + "\n"
}
