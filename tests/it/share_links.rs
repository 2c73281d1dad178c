//! Share links: every preset's link is short, links round-trip over random workspaces
//! (proptest), and the golden links of every format version keep opening to the same workspace.

// Random valid workspaces: a preset, then random edits through the editor's own `set_field`,
// then random run settings (shared with the engine's property tests).
use crate::common::random;
use pipesim::model::Workspace;
use pipesim::presets;
use pipesim::share::{decode_link, encode_link};

#[test]
fn every_preset_link_is_under_1500_characters() {
    for p in presets::PRESETS {
        let w = Workspace::single(p.scenario());
        let link = encode_link(&w);
        println!("{} {}", p.name, link.len());
        assert!(
            link.len() + 1 < 1500,
            "{}: {} characters",
            p.name,
            link.len()
        );
        assert_eq!(decode_link(&link).as_ref(), Ok(&w));
    }
    for (_, a, b) in presets::COMPARISONS {
        let w = presets::comparison(a, b).unwrap();
        let link = encode_link(&w);
        println!("{a}+{b} {}", link.len());
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    /// A link and a file both give back exactly the workspace, every float bit included.
    #[test]
    fn links_and_files_round_trip(w in random::workspace()) {
        let link = encode_link(&w);
        proptest::prop_assert_eq!(decode_link(&link), Ok(w.clone()));
        proptest::prop_assert_eq!(Workspace::from_json_str(&w.to_json_pretty()), Ok(w));
    }
}

/// The generator really edits: most random edits land, so the property covers edited models.
#[test]
fn random_edits_change_the_model() {
    let edits: Vec<_> = (0..40)
        .map(|i| (i * 7, (i as f64 * 0.37) % 1.0, 0.3, 0.9, i % 2 == 0))
        .collect();
    let s = random::scenario(0, edits, "x".into());
    let changed = pipesim::editor::fields(&s)
        .iter()
        .zip(pipesim::editor::fields(&presets::PRESETS[0].scenario()))
        .filter(|(a, b)| a.value != b.value)
        .count();
    assert!(changed >= 20, "only {changed} fields changed");
}

/// The workspaces behind the golden links: every preset, a comparison, and a hand-made one with a
/// hostile name, non-ASCII text, a non-default baseline and extreme run settings.
fn golden_workspaces() -> Vec<(String, Workspace)> {
    let mut list: Vec<(String, Workspace)> = presets::PRESETS
        .iter()
        .map(|p| (p.name.to_string(), Workspace::single(p.scenario())))
        .collect();
    list.push((
        "founder-led+vp-first".into(),
        presets::comparison("founder-led", "vp-first").unwrap(),
    ));
    let mut odd = presets::comparison("veteran-drift", "t-model").unwrap();
    odd.scenarios[0].name = "<img src=x onerror=alert(1)>".into();
    odd.scenarios[1].name = "Équipe « T » — 東京 🚀".into();
    odd.scenarios[1].ae.outbound_share = 0.123456789012345;
    odd.baseline = 1;
    odd.run.trials = 1_000_000;
    odd.run.seed = u64::MAX;
    list.push(("hand-made".into(), odd));
    list
}

/// Prints the golden file for the current format: run once per new format version with
/// `cargo test --test it share_links::print_golden_links -- --ignored --nocapture`, check by hand,
/// and add it under `tests/golden/`. Never re-pin an old version's file.
#[test]
#[ignore]
fn print_golden_links() {
    let entries: Vec<serde_json::Value> = golden_workspaces()
        .into_iter()
        .map(|(name, w)| {
            serde_json::json!({"name": name, "link": encode_link(&w), "workspace": w.to_value()})
        })
        .collect();
    println!("{}", serde_json::to_string_pretty(&entries).unwrap());
}

/// Golden links of every format version open to exactly the workspace pinned beside them.
#[test]
fn golden_links_open_in_this_version() {
    let files = [("v1", include_str!("../golden/links-v1.json"))];
    for (version, text) in files {
        let entries: Vec<serde_json::Value> = serde_json::from_str(text).unwrap();
        assert!(entries.len() >= 11, "{version}: {} links", entries.len());
        for e in entries {
            let name = e["name"].as_str().unwrap();
            let link = e["link"].as_str().unwrap();
            let expected = Workspace::from_value(&e["workspace"]).unwrap();
            assert_eq!(
                decode_link(link).as_ref(),
                Ok(&expected),
                "{version} {name}"
            );
        }
    }
}

/// Today's encoder still writes the v1 golden links byte for byte, so a change to the format
/// (or to the deflate crate's output) is a deliberate, visible step.
#[test]
fn the_encoder_writes_the_pinned_links() {
    let entries: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../golden/links-v1.json")).unwrap();
    for ((name, w), e) in golden_workspaces().into_iter().zip(entries) {
        assert_eq!(e["name"].as_str(), Some(name.as_str()));
        assert_eq!(Some(encode_link(&w).as_str()), e["link"].as_str(), "{name}");
    }
}

/// A link whose data inflates, but to bytes that are not UTF-8, says just that, with where the
/// text goes wrong, in both languages: not "does not unpack to text", which reads as damage to
/// the compressed stream.
#[test]
fn a_link_that_unpacks_to_bytes_not_utf8_says_so_and_where() {
    use base64::Engine as _;
    use pipesim::share::LinkError;

    let mut inside = br#"{"schema": 1, "name": ""#.to_vec();
    inside.extend([0xC3, 0x28]); // a lead byte whose follower is not a continuation
    inside.extend(br#""}"#);
    let deflated = miniz_oxide::deflate::compress_to_vec(&inside, 9);
    let link = format!(
        "https://a.example/#w=1.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(deflated)
    );
    let error = decode_link(&link).unwrap_err();
    assert_eq!(error, LinkError::NotUtf8 { offset: 23 });
    assert_eq!(
        error.to_string(),
        "the link is damaged: its data unpacks, but to bytes that are not UTF-8 text \
         (invalid byte at offset 23)"
    );
    let zh = crate::common::page_text::zh();
    assert_eq!(
        error.say(&zh),
        "链接已损坏：其数据能解压，但解压出的字节不是 UTF-8 文本（偏移量 23 处的字节无效）"
    );
}
