//! Charts redrawn in slices. The first drawing is made at once (and natively, for the server
//! renderer). Later ones (partial results, the final report, a new focus or screen size) are
//! drawn the headline chart first, then in slices of `runner::SLICE_MS`, as many charts as fit,
//! each slice shown as soon as it is drawn, so that no task on the page runs long; the charts
//! not yet redrawn keep the last drawing. A chart per task would make the browser lay out and
//! paint the page once per chart after every report.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

/// The charts as drawn for one key.
#[derive(Clone, PartialEq)]
struct Drawn<K> {
    key: K,
    charts: Vec<AttrValue>,
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
        let state = use_state(move || Drawn {
            key: first_key,
            charts: (0..count).map(|i| first(i)).collect(),
        });
        let drawn = state.clone();
        use_effect_with(key.clone(), move |key| {
            let cancelled = Rc::new(Cell::new(false));
            if drawn.key != *key {
                #[cfg(target_arch = "wasm32")]
                {
                    let cancelled = cancelled.clone();
                    let key = key.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        use crate::web::clock::page_ms;
                        use crate::web::runner::{yield_to_browser, SLICE_MS};
                        let mut charts = drawn.charts.clone();
                        let mut which = 0;
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
                            drawn.set(Drawn {
                                key: if done { key.clone() } else { drawn.key.clone() },
                                charts: charts.clone(),
                            });
                        }
                    });
                }
                #[cfg(not(target_arch = "wasm32"))]
                drawn.set(Drawn {
                    key: key.clone(),
                    charts: (0..count).map(|i| draw(i)).collect(),
                });
            }
            move || cancelled.set(true)
        });
        state
    };
    SlicedCharts {
        charts: drawn.charts.clone(),
        current: drawn.key == key,
    }
}
