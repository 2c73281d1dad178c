//! The charts' test helpers: sizes, a hostile label, quarter labels and summaries to draw, and
//! checks of the SVG that comes back. Shared by the native chart tests (`tests/it/charts.rs`) and
//! the wasm one (`tests/wasm_charts.rs`, which includes this file by its path).
#![allow(dead_code)]

use pipesim::charts::{Axis, ChartWords, Size};
use pipesim::stats::Summary;

pub const LAPTOP: Size = Size {
    width: 560,
    height: 300,
};
pub const PHONE: Size = Size {
    width: 360,
    height: 240,
};
pub const HOSTILE: &str = "<img src=x onerror=alert(1)>";

/// The charts' English words.
pub fn en() -> ChartWords {
    ChartWords::english()
}

pub fn usd() -> Axis {
    Axis::Money("USD".into())
}

pub fn labels(n: usize) -> Vec<String> {
    (0..n)
        .map(|q| format!("{} Q{}", 2027 + q / 4, q % 4 + 1))
        .collect()
}

pub fn summary(v: f64) -> Summary {
    Summary {
        mean: v,
        sd: v / 5.0,
        p5: 0.6 * v,
        p10: 0.7 * v,
        p25: 0.85 * v,
        p50: v,
        p75: 1.15 * v,
        p90: 1.3 * v,
        p95: 1.4 * v,
    }
}

/// A well-formed, scalable SVG: one root with a viewBox, no fixed pixel size, closed.
pub fn assert_svg(svg: &str, size: Size) {
    assert!(svg.starts_with("<svg"), "{svg}");
    assert!(svg.ends_with("</svg>"), "{svg}");
    let root = &svg[..svg.find('>').unwrap()];
    assert!(
        root.contains(&format!("viewBox=\"0 0 {} {}\"", size.width, size.height)),
        "{root}"
    );
    assert!(root.contains("width=\"100%\""), "{root}");
    assert!(!root.contains("height="), "{root}");
    assert_eq!(svg.matches("<svg").count(), 1);
    assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
    assert!(
        !svg.contains("NaN") && !svg.contains("inf"),
        "non-finite numbers in {svg}"
    );
}

/// The text contents of the SVG's labels, unescaped.
pub fn texts(svg: &str) -> Vec<String> {
    let unescape = |t: &str| {
        t.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&")
    };
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            Some(unescape(
                t.split_once('>')?.1.split_once("</text>")?.0.trim(),
            ))
        })
        .collect()
}

pub fn has_label(svg: &str, label: &str) -> bool {
    texts(svg).iter().any(|t| t == label)
}

pub fn assert_escaped(svg: &str) {
    assert!(!svg.contains("<img"), "raw markup in {svg}");
    assert!(
        svg.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "escaped text missing in {svg}"
    );
    assert!(!svg.contains("&amp;lt;"), "double escaping in {svg}");
}
