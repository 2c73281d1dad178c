# The presets: their names as the picker shows them, their rationales, and the one-click
# comparisons. The English rationale is the preset file's description (a test keeps them equal).

presets-heading = Start from a strategy
# A one-click comparison's button: "Compare: Founder-led or VP first".
presets-compare = Compare: { $title }

preset-title-founder-led = founder-led
preset-rationale-founder-led = The founder keeps selling through the whole two years alongside two junior AEs and one SDR, we add just one AE a quarter, and there is no VP of Sales. It assumes the message is not proven yet and that deals the founder works personally are what turn an unproven playbook into a repeatable one. Compare it with vp-first to see whether slow, founder-taught growth beats hiring a leader to scale before the playbook is proven.

preset-title-vp-first = vp-first
preset-rationale-vp-first = We hire a VP of Sales on day one, the founder steps back from selling after the first quarter, and we open three AE requisitions a quarter, which the VP roughly doubles while in seat. The starting team and the unproven playbook are the same as in founder-led, so the only difference is the strategy. It answers whether a leader's hiring speed outweighs the cost of spreading reps over a weak message, knowing that about half of first VPs of Sales are gone within a year.

preset-title-self-sourcing-aes = self-sourcing-aes
preset-rationale-self-sourcing-aes = The Series A team with no SDRs: every AE is expected to spend 35% of the week prospecting, and we enforce it so nobody drifts into farming their book. It assumes reps can build their own pipeline, although fewer than one in ten is genuinely good at it and every prospecting hour is an hour not spent closing. Compare it with sdr-fed-aes to decide between rep-sourced pipeline and an SDR team.

preset-title-sdr-fed-aes = sdr-fed-aes
preset-rationale-sdr-fed-aes = The Series A team where AEs barely prospect (5% of their time) and close what SDRs and marketing hand them, with SDRs hired at one and a half a quarter to keep about one SDR for every two AEs. Outbound is not enforced, since the AEs are not expected to hunt. It answers whether paying for an SDR team and freeing AEs to close beats asking every AE to source their own pipeline.

preset-title-veteran-drift = veteran-drift
preset-rationale-veteran-drift = An established team of 20 AEs, all about two and a half years in, selling a proven playbook without the founder. Veterans drift from hunting into farming their books and stop prospecting, and we do nothing about it: no coaches, no shared account pool, and hiring only to backfill leavers. It shows how new-logo pipeline stalls while bookings still look fine; compare it with t-model.

preset-title-t-model = t-model
preset-rationale-t-model = The same established 20-AE team as veteran-drift, run on the T-model: three tenured reps coach the new hires, so juniors ramp faster and bad hires are found sooner, and lost deals and leavers' customers go into a shared pool that juniors recycle. Veterans still drift toward farming their books. It answers whether coaching and pooling accounts keep new-logo pipeline alive when the veterans stop hunting.

preset-title-ai-assisted = ai-assisted
preset-rationale-ai-assisted = The Series A plan unchanged, except that from month 6 the team rolls out AI tools that take over much of the research and prep behind each outbound touch, reaching full effect a year later. It assumes that prep work per sourced opportunity and per booked meeting falls by about 30%. Compare it with series-a to see what the tools are worth in pipeline and bookings over two years.

preset-title-series-a = series-a
preset-rationale-series-a = A typical team just after a Series A: four AEs and two SDRs, adding three AEs and one SDR a quarter toward a cap of 36 AEs, with about eight inbound opportunities a month. The founder still sells through the first year, there is no VP of Sales, and nothing stops veteran reps drifting away from prospecting. It is the baseline the other Series A strategies are measured against, and the program's benchmark workload.

preset-title-enterprise = enterprise
preset-rationale-enterprise = An established large sales organisation: 150 AEs and 40 SDRs selling a proven playbook, the founder long out of deals, adding 15 AEs a quarter and seeing about 40 inbound opportunities a month over three years. Veteran drift is left unchecked and the SDR team only backfills. It is the scale benchmark, and it shows the range of bookings a big team can expect when its tenured reps slowly stop prospecting.

comparison-title-founder-led-vp-first = Founder-led or VP first
comparison-title-veteran-drift-t-model = Veteran drift or T-model
comparison-title-self-sourcing-aes-sdr-fed-aes = Self-sourcing or SDR-fed AEs
