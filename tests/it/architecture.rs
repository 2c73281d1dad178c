//! The shape of the code, checked: ARCHITECTURE.md's structural invariants as tests, so that a
//! change that breaks one fails here rather than in a review.
//!
//! - No file under `src/` is over [`MAX_LINES`] lines.
//! - No two modules import each other, directly or round a longer loop. Imports are compared
//!   between siblings: an edge from `crate::a::x` to `crate::b::y` counts as `a → b` under the
//!   crate; a module's own children (its facade re-exports and their `super::` paths) are not
//!   edges between siblings.
//! - The pure core (everything but `src/web/` and `src/bin/`) names no yew, web-sys, gloo,
//!   js-sys or wasm-bindgen.
//!
//! Paths are read from the text (`use` trees and `crate::`/`super::`/`self::` paths in code),
//! which is enough for this crate's style: no macros build module paths.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The most lines one source file may have.
const MAX_LINES: usize = 700;

/// Crates only the web layer may name.
const WEB_ONLY: [&str; 5] = ["yew", "web_sys", "gloo", "js_sys", "wasm_bindgen"];

fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The library's files with their module paths (`["model", "walk"]` for `src/model/walk/mod.rs`);
/// the binaries under `src/bin/` are crates of their own and are left out.
fn library_modules() -> Vec<(PathBuf, Vec<String>)> {
    let mut files = Vec::new();
    source_files(&src(), &mut files);
    files.sort();
    files
        .into_iter()
        .filter(|f| !f.starts_with(src().join("bin")))
        .map(|file| {
            let relative = file.strip_prefix(src()).unwrap().with_extension("");
            let mut module: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(module.last().map(String::as_str), Some("mod" | "lib")) {
                module.pop();
            }
            (file, module)
        })
        .collect()
}

/// Drops comments and the contents of string literals, so that paths in docs and messages do
/// not count as imports.
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut in_string = false;
        let mut previous = ' ';
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if in_string {
                if c == '"' && previous != '\\' {
                    in_string = false;
                    out.push('"');
                }
                previous = if previous == '\\' && c == '\\' {
                    ' '
                } else {
                    c
                };
                continue;
            }
            if c == '/' && chars.peek() == Some(&'/') {
                break;
            }
            if c == '"' && previous != '\'' {
                in_string = true;
            }
            out.push(c);
            previous = c;
        }
        out.push('\n');
    }
    out
}

/// Expands a `use` tree (`crate::a::{b, c::{d, e}}`) into its paths.
fn expand_use_tree(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        return vec![tree];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| expand_use_tree(&format!("{prefix}{p}")))
        .collect()
}

/// Every module path a file names, as written (`crate::…`, `super::…`, `self::…`).
fn named_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let boundary = at == 0 || !rest.as_bytes()[at - 1].is_ascii_alphanumeric();
        let tail = &rest[at + 4..];
        let end = tail.find(';').unwrap_or(tail.len());
        if boundary {
            paths.extend(expand_use_tree(&tail[..end]));
        }
        rest = &tail[end.min(tail.len())..];
    }
    for start in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(start) {
            let at = from + at;
            let boundary = at == 0 || {
                let b = code.as_bytes()[at - 1];
                !(b.is_ascii_alphanumeric() || b == b'_' || b == b':')
            };
            let end = code[at..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                .map_or(code.len(), |e| at + e);
            if boundary {
                paths.push(code[at..end].to_string());
            }
            from = end.max(at + 1);
        }
    }
    paths
}

/// The module a path names, resolved against the file's own module and cut to the longest
/// prefix that is a module of the library.
fn resolve(
    path: &str,
    here: &[String],
    is_mod_file: bool,
    modules: &BTreeSet<Vec<String>>,
) -> Option<Vec<String>> {
    let mut segments = path.split("::").filter(|s| !s.is_empty());
    let mut base: Vec<String> = match segments.next()? {
        "crate" => Vec::new(),
        "self" => here.to_vec(),
        "super" => {
            // In `a/b.rs` (module a::b) super is a; in `a/b/mod.rs` (also a::b) it is a too.
            let _ = is_mod_file;
            let mut b = here.to_vec();
            b.pop()?;
            b
        }
        _ => return None,
    };
    for segment in segments {
        if segment == "super" {
            base.pop()?;
            continue;
        }
        let mut next = base.clone();
        next.push(segment.to_string());
        if modules.contains(&next) {
            base = next;
        } else {
            break;
        }
    }
    Some(base)
}

/// Sibling edges: `(parent, from child, to child)` for every import between two different
/// children of the same parent.
fn sibling_edges() -> BTreeSet<(Vec<String>, String, String)> {
    let files = library_modules();
    let modules: BTreeSet<Vec<String>> = files.iter().map(|(_, m)| m.clone()).collect();
    let mut edges = BTreeSet::new();
    for (file, here) in &files {
        let code = code_only(&fs::read_to_string(file).unwrap());
        let is_mod_file = file
            .file_name()
            .is_some_and(|n| n == "mod.rs" || n == "lib.rs");
        for path in named_paths(&code) {
            let Some(target) = resolve(&path, here, is_mod_file, &modules) else {
                continue;
            };
            let common = here.iter().zip(&target).take_while(|(a, b)| a == b).count();
            if common < here.len() && common < target.len() {
                edges.insert((
                    here[..common].to_vec(),
                    here[common].clone(),
                    target[common].clone(),
                ));
            }
        }
    }
    edges
}

#[test]
fn no_source_file_is_over_the_line_limit() {
    let mut files = Vec::new();
    source_files(&src(), &mut files);
    let mut long: Vec<String> = files
        .iter()
        .map(|f| (f, fs::read_to_string(f).unwrap().lines().count()))
        .filter(|(_, lines)| *lines > MAX_LINES)
        .map(|(f, lines)| format!("{} ({lines} lines)", f.display()))
        .collect();
    long.sort();
    assert!(long.is_empty(), "over {MAX_LINES} lines: {long:#?}");
}

#[test]
fn no_two_modules_import_each_other() {
    let edges = sibling_edges();
    let mut graph: BTreeMap<(Vec<String>, String), Vec<String>> = BTreeMap::new();
    for (parent, from, to) in &edges {
        graph
            .entry((parent.clone(), from.clone()))
            .or_default()
            .push(to.clone());
    }
    // A depth-first search from every module; a path back to the start is a cycle.
    let mut cycles = BTreeSet::new();
    for (parent, start) in graph.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        while let Some((node, trail)) = stack.pop() {
            for next in graph
                .get(&(parent.clone(), node.clone()))
                .into_iter()
                .flatten()
            {
                if next == start {
                    let mut cycle = trail.clone();
                    let least = (0..cycle.len()).min_by_key(|&i| &cycle[i]).unwrap();
                    cycle.rotate_left(least);
                    cycles.insert(format!(
                        "{}: {} → {}",
                        prefix(parent),
                        cycle.join(" → "),
                        cycle[0]
                    ));
                } else if !trail.contains(next) {
                    let mut longer = trail.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    assert!(
        cycles.is_empty(),
        "modules that import each other: {cycles:#?}"
    );
}

fn prefix(parent: &[String]) -> String {
    if parent.is_empty() {
        "crate".to_string()
    } else {
        format!("crate::{}", parent.join("::"))
    }
}

#[test]
fn the_core_names_no_web_crate() {
    let mut offenders = Vec::new();
    for (file, module) in library_modules() {
        if module.first().is_some_and(|m| m == "web") {
            continue;
        }
        let code = code_only(&fs::read_to_string(&file).unwrap());
        for name in WEB_ONLY {
            let named = code.match_indices(name).any(|(at, _)| {
                let before = code[..at].chars().last().unwrap_or(' ');
                let after = code[at + name.len()..].chars().next().unwrap_or(' ');
                !(before.is_alphanumeric() || before == '_')
                    && (after == ':' || after == '-' || after == '_' || after == ' ')
                    && code[at..].starts_with(&format!("{name}::"))
            });
            if named {
                offenders.push(format!("{} names {name}", file.display()));
            }
        }
    }
    assert!(offenders.is_empty(), "{offenders:#?}");
}

#[test]
fn the_checks_see_imports() {
    // The scanner must find the imports it is meant to judge, or the tests above pass vacuously.
    let edges = sibling_edges();
    let has = |from: &str, to: &str| {
        edges
            .iter()
            .any(|(p, f, t)| p.is_empty() && f == from && t == to)
    };
    assert!(has("engine", "model"), "engine uses the model: {edges:#?}");
    assert!(has("report", "engine"));
    assert_eq!(
        expand_use_tree("crate::a::{b, c::{d, e}}"),
        ["crate::a::b", "crate::a::c::d", "crate::a::c::e"]
    );
}
