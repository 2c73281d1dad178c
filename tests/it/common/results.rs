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

/// `workspace` with an analysis of `kind` on its first scenario at 20 trials a point, run to
/// the end: the workspace now carrying it, and the finished view the page holds.
pub fn analysed(
    mut workspace: Workspace,
    kind: pipesim::model::analysis::AnalysisKind,
) -> (Workspace, pipesim::web::state::AnalysisView) {
    use pipesim::analysis::{run_study, Study, StudyOptions};
    use pipesim::model::analysis::AnalysisSpec;
    use pipesim::web::state::{AnalysisStatus, AnalysisView};
    let spec = AnalysisSpec {
        scenario: 0,
        trials: Some(20),
        kind,
    };
    workspace.analysis = Some(spec.clone());
    let mut study = Study::new(&workspace, &spec, StudyOptions::default()).unwrap();
    run_study(&mut study, 1, &|_, _| {}, &Default::default()).unwrap();
    let view = AnalysisView {
        generation: 1,
        status: AnalysisStatus::Done,
        report: Some(Rc::new(study.report())),
        answers: 1,
        ..AnalysisView::default()
    };
    (workspace, view)
}

/// The language context the app provides, in `lang`, with a switch that does nothing.
pub fn language(lang: pipesim::i18n::Lang) -> pipesim::web::language::Language {
    pipesim::web::language::Language {
        lang,
        catalogue: Rc::new(pipesim::i18n::Catalogue::embedded(lang)),
        switch: yew::Callback::noop(),
    }
}
