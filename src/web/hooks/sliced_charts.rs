//! Charts drawn in slices. In the browser the first drawing makes the headline chart at once
//! and leaves the others empty; they and every later drawing (partial results, the final
//! report, a new focus or screen size) come in slices of `runner::SLICE_MS`, the headline chart
//! first, then as many charts as fit, each slice shown as soon as it is drawn, so that no task
//! on the page runs long: the first results' render, all charts drawn at once by a cold page,
//! was one. The charts not yet redrawn keep the last drawing. A chart per task would make the
//! browser lay out and paint the page once per chart after every report. Natively, for the
//! server renderer, the first drawing is whole.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

/// The charts as drawn for one key.
#[derive(Clone, PartialEq)]
struct Drawn<K> {
    key: K,
    charts: Vec<AttrValue>,
    /// How many of `charts`, from the first, show `key`; the rest an older drawing, or none.
    drawn: usize,
}

/// The charts to show, and whether they are all drawn for the current key.
pub struct SlicedCharts {
    /// Every chart, as SVG: the current drawing, or the last one where it is not done yet.
    pub charts: Vec<AttrValue>,
    /// Whether every chart is drawn for the current key.
    pub current: bool,
}

/// `count` charts, chart `i` drawn by `draw(i)`, drawn again whenever `key` (what they show)
/// changes.
#[hook]
pub fn use_sliced_charts<K, F>(key: K, count: usize, draw: F) -> SlicedCharts
where
    K: PartialEq + Clone + 'static,
    F: Fn(usize) -> AttrValue + 'static,
{
    let drawn = {
        let draw = Rc::new(draw);
        let (first, first_key) = (draw.clone(), key.clone());
        let state = use_state(move || {
            let drawn = if cfg!(target_arch = "wasm32") {
                count.min(1)
            } else {
                count
            };
            Drawn {
                key: first_key,
                charts: (0..count)
                    .map(|i| {
                        if i < drawn {
                            first(i)
                        } else {
                            AttrValue::default()
                        }
                    })
                    .collect(),
                drawn,
            }
        });
        let drawn = state.clone();
        use_effect_with(key.clone(), move |key| {
            let cancelled = Rc::new(Cell::new(false));
            // The charts still to draw for `key`: all of them for a new key.
            let same_key = drawn.key == *key;
            let from = if same_key { drawn.drawn } else { 0 };
            if from < count {
                #[cfg(target_arch = "wasm32")]
                {
                    let cancelled = cancelled.clone();
                    let key = key.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        use crate::web::clock::page_ms;
                        use crate::web::runner::{yield_to_browser, SLICE_MS};
                        let mut charts = drawn.charts.clone();
                        // A new key may ask for more charts (every scenario's detail) or fewer.
                        charts.resize(count, AttrValue::default());
                        let mut which = from;
                        while which < count {
                            yield_to_browser().await;
                            if cancelled.get() {
                                return;
                            }
                            let started = page_ms();
                            loop {
                                charts[which] = draw(which);
                                which += 1;
                                // The headline chart first, alone, to show it soonest.
                                if which == 1 || which == count || page_ms() - started >= SLICE_MS {
                                    break;
                                }
                            }
                            let done = which == count;
                            drawn.set(if done || same_key {
                                Drawn {
                                    key: key.clone(),
                                    charts: charts.clone(),
                                    drawn: which,
                                }
                            } else {
                                Drawn {
                                    key: drawn.key.clone(),
                                    charts: charts.clone(),
                                    drawn: drawn.drawn,
                                }
                            });
                        }
                    });
                }
                #[cfg(not(target_arch = "wasm32"))]
                drawn.set(Drawn {
                    key: key.clone(),
                    charts: (0..count).map(|i| draw(i)).collect(),
                    drawn: count,
                });
            }
            move || cancelled.set(true)
        });
        state
    };
    SlicedCharts {
        charts: drawn.charts.clone(),
        current: drawn.key == key && drawn.drawn == count,
    }
}
