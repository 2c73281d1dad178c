# The results area (English, the source language): the notes above it, the KPI cards, the
# comparison, the charts' headings and captions, the downloads and the run status. Money,
# percentages, counts and names arrive already written for the language, as text. A {" "}
# keeps a space that the code puts a control (a menu) after.

## Notes above the results.

# Where there are no results because the workspace could not run.
results-not-run = No results: this workspace was not run. The status at the top says why and what would run.
# Before the first results arrive.
results-simulating = Simulating… the results appear here in a moment.
# The model was edited; the results shown are from before the edit.
results-stale = Showing the last finished run while the model changes.
# Results still streaming in: $done trials of $total so far (both written for the language).
results-partial = Filling in: the first { $done } of { $total } trials per scenario so far.
# Before the menu that picks the scenario the charts below show ("Detail for [founder-led]").
results-detail-for = Detail for{" "}
# The name of that menu, for screen readers.
results-detail-menu = Scenario shown in detail
results-detail-all = Every scenario, one chart each

## The fan charts, one per quarterly measure: a heading and a one-line caption each.

fan-bookings-title = Bookings per quarter
fan-bookings-caption = Median line; bands hold 50% and 90% of trials.
fan-pipeline-created-title = Pipeline created per quarter
fan-pipeline-created-caption = New opportunities' value, all sources.
fan-open-pipeline-title = Open pipeline at quarter end
fan-open-pipeline-caption = Value of every opportunity not yet closed.
fan-headcount-title = Headcount at quarter end
fan-headcount-caption = AEs, SDRs and the VP of Sales.
fan-cost-title = Cost per quarter
fan-cost-caption = OTE of everyone on staff plus recruiting.

## The charts of one scenario ($name, the one picked for detail).

chart-by-source-title = Bookings by source (medians)
chart-by-source-caption = { $name }: median bookings per quarter, stacked by where the deal came from.
chart-pipeline-by-source-title = Pipeline created by source (medians)
chart-pipeline-by-source-caption = { $name }: median pipeline created per quarter, stacked by source.
chart-histogram-title = Total bookings over the horizon
chart-histogram-caption = { $name }: how many trials ended at each total; the line marks the target.
# The names of a chart's download buttons, for screen readers; $title is the chart's heading.
chart-download-svg = Download { $title } as SVG
chart-download-png = Download { $title } as PNG

## Words drawn inside the results' charts (their SVGs, downloads included). Amounts, chances
## and quarters are written by the code for the language (quarters: verdict-quarter).

# The legend of the charts stacked by source: where each opportunity came from.
chart-source-founder = founder
chart-source-outbound = outbound
chart-source-sdr = SDR
chart-source-inbound = inbound
chart-source-expansion = expansion
chart-source-pool = account pool
# The sides of the histogram of A − B: trials where A booked less than B, and more.
chart-a-below-b = A < B
chart-a-above-b = A > B

## The KPI cards of a scenario. P10–P90: 80% of trials fall between the two amounts.

kpi-bookings = Bookings over the horizon
# Under a value: the range from P10 to P90 ($low, $high).
kpi-range = P10–P90 { $low } – { $high }
kpi-p-hit-target = P(hit target)
# Under the chance: the bookings target over the horizon.
kpi-target = target { $target }
# Under the chance when the scenario has no target.
kpi-no-target = no target set
kpi-ending-headcount = Ending headcount
kpi-cost = Cost
kpi-bookings-per-cost = Bookings per unit of cost
kpi-bookings-per-cost-note = median bookings ÷ median cost

## The comparison of two or more scenarios. A is the scenario compared, B the baseline.

compare-heading = Comparison
# The table's column headings.
compare-col-scenario = Scenario
compare-col-bookings = Bookings (median)
compare-col-range = P10–P90
compare-col-p-hit-target = P(hit target)
compare-col-headcount = Ending headcount
compare-col-cost = Cost (median)
# The baseline's row heading.
compare-baseline = { $name } (baseline)
# In bold before the line on A against B; $a and $b are the scenarios' names.
compare-pair = { $a } vs { $b }:{" "}
# The chance that A's bookings over the horizon beat B's in the same trial.
compare-p-greater = P(A > B) = { $p }
# Right after compare-p-greater: the paired difference A − B (median, P10 and P90).
compare-bookings = {" "}for bookings over the horizon; A − B median { $median } (P10 { $p10 }, P90 { $p90 }).
# The same chance for pipeline created.
compare-pipeline = {" "}Pipeline created: P(A > B) = { $p }.
compare-difference-title = Bookings difference, trial by trial (A − B)
compare-difference-caption = A = { $a }, B = { $b }: each trial runs both with the same random draws.

## The CSV downloads.

downloads-label = Download CSV:
downloads-summaries = Quarterly summaries
downloads-trials = Every trial
# A download did not work; $reason is the browser's explanation.
downloads-failed = The download failed: { $reason }.

## The run status in the header.

status-pending = Waiting to run…
# $percent is a whole number, 0 to 100.
status-running = Running… { $percent }%
status-done = Done
status-cancelled = Cancelled: the results shown are from the last finished run
# $reason says why (written elsewhere).
status-not-run = Not run: { $reason }
# A button offering a smaller run that fits the browser; $trials is a plain number (20000).
status-fewer-trials = Run { $trials } trials instead
status-cancel = Cancel
# Before the menu of trials per scenario.
status-trials = Trials{" "}
status-trials-menu = Trials per scenario
status-progress = Run progress
# A run that stopped on one scenario: its name, and why (said by the run's error).
run-scenario-failed = { $name }: { $why }
# A worker that crashed on the same trials too often; $error is the browser's own words.
run-internal-error = the simulation stopped with an internal error on trials { $first } to { $last } ({ $error }); please report it with this model

# The P(hit target) card of a scenario with no target: a box to set one.
kpi-target-per-quarter = Target per quarter
kpi-target-placeholder = 250k
kpi-target-set = Set target
kpi-target-empty = Type a target per quarter, e.g. 250k.

## A chart's text alternative: its numbers as a table, shown on demand under the chart.
chart-numbers-show = Show the numbers
# The table's name for screen readers; $title is the chart's heading.
chart-numbers-label = { $title }: the numbers
chart-numbers-quarter = Quarter
chart-numbers-scenario = Scenario
chart-numbers-total = Total
chart-numbers-mean = Mean
chart-numbers-percentile = Percentile
chart-numbers-bookings = Total bookings
chart-numbers-target = Target
chart-numbers-p-target = P(hit target)
# The column of the A − B chart's table: scenario A's total bookings minus the baseline's.
chart-numbers-difference = A − B
chart-numbers-p-greater = P(A > B)
# A percentile's name in the tables' first column or header: "P5", "P95".
chart-numbers-pct = P{ $p }
