//! Helpers shared by the integration tests' modules; not every module uses every helper.
#![allow(dead_code)]

pub mod charts;
pub mod random;
pub mod rows;
pub mod temp_dir;
