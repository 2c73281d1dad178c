//! The charts in WebAssembly without a DOM: the test runs in Node (wasm-bindgen-test's default),
//! where plotters, which measures text through `window()` in wasm, would panic if any chart
//! asked it to; passing shows that rendering needs no DOM (and so works in a web worker too).
//! Its own binary, as `tests/it` is native-only (proptest, yew's ssr).
//!
//! `cargo test --target wasm32-unknown-unknown --test wasm_charts`
#![cfg(target_arch = "wasm32")]

#[path = "it/common/charts.rs"]
mod support;

use pipesim::charts::{
    difference_histogram, dist_preview, fan_chart, histogram, stacked_bars, Axis, Fan, Size,
    PALETTE,
};
use pipesim::model::{Dist, Range};
use pipesim::stats::Summary;
use support::*;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn every_chart_renders_without_a_dom() {
    let qs: Vec<Summary> = (1..=8).map(|q| summary(q as f64 * 1e5)).collect();
    let fan = fan_chart(
        &labels(8),
        &[Fan {
            color: PALETTE[0],
            quarters: &qs,
        }],
        &usd(),
        PHONE,
        &en(),
    );
    assert_svg(&fan, PHONE);
    assert!(has_label(&fan, "2027 Q1"));
    let bars = stacked_bars(
        &labels(2),
        &[("inbound", PALETTE[5], vec![1e5, 2e5])],
        &usd(),
        LAPTOP,
        &en(),
    );
    assert!(has_label(&bars, "inbound"));
    let values: Vec<f64> = (0..300).map(|i| i as f64 * 1e4).collect();
    assert_svg(
        &histogram(&values, 30, PALETTE[0], Some(1.5e6), &usd(), LAPTOP, &en()),
        LAPTOP,
    );
    assert_svg(
        &difference_histogram(&values, 30, &Axis::Money(HOSTILE.into()), LAPTOP, &en()),
        LAPTOP,
    );
    let preview = dist_preview(
        &Dist::Pert {
            min: 0.1,
            mode: 0.2,
            max: 0.6,
        },
        &Range::SHARE,
        PALETTE[0],
        Size {
            width: 120,
            height: 36,
        },
    );
    assert!(preview.ends_with("</svg>"));
}
