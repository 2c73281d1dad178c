//! Criterion benchmarks of the engine: placeholder until the bench suite lands.
fn main() {}
