//! `pipesim`: the native command line. `main` maps [`run`]'s result to an exit code (0 done,
//! 1 failed, 2 bad input) and prints the error with its causes; the commands live in `commands`
//! and `analyses`, an analysis's tables and CSV in `analysis_text`, the verdict's lines and
//! language in `verdict_text`.

#[cfg(not(target_arch = "wasm32"))]
mod analyses;
#[cfg(not(target_arch = "wasm32"))]
mod analysis_text;
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
    match commands::run(args) {
        Ok(()) => {}
        Err(error) => {
            eprintln!("pipesim: {error}");
            std::process::exit(error.exit_code());
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
