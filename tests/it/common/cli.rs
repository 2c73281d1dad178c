//! Running the `pipesim` binary as a separate process, for the CLI tests (`cli`, `cli_analyses`,
//! `cli_verdict`): in English unless a test asks otherwise, since the locale variables of
//! whoever runs the tests are removed; a command that must succeed quietly, or fail with a code.

use std::process::{Command, Output, Stdio};

/// The locale variables `pipesim` reads to pick a language, in POSIX's order.
pub const LOCALE_VARIABLES: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// `pipesim`, with no locale variables: it speaks English unless told otherwise.
pub fn pipesim() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pipesim"));
    for name in LOCALE_VARIABLES {
        command.env_remove(name);
    }
    command
}

/// Runs `pipesim ARGS` with stdout and stderr piped and nothing on stdin.
pub fn run(args: &[&str]) -> Output {
    run_in(&[], args)
}

/// Runs `pipesim ARGS` with the locale variables set to `env` (the others removed).
pub fn run_in(env: &[(&str, &str)], args: &[&str]) -> Output {
    pipesim()
        .envs(env.iter().copied())
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("pipesim runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

/// The stdout of a command that exited 0.
pub fn success(o: &Output, args: &[&str]) -> String {
    assert_eq!(
        o.status.code(),
        Some(0),
        "pipesim {args:?} failed:\n{}",
        stderr(o)
    );
    stdout(o)
}

/// Runs a command that must succeed quietly: exit 0 and nothing at all on (piped) stderr.
pub fn run_ok(args: &[&str]) -> String {
    let o = run(args);
    let out = success(&o, args);
    assert_eq!(
        stderr(&o),
        "",
        "pipesim {args:?} wrote to stderr although it is not a terminal"
    );
    out
}

/// The stderr of a command that exited with `code`, without a panic.
pub fn failure(o: &Output, args: &[&str], code: i32) -> String {
    assert_eq!(
        o.status.code(),
        Some(code),
        "pipesim {args:?}: stdout:\n{}\nstderr:\n{}",
        stdout(o),
        stderr(o)
    );
    assert!(
        !stderr(o).contains("panicked"),
        "pipesim {args:?} panicked:\n{}",
        stderr(o)
    );
    stderr(o)
}

/// Runs a command that must fail with `code`; returns its stderr.
pub fn run_fails(args: &[&str], code: i32) -> String {
    failure(&run(args), args, code)
}
