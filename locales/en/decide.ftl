# "Decide": the analyses' panel (what matters most, sweeps, goal seek).

decide-heading = Decide
# $name: the selected scenario's name.
decide-hint = Questions about “{ $name }”: which input moves the result most, what happens over a range of one, and what it takes to meet a goal at the lowest cost. Every run uses the same trials, so differences are the inputs', not chance's.
decide-tabs = Analyses
decide-tab-sensitivity = What matters most
decide-tab-sweep = Sweep an input
decide-tab-seek = Goal seek
decide-progress = Analysis progress
# $share: how much is done, e.g. "40%".
decide-running = Running { $share }
decide-stop = Stop
decide-failed = The analysis could not run: { $reason }
decide-stopped = Stopped. What came in before the stop is shown.
decide-stale = These results answer an earlier version of the workspace; run the analysis again to update them.

## The forms
decide-output = Output
decide-input = Input
decide-from = From
decide-to = To
decide-steps = Steps
decide-trials = Trials a point
decide-pick-input = Pick an input
# An output that needs a target, in the output picker while none is set.
decide-output-needs-target = { $output } (set a target first)
decide-rank = Rank the inputs
decide-rank-hint = Each input in use is set low and high with everything else as it is: an uncertain one at its P10 and P90, a number ±25%, a count by whole steps, a month by a quarter. A first pass runs a tenth of the trials; the inputs that matter most then run them all.
decide-sweep = Sweep
# $text: what was typed, in quotes.
decide-steps-not-whole = Steps: { $text } is not a whole number

## The outputs an analysis can measure
output-bookings-total = Bookings over the horizon
output-pipeline_created-total = Pipeline created over the horizon
output-p_hit_target = P(hit target)
output-bookings_per_cost = Bookings per unit of cost
output-headcount-total = Ending headcount
# An output taken in one quarter, or its lowest quarter from one on, in an analysis's report:
# $output is the metric's key (bookings.total), $quarter the quarter's number from 1.
output-in-quarter = { $output } in quarter { $quarter }
output-from-quarter = { $output } every quarter from quarter { $quarter }

## Values in their units, in the analyses' reports ($value: the number, as written)
unit-months = { $value } months
unit-hours = { $value } hours
unit-per-month = { $value } per month
unit-per-year = { $value } per year

## Goal seek's form
seek-goal = Goal
seek-when = When
seek-over-the-horizon = over the horizon
# $quarter: "2027 Q3".
seek-in-quarter = in { $quarter }
seek-from-quarter = every quarter from { $quarter }
seek-is = Is
seek-at-least = at least
seek-at-most = at most
seek-threshold = Threshold
seek-chance = With a chance of
# The chance's name in a message about what was typed in it.
seek-chance-short = Chance
seek-lever = Lever
seek-first-lever = First lever
seek-second-lever = Second lever
# $lever: "First lever".
seek-lever-from = { $lever } from
seek-lever-to = { $lever } to
seek-remove-second = Remove the second lever
seek-add-second = Add a second lever
seek-run = Find the cheapest setting
seek-usual-levers = Usual levers
seek-other-inputs = Every other input

## What matters most: the tornado and the bands
# "Bookings over the horizon: $4.7M as the scenario is (P10–P90 $3.8M to $5.6M). 60 of 60 inputs in"
tornado-summary = { $output }: { $base } as the scenario is (P10–P90 { $band }). { $shown } of { $inputs } inputs in
tornado-band = { $low } to { $high }
tornado-summary-noise = ; { $noise } grey: within 2 standard errors of no effect
tornado-summary-click = . Click a bar to edit its input.
# $inputs: the inputs' names, separated by list-separator.
tornado-inert = No effect at all on this output: { $inputs }.
# $output: the output's name in lower case.
tornado-title = What moves { $output } most
tornado-alt = Tornado chart of the inputs
tornado-numbers = The tornado's numbers
tornado-input = Input
tornado-low = Low
tornado-high = High
tornado-at-low = At low
tornado-at-high = At high
tornado-swing = Swing
tornado-error = ± 2 SE
tornado-trials = Trials
tornado-edit = Edit
tornado-edit-label = Edit { $input }
bands-title = Which uncertainties make the band wide
bands-caption = Each uncertain input fixed at its median in turn: how much narrower the P10–P90 band gets, and that as a share of the band.
bands-alt = How much each uncertainty narrows the band
bands-numbers = The bands' numbers
bands-fixed = Uncertainty fixed
bands-at = At
bands-p10 = P10
bands-p90 = P90
bands-narrower = Narrower by
bands-share = Share
# Between the names of a list: "a, b, c".
list-separator = {", "}

## A sweep's report
# "Bookings over the horizon against Outbound share of AE hours".
sweep-against = { $output } against { $input }
# $best: sweep-best, or nothing before any setting is back.
sweep-summary = { $against }. { $best }.
sweep-best = Best: { $input } = { $value }
sweep-caption = Median with the P10–P90 band; median cost beneath; the best value ringed.
sweep-alt = Sweep chart
sweep-numbers = The sweep's numbers
sweep-median-cost = Median cost
# A setting the model refuses: $reason says why (its field's path stays as in the file).
sweep-not-valid = not valid: { $reason }

## Goal seek's report
# The goal in words: "Bookings over the horizon at least $5M".
seek-goal-at-least = { $output } at least { $threshold }
seek-goal-at-most = { $output } at most { $threshold }
# $goal: the goal in words; $required: the chance asked, e.g. "80%".
seek-goal-required = { $goal } (required: { $required })
# After the frontier's caption, with two levers.
seek-lines-by = {" "}One line for each { $lever }.
seek-answer-met = The cheapest setting that meets the goal: { $setting }. Its chance is { $chance } and its median cost { $cost }.
seek-answer-unmet = Nothing in the ranges given meets the goal. The closest: { $setting }, with a chance of { $chance } (median cost { $cost }). Widen a lever's range or lower the goal.
seek-answer-so-far = So far the closest: { $setting }, with a chance of { $chance }.
seek-answer-none = No setting has come back yet.
seek-apply = Add this setting as a new scenario
seek-apply-failed = The setting could not be applied: { $reason }
seek-frontier = The frontier
# $lines: seek-lines-by, or nothing with one lever.
seek-frontier-caption = Every setting tried: the chance that { $goal }, and the median cost beneath.{ $lines }
seek-frontier-alt = Frontier of the settings tried
seek-every-setting = Every setting tried
seek-meets = Meets the goal
seek-not-valid = not valid
seek-yes = yes
seek-no = no

## Words inside the analyses' charts
chart-no-data = No data
chart-low-value = low value
chart-high-value = high value
chart-band = P10–P90
chart-median = median
chart-median-cost = median cost
chart-best = best
chart-chosen = chosen
# The dashed line of the chance a goal requires: "80% required".
chart-required = { $share } required
