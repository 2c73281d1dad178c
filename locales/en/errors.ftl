# Errors in files, links and the editor's fields. The path of the field (`ae.outbound_share`)
# is never translated: it is the key as written in the file. Numbers come as text, written
# as the file wrote them.

## How an error is laid out

# A field's path, then what is wrong with it.
error-at = { $path }: { $reason }
# The part of a field the reason is about (a distribution's min, a plan entry's month).
error-part = { $part }: { $reason }
error-part-quarter = quarter { $n }
error-part-plan-entry = plan entry { $n }
error-part-plan-entry-key = plan entry { $n } { $key }
error-part-quarter-key = quarter { $n } { $key }
# A key inside the field, as the file writes it (min, to_month).
error-part-key = { $key }

## What a value in a file was, at the end of "…, got { error-got }"

error-got = { $got ->
    [list] a list
    [object] an object
    [text] the text { $value }
   *[other] { $value }
}

## Values and their ranges

error-missing = is missing
error-unknown-key = unknown key
error-unknown-key-near = unknown key; did you mean "{ $key }"?
error-below-minimum = { $value } is below the minimum of { $min }
error-not-above = { $value } must be above { $min }
error-outside-range = { $value } is outside { $min } to { $max }
error-outside-range-open-min = { $value } is outside { $min } to { $max } ({ $min } itself excluded)
error-outside-range-open-max = { $value } is outside { $min } to { $max } ({ $max } itself excluded)
error-outside-range-open-both = { $value } is outside { $min } to { $max } (both ends excluded)
error-expected-number = expected a number, got { error-got }
error-expected-whole-number = expected a whole number, got { error-got }
error-not-whole = { $value } is not a whole number
error-expected-object = expected an object, got { error-got }
error-expected-switch = expected true or false, got { error-got }
error-expected-text = expected a text, got { error-got }
error-text-too-long = is { $length } characters long; the most is { $max }
error-not-finite = { $value } is not a finite number
error-not-finite-number = is not a finite number

## Uncertain values

error-dist-one-form = a distribution names exactly one form ({ $forms }); this one names { $count }
error-unknown-dist = unknown distribution; use a number or one of { $forms }
error-dist-params = expected a list of { $arity } numbers [{ $names }], got { error-got }
error-expected-dist = expected a number or an object such as {"{"}"triangular": [min, mode, max]{"}"}, got { error-got }
error-lo-above-hi = lo { $lo } is above hi { $hi }
error-mode-order = needs min ≤ mode ≤ max, got { $min }, { $mode }, { $max }
error-sd-negative = { $sd } is negative; sd must be 0 or more
error-lognormal-order = needs 0 < p5 < p95, got { $p5 } and { $p95 }

## Plans and targets

error-expected-plan = expected a list such as [{"{"}"month": 3, "count": 2{"}"}], got { error-got }
error-expected-target = expected null, a number or a list of numbers, got { error-got }

## The file as a whole

error-file-too-large = the file is { $size } bytes; the most Pipesim reads is { $max } bytes
# $problem is the JSON reader's own description, in English.
error-not-json = not valid JSON: { $problem } at line { $line }, column { $column }
# A number in the text beyond what a double holds (1e400, or 400 digits); after the field's path.
error-number-too-large = is a number too large to read (beyond ±1.8e308), at line { $line }, column { $column }
error-schema-missing = is missing; a Pipesim file starts with "schema": { $schema }
error-schema-newer = { $found }: this file was made by a newer version of Pipesim (this version reads schema { $schema }); update Pipesim to open it
error-schema-expected = expected { $schema }, got { error-got }
error-expected-scenario = expected a scenario object, got { error-got }
error-expected-file = expected a Pipesim scenario or workspace object, got { error-got }
error-expected-workspace = expected a workspace object, got { error-got }

## Rules between fields

error-horizon-quarters = { $value } is not a multiple of 3
error-not-a-month = { $value } is not a month such as "2027-01"
error-closing-share = outbound_share { $outbound } plus admin_share { $admin } leaves { $closing } of the week for closing; at least 0.1 must remain
error-full-effect-early = { $value } is before ai.start_month { $start }
error-to-before-from = { $to } is before from_month { $from }
error-targets-count = has { $count } values; a { $months }-month horizon has { $quarters } quarters, so give { $quarters } values or one number

## Workspaces

error-scenarios-empty = is empty; a workspace holds at least one scenario
error-scenarios-too-many = holds { $count } scenarios; the most is { $max }
error-expected-scenarios = expected a list of scenarios, got { error-got }
error-baseline-index = { $value } is not a scenario index; use 0 to { $last }
error-expected-index = expected a scenario index, got { error-got }
error-expected-trials = expected a whole number of trials, got { error-got }
error-expected-seed = expected a whole number from 0 to { $max }, got { error-got }

## A workspace's analysis

error-expected-analysis-kind = expected sensitivity, sweep or seek, got { error-got }
error-analysis-kind-missing = is missing; use sensitivity, sweep or seek
error-not-an-analysis = { $value } is not an analysis; use sensitivity, sweep or seek
error-expected-index-to = expected a scenario index from 0 to { $last }, got { error-got }
error-expected-trials-to = expected a whole number of trials from 1 to { $max }, got { error-got }
error-goal-both = has both at_least and at_most; give one
error-goal-neither = needs at_least or at_most: the threshold the output must reach
error-chance = { $value } is outside 0 (excluded) to 1; a chance such as 0.8 means 80%
error-expected-levers = expected a list of levers, got { error-got }
error-levers-count = holds { $count } levers; a goal seek moves 1 or { $max }
error-not-above-zero = { $value } is not above 0
error-name-length = expected a name of 1 to 200 characters
error-expected-name = expected a name, got { error-got }
error-steps = { error-got } steps: a sweep takes 1 to { $max } steps

## The editor's fields

# $expected and $kind are the kinds of value a field takes and was given.
error-expects = expects { $expected ->
    [number] a number
    [integer] a whole number
    [optional_month] a month or none
    [switch] a switch (on or off)
    [dist] a number or an uncertain value
    [text] a text
    [plan] a hiring plan
    [pace] a hiring pace
   *[target] a bookings target
}, got { $kind ->
    [number] a number
    [integer] a whole number
    [optional_month] a month or none
    [switch] a switch
    [dist] an uncertain value
    [text] a text
    [plan] a hiring plan
    [pace] a hiring pace
   *[target] a bookings target
}
error-not-a-field = is not a field of a scenario

## Share links

error-link-not-a-link = this is not a Pipesim link: it holds no "#w=" workspace
error-link-too-long = the link is { $chars } characters long; the most Pipesim reads is { $max }
error-link-newer = the link was made by a newer version of Pipesim (link format { $version }; this version reads up to { $reads }); open it with the newer version
error-link-bad-version = the link's format version "{ $tag }" is not one Pipesim has made; the link is damaged
error-link-bad-character = the link is damaged: { $character } at position { $position } of its data is not allowed in a link
error-link-truncated = the link is cut short: its data ends early; copy the whole link again
error-link-corrupt = the link is damaged: its compressed data { $reason ->
    [checksum] fails its checksum
   *[deflate] is not a valid deflate stream
}
error-link-not-utf8 = the link is damaged: its data unpacks, but to bytes that are not UTF-8 text (invalid byte at offset { $offset })
error-link-too-large = the link's data unpacks to more than { $mb } MB; Pipesim stops there
# Followed by the workspace's problems, one a line.
error-link-workspace = the link's workspace is not valid:

## Files and links handed over, shortened for a notice

error-file-empty = the file is empty: a Pipesim file holds a scenario or workspace object
error-and-more = and { $count } more
# Between two problems on one line.
error-list-gap = {"; "}
error-link-workspace-summary = the link's workspace is not valid: { $problems }

## What the browser keeps (saved models, autosave)

error-stored-newer = format { $format } was written by a newer version of Pipesim; this version reads format { $reads }
error-stored-more = { $first } (and { $count } more problems)
error-stored-unreadable = unreadable
error-expected-models = expected a list of saved models
error-model-id-taken = { $id } is the id of an earlier model too
error-expected-id-up-to = expected a whole number up to { $max }
error-expected-id = expected a whole number from 1 to { $max }
error-expected-an-object = expected an object
error-expected-format = expected { $format }
error-expected-plain-text = expected text
error-expected-time = expected a time
error-expected-model-kind = expected "saved" or "draft"

## Values as typed in the editor ($text is what was typed, shown as it is)

error-typed-not-a-number = “{ $text }” is not a number; type e.g. 12, 1,200, 5k or 35%
error-typed-too-large = “{ $text }” is too large
error-typed-empty = is empty; type a number such as 12
error-typed-currency = “{ $text }” has a currency sign, but this field is not an amount of money
error-typed-exponent = “{ $text }” has an exponent out of range
error-typed-comma = “{ $text }” has a comma in an odd place; commas group thousands, as in 1,200 (use a point for decimals)
error-typed-plan-entry = “{ $text }” should read month: count, e.g. 3: 2
error-typed-percentage = “{ $text }” is a percentage; type a whole number such as 12
error-typed-negative = “{ $text }” is negative; type 0 or more
error-typed-not-whole = “{ $text }” is not a whole number
error-typed-value-missing = a value is missing; type e.g. 5 to 10, or 5, 7, 10
error-typed-not-a-shape = “{ $form }” is not a shape; use one of { $forms }
error-typed-empty-dist = is empty; type a number such as 12, a range such as 5 to 10, or min, likely, max such as 5, 7, 10
error-typed-mean-sd = a mean and sd describe the normal shape; choose normal, or type a range such as 5 to 10
error-typed-sd-negative = the sd { $sd } is negative; it must be 0 or more
error-typed-too-many = has { $count } numbers; type at most three: min, likely, max, as in 5, 7, 10
error-typed-fixed = a fixed value is one number; choose a shape to type a range such as 5 to 10
error-typed-range-order = { $lo } to { $hi }: lo must be below hi; type the low end first, as in { $hi } to { $lo }
error-typed-lognormal-zero = { $lo } to { $hi }: a lognormal range must start above 0; choose another shape for a range from 0 or below
error-typed-three-order = { $min }, { $mode }, { $max }: needs min ≤ likely ≤ max, in that order
error-typed-three-numbers = a { $form } takes one number or a range such as 5 to 10 (a 90% range); three numbers (min, likely, max) fit the triangular or pert shape
error-typed-anything = type a number, a range such as 5 to 10, or min, likely, max such as 5, 7, 10

## Runs

error-run-no-trials = trials: a run needs at least 1 trial
error-run-too-much-work = this run is too large: about { $work } units of work (trials × months × (people + opportunities per month)), above the limit of { $limit }; run at most { $max } trials, or shorten the horizon or shrink the team
error-run-too-large-once = this scenario is too large to simulate even once: about { $work } units of work per trial (months × (people + opportunities per month)), above the limit of { $limit }; shorten the horizon or shrink the team, the inbound volume or the prospecting rates
error-run-opportunities = one trial created more than { $limit } opportunities; lower the inbound volume, meetings or prospecting rates
error-run-cancelled = the run was cancelled

## The command line

error-cli-invalid = { $source } is not a valid Pipesim model ({ $count } { $n ->
    [one] problem
   *[other] problems
}):
error-cli-run-scenario = scenario { $name }: { $reason }
error-cli-link = the link cannot be opened: { $reason }
error-file-over-limit = the file is { $size } bytes; the most Pipesim reads is { $max }
error-not-utf8 = not UTF-8 text (invalid byte at offset { $offset })

## Notices above the page ($name: a file's or a saved model's name, shown as text)

notice-opened-link = Opened the shared link.
notice-opened-file = Opened the file { $name }.
notice-opened-model = Opened “{ $name }”.
notice-work-kept = Your previous work is kept in Saved models as “{ $name }”.
notice-saved = Saved “{ $name }”.
# $why: the link's problems, in this language.
notice-link-failed = This link could not be opened, and your workspace is unchanged. Why: { $why }
notice-file-failed = The file { $name } could not be opened, and your workspace is unchanged. Why: { $why }

## A distribution's parameters, refused by its sampler

error-sampler-non-finite = every parameter must be a finite number
error-sampler-out-of-order = the lower bound must not exceed the upper one
error-sampler-mode = the most likely value must lie between the minimum and the maximum
error-sampler-too-wide = the range is too wide
error-sampler-negative-sd = the standard deviation must not be negative
error-sampler-lognormal = p5 must be > 0 and below p95

## The browser's storage (saved models and autosave)

# What storage holds: $what is library, autosave or autosave-write.
storage-what = { $what ->
    [library] your saved models
    [autosave] the autosaved workspace
   *[autosave-write] the autosave of your workspace
}
storage-blocked = This browser does not let Pipesim use its local storage, so saved models and autosave are off for this page. Use “{ share-download-json }” or “{ share-copy-link }” to keep your work.
storage-full = The browser's storage is full, so { storage-what } could not be stored. Your work is still on screen: delete old saved models or drafts, or download it as a file.
storage-refused = The browser refused to store { storage-what }. Your work is still on screen: download it as a file to keep it.
storage-newer = Pipesim found { storage-what } written by a newer version of Pipesim (format { $format }). This version leaves it untouched, so changes made here are not stored there.
# $why: what is wrong with the text; $backup: the key the text is kept under.
storage-unreadable-kept = Pipesim could not read { storage-what } ({ $why }); the text is kept in local storage under “{ $backup }”.
storage-unreadable-left = Pipesim could not read { storage-what } ({ $why }), and there is no room to keep a copy, so it is left as it is and nothing new is stored there in this page.
# Followed by why.
storage-library-off = Saved models are not stored in this page.
storage-autosave-off = Autosave is off in this page.

## Runs too large for the browser

error-budget-trials = trials: this workspace asks for { $asked } trials per scenario; the browser runs at most { $cap }. Pick fewer trials, or run it with the pipesim command-line tool
# $share: the heaviest scenario's percentage of the work.
error-budget-work = this run is too large for the browser: about { $work } units of work (trials × months × (people + opportunities per month)) against a budget of { $budget }; { $heaviest } is { $share }% of it.
error-budget-fewer = Run fewer trials, shorten the horizon or shrink the team, or use the pipesim command-line tool
error-budget-none = Not even one trial fits: shorten the horizon or shrink the team, the inbound volume or the prospecting rates
# A scenario's label, then what is wrong with it.
error-labelled = { $label }: { $reason }

## Analyses (sensitivity, sweep, goal seek) and their flags on the command line.
## Numbers come as text, written as the analysis was given them.

error-analysis-no-scenario = is not a scenario of the workspace
error-analysis-same-lever = is the same field as the first lever
error-analysis-range-not-finite = the range must be finite numbers
error-analysis-steps = { $steps } steps: a sweep takes 1 to { $max }
error-analysis-sweep-empty = the range { $from } to { $to } is empty; give a last value above the first
error-analysis-lever-empty = the range { $from } to { $to } is empty; give a last value at least the first
# $field: the input's path; $shape: which ends of its range are allowed.
error-analysis-outside-input = { $value } is outside { $field }'s range { $shape ->
    [at-least] { $min } or more
    [above] above { $min }
    [open-min] above { $min } up to { $max }
    [open-max] { $min } up to but not including { $max }
    [open-both] strictly between { $min } and { $max }
   *[closed] { $min } to { $max }
}
# $reason: the model's problems with the first value, in this language.
error-analysis-no-valid-value = no value of the range gives a valid scenario: { $reason }
error-analysis-lattice = { $from } to { $to } by { $step } is { $count } values; the most is { $max }: give a larger step
# $fit is "none" when not even 10 trials a point fit.
error-analysis-too-large = this analysis is too large: up to { $points } runs of { $trials } trials, about { $work } units of work against a limit of { $limit }; { $fit ->
    [none] use fewer steps or values, or a smaller scenario
   *[other] use at most { $fit } trials a point, or fewer steps or values
}
error-analysis-period = { $key }: the period after @ must be q1 to q{ $quarters } or from-q1 to from-q{ $quarters }
error-analysis-not-an-output = { $name } is not an output; use bookings.total, pipeline_created.total, headcount.total, cost, quota_capacity, bookings_per_cost, p_hit_target or another key of `pipesim run --format csv`
error-analysis-no-target = p_hit_target: the scenario has no bookings target; set targets.bookings_per_quarter first
# $label: the field's label in English (the path is said before it).
error-analysis-input-horizon = { $label } cannot be moved in an analysis: runs of different horizons have different quarters
error-analysis-input-kind = { $label } is { $kind ->
    [number] a number
    [integer] a whole number
    [optional_month] a month or none
    [switch] a switch
    [dist] an uncertain value
    [text] a text
    [plan] a hiring plan
    [pace] a hiring pace
   *[target] a bookings target
}, not a number an analysis can move
error-analysis-input-not-a-field = is not a field of a scenario (see `pipesim presets series-a` for the paths)
error-analysis-shard = { $part }/{ $n } is not a part: give i/n with 1 ≤ i ≤ n
error-analysis-shard-tornado = a tornado is not split into parts; shard a sweep or a goal seek

## Parts of a sharded run, merged ($first: the first part's file name)

error-merge-none = no parts to merge
error-merge-version = a part of version { $version }, this program reads version { $reads }
error-merge-other-run = ran another workspace or analysis than { $first }; merge parts of one run
error-merge-not-belonging = part { $part }/{ $count } does not belong with { $first }'s { $n } parts
error-merge-twice = part { $part }/{ $n } is given twice
error-merge-missing = part { $part }/{ $n } is missing
# $reason: the workspace's problems, in this language.
error-merge-workspace = its workspace does not read: { $reason }
error-merge-no-analysis = its workspace carries no analysis
error-merge-bits = point { $point }: { $text } is not the bits of a number
error-merge-incomplete = the parts do not hold every point of the run; were they made by one command with only --shard changed?
# $problem is the JSON reader's own description, in English.
error-merge-not-a-part = not a part of a sharded run (as `pipesim sweep … --shard i/n` prints): { $problem }

## An analysis's flags on the command line (the flag, e.g. --goal, is said before)

error-flag-scenario = no scenario numbered or named { $text }; the scenarios are { $list }
error-flag-field-missing = is missing: give the input to sweep, e.g. --field ae.outbound_share
error-flag-end-missing = is missing: give the { $end } value of the sweep
error-flag-steps-missing = is missing: give how many values, from 1 to { $max }
error-flag-goal-missing = is missing: give the goal, e.g. --goal 'bookings.total>=5M'
error-flag-goal-shape = write the goal as KEY>=X or KEY<=X, e.g. 'bookings.total>=5M'
error-flag-chance = { $value } is outside 0 (excluded) to 1; write 80% as 0.8 or 80%
error-flag-lever-count = { $count } levers: a goal seek moves 1 or { $max }
error-flag-lever-missing = is missing: give one or two, e.g. --lever ae.pace=1..8
error-flag-lever-shape = write a lever as KEY=A..B or KEY=A..B/STEP, e.g. ae.pace=1..8 or ae.outbound_share=10%..60%/5%
error-flag-step = the step must be above 0
error-flag-shard = { $text } is not a part: give i/n with 1 ≤ i ≤ n, e.g. 3/8

## Analyses in the browser

error-analysis-not-scheduled = the browser would not schedule the analysis; reload the page
error-analysis-no-worker = the browser could not start a web worker for the analysis
error-analysis-worker-stopped = a web worker stopped while running this analysis; reload the page and try again, or use fewer trials
# $reason: a web worker's own words (English), as it wrote them.
error-analysis-point = { $reason }

## Names offered to save a model under (a saved model's name is the user's, never translated)

# An unnamed scenario.
library-name-scenario = scenario { $n }
# Two scenarios' names, joined into a model's name.
library-name-versus = { $first } vs { $second }
library-name-untitled = Untitled model

## CRM exports read for calibration.

# A problem on one line of the file.
error-csv-line = line { $line }: { $reason }
error-csv-too-large = the file is { $size } MB; at most { $most } MB can be read
error-csv-binary = this is not a CSV file: it holds binary data
error-csv-not-utf8 = the text is not UTF-8; save the export as UTF-8 CSV
# $why: the CSV reader's own words.
error-csv-row = the row cannot be read ({ $why })
error-csv-empty = the file is empty: no header row

# calibrate: fits

# A lognormal (a sales cycle, a deal size) fitted to too few closed deals. $count: how many.
error-calibrate-fit-too-few = { $count } closed { $count ->
        [one] deal
       *[other] deals
    }: a spread needs at least 2
# $value: the one value every closed deal has (days of a cycle, a deal's size).
error-calibrate-fit-all-equal = every closed deal has the same value, { $value }: a spread cannot be fitted from equal values
# $value: a value that is zero, negative or not a number.
error-calibrate-fit-not-positive = a value of { $value }: a lognormal needs values above 0
error-calibrate-fit-no-convergence = the fit did not settle; the values may be extreme
error-calibrate-fit-empty = the export has no opportunities
error-calibrate-fit-no-owners = no opportunity has an owner: the team's rates need each opportunity's rep (map the owner column)
# $reps: reps with enough months; $least: how many are needed.
error-calibrate-fit-few-reps = { $reps } { $reps ->
        [one] rep has
       *[other] reps have
    } enough months of opportunities; at least { $least } are needed
error-calibrate-fit-no-sources = no opportunity has a source: self-sourced opportunities cannot be told apart (map the source column)
error-calibrate-fit-no-outbound = no source is mapped to Outbound: mark the self-sourced sources in the mapping step
# $reps: reps whose first opportunity comes after the export's first months; $least: how many are needed.
error-calibrate-fit-few-new-reps = { $reps } { $reps ->
        [one] rep starts
       *[other] reps start
    } inside the export with a steady rate; a ramp needs at least { $least }
# $days: how long the export must span.
error-calibrate-fit-short-export = the export spans too little time to see reps leave: it needs more than { $days } days

# calibrate: dates and amounts
# $value: a cell of the export as written; $example: 31 December 2024 written as the column
# writes its dates (31/12/2024, 12/31/2024, 2024-12-31), or an amount as the column writes it.
error-calibrate-date-unreadable = “{ $value }” is not a date written like { $example }
error-calibrate-date-no-such-day = “{ $value }” is not a day of the calendar (read like { $example })
error-calibrate-date-serial-range = “{ $value }” is not a date: a spreadsheet numbers its days from 1 to 2958465
# Excel's day 60 is 29 February 1900, a day that never was.
error-calibrate-date-serial-leap = “{ $value }” is a spreadsheet's 29 February 1900, a day that never was
error-calibrate-amount-unreadable = “{ $value }” is not an amount of money
error-calibrate-amount-separators = “{ $value }” has its separators in odd places: this column writes amounts like { $example }

# calibrate: reading the rows
error-calibrate-cell = line { $line }, column “{ $column }”: { $reason }
error-calibrate-missing-column = { $column ->
    [created] no column of creation dates was chosen: choose one in the column step (or --column created=HEADER)
    [stage] no column of stages (or of won or lost) was chosen: choose one in the column step (or --column stage=HEADER)
   *[other] no { $column } column was chosen
}
error-calibrate-no-file = no export is open: open the file again
error-calibrate-no-rows = no row has a creation date that can be read
error-calibrate-no-created = the creation date is empty
error-calibrate-closed-before-created = closed on { $closed }, before it was created on { $created }
