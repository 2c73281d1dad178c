# The verdict on top of every result (English, the source language). Each message is one
# sentence. Money, chances ($chance, $share) and names arrive already written for the language;
# $n is a bare number, for plural selection only. $likelihood is one of the likelihood-* words
# below, already in words.

## The calibrated scale of likelihood (the IPCC's): each word stands for a range of
## probabilities, and the program picks it; translate each as the language's own calibrated
## term.

# 99% or more.
likelihood-virtually-certain = virtually certain
# 90% to 99%.
likelihood-very-likely = very likely
# 66% to 90%.
likelihood-likely = likely
# 33% to 66%.
likelihood-about-as-likely-as-not = about as likely as not
# 10% to 33%.
likelihood-unlikely = unlikely
# 1% to 10%.
likelihood-very-unlikely = very unlikely
# 1% or less.
likelihood-exceptionally-unlikely = exceptionally unlikely

## Headings.

# Above the verdict in the CLI's table.
verdict-heading = Verdict
# A comparison of scenario $a with the baseline $b.
verdict-comparison-title = { $a } vs { $b }
# A quarter: $year 2027, $quarter 1.
verdict-quarter = { $year } Q{ $quarter }

## Where bookings come from, and the teams.

verdict-source-founder = the founder's own selling
verdict-source-outbound = AEs' outbound prospecting
verdict-source-sdr = meetings booked by SDRs
verdict-source-inbound = inbound leads
verdict-source-expansion = expansion of existing customers
verdict-source-pool = the shared account pool
verdict-role-ae = AE
verdict-role-sdr = SDR
verdict-role-leader = sales leader

## One scenario.

# "founder-led books $1.5M–$2.8M over 8 quarters (P10–P90; median $2.1M) at a median cost of $1.8M."
verdict-bookings-range = { $name } books { $low }–{ $high } over { $n ->
        [one] { $quarters } quarter
       *[other] { $quarters } quarters
    } (P10–P90; median { $median }) at a median cost of { $cost }.
# The same when the scenario costs nothing.
verdict-bookings-range-no-cost = { $name } books { $low }–{ $high } over { $n ->
        [one] { $quarters } quarter
       *[other] { $quarters } quarters
    } (P10–P90; median { $median }) at no cost.
# $unit is one unit of the currency ("$1"), $return the bookings it brings ("$1.15").
verdict-bookings-per-cost = Each { $unit } of cost returns { $return } in bookings (median over median).
# The chance that bookings over the horizon reach the sum of the quarterly targets.
verdict-target = Reaching the { $target } target over the horizon is { $likelihood } ({ $chance }).
# $share: the source's share of all bookings, by the means over the trials.
verdict-largest-source = The largest source of bookings is { $source }: { $share } of the total, on average.
# How that share moves from the first quarter ($first) to the last ($last).
verdict-source-share-grows = Its share grows from { $from } in { $first } to { $to } in { $last }.
verdict-source-share-falls = Its share falls from { $from } in { $first } to { $to } in { $last }.
# $role: the team (AE or SDR); $cap: the cap, written as a number.
verdict-cap-binds = The { $role } headcount cap of { $cap } binds: at least half the trials end the horizon at it.
verdict-cap-binds-sometimes = The { $role } headcount cap of { $cap } binds in some trials: at least one in ten ends the horizon at it.

## A scenario ($a) against the baseline ($b), paired trial by trial. $diff is the median of
## the paired differences; $chance is P($a books more than $b).

verdict-compare-equal = { $a } and { $b } are equal: the same bookings in every trial, at the same cost.
verdict-compare-same-bookings = { $a } books exactly what { $b } books, in every trial.
verdict-compare-more = { $a } books { $diff } more than { $b } ({ $likelihood }, { $chance }).
verdict-compare-less = { $a } books { $diff } less than { $b }; that it books more is { $likelihood } ({ $chance }).
verdict-compare-even = { $a } and { $b } book the same in the median paired trial; that { $a } books more is { $likelihood } ({ $chance }).

## The cost of $a against $b ($cost: the difference of the median costs). $unit is one unit of
## the currency; $return the bookings per extra (or saved) unit; $base the baseline's own
## bookings per unit of cost.

verdict-cost-more-returns = { $a } costs { $cost } more: each extra { $unit } of cost returns { $return } in bookings, against { $base } for { $b }.
verdict-cost-more-returns-alone = { $a } costs { $cost } more: each extra { $unit } of cost returns { $return } in bookings.
verdict-cost-more-for-nothing = { $a } costs { $cost } more, and the extra cost brings no extra bookings.
verdict-cost-less-books-more = { $a } also costs { $cost } less: more bookings for less cost.
verdict-cost-less-books-same = { $a } costs { $cost } less, for the same bookings in the median paired trial.
verdict-cost-less-gives-up = { $a } costs { $cost } less: each { $unit } saved gives up { $return } of bookings, against { $base } per { $unit } of cost for { $b }.
verdict-cost-less-gives-up-alone = { $a } costs { $cost } less: each { $unit } saved gives up { $return } of bookings.
verdict-cost-same = { $a } costs the same as { $b } (median).
