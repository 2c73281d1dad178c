//! The checks behind the fuzz targets (`fuzz/fuzz_targets/*.rs`) and their replay on stable
//! Rust (`tests/it/fuzz_corpus.rs`), kept here so that both run exactly the same code. Behind the
//! `fuzzing` feature, off in the library's public API: fuzz/Cargo.toml asks for it, and the
//! crate's dev-dependency on itself turns it on for its own tests.
//!
//! Each check takes raw bytes (read as UTF-8, invalid sequences replaced, as a browser hands
//! over text), feeds them to one reader of untrusted input, and asserts what must hold for
//! every input: no reader panics, every error prints, and whatever a reader accepts survives
//! being written out and read again unchanged. A failed assertion panics, which is what
//! libFuzzer reports as a crash.
//!
//! - [`link`]: `decode_link` on the text, on the bytes as a raw deflate stream, and on the bytes
//!   deflated as a link's JSON; an accepted link re-encodes and decodes to an equal workspace.
//! - [`file`]: `FileKind`, `Workspace` and `Scenario` readers; an accepted file's full and
//!   compact forms read back equal.
//! - [`import`]: `workspace_from_text`, the reader of opened files and pasted text.
//! - [`stored`]: `Library` and `Autosave` read back from local storage; accepted ones round trip.
//! - [`engine`]: every workspace the importer accepts runs without a panic (two trials, small
//!   work only) and its report is finite.
//! - [`engine_fields`]: the same for a preset whose fields the input sets, each within its
//!   range (often at an end of it), so that most inputs reach the engine.
//!
//! [`CHECKS`] names each check after its fuzz target and corpus folder, `fuzz/corpus/<name>/`.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::engine::{check_work, work_estimate, RunSettings, Setup};
use crate::model::visit::Visitor;
use crate::model::{
    Dist, Field, FileKind, Pace, PlanEntry, Range, RunSettingsSpec, Scenario, Target, Workspace,
};
use crate::presets::PRESETS;
use crate::report::{report_workspace, run_workspace};
use crate::share::{
    decode_link, encode_link, looks_like_link, workspace_from_text, Autosave, Library,
};

/// One check: it panics on an input that breaks what it asserts.
pub type Check = fn(&[u8]);

/// Every check with the name of its fuzz target and corpus folder.
pub const CHECKS: [(&str, Check); 6] = [
    ("link", link),
    ("file", file),
    ("import", import),
    ("stored", stored),
    ("engine", engine),
    ("engine_fields", engine_fields),
];

/// The most work (trials × months × (people + opportunities per month)) the engine check
/// simulates, small so that the fuzzer keeps its pace through many inputs. Larger workspaces
/// are only set up.
pub const ENGINE_WORK_CAP: f64 = 200_000.0;

/// Trials the engine check runs per scenario.
pub const ENGINE_TRIALS: u32 = 2;

fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// A decoded workspace's link decodes to the same workspace, and encoding is stable.
pub fn assert_link_round_trip(workspace: &Workspace) {
    let link = encode_link(workspace);
    let back = decode_link(&link)
        .unwrap_or_else(|e| panic!("an encoded workspace does not decode: {e}\n{link}"));
    assert_eq!(
        &back, workspace,
        "a workspace changed through its link {link}"
    );
    assert_eq!(
        encode_link(&back),
        link,
        "encoding a workspace is not stable"
    );
}

/// A workspace's full and compact forms, as values and as text, read back equal.
pub fn assert_workspace_round_trip(workspace: &Workspace) {
    let full = workspace.to_json_pretty();
    let back = Workspace::from_json_str(&full)
        .unwrap_or_else(|e| panic!("a written workspace does not read back: {e}\n{full}"));
    assert_eq!(
        &back, workspace,
        "a workspace changed through its file\n{full}"
    );
    let compact = workspace.to_compact_value();
    let back = Workspace::from_value(&compact)
        .unwrap_or_else(|e| panic!("a compact workspace does not read back: {e}\n{compact}"));
    assert_eq!(
        &back, workspace,
        "a workspace changed through its compact form\n{compact}"
    );
    match FileKind::from_json_str(&full) {
        Ok(FileKind::Workspace(w)) => assert_eq!(&w, workspace),
        other => panic!("a workspace file read as {other:?}"),
    }
}

/// A scenario's full and compact forms read back equal, as a scenario and as a file.
pub fn assert_scenario_round_trip(scenario: &Scenario) {
    let full = scenario.to_json_pretty();
    let back = Scenario::from_json_str(&full)
        .unwrap_or_else(|e| panic!("a written scenario does not read back: {e}\n{full}"));
    assert_eq!(
        &back, scenario,
        "a scenario changed through its file\n{full}"
    );
    let compact = scenario.to_compact_value();
    let back = Scenario::from_value(&compact, "")
        .unwrap_or_else(|e| panic!("a compact scenario does not read back: {e}\n{compact}"));
    assert_eq!(
        &back, scenario,
        "a scenario changed through its compact form\n{compact}"
    );
    match FileKind::from_json_str(&full) {
        Ok(FileKind::Scenario(s)) => assert_eq!(&*s, scenario),
        other => panic!("a scenario file read as {other:?}"),
    }
}

/// The link decoder, three ways: the bytes as link text, as a raw deflate stream inside a link,
/// and as the JSON a link carries.
pub fn link(data: &[u8]) {
    let raw = text(data);
    let _ = looks_like_link(&raw);
    let deflate = format!("w=1.{}", URL_SAFE_NO_PAD.encode(data));
    let json = format!(
        "w=1.{}",
        URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(data, 1))
    );
    for candidate in [&raw, &deflate, &json] {
        match decode_link(candidate) {
            Ok(workspace) => assert_link_round_trip(&workspace),
            Err(e) => assert!(!e.to_string().is_empty()),
        }
    }
}

/// The file readers: whatever they accept round trips, and they agree with each other.
pub fn file(data: &[u8]) {
    let raw = text(data);
    let workspace = Workspace::from_json_str(&raw);
    let scenario = Scenario::from_json_str(&raw);
    match FileKind::from_json_str(&raw) {
        Ok(FileKind::Workspace(w)) => {
            assert_eq!(workspace.as_ref(), Ok(&w), "the workspace readers disagree");
            assert_workspace_round_trip(&w);
            assert_link_round_trip(&w);
        }
        Ok(FileKind::Scenario(s)) => {
            assert_eq!(scenario.as_ref(), Ok(&*s), "the scenario readers disagree");
            assert_scenario_round_trip(&s);
            let w = Workspace::single(*s);
            assert_workspace_round_trip(&w);
            assert_link_round_trip(&w);
        }
        Err(e) => {
            assert!(!e.to_string().is_empty());
            assert!(!e.is_empty(), "a refused file names no problem");
        }
    }
    if let Err(e) = workspace {
        let _ = e.to_string();
    }
    if let Err(e) = scenario {
        let _ = e.to_string();
    }
}

/// The importer of opened files and pasted text.
pub fn import(data: &[u8]) {
    match workspace_from_text(&text(data)) {
        Ok(w) => {
            assert_workspace_round_trip(&w);
            assert_link_round_trip(&w);
            assert_eq!(
                workspace_from_text(&w.to_json_pretty()).as_ref(),
                Ok(&w),
                "an imported workspace's file does not import equal"
            );
            assert_eq!(
                workspace_from_text(&format!("https://a.example/#{}", encode_link(&w))).as_ref(),
                Ok(&w),
                "an imported workspace's link does not import equal"
            );
        }
        Err(e) => {
            assert!(!e.to_string().is_empty());
            let _ = e.summary(3);
        }
    }
}

/// The library and the autosave record as read back from local storage.
pub fn stored(data: &[u8]) {
    let raw = text(data);
    match Library::from_json_str(&raw) {
        Ok(mut library) => {
            let json = library.to_json();
            let back = Library::from_json_str(&json)
                .unwrap_or_else(|e| panic!("a written library does not read back: {e}\n{json}"));
            assert_eq!(back, library, "a library changed through storage\n{json}");
            // What the app does next with a library it read: save, copy and set work aside.
            if let Some(first) = library.models.first().cloned() {
                let copy = library.duplicate(first.id, 1.0).expect("the model exists");
                assert_ne!(copy, first.id, "a copy took its original's id");
                library.set_aside(&first.workspace, 2.0);
                let id = library.save_new(&first.name, first.workspace, 3.0);
                assert!(library.get(id).is_some());
                let mut ids: Vec<u64> = library.models.iter().map(|m| m.id).collect();
                ids.sort_unstable();
                ids.dedup();
                assert_eq!(ids.len(), library.models.len(), "two models share an id");
                let json = library.to_json();
                let back = Library::from_json_str(&json).unwrap_or_else(|e| {
                    panic!("an edited library does not read back: {e}\n{json}")
                });
                assert_eq!(back, library, "an edited library changed through storage");
            }
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
    match Autosave::from_json_str(&raw) {
        Ok(autosave) => {
            assert!(autosave.selected < autosave.workspace.scenarios.len());
            let json = autosave.to_json();
            let back = Autosave::from_json_str(&json)
                .unwrap_or_else(|e| panic!("a written autosave does not read back: {e}\n{json}"));
            assert_eq!(
                back, autosave,
                "an autosave changed through storage\n{json}"
            );
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
}

/// Every workspace the importer accepts is set up, checked and, when small, run and reported
/// without a panic; every number of a finished run is finite.
pub fn engine(data: &[u8]) {
    if let Ok(workspace) = workspace_from_text(&text(data)) {
        run_small(&workspace);
    }
}

/// A preset (the first byte) whose fields the following bytes set, one or more bytes a field in
/// file order: kept, or a value in the field's range, often one of its ends. The scenario is
/// then written and read back, so only what the validator accepts reaches [`run_small`].
pub fn engine_fields(data: &[u8]) {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let mut scenario = PRESETS[first as usize % PRESETS.len()].scenario();
    let mut shaper = Shaper { bytes: rest.iter() };
    scenario.visit(&mut shaper);
    let seed = shaper.byte() as u64;
    let Ok(scenario) = Scenario::from_value(&scenario.to_value(), "") else {
        return;
    };
    run_small(&Workspace {
        scenarios: vec![scenario],
        baseline: 0,
        run: RunSettingsSpec { trials: 2, seed },
        analysis: None,
    });
}

/// Sets fields from fuzz bytes; see [`engine_fields`].
struct Shaper<'a> {
    bytes: std::slice::Iter<'a, u8>,
}

impl Shaper<'_> {
    fn byte(&mut self) -> u8 {
        self.bytes.next().copied().unwrap_or(0)
    }

    /// A value of `range` near `current`, or `None` to keep the field as it is.
    fn value(&mut self, range: &Range, current: f64) -> Option<f64> {
        let b = self.byte();
        let top = if range.hi.is_finite() {
            range.hi
        } else {
            (current.abs() * 4.0).max(range.lo + 1.0)
        };
        let frac = self.byte() as f64 / 255.0;
        let x = match b % 8 {
            0..=3 => return None,
            4 => range.lo,
            5 => top,
            6 => range.lo + (top - range.lo) * frac,
            _ => current * 2.0 * frac,
        };
        range.contains(x).then_some(x)
    }

    fn whole(&mut self, range: &Range, current: f64) -> Option<u32> {
        let x = self.value(range, current)?.round();
        (range.contains(x) && x <= u32::MAX as f64).then_some(x as u32)
    }
}

impl Visitor for Shaper<'_> {
    fn enter(&mut self, _key: &'static str) {}
    fn leave(&mut self) {}
    fn number(&mut self, field: &Field, value: &mut f64) {
        if let Some(x) = self.value(&field.range, *value) {
            *value = x;
        }
    }
    fn integer(&mut self, field: &Field, value: &mut u32) {
        if let Some(x) = self.whole(&field.range, *value as f64) {
            *value = x;
        }
    }
    fn optional_month(&mut self, field: &Field, value: &mut Option<u32>) {
        match self.byte() % 8 {
            6 => *value = None,
            7 => {
                *value = self
                    .whole(&field.range, value.unwrap_or(0) as f64)
                    .or(*value)
            }
            _ => {}
        }
    }
    fn switch(&mut self, _field: &Field, value: &mut bool) {
        if self.byte() % 4 == 0 {
            *value = !*value;
        }
    }
    fn dist(&mut self, field: &Field, value: &mut Dist) {
        let typical = value.typical();
        let r = &field.range;
        let shaped = match self.byte() % 8 {
            5 => self.value(r, typical).map(Dist::Fixed),
            6 => match (self.value(r, typical), self.value(r, typical)) {
                (Some(a), Some(b)) => Some(Dist::Uniform {
                    lo: a.min(b),
                    hi: a.max(b),
                }),
                _ => None,
            },
            7 => {
                let mut v = [
                    self.value(r, typical),
                    self.value(r, typical),
                    self.value(r, typical),
                ];
                v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
                match v {
                    [Some(min), Some(mode), Some(max)] => Some(Dist::Triangular { min, mode, max }),
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some(d) = shaped {
            *value = d;
        }
    }
    fn text(&mut self, _field: &Field, _value: &mut String) {}
    fn plan(&mut self, _field: &Field, value: &mut Vec<PlanEntry>) {
        match self.byte() % 8 {
            6 => value.clear(),
            7 => {
                let month = self.byte() as u32 % 64;
                let count = self.byte() as u32 % 8;
                value.push(PlanEntry { month, count });
            }
            _ => {}
        }
    }
    fn pace(&mut self, field: &Field, value: &mut Option<Pace>) {
        match self.byte() % 8 {
            6 => *value = None,
            7 => {
                let per_quarter = self.value(&field.range, 2.0).unwrap_or(1.0);
                let from_month = self.byte() as u32 % 64;
                let to_month = Some(self.byte() as u32 % 64).filter(|m| *m >= from_month);
                *value = Some(Pace {
                    per_quarter,
                    from_month,
                    to_month,
                });
            }
            _ => {}
        }
    }
    fn target(&mut self, field: &Field, value: &mut Target) {
        match self.byte() % 8 {
            6 => *value = Target::None,
            7 => {
                if let Some(x) = self.value(&field.range, 1e6) {
                    *value = Target::Every(x);
                }
            }
            _ => {}
        }
    }
}

/// Sets up and checks every scenario of `workspace`; runs and reports it when it is small.
fn run_small(workspace: &Workspace) {
    let trials = workspace.run.trials.min(ENGINE_TRIALS);
    let settings = RunSettings {
        trials,
        seed: workspace.run.seed,
        threads: 1,
    };
    let mut small = true;
    for s in &workspace.scenarios {
        let _ = Setup::new(s);
        let work = work_estimate(s, trials);
        assert!(work >= 0.0, "a negative work estimate: {work}");
        if let Err(e) = check_work(s, trials) {
            assert!(!e.to_string().is_empty());
            small = false;
        }
        small &= work <= ENGINE_WORK_CAP;
    }
    if !small {
        return;
    }
    let cancel = std::sync::atomic::AtomicBool::new(false);
    match run_workspace(workspace, &settings, &|_| {}, &cancel) {
        Ok(runs) => {
            for (i, run) in runs.runs.iter().enumerate() {
                for t in 0..run.trials() {
                    if let Some(x) = run.row(t).iter().find(|x| !x.is_finite()) {
                        panic!("scenario {i}, trial {t}: an output is {x}");
                    }
                }
            }
            let report = report_workspace(workspace, &settings, &runs);
            serde_json::to_string(&report).expect("a report serialises");
        }
        Err((_, e)) => assert!(!e.to_string().is_empty()),
    }
}
