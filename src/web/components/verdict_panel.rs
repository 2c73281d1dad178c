//! The verdict on top of the results: a few sentences per scenario and per comparison, written
//! from the report alone (`crate::verdict`) in the page's language.

use std::rc::Rc;

use yew::prelude::*;

use crate::verdict::verdict;
use crate::web::language::use_language;
use crate::web::state::Results;

/// The results whose report the verdict reads.
#[derive(Properties, PartialEq)]
pub struct VerdictPanelProps {
    pub results: Rc<Results>,
}

/// The verdict on a run.
#[function_component]
pub fn VerdictPanel(props: &VerdictPanelProps) -> Html {
    let language = use_language();
    let verdict = use_memo(
        (props.results.clone(), language.clone()),
        |(results, language)| {
            verdict(
                &language.catalogue,
                &results.report,
                &results.workspace.scenarios,
            )
        },
    );
    let gap = language.lang.sentence_gap();
    html! {
        <section class="verdict panel" data-testid="verdict" aria-label={verdict.heading.clone()}>
            <h2>{verdict.heading.clone()}</h2>
            { for verdict.scenarios.iter().map(|s| html! {
                <div class="verdict-part">
                    <h3>{s.name.clone()}</h3>
                    <p>{s.sentences.join(gap)}</p>
                </div>
            }) }
            { for verdict.comparisons.iter().map(|c| html! {
                <div class="verdict-part comparison" data-testid="verdict-comparison">
                    <h3>{c.title.clone()}</h3>
                    <p>{c.sentences.join(gap)}</p>
                </div>
            }) }
        </section>
    }
}
