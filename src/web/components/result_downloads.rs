//! The run's numbers as CSV downloads: the quarterly summaries (percentiles per scenario, metric
//! and quarter, and the comparisons) and every trial's samples. The CSV text comes from
//! `crate::format`, the same as `pipesim run --format csv` and `--samples-csv`.
//!
//! The files are data, the same in every language: column keys, metric keys, periods (`2027
//! Q1`, `total`) and plain numbers, so that a spreadsheet or script reads a file made on any
//! page, and no title or note row comes before the header. What a person reads about them (the
//! buttons, their label, a failure's notice) follows the page's language.

use std::rc::Rc;

use yew::prelude::*;

use crate::format::{file_stem, summaries_csv, write_samples_csv};
use crate::i18n::{Args, Message};
use crate::share::suggested_name;
use crate::web::dispatch::use_dispatch;
use crate::web::files;
use crate::web::language::use_language;
use crate::web::state::{Action, Notice, Results};

/// Props of [`ResultDownloads`].
#[derive(Properties, PartialEq)]
pub struct ResultDownloadsProps {
    /// The run to export.
    pub results: Rc<Results>,
}

/// Two download buttons.
#[function_component]
pub fn ResultDownloads(props: &ResultDownloadsProps) -> Html {
    let dispatch = use_dispatch();
    let language = use_language();
    let stem = file_stem(&suggested_name(&props.results.workspace));
    let report = {
        move |e: String| {
            let failed = Message::with("downloads-failed", Args::new().text("reason", e));
            dispatch.emit(Action::Notify(Notice::problem(failed)));
        }
    };
    let on_summaries = {
        let (results, name, report) = (
            props.results.clone(),
            format!("{stem}-quarters.csv"),
            report.clone(),
        );
        Callback::from(move |_| {
            if let Err(e) = files::download_text(&name, "text/csv", &summaries_csv(&results.report))
            {
                report(e);
            }
        })
    };
    let on_samples = {
        let (results, name) = (props.results.clone(), format!("{stem}-trials.csv"));
        Callback::from(move |_| {
            let mut bytes = Vec::new();
            let written = write_samples_csv(&results.workspace, &results.columns, &mut bytes);
            let text = String::from_utf8(bytes).unwrap_or_default();
            let outcome = written
                .map_err(|e| e.to_string())
                .and_then(|_| files::download_text(&name, "text/csv", &text));
            if let Err(e) = outcome {
                report(e);
            }
        })
    };
    html! {
        <div class="result-downloads">
            <span class="label">{language.say("downloads-label")}</span>
            <button type="button" class="ghost small" onclick={on_summaries} data-testid="csv-summaries">{language.say("downloads-summaries")}</button>
            <button type="button" class="ghost small" onclick={on_samples} data-testid="csv-samples">{language.say("downloads-trials")}</button>
        </div>
    }
}
