# The editor's groups: each heading, and one line on what its fields decide.

group-scenario = Scenario
group-scenario-blurb = What this strategy is called, how many months it runs and in which currency.

group-team-and-hiring = Team and hiring
group-team-and-hiring-blurb = Who sells at the start, whom you hire and when, the founder, the VP of Sales and the coaches.

group-ramp-and-skill = Ramp and skill
group-ramp-and-skill-blurb = How fast new hires become productive, how many are mis-hires or leave, and how the playbook matures.

group-time-and-outbound = Time and outbound
group-time-and-outbound-blurb = How an AE's month splits between prospecting, admin and closing deals.

group-funnel-and-deals = Funnel and deals
group-funnel-and-deals-blurb = Win rates by source, deal size, sales cycle and what SDR meetings turn into.

group-market = Market
group-market-blurb = Pipeline that arrives without prospecting: inbound demand and expansion from customers.

group-policies = Policies
group-policies-blurb = Veteran drift and its counters, the shared account pool, morale and AI tools.

group-costs-and-targets = Costs and targets
group-costs-and-targets-blurb = What the team costs, the quota each AE carries and the bookings you must hit.
# The editor's heading and the hint under it.
editor-heading = Edit the model
# The editor's landmark, read by screen readers.
editor-label = Scenario editor
editor-hint = Uncertain values take a range such as “5 to 10” (a 90% range) or “5, 7, 10” (min, likely, max); pick the shape beside them. Changes re-run after a short pause.
# After a field's help: its default value, as written in the editor ("Default: 35%.").
field-default = Default: { $value }.

# The outbound share's slider, for screen readers: "35% of AE hours".
editor-slider-value = { $share } of { $of }
editor-slider-of-ae-outbound_share = AE hours
# The button beside it that sweeps the share: "Sweep 0–90%".
editor-sweep = Sweep 0–{ $max }
editor-sweep-label = Sweep 0–{ $max }: { $field }
# Examples in empty boxes; the syntax itself (month: count) is what the editor reads.
editor-plan-placeholder = month: count, e.g. 3: 2, 9: 1
editor-target-placeholder = e.g. 250k, or one per quarter: 100k; 150k; …
# A hiring pace: "[2] per quarter from month [0] to [end]".
editor-pace-per-quarter = Requisitions per quarter
editor-pace-none = none
editor-pace-from = per quarter from month
editor-pace-from-label = From month
editor-pace-to = to
editor-pace-to-label = To month (empty: the horizon)
editor-pace-end = end

# The shape of an uncertain value, chosen beside it.
editor-dist-shape = Shape of the uncertainty
editor-dist-uniform = uniform
editor-dist-triangular = triangular
editor-dist-pert = pert
editor-dist-normal = normal
editor-dist-lognormal = lognormal
# A field's unit, after its label: "Ramp (months)". Shares and money show none (the value says it).
editor-unit-months = months
editor-unit-hours = hours
editor-unit-multiplier = ×
editor-unit-per-month = per month
editor-unit-per-year = per year
editor-unit-after = {" "}({ $unit })
# An optional month's empty box: unset means "never" (a VP never hired) or "throughout".
editor-month-placeholder = empty: never / throughout

# Values as the editor writes them (defaults beside fields, and the inputs). What a range, a
# normal's mean and sd or an amount is written as must read back: the editor reads "to", "±"
# and "mean 7.5, sd 3".
editor-value-to = {" "}to{" "}
editor-value-mean-sd = mean { $mean }, sd { $sd }
editor-value-never = never
editor-value-throughout = throughout
editor-value-on = on
editor-value-off = off
editor-value-none = none
editor-value-separator = {", "}
# A hiring plan's entry: "2 at month 3".
editor-value-plan-entry = { $count } at month { $month }
# A hiring pace: "2 per quarter from month 0 to the horizon".
editor-value-pace = { $per } per quarter from month { $from } to { $to }
editor-value-pace-month = month { $month }
editor-value-pace-horizon = the horizon
editor-value-every-quarter = { $amount } every quarter

# Undo and redo of every change to the model (above the scenarios).
undo-group-label = Undo and redo
undo = Undo
undo-title = Undo the last change (Ctrl+Z, ⌘Z on a Mac)
redo = Redo
redo-title = Redo what was undone (Shift+Ctrl+Z or Ctrl+Y, ⇧⌘Z on a Mac)
