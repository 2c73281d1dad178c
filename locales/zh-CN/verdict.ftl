# 每个结果上方的结论（简体中文）。每条消息是一句话。金额、概率（$chance、$share）和名称已按本语言
# 写好；$n 是原始数字，只用于复数选择（中文不区分单复数）。$likelihood 是下面 likelihood-* 中的一个
# 词，已经写好。

## 校准的可能性用语（采用 IPCC 的标度）：每个词代表一段概率区间，由程序选定。

# 99% 及以上。
likelihood-virtually-certain = 几乎确定
# 90% 至 99%。
likelihood-very-likely = 很可能
# 66% 至 90%。
likelihood-likely = 可能
# 33% 至 66%。
likelihood-about-as-likely-as-not = 可能性约为一半
# 10% 至 33%。
likelihood-unlikely = 不太可能
# 1% 至 10%。
likelihood-very-unlikely = 很不可能
# 1% 及以下。
likelihood-exceptionally-unlikely = 几乎不可能

## 标题。

# 命令行表格中结论上方的标题。
verdict-heading = 结论
# 方案 $a 与基准方案 $b 的比较。
verdict-comparison-title = { $a } 对比 { $b }
# 季度：$year 为 2027，$quarter 为 1。
verdict-quarter = { $year }年第{ $quarter }季度

## 签约额的来源与团队。

verdict-source-founder = 创始人亲自销售
verdict-source-outbound = 销售代表（AE）的外呼
verdict-source-sdr = 销售开发代表（SDR）约来的会议
verdict-source-inbound = 市场线索
verdict-source-expansion = 老客户增购
verdict-source-pool = 客户资源共享池（公海）
verdict-role-ae = 销售代表（AE）
verdict-role-sdr = 销售开发代表（SDR）
verdict-role-leader = 销售领导

## 单个方案。

# “founder-led 在 8 个季度内的签约额为 US$150万–US$280万（P10–P90，中位数 US$210万），成本中位数为 US$180万。”
verdict-bookings-range = { $name } 在 { $quarters } 个季度内的签约额为 { $low }–{ $high }（P10–P90，中位数 { $median }），成本中位数为 { $cost }。
# 方案不产生成本时。
verdict-bookings-range-no-cost = { $name } 在 { $quarters } 个季度内的签约额为 { $low }–{ $high }（P10–P90，中位数 { $median }），不产生成本。
# $unit 为一个货币单位（“US$1”），$return 为它带来的签约额（“US$1.15”）。
verdict-bookings-per-cost = 每 { $unit } 成本带来 { $return } 签约额（中位数之比）。
# 整个周期的签约额达到各季度目标之和的概率。
verdict-target = 整个周期达成 { $target } 目标的概率为 { $chance }（{ $likelihood }）。
# $share：该来源占全部签约额的比例（按各次模拟的平均值）。
verdict-largest-source = 签约额最大的来源是{ $source }，平均占总额的 { $share }。
# 该比例从第一个季度（$first）到最后一个季度（$last）的变化。
verdict-source-share-grows = 其占比从 { $first }的 { $from } 升至 { $last }的 { $to }。
verdict-source-share-falls = 其占比从 { $first }的 { $from } 降至 { $last }的 { $to }。
# $role：团队（AE 或 SDR）；$cap：人数上限。
verdict-cap-binds = { $role }人数上限 { $cap } 人已形成约束：至少一半的模拟在期末达到该上限。
verdict-cap-binds-sometimes = { $role }人数上限 { $cap } 人在部分模拟中形成约束：至少十分之一的模拟在期末达到该上限。

## 方案（$a）与基准方案（$b）逐次配对比较。$diff 为配对差值的中位数；$chance 为 $a 签约额高于 $b 的概率。

verdict-compare-equal = { $a } 与 { $b } 结果相同：每次模拟的签约额都一样，成本也相同。
verdict-compare-same-bookings = { $a } 与 { $b } 在每次模拟中的签约额完全相同。
verdict-compare-more = { $a } 的签约额比 { $b } 多 { $diff }（{ $likelihood }，{ $chance }）。
verdict-compare-less = { $a } 的签约额比 { $b } 少 { $diff }；{ $a } 签约额更高的概率为 { $chance }（{ $likelihood }）。
verdict-compare-even = 逐次配对比较，{ $a } 与 { $b } 签约额之差的中位数为零；{ $a } 签约额更高的概率为 { $chance }（{ $likelihood }）。

## $a 相对 $b 的成本（$cost：成本中位数之差）。$unit 为一个货币单位；$return 为每多花（或每节省）一个单位
## 对应的签约额；$base 为基准方案自身每单位成本带来的签约额。

verdict-cost-more-returns = { $a } 的成本比 { $b } 高 { $cost }：每多投入 { $unit } 成本，带来 { $return } 签约额；而 { $b } 每 { $unit } 成本带来 { $base }。
verdict-cost-more-returns-alone = { $a } 的成本比 { $b } 高 { $cost }：每多投入 { $unit } 成本，带来 { $return } 签约额。
verdict-cost-more-for-nothing = { $a } 的成本比 { $b } 高 { $cost }，但多出的成本没有带来更多签约额。
verdict-cost-less-books-more = { $a } 的成本还比 { $b } 低 { $cost }：花得更少，签得更多。
verdict-cost-less-books-same = { $a } 的成本比 { $b } 低 { $cost }，而逐次配对比较的签约额差值中位数为零。
verdict-cost-less-gives-up = { $a } 的成本比 { $b } 低 { $cost }：每节省 { $unit } 成本，少签 { $return }；而 { $b } 每 { $unit } 成本带来 { $base }。
verdict-cost-less-gives-up-alone = { $a } 的成本比 { $b } 低 { $cost }：每节省 { $unit } 成本，少签 { $return }。
verdict-cost-same = { $a } 的成本与 { $b } 相同（中位数）。
