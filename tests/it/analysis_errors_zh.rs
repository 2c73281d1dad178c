//! An analysis's bad settings in either language: the reason is a message of
//! `locales/*/errors.ftl`, said in English by `Display` (word for word what it always said) and
//! in Chinese through the catalogue, the setting's path (`analysis.levers[0].to`) or flag
//! (`--to`) kept exactly as written. The CLI's flags, merged parts, and the name offered to save
//! a model under.

use pipesim::analysis::shards::merge;
use pipesim::analysis::{AnalysisError, Study, StudyOptions};
use pipesim::engine::WORK_LIMIT;
use pipesim::model::analysis::{AnalysisKind, AnalysisSpec, GoalSpec, LeverSpec};
use pipesim::model::{Scenario, Workspace};
use pipesim::presets::find as preset;
use pipesim::share::library::suggested_name_in;
use pipesim::share::suggested_name;

use super::common::cli::{run, stderr};
use super::common::page_text::{chinese, en, zh};

fn series_a() -> Workspace {
    Workspace::single(preset("series-a").unwrap().scenario())
}

fn refused(kind: AnalysisKind) -> AnalysisError {
    let spec = AnalysisSpec {
        scenario: 0,
        trials: Some(100),
        kind,
    };
    Study::new(&series_a(), &spec, StudyOptions::default()).unwrap_err()
}

fn sweep(field: &str, from: f64, to: f64, steps: u32) -> AnalysisKind {
    AnalysisKind::Sweep {
        output: "bookings.total".into(),
        field: field.into(),
        from,
        to,
        steps,
    }
}

fn seek(field: &str, from: f64, to: f64) -> AnalysisKind {
    AnalysisKind::Seek {
        goal: GoalSpec {
            output: "bookings.total".into(),
            at_least: true,
            threshold: 5e6,
            chance: 0.8,
        },
        levers: vec![LeverSpec {
            field: field.into(),
            from,
            to,
            step: None,
        }],
    }
}

/// The error in Chinese: Chinese words, the path first as written, then a full-width colon,
/// and no message id shown; its message formats without problems in both languages.
fn said_in_chinese(e: &AnalysisError) -> String {
    for c in [en(), zh()] {
        assert_eq!(
            c.problems(e.reason.id, &e.reason.args),
            Vec::<String>::new(),
            "{}",
            e.reason.id
        );
    }
    let said = e.say(&zh());
    assert!(chinese(&said), "{said}");
    assert!(
        said.starts_with(&format!("{}：", e.path)),
        "the path first, as written: {said}"
    );
    assert!(!said.contains("error-"), "an id shown: {said}");
    assert_eq!(e.say(&en()), e.to_string(), "Display is the English");
    said
}

#[test]
fn a_sweep_from_above_to_says_chinese_and_names_the_setting() {
    let e = refused(sweep("ae.pace", 5.0, 1.0, 4));
    assert_eq!(e.path, "analysis.to");
    assert_eq!(
        e.to_string(),
        "analysis.to: the range 5 to 1 is empty; give a last value above the first"
    );
    let said = said_in_chinese(&e);
    assert!(said.contains("5") && said.contains("1"), "{said}");
    let e = refused(sweep("ae.outbound_share", 0.0, 1.5, 4));
    assert_eq!(
        e.to_string(),
        "analysis.to: 1.5 is outside ae.outbound_share's range 0 to 0.9"
    );
    assert!(said_in_chinese(&e).contains("ae.outbound_share"));
    let e = refused(sweep("ae.pace", 1.0, 8.0, 0));
    assert_eq!(e.path, "analysis.steps");
    said_in_chinese(&e);
    let e = refused(sweep("drift.enabled", 0.0, 1.0, 2));
    assert!(e.to_string().contains("a switch"), "{e}");
    assert!(said_in_chinese(&e).contains("drift.enabled"));
}

#[test]
fn a_seek_lever_that_is_not_a_field_says_chinese_with_its_path() {
    let e = refused(seek("ae.nope", 1.0, 8.0));
    assert_eq!(e.path, "analysis.levers[0].field");
    assert_eq!(
        e.to_string(),
        "analysis.levers[0].field: ae.nope: is not a field of a scenario (see `pipesim presets \
         series-a` for the paths)"
    );
    let said = said_in_chinese(&e);
    assert!(
        said.starts_with("analysis.levers[0].field：ae.nope："),
        "{said}"
    );
    let e = refused(seek("ae.pace", 8.0, 1.0));
    assert_eq!(e.path, "analysis.levers[0].to");
    said_in_chinese(&e);
    let e = refused(AnalysisKind::Sensitivity {
        output: "revenue".into(),
    });
    assert_eq!(e.path, "analysis.output");
    assert!(said_in_chinese(&e).contains("\"revenue\""));
}

#[test]
fn an_analysis_too_large_and_a_bad_shard_say_chinese() {
    let spec = AnalysisSpec {
        scenario: 0,
        trials: Some(1_000_000),
        kind: sweep("ae.pace", 1.0, 8.0, 200),
    };
    let study = Study::new(&series_a(), &spec, StudyOptions::default()).unwrap();
    let e = study.check_work(WORK_LIMIT).unwrap_err();
    assert!(e.to_string().contains("too large"), "{e}");
    said_in_chinese(&e);
    let spec = AnalysisSpec {
        scenario: 0,
        trials: Some(100),
        kind: AnalysisKind::Sensitivity {
            output: "bookings.total".into(),
        },
    };
    let options = StudyOptions {
        exhaustive: false,
        shard: Some((0, 2)),
    };
    let e = Study::new(&series_a(), &spec, options).unwrap_err();
    assert_eq!(e.path, "shard");
    said_in_chinese(&e);
}

#[test]
fn merging_nothing_says_so_in_chinese() {
    let e = merge(&[]).unwrap_err();
    assert_eq!(e.to_string(), "no parts to merge");
    assert!(chinese(&e.say(&zh())));
}

#[test]
fn the_cli_says_a_bad_sweep_in_chinese_with_its_flag_and_exit_2() {
    let args = [
        "sweep", "series-a", "--field", "ae.pace", "--from", "5", "--to", "1", "--steps", "4",
    ];
    let o = run(&args);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "pipesim: --to: the range 5 to 1 is empty; give a last value above the first\n"
    );
    let mut zh_args = args.to_vec();
    zh_args.extend(["--lang", "zh-CN"]);
    let o = run(&zh_args);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(chinese(&err), "{err}");
    assert!(err.contains("--to："), "{err}");
}

#[test]
fn the_cli_says_bad_flags_in_chinese() {
    for (args, flag) in [
        (&["seek", "series-a"][..], "--goal："),
        (
            &[
                "seek",
                "series-a",
                "--goal",
                "bookings.total>=5M",
                "--lever",
                "ae.pace",
            ][..],
            "--lever ae.pace：",
        ),
        (
            &[
                "seek",
                "series-a",
                "--goal",
                "revenue>=5M",
                "--lever",
                "ae.pace=1..8",
            ][..],
            "--goal：\"revenue>=5M\"：",
        ),
        (
            &[
                "sweep", "series-a", "--field", "ae.pace", "--from", "1", "--to", "8", "--steps",
                "4", "--shard", "x",
            ][..],
            "--shard：",
        ),
        (
            &["sweep", "series-a", "--field", "ae.nope"][..],
            "--field：ae.nope：",
        ),
        (&["merge", "/dev/null"][..], "/dev/null："),
    ] {
        let mut with_lang = args.to_vec();
        with_lang.extend(["--lang", "zh-CN"]);
        let o = run(&with_lang);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert!(chinese(&err), "{args:?}: {err}");
        assert!(err.contains(flag), "{args:?}: {err}");
    }
}

#[test]
fn the_name_offered_follows_the_language_and_the_english_stays() {
    let named = preset("series-a").unwrap().scenario();
    let unnamed = Scenario {
        name: String::new(),
        ..named.clone()
    };
    let mut two = Workspace::single(named.clone());
    two.scenarios.push(unnamed.clone());
    assert_eq!(suggested_name_in(&two, &en()), suggested_name(&two));
    assert_eq!(
        suggested_name_in(&two, &zh()),
        format!("{} 对比 方案 2", named.name)
    );
    let mut three = two.clone();
    three.scenarios.push(unnamed);
    assert_eq!(suggested_name_in(&three, &en()), suggested_name(&three));
    assert_eq!(
        suggested_name(&three),
        format!("{} vs scenario 2 vs scenario 3", named.name)
    );
    let lone = Workspace::single(Scenario {
        name: "  ".into(),
        ..named
    });
    assert_eq!(suggested_name_in(&lone, &en()), suggested_name(&lone));
    assert_eq!(suggested_name_in(&lone, &zh()), "方案 1");
}

/// The Decide panel and the save box, rendered with yew's server renderer in a language.
#[cfg(all(feature = "web", not(target_arch = "wasm32")))]
mod page {
    use std::rc::Rc;

    use pipesim::i18n::{Catalogue, Lang};
    use pipesim::share::Library;
    use pipesim::web::components::analysis_panel::AnalysisPanel;
    use pipesim::web::components::library_panel::name_to_offer_in;
    use pipesim::web::language::Language;
    use pipesim::web::state::{AnalysisStatus, AnalysisView};
    use yew::prelude::*;
    use yew::LocalServerRenderer;

    use super::{chinese, en, refused, series_a, sweep, zh};

    #[derive(Properties, PartialEq)]
    struct FailedProps {
        lang: Lang,
    }

    /// The Decide panel after a sweep from 5 to 1 failed, in `lang`.
    #[function_component]
    fn Failed(props: &FailedProps) -> Html {
        let language = Language {
            lang: props.lang,
            catalogue: Rc::new(Catalogue::embedded(props.lang)),
            switch: Callback::noop(),
        };
        let view = AnalysisView {
            status: AnalysisStatus::Failed(refused(sweep("ae.pace", 5.0, 1.0, 4))),
            ..AnalysisView::default()
        };
        html! {
            <ContextProvider<Language> context={language}>
                <AnalysisPanel workspace={series_a()} selected={0} view={view} current=true />
            </ContextProvider<Language>>
        }
    }

    async fn failure_in(lang: Lang) -> String {
        let html = LocalServerRenderer::<Failed>::with_props(FailedProps { lang })
            .render()
            .await;
        let start = html
            .find("data-testid=\"analysis-error\"")
            .expect("the failure shown");
        let end = start + html[start..].find("</p>").expect("its end");
        html[start..end].to_string()
    }

    #[tokio::test]
    async fn a_failed_analysis_is_said_in_the_pages_language() {
        let zh_text = failure_in(Lang::ZhCn).await;
        assert!(chinese(&zh_text), "{zh_text}");
        assert!(zh_text.contains("analysis.to："), "{zh_text}");
        let en_text = failure_in(Lang::En).await;
        assert!(
            en_text.contains("analysis.to: the range 5 to 1 is empty"),
            "{en_text}"
        );
    }

    #[test]
    fn the_save_box_offers_the_name_in_the_pages_language() {
        let mut two = series_a();
        two.scenarios.push(pipesim::model::Scenario {
            name: String::new(),
            ..two.scenarios[0].clone()
        });
        let library = Library::default();
        let offered = name_to_offer_in(&library, None, &two, &zh());
        assert!(offered.ends_with(" 对比 方案 2"), "{offered}");
        assert_eq!(
            name_to_offer_in(&library, None, &two, &en()),
            pipesim::share::library::suggested_name(&two)
        );
    }
}
