//! The inner loop allocates nothing per opportunity: once a thread's `TrialBuffers` have grown
//! to fit a batch of trials, running the batch again allocates nothing at all.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use pipesim::engine::{simulate_batch, Setup, TrialBuffers, METRIC_COUNT};
use pipesim::presets;

struct CountingAllocator;

thread_local! {
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if COUNTING.with(Cell::get) {
            ALLOCATIONS.with(|a| a.set(a.get() + 1));
        }
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if COUNTING.with(Cell::get) {
            ALLOCATIONS.with(|a| a.set(a.get() + 1));
        }
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

fn allocations_during(f: impl FnOnce()) -> u64 {
    ALLOCATIONS.with(|a| a.set(0));
    COUNTING.with(|c| c.set(true));
    f();
    COUNTING.with(|c| c.set(false));
    ALLOCATIONS.with(Cell::get)
}

#[test]
fn warm_trials_allocate_nothing() {
    for name in ["series-a", "t-model", "vp-first", "sdr-fed-aes"] {
        let setup = Setup::new(&presets::find(name).unwrap().scenario());
        let trials = 40u32;
        let mut rows = vec![0.0; trials as usize * setup.quarters() * METRIC_COUNT];
        let mut buffers = TrialBuffers::default();
        let first = allocations_during(|| {
            simulate_batch(&setup, 9, 0..trials, &mut buffers, &mut rows).unwrap();
        });
        assert!(first > 0, "{name}: the counter must see the buffers grow");
        rows.fill(0.0);
        let opps = std::cell::Cell::new(0);
        let again = allocations_during(|| {
            opps.set(simulate_batch(&setup, 9, 0..trials, &mut buffers, &mut rows).unwrap());
        });
        assert!(opps.get() > 1000, "{name}: the batch creates opportunities");
        assert_eq!(
            again,
            0,
            "{name}: {again} allocations in warm trials creating {} opportunities",
            opps.get()
        );
    }
}
