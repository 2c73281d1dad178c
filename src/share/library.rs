//! The saved-model library and the autosave record, as the browser keeps them in its local
//! storage: pure values with their JSON form, so that every operation and every corrupt-data
//! path is tested natively. The web layer only moves their text in and out of storage.
//!
//! A library holds named models (saved on purpose) and drafts (work set aside automatically
//! when something else was opened over it). Both hold the workspace format of share links and
//! files, so a model saved today opens in every later version.

use serde_json::{Map, Value};

use crate::i18n::{self, Args, Catalogue, Message};
use crate::model::{parse_json, FieldError, ModelErrors, Workspace, MAX_NAME_CHARS};
use crate::presets;

/// The version of the library's and the autosave's JSON form.
pub const STORE_FORMAT: u64 = 1;
/// The largest id a model may have: ids stay exact as JavaScript numbers.
pub const MAX_MODEL_ID: u64 = (1 << 53) - 1;

/// Why stored text could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum StoredError {
    /// A newer version of Pipesim wrote it: this version must leave it alone.
    Newer {
        /// The format found.
        format: u64,
    },
    /// It is damaged or not Pipesim's: every problem with its path.
    Unreadable(ModelErrors),
}

impl StoredError {
    /// What is wrong, in `catalogue`'s language: the first problem, and how many more.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        match self {
            StoredError::Newer { format } => catalogue.say(
                "error-stored-newer",
                &Args::new()
                    .text("format", format.to_string())
                    .text("reads", STORE_FORMAT.to_string()),
            ),
            StoredError::Unreadable(errors) => match errors.iter().next() {
                Some(first) if errors.len() > 1 => {
                    let more = errors.len() - 1;
                    catalogue.say(
                        "error-stored-more",
                        &Args::new()
                            .text("first", first.say(catalogue))
                            .number("n", more as f64)
                            .text("count", more.to_string()),
                    )
                }
                Some(first) => first.say(catalogue),
                None => catalogue.say("error-stored-unreadable", &Args::new()),
            },
        }
    }
}

impl std::fmt::Display for StoredError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&i18n::with_english(|en| self.say(en)))
    }
}

impl From<ModelErrors> for StoredError {
    fn from(errors: ModelErrors) -> StoredError {
        StoredError::Unreadable(errors)
    }
}

/// Whether a model was saved by the user or set aside by the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModelKind {
    /// Saved on purpose, with a name.
    Saved,
    /// Work set aside when a link, file, preset or model was opened over it.
    Draft,
}

impl ModelKind {
    fn key(self) -> &'static str {
        match self {
            ModelKind::Saved => "saved",
            ModelKind::Draft => "draft",
        }
    }
}

/// One entry of the library.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedModel {
    /// Stable within one library; never reused.
    pub id: u64,
    /// What the user calls it.
    pub name: String,
    /// When it was last saved, in milliseconds since 1970 (UTC).
    pub saved_at_ms: f64,
    /// Saved or draft.
    pub kind: ModelKind,
    /// The model.
    pub workspace: Workspace,
}

/// The saved models and drafts, newest first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Library {
    /// Every entry, newest first.
    pub models: Vec<SavedModel>,
    next_id: u64,
}

/// `name` without surrounding space, cut to [`MAX_NAME_CHARS`]; the cut never leaves trailing
/// space, so a name read back from storage is the name that was written.
fn trimmed_name(name: &str) -> String {
    let name: String = name.trim().chars().take(MAX_NAME_CHARS).collect();
    name.trim_end().to_string()
}

fn clean_name(name: &str, fallback: &str) -> String {
    let name = trimmed_name(name);
    if name.is_empty() {
        fallback.to_string()
    } else {
        name
    }
}

/// A name for a workspace that has none yet: its scenarios' names.
pub fn suggested_name(workspace: &Workspace) -> String {
    let names: Vec<String> = workspace
        .scenarios
        .iter()
        .enumerate()
        .map(|(i, s)| s.label(i))
        .collect();
    clean_name(&names.join(" vs "), "Untitled model")
}

/// [`suggested_name`] in `catalogue`'s language, for the name offered in the save box: the
/// scenarios' labels joined as the language joins them (`A vs B`, `A 对比 B`), else its word for
/// an untitled model. In English it is the same as [`suggested_name`], which stays the name of
/// stored data (drafts) whatever the page's language.
pub fn suggested_name_in(workspace: &Workspace, catalogue: &Catalogue) -> String {
    let joined = workspace
        .scenarios
        .iter()
        .enumerate()
        .map(|(i, s)| s.label_in(i, catalogue))
        .reduce(|first, second| {
            catalogue.say(
                "library-name-versus",
                &Args::new().text("first", first).text("second", second),
            )
        })
        .unwrap_or_default();
    clean_name(
        &joined,
        &catalogue.say("library-name-untitled", &Args::new()),
    )
}

/// Whether `workspace` is a preset or a one-click comparison exactly as shipped (run settings
/// aside): such work is never set aside, since one click brings it back.
pub fn is_pristine_preset(workspace: &Workspace) -> bool {
    // Parsed once: this runs on every open, on the page's main thread.
    static SHIPPED: std::sync::OnceLock<Vec<Workspace>> = std::sync::OnceLock::new();
    let shipped = SHIPPED.get_or_init(|| {
        presets::PRESETS
            .iter()
            .map(|p| Workspace::single(p.scenario()))
            .chain(
                presets::COMPARISONS
                    .iter()
                    .filter_map(|(_, a, b)| presets::comparison(a, b)),
            )
            .collect()
    });
    shipped
        .iter()
        .any(|w| w.scenarios == workspace.scenarios && w.baseline == workspace.baseline)
}

impl Library {
    /// The entry with this id.
    pub fn get(&self, id: u64) -> Option<&SavedModel> {
        self.models.iter().find(|m| m.id == id)
    }

    /// Whether some entry holds exactly this workspace.
    pub fn holds(&self, workspace: &Workspace) -> bool {
        self.models.iter().any(|m| m.workspace == *workspace)
    }

    fn add(&mut self, name: String, kind: ModelKind, workspace: Workspace, now_ms: f64) -> u64 {
        // Ids only grow, across reloads too (`next_id` is stored), up to MAX_MODEL_ID
        // (2^53 − 1). Only storage edited by hand gets there; past it a saved id would make the
        // whole library unreadable, so the lowest free id is taken instead.
        let highest = self
            .next_id
            .max(self.models.iter().map(|m| m.id).max().unwrap_or(0));
        let id = if highest < MAX_MODEL_ID {
            highest + 1
        } else {
            (1..)
                .find(|id| self.get(*id).is_none())
                .expect("fewer models than ids")
        };
        self.next_id = highest.max(id);
        self.models.insert(
            0,
            SavedModel {
                id,
                name,
                saved_at_ms: now_ms,
                kind,
                workspace,
            },
        );
        id
    }

    /// Saves `workspace` as a new model named `name`; returns its id.
    pub fn save_new(&mut self, name: &str, workspace: Workspace, now_ms: f64) -> u64 {
        let name = clean_name(name, &suggested_name(&workspace));
        self.add(name, ModelKind::Saved, workspace, now_ms)
    }

    /// Saves `workspace` over model `id` (a draft becomes a saved model) and moves it to the
    /// top. Returns false if there is no such model.
    pub fn save_over(&mut self, id: u64, workspace: Workspace, now_ms: f64) -> bool {
        let Some(i) = self.models.iter().position(|m| m.id == id) else {
            return false;
        };
        let mut model = self.models.remove(i);
        model.workspace = workspace;
        model.saved_at_ms = now_ms;
        model.kind = ModelKind::Saved;
        self.models.insert(0, model);
        true
    }

    /// Renames model `id`; an empty name is refused.
    pub fn rename(&mut self, id: u64, name: &str) -> bool {
        let name = trimmed_name(name);
        match self.models.iter_mut().find(|m| m.id == id) {
            Some(m) if !name.is_empty() => {
                m.name = name;
                true
            }
            _ => false,
        }
    }

    /// Copies model `id` as a new saved model named "… copy"; returns the copy's id.
    pub fn duplicate(&mut self, id: u64, now_ms: f64) -> Option<u64> {
        let model = self.get(id)?.clone();
        let name = clean_name(&format!("{} copy", model.name), "Untitled model copy");
        Some(self.add(name, ModelKind::Saved, model.workspace, now_ms))
    }

    /// Deletes model `id`.
    pub fn delete(&mut self, id: u64) -> bool {
        let before = self.models.len();
        self.models.retain(|m| m.id != id);
        self.models.len() != before
    }

    /// Sets `workspace` aside as a draft before something is opened over it, unless the library
    /// already holds it or it is a preset as shipped. Returns the draft's id if one was made.
    pub fn set_aside(&mut self, workspace: &Workspace, now_ms: f64) -> Option<u64> {
        if self.holds(workspace) || is_pristine_preset(workspace) {
            return None;
        }
        let name = format!("Draft: {}", suggested_name(workspace));
        Some(self.add(
            clean_name(&name, "Draft"),
            ModelKind::Draft,
            workspace.clone(),
            now_ms,
        ))
    }

    /// The JSON text kept in storage.
    pub fn to_json(&self) -> String {
        let models = self
            .models
            .iter()
            .map(|m| {
                let mut map = Map::new();
                map.insert("id".into(), Value::from(m.id));
                map.insert("name".into(), Value::from(m.name.clone()));
                map.insert("saved_at_ms".into(), Value::from(m.saved_at_ms));
                map.insert("kind".into(), Value::from(m.kind.key()));
                map.insert("workspace".into(), m.workspace.to_compact_value());
                Value::Object(map)
            })
            .collect();
        let mut map = Map::new();
        map.insert("format".into(), Value::from(STORE_FORMAT));
        map.insert("next_id".into(), Value::from(self.next_id));
        map.insert("models".into(), Value::Array(models));
        serde_json::to_string(&Value::Object(map)).expect("a JSON value serialises")
    }

    /// Reads the library's JSON text; every problem is reported with its path.
    pub fn from_json_str(text: &str) -> Result<Library, StoredError> {
        let value = parse_json(text)?;
        let map = object(&value, "")?;
        check_format(map)?;
        let Some(Value::Array(list)) = map.get("models") else {
            return Err(ModelErrors::one("models", Message::new("error-expected-models")).into());
        };
        let mut errors = Vec::new();
        let mut models: Vec<SavedModel> = Vec::new();
        for (i, item) in list.iter().enumerate() {
            match read_model(item, &format!("models[{i}]")) {
                Ok(m) if models.iter().any(|other| other.id == m.id) => {
                    errors.push(FieldError::new(
                        format!("models[{i}].id"),
                        Message::with(
                            "error-model-id-taken",
                            Args::new().text("id", m.id.to_string()),
                        ),
                    ))
                }
                Ok(m) => models.push(m),
                Err(e) => errors.extend(e.0),
            }
        }
        let next_id = match map.get("next_id") {
            None => 0,
            Some(v) => match v.as_u64().filter(|id| *id <= MAX_MODEL_ID) {
                Some(id) => id,
                None => {
                    errors.push(FieldError::new(
                        "next_id",
                        Message::with(
                            "error-expected-id-up-to",
                            Args::new().text("max", MAX_MODEL_ID.to_string()),
                        ),
                    ));
                    0
                }
            },
        };
        if !errors.is_empty() {
            return Err(ModelErrors(errors).into());
        }
        let next_id = next_id.max(models.iter().map(|m| m.id).max().unwrap_or(0));
        Ok(Library { models, next_id })
    }
}

fn object<'a>(value: &'a Value, path: &str) -> Result<&'a Map<String, Value>, ModelErrors> {
    value
        .as_object()
        .ok_or_else(|| ModelErrors::one(path, Message::new("error-expected-an-object")))
}

fn check_format(map: &Map<String, Value>) -> Result<(), StoredError> {
    match map.get("format").and_then(Value::as_u64) {
        Some(STORE_FORMAT) => Ok(()),
        Some(format) if format > STORE_FORMAT => Err(StoredError::Newer { format }),
        _ => Err(ModelErrors::one(
            "format",
            Message::with(
                "error-expected-format",
                Args::new().text("format", STORE_FORMAT.to_string()),
            ),
        )
        .into()),
    }
}

fn prefixed(errors: ModelErrors, prefix: &str) -> ModelErrors {
    ModelErrors(
        errors
            .0
            .into_iter()
            .map(|e| {
                let path = if e.path.is_empty() {
                    prefix.to_string()
                } else {
                    format!("{prefix}.{}", e.path)
                };
                FieldError { path, ..e }
            })
            .collect(),
    )
}

fn read_model(value: &Value, path: &str) -> Result<SavedModel, ModelErrors> {
    let map = object(value, path)?;
    let field = |key: &str| {
        map.get(key)
            .ok_or_else(|| ModelErrors::one(format!("{path}.{key}"), Message::new("error-missing")))
    };
    let id = field("id")?
        .as_u64()
        .filter(|id| (1..=MAX_MODEL_ID).contains(id))
        .ok_or_else(|| {
            ModelErrors::one(
                format!("{path}.id"),
                Message::with(
                    "error-expected-id",
                    Args::new().text("max", MAX_MODEL_ID.to_string()),
                ),
            )
        })?;
    let name = field("name")?.as_str().ok_or_else(|| {
        ModelErrors::one(
            format!("{path}.name"),
            Message::new("error-expected-plain-text"),
        )
    })?;
    let saved_at_ms = field("saved_at_ms")?
        .as_f64()
        .filter(|t| t.is_finite())
        .ok_or_else(|| {
            ModelErrors::one(
                format!("{path}.saved_at_ms"),
                Message::new("error-expected-time"),
            )
        })?;
    let kind = match field("kind")?.as_str() {
        Some("saved") => ModelKind::Saved,
        Some("draft") => ModelKind::Draft,
        _ => {
            return Err(ModelErrors::one(
                format!("{path}.kind"),
                Message::new("error-expected-model-kind"),
            ))
        }
    };
    let workspace = Workspace::from_value(field("workspace")?)
        .map_err(|e| prefixed(e, &format!("{path}.workspace")))?;
    Ok(SavedModel {
        id,
        name: clean_name(name, "Untitled model"),
        saved_at_ms,
        kind,
        workspace,
    })
}

/// What autosave keeps: the workspace being edited, the scenario in the editor, and which
/// library model it was opened from or saved as.
#[derive(Debug, Clone, PartialEq)]
pub struct Autosave {
    /// The workspace being edited.
    pub workspace: Workspace,
    /// The scenario in the editor.
    pub selected: usize,
    /// The library model it belongs to, if any.
    pub model: Option<u64>,
    /// When it was written, in milliseconds since 1970 (UTC): the newest wins in a new tab.
    pub saved_at_ms: f64,
}

impl Autosave {
    /// The JSON text kept in storage.
    pub fn to_json(&self) -> String {
        let mut map = Map::new();
        map.insert("format".into(), Value::from(STORE_FORMAT));
        map.insert("workspace".into(), self.workspace.to_compact_value());
        map.insert("selected".into(), Value::from(self.selected));
        map.insert(
            "model".into(),
            self.model.map(Value::from).unwrap_or(Value::Null),
        );
        map.insert("saved_at_ms".into(), Value::from(self.saved_at_ms));
        serde_json::to_string(&Value::Object(map)).expect("a JSON value serialises")
    }

    /// Reads the autosave's JSON text.
    pub fn from_json_str(text: &str) -> Result<Autosave, StoredError> {
        let value = parse_json(text)?;
        let map = object(&value, "")?;
        check_format(map)?;
        let workspace = Workspace::from_value(
            map.get("workspace")
                .ok_or_else(|| ModelErrors::one("workspace", Message::new("error-missing")))?,
        )
        .map_err(|e| prefixed(e, "workspace"))?;
        let selected = map
            .get("selected")
            .and_then(Value::as_u64)
            .map(|s| (s as usize).min(workspace.scenarios.len() - 1))
            .unwrap_or(0);
        let model = map.get("model").and_then(Value::as_u64);
        let saved_at_ms = map
            .get("saved_at_ms")
            .and_then(Value::as_f64)
            .filter(|t| t.is_finite())
            .unwrap_or(0.0);
        Ok(Autosave {
            workspace,
            selected,
            model,
            saved_at_ms,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edited(name: &str) -> Workspace {
        let mut w = Workspace::single(presets::find("founder-led").unwrap().scenario());
        w.scenarios[0].name = name.into();
        w
    }

    #[test]
    fn save_rename_duplicate_delete() {
        let mut lib = Library::default();
        let a = lib.save_new("  Plan A ", edited("a"), 1.0);
        assert_eq!(lib.get(a).unwrap().name, "Plan A");
        let b = lib.save_new("", edited("b"), 2.0);
        assert_eq!(
            lib.get(b).unwrap().name,
            "b",
            "an empty name takes the scenarios' names"
        );
        assert_eq!(lib.models[0].id, b, "newest first");
        assert!(lib.rename(a, "Plan A2"));
        assert!(!lib.rename(a, "   "), "an empty name is refused");
        let c = lib.duplicate(a, 3.0).unwrap();
        assert_eq!(lib.get(c).unwrap().name, "Plan A2 copy");
        assert_ne!(c, a);
        assert!(lib.delete(a));
        assert!(!lib.delete(a));
        let d = lib.save_new("d", edited("d"), 4.0);
        assert!(d > c, "ids are never reused");
        assert!(lib.save_over(c, edited("c2"), 5.0));
        assert_eq!(lib.models[0].id, c);
    }

    #[test]
    fn work_is_set_aside_once_and_presets_never() {
        let mut lib = Library::default();
        let pristine = Workspace::single(presets::find("t-model").unwrap().scenario());
        assert_eq!(lib.set_aside(&pristine, 1.0), None);
        let work = edited("my plan");
        let id = lib.set_aside(&work, 2.0).expect("a draft");
        assert_eq!(lib.get(id).unwrap().kind, ModelKind::Draft);
        assert_eq!(lib.get(id).unwrap().name, "Draft: my plan");
        assert_eq!(
            lib.set_aside(&work, 3.0),
            None,
            "the same work is held once"
        );
    }

    #[test]
    fn the_library_round_trips_through_json() {
        let mut lib = Library::default();
        lib.save_new(
            "<img src=x onerror=alert(1)>",
            edited("x"),
            1_700_000_000_000.0,
        );
        lib.set_aside(&edited("y"), 1_700_000_000_500.0);
        let back = Library::from_json_str(&lib.to_json()).unwrap();
        assert_eq!(back, lib);
        let auto = Autosave {
            workspace: edited("z"),
            selected: 0,
            model: Some(2),
            saved_at_ms: 17.5,
        };
        assert_eq!(Autosave::from_json_str(&auto.to_json()).unwrap(), auto);
    }

    #[test]
    fn ids_are_never_reused_across_reloads() {
        let mut lib = Library::default();
        let a = lib.save_new("a", edited("a"), 1.0);
        let b = lib.save_new("b", edited("b"), 2.0);
        lib.delete(b);
        let mut back = Library::from_json_str(&lib.to_json()).unwrap();
        let c = back.save_new("c", edited("c"), 3.0);
        assert!(c > b && b > a, "{a} {b} {c}");
        let dup = back
            .to_json()
            .replace(&format!("\"id\":{c}"), &format!("\"id\":{a}"));
        let err = Library::from_json_str(&dup).unwrap_err();
        assert!(
            err.to_string()
                .contains("is the id of an earlier model too"),
            "{err}"
        );
        let huge = back
            .to_json()
            .replace(&format!("\"id\":{c}"), "\"id\":18446744073709551615");
        assert!(
            Library::from_json_str(&huge).is_err(),
            "ids above 2^53 are refused"
        );
    }

    #[test]
    fn a_cut_name_reads_back_as_written() {
        // A name cut at MAX_NAME_CHARS right after a space used to keep that space, which the
        // next read trimmed: the library changed through storage.
        let long = format!("{} b", "a".repeat(MAX_NAME_CHARS - 1));
        let mut lib = Library::default();
        let id = lib.save_new(&long, edited("x"), 1.0);
        assert_eq!(lib.get(id).unwrap().name, "a".repeat(MAX_NAME_CHARS - 1));
        let copy = lib.duplicate(id, 2.0).unwrap();
        assert!(lib.rename(id, &long));
        assert_eq!(Library::from_json_str(&lib.to_json()).unwrap(), lib);
        assert!(!lib.get(copy).unwrap().name.ends_with(' '));
    }

    #[test]
    fn ids_stay_readable_at_the_largest_id() {
        // A library whose next_id is MAX_MODEL_ID used to give its next model id 2^53, which
        // the library then refused to read back.
        let mut lib = Library::default();
        let a = lib.save_new("a", edited("a"), 1.0);
        let text = lib.to_json().replace(
            &format!("\"next_id\":{a}"),
            &format!("\"next_id\":{MAX_MODEL_ID}"),
        );
        let mut lib = Library::from_json_str(&text).unwrap();
        let copy = lib.duplicate(a, 2.0).unwrap();
        assert!(copy <= MAX_MODEL_ID && copy != a, "{copy}");
        let b = lib.save_new("b", edited("b"), 3.0);
        assert!(b != a && b != copy);
        assert_eq!(Library::from_json_str(&lib.to_json()).unwrap(), lib);
    }

    #[test]
    fn corrupt_storage_names_the_place() {
        let err = Library::from_json_str("{\"format\":1,\"models\":[{\"id\":1}").unwrap_err();
        assert!(err.to_string().starts_with("not valid JSON"), "{err}");
        let mut lib = Library::default();
        lib.save_new("a", edited("plan"), 1.0);
        let text = lib.to_json().replace("\"plan\"", "7");
        let err = Library::from_json_str(&text).unwrap_err();
        assert_eq!(
            err.to_string(),
            "models[0].workspace.scenarios[0].name: expected a text, got 7"
        );
        let err = Library::from_json_str("{\"format\":9,\"models\":[]}").unwrap_err();
        assert_eq!(err, StoredError::Newer { format: 9 });
        assert!(err.to_string().contains("newer version"), "{err}");
        let err = Autosave::from_json_str("[]").unwrap_err();
        assert_eq!(err.to_string(), "expected an object");
    }
}
