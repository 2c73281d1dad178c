//! The strategy presets of MODEL.md, shipped inside the program: the files under `presets/`,
//! embedded at build time, each with its rationale in its `description`.

use crate::model::{Scenario, Workspace};

/// A preset scenario file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preset {
    /// The preset's name, e.g. `founder-led`.
    pub name: &'static str,
    /// The file's text, as shipped.
    pub json: &'static str,
}

impl Preset {
    /// The parsed scenario. Presets are checked by the tests, so this never fails in a release.
    pub fn scenario(&self) -> Scenario {
        Scenario::from_json_str(self.json)
            .unwrap_or_else(|e| panic!("preset {} is invalid: {e}", self.name))
    }
}

macro_rules! preset {
    ($name:literal) => {
        Preset {
            name: $name,
            json: include_str!(concat!("../presets/", $name, ".json")),
        }
    };
}

/// Every preset, in the order the picker lists them.
pub const PRESETS: [Preset; 9] = [
    preset!("founder-led"),
    preset!("vp-first"),
    preset!("self-sourcing-aes"),
    preset!("sdr-fed-aes"),
    preset!("veteran-drift"),
    preset!("t-model"),
    preset!("ai-assisted"),
    preset!("series-a"),
    preset!("enterprise"),
];

/// The one-click comparisons: (name, baseline preset, challenger preset).
pub const COMPARISONS: [(&str, &str, &str); 3] = [
    ("Founder-led or VP first", "founder-led", "vp-first"),
    ("Veteran drift or T-model", "veteran-drift", "t-model"),
    (
        "Self-sourcing or SDR-fed AEs",
        "self-sourcing-aes",
        "sdr-fed-aes",
    ),
];

/// The preset with this name.
pub fn find(name: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.name == name)
}

/// The preset whose shipped rationale `description` is, word for word: the page shows that
/// description in its own language (`preset-rationale-<name>`) until the user edits it.
pub fn rationale_of(description: &str) -> Option<&'static Preset> {
    if description.is_empty() {
        return None;
    }
    PRESETS.iter().find(|p| {
        crate::i18n::english(&format!("preset-rationale-{}", p.name)).as_deref()
            == Some(description)
    })
}

/// A workspace comparing two presets, the first as the baseline.
pub fn comparison(baseline: &str, challenger: &str) -> Option<Workspace> {
    let mut w = Workspace::single(find(baseline)?.scenario());
    w.scenarios.push(find(challenger)?.scenario());
    Some(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_parses_and_names_itself() {
        for p in PRESETS {
            let s = Scenario::from_json_str(p.json).unwrap_or_else(|e| panic!("{}: {e}", p.name));
            assert_eq!(s.name, p.name);
            assert!(!s.description.is_empty(), "{} has no rationale", p.name);
        }
    }

    #[test]
    fn comparisons_name_existing_presets() {
        for (_, a, b) in COMPARISONS {
            assert!(comparison(a, b).is_some());
        }
    }
}
