//! The charts as the app uses them: every chart is a scalable `<svg>` with a `viewBox`, shows
//! the quarter labels and money-formatted ticks, escapes hostile text exactly once, overlays
//! one set of bands per fan, draws a histogram's marker when asked, and survives empty and
//! degenerate input without panicking.
//!
//! `cargo test --features web --test it charts:: -- --ignored` also writes the charts of
//! realistic runs to `/tmp/charts/*.svg` (or `$PIPESIM_CHARTS_DIR`) for looking at.

use pipesim::charts::ChartWords;
use pipesim::charts::{
    difference_histogram, dist_preview, fan_chart, histogram, stacked_bars, Axis, Fan, Rgb, Size,
    PALETTE,
};
use pipesim::engine::MetricId;
use pipesim::engine::{simulate, RunSettings};
use pipesim::i18n::{Catalogue, Lang};
use pipesim::model::{Dist, Range};
use pipesim::report::{horizon_values, paired_differences, summarize, ScenarioReport};
use pipesim::stats::Summary;

use crate::common::charts::*;

#[test]
fn fan_chart_has_quarters_money_ticks_and_one_band_set_per_fan() {
    let a: Vec<Summary> = (1..=8).map(|q| summary(q as f64 * 200_000.0)).collect();
    let b: Vec<Summary> = (1..=8)
        .map(|q| summary(q as f64 * 150_000.0 + 100_000.0))
        .collect();
    let fans = [
        Fan {
            color: PALETTE[0],
            quarters: &a,
        },
        Fan {
            color: PALETTE[1],
            quarters: &b,
        },
    ];
    let svg = fan_chart(&labels(8), &fans, &usd(), LAPTOP, &en());
    assert_svg(&svg, LAPTOP);
    assert!(has_label(&svg, "2027 Q1"));
    assert!(has_label(&svg, "$0"));
    assert!(
        texts(&svg)
            .iter()
            .any(|t| t.starts_with('$') && t.ends_with('M')),
        "{:?}",
        texts(&svg)
    );
    let y_ticks = texts(&svg).iter().filter(|t| t.starts_with('$')).count();
    assert!((3..=5).contains(&y_ticks), "{y_ticks} y ticks");
    assert_eq!(svg.matches("<polygon").count(), 4);
    for fan in &fans {
        let fill = format!("fill=\"{}\"", fan.color.css().to_uppercase());
        let bands = svg
            .split('\n')
            .filter(|l| l.starts_with("<polygon") && l.contains(&fill))
            .count();
        assert_eq!(bands, 2, "P5–P95 and P25–P75 bands of {fill}");
        let lines = svg
            .split('\n')
            .filter(|l| {
                l.starts_with("<polyline")
                    && l.contains(&format!("stroke=\"{}\"", fan.color.css().to_uppercase()))
            })
            .count();
        assert_eq!(lines, 1, "one median line");
    }
}

/// The charts' words in Simplified Chinese.
fn zh() -> ChartWords {
    ChartWords::from_catalogue(&Catalogue::embedded(Lang::ZhCn))
}

/// The ASCII words (runs of letters) among a chart's texts, but the `US` of `US$`.
fn ascii_words(svg: &str) -> Vec<String> {
    texts(svg)
        .iter()
        .flat_map(|t| {
            t.split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| !w.is_empty() && *w != "US")
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn a_fan_chart_in_chinese_writes_quarters_and_money_as_chinese_does() {
    let qs: Vec<Summary> = (1..=8).map(|q| summary(q as f64 * 200_000.0)).collect();
    let fans = [Fan {
        color: PALETTE[0],
        quarters: &qs,
    }];
    for size in [LAPTOP, PHONE] {
        let svg = fan_chart(&labels(8), &fans, &usd(), size, &zh());
        assert_svg(&svg, size);
        assert!(has_label(&svg, "2027年第1季度"), "{:?}", texts(&svg));
        assert!(!texts(&svg).iter().any(|t| t.contains(" Q")), "{svg}");
        assert!(has_label(&svg, "US$0"));
        assert!(
            texts(&svg)
                .iter()
                .any(|t| t.starts_with("US$") && t.ends_with('万')),
            "{:?}",
            texts(&svg)
        );
        assert_eq!(ascii_words(&svg), Vec::<String>::new(), "{:?}", texts(&svg));
    }
    // Longer labels thin out sooner: on a phone, one a year.
    let phone = fan_chart(&labels(8), &fans, &usd(), PHONE, &zh());
    let shown: Vec<String> = texts(&phone)
        .into_iter()
        .filter(|t| t.contains('季'))
        .collect();
    assert_eq!(shown, ["2027年第1季度", "2028年第1季度"]);
    let empty = fan_chart(&labels(2), &[], &usd(), PHONE, &zh());
    assert!(has_label(&empty, "无数据"), "{:?}", texts(&empty));
}

#[test]
fn bars_and_histograms_in_chinese_name_their_parts_in_chinese() {
    let words = zh();
    let series: Vec<(&str, Rgb, Vec<f64>)> = pipesim::engine::Source::ALL
        .iter()
        .enumerate()
        .map(|(k, &s)| (words.source(s), PALETTE[k], vec![1e5 * k as f64; 4]))
        .collect();
    let bars = stacked_bars(
        &labels(4),
        &series,
        &Axis::Money("CNY".into()),
        LAPTOP,
        &words,
    );
    assert!(has_label(&bars, "AE 外呼") && has_label(&bars, "2027年第4季度"));
    assert!(has_label(&bars, "¥0"), "{:?}", texts(&bars));
    let allowed = ["AE", "SDR"];
    assert!(
        ascii_words(&bars)
            .iter()
            .all(|w| allowed.contains(&w.as_str())),
        "{:?}",
        texts(&bars)
    );
    let values: Vec<f64> = (0..400).map(|i| (i as f64 - 150.0) * 1e4).collect();
    let diff = difference_histogram(&values, 30, &usd(), LAPTOP, &words);
    assert!(has_label(&diff, "A 低于 B") && has_label(&diff, "A 高于 B"));
    let hist = histogram(&values, 30, PALETTE[0], Some(2e6), &usd(), LAPTOP, &words);
    assert!(has_label(&hist, "US$200万"), "{:?}", texts(&hist));
    assert_eq!(ascii_words(&hist), Vec::<String>::new());
}

#[test]
fn fan_chart_counts_and_gaps() {
    let mut qs: Vec<Summary> = (1..=6).map(|q| summary(q as f64)).collect();
    qs[3].p95 = f64::NAN;
    let svg = fan_chart(
        &labels(6),
        &[Fan {
            color: PALETTE[2],
            quarters: &qs,
        }],
        &Axis::Count,
        PHONE,
        &en(),
    );
    assert_svg(&svg, PHONE);
    assert!(has_label(&svg, "0"));
    assert!(!texts(&svg).iter().any(|t| t.contains('$')));
    // Two runs of finite quarters: two sets of bands.
    assert_eq!(svg.matches("<polygon").count(), 4);
}

#[test]
fn quarter_labels_thin_out_on_small_widths() {
    let qs: Vec<Summary> = (1..=12).map(|q| summary(q as f64 * 1e5)).collect();
    let fans = [Fan {
        color: PALETTE[0],
        quarters: &qs,
    }];
    let phone = fan_chart(&labels(12), &fans, &usd(), PHONE, &en());
    let shown: Vec<String> = labels(12)
        .into_iter()
        .filter(|l| has_label(&phone, l))
        .collect();
    assert!(shown.len() <= 6, "{shown:?}");
    assert_eq!(shown[0], "2027 Q1");
    let laptop = fan_chart(
        &labels(4),
        &[Fan {
            color: PALETTE[0],
            quarters: &qs[..4],
        }],
        &usd(),
        LAPTOP,
        &en(),
    );
    assert!(labels(4).iter().all(|l| has_label(&laptop, l)));
}

#[test]
fn stacked_bars_label_quarters_and_parts() {
    let series = vec![
        (
            "founder",
            PALETTE[2],
            vec![100_000.0, 120_000.0, 90_000.0, 150_000.0],
        ),
        (
            "inbound",
            PALETTE[5],
            vec![50_000.0, 80_000.0, 110_000.0, 130_000.0],
        ),
        ("pool", PALETTE[7], vec![0.0; 4]),
    ];
    let svg = stacked_bars(&labels(4), &series, &usd(), LAPTOP, &en());
    assert_svg(&svg, LAPTOP);
    assert!(has_label(&svg, "2027 Q4"));
    assert!(has_label(&svg, "founder") && has_label(&svg, "inbound"));
    assert!(
        !has_label(&svg, "pool"),
        "parts without value stay out of the legend"
    );
    assert!(texts(&svg)
        .iter()
        .any(|t| t.starts_with("$") && t.ends_with('K')));
    // 8 bars and 2 legend swatches.
    assert_eq!(svg.matches("<rect").count(), 10);
}

#[test]
fn histogram_marks_the_target() {
    let values: Vec<f64> = (0..500).map(|i| 2e6 + (i as f64 * 7919.0) % 2e6).collect();
    let svg = histogram(&values, 30, PALETTE[0], Some(3.5e6), &usd(), LAPTOP, &en());
    assert_svg(&svg, LAPTOP);
    assert!(has_label(&svg, "$3.5M"), "{:?}", texts(&svg));
    assert!(svg.contains("stroke=\"#1D2433\""), "marker line");
    let without = histogram(&values, 30, PALETTE[0], None, &usd(), LAPTOP, &en());
    assert!(!without.contains("stroke=\"#1D2433\""));
    assert!(
        texts(&without).iter().any(|t| t.ends_with('%')),
        "share of trials on the y axis"
    );
    // A target far beyond every trial: an arrow at the edge.
    let far = histogram(&values, 30, PALETTE[0], Some(1e9), &usd(), LAPTOP, &en());
    assert!(has_label(&far, "$1B →"), "{:?}", texts(&far));
}

#[test]
fn difference_histogram_colours_the_sides() {
    let values: Vec<f64> = (0..400).map(|i| (i as f64 - 150.0) * 5_000.0).collect();
    let svg = difference_histogram(&values, 30, &usd(), LAPTOP, &en());
    assert_svg(&svg, LAPTOP);
    assert!(svg.contains("fill=\"#D55E00\"") && svg.contains("fill=\"#0072B2\""));
    assert!(has_label(&svg, "$0"));
    assert!(has_label(&svg, "A < B") && has_label(&svg, "A > B"));
    // All ties: one grey bar.
    let ties = difference_histogram(&[0.0; 50], 30, &usd(), PHONE, &en());
    assert_svg(&ties, PHONE);
    let bars: Vec<&str> = ties.lines().filter(|l| l.starts_with("<rect")).collect();
    assert!(
        bars.iter()
            .all(|l| !l.contains("fill=\"#D55E00\"") && !l.contains("fill=\"#0072B2\"")),
        "{bars:?}"
    );
    assert_eq!(ties.matches("<rect").count(), 1);
}

#[test]
fn hostile_text_is_escaped_once() {
    let hostile = Axis::Money(HOSTILE.into());
    let qs: Vec<Summary> = (1..=4).map(|q| summary(q as f64 * 1e6)).collect();
    let fan = fan_chart(
        &labels(4),
        &[Fan {
            color: PALETTE[0],
            quarters: &qs,
        }],
        &hostile,
        LAPTOP,
        &en(),
    );
    assert_escaped(&fan);
    let bars = stacked_bars(
        &[HOSTILE.to_string()],
        &[(HOSTILE, PALETTE[0], vec![1e6])],
        &usd(),
        LAPTOP,
        &en(),
    );
    assert_escaped(&bars);
    let hist = histogram(
        &[1e6, 2e6, 3e6],
        10,
        PALETTE[0],
        Some(2e6),
        &hostile,
        LAPTOP,
        &en(),
    );
    assert_escaped(&hist);
    let diff = difference_histogram(&[-1e6, 2e6, 3e6], 10, &hostile, LAPTOP, &en());
    assert_escaped(&diff);
    // Ampersands and quotes too, and labels in a fan chart's quarters.
    let amp = fan_chart(
        &["Q1 & \"Q2\"".to_string()],
        &[Fan {
            color: PALETTE[0],
            quarters: &qs[..1],
        }],
        &Axis::Money("A&B".into()),
        LAPTOP,
        &en(),
    );
    assert!(
        amp.contains("Q1 &amp; &quot;Q2&quot;") && amp.contains("A&amp;B"),
        "{amp}"
    );
    assert!(!amp.contains("&amp;amp;"));
}

#[test]
fn degenerate_inputs_do_not_panic() {
    let nan = Summary {
        mean: f64::NAN,
        sd: f64::NAN,
        p5: f64::NAN,
        p10: f64::NAN,
        p25: f64::NAN,
        p50: f64::NAN,
        p75: f64::NAN,
        p90: f64::NAN,
        p95: f64::NAN,
    };
    let inf = Summary {
        p95: f64::INFINITY,
        p5: f64::NEG_INFINITY,
        ..summary(1.0)
    };
    let zero = summary(0.0);
    let huge = summary(f64::MAX);
    let one = [summary(5e5)];
    let sizes = [
        LAPTOP,
        PHONE,
        Size {
            width: 0,
            height: 0,
        },
        Size {
            width: 0,
            height: 300,
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
            width: u32::MAX,
            height: u32::MAX,
        },
    ];
    let summaries: [&[Summary]; 7] = [
        &[],
        &one,
        &[nan, nan],
        &[inf, zero],
        &[zero; 3],
        &[huge, zero],
        &[summary(-3e5), summary(2e5)],
    ];
    let series_values = [
        vec![],
        vec![f64::NAN, f64::INFINITY],
        vec![0.0, 0.0],
        vec![-1e6, 2e6],
        vec![f64::MAX, f64::MAX],
    ];
    let values: [&[f64]; 8] = [
        &[],
        &[1.0],
        &[7.0; 100],
        &[f64::NAN, f64::INFINITY],
        &[0.0],
        &[-f64::MAX, f64::MAX],
        &[1e-300, 2e-300],
        &[-5.0, f64::NAN, 5.0],
    ];
    for size in sizes {
        for axis in [usd(), Axis::Count, Axis::Money(String::new())] {
            for qs in summaries {
                for labels in [vec![], labels(1), labels(40)] {
                    let svg = fan_chart(
                        &labels,
                        &[
                            Fan {
                                color: PALETTE[0],
                                quarters: qs,
                            },
                            Fan {
                                color: PALETTE[1],
                                quarters: qs,
                            },
                        ],
                        &axis,
                        size,
                        &en(),
                    );
                    assert!(
                        svg.starts_with("<svg")
                            && svg.ends_with("</svg>")
                            && svg.contains("viewBox")
                    );
                }
                assert!(fan_chart(&labels(3), &[], &axis, size, &en()).ends_with("</svg>"));
            }
            for v in &series_values {
                let svg = stacked_bars(
                    &labels(2),
                    &[("a", PALETTE[0], v.clone()), ("b", PALETTE[1], v.clone())],
                    &axis,
                    size,
                    &en(),
                );
                assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
            }
            assert!(stacked_bars(&[], &[], &axis, size, &en()).ends_with("</svg>"));
            for v in values {
                for bins in [0, 1, 30, usize::MAX] {
                    for marker in [
                        None,
                        Some(0.0),
                        Some(f64::NAN),
                        Some(f64::INFINITY),
                        Some(-1e12),
                        Some(5.0),
                    ] {
                        let svg = histogram(v, bins, PALETTE[0], marker, &axis, size, &en());
                        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
                    }
                    let svg = difference_histogram(v, bins, &axis, size, &en());
                    assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
                }
            }
        }
    }
    let normal = [summary(1e6); 1];
    let empty = fan_chart(
        &labels(1),
        &[Fan {
            color: PALETTE[0],
            quarters: &normal,
        }],
        &usd(),
        LAPTOP,
        &en(),
    );
    assert_svg(&empty, LAPTOP);
    let no_data = histogram(&[], 30, PALETTE[0], None, &usd(), LAPTOP, &en());
    assert!(has_label(&no_data, "No data"));
}

#[test]
fn previews_show_each_form() {
    let size = Size {
        width: 120,
        height: 36,
    };
    // Drawn at four times the size, for smooth curves.
    let view = Size {
        width: 480,
        height: 144,
    };
    let share = Range::SHARE;
    let spike = dist_preview(&Dist::Fixed(0.3), &share, PALETTE[0], size);
    assert_svg(&spike, view);
    assert!(!spike.contains("<polygon"), "a fixed value is a spike");
    for d in [
        Dist::Uniform { lo: 0.1, hi: 0.4 },
        Dist::Triangular {
            min: 0.1,
            mode: 0.2,
            max: 0.6,
        },
        Dist::Pert {
            min: 0.1,
            mode: 0.2,
            max: 0.6,
        },
        Dist::Normal {
            mean: 0.3,
            sd: 0.05,
        },
        Dist::LogNormal { p5: 0.05, p95: 0.5 },
    ] {
        let svg = dist_preview(&d, &share, PALETTE[0], size);
        assert_svg(&svg, view);
        assert_eq!(svg.matches("<polygon").count(), 1, "{d:?}");
        assert!(!svg.contains("<text"), "no text in a preview");
    }
    // Clamped at zero: a spike at the left edge besides the curve.
    let clamped = dist_preview(
        &Dist::Normal {
            mean: 0.02,
            sd: 0.05,
        },
        &share,
        PALETTE[0],
        size,
    );
    assert_eq!(clamped.matches("<rect").count(), 1, "{clamped}");
    let wide = Range::at_least(0.0);
    for d in [
        Dist::Fixed(f64::NAN),
        Dist::Uniform { lo: 5.0, hi: 1.0 },
        Dist::Uniform {
            lo: 0.0,
            hi: f64::MAX,
        },
        Dist::Uniform {
            lo: -f64::MAX,
            hi: f64::MAX,
        },
        Dist::Normal { mean: 1.0, sd: 0.0 },
        Dist::Normal {
            mean: 1e308,
            sd: 1e308,
        },
        Dist::Pert {
            min: 1.0,
            mode: 1.0,
            max: 1.0,
        },
        Dist::LogNormal {
            p5: 1e-300,
            p95: 1e300,
        },
        Dist::LogNormal { p5: -1.0, p95: 1.0 },
        Dist::Triangular {
            min: 0.0,
            mode: 5.0,
            max: 1.0,
        },
    ] {
        for s in [
            size,
            Size {
                width: 0,
                height: 0,
            },
            Size {
                width: 3,
                height: 100,
            },
            Size {
                width: 4000,
                height: 4,
            },
        ] {
            let svg = dist_preview(&d, &wide, Rgb(1, 2, 3), s);
            assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"), "{d:?}");
            assert!(!svg.contains("NaN"), "{d:?} {svg}");
        }
    }
}

/// Reports of two presets over the same trials.
fn realistic(trials: u32, names: &[&str]) -> Vec<(ScenarioReport, pipesim::engine::Run)> {
    names
        .iter()
        .map(|name| {
            let s = pipesim::presets::find(name).unwrap().scenario();
            let run = simulate(
                &s,
                &RunSettings {
                    trials,
                    seed: 1,
                    threads: 1,
                },
            )
            .unwrap();
            (summarize(&s, &run), run)
        })
        .collect()
}

#[test]
fn realistic_runs_chart_cleanly() {
    let reports = realistic(100, &["founder-led"]);
    let (report, run) = &reports[0];
    let m = report.metric("bookings.total").unwrap();
    let svg = fan_chart(
        &report.quarters,
        &[Fan {
            color: PALETTE[0],
            quarters: &m.quarters,
        }],
        &Axis::Money(report.currency.clone()),
        PHONE,
        &en(),
    );
    assert_svg(&svg, PHONE);
    assert!(has_label(&svg, &report.quarters[0]));
    let totals = horizon_values(run, MetricId::BOOKINGS_TOTAL);
    let target = report.targets.as_ref().map(|t| t.total);
    let svg = histogram(
        &totals,
        30,
        PALETTE[0],
        target,
        &Axis::Money(report.currency.clone()),
        LAPTOP,
        &en(),
    );
    assert_svg(&svg, LAPTOP);
    if let Some(t) = target {
        assert!(svg.contains(&pipesim::format::money(t, &report.currency)));
    }
}

/// Writes realistic charts to `/tmp/charts` for looking at.
#[test]
#[ignore]
fn write_example_svgs() {
    let dir = std::env::var("PIPESIM_CHARTS_DIR").unwrap_or_else(|_| "/tmp/charts".into());
    std::fs::create_dir_all(&dir).unwrap();
    let reports = realistic(
        500,
        &[
            "founder-led",
            "sdr-fed-aes",
            "self-sourcing-aes",
            "vp-first",
        ],
    );
    let (report, run) = &reports[0];
    let currency = report.currency.clone();
    let money = Axis::Money(currency.clone());
    let write = |name: &str, svg: String| std::fs::write(format!("{dir}/{name}.svg"), svg).unwrap();
    for (suffix, size) in [("laptop", LAPTOP), ("phone", PHONE)] {
        let one = |key: &str| {
            let m = report.metric(key).unwrap();
            let axis = if key.starts_with("headcount") {
                Axis::Count
            } else {
                money.clone()
            };
            fan_chart(
                &report.quarters,
                &[Fan {
                    color: PALETTE[0],
                    quarters: &m.quarters,
                }],
                &axis,
                size,
                &en(),
            )
        };
        write(&format!("fan_bookings_{suffix}"), one("bookings.total"));
        write(&format!("fan_headcount_{suffix}"), one("headcount.total"));
        let fans: Vec<Fan> = reports[..2]
            .iter()
            .enumerate()
            .map(|(i, (r, _))| Fan {
                color: PALETTE[i],
                quarters: &r.metric("bookings.total").unwrap().quarters,
            })
            .collect();
        write(
            &format!("fan_two_{suffix}"),
            fan_chart(&report.quarters, &fans, &money, size, &en()),
        );
        let sources = ["founder", "outbound", "sdr", "inbound", "expansion", "pool"];
        for (i, (r, _)) in reports.iter().enumerate().take(2) {
            let series: Vec<(&str, Rgb, Vec<f64>)> = sources
                .iter()
                .enumerate()
                .map(|(k, s)| {
                    (
                        *s,
                        PALETTE[(k + 2) % 8],
                        r.metric(&format!("bookings.{s}"))
                            .unwrap()
                            .quarters
                            .iter()
                            .map(|q| q.p50)
                            .collect(),
                    )
                })
                .collect();
            write(
                &format!("bars{i}_{suffix}"),
                stacked_bars(&r.quarters, &series, &money, size, &en()),
            );
        }
        let totals = horizon_values(run, MetricId::BOOKINGS_TOTAL);
        // The presets set no target: mark 2.5M as one.
        let target = report.targets.as_ref().map(|t| t.total).or(Some(2.5e6));
        write(
            &format!("histogram_{suffix}"),
            histogram(&totals, 30, PALETTE[0], target, &money, size, &en()),
        );
        for (i, j) in [(1, 0), (2, 1), (3, 1)] {
            let d = paired_differences(&reports[i].1, &reports[j].1, MetricId::BOOKINGS_TOTAL);
            write(
                &format!("difference{i}{j}_{suffix}"),
                difference_histogram(&d, 30, &money, size, &en()),
            );
        }
        let mut ties: Vec<f64> = (0..200)
            .map(|t| ((t * 37 % 101) as f64 - 40.0) * 3e3)
            .collect();
        ties.extend([0.0; 30]);
        write(
            &format!("difference_ties_{suffix}"),
            difference_histogram(&ties, 30, &money, size, &en()),
        );
        // Many quarters.
        let long: Vec<Summary> = (0..12).map(|q| summary(2e5 + q as f64 * 9e4)).collect();
        let long_labels: Vec<String> = (0..12)
            .map(|q| format!("{} Q{}", 2027 + q / 4, q % 4 + 1))
            .collect();
        write(
            &format!("fan_long_{suffix}"),
            fan_chart(
                &long_labels,
                &[Fan {
                    color: PALETTE[3],
                    quarters: &long,
                }],
                &money,
                size,
                &en(),
            ),
        );
    }
    // Odd cases: hostile and long currencies, a marker at the right edge, one quarter, no data.
    let m = report.metric("bookings.total").unwrap();
    let hostile = Axis::Money(HOSTILE.into());
    write(
        "odd_hostile_phone",
        fan_chart(
            &report.quarters,
            &[Fan {
                color: PALETTE[0],
                quarters: &m.quarters,
            }],
            &hostile,
            PHONE,
            &en(),
        ),
    );
    let totals = horizon_values(run, MetricId::BOOKINGS_TOTAL);
    let top = totals.iter().copied().fold(0.0, f64::max);
    write(
        "odd_chf_marker_phone",
        histogram(
            &totals,
            30,
            PALETTE[4],
            Some(top),
            &Axis::Money("CHF".into()),
            PHONE,
            &en(),
        ),
    );
    write(
        "odd_one_quarter_laptop",
        fan_chart(
            &report.quarters[..1],
            &[Fan {
                color: PALETTE[2],
                quarters: &m.quarters[..1],
            }],
            &money,
            LAPTOP,
            &en(),
        ),
    );
    write(
        "odd_empty_laptop",
        histogram(&[], 30, PALETTE[0], None, &money, LAPTOP, &en()),
    );
    write(
        "odd_equal_laptop",
        histogram(
            &[1.5e6; 40],
            30,
            PALETTE[0],
            Some(1.5e6),
            &money,
            LAPTOP,
            &en(),
        ),
    );
    let size = Size {
        width: 120,
        height: 36,
    };
    for (name, d, r) in [
        ("fixed", Dist::Fixed(0.3), Range::SHARE),
        ("uniform", Dist::Uniform { lo: 0.1, hi: 0.4 }, Range::SHARE),
        (
            "triangular",
            Dist::Triangular {
                min: 0.1,
                mode: 0.2,
                max: 0.6,
            },
            Range::SHARE,
        ),
        (
            "pert",
            Dist::Pert {
                min: 10.0,
                mode: 20.0,
                max: 60.0,
            },
            Range::at_least(0.0),
        ),
        (
            "normal",
            Dist::Normal {
                mean: 0.3,
                sd: 0.05,
            },
            Range::SHARE,
        ),
        (
            "normal_clamped",
            Dist::Normal {
                mean: 0.02,
                sd: 0.05,
            },
            Range::SHARE,
        ),
        (
            "lognormal",
            Dist::LogNormal {
                p5: 20_000.0,
                p95: 120_000.0,
            },
            Range::at_least(0.0),
        ),
    ] {
        write(
            &format!("preview_{name}"),
            dist_preview(&d, &r, PALETTE[0], size),
        );
    }
}
