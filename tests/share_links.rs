//! Share links: every preset's link is short, links round-trip over random workspaces
//! (proptest), and the golden links of every format version keep opening to the same workspace.

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

mod random {
    //! Random valid workspaces: a preset, then random edits through the editor's own
    //! `set_field` (so every value is one a user could make), then random run settings.

    use pipesim::model::edit::{fields, set_field, FieldValue};
    use pipesim::model::{Dist, RunSettingsSpec, Scenario, Workspace, MAX_TRIALS};
    use pipesim::presets;
    use proptest::prelude::*;

    /// One edit: which field (an index into the field list, wrapped), and three numbers in
    /// [0, 1) that pick its value.
    type Edit = (usize, f64, f64, f64, bool);

    fn value_for(default: &FieldValue, lo: f64, hi: f64, e: &Edit) -> Option<FieldValue> {
        let hi = if hi.is_finite() { hi } else { lo + 1e6 };
        let at = |u: f64| lo + u * (hi - lo);
        let (_, a, b, c, flag) = *e;
        Some(match default {
            FieldValue::Number(_) => FieldValue::Number(at(a)),
            FieldValue::Integer(_) => FieldValue::Integer(at(a).floor().min(1e4) as u32),
            FieldValue::OptionalMonth(_) => {
                FieldValue::OptionalMonth(flag.then_some((a * 48.0) as u32))
            }
            FieldValue::Switch(_) => FieldValue::Switch(flag),
            FieldValue::Dist(_) => {
                if flag {
                    FieldValue::Dist(Dist::Fixed(at(a)))
                } else {
                    let mut v = [at(a), at(b), at(c)];
                    v.sort_by(f64::total_cmp);
                    FieldValue::Dist(Dist::Triangular {
                        min: v[0],
                        mode: v[1],
                        max: v[2],
                    })
                }
            }
            FieldValue::Text(_) => return None,
            _ => return None,
        })
    }

    pub fn scenario(preset: usize, edits: Vec<Edit>, name: String) -> Scenario {
        let mut s = presets::PRESETS[preset % presets::PRESETS.len()].scenario();
        for e in &edits {
            let entries = fields(&s);
            let entry = &entries[e.0 % entries.len()];
            let range = entry.field.range;
            if let Some(v) = value_for(&entry.default, range.lo, range.hi, e) {
                if let Ok(next) = set_field(&s, &entry.path, v) {
                    s = next;
                }
            }
        }
        s.name = name;
        s
    }

    fn edit() -> impl Strategy<Value = Edit> {
        (
            0usize..400,
            0.0..1.0f64,
            0.0..1.0f64,
            0.0..1.0f64,
            any::<bool>(),
        )
    }

    prop_compose! {
        fn scenario_strategy()(
            preset in 0usize..9,
            edits in prop::collection::vec(edit(), 0..12),
            name in "\\PC{0,40}",
        ) -> Scenario {
            scenario(preset, edits, name)
        }
    }

    prop_compose! {
        pub fn workspace()(
            scenarios in prop::collection::vec(scenario_strategy(), 1..4),
            baseline in 0usize..4,
            trials in 1u32..=MAX_TRIALS,
            seed in any::<u64>(),
        ) -> Workspace {
            let baseline = baseline % scenarios.len();
            Workspace { scenarios, baseline, run: RunSettingsSpec { trials, seed } }
        }
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
    let changed = pipesim::model::edit::fields(&s)
        .iter()
        .zip(pipesim::model::edit::fields(
            &presets::PRESETS[0].scenario(),
        ))
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
/// `cargo test --test share_links -- --ignored --nocapture print_golden_links`, check by hand,
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
    let files = [("v1", include_str!("golden/links-v1.json"))];
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
        serde_json::from_str(include_str!("golden/links-v1.json")).unwrap();
    for ((name, w), e) in golden_workspaces().into_iter().zip(entries) {
        assert_eq!(e["name"].as_str(), Some(name.as_str()));
        assert_eq!(Some(encode_link(&w).as_str()), e["link"].as_str(), "{name}");
    }
}
