//! `pipesim`: the native command line. `main` maps [`run`]'s result to an exit code (0 done,
//! 1 failed, 2 bad input) and prints the error with its causes in the chosen language; the
//! commands live in `commands` and `analyses`, an analysis's tables and CSV in
//! `analysis_text`, the verdict's lines and language in `verdict_text`.

#[cfg(not(target_arch = "wasm32"))]
mod analyses;
#[cfg(not(target_arch = "wasm32"))]
mod analysis_text;
#[cfg(not(target_arch = "wasm32"))]
mod calibrate;
#[cfg(not(target_arch = "wasm32"))]
mod cli;
#[cfg(not(target_arch = "wasm32"))]
mod commands;
#[cfg(not(target_arch = "wasm32"))]
mod verdict_text;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use clap::Parser;
    let args = cli::Cli::parse();
    // Errors are said in the language of `--lang`, else the environment's (LC_ALL,
    // LC_MESSAGES, LANG); a flag naming no language is itself an error, said in the
    // environment's.
    let lang = verdict_text::language(args.lang.as_deref())
        .or_else(|_| verdict_text::language(None))
        .unwrap_or_default();
    match commands::run(args) {
        Ok(()) => {}
        Err(error) => {
            let catalogue = pipesim::i18n::Catalogue::embedded(lang);
            eprintln!("pipesim: {}", error.say(&catalogue));
            std::process::exit(error.exit_code());
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
