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
editor-hint = Uncertain values take a range such as “5 to 10” (a 90% range) or “5, 7, 10” (min, likely, max); pick the shape beside them. Changes re-run after a short pause.
# After a field's help: its default value, as written in the editor ("Default: 35%.").
field-default = Default: { $value }.
