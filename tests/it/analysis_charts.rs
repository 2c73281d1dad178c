//! The charts of the analyses as the app uses them: the tornado of a sensitivity analysis, the
//! sweep of one input and the goal seek's frontier are scalable `<svg>`s with their markers
//! (a legend, the best or chosen point ringed, the required chance), escape hostile labels
//! exactly once, map a point to the tornado's bar where the bar is drawn, and survive empty,
//! degenerate and huge input without panicking.
//!
//! `cargo test --features web --test it analysis_charts:: -- --ignored` also writes examples to
//! `/tmp/analysis_charts/*.svg` (or `$PIPESIM_CHARTS_DIR`) for looking at.

use pipesim::charts::{
    frontier_chart, sweep_chart, tornado, tornado_height, tornado_row_at, Axis, FrontierPoint,
    FrontierSeries, Size, SweepPoint, TornadoBar, PALETTE,
};

use crate::common::charts::*;

/// The charts' English words.
fn words() -> pipesim::charts::ChartWords {
    pipesim::charts::ChartWords::english()
}

const WIDE: Size = Size {
    width: 1200,
    height: 500,
};
const TALL_PHONE: Size = Size {
    width: 390,
    height: 700,
};

fn bar(label: &str, low: f64, high: f64) -> TornadoBar {
    TornadoBar {
        label: label.into(),
        low_text: "26%".into(),
        high_text: "44%".into(),
        low,
        high,
        error: 40_000.0,
        faint: false,
    }
}

fn ranked_bars() -> Vec<TornadoBar> {
    let names = [
        "Outbound share of AE hours",
        "Win rate of qualified opportunities",
        "Sales cycle (months)",
        "Average contract value",
        "Ramp of new AEs (months)",
        "Inbound leads per month",
        "SDR meetings per month",
        "Churn of accounts per year",
    ];
    names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let swing = 900_000.0 / (i as f64 + 1.0);
            let mut b = bar(name, -0.45 * swing, 0.55 * swing);
            b.faint = i >= 6;
            b
        })
        .collect()
}

fn sweep_points() -> Vec<SweepPoint> {
    [0.0, 1.0, 2.0, 3.0, 4.0, 6.0, 8.0]
        .iter()
        .map(|&x| {
            let p50 = 2.0e6 + 400_000.0 * x - 30_000.0 * x * x;
            SweepPoint {
                x,
                p10: p50 * 0.75,
                p50,
                p90: p50 * 1.25,
                cost: 600_000.0 + 150_000.0 * x,
            }
        })
        .collect()
}

fn frontier_series(n: usize) -> Vec<FrontierSeries> {
    (0..n)
        .map(|s| FrontierSeries {
            label: format!("{s} SDRs"),
            color: PALETTE[s % 8],
            points: (0..=8)
                .map(|x| {
                    let x = x as f64;
                    FrontierPoint {
                        x,
                        chance: (0.15 + 0.1 * x + 0.08 * s as f64).min(0.97),
                        cost: 500_000.0 + 140_000.0 * x + 90_000.0 * s as f64,
                    }
                })
                .collect(),
        })
        .collect()
}

fn hires(x: f64) -> String {
    format!("{x} AEs")
}

/// The `y` and `height` of every `<rect>` with this fill, in order.
fn rects(svg: &str, fill: &str) -> Vec<(f64, f64)> {
    let attr = |line: &str, name: &str| -> f64 {
        let start = line.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        line[start..].split('"').next().unwrap().parse().unwrap()
    };
    svg.lines()
        .filter(|l| l.starts_with("<rect") && l.contains(&format!("fill=\"{fill}\"")))
        .map(|l| (attr(l, "y"), attr(l, "height")))
        .collect()
}

#[test]
fn tornado_has_a_legend_signed_ticks_and_values_at_the_bars() {
    let bars = ranked_bars();
    for size in [WIDE, LAPTOP, TALL_PHONE, PHONE] {
        let svg = tornado(&bars, &usd(), size, &words());
        assert_svg(&svg, size);
        assert!(has_label(&svg, "low value") && has_label(&svg, "high value"));
        assert!(has_label(&svg, "26%") && has_label(&svg, "44%"));
        let t = texts(&svg);
        assert!(t.iter().any(|l| l.starts_with("+$")), "{t:?}");
        if size.height > 300 {
            assert!(t.iter().any(|l| l.starts_with("−$")), "{t:?}");
        }
        // Six coloured inputs with two bars each, and the two legend swatches.
        assert_eq!(rects(&svg, "#E69F00").len(), 7, "{size:?}");
        assert_eq!(rects(&svg, "#0072B2").len(), 7, "{size:?}");
        // Every label shows, whole or cut with "…".
        for b in &bars {
            assert!(
                t.iter().any(|l| l == &b.label
                    || (l.ends_with('…') && b.label.starts_with(l.trim_end_matches('…')))),
                "{} in {size:?}: {t:?}",
                b.label
            );
        }
        assert!(!svg.contains("<a") && !svg.contains("onclick") && !svg.contains("<script"));
    }
    // On a laptop the labels fit whole; on a phone long ones go above their bars whole too.
    let wide = tornado(&bars, &usd(), WIDE, &words());
    assert!(has_label(&wide, "Win rate of qualified opportunities"));
    let phone = tornado(&bars, &usd(), TALL_PHONE, &words());
    assert!(has_label(&phone, "Win rate of qualified opportunities"));
}

#[test]
fn tornado_rows_match_the_bars_drawn() {
    let bars = ranked_bars();
    for size in [WIDE, TALL_PHONE, PHONE] {
        let svg = tornado(&bars, &usd(), size, &words());
        // Skip the legend swatch; the six coloured inputs come in order.
        let low = rects(&svg, "#E69F00");
        let high = rects(&svg, "#0072B2");
        for i in 0..6 {
            for (y, h) in [low[i + 1], high[i + 1]] {
                for probe in [y + 0.5, y + h / 2.0, y + h - 0.5] {
                    assert_eq!(
                        tornado_row_at(bars.len(), size, probe),
                        Some(i),
                        "bar {i} at {probe} in {size:?}"
                    );
                }
            }
        }
        assert_eq!(tornado_row_at(bars.len(), size, 0.0), None, "the legend");
        assert_eq!(
            tornado_row_at(bars.len(), size, size.height as f64 - 1.0),
            None,
            "the axis"
        );
    }
    assert_eq!(tornado_row_at(0, WIDE, 100.0), None);
    assert_eq!(tornado_row_at(5, WIDE, f64::NAN), None);
    let tiny = Size {
        width: 10,
        height: 10,
    };
    assert_eq!(tornado_row_at(5, tiny, 5.0), None);
    // Huge sizes are drawn scaled down, and rows are found in the drawn viewBox.
    let huge = Size {
        width: 20_000,
        height: 10_000,
    };
    let svg = tornado(&bars, &usd(), huge, &words());
    let (y, h) = rects(&svg, "#0072B2")[1];
    assert_eq!(tornado_row_at(bars.len(), huge, y + h / 2.0), Some(0));
}

#[test]
fn tornado_height_leaves_room_for_every_label() {
    let bars = ranked_bars();
    for width in [390, 1200] {
        let size = Size {
            width,
            height: tornado_height(bars.len(), width),
        };
        let svg = tornado(&bars, &usd(), size, &words());
        assert!(bars.iter().all(|b| has_label(&svg, &b.label)), "{width}");
    }
    assert!(tornado_height(0, 390) >= 40);
    assert!(tornado_height(usize::MAX, 390) <= 8192);
}

#[test]
fn one_sided_and_same_side_bars() {
    let mut narrowing = bar("Win rate", 0.0, 250_000.0);
    narrowing.low_text = String::new();
    narrowing.high_text = "−$250K".into();
    let both_up = bar("Cycle", 100_000.0, 300_000.0);
    let svg = tornado(&[narrowing, both_up], &usd(), WIDE, &words());
    assert_svg(&svg, WIDE);
    // One-sided: no low bar. Same side: both bars, each half the height.
    let low = rects(&svg, "#E69F00");
    let high = rects(&svg, "#0072B2");
    assert_eq!((low.len(), high.len()), (2, 3));
    assert!((low[1].1 - high[2].1).abs() <= 1.0 && low[1].0 < high[2].0);
    assert!(has_label(&svg, "−$250K"));
}

#[test]
fn faint_bars_are_grey() {
    let mut b = bar("Noise", -1000.0, 1500.0);
    b.faint = true;
    let svg = tornado(&[b], &usd(), LAPTOP, &words());
    assert_eq!(rects(&svg, "#E69F00").len(), 1, "only the legend's");
    assert_eq!(rects(&svg, "#0072B2").len(), 1, "only the legend's");
    assert_eq!(svg.matches("<rect").count(), 4);
}

#[test]
fn sweep_marks_the_best_point() {
    let points = sweep_points();
    for size in [WIDE, LAPTOP, TALL_PHONE, PHONE] {
        let svg = sweep_chart(&points, &hires, &usd(), &usd(), Some(4), size, &words());
        assert_svg(&svg, size);
        assert!(has_label(&svg, "best"), "{size:?}");
        assert!(has_label(&svg, "median cost") && has_label(&svg, "P10–P90"));
        assert!(
            has_label(&svg, "0 AEs") && has_label(&svg, "8 AEs"),
            "{:?}",
            texts(&svg)
        );
        assert_eq!(svg.matches("<polygon").count(), 1, "one band");
        // Seven dots and the ring.
        assert_eq!(svg.matches("<circle").count(), 8);
        assert!(
            svg.contains("r=\"8\" opacity=\"1\" fill=\"none\""),
            "the ring"
        );
        // Seven cost bars and the band's legend swatch.
        assert_eq!(svg.matches("<rect").count(), 8);
    }
    let unmarked = sweep_chart(&points, &hires, &usd(), &usd(), None, LAPTOP, &words());
    assert!(!has_label(&unmarked, "best"));
    let out_of_range = sweep_chart(&points, &hires, &usd(), &usd(), Some(99), LAPTOP, &words());
    assert!(!has_label(&out_of_range, "best"));
}

#[test]
fn sweep_x_labels_thin_out_and_follow_the_values() {
    // Unevenly spaced, unsorted values with many settings.
    let points: Vec<SweepPoint> = (0..40)
        .rev()
        .map(|i| {
            let x = (i * i) as f64;
            SweepPoint {
                x,
                p10: 1e6,
                p50: 1.2e6 + x * 1e3,
                p90: 1.5e6,
                cost: 1e5,
            }
        })
        .collect();
    let svg = sweep_chart(&points, &hires, &usd(), &usd(), Some(0), PHONE, &words());
    assert_svg(&svg, PHONE);
    let shown = texts(&svg).iter().filter(|t| t.ends_with("AEs")).count();
    assert!((2..=8).contains(&shown), "{shown}");
}

#[test]
fn frontier_rings_the_chosen_setting_and_names_series() {
    let one = frontier_series(1);
    let svg = frontier_chart(&one, &hires, 0.8, &usd(), Some((0, 6)), WIDE, &words());
    assert_svg(&svg, WIDE);
    assert!(has_label(&svg, "80% required") && has_label(&svg, "chosen"));
    assert!(has_label(&svg, "100%") && has_label(&svg, "0%"));
    assert!(!has_label(&svg, "0 SDRs"), "no legend for one series");
    let rings = "fill=\"none\" stroke=\"#1D2433\"";
    assert_eq!(svg.matches(rings).count(), 2, "ringed in both panels");
    let three = frontier_series(3);
    for size in [WIDE, LAPTOP, TALL_PHONE, PHONE] {
        let svg = frontier_chart(&three, &hires, 0.8, &usd(), Some((2, 3)), size, &words());
        assert_svg(&svg, size);
        for s in &three {
            assert!(has_label(&svg, &s.label), "{size:?}");
            let stroke = format!("stroke=\"{}\"", s.color.css().to_uppercase());
            let lines = svg
                .lines()
                .filter(|l| l.starts_with("<polyline") && l.contains(&stroke))
                .count();
            assert_eq!(lines, 3, "legend, chance and cost lines of {}", s.label);
        }
    }
    let none = frontier_chart(&three, &hires, 0.8, &usd(), Some((7, 0)), LAPTOP, &words());
    assert!(!has_label(&none, "chosen"));
}

#[test]
fn hostile_labels_are_escaped_once() {
    let mut b = bar(HOSTILE, -1e5, 2e5);
    b.low_text = HOSTILE.into();
    let svg = tornado(&[b], &Axis::Money(HOSTILE.into()), WIDE, &words());
    assert_escaped(&svg);
    let phone = tornado(&[bar(HOSTILE, -1e5, 2e5)], &usd(), TALL_PHONE, &words());
    assert_escaped(&phone);
    let hostile_x = |_: f64| HOSTILE.to_string();
    let svg = sweep_chart(
        &sweep_points()[..1],
        &hostile_x,
        &Axis::Money(HOSTILE.into()),
        &usd(),
        Some(0),
        WIDE,
        &words(),
    );
    assert_escaped(&svg);
    let mut series = frontier_series(2);
    series[0].label = HOSTILE.into();
    let svg = frontier_chart(&series, &hostile_x, 0.5, &usd(), None, WIDE, &words());
    assert_escaped(&svg);
    let amp = tornado(
        &[bar("R&D \"share\"", -1.0, 1.0)],
        &Axis::Count,
        WIDE,
        &words(),
    );
    assert!(amp.contains("R&amp;D &quot;share&quot;") && !amp.contains("&amp;amp;"));
}

#[test]
fn degenerate_inputs_do_not_panic() {
    let sizes = [
        WIDE,
        TALL_PHONE,
        Size {
            width: 0,
            height: 0,
        },
        Size {
            width: 1,
            height: 1,
        },
        Size {
            width: 60,
            height: 40,
        },
        Size {
            width: 80,
            height: 2000,
        },
        Size {
            width: u32::MAX,
            height: u32::MAX,
        },
    ];
    let odd = [
        0.0,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::MAX,
        -f64::MAX,
        1e-300,
    ];
    let many: Vec<TornadoBar> = (0..60)
        .map(|i| {
            bar(
                &format!("Input {i} with a rather long name"),
                -(i as f64) * 1e4,
                i as f64 * 2e4,
            )
        })
        .collect();
    let mut tornadoes: Vec<Vec<TornadoBar>> = vec![vec![], vec![bar("one", -1.0, 1.0)], many];
    tornadoes.push(
        odd.iter()
            .map(|&v| TornadoBar {
                error: v,
                ..bar("odd", v, -v)
            })
            .collect(),
    );
    let mut sweeps: Vec<Vec<SweepPoint>> = vec![vec![], sweep_points()[..1].to_vec()];
    sweeps.push(
        odd.iter()
            .map(|&v| SweepPoint {
                x: v,
                p10: v,
                p50: 1.0,
                p90: -v,
                cost: v,
            })
            .collect(),
    );
    sweeps.push(
        (0..5)
            .map(|i| SweepPoint {
                x: 3.0,
                p10: i as f64,
                p50: f64::NAN,
                p90: 1.0,
                cost: 0.0,
            })
            .collect(),
    );
    let mut frontiers = vec![vec![], frontier_series(1), frontier_series(12)];
    frontiers.push(vec![FrontierSeries {
        label: String::new(),
        color: PALETTE[0],
        points: odd
            .iter()
            .map(|&v| FrontierPoint {
                x: v,
                chance: v,
                cost: -v,
            })
            .collect(),
    }]);
    let valid = |svg: &str| {
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>") && svg.contains("viewBox"));
        assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
    };
    for size in sizes {
        for axis in [usd(), Axis::Count, Axis::Money(String::new())] {
            for bars in &tornadoes {
                valid(&tornado(bars, &axis, size, &words()));
            }
            for points in &sweeps {
                for best in [None, Some(0), Some(2), Some(usize::MAX)] {
                    valid(&sweep_chart(
                        points,
                        &hires,
                        &axis,
                        &axis,
                        best,
                        size,
                        &words(),
                    ));
                }
            }
            for series in &frontiers {
                for required in [0.8, f64::NAN, -1.0, 7.0] {
                    for chosen in [None, Some((0, 0)), Some((0, 3)), Some((usize::MAX, 0))] {
                        valid(&frontier_chart(
                            series,
                            &hires,
                            required,
                            &axis,
                            chosen,
                            size,
                            &words(),
                        ));
                    }
                }
            }
        }
    }
    let empty = tornado(&[], &usd(), WIDE, &words());
    assert!(has_label(&empty, "No data"));
    let no_sweep = sweep_chart(&[], &hires, &usd(), &usd(), None, WIDE, &words());
    assert!(has_label(&no_sweep, "No data"));
}

/// Writes examples to `/tmp/analysis_charts` for looking at.
#[test]
#[ignore]
fn write_example_svgs() {
    let dir = std::env::var("PIPESIM_CHARTS_DIR").unwrap_or_else(|_| "/tmp/analysis_charts".into());
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, svg: String| std::fs::write(format!("{dir}/{name}.svg"), svg).unwrap();
    let mut one_sided: Vec<TornadoBar> = ranked_bars()
        .into_iter()
        .map(|b| TornadoBar {
            low: 0.0,
            high: -b.high.abs() * 0.6,
            low_text: String::new(),
            high_text: String::new(),
            ..b
        })
        .collect();
    one_sided[2].high = -one_sided[2].high;
    let mut mixed = ranked_bars();
    mixed[1].low = 120_000.0;
    mixed[1].high = 380_000.0;
    for (suffix, size) in [
        ("wide", WIDE),
        ("phone", TALL_PHONE),
        ("app", LAPTOP),
        ("app_phone", PHONE),
    ] {
        write(
            &format!("tornado_{suffix}"),
            tornado(&ranked_bars(), &usd(), size, &words()),
        );
        write(
            &format!("tornado_mixed_{suffix}"),
            tornado(&mixed, &usd(), size, &words()),
        );
        write(
            &format!("tornado_narrowing_{suffix}"),
            tornado(&one_sided, &usd(), size, &words()),
        );
        write(
            &format!("sweep_{suffix}"),
            sweep_chart(
                &sweep_points(),
                &hires,
                &usd(),
                &usd(),
                Some(4),
                size,
                &words(),
            ),
        );
        write(
            &format!("frontier_one_{suffix}"),
            frontier_chart(
                &frontier_series(1),
                &hires,
                0.8,
                &usd(),
                Some((0, 6)),
                size,
                &words(),
            ),
        );
        write(
            &format!("frontier_three_{suffix}"),
            frontier_chart(
                &frontier_series(3),
                &hires,
                0.8,
                &usd(),
                Some((2, 4)),
                size,
                &words(),
            ),
        );
    }
    let many: Vec<TornadoBar> = (0..60)
        .map(|i| {
            bar(
                &format!("Input {i}"),
                -6e5 / (i as f64 + 1.0),
                8e5 / (i as f64 + 1.0),
            )
        })
        .collect();
    write("tornado_many_wide", tornado(&many, &usd(), WIDE, &words()));
    let fit = Size {
        width: 390,
        height: tornado_height(8, 390),
    };
    write(
        "tornado_fit_phone",
        tornado(&ranked_bars(), &usd(), fit, &words()),
    );
}
