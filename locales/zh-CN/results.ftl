# 结果区（简体中文）：结果上方的提示、关键指标卡片、方案对比、图表的标题和说明、下载和运行状态。
# 金额、百分比、数目和名称已按本语言写好，以文本传入。{" "} 保留代码在其后放置控件（菜单）时需要的空格。

## 结果上方的提示。

# 工作区无法运行，因而没有结果。
results-not-run = 没有结果：此工作区未运行。页面顶部的状态说明了原因以及怎样才能运行。
# 第一批结果出来之前。
results-simulating = 正在模拟……结果稍后显示在这里。
# 模型已修改，显示的是修改前的结果。
results-stale = 模型正在修改，暂时显示上一次完成运行的结果。
# 结果仍在陆续到来：目前每个方案已完成 $total 次中的前 $done 次。
results-partial = 正在补全：目前每个方案已完成 { $total } 次模拟中的前 { $done } 次。
# 选择下方图表所显示方案的菜单之前（“查看详情：[founder-led]”）。
results-detail-for = 查看详情：
# 该菜单的名称，供屏幕阅读器使用。
results-detail-menu = 详细显示的方案
results-detail-all = 所有方案（每个方案一张图）

## 扇形图，每个季度指标一张：各有标题和一行说明。

fan-bookings-title = 每季度签约额
fan-bookings-caption = 线为中位数；色带分别包含 50% 和 90% 的模拟结果。
fan-pipeline-created-title = 每季度新建销售管道
fan-pipeline-created-caption = 新商机的金额，包括所有来源。
fan-open-pipeline-title = 季度末在途销售管道
fan-open-pipeline-caption = 所有尚未关闭商机的金额。
fan-headcount-title = 季度末团队人数
fan-headcount-caption = 销售代表（AE）、销售开发代表（SDR）和销售副总裁（VP）。
fan-cost-title = 每季度成本
fan-cost-caption = 全体在职人员的目标总薪酬（OTE）加上招聘费用。

## 单个方案的图表（$name 为选中查看详情的方案）。

chart-by-source-title = 各来源的签约额（中位数）
chart-by-source-caption = { $name }：每季度签约额的中位数，按成交来源堆叠。
chart-pipeline-by-source-title = 各来源新建的销售管道（中位数）
chart-pipeline-by-source-caption = { $name }：每季度新建销售管道的中位数，按来源堆叠。
chart-histogram-title = 整个周期的签约额总计
chart-histogram-caption = { $name }：模拟结果落在各签约额总计区间的次数；竖线标出目标。
# 图表下载按钮的名称，供屏幕阅读器使用；$title 为图表标题。
chart-download-svg = 将“{ $title }”下载为 SVG
chart-download-png = 将“{ $title }”下载为 PNG

## 结果图表内部绘制的文字（其 SVG，包括下载的文件）。金额、概率和季度由代码按本语言写出（季度：verdict-quarter）。

# 按来源堆叠的图表的图例：每个商机的来源。
chart-source-founder = 创始人亲自销售
chart-source-outbound = AE 外呼
chart-source-sdr = SDR 邀约
chart-source-inbound = 市场线索
chart-source-expansion = 增购
chart-source-pool = 公海
# A − B 直方图的两侧：A 的签约额低于 B 的模拟，和高于 B 的模拟。
chart-a-below-b = A 低于 B
chart-a-above-b = A 高于 B

## 一个方案的关键指标卡片。P10–P90：80% 的模拟落在两个金额之间。

kpi-bookings = 整个周期的签约额
# 数值下方：从 P10 到 P90 的区间（$low、$high）。
kpi-range = P10–P90：{ $low } – { $high }
kpi-p-hit-target = 达成目标的概率
# 概率下方：整个周期的签约额目标。
kpi-target = 目标 { $target }
# 方案没有目标时，概率下方的说明。
kpi-no-target = 未设定目标
kpi-ending-headcount = 期末团队人数
kpi-cost = 成本
kpi-bookings-per-cost = 每单位成本带来的签约额
kpi-bookings-per-cost-note = 签约额中位数 ÷ 成本中位数

## 两个或更多方案的对比。A 为被比较的方案，B 为基准方案。

compare-heading = 方案对比
# 表格的列标题。
compare-col-scenario = 方案
compare-col-bookings = 签约额（中位数）
compare-col-range = P10–P90
compare-col-p-hit-target = 达成目标的概率
compare-col-headcount = 期末团队人数
compare-col-cost = 成本（中位数）
# 基准方案所在行的标题。
compare-baseline = { $name }（基准）
# A 与 B 对比那一行前的粗体部分；$a、$b 为方案名称。
compare-pair = { $a } 对比 { $b }：
# 同一次模拟中 A 整个周期的签约额高于 B 的概率。
compare-p-greater = P(A > B) = { $p }
# 紧接 compare-p-greater：配对差值 A − B（中位数、P10 和 P90）。
compare-bookings = （整个周期的签约额）；A − B 的中位数为 { $median }（P10 { $p10 }，P90 { $p90 }）。
# 新建销售管道的同一概率。
compare-pipeline = 新建销售管道：P(A > B) = { $p }。
compare-difference-title = 逐次模拟的签约额差值（A − B）
compare-difference-caption = A = { $a }，B = { $b }：每次模拟中两个方案使用相同的随机数。

## CSV 下载。

downloads-label = 下载 CSV：
downloads-summaries = 季度汇总
downloads-trials = 每次模拟的明细
# 下载失败；$reason 为浏览器给出的原因。
downloads-failed = 下载失败：{ $reason }。

## 页面顶部的运行状态。

status-pending = 等待运行……
# $percent 为 0 到 100 的整数。
status-running = 运行中…… { $percent }%
status-done = 完成
status-cancelled = 已取消：显示的是上一次完成运行的结果
# $reason 说明原因（由别处写出）。
status-not-run = 未运行：{ $reason }
# 一个按钮，建议改用浏览器能承受的较少模拟次数；$trials 为原始数字（20000）。
status-fewer-trials = 改为模拟 { $trials } 次
status-cancel = 取消
# 每个方案模拟次数菜单之前。
status-trials = 模拟次数{" "}
status-trials-menu = 每个方案的模拟次数
status-progress = 运行进度
# 某个方案的运行中止：方案名称及原因。
run-scenario-failed = { $name }：{ $why }
# 某个 worker 在同一批模拟上反复崩溃；$error 是浏览器的原话。
run-internal-error = 模拟在第 { $first } 至第 { $last } 次模拟时因内部错误中止（{ $error }）；请连同此模型一起报告

# 未设定目标时，在“达成目标的概率”卡片中设定目标
kpi-target-per-quarter = 每季度目标
kpi-target-placeholder = 25万
kpi-target-set = 设定目标
kpi-target-empty = 请输入每季度目标，例如 25万。

## 图表的文字替代：图表的数据以表格形式按需显示在图表下方。
chart-numbers-show = 显示数据
# 表格供屏幕阅读器使用的名称；$title 是图表标题。
chart-numbers-label = { $title }：数据
chart-numbers-quarter = 季度
chart-numbers-scenario = 方案
chart-numbers-total = 合计
chart-numbers-mean = 平均值
chart-numbers-percentile = 百分位
chart-numbers-bookings = 总签约额
chart-numbers-target = 目标
chart-numbers-p-target = 达成目标的概率
# A − B 图表格的列：方案 A 的总签约额减去基准方案的。
chart-numbers-difference = A − B
chart-numbers-p-greater = P(A > B)
# 表格中百分位的名称：“第 5 百分位数”。
chart-numbers-pct = 第 { $p } 百分位数
