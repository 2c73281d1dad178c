//! The verdict's rules on hand-made reports (numbers chosen so the right sentence is known):
//! the likelihood words at their edges (0.989 reads "very likely"), the cost of a comparison
//! and what each extra unit of it returns, equal scenarios said to be equal, a cheaper scenario
//! read sensibly, exact English pinned, Chinese free of stray English; then one real run of
//! founder-led against vp-first.

use std::sync::atomic::AtomicBool;

use pipesim::engine::outputs::{MetricId, Role, Source};
use pipesim::engine::RunSettings;
use pipesim::i18n::{Catalogue, Lang, Message};
use pipesim::model::Workspace;
use pipesim::presets::find as preset;
use pipesim::report::{
    report_workspace, run_workspace, Comparison, DifferenceSummary, MetricSummary, ScenarioReport,
    TargetReport, WorkspaceReport,
};
use pipesim::stats::Summary;
use pipesim::verdict::{comparison_verdict, scenario_verdict, verdict, Likelihood};

// ---------------------------------------------------------------------------------------------
// Hand-made reports
// ---------------------------------------------------------------------------------------------

/// A distribution with these P10, median, P90 and mean (the other fields follow from them).
fn dist(p10: f64, p50: f64, p90: f64, mean: f64) -> Summary {
    Summary {
        mean,
        sd: (p90 - p10) / 2.56,
        p5: p10,
        p10,
        p25: (p10 + p50) / 2.0,
        p50,
        p75: (p50 + p90) / 2.0,
        p90,
        p95: p90,
    }
}

/// Exactly `x` in every trial.
fn exactly(x: f64) -> Summary {
    Summary {
        mean: x,
        sd: 0.0,
        p5: x,
        p10: x,
        p25: x,
        p50: x,
        p75: x,
        p90: x,
        p95: x,
    }
}

fn metric(id: MetricId, quarters: Vec<Summary>, horizon: Summary) -> MetricSummary {
    MetricSummary {
        id,
        key: id.key(),
        unit: "money",
        quarters,
        horizon,
    }
}

/// A two-quarter scenario: `bookings` (P10, median, P90) over the horizon, split between
/// founder and outbound (`founder_shares` of each quarter's mean), with median cost `cost`.
fn scenario(
    name: &str,
    bookings: (f64, f64, f64),
    founder_shares: [f64; 2],
    cost: f64,
) -> ScenarioReport {
    let (lo, mid, hi) = bookings;
    // Quarter means in the ratio 1 : 3, adding up to the horizon's mean (= its median here).
    let quarter_means = [mid / 4.0, 3.0 * mid / 4.0];
    let quarter = |x: f64| dist(x * 0.7, x, x * 1.3, x);
    let by_share = |share: [f64; 2]| {
        let q: Vec<Summary> = (0..2)
            .map(|i| quarter(quarter_means[i] * share[i]))
            .collect();
        let total = quarter_means[0] * share[0] + quarter_means[1] * share[1];
        (q, dist(total * 0.7, total, total * 1.3, total))
    };
    let (fq, fh) = by_share(founder_shares);
    let (oq, oh) = by_share([1.0 - founder_shares[0], 1.0 - founder_shares[1]]);
    let mut metrics = vec![
        metric(
            MetricId::BOOKINGS_TOTAL,
            quarter_means.iter().map(|&x| quarter(x)).collect(),
            dist(lo, mid, hi, mid),
        ),
        metric(MetricId::bookings(Source::Founder), fq, fh),
        metric(MetricId::bookings(Source::Outbound), oq, oh),
        metric(
            MetricId::COST_TOTAL,
            vec![quarter(cost / 2.0); 2],
            dist(cost * 0.9, cost, cost * 1.1, cost),
        ),
    ];
    for source in [
        Source::Sdr,
        Source::Inbound,
        Source::Expansion,
        Source::Pool,
    ] {
        metrics.push(metric(
            MetricId::bookings(source),
            vec![exactly(0.0); 2],
            exactly(0.0),
        ));
    }
    ScenarioReport {
        name: name.into(),
        currency: "USD".into(),
        quarters: vec!["2027 Q1".into(), "2027 Q2".into()],
        metrics,
        targets: None,
        opportunities: 1000,
    }
}

fn difference(id: MetricId, horizon: Summary, p_greater: f64) -> DifferenceSummary {
    DifferenceSummary {
        id,
        key: id.key(),
        quarters: Vec::new(),
        p_greater_quarter: Vec::new(),
        horizon,
        p_greater,
    }
}

/// A workspace report of `b` (the baseline) and `a`, `a` compared with `b`: bookings differ by
/// `diff` (the paired distribution) with P(A > B) = `p`.
fn pair(a: ScenarioReport, b: ScenarioReport, diff: Summary, p: f64) -> WorkspaceReport {
    let pipeline = if diff == exactly(0.0) {
        exactly(0.0)
    } else {
        dist(1e6, 2e6, 3e6, 2e6)
    };
    WorkspaceReport {
        format: 1,
        trials: 2000,
        seed: 1,
        baseline: 0,
        scenarios: vec![b, a],
        comparisons: vec![Comparison {
            scenario: 1,
            baseline: 0,
            metrics: vec![
                difference(MetricId::BOOKINGS_TOTAL, diff, p),
                difference(MetricId::PIPELINE_CREATED_TOTAL, pipeline, p),
            ],
        }],
    }
}

fn founder_led() -> ScenarioReport {
    scenario("founder-led", (1.5e6, 2.1e6, 2.8e6), [0.5, 0.5], 1.8e6)
}

fn vp_first() -> ScenarioReport {
    scenario("vp-first", (2.5e6, 3.5e6, 4.9e6), [0.9, 0.1], 7.2e6)
}

/// The sentences in words, each checked to fill every argument its message names.
fn words(lang: Lang, messages: &[Message]) -> Vec<String> {
    let catalogue = Catalogue::embedded(lang);
    for m in messages {
        assert_eq!(catalogue.problems(m.id, &m.args), Vec::<String>::new());
    }
    messages.iter().map(|m| catalogue.text(m)).collect()
}

fn compare(lang: Lang, report: &WorkspaceReport) -> Vec<String> {
    let catalogue = Catalogue::embedded(lang);
    words(
        lang,
        &comparison_verdict(&catalogue, report, &report.comparisons[0]),
    )
}

fn about(lang: Lang, report: &ScenarioReport) -> Vec<String> {
    let catalogue = Catalogue::embedded(lang);
    words(lang, &scenario_verdict(&catalogue, report, None, 0))
}

/// The ASCII letters of a Chinese sentence once the words allowed to stay in Latin letters are
/// taken out: scenario names, currency signs and codes, P10/P90, and the AE and SDR of the
/// glossary. Any left is English that leaked into the Chinese.
fn stray_latin(sentence: &str, names: &[&str]) -> String {
    let mut rest = sentence.to_string();
    for allowed in names
        .iter()
        .copied()
        .chain(["US$", "CHF", "P10", "P90", "AE", "SDR"])
    {
        rest = rest.replace(allowed, " ");
    }
    rest.chars().filter(|c| c.is_ascii_alphabetic()).collect()
}

fn assert_chinese(sentences: &[String], names: &[&str]) {
    assert!(!sentences.is_empty());
    for s in sentences {
        assert_eq!(stray_latin(s, names), "", "English left in {s:?}");
        assert!(
            s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{s:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Likelihood words
// ---------------------------------------------------------------------------------------------

#[test]
fn likelihood_words_follow_the_calibrated_scale() {
    let en = Catalogue::embedded(Lang::En);
    let word = |p: f64| en.say(Likelihood::of(p).id(), &Default::default());
    assert_eq!(word(0.989), "very likely");
    assert_eq!(word(0.99), "virtually certain");
    assert_eq!(word(0.9), "very likely");
    assert_eq!(word(0.7), "likely");
    assert_eq!(word(0.5), "about as likely as not");
    assert_eq!(word(0.2), "unlikely");
    assert_eq!(word(0.05), "very unlikely");
    assert_eq!(word(0.01), "exceptionally unlikely");
    let zh = Catalogue::embedded(Lang::ZhCn);
    assert_eq!(
        zh.say(Likelihood::of(0.989).id(), &Default::default()),
        "很可能"
    );
}

// ---------------------------------------------------------------------------------------------
// Comparisons
// ---------------------------------------------------------------------------------------------

#[test]
fn a_costlier_scenario_says_what_each_extra_unit_of_cost_returns() {
    let report = pair(
        vp_first(),
        founder_led(),
        dist(5e5, 1.5e6, 2.5e6, 1.5e6),
        0.989,
    );
    assert_eq!(
        compare(Lang::En, &report),
        [
            "vp-first books $1.5M more than founder-led (very likely, 99%).",
            // 1.5M / 5.4M = 0.278; founder-led's own 2.1M / 1.8M = 1.167.
            "vp-first costs $5.4M more: each extra $1 of cost returns $0.28 in bookings, \
             against $1.17 for founder-led.",
        ]
    );
    let zh = compare(Lang::ZhCn, &report);
    assert_eq!(
        zh,
        [
            "vp-first 的签约额比 founder-led 多 US$150万（很可能，99%）。",
            "vp-first 的成本比 founder-led 高 US$540万：每多投入 US$1 成本，带来 US$0.28 签约额；\
             而 founder-led 每 US$1 成本带来 US$1.17。",
        ]
    );
    assert_chinese(&zh, &["vp-first", "founder-led"]);
}

#[test]
fn equal_scenarios_are_said_to_be_equal() {
    let report = pair(founder_led(), founder_led(), exactly(0.0), 0.0);
    assert_eq!(
        compare(Lang::En, &report),
        ["founder-led and founder-led are equal: the same bookings in every trial, at the same cost."]
    );
    let zh = compare(Lang::ZhCn, &report);
    assert_eq!(zh.len(), 1);
    assert!(zh[0].contains("结果相同"), "{zh:?}");
    assert_chinese(&zh, &["founder-led"]);
}

#[test]
fn the_same_bookings_at_a_higher_cost_return_nothing() {
    let mut dearer = founder_led();
    dearer.name = "dearer".into();
    dearer.metrics[3].horizon = dist(2.0e6, 2.2e6, 2.4e6, 2.2e6);
    let report = pair(dearer, founder_led(), exactly(0.0), 0.0);
    assert_eq!(
        compare(Lang::En, &report),
        [
            "dearer books exactly what founder-led books, in every trial.",
            "dearer costs $400K more, and the extra cost brings no extra bookings.",
        ]
    );
    assert_chinese(&compare(Lang::ZhCn, &report), &["dearer", "founder-led"]);
}

#[test]
fn cheaper_scenarios_read_sensibly() {
    // Cheaper and better.
    let mut lean = founder_led();
    lean.name = "lean".into();
    lean.metrics[3].horizon = dist(1.0e6, 1.2e6, 1.4e6, 1.2e6);
    let better = pair(lean.clone(), founder_led(), dist(1e5, 3e5, 5e5, 3e5), 0.93);
    assert_eq!(
        compare(Lang::En, &better),
        [
            "lean books $300K more than founder-led (very likely, 93%).",
            "lean also costs $600K less: more bookings for less cost.",
        ]
    );
    // Cheaper and worse: what each unit saved gives up, against the baseline's own return.
    let worse = pair(lean, founder_led(), dist(-5e5, -3e5, -1e5, -3e5), 0.04);
    assert_eq!(
        compare(Lang::En, &worse),
        [
            "lean books $300K less than founder-led; that it books more is very unlikely (4%).",
            "lean costs $600K less: each $1 saved gives up $0.50 of bookings, against $1.17 \
             per $1 of cost for founder-led.",
        ]
    );
    for report in [&better, &worse] {
        assert_chinese(&compare(Lang::ZhCn, report), &["lean", "founder-led"]);
    }
}

#[test]
fn a_coin_toss_is_never_called_likely() {
    // The median paired difference is positive, but A books more in only 55% of trials.
    let report = pair(vp_first(), founder_led(), dist(-1e6, 5e4, 1e6, 5e4), 0.55);
    let en = compare(Lang::En, &report);
    assert_eq!(
        en[0],
        "vp-first books $50K more than founder-led (about as likely as not, 55%)."
    );
    let zh = compare(Lang::ZhCn, &report);
    assert!(zh[0].contains("可能性约为一半"), "{zh:?}");
    for p in [0.34, 0.5, 0.65] {
        let report = pair(vp_first(), founder_led(), dist(-1e6, 1e4, 1e6, 1e4), p);
        let first = &compare(Lang::En, &report)[0];
        assert!(first.contains("about as likely as not"), "{p}: {first}");
    }
}

// ---------------------------------------------------------------------------------------------
// One scenario
// ---------------------------------------------------------------------------------------------

#[test]
fn one_scenario_tells_its_range_cost_return_and_mix() {
    let en = about(Lang::En, &vp_first());
    assert_eq!(
        en,
        [
            "vp-first books $2.5M–$4.9M over 2 quarters (P10–P90; median $3.5M) at a median \
             cost of $7.2M.",
            "Each $1 of cost returns $0.49 in bookings (median over median).",
            // Founder: 0.9 of a quarter of the bookings, then 0.1 of three quarters: 30%.
            "The largest source of bookings is AEs' outbound prospecting: 70% of the total, on \
             average.",
            "Its share grows from 10% in 2027 Q1 to 90% in 2027 Q2.",
        ]
    );
    let zh = about(Lang::ZhCn, &vp_first());
    assert_eq!(
        zh[3],
        "其占比从 2027年第1季度的 10% 升至 2027年第2季度的 90%。"
    );
    assert_chinese(&zh, &["vp-first"]);
}

#[test]
fn a_steady_mix_is_not_said_to_move() {
    let en = about(Lang::En, &founder_led());
    assert!(
        en.iter().any(|s| s.starts_with("The largest source")),
        "{en:?}"
    );
    assert!(!en.iter().any(|s| s.starts_with("Its share")), "{en:?}");
}

#[test]
fn a_target_is_told_with_its_likelihood() {
    let mut report = founder_led();
    report.targets = Some(TargetReport {
        per_quarter: vec![1e6, 1e6],
        p_hit_quarter: vec![0.5, 0.5],
        total: 2e6,
        p_hit_total: 0.72,
    });
    let en = about(Lang::En, &report);
    assert!(
        en.contains(&"Reaching the $2M target over the horizon is likely (72%).".to_string()),
        "{en:?}"
    );
    let zh = about(Lang::ZhCn, &report);
    assert!(
        zh.contains(&"整个周期达成 US$200万 目标的概率为 72%（可能）。".to_string()),
        "{zh:?}"
    );
    assert_chinese(&zh, &["founder-led"]);
}

#[test]
fn a_headcount_cap_that_binds_is_told() {
    let mut model = preset("vp-first").unwrap().scenario();
    model.ae.staffing.max_headcount = 30;
    let mut report = vp_first();
    let headcount = |p50: f64, p90: f64| {
        metric(
            MetricId::headcount(Role::Ae),
            vec![],
            dist(p50 - 4.0, p50, p90, p50),
        )
    };
    let catalogue = Catalogue::embedded(Lang::En);
    let told = |report: &ScenarioReport| {
        words(
            Lang::En,
            &scenario_verdict(&catalogue, report, Some(&model), 0),
        )
        .into_iter()
        .filter(|s| s.contains("cap"))
        .collect::<Vec<_>>()
    };
    report.metrics.push(headcount(30.0, 30.0));
    assert_eq!(
        told(&report),
        ["The AE headcount cap of 30 binds: at least half the trials end the horizon at it."]
    );
    report.metrics.pop();
    report.metrics.push(headcount(26.0, 30.0));
    assert_eq!(
        told(&report),
        ["The AE headcount cap of 30 binds in some trials: at least one in ten ends the horizon at it."]
    );
    report.metrics.pop();
    report.metrics.push(headcount(26.0, 29.0));
    assert!(told(&report).is_empty());
    let zh_catalogue = Catalogue::embedded(Lang::ZhCn);
    report.metrics.pop();
    report.metrics.push(headcount(30.0, 30.0));
    let zh = words(
        Lang::ZhCn,
        &scenario_verdict(&zh_catalogue, &report, Some(&model), 0),
    );
    assert!(
        zh.iter()
            .any(|s| s.contains("销售代表（AE）人数上限 30 人")),
        "{zh:?}"
    );
    assert_chinese(&zh, &["vp-first"]);
}

// ---------------------------------------------------------------------------------------------
// A real run
// ---------------------------------------------------------------------------------------------

#[test]
fn founder_led_against_vp_first_gets_a_verdict_naming_both() {
    let (workspace, report) = real_run(vec![
        preset("founder-led").unwrap().scenario(),
        preset("vp-first").unwrap().scenario(),
    ]);
    for lang in [Lang::En, Lang::ZhCn] {
        let v = verdict(&Catalogue::embedded(lang), &report, &workspace.scenarios);
        assert_eq!(v.lang, lang.tag());
        assert_eq!(v.scenarios.len(), 2);
        assert_eq!(v.comparisons.len(), 1);
        let sentences = &v.comparisons[0].sentences;
        println!("{}: {}", v.comparisons[0].title, sentences.join(" "));
        assert!(sentences[0].contains("vp-first") && sentences[0].contains("founder-led"));
        assert_eq!(sentences.len(), 2, "{sentences:?}");
        for s in &v.scenarios {
            assert!(s.sentences.len() >= 3, "{:?}", s.sentences);
        }
        if lang == Lang::ZhCn {
            for s in &v.scenarios {
                assert_chinese(&s.sentences, &["vp-first", "founder-led"]);
            }
            assert_chinese(sentences, &["vp-first", "founder-led"]);
        }
    }
}

/// A workspace of these presets, run with 300 trials from seed 1.
fn real_run(models: Vec<pipesim::model::Scenario>) -> (Workspace, WorkspaceReport) {
    let mut workspace = Workspace::single(models[0].clone());
    workspace.scenarios = models;
    let settings = RunSettings {
        trials: 300,
        seed: 1,
        threads: 1,
    };
    let runs = run_workspace(&workspace, &settings, &|_| {}, &AtomicBool::new(false)).unwrap();
    let report = report_workspace(&workspace, &settings, &runs);
    (workspace, report)
}

#[test]
fn a_scenario_run_against_itself_is_equal_and_a_low_cap_binds() {
    let founder = preset("founder-led").unwrap().scenario();
    let (workspace, report) = real_run(vec![founder.clone(), founder]);
    let v = verdict(
        &Catalogue::embedded(Lang::En),
        &report,
        &workspace.scenarios,
    );
    assert_eq!(
        v.comparisons[0].sentences,
        ["founder-led and founder-led are equal: the same bookings in every trial, at the same cost."]
    );

    let mut capped = preset("vp-first").unwrap().scenario();
    capped.ae.staffing.max_headcount = 10;
    let (workspace, report) = real_run(vec![capped]);
    let v = verdict(
        &Catalogue::embedded(Lang::En),
        &report,
        &workspace.scenarios,
    );
    assert!(
        v.scenarios[0].sentences.contains(
            &"The AE headcount cap of 10 binds: at least half the trials end the horizon at it."
                .to_string()
        ),
        "{:?}",
        v.scenarios[0].sentences
    );
}
