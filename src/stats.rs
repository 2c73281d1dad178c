//! Summary statistics of trial outputs: percentiles by linear interpolation between order
//! statistics (numpy's default), the mean, and the sample standard deviation (n − 1).

use serde::Serialize;

/// The percentiles every summary reports, as fractions.
pub const PERCENTILES: [f64; 7] = [0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95];

/// The distribution of one output over the trials.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Summary {
    pub mean: f64,
    pub sd: f64,
    pub p5: f64,
    pub p10: f64,
    pub p25: f64,
    pub p50: f64,
    pub p75: f64,
    pub p90: f64,
    pub p95: f64,
}

/// Puts the `k`-th smallest value (by `total_cmp`) at index `k - offset` of `values`, for
/// every `k` of `wanted` (ascending, relative to the whole slice the first call got): a
/// selection at the middle wanted index, then the same on each side.
fn select_order_statistics(values: &mut [f64], wanted: &[usize], offset: usize) {
    if wanted.is_empty() || values.len() < 2 {
        return;
    }
    let mid = wanted.len() / 2;
    let k = wanted[mid] - offset;
    values.select_nth_unstable_by(k, f64::total_cmp);
    let (left, right) = values.split_at_mut(k);
    select_order_statistics(left, &wanted[..mid], offset);
    select_order_statistics(&mut right[1..], &wanted[mid + 1..], offset + k + 1);
}

/// The `q`-quantile (0 ≤ q ≤ 1) of sorted values, interpolating linearly between order
/// statistics; 0 for no values.
pub fn quantile_sorted(sorted: &[f64], q: f64) -> f64 {
    quantile_of(sorted.len(), q, |k| sorted[k])
}

/// The `q`-quantile of `n` values whose `k`-th smallest is `stat(k)`: linear interpolation
/// between the order statistics at `floor(q (n − 1))` and the one after (numpy's default).
fn quantile_of(n: usize, q: f64, stat: impl Fn(usize) -> f64) -> f64 {
    match n {
        0 => 0.0,
        1 => stat(0),
        n => {
            let pos = q.clamp(0.0, 1.0) * (n - 1) as f64;
            let lo = pos.floor() as usize;
            let hi = (lo + 1).min(n - 1);
            let frac = pos - lo as f64;
            stat(lo) + (stat(hi) - stat(lo)) * frac
        }
    }
}

/// Buckets of [`bucketed_order_statistics`] (a power of two).
const BUCKETS: usize = 1024;
/// Columns at least this long find their order statistics by buckets; shorter ones by
/// selection, which is as fast there.
const BUCKETED_FROM: usize = 2048;
/// No slot: a bucket that holds none of the wanted order statistics.
const NO_SLOT: u8 = u8::MAX;

/// Where `f64`'s `Sum` starts (its identity: −0.0 in current Rust), for sums written out as loops
/// that must give `Iterator::sum`'s bits.
pub fn sum_start() -> f64 {
    std::iter::empty::<f64>().sum()
}

/// Adding this to an `f64` of magnitude at most 2^51 rounds it to a whole number (the sum lies
/// in [2^52, 2^53], where the `f64`s are the whole numbers); subtracting it again is exact.
const WHOLE_ROUNDER: f64 = 6_755_399_441_055_744.0; // 1.5 × 2^52

/// What one pass over a column finds: the sum of its values (in order, as `f64`'s `Sum` adds
/// them), its least and greatest values by plain comparisons, whether it holds a NaN, whether
/// every value is +0.0, and whether every value is a whole number other than −0.0 (counts,
/// headcount), which [`WHOLE_ROUNDER`] tells for values of magnitude at most 2^51 (beyond, or
/// with a NaN, `whole` means nothing).
struct Scan {
    sum: f64,
    least: f64,
    greatest: f64,
    nan: bool,
    all_positive_zero: bool,
    whole: bool,
}

impl Scan {
    fn of(values: &[f64]) -> Scan {
        let mut sum = sum_start();
        let (mut least, mut greatest, mut nan) = (f64::INFINITY, f64::NEG_INFINITY, false);
        let (mut bits, mut whole) = (0u64, true);
        for &v in values {
            sum += v;
            // −0.0 rounds to +0.0, and so is not whole here.
            whole &= ((v + WHOLE_ROUNDER) - WHOLE_ROUNDER).to_bits() == v.to_bits();
            // Plain comparisons: a NaN fails both and is caught by `nan`.
            if v < least {
                least = v;
            }
            if v > greatest {
                greatest = v;
            }
            nan |= v.is_nan();
            bits |= v.to_bits();
        }
        Scan {
            sum,
            least,
            greatest,
            nan,
            all_positive_zero: bits == 0,
            whole,
        }
    }
}

/// The sum of squared deviations from `mean`, in order (as `f64`'s `Sum` adds them): the sd's
/// numerator, for columns whose order statistics come by selection.
fn squared_deviations(values: &[f64], mean: f64) -> f64 {
    values
        .iter()
        .map(|&v| squared_deviation(v, mean))
        .sum::<f64>()
}

/// One value's term of [`squared_deviations`].
#[inline(always)]
fn squared_deviation(v: f64, mean: f64) -> f64 {
    (v - mean) * (v - mean)
}

/// The `k`-th smallest value (by `total_cmp`) of `values` for every `k` of `wanted` (ascending,
/// distinct, below `values.len()`), written to `out` in the same order, and the sum of squared
/// deviations from `mean` ([`squared_deviations`], made in the buckets' counting pass when they
/// are used). Selection works on a copy; buckets need none.
fn order_statistics(
    values: &[f64],
    scan: &Scan,
    mean: f64,
    wanted: &[usize],
    out: &mut [f64],
) -> f64 {
    if values.len() >= BUCKETED_FROM {
        if let Some(deviations) = bucketed_order_statistics(values, scan, mean, wanted, out) {
            return deviations;
        }
    }
    let mut copy = values.to_vec();
    select_order_statistics(&mut copy, wanted, 0);
    for (o, &k) in out.iter_mut().zip(wanted) {
        *o = copy[k];
    }
    squared_deviations(values, mean)
}

/// [`order_statistics`] in two passes over the values instead of a selection: count the
/// values in [`BUCKETS`] equal-width buckets between the least and the greatest (`scan`'s), then
/// gather only the buckets that hold a wanted order statistic and select within those. The bucket
/// of a value never decreases as the value grows, so the `k`-th smallest value lies in the bucket
/// where the running count passes `k`: the same value a sort gives, bit for bit. The counting pass
/// also adds up the squared deviations from `mean`, in order, the sd's numerator: it is returned.
/// Columns of whole numbers spanning less than [`BUCKETS`] (counts, headcount: most of a run's
/// columns) skip the gathering: each bucket holds one value, known from the bucket
/// ([`whole_buckets`]), since gathering their crowded buckets had been most of a summary's work.
/// None (and nothing written) when the values hold a NaN, are all alike, or span more than an
/// `f64` can hold; the caller then selects.
fn bucketed_order_statistics(
    values: &[f64],
    scan: &Scan,
    mean: f64,
    wanted: &[usize],
    out: &mut [f64],
) -> Option<f64> {
    let (least, greatest) = (scan.least, scan.greatest);
    let span = greatest - least;
    let scale = (BUCKETS - 1) as f64 / span;
    if scan.nan || greatest <= least || !span.is_finite() || !scale.is_finite() {
        return None;
    }
    let bucket = bucket_of(least, scale);
    // Two tallies, for the even and the odd values: whole-number columns put long runs in one
    // bucket, and one tally would wait on its own last increment at every value.
    let mut counts = [[0u32; BUCKETS]; 2];
    let mut deviations = sum_start();
    let mut pairs = values.chunks_exact(2);
    for pair in &mut pairs {
        let (a, b) = (pair[0], pair[1]);
        deviations += squared_deviation(a, mean);
        deviations += squared_deviation(b, mean);
        counts[0][bucket(a)] += 1;
        counts[1][bucket(b)] += 1;
    }
    for &v in pairs.remainder() {
        deviations += squared_deviation(v, mean);
        counts[0][bucket(v)] += 1;
    }
    let [mut counts, odd] = counts;
    for (c, o) in counts.iter_mut().zip(odd) {
        *c += o;
    }
    // Which bucket holds each wanted k, and k's rank inside that bucket.
    let mut slot_of = [NO_SLOT; BUCKETS];
    let mut slots: Vec<(usize, usize)> = Vec::with_capacity(wanted.len()); // (bucket, start in gathered)
    let mut ranks: Vec<(u8, usize)> = Vec::with_capacity(wanted.len()); // (slot, rank in bucket)
    let (mut b, mut before, mut gathered_len) = (0usize, 0usize, 0usize);
    for &k in wanted {
        while before + counts[b] as usize <= k {
            before += counts[b] as usize;
            b += 1;
        }
        if slot_of[b] == NO_SLOT {
            slot_of[b] = slots.len() as u8;
            slots.push((b, gathered_len));
            gathered_len += counts[b] as usize;
        }
        ranks.push((slot_of[b], k - before));
    }
    // Whole numbers spanning at most BUCKETS − 1 fall one distinct value to a bucket: the value
    // of every wanted bucket is known without gathering.
    if let Some(values_of) = whole_buckets(scan, &bucket) {
        let known: Option<Vec<f64>> = slots.iter().map(|&(b, _)| values_of(b)).collect();
        if let Some(known) = known {
            for (o, &(slot, _)) in out.iter_mut().zip(&ranks) {
                *o = known[slot as usize];
            }
            return Some(deviations);
        }
    }
    let mut gathered = vec![0.0; gathered_len];
    let mut fill: Vec<usize> = slots.iter().map(|&(_, start)| start).collect();
    for &v in values {
        let slot = slot_of[bucket(v)];
        if slot != NO_SLOT {
            gathered[fill[slot as usize]] = v;
            fill[slot as usize] += 1;
        }
    }
    // Select inside each gathered bucket, at the ranks wanted there (ascending within a slot).
    for (slot, &(b, start)) in slots.iter().enumerate() {
        let segment = &mut gathered[start..start + counts[b] as usize];
        // Whole-number outputs (counts, headcount) put one value in a bucket: nothing to select.
        let first = segment[0].to_bits();
        if segment.iter().all(|v| v.to_bits() == first) {
            continue;
        }
        let inside: Vec<usize> = ranks
            .iter()
            .filter(|(s, _)| *s as usize == slot)
            .map(|&(_, r)| r)
            .collect();
        select_order_statistics(segment, &inside, 0);
    }
    for (o, &(slot, rank)) in out.iter_mut().zip(&ranks) {
        *o = gathered[slots[slot as usize].1 + rank];
    }
    Some(deviations)
}

/// The bucket of a value among [`BUCKETS`] equal-width buckets from `least`, `scale` buckets to
/// a unit of value ((BUCKETS − 1) / span for a column spanning `span` from `least`, whose values
/// then give (v − least) × scale in 0..=BUCKETS − 1, up to rounding). Adding 2^52 rounds that to
/// the nearest whole number and leaves the number in the low bits of the sum. Rounding never
/// turns a larger value into a smaller one, so buckets stay in the order of the values. The one
/// bucket function, for the counting, the gathering and `whole_buckets`' check alike.
#[inline(always)]
fn bucket_of(least: f64, scale: f64) -> impl Fn(f64) -> usize {
    const ROUNDER: f64 = 4_503_599_627_370_496.0; // 2^52
    move |v: f64| (((v - least) * scale + ROUNDER).to_bits() as usize) & (BUCKETS - 1)
}

/// For a column of whole numbers (`scan.whole`, none −0.0) spanning at most `BUCKETS − 1`, the
/// one value in each bucket of `bucket`: whole numbers `least + j` for j = 0..=span, and the
/// bucket of `least + j` is `j × (BUCKETS − 1) / span` rounded, which grows by more than one
/// from one j to the next (by exactly one when the span is BUCKETS − 1), so no two share a
/// bucket. The value of bucket `b` is the `least + j` near `b × span / (BUCKETS − 1)` that
/// `bucket` puts there (checked, not assumed: none if no candidate is, and the caller gathers).
/// None when the column is not such a column.
fn whole_buckets<'a>(
    scan: &'a Scan,
    bucket: &'a impl Fn(f64) -> usize,
) -> Option<impl Fn(usize) -> Option<f64> + 'a> {
    const LIMIT: f64 = 2_251_799_813_685_248.0; // 2^51
    let (least, greatest) = (scan.least, scan.greatest);
    let span = greatest - least;
    let usable = scan.whole
        && !scan.nan
        && least >= -LIMIT
        && greatest <= LIMIT
        && span >= 1.0
        && span <= (BUCKETS - 1) as f64;
    usable.then_some(move |b: usize| {
        // Bucket b is j × (BUCKETS − 1) / span rounded, so b × span / (BUCKETS − 1) lies within
        // a half (and a rounding) of j: j is the estimate truncated, or one to either side.
        let estimate = (b as f64 * span / (BUCKETS - 1) as f64) as i64;
        (estimate - 1..=estimate + 1)
            .filter(|&j| j >= 0 && j as f64 <= span)
            .map(|j| least + j as f64)
            .find(|&v| bucket(v) == b)
    })
}

impl Summary {
    /// Summarises `values` (in any order). The mean and sd add the values in the order given;
    /// the percentiles come from the order statistics they interpolate between, found by buckets
    /// or selection ([`order_statistics`]): the same values a full sort gives.
    pub fn of(values: &[f64]) -> Summary {
        let n = values.len();
        // The first pass over the values finds their sum, range and kind; the next counts them
        // into buckets and adds up their squared deviations for the sd, and a last gathers the
        // buckets wanted (see `order_statistics`; short columns select on a copy instead). Sums
        // add in the order given, as `Iterator::sum` would.
        let scan = Scan::of(values);
        // Outputs of switched-off parts (a source, a role) are all +0.0: the general path would
        // give exactly this, after more work.
        if scan.all_positive_zero {
            return Summary {
                mean: 0.0,
                sd: 0.0,
                p5: 0.0,
                p10: 0.0,
                p25: 0.0,
                p50: 0.0,
                p75: 0.0,
                p90: 0.0,
                p95: 0.0,
            };
        }
        let mean = if n == 0 { 0.0 } else { scan.sum / n as f64 };
        // The order statistics every percentile interpolates between, ascending.
        let mut wanted = [0usize; 2 * PERCENTILES.len()];
        let mut count = 0;
        if n >= 1 {
            for q in PERCENTILES {
                let lo = (q * (n - 1) as f64).floor() as usize;
                for k in [lo, (lo + 1).min(n - 1)] {
                    if count == 0 || wanted[count - 1] < k {
                        wanted[count] = k;
                        count += 1;
                    }
                }
            }
        }
        let mut stats = [0.0; 2 * PERCENTILES.len()];
        let deviations =
            order_statistics(values, &scan, mean, &wanted[..count], &mut stats[..count]);
        let sd = if n < 2 {
            0.0
        } else {
            libm::sqrt(deviations / (n - 1) as f64)
        };
        // Every k the interpolation reads is in `wanted`, by its making.
        let stat = |k: usize| match wanted[..count].binary_search(&k) {
            Ok(i) | Err(i) => stats[i.min(count.saturating_sub(1))],
        };
        let p = |q| quantile_of(n, q, stat);
        Summary {
            mean,
            sd,
            p5: p(0.05),
            p10: p(0.10),
            p25: p(0.25),
            p50: p(0.50),
            p75: p(0.75),
            p90: p(0.90),
            p95: p(0.95),
        }
    }

    /// The percentiles in `PERCENTILES` order.
    pub fn percentiles(&self) -> [f64; 7] {
        [
            self.p5, self.p10, self.p25, self.p50, self.p75, self.p90, self.p95,
        ]
    }
}

/// The share of values at or above `threshold`.
pub fn share_at_least(values: &[f64], threshold: f64) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.iter().filter(|&&v| v >= threshold).count() as f64 / values.len() as f64
}

/// The indices of `keys` in ascending order by `total_cmp`, equal keys in their first order: a
/// stable sort by key that the analyses and their charts share, so that the app's wasm holds one
/// sort where a `sort_by` per caller held one each.
pub fn ascending_order(keys: &[f64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| keys[a].total_cmp(&keys[b]));
    order
}

/// `items` in the order of `order` (indices into `items`, each at most once).
pub fn in_order<T>(items: Vec<T>, order: &[usize]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&i| slots.get_mut(i)?.take())
        .collect()
}

/// The share of values strictly above zero.
pub fn share_positive(values: &[f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.iter().filter(|&&v| v > 0.0).count() as f64 / values.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_match_numpy_linear() {
        // numpy.percentile([1, 2, 3, 4], [5, 25, 50, 90]) = [1.15, 1.75, 2.5, 3.7]
        let v = [1.0, 2.0, 3.0, 4.0];
        let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
        assert!(close(quantile_sorted(&v, 0.05), 1.15));
        assert!(close(quantile_sorted(&v, 0.25), 1.75));
        assert!(close(quantile_sorted(&v, 0.50), 2.5));
        assert!(close(quantile_sorted(&v, 0.90), 3.7));
        assert_eq!(quantile_sorted(&v, 0.0), 1.0);
        assert_eq!(quantile_sorted(&v, 1.0), 4.0);
    }

    #[test]
    fn selection_gives_the_percentiles_of_a_full_sort() {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for n in [2usize, 3, 7, 20, 101, 1000, 4099] {
            let values: Vec<f64> = (0..n)
                .map(|i| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    // Repeats and negative zero too.
                    if i % 5 == 0 {
                        -0.0
                    } else {
                        (state % 97) as f64 - 40.0
                    }
                })
                .collect();
            let mut sorted = values.clone();
            sorted.sort_by(f64::total_cmp);
            let s = Summary::of(&values);
            let want: Vec<f64> = PERCENTILES
                .iter()
                .map(|&q| quantile_sorted(&sorted, q))
                .collect();
            assert_eq!(s.percentiles().to_vec(), want, "n = {n}");
        }
    }

    /// Columns like the engine's: skewed money, counts with ties, mostly zeros with a few
    /// deals, negative zeros, constants, huge and tiny spans, and a NaN.
    fn awkward_columns() -> Vec<Vec<f64>> {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 11) as f64 / (1u64 << 53) as f64
        };
        let mut columns = Vec::new();
        for n in [2048usize, 2049, 3000, 10_000, 20_000] {
            columns.push((0..n).map(|_| libm::exp(8.0 * next())).collect());
            columns.push((0..n).map(|_| (next() * 12.0).floor()).collect());
            columns.push(
                (0..n)
                    .map(|_| if next() < 0.97 { 0.0 } else { 1e5 * next() })
                    .collect(),
            );
            columns.push(
                (0..n)
                    .map(|_| if next() < 0.5 { -0.0 } else { 0.0 })
                    .collect(),
            );
            columns.push(
                (0..n)
                    .map(|i| if i % 3 == 0 { -0.0 } else { next() - 0.5 })
                    .collect(),
            );
            columns.push(vec![42.5; n]);
            columns.push((0..n).map(|_| (next() - 0.5) * 1.7e308).collect());
            columns.push((0..n).map(|_| 1.0 + next() * 1e-300).collect());
            columns.push(
                (0..n)
                    .map(|_| if next() < 0.999 { 1.0 } else { 1e300 })
                    .collect(),
            );
            // Whole numbers: spans at the edge of one value to a bucket and past it, negative
            // ones, near 2^51, and whole but for one −0.0 or one half.
            for (least, span) in [(0.0, 1023.0), (3.0, 1022.0), (-40.0, 1024.0), (-5e5, 700.0)] {
                let mut whole: Vec<f64> = (0..n)
                    .map(|_| least + (next() * (span + 1.0)).floor().min(span))
                    .collect();
                whole[0] = least;
                whole[1] = least + span;
                columns.push(whole);
            }
            columns.push(
                (0..n)
                    .map(|_| 2_251_799_813_685_248.0 - (next() * 9.0).floor())
                    .collect(),
            );
            for odd_one in [-0.0, 2.5] {
                let mut whole: Vec<f64> = (0..n).map(|_| (next() * 6.0).floor()).collect();
                whole[n / 3] = odd_one;
                columns.push(whole);
            }
            let mut with_nan: Vec<f64> = (0..n).map(|_| next()).collect();
            with_nan[n / 2] = f64::NAN;
            columns.push(with_nan);
        }
        columns
    }

    #[test]
    fn buckets_give_the_order_statistics_of_a_full_sort_bit_for_bit() {
        for (c, column) in awkward_columns().iter().enumerate() {
            let n = column.len();
            let mut sorted = column.clone();
            sorted.sort_by(f64::total_cmp);
            let wanted: Vec<usize> =
                [0, 1, n / 20, n / 10, n / 2, n / 2 + 1, n - 2, n - 1].to_vec();
            let mut out = vec![0.0; wanted.len()];
            order_statistics(column, &Scan::of(column), 0.0, &wanted, &mut out);
            for (&k, &got) in wanted.iter().zip(&out) {
                assert_eq!(
                    got.to_bits(),
                    sorted[k].to_bits(),
                    "column {c} (n = {n}), k = {k}"
                );
            }
            let s = Summary::of(column);
            let want: Vec<u64> = PERCENTILES
                .iter()
                .map(|&q| quantile_sorted(&sorted, q).to_bits())
                .collect();
            let got: Vec<u64> = s.percentiles().iter().map(|p| p.to_bits()).collect();
            assert_eq!(got, want, "column {c} (n = {n})");
        }
    }

    #[test]
    fn buckets_are_used_where_they_can_be_and_refused_where_they_cannot() {
        let columns = awkward_columns();
        let mut out = [0.0; 1];
        let buckets = |values: &[f64], wanted: &[usize], out: &mut [f64]| {
            bucketed_order_statistics(values, &Scan::of(values), 0.0, wanted, out).is_some()
        };
        // Skewed money: bucketed.
        assert!(buckets(&columns[0], &[5], &mut out));
        // All alike, a span too wide for an f64, a NaN: refused, so selection answers.
        assert!(!buckets(&columns[5], &[5], &mut out));
        assert!(!buckets(&[f64::MAX, -f64::MAX], &[0], &mut out));
        let with_nan = columns.iter().find(|c| c.iter().any(|v| v.is_nan()));
        assert!(!buckets(
            with_nan.expect("a column with a NaN"),
            &[5],
            &mut out
        ));
    }

    #[test]
    fn whole_numbers_take_a_bucket_each_and_are_found_there() {
        for least in [0.0, -1.0, 7.0, -123_456.0, 2_251_799_813_685_248.0 - 1023.0] {
            for span in 1..BUCKETS {
                let span = span as f64;
                let scan = Scan::of(&[least, least + span]);
                assert!(scan.whole, "{least} + {span}");
                let bucket = bucket_of(least, (BUCKETS - 1) as f64 / span);
                let value_of = whole_buckets(&scan, &bucket).expect("a whole column");
                let mut last = None;
                for j in 0..=span as usize {
                    let v = least + j as f64;
                    let b = bucket(v);
                    assert!(
                        last.is_none_or(|l| l < b),
                        "{least} + {span}: {v} shares a bucket"
                    );
                    last = Some(b);
                    assert_eq!(value_of(b), Some(v), "{least} + {span}, bucket {b}");
                }
            }
        }
        let refused = |values: &[f64]| {
            let scan = Scan::of(values);
            let bucket = |_: f64| 0;
            let none = whole_buckets(&scan, &bucket).is_none();
            none
        };
        assert!(refused(&[0.0, 1024.0]), "too wide");
        assert!(refused(&[0.0, 0.5, 3.0]), "a half");
        assert!(refused(&[-0.0, 3.0]), "a negative zero");
        assert!(refused(&[4.0, 4.0]), "no span");
        assert!(refused(&[0.0, 2.0, f64::NAN]), "a NaN");
        assert!(
            refused(&[4_503_599_627_370_496.0, 4_503_599_627_370_497.0]),
            "past 2^51"
        );
    }

    /// The mean and sd as plain `Iterator::sum`s over the values, in order: what the fused
    /// passes of `Summary::of` must give, bit for bit.
    fn mean_and_sd_by_sums(values: &[f64]) -> (f64, f64) {
        let n = values.len();
        if n == 0 || values.iter().all(|v| v.to_bits() == 0) {
            return (0.0, 0.0);
        }
        let mean = values.iter().sum::<f64>() / n as f64;
        let sd = if n < 2 {
            0.0
        } else {
            let squares = values.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>();
            libm::sqrt(squares / (n - 1) as f64)
        };
        (mean, sd)
    }

    #[test]
    fn the_mean_and_sd_are_the_plain_sums_bit_for_bit() {
        let mut columns = awkward_columns();
        // Short columns (selection) and odd lengths (the counting pass's last value) too.
        columns.extend(
            [0usize, 1, 2, 3, 2047, 4097]
                .iter()
                .map(|&n| (0..n).map(|i| (i as f64 * 0.37).sin() * 1e4).collect()),
        );
        for (c, column) in columns.iter().enumerate() {
            let s = Summary::of(column);
            let (mean, sd) = mean_and_sd_by_sums(column);
            assert!(
                s.mean.to_bits() == mean.to_bits() || (s.mean.is_nan() && mean.is_nan()),
                "column {c}: mean {} against {mean}",
                s.mean
            );
            assert!(
                s.sd.to_bits() == sd.to_bits() || (s.sd.is_nan() && sd.is_nan()),
                "column {c}: sd {} against {sd}",
                s.sd
            );
        }
    }

    #[test]
    fn summary_of_known_values() {
        let v = vec![4.0, 1.0, 3.0, 2.0];
        let s = Summary::of(&v);
        assert_eq!(s.mean, 2.5);
        // sample sd of 1..4 with n − 1: sqrt(5/3)
        assert!((s.sd - (5.0f64 / 3.0).sqrt()).abs() < 1e-12);
        assert_eq!(s.p50, 2.5);
        let ps = s.percentiles();
        assert!(ps.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn degenerate_inputs() {
        assert_eq!(Summary::of(&[]).mean, 0.0);
        let s = Summary::of(&[7.0]);
        assert_eq!((s.mean, s.sd, s.p5, s.p95), (7.0, 0.0, 7.0, 7.0));
        assert_eq!(share_at_least(&[1.0, 2.0, 3.0], 2.0), 2.0 / 3.0);
        assert_eq!(share_positive(&[0.0, -1.0, 2.0, 0.0]), 0.25);
    }
}
