//! Helpers shared by the integration tests. Each test crate that needs them declares
//! `mod common;` and uses what it needs, so some helpers go unused in each crate.
#![allow(dead_code)]

pub mod random;
