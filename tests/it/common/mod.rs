//! Helpers shared by the integration tests' modules; not every module uses every helper.
#![allow(dead_code)]

pub mod charts;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod page_text;
pub mod random;
#[cfg(all(feature = "web", not(target_arch = "wasm32")))]
pub mod results;
pub mod rows;
pub mod temp_dir;
