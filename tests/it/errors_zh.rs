//! Bad input in either language: every error is a message of `locales/*/errors.ftl`, said in
//! English by `Display` and in Chinese through the catalogue, the field's path kept exactly as
//! the file writes it. Files, links, the editor's fields and typed values, and the CLI.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use pipesim::editor::{self as edit, FieldValue};
use pipesim::i18n::Message;
use pipesim::model::{FieldError, FileKind, Scenario, Target, Unit};
use pipesim::share::{decode_link, workspace_from_text, ImportError, LinkError};
use serde_json::json;

use super::common::page_text::{chinese, en, zh};
use super::common::temp_dir::TempDir;

/// A workspace whose first scenario's outbound share is out of range, and whose ramp is a
/// text: two problems, with paths under `scenarios[0]`.
fn bad_workspace() -> String {
    json!({
        "schema": 1,
        "scenarios": [{ "schema": 1, "ae": { "outbound_share": 1.2, "ramp_months": "x" } }],
    })
    .to_string()
}

#[test]
fn a_bad_field_in_a_file_is_said_in_chinese_with_its_path() {
    let errors = FileKind::from_json_str(&bad_workspace()).unwrap_err();
    let text = errors.say(&zh());
    assert!(
        text.contains("scenarios[0].ae.outbound_share：1.2 超出 0 到 0.9 的范围"),
        "{text}"
    );
    assert!(text.contains("scenarios[0].ae.ramp_months："), "{text}");
    assert!(!text.contains("is outside"), "no English left: {text}");
    // English, word for word as Display has always said it.
    assert_eq!(errors.say(&en()), errors.to_string());
    assert!(errors
        .to_string()
        .contains("scenarios[0].ae.outbound_share: 1.2 is outside 0 to 0.9"));
}

#[test]
fn a_bad_field_in_a_link_is_said_in_chinese_with_its_path() {
    let deflated = miniz_oxide::deflate::compress_to_vec(bad_workspace().as_bytes(), 9);
    let link = format!(
        "https://a.example/#w=1.{}",
        base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, deflated)
    );
    let error = decode_link(&link).unwrap_err();
    assert!(matches!(error, LinkError::Workspace(_)), "{error}");
    let text = error.say(&zh());
    assert!(text.starts_with("链接中的工作区无效："), "{text}");
    assert!(text.contains("scenarios[0].ae.outbound_share："), "{text}");
    let summary = ImportError::Link(error.clone()).summary_in(2, &zh());
    assert!(
        summary.starts_with("链接中的工作区无效：scenarios[0].ae.ramp_months：")
            && summary.contains("；scenarios[0].ae.outbound_share：1.2 超出"),
        "{summary}"
    );
    let summary = ImportError::Link(error).summary_in(1, &zh());
    assert!(summary.ends_with("；另有 1 个问题"), "{summary}");
    // A damaged link says so in Chinese too.
    let cut = decode_link("https://a.example/#w=1.abc").unwrap_err();
    assert!(chinese(&cut.say(&zh())), "{}", cut.say(&zh()));
}

#[test]
fn a_bad_field_in_the_editor_is_said_in_chinese_with_its_path() {
    let s = Scenario::default();
    let errors = edit::set_field(&s, "ae.outbound_share", FieldValue::Number(1.2)).unwrap_err();
    let e = &errors[0];
    assert_eq!(e.path, "ae.outbound_share");
    assert_eq!(e.say(&zh()), "ae.outbound_share：1.2 超出 0 到 0.9 的范围");
    // A problem inside a field names the part in the same language.
    let errors = edit::set_field(
        &s,
        "targets.bookings_per_quarter",
        FieldValue::Target(Target::PerQuarter(vec![
            1.0, 2.0, -3.0, 4.0, 5.0, 6.0, 7.0, 8.0,
        ])),
    )
    .unwrap_err();
    let said = errors[0].say(&zh());
    assert!(
        said.starts_with(
            "targets.bookings_per_quarter：第 3 季度：-3 超出 0 到 1000000000000 的范围"
        ),
        "{said}"
    );
    assert!(errors[0].reason_text().starts_with("quarter 3: "));
    // What was typed is quoted as typed, inside Chinese words.
    let typed = edit::parse_number("abc", Unit::Count).unwrap_err();
    assert!(
        typed.say(&zh()).starts_with("“abc” 不是数字"),
        "{}",
        typed.say(&zh())
    );
    assert!(typed.to_string().starts_with("“abc” is not a number"));
}

#[test]
fn an_empty_file_and_a_wrong_kind_are_said_in_chinese() {
    let empty = workspace_from_text("  ").unwrap_err();
    assert!(chinese(&empty.say(&zh())), "{}", empty.say(&zh()));
    let list = workspace_from_text("[1, 2]").unwrap_err();
    assert_eq!(
        list.say(&zh()),
        "应为 Pipesim 方案或工作区对象，实际是 一个列表"
    );
}

/// Every problem a set of bad files makes formats in both languages with nothing missing:
/// each argument the Chinese names, the code gives.
#[test]
fn every_error_formats_in_both_languages_without_problems() {
    let bad = [
        bad_workspace(),
        r#"{"schema": 1, "horizon_months": 7, "start_month": "soon", "ae": {"initial": 1.5, "ramp_months": {"triangular": [5, 1, 3]}, "plan": [{"month": 2}], "pace": {"per_quarter": 1, "from_month": 6, "to_month": 3}}, "targets": {"bookings_per_quarter": [1, 2]}, "nmae": "x"}"#.to_string(),
        r#"{"schema": 9}"#.to_string(),
        r#"{"schema": 1, "scenarios": [], "baseline": "a", "run": {"trials": 0, "seed": -1, "x": 1}}"#.to_string(),
        r#"{"schema": 1, "scenarios": [{"schema": 1}], "analysis": {"kind": "seek", "goal": {"at_least": 1, "at_most": 2, "chance": 3}, "levers": []}}"#.to_string(),
        r#"{"schema": 1, "ae": {"ramp_months": {"normal": [1]}, "outbound_share": {"beta": [1, 2]}}, "sdr": {"initial": "many"}}"#.to_string(),
        "{".to_string(),
        r#"{"schema": 1, "ae": {"initial": 1e400}}"#.to_string(),
    ];
    let (en, zh) = (en(), zh());
    let mut seen = 0;
    for text in &bad {
        let errors = FileKind::from_json_str(text).unwrap_err();
        for e in errors.iter() {
            seen += 1;
            for catalogue in [&en, &zh] {
                assert_eq!(
                    catalogue.problems(e.reason.id, &e.reason.args),
                    Vec::<String>::new(),
                    "{e}"
                );
            }
            let said = e.say(&zh);
            assert!(
                said.starts_with(&e.path),
                "the path comes first, as written: {said}"
            );
            assert!(!said.contains("error-"), "an id shown: {said}");
        }
    }
    assert!(seen >= 15, "{seen} problems");
}

/// Every message of `errors.ftl` is used: its id is written in the code, or another message
/// of the file refers to it.
#[test]
fn every_error_message_is_used() {
    let english = include_str!("../../locales/en/errors.ftl");
    let mut code = String::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                code.push_str(&std::fs::read_to_string(path).unwrap());
            }
        }
    }
    let ids: Vec<&str> = english
        .lines()
        .filter_map(|l| l.split_once(" = ").map(|(id, _)| id))
        .filter(|id| !id.starts_with(['#', ' ']) && !id.is_empty())
        .collect();
    assert!(ids.len() > 100, "{} ids", ids.len());
    let unused: Vec<&str> = ids
        .iter()
        .copied()
        .filter(|id| {
            !code.contains(&format!("\"{id}\"")) && !english.contains(&format!("{{ {id} }}"))
        })
        .collect();
    assert!(unused.is_empty(), "unused: {unused:?}");
}

/// The storage's messages (made in the browser only) format in both languages with the
/// arguments `web::storage` gives, the English as it always read.
#[test]
fn storage_messages_format_in_both_languages() {
    use pipesim::i18n::Args;
    let (en, zh) = (en(), zh());
    for what in ["library", "autosave", "autosave-write"] {
        for (id, args) in [
            ("storage-full", Args::new()),
            ("storage-refused", Args::new()),
            ("storage-newer", Args::new().text("format", "2")),
            (
                "storage-unreadable-kept",
                Args::new().text("backup", "k").text("why", "w"),
            ),
            ("storage-unreadable-left", Args::new().text("why", "w")),
        ] {
            let args = args.text("what", what);
            for c in [&en, &zh] {
                assert_eq!(c.problems(id, &args), Vec::<String>::new(), "{id}");
            }
            assert!(chinese(&zh.say(id, &args)), "{id}");
        }
    }
    assert_eq!(
        en.say("storage-full", &Args::new().text("what", "library")),
        "The browser's storage is full, so your saved models could not be stored. Your work is \
         still on screen: delete old saved models or drafts, or download it as a file."
    );
    assert_eq!(
        en.say("storage-blocked", &Args::new()),
        "This browser does not let Pipesim use its local storage, so saved models and autosave \
         are off for this page. Use \u{201c}Download JSON\u{201d} or \u{201c}Copy link\u{201d} to keep \
         your work."
    );
    assert!(zh
        .say("storage-blocked", &Args::new())
        .contains("“下载 JSON”"));
}

/// Message ids the code names, all in the catalogue (a typo would show the id).
#[test]
fn a_message_the_code_names_is_in_the_catalogue() {
    let e = FieldError::new("x", Message::new("error-missing"));
    assert_eq!(e.to_string(), "x: is missing");
    assert_eq!(e.say(&zh()), "x：缺失");
}

/// `pipesim ARGS` with the locale variables set to `env` (the rest of them removed).
fn run_in(env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pipesim"));
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command
        .envs(env.iter().copied())
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("pipesim runs")
}

#[test]
fn the_cli_says_a_bad_file_in_the_chosen_language() {
    let dir = TempDir::new("errors-zh");
    let file = dir.file_arg("bad.json", &bad_workspace());
    let zh = run_in(&[("LANG", "zh_CN.UTF-8")], &["validate", &file]);
    assert_eq!(zh.status.code(), Some(2));
    let text = String::from_utf8(zh.stderr).unwrap();
    assert!(
        text.contains("不是有效的 Pipesim 模型（2 个问题）"),
        "{text}"
    );
    assert!(
        text.contains("  scenarios[0].ae.outbound_share：1.2 超出 0 到 0.9 的范围"),
        "{text}"
    );
    let en = run_in(&[("LANG", "C.UTF-8")], &["validate", &file]);
    assert_eq!(en.status.code(), Some(2));
    let text = String::from_utf8(en.stderr).unwrap();
    assert!(
        text.contains("is not a valid Pipesim model (2 problems):"),
        "{text}"
    );
    assert!(text.contains("  scenarios[0].ae.outbound_share: 1.2 is outside 0 to 0.9"));
    // `run --lang` wins over the environment.
    let run = run_in(&[("LANG", "C.UTF-8")], &["run", &file, "--lang", "zh-CN"]);
    assert_eq!(run.status.code(), Some(2));
    let text = String::from_utf8(run.stderr).unwrap();
    assert!(
        text.contains("scenarios[0].ae.outbound_share：1.2 超出"),
        "{text}"
    );
}

/// The page: an editor field's problem and the notices above the page, rendered inside a
/// zh-CN provider, are said in Chinese with the path or name kept as text.
#[cfg(all(feature = "web", not(target_arch = "wasm32")))]
mod page {
    use std::rc::Rc;

    use pipesim::editor::{self as edit, FieldValue};
    use pipesim::i18n::{Catalogue, Lang};
    use pipesim::model::Scenario;
    use pipesim::share::LinkError;
    use pipesim::web::components::field_input::FieldInput;
    use pipesim::web::components::notices::Notices;
    use pipesim::web::components::run_status::RunStatus;
    use pipesim::web::language::Language;
    use pipesim::web::state::{file_problem, link_problem, NotRun, Notice, RunState, Why};
    use yew::prelude::*;
    use yew::LocalServerRenderer;

    #[derive(Properties, PartialEq)]
    struct InChineseProps {
        notices: Vec<Notice>,
        #[prop_or_default]
        not_run: Option<NotRun>,
    }

    #[function_component]
    fn InChinese(props: &InChineseProps) -> Html {
        let language = Language {
            lang: Lang::ZhCn,
            catalogue: Rc::new(Catalogue::embedded(Lang::ZhCn)),
            switch: Callback::noop(),
        };
        let s = Scenario::default();
        let entry = edit::fields(&s)
            .into_iter()
            .find(|e| e.path == "ae.outbound_share")
            .unwrap();
        let problem = edit::set_field(&s, "ae.outbound_share", FieldValue::Number(1.2))
            .unwrap_err()
            .remove(0);
        html! {
            <ContextProvider<Language> context={language}>
                <FieldInput entry={entry} problem={Some(problem)} on_commit={Callback::noop()} on_local_error={Callback::noop()} />
                <Notices notices={props.notices.clone()} />
                if let Some(not_run) = &props.not_run {
                    <RunStatus run={RunState::Failed(not_run.clone())} trials={20_000} current=true />
                }
            </ContextProvider<Language>>
        }
    }

    #[tokio::test]
    async fn a_field_and_the_notices_speak_chinese() {
        let bad = pipesim::share::workspace_from_text("[1]").unwrap_err();
        let mut notices = vec![
            link_problem(&LinkError::Truncated),
            file_problem("<b>model</b>.json", Why::Import(bad)),
        ];
        for (i, n) in notices.iter_mut().enumerate() {
            n.id = i as u64 + 1;
        }
        let html = LocalServerRenderer::<InChinese>::with_props(InChineseProps {
            notices,
            not_run: None,
        })
        .render()
        .await;
        assert!(html.contains("1.2 超出 0 到 0.9 的范围"), "{html}");
        assert!(
            html.contains("无法打开此链接，你的工作区没有改变。原因：链接不完整"),
            "{html}"
        );
        // A file's name is text, never markup.
        assert!(
            html.contains("无法打开文件 &lt;b&gt;model&lt;/b&gt;.json"),
            "{html}"
        );
        assert!(!html.contains("<b>model"), "{html}");
        assert!(!html.contains("could not be opened"), "{html}");
    }

    /// A run too large for the browser says why in Chinese, naming the heaviest scenario.
    #[tokio::test]
    async fn a_run_over_the_budget_says_why_in_chinese() {
        let mut workspace = pipesim::presets::comparison("founder-led", "vp-first").unwrap();
        workspace.scenarios[0] = pipesim::presets::find("enterprise").unwrap().scenario();
        workspace.run.trials = 20_000;
        let over = pipesim::engine::budget::check_browser_budget(&workspace).unwrap_err();
        let english = over.to_string();
        let not_run = NotRun::from(over);
        assert_eq!(not_run.reason.text(), english);
        let html = LocalServerRenderer::<InChinese>::with_props(InChineseProps {
            notices: Vec::new(),
            not_run: Some(not_run),
        })
        .render()
        .await;
        assert!(html.contains("这次运行对浏览器来说太大"), "{html}");
        assert!(html.contains("enterprise"), "{html}");
        assert!(!html.contains("too large for the browser"), "{html}");
    }
}
