//! The verdict on a scenario against the baseline: how much more or less it books (the median of
//! the paired differences) and how likely it is to book more (P(A > B) in calibrated words),
//! what it costs beyond the baseline, and what each extra unit of cost returns.

use super::words::Words;
use crate::engine::outputs::MetricId;
use crate::i18n::{Args, Catalogue, Message};
use crate::model::scenario_label;
use crate::report::{Comparison, Kpis, ScenarioReport, WorkspaceReport};
use crate::stats::Summary;

/// Whether every value summarised was 0: a mean and a spread of 0, and every percentile 0.
fn all_zero(s: &Summary) -> bool {
    s.sd == 0.0 && s.mean == 0.0 && s.percentiles().iter().all(|&x| x == 0.0)
}

/// The difference in cost, A − B, and whether the costs are the same: the median of the paired
/// differences when the comparison carries `cost.total`, else the difference of the medians
/// (the report compares bookings and pipeline only), the same when the two summaries are.
fn cost_difference(comparison: &Comparison, a: &ScenarioReport, b: &ScenarioReport) -> (f64, bool) {
    if let Some(d) = comparison.difference(MetricId::COST_TOTAL) {
        return (d.horizon.p50, all_zero(&d.horizon));
    }
    let (ca, cb) = (Kpis::of(a).cost, Kpis::of(b).cost);
    (ca.p50 - cb.p50, ca == cb)
}

/// The sentences about `comparison` in `report`, or none when it names scenarios the report
/// lacks or does not compare bookings.
pub fn comparison_verdict(
    catalogue: &Catalogue,
    report: &WorkspaceReport,
    comparison: &Comparison,
) -> Vec<Message> {
    let (Some(a), Some(b)) = (
        report.scenarios.get(comparison.scenario),
        report.scenarios.get(comparison.baseline),
    ) else {
        return Vec::new();
    };
    let Some(bookings) = comparison.difference(MetricId::BOOKINGS_TOTAL) else {
        return Vec::new();
    };
    let words = Words {
        catalogue,
        currency: &a.currency,
    };
    let a_name = scenario_label(&a.name, comparison.scenario);
    let b_name = scenario_label(&b.name, comparison.baseline);
    let names = || {
        Args::new()
            .text("a", a_name.clone())
            .text("b", b_name.clone())
    };
    let (cost_diff, same_cost) = cost_difference(comparison, a, b);
    let same_outputs = comparison.metrics.iter().all(|m| all_zero(&m.horizon));
    if same_outputs && same_cost {
        return vec![Message::with("verdict-compare-equal", names())];
    }

    let diff = bookings.horizon.p50;
    let p = bookings.p_greater;
    let odds = |args: Args| {
        args.text("likelihood", words.likelihood(p))
            .text("chance", words.chance(p))
    };
    let mut sentences = vec![if all_zero(&bookings.horizon) {
        Message::with("verdict-compare-same-bookings", names())
    } else if diff > 0.0 {
        Message::with(
            "verdict-compare-more",
            odds(names().text("diff", words.money(diff))),
        )
    } else if diff < 0.0 {
        Message::with(
            "verdict-compare-less",
            odds(names().text("diff", words.money(-diff))),
        )
    } else {
        Message::with("verdict-compare-even", odds(names()))
    }];

    let baseline_return = Kpis::of(b).bookings_per_cost;
    let cost = |id: &'static str, amount: f64, per: Option<f64>| {
        let mut args = names()
            .text("cost", words.money(amount))
            .text("unit", words.unit());
        if let Some(per) = per {
            args = args.text("return", words.per_unit(per));
        }
        if let Some(base) = baseline_return {
            args = args.text("base", words.per_unit(base));
        }
        Message::with(id, args)
    };
    let with_base = |id: &'static str, alone: &'static str| match baseline_return {
        Some(_) => id,
        None => alone,
    };
    sentences.push(if cost_diff > 0.0 && diff > 0.0 {
        cost(
            with_base(
                "verdict-cost-more-returns",
                "verdict-cost-more-returns-alone",
            ),
            cost_diff,
            Some(diff / cost_diff),
        )
    } else if cost_diff > 0.0 {
        cost("verdict-cost-more-for-nothing", cost_diff, None)
    } else if cost_diff < 0.0 && diff > 0.0 {
        cost("verdict-cost-less-books-more", -cost_diff, None)
    } else if cost_diff < 0.0 && diff == 0.0 {
        cost("verdict-cost-less-books-same", -cost_diff, None)
    } else if cost_diff < 0.0 {
        cost(
            with_base(
                "verdict-cost-less-gives-up",
                "verdict-cost-less-gives-up-alone",
            ),
            -cost_diff,
            Some(diff / cost_diff),
        )
    } else {
        cost("verdict-cost-same", 0.0, None)
    });
    sentences
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_summary_of_zeros_is_all_zero() {
        assert!(all_zero(&Summary::of(&[0.0, 0.0, 0.0])));
        // A mean and median of 0 with a spread is not "equal in every trial".
        assert!(!all_zero(&Summary::of(&[-1.0, 0.0, 1.0])));
        assert!(!all_zero(&Summary::of(&[0.0, 0.0, 1e-9])));
    }
}
