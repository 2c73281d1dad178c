## Calibrating a scenario from a CRM export: the page's steps, the CLI's summary, and the
## basis written beside each field a fit changes.

calibrate-scenario-name = Calibrated from { $file }
calibrate-scenario-description = Fitted to { $file }: { $rows } opportunities created { $first } to { $last }. Only the fitted values are kept, never the export.
calibrate-every-deal = every deal

# Beside each field written: what it was fitted from.
calibrate-basis-win-rate = { $wins } won of { $decided } decided
calibrate-basis-cycle = { $closed } closed, { $open } still open (each at least as long as its age)
calibrate-basis-size = { $won } won deals with an amount
calibrate-basis-prospecting = { $rate } self-sourced opportunities per rep a month, over { $months } rep-months
calibrate-basis-ramp = { $reps } reps who started within the export
calibrate-basis-attrition = { $left } of { $reps } reps left, over { $months } rep-months
calibrate-basis-team = { $reps } reps with an opportunity since { $since }
calibrate-basis-inbound = { $count } inbound opportunities in the last { $months } full months
calibrate-basis-playbook = the fitted rates are your playbook as it is today
calibrate-basis-start = the plan starts after the export's last date, { $date }

# The CLI's summary, on standard error.
calibrate-summary-file = { $file }: { $count } opportunities created { $first } to { $last }
calibrate-summary-win-rate = Win rate, { $source }: { $median } (90%: { $low } to { $high }), { $wins } won of { $decided } decided
calibrate-summary-cycle = Sales cycle: { $low } to { $high } months (90% range), from { $observed } closed and { $censored } still open
calibrate-summary-cycle-name = Sales cycle
calibrate-summary-size = Deal size: { $low } to { $high } (90% range), from { $observed } won deals
calibrate-summary-size-name = Deal size
calibrate-summary-not-fitted = { $what }: not fitted ({ $reason })
calibrate-summary-changes = Fields written:
calibrate-summary-untouched = Left as they were (an export cannot inform them): { $fields }
calibrate-summary-problems = { $n ->
    [one] 1 cell could not be read:
   *[other] { $n } cells could not be read (the first { $shown }):
}
calibrate-cli-bad-pair = { $flag } takes NAME=VALUE, not “{ $value }”
calibrate-cli-no-such-column = “{ $name }” is no column; the columns are id, created, closed, amount, stage, won, owner and source
calibrate-cli-no-such-header = no header is “{ $header }”; the headers are { $headers }
calibrate-cli-bad-outcome = “{ $value }” is no outcome; use won, lost or open
calibrate-cli-bad-source = “{ $value }” is no source; use founder, outbound, sdr, inbound, expansion, pool or none
calibrate-cli-ambiguous-dates = the dates read both day first and month first (no day is above 12): say which with --day-first or --month-first

# The fields an export cannot inform.
calibrate-untouched-horizon-months = the horizon
calibrate-untouched-currency = the currency
calibrate-untouched-ae-plan = AE hiring plan
calibrate-untouched-ae-pace = AE hiring pace
calibrate-untouched-ae-quota-per-year = AE quota
calibrate-untouched-ae-ote-per-year = AE on-target earnings
calibrate-untouched-ae-mis-hire-rate = mis-hire rate
calibrate-untouched-sdr = SDRs
calibrate-untouched-founder = the founder
calibrate-untouched-leader = the VP of Sales
calibrate-untouched-coaching = coaching
calibrate-untouched-pool = the shared account pool
calibrate-untouched-drift = veteran drift
calibrate-untouched-ai = AI uplift

# The page: the side panel's way in.
calibrate-start-title = Start from your own numbers
calibrate-start-hint = Drop a CSV of opportunities from Salesforce, HubSpot or a spreadsheet anywhere on the page, or pick one. Pipesim fits win rates, the sales cycle, deal size, ramp and attrition to it. The file stays in this browser: only the fitted values are kept.
calibrate-start-pick = Calibrate from a CRM export…
calibrate-start-pick-label = Pick a CSV export of opportunities to calibrate from
calibrate-pick-another = Pick another file…

# The panel.
calibrate-panel-label = Calibrating from a CRM export
calibrate-panel-title = Calibrating from { $file }
calibrate-close = Close calibration
calibrate-reading = Reading the export…
calibrate-browser-could-not-read = the browser could not read the file ({ $why })
calibrate-worker-crashed = the calibration stopped unexpectedly: open the file again
calibrate-worker-bad-request = the calibration worker could not read the page's request ({ $why })
calibrate-workspace-full = the workspace already holds { $most } scenarios: delete one, then apply the fits again

# The review.
calibrate-review-intro = { $count } rows. Check which column is which, what each stage means and where each source belongs, then fit.
calibrate-duplicates = Headers named twice: { $headers }. The first of each is read.
calibrate-columns-title = Columns
calibrate-columns-what = Column
calibrate-columns-header = In your file
calibrate-columns-sample = First values
calibrate-column-none = (not in the file)
calibrate-column-id = Opportunity id
calibrate-column-created = Created (required)
calibrate-column-closed = Closed
calibrate-column-amount = Amount
calibrate-column-stage = Stage (required, or Won)
calibrate-column-won = Won
calibrate-column-owner = Owner (rep)
calibrate-column-source = Source
calibrate-dates-question = Your dates read both ways (no day is above 12). How are they written?
calibrate-dates-month-first = Month first (03/04/2024 is 4 March)
calibrate-dates-day-first = Day first (03/04/2024 is 3 April)
calibrate-dates-first = Say how the dates are written first.
calibrate-too-many-values = This column has more values than a stage or source column would: check the columns above.
calibrate-stages-title = Stages
calibrate-stage = Stage
calibrate-count = Rows
calibrate-means = Means
calibrate-stage-label = What the stage “{ $stage }” means
calibrate-outcome-won = won
calibrate-outcome-lost = lost
calibrate-outcome-open = still open
calibrate-empty-cell = (empty)
calibrate-sources-title = Sources
calibrate-source = Source in your file
calibrate-model-source = Pipesim's source
calibrate-source-label = Pipesim's source for “{ $source }”
calibrate-source-none = none (overall win rate only)
calibrate-fit = Fit
calibrate-busy = Working…

# The fits.
calibrate-win-rates-title = Win rates
calibrate-win-rate = Win rate
calibrate-ninety = 90% range
calibrate-sample = From
calibrate-range = { $low } to { $high }
calibrate-cycle-title = Sales cycle
calibrate-cycle-caption = 90% of deals close in { $low } to { $high } months: fitted to { $observed } closed deals and { $censored } still open.
calibrate-cycle-axis = months from created to closed
calibrate-size-title = Deal size
calibrate-size-caption = 90% of won deals are { $low } to { $high }: fitted to { $observed } won deals.
calibrate-size-axis = amount of a won deal
calibrate-censored-note = { $n } still open: counted as lasting at least their age
calibrate-not-fitted = { $what }: not fitted ({ $reason })
calibrate-changes-title = What the new scenario changes
calibrate-no-changes = Nothing: the export informs no field of this scenario.
calibrate-field = Field
calibrate-before = Now
calibrate-after = Fitted
calibrate-from = From
calibrate-list-joiner = {", "}
calibrate-privacy = The export is not stored or put in a link: the new scenario holds only the fitted values.
calibrate-back = Back to the columns
calibrate-apply = Add as a new scenario
