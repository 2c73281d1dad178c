//! The web worker's side: runs batches of trials off the page's main thread. The page (see
//! `pool`) sends `{request, spare}`: a [`BatchRequest`] as JSON text, and maybe an `ArrayBuffer`
//! of an earlier answer, transferred back, for this batch's columns (a bare JSON text, as the
//! benchmarks send, is a request without one). The worker answers with a plain object
//! `{job, opportunities, columns: Float64Array, hashes: BigUint64Array}` or `{job, error}`. The
//! batch's outputs come laid out column by column (`report::batch_columns`), with each trial's
//! `engine::row_hash`: the page appends them to its columns and digests as they are, without
//! touching a row (both buffers are transferred, not copied). The first message a worker sends
//! is the text `"ready"`.
//!
//! A worker keeps the last scenario's prepared `Setup` and its trial buffers, so consecutive
//! batches of one scenario parse and prepare it once: the scenario travels as raw JSON text,
//! which the page writes once per run and the worker reads only for a new key.
//!
//! Analyses (`analysis`) send `{point}` instead of `{request}`: a [`PointRequest`], trials of
//! one variant of a scenario, answered with two numbers per trial, the analysis's measure and
//! the cost, as `{job, values: Float64Array, costs: Float64Array, opportunities}`.

use std::cell::RefCell;

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::engine::outputs::METRIC_COUNT;
use crate::engine::{row_hash, simulate_batch, RunError, Setup, TrialBuffers};
use crate::i18n::Message;
use crate::model::Scenario;
use crate::report::batch_columns;

/// The text a worker sends once it can take batches.
pub const READY: &str = "ready";

/// One batch of trials to run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BatchRequest {
    /// The page's id for this batch; the answer carries it back.
    pub job: u64,
    /// Names the scenario: batches with the same key reuse the worker's prepared scenario.
    pub key: String,
    /// The scenario's file form, as JSON text.
    pub scenario: Box<serde_json::value::RawValue>,
    /// The run's seed.
    pub seed: u64,
    /// The first trial.
    pub start: u32,
    /// One past the last trial.
    pub end: u32,
}

/// A benchmark's floor request: make `streams` random streams and draw `draws` numbers, and
/// answer `{floor_ms, checksum}` (see `sampling::rng::floor`). Feature `bench` only: the app's
/// worker does not read it.
#[cfg(feature = "bench")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FloorRequest {
    /// Streams to make.
    pub floor_streams: u64,
    /// Numbers to draw.
    pub floor_draws: u64,
}

/// Trials of one point of an analysis: a variant of a scenario and the measure to keep.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PointRequest {
    /// The page's id for this job; the answer carries it back.
    pub job: u64,
    /// Names the variant: jobs with the same key reuse the worker's prepared scenario.
    pub key: String,
    /// The variant's file form, as JSON text.
    pub scenario: Box<serde_json::value::RawValue>,
    /// The seed of every point.
    pub seed: u64,
    /// The first trial.
    pub start: u32,
    /// One past the last trial.
    pub end: u32,
    /// The measure's key (`analysis::Measure::parse`).
    pub measure: String,
}

struct Prepared {
    key: String,
    setup: Setup,
}

thread_local! {
    static PREPARED: RefCell<Option<Prepared>> = const { RefCell::new(None) };
    static BUFFERS: RefCell<Option<TrialBuffers>> = const { RefCell::new(None) };
}

/// What a batch gives the page.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchAnswer {
    /// The batch's outputs laid out by `report::batch_columns`.
    pub columns: Vec<f64>,
    /// Each trial's `engine::row_hash`, in trial order.
    pub hashes: Vec<u64>,
    /// Opportunities created over the batch.
    pub opportunities: u64,
}

/// Why a request failed, as text the page reads back with [`read_failure`]: a run's error as
/// its JSON after `run:`, which the page says in its language. The worker holds no catalogue
/// (its wasm stays small and starts fast), so it never puts an error in words itself.
pub fn run_failure(error: &RunError) -> String {
    format!("run:{}", serde_json::to_string(error).unwrap_or_default())
}

/// What [`run_failure`] wrote: the run's error, or the text as it came (a worker's other
/// failures, e.g. a request it could not read).
pub fn read_failure(text: &str) -> Result<RunError, &str> {
    text.strip_prefix("run:")
        .and_then(|json| serde_json::from_str(json).ok())
        .ok_or(text)
}

/// A scenario or measure the page checked before sending it cannot fail here but by a bug: the
/// failure names its messages by id, for the report.
fn internal_failure<'a>(messages: impl Iterator<Item = (&'a str, &'a Message)>) -> String {
    let ids: Vec<String> = messages
        .map(|(path, m)| format!("{path}: {}", m.id))
        .collect();
    format!(
        "the worker refused what the page had checked ({})",
        ids.join("; ")
    )
}

/// Runs `work` on the prepared scenario named `key` (parsing and preparing `scenario` only for a
/// new key) with the worker's trial buffers.
fn with_prepared<T>(
    key: &str,
    scenario: &serde_json::value::RawValue,
    work: impl FnOnce(&Setup, &mut TrialBuffers) -> Result<T, String>,
) -> Result<T, String> {
    PREPARED.with(|prepared| {
        let mut prepared = prepared.borrow_mut();
        if prepared.as_ref().map(|p| p.key.as_str()) != Some(key) {
            let scenario = Scenario::from_json_str(scenario.get())
                .map_err(|e| internal_failure(e.iter().map(|f| (f.path.as_str(), &f.reason))))?;
            *prepared = Some(Prepared {
                key: key.to_string(),
                setup: Setup::new(&scenario),
            });
        }
        let setup = &prepared.as_ref().expect("prepared above").setup;
        BUFFERS.with(|b| {
            let mut buffers = b.borrow_mut();
            work(setup, buffers.get_or_insert_with(TrialBuffers::default))
        })
    })
}

/// Runs one request: its answer, or why not.
pub fn run_request(request: &BatchRequest) -> Result<BatchAnswer, String> {
    with_prepared(&request.key, &request.scenario, |setup, buffers| {
        let trials = request.end.saturating_sub(request.start) as usize;
        let width = setup.quarters() * METRIC_COUNT;
        let mut rows = vec![0.0; trials * width];
        simulate_batch(
            setup,
            request.seed,
            request.start..request.end,
            buffers,
            &mut rows,
        )
        .map(|opportunities| BatchAnswer {
            columns: batch_columns(&rows, setup.quarters()),
            hashes: rows.chunks_exact(width.max(1)).map(row_hash).collect(),
            opportunities,
        })
        .map_err(|e| run_failure(&e))
    })
}

/// Runs one point request: each trial's measure and cost, or why not.
pub fn run_point(request: &PointRequest) -> Result<crate::analysis::PointValues, String> {
    with_prepared(&request.key, &request.scenario, |setup, buffers| {
        // The page read the same key first: a refusal here is a bug, named by the key.
        let measure = crate::analysis::Measure::parse(&request.measure, setup.quarters())
            .map_err(|_| format!("the worker refused the measure {:?}", request.measure))?;
        crate::analysis::evaluate_batch(
            setup,
            request.seed,
            request.start..request.end,
            &measure,
            buffers,
            &mut Vec::new(),
        )
        .map_err(|e| run_failure(&e))
    })
}

fn point_answer(
    job: f64,
    outcome: Result<crate::analysis::PointValues, String>,
) -> (js_sys::Object, js_sys::Array) {
    reply(
        job,
        outcome.map(|point| {
            let values = js_sys::Float64Array::from(point.values.as_slice());
            let costs = js_sys::Float64Array::from(point.costs.as_slice());
            let arrays = [
                ("values", values.buffer(), values.into()),
                ("costs", costs.buffer(), costs.into()),
            ];
            (point.opportunities, arrays)
        }),
    )
}

/// A typed array of a reply: its key, the buffer it views (transferred), the array.
type Reply<'a> = (&'a str, js_sys::ArrayBuffer, JsValue);

/// A reply to job `job`: its opportunities and typed arrays (each with its buffer, which is
/// transferred rather than copied), or the error.
fn reply(
    job: f64,
    outcome: Result<(u64, [Reply<'_>; 2]), String>,
) -> (js_sys::Object, js_sys::Array) {
    let reply = js_sys::Object::new();
    let set = |k: &str, v: &JsValue| {
        let _ = js_sys::Reflect::set(&reply, &JsValue::from_str(k), v);
    };
    set("job", &JsValue::from_f64(job));
    let transfer = js_sys::Array::new();
    match outcome {
        Ok((opportunities, arrays)) => {
            set("opportunities", &JsValue::from_f64(opportunities as f64));
            for (key, buffer, array) in arrays {
                transfer.push(&buffer);
                set(key, &array);
            }
        }
        Err(e) => set("error", &JsValue::from_str(&e)),
    }
    (reply, transfer)
}

/// The batch's columns as a `Float64Array`: in `spare` if it has room, else in a new buffer.
pub fn columns_array(columns: &[f64], spare: Option<js_sys::ArrayBuffer>) -> js_sys::Float64Array {
    match spare {
        Some(spare) if spare.byte_length() as usize >= std::mem::size_of_val(columns) => {
            let view = js_sys::Float64Array::new_with_byte_offset_and_length(
                &spare,
                0,
                columns.len() as u32,
            );
            view.copy_from(columns);
            view
        }
        _ => js_sys::Float64Array::from(columns),
    }
}

fn answer(
    job: f64,
    outcome: Result<BatchAnswer, String>,
    spare: Option<js_sys::ArrayBuffer>,
) -> (js_sys::Object, js_sys::Array) {
    reply(
        job,
        outcome.map(|batch| {
            let columns = columns_array(&batch.columns, spare);
            let hashes = js_sys::BigUint64Array::from(batch.hashes.as_slice());
            let arrays = [
                ("columns", columns.buffer(), columns.into()),
                ("hashes", hashes.buffer(), hashes.into()),
            ];
            (batch.opportunities, arrays)
        }),
    )
}

#[cfg(feature = "bench")]
fn time_floor(request: &FloorRequest) -> JsValue {
    let clock = js_sys::global()
        .unchecked_into::<web_sys::WorkerGlobalScope>()
        .performance();
    let now = || {
        clock
            .as_ref()
            .map(|p| p.now())
            .unwrap_or_else(js_sys::Date::now)
    };
    let started = now();
    let checksum = crate::sampling::rng::floor(request.floor_streams, request.floor_draws);
    let reply = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&reply, &"floor_ms".into(), &(now() - started).into());
    let _ = js_sys::Reflect::set(&reply, &"checksum".into(), &checksum.into());
    reply.into()
}

/// The worker's entry point: answers batch requests until the page ends it.
pub fn start() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replier = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            let field = |k: &str| js_sys::Reflect::get(&data, &JsValue::from_str(k)).ok();
            if let Some(point) = field("point").and_then(|p| p.as_string()) {
                let (job, outcome) = match serde_json::from_str::<PointRequest>(&point) {
                    Ok(request) => (request.job as f64, run_point(&request)),
                    Err(e) => (
                        -1.0,
                        Err(format!("the worker could not read a request: {e}")),
                    ),
                };
                let (reply, transfer) = point_answer(job, outcome);
                let _ = replier.post_message_with_transfer(&reply, &transfer);
                return;
            }
            let (text, spare) = match data.as_string() {
                Some(text) => (text, None),
                None => (
                    field("request")
                        .and_then(|r| r.as_string())
                        .unwrap_or_default(),
                    field("spare").and_then(|b| b.dyn_into::<js_sys::ArrayBuffer>().ok()),
                ),
            };
            #[cfg(feature = "bench")]
            if let Ok(floor) = serde_json::from_str::<FloorRequest>(&text) {
                let _ = replier.post_message(&time_floor(&floor));
                return;
            }
            let (job, outcome) = match serde_json::from_str::<BatchRequest>(&text) {
                Ok(request) => (request.job as f64, run_request(&request)),
                Err(e) => (
                    -1.0,
                    Err(format!("the worker could not read a request: {e}")),
                ),
            };
            let (reply, transfer) = answer(job, outcome, spare);
            let _ = replier.post_message_with_transfer(&reply, &transfer);
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Run;
    use crate::presets;

    fn request(job: u64, key: &str, preset: &str, start: u32, end: u32) -> BatchRequest {
        let scenario = presets::find(preset).expect("preset").scenario();
        let text = serde_json::to_string(&BatchRequest {
            job,
            key: key.into(),
            scenario: serde_json::value::to_raw_value(&scenario.to_compact_value()).unwrap(),
            seed: 7,
            start,
            end,
        })
        .unwrap();
        // What the worker receives: the page's text, read back.
        serde_json::from_str(&text).expect("a request reads back")
    }

    #[test]
    fn a_batch_request_gives_the_rows_of_the_same_trials_run_here() {
        let scenario = presets::find("series-a").unwrap().scenario();
        let setup = Setup::new(&scenario);
        let mut expected = Run::zeroed(12, setup.quarters());
        let mut buffers = TrialBuffers::default();
        simulate_batch(&setup, 7, 4..12, &mut buffers, expected.rows_mut(4..12)).unwrap();
        let answer_of = |rows: &[f64], quarters: usize, opportunities: u64| BatchAnswer {
            columns: batch_columns(rows, quarters),
            hashes: rows
                .chunks_exact(quarters * METRIC_COUNT)
                .map(row_hash)
                .collect(),
            opportunities,
        };
        // Two batches of one key (the second reuses the prepared scenario), then another key.
        let first = run_request(&request(1, "1:0", "series-a", 4, 8)).unwrap();
        let q = setup.quarters();
        assert_eq!(first.columns, batch_columns(expected.rows(4..8), q));
        assert_eq!(first.hashes.len(), 4);
        assert_eq!(first.hashes[3], row_hash(expected.row(7)));
        let second = run_request(&request(2, "1:0", "series-a", 8, 12)).unwrap();
        assert_eq!(
            second,
            answer_of(expected.rows(8..12), q, second.opportunities)
        );
        let third = run_request(&request(3, "1:1", "founder-led", 0, 1)).unwrap();
        let other = Setup::new(&presets::find("founder-led").unwrap().scenario());
        let mut one = vec![0.0; other.quarters() * METRIC_COUNT];
        let m = simulate_batch(&other, 7, 0..1, &mut buffers, &mut one).unwrap();
        assert_eq!(third, answer_of(&one, other.quarters(), m));
    }

    #[test]
    fn a_point_request_gives_the_numbers_of_the_same_trials_run_here() {
        let scenario = presets::find("founder-led").unwrap().scenario();
        let measure =
            crate::analysis::Measure::parse("bookings.total@q2", scenario.quarters()).unwrap();
        let expected = crate::analysis::evaluate(&scenario, 7, 6, &measure).unwrap();
        let text = serde_json::to_string(&PointRequest {
            job: 1,
            key: "p:1".into(),
            scenario: serde_json::value::to_raw_value(&scenario.to_compact_value()).unwrap(),
            seed: 7,
            start: 2,
            end: 6,
            measure: measure.key(),
        })
        .unwrap();
        let got = run_point(&serde_json::from_str(&text).unwrap()).unwrap();
        assert_eq!(got.values, expected.values[2..]);
        assert_eq!(got.costs, expected.costs[2..]);
    }

    #[test]
    fn a_request_with_a_bad_scenario_gives_a_message() {
        let mut bad = request(1, "9:0", "series-a", 0, 1);
        bad.scenario = serde_json::value::to_raw_value(&serde_json::json!({"ae": 5})).unwrap();
        let error = run_request(&bad).unwrap_err();
        assert!(
            error.contains("(schema: error-schema-missing")
                && read_failure(&error) == Err(&error[..]),
            "{error}"
        );
    }

    #[test]
    fn a_runs_error_reaches_the_page_whole() {
        for error in [
            RunError::NoTrials,
            RunError::TooMuchWork {
                work: 1.39e11,
                limit: 5e9,
                max_trials: 358_492,
            },
            RunError::TooManyOpportunities { limit: 2_000_000 },
            RunError::Cancelled,
        ] {
            assert_eq!(read_failure(&run_failure(&error)), Ok(error));
        }
        assert_eq!(read_failure("run:{broken"), Err("run:{broken"));
    }
}
