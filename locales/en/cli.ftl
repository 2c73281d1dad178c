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

## The analyses' tables (`pipesim sensitivity`, `sweep`, `seek` and `merge`). Keys
## (bookings.total, ae.pace) stay as files write them; numbers and units come as text.

# "scenario 2", or "scenario 2 (Series A)" when it has a name.
analysis-scenario = scenario { $n }
analysis-scenario-named = scenario { $n } ({ $name })
# "Sensitivity of Bookings over the horizon (bookings.total), scenario 1 (Series A)"; $subject
# (the output's words and key, as analysis-output-and-key, or the words alone when they hold the
# key) is for languages that show it so.
analysis-sensitivity-heading = Sensitivity of { $output } ({ $key }), { $scenario }
analysis-sensitivity-trials = { $trials } trials a point from seed { $seed }: every input first at { $first } trials, then the { $inputs } largest bars clear of noise and the { $bands } uncertainties that narrow the band most at { $trials }
# $measure: the measure's key; $base, $p10, $p90: values.
analysis-sensitivity-base = As it is: { $base } (P10–P90 of { $measure }: { $p10 } to { $p90 })
analysis-tornado-none = No input of this scenario moves.
analysis-tornado-title = What moves it most: each input at a low and a high value, everything else as it is
# Below the tornado's table; "~" marks the rows it explains.
analysis-tornado-noise = ~ within 2 standard errors of zero: not told apart from noise at these trials
analysis-bands-none = No uncertain input of this scenario is in use: the band has no inputs to fix.
analysis-bands-title = What widens the band: each uncertain input fixed at its median; P10–P90 of { $measure }
# A difference of chances, in percentage points: "12.0 pts".
analysis-points = { $points } pts
# The tables' column headings.
analysis-column-rank = #
analysis-column-input = input
analysis-column-field = field
analysis-column-low = low
analysis-column-high = high
analysis-column-at-low = at low
analysis-column-at-high = at high
analysis-column-swing = swing
analysis-column-error = std error
analysis-column-trials = trials
analysis-column-fixed-at = fixed at
analysis-column-narrows-by = narrows by
analysis-column-share = share
analysis-column-value = value
analysis-column-chance = chance
analysis-column-meets = meets
# "Sweep of Outbound share of AE hours (ae.outbound_share): 5 values from 10% to 50%".
analysis-sweep-heading = Sweep of { $input } ({ $field }): { $n ->
    [one] { $count } value
   *[other] { $count } values
}{ $range }
analysis-sweep-range = {" "}from { $from } to { $to }
# $statistic: what the "chance" or "median" column holds; $subject as in the sensitivity heading.
analysis-sweep-of-chance = the chance; P10 and P90 are of { $measure }
analysis-sweep-of-median = the median
analysis-sweep-output = Output: { $output } ({ $key }), { $statistic }; { $scenario }, { $trials } trials a value from seed { $seed }
# A value the model refuses; $reason says why.
analysis-refused = refused: { $reason }
analysis-not-run = not run
# An output in words, then its key.
analysis-output-and-key = { $output } ({ $key })
# "Goal seek: bookings.total ≥ $5M with a chance of at least 80.0%"; $output (the key in words,
# analysis-output-and-key) is for languages that show it.
analysis-seek-goal = Goal seek: { $key } { $comparison } { $threshold } with a chance of at least { $chance }
analysis-seek-trials = { $scenario }, { $trials } trials a setting from seed { $seed }
# "AEs at start (ae.initial) from 1 to 8 by 1, 8 values"; $step: analysis-seek-step or nothing.
analysis-seek-lever = { $input } ({ $field }) from { $from } to { $to }{ $step }, { $n ->
    [one] { $count } value
   *[other] { $count } values
}
analysis-seek-step = {" "}by { $step }
analysis-seek-levers = Levers: { $levers }
analysis-seek-lever-separator = {"; "}
analysis-seek-chosen = Chosen: { $setting } · chance { $chance } · median cost { $cost }
analysis-seek-unmet = Nothing in range meets the goal. The best reached: { $setting } · chance { $chance } · median cost { $cost }
analysis-seek-none = No setting in range could be run.
analysis-seek-frontier = Frontier: every setting tried ({ $tried } of { $lattice })
analysis-seek-refused = refused by the model
# The analyses' progress bar on a terminal: $done and $asked are the bar's counts of trials.
analysis-progress = { $done }/{ $asked } trials

## The other commands.

# `pipesim validate`: "model.json: valid (1 scenario, 2000 trials, seed 1)".
cli-valid = { $file }: valid ({ $n ->
    [one] { $n } scenario
   *[other] { $n } scenarios
}, { $trials } trials, seed { $seed })
# `pipesim link`, when the file asks for more trials than the page runs.
cli-link-over-browser = note: this link asks for { $trials } trials per scenario; the browser runs at most { $most } (`pipesim run` runs it as it is)
# Below `pipesim presets`' list.
cli-presets-footer = Print one with `pipesim presets NAME`; run one with `pipesim run NAME`.

# calibrate: opportunities export
# `pipesim run --opportunities-trial N` with N not among the run's trials (numbered from 0).
cli-opportunities-trial-outside = --opportunities-trial: { $trial } is not a trial of this run (0 to { $last })
# `--opportunities-csv` when the scenario's dates would pass the calendar's last year.
cli-opportunities-calendar = --opportunities-csv: the opportunities' dates from start_month { $start } pass the year 9999
