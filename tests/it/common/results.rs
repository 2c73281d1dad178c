//! The app's results of a real run, as the page holds them, for the components' tests.

use std::rc::Rc;

use pipesim::engine::RunSettings;
use pipesim::model::Workspace;
use pipesim::report::{report_workspace, run_workspace, Columns};
use pipesim::web::state::Results;

/// `workspace` run with `trials` trials from seed 1, on one thread, as finished results.
pub fn results_of(workspace: Workspace, trials: u32) -> Rc<Results> {
    let settings = RunSettings {
        trials,
        seed: 1,
        threads: 1,
    };
    let runs = run_workspace(&workspace, &settings, &|_| {}, &Default::default()).expect("runs");
    let report = report_workspace(&workspace, &settings, &runs);
    Rc::new(Results {
        generation: 1,
        trials_done: workspace.run.trials,
        workspace,
        report,
        digests: runs.runs.iter().map(|r| r.digest()).collect(),
        columns: runs.runs.iter().map(Columns::of).collect(),
    })
}
