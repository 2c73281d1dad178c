//! A sweep or a goal seek split into parts that run apart (a job array of a batch scheduler)
//! and merge into the result the whole would give, bit for bit. Part `i` of `n` runs every
//! `n`-th point from the `i`-th; a seek in parts tries every setting of its lattice, since no
//! part can wait for another's answers. A part's file holds the workspace it ran (with its
//! analysis) and each of its points' output and summary as the bits of their numbers, so that
//! merging reads back exactly what was computed.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::error::AnalysisError;
use super::point::PointSummary;
use super::study::{Study, StudyOptions};
use crate::i18n::{Args, Message};
use crate::model::Workspace;

/// The version of a part's file.
pub const PART_VERSION: u32 = 1;

/// One part's results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Part {
    /// [`PART_VERSION`].
    pub pipesim_part: u32,
    /// This part's number, from 1, and the count of parts.
    pub shard: [u32; 2],
    /// The workspace run, with its analysis, in the complete file form.
    pub workspace: Value,
    /// Each point run: its index and the bits of its output, P10, median, P90, median cost,
    /// cost P10 and cost P90, as hexadecimal.
    pub points: Vec<(usize, [String; 7])>,
}

impl Part {
    /// The part a finished sharded study gives.
    pub fn of(study: &Study, workspace: &Workspace, shard: (u32, u32)) -> Part {
        let mut ws = workspace.clone();
        ws.analysis = Some(study.spec().clone());
        let points = (0..study.point_count())
            .filter_map(|k| {
                let (output, s) = study.point_result(k)?;
                let bits = [output, s.p10, s.p50, s.p90, s.cost, s.cost_p10, s.cost_p90]
                    .map(|x| format!("{:016x}", x.to_bits()));
                Some((k, bits))
            })
            .collect();
        Part {
            pipesim_part: PART_VERSION,
            shard: [shard.0 + 1, shard.1],
            workspace: ws.to_value(),
            points,
        }
    }
}

/// Merges parts (each with the name it was read from, for messages) into the whole study.
/// An error's path is the file at fault (empty when no one file is).
pub fn merge(parts: &[(String, Part)]) -> Result<Study, AnalysisError> {
    let Some((first_name, first)) = parts.first() else {
        return Err(AnalysisError::at("", Message::new("error-merge-none")));
    };
    let n = first.shard[1];
    let mut seen = vec![false; n as usize];
    for (name, part) in parts {
        let refuse =
            |id: &'static str, args: Args| Err(AnalysisError::at(name, Message::with(id, args)));
        if part.pipesim_part != PART_VERSION {
            return refuse(
                "error-merge-version",
                Args::new()
                    .text("version", part.pipesim_part.to_string())
                    .text("reads", PART_VERSION.to_string()),
            );
        }
        if part.workspace != first.workspace {
            return refuse(
                "error-merge-other-run",
                Args::new().text("first", first_name.as_str()),
            );
        }
        let [i, count] = part.shard;
        if count != n || i == 0 || i > n {
            return refuse(
                "error-merge-not-belonging",
                Args::new()
                    .text("part", i.to_string())
                    .text("count", count.to_string())
                    .text("first", first_name.as_str())
                    .text("n", n.to_string()),
            );
        }
        if std::mem::replace(&mut seen[i as usize - 1], true) {
            return refuse(
                "error-merge-twice",
                Args::new()
                    .text("part", i.to_string())
                    .text("n", n.to_string()),
            );
        }
    }
    if let Some(missing) = seen.iter().position(|s| !s) {
        return Err(AnalysisError::at(
            "",
            Message::with(
                "error-merge-missing",
                Args::new()
                    .text("part", (missing + 1).to_string())
                    .text("n", n.to_string()),
            ),
        ));
    }
    let workspace = Workspace::from_value(&first.workspace).map_err(|e| {
        let mut error = AnalysisError::at(first_name, Message::new("error-merge-workspace"));
        error.causes = e.0;
        error
    })?;
    let spec = workspace
        .analysis
        .clone()
        .ok_or_else(|| AnalysisError::at(first_name, Message::new("error-merge-no-analysis")))?;
    let options = StudyOptions {
        exhaustive: true,
        shard: None,
    };
    let mut study = Study::new(&workspace, &spec, options)?;
    for (name, part) in parts {
        for (k, bits) in &part.points {
            let mut x = [0.0; 7];
            for (slot, text) in x.iter_mut().zip(bits) {
                *slot = u64::from_str_radix(text, 16)
                    .map(f64::from_bits)
                    .map_err(|_| {
                        AnalysisError::at(
                            name,
                            Message::with(
                                "error-merge-bits",
                                Args::new()
                                    .text("point", k.to_string())
                                    .text("text", format!("{text:?}")),
                            ),
                        )
                    })?;
            }
            let summary = PointSummary {
                p10: x[1],
                p50: x[2],
                p90: x[3],
                cost: x[4],
                cost_p10: x[5],
                cost_p90: x[6],
            };
            study.record_result(*k, x[0], summary);
        }
    }
    if !study.next_jobs().is_empty() || !study.is_done() {
        return Err(AnalysisError::at(
            "",
            Message::new("error-merge-incomplete"),
        ));
    }
    Ok(study)
}
