# 命令行运行结果表（`pipesim run`）。指标键（bookings.total）和来源键（outbound、sdr…）保持文件中的写法。

# 方案标题：“founder-led — 模拟 2000 次，种子 1；中位数（P10–P90）”。
table-scenario = { $name } — 模拟 { $trials } 次，种子 { $seed }；中位数（P10–P90）
table-quarter = 季度
table-horizon = 整个周期
table-pipeline-created = 新增销售管道
table-bookings = 签约额
table-open-pipeline = 在跟销售管道
table-aes = AE 人数
table-sdrs = SDR 人数
table-cost = 成本
table-by-source = 整个周期按来源的签约额（中位数）：{ $sources }
table-per-cost = 每单位成本的签约额（中位数之比）：{ $ratio }
table-target-total = 整个周期签约额达到目标 { $target } 的概率：{ $chance }
table-target-quarters = 各季度达到当季目标的概率：{ $quarters }
table-no-target = 未设定签约额目标（targets.bookings_per_quarter）。
# 对比标题：“vp-first 对比 founder-led（基准），配对模拟 2000 次”。
table-comparison = { $a } 对比 { $b }（基准），配对模拟 { $trials } 次
# 一个对比指标的行，跟在指标键之后。
table-difference = A − B 中位数 { $median }  P10 { $p10 }  P90 { $p90 }  P(A > B) { $chance }

## 分析结果表（`pipesim sensitivity`、`sweep`、`seek` 和 `merge`）。键（bookings.total、ae.pace）保持文件中的写法；数字和单位以文本传入。

# “方案 2”，有名称时为“方案 2（Series A）”。
analysis-scenario = 方案 { $n }
analysis-scenario-named = 方案 { $n }（{ $name }）
# “整个周期的签约额（bookings.total）的敏感性分析，方案 1（Series A）”；$subject：输出的文字及其键（analysis-output-and-key）。
analysis-sensitivity-heading = { $subject }的敏感性分析，{ $scenario }
analysis-sensitivity-trials = 每个点模拟 { $trials } 次，种子 { $seed }：每个输入先模拟 { $first } 次，然后超出噪声的最大 { $inputs } 个条形和最能收窄区间的 { $bands } 个不确定性各模拟 { $trials } 次
# $measure：度量的键；$base、$p10、$p90：数值。
analysis-sensitivity-base = 按方案现状：{ $base }（{ $measure } 的 P10–P90：{ $p10 } 至 { $p90 }）
analysis-tornado-none = 这个方案没有任何输入会改变结果。
analysis-tornado-title = 影响最大的因素：每个输入分别取低值和高值，其余保持不变
# 龙卷风表格下方的说明；“~”标记其所说明的行。
analysis-tornado-noise = ~ 在 2 个标准误差之内：以当前模拟次数与噪声无法区分
analysis-bands-none = 这个方案没有使用任何不确定的输入：区间没有可固定的输入。
analysis-bands-title = 哪些不确定性让区间变宽：依次把每个不确定的输入固定在其中位数；{ $measure } 的 P10–P90
# 概率之差，以百分点计：“12.0 个百分点”。
analysis-points = { $points } 个百分点
# 表格的列标题。
analysis-column-rank = #
analysis-column-input = 输入
analysis-column-field = 字段
analysis-column-low = 低值
analysis-column-high = 高值
analysis-column-at-low = 取低值时
analysis-column-at-high = 取高值时
analysis-column-swing = 波动
analysis-column-error = 标准误差
analysis-column-trials = 模拟次数
analysis-column-fixed-at = 固定于
analysis-column-narrows-by = 收窄
analysis-column-share = 占比
analysis-column-value = 取值
analysis-column-chance = 概率
analysis-column-meets = 达成目标
# “扫描 AE 外呼时间占比（ae.outbound_share）：5 个取值，从 10% 到 50%”。
analysis-sweep-heading = 扫描 { $input }（{ $field }）：{ $count } 个取值{ $range }
analysis-sweep-range = ，从 { $from } 到 { $to }
# $statistic：“概率”或“中位数”列的含义。
analysis-sweep-of-chance = 达成目标的概率；P10 和 P90 为 { $measure } 的分位数
analysis-sweep-of-median = 中位数
analysis-sweep-output = 输出：{ $subject }，{ $statistic }；{ $scenario }，每个取值模拟 { $trials } 次，种子 { $seed }
# 模型拒绝的取值；$reason 说明原因。
analysis-refused = 被拒绝：{ $reason }
analysis-not-run = 未运行
# 输出的文字，后跟其键。
analysis-output-and-key = { $output }（{ $key }）
# “目标求解：整个周期的签约额（bookings.total） ≥ US$500万，达成概率至少 80.0%”；$output：analysis-output-and-key 或键。
analysis-seek-goal = 目标求解：{ $output } { $comparison } { $threshold }，达成概率至少 { $chance }
analysis-seek-trials = { $scenario }，每个设置模拟 { $trials } 次，种子 { $seed }
# “期初 AE 人数（ae.initial）从 1 到 8，步长 1，共 8 个取值”；$step：analysis-seek-step 或空。
analysis-seek-lever = { $input }（{ $field }）从 { $from } 到 { $to }{ $step }，共 { $count } 个取值
analysis-seek-step = ，步长 { $step }
analysis-seek-levers = 杠杆：{ $levers }
analysis-seek-lever-separator = ；
analysis-seek-chosen = 选定：{ $setting } · 达成概率 { $chance } · 成本中位数 { $cost }
analysis-seek-unmet = 给定范围内没有任何设置能达成目标。最接近的是：{ $setting } · 达成概率 { $chance } · 成本中位数 { $cost }
analysis-seek-none = 给定范围内没有任何设置能够运行。
analysis-seek-frontier = 前沿：尝试过的每个设置（共 { $lattice } 个中的 { $tried } 个）
analysis-seek-refused = 被模型拒绝
# 终端上分析的进度条：$done 和 $asked 为进度条的模拟次数计数。
analysis-progress = 已模拟 { $done }/{ $asked } 次

## 其他命令。

# `pipesim validate`：“model.json：有效（1 个方案，模拟 2000 次，种子 1）”。
cli-valid = { $file }：有效（{ $n } 个方案，模拟 { $trials } 次，种子 { $seed }）
# `pipesim link`：文件要求的模拟次数超过网页的上限时。
cli-link-over-browser = 注意：此链接要求每个方案模拟 { $trials } 次；浏览器最多模拟 { $most } 次（`pipesim run` 按原样运行）
# `pipesim presets` 列表之后。
cli-presets-footer = 用 `pipesim presets 名称` 打印其中一个；用 `pipesim run 名称` 运行其中一个。

# calibrate: opportunities export
# `pipesim run --opportunities-trial N`：N 不在本次运行的模拟序号之内（从 0 开始）。
cli-opportunities-trial-outside = --opportunities-trial：{ $trial } 不是本次运行的一次模拟（0 至 { $last }）
# `--opportunities-csv`：方案的日期超过日历的最后一年时。
cli-opportunities-calendar = --opportunities-csv：从 start_month { $start } 起，商机的日期超过了 9999 年
