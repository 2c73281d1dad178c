//! A goal seek's settings: a goal (an output over the horizon, in a quarter or in every quarter
//! from one on, at least or at most a threshold, with a chance) and one or two levers with
//! their ranges. Text is read with the editor's parsers (money as `5M`, chances as `80%`).

use yew::prelude::*;

use super::analysis_form::{number_input, option, output_text, picker, set_to, AnalysisFormProps};
use super::lever_input::{LeverInput, LeverText};
use crate::analysis::{input_at, Measure};
use crate::editor::parse_number;
use crate::i18n::Args;
use crate::model::analysis::{AnalysisKind, AnalysisSpec, GoalSpec, LeverSpec};
use crate::model::{quarter_label, Unit};
use crate::web::dispatch::use_dispatch;
use crate::web::language::use_language;
use crate::web::state::Action;

/// The outputs a goal is offered on first (any metric key can be a goal).
const GOAL_OUTPUTS: [&str; 6] = [
    "bookings.total",
    "pipeline_created.total",
    "quota_capacity",
    "headcount.total",
    "bookings_per_cost",
    "cost.total",
];

/// The settings of a goal seek.
#[function_component]
pub fn SeekForm(props: &AnalysisFormProps) -> Html {
    let dispatch = use_dispatch();
    let language = use_language();
    let scenario = &props.scenario;
    let (goal, levers, trials) = match &props.spec {
        Some(AnalysisSpec {
            kind: AnalysisKind::Seek { goal, levers },
            trials,
            ..
        }) => (goal.clone(), levers.clone(), trials.unwrap_or(2_000)),
        _ => (
            GoalSpec {
                output: "bookings.total".into(),
                at_least: true,
                threshold: 5e6,
                chance: 0.8,
            },
            Vec::new(),
            2_000,
        ),
    };
    let (metric, period) = match goal.output.split_once('@') {
        Some((m, p)) => (m.to_string(), p.to_string()),
        None => (goal.output.clone(), String::new()),
    };
    let metric = use_state(|| metric);
    let period = use_state(|| period);
    let at_least = use_state(|| goal.at_least);
    let threshold = use_state(|| {
        crate::format::locale::money(language.lang, goal.threshold, &scenario.currency)
    });
    let chance = use_state(|| format!("{:.0}%", goal.chance * 100.0));
    let first =
        use_state(|| LeverText::of(scenario, levers.first(), "ae.pace", &language.catalogue));
    let second = use_state(|| {
        levers
            .get(1)
            .map(|l| LeverText::of(scenario, Some(l), "", &language.catalogue))
    });
    let problem = use_state(|| None::<String>);

    let onsubmit = {
        let (metric, period, at_least, threshold, chance) = (
            metric.clone(),
            period.clone(),
            at_least.clone(),
            threshold.clone(),
            chance.clone(),
        );
        let (first, second, problem) = (first.clone(), second.clone(), problem.clone());
        let (scenario, index) = (props.scenario.clone(), props.index);
        let language = language.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let output = if period.is_empty() {
                (*metric).clone()
            } else {
                format!("{}@{}", *metric, *period)
            };
            let unit = match Measure::parse(&output, scenario.quarters()) {
                Ok(m) if m.is_money() => Unit::Money,
                _ => Unit::Count,
            };
            let lever = |which: &str, l: &LeverText| -> Result<LeverSpec, String> {
                let what = language.say(which);
                let unit = input_at(&scenario, &l.field)
                    .map_err(|e| format!("{what}: {e}"))?
                    .unit;
                let end =
                    |id: &str| language.say_with(id, &Args::new().text("lever", what.clone()));
                Ok(LeverSpec {
                    field: l.field.clone(),
                    from: parse_number(&l.from, unit).map_err(|e| {
                        format!("{}: {}", end("seek-lever-from"), e.say(&language.catalogue))
                    })?,
                    to: parse_number(&l.to, unit).map_err(|e| {
                        format!("{}: {}", end("seek-lever-to"), e.say(&language.catalogue))
                    })?,
                    step: None,
                })
            };
            let spec = (|| -> Result<AnalysisSpec, String> {
                let threshold = parse_number(&threshold, unit).map_err(|e| {
                    format!(
                        "{}: {}",
                        language.say("seek-goal"),
                        e.say(&language.catalogue)
                    )
                })?;
                let chance = parse_number(&chance, Unit::Share).map_err(|e| {
                    format!(
                        "{}: {}",
                        language.say("seek-chance-short"),
                        e.say(&language.catalogue)
                    )
                })?;
                let mut levers = vec![lever("seek-first-lever", &first)?];
                if let Some(s) = &*second {
                    levers.push(lever("seek-second-lever", s)?);
                }
                Ok(AnalysisSpec {
                    scenario: index,
                    trials: Some(trials),
                    kind: AnalysisKind::Seek {
                        goal: GoalSpec {
                            output,
                            at_least: *at_least,
                            threshold,
                            chance,
                        },
                        levers,
                    },
                })
            })();
            match spec {
                Ok(spec) => {
                    problem.set(None);
                    dispatch.emit(Action::Analyse(Box::new(spec)));
                }
                Err(reason) => problem.set(Some(reason)),
            }
        })
    };
    let on_side = {
        let at_least = at_least.clone();
        Callback::from(move |value: String| at_least.set(value == "at_least"))
    };
    let quarters = scenario.quarters();
    let label =
        |q: usize| crate::format::locale::quarter(&language.catalogue, &quarter_label(scenario, q));
    let in_quarter =
        |q: usize| language.say_with("seek-in-quarter", &Args::new().text("quarter", label(q)));
    let from_quarter =
        |q: usize| language.say_with("seek-from-quarter", &Args::new().text("quarter", label(q)));
    let on_first = {
        let first = first.clone();
        Callback::from(move |l: LeverText| first.set(l))
    };
    let on_second = {
        let second = second.clone();
        Callback::from(move |l: LeverText| second.set(Some(l)))
    };
    let add_second = {
        let (second, scenario) = (second.clone(), scenario.clone());
        let catalogue = language.catalogue.clone();
        Callback::from(move |_| {
            second.set(Some(LeverText::of(
                &scenario,
                None,
                "ae.outbound_share",
                &catalogue,
            )))
        })
    };
    let drop_second = {
        let second = second.clone();
        Callback::from(move |_| second.set(None))
    };
    html! {
        <form class="analysis-form" {onsubmit} data-testid="form-seek">
            <div class="goal-row">
                { picker("form-field", "seek-output", &language.say("seek-goal"),
                    GOAL_OUTPUTS.iter().map(|k| option(k.to_string(), output_text(&language, k), *metric == *k, false)).collect(),
                    set_to(&metric)) }
                { picker("form-field", "seek-period", &language.say("seek-when"), html! { <>
                    { option(String::new(), language.say("seek-over-the-horizon"), period.is_empty(), false) }
                    { for (0..quarters).map(|q| { let v = format!("q{}", q + 1); let selected = *period == v; option(v, in_quarter(q), selected, false) }) }
                    { for (1..quarters).map(|q| { let v = format!("from-q{}", q + 1); let selected = *period == v; option(v, from_quarter(q), selected, false) }) }
                </> }, set_to(&period)) }
                { picker("form-field narrow", "seek-side", &language.say("seek-is"), html! { <>
                    { option("at_least".to_string(), language.say("seek-at-least"), *at_least, false) }
                    { option("at_most".to_string(), language.say("seek-at-most"), !*at_least, false) }
                </> }, on_side) }
                { number_input("seek-threshold", &language.say("seek-threshold"), &threshold) }
                { number_input("seek-chance", &language.say("seek-chance"), &chance) }
            </div>
            <LeverInput id="seek-lever1" title={language.say("seek-lever")} scenario={scenario.clone()} lever={(*first).clone()} on_change={on_first} />
            if let Some(lever) = &*second {
                <LeverInput id="seek-lever2" title={language.say("seek-second-lever")} scenario={scenario.clone()} lever={lever.clone()} on_change={on_second} />
                <button type="button" class="ghost small" data-testid="seek-drop-lever" onclick={drop_second}>{language.say("seek-remove-second")}</button>
            } else {
                <button type="button" class="ghost small" data-testid="seek-add-lever" onclick={add_second}>{language.say("seek-add-second")}</button>
            }
            <button type="submit" class="primary" data-testid="run-seek">{language.say("seek-run")}</button>
            if let Some(p) = &*problem { <p class="problem" role="alert" data-testid="seek-problem">{p.clone()}</p> }
        </form>
    }
}
