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
