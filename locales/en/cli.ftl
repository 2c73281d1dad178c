# The CLI's table of a run (`pipesim run`). Metric keys (bookings.total) and source keys
# (outbound, sdr…) stay as files write them.

# A scenario's heading: "founder-led — 2000 trials, seed 1; median (P10–P90)".
table-scenario = { $name } — { $n ->
    [one] { $trials } trial
   *[other] { $trials } trials
}, seed { $seed }; median (P10–P90)
table-quarter = Quarter
table-horizon = Horizon
table-pipeline-created = Pipeline created
table-bookings = Bookings
table-open-pipeline = Open pipeline
table-aes = AEs
table-sdrs = SDRs
table-cost = Cost
table-by-source = Bookings by source over the horizon (median): { $sources }
table-per-cost = Median bookings per unit of cost: { $ratio }
table-target-total = P(bookings ≥ target { $target } over the horizon): { $chance }
table-target-quarters = P(quarter ≥ its target): { $quarters }
table-no-target = No bookings target set (targets.bookings_per_quarter).
# A comparison's heading: "vp-first vs founder-led (baseline), paired over 2000 trials".
table-comparison = { $a } vs { $b } (baseline), paired over { $n ->
    [one] { $trials } trial
   *[other] { $trials } trials
}
# One compared metric's line, after its key.
table-difference = A − B median { $median }  P10 { $p10 }  P90 { $p90 }  P(A > B) { $chance }
