# “决策”：分析面板（影响最大的因素、参数扫描、目标求解）。

decide-heading = 决策
# $name：所选方案的名称。
decide-hint = 关于“{ $name }”的问题：哪个输入对结果影响最大，某个输入在一段范围内变化时会怎样，以及以最低成本达成目标需要什么。每次运行都使用相同的模拟，因此差异来自输入，而非偶然。
decide-tabs = 分析
decide-tab-sensitivity = 影响最大的因素
decide-tab-sweep = 扫描一个输入
decide-tab-seek = 目标求解
decide-progress = 分析进度
# $share：已完成的比例，如 “40%”。
decide-running = 运行中 { $share }
decide-stop = 停止
decide-failed = 分析无法运行：{ $reason }
decide-stopped = 已停止。显示的是停止前得到的结果。
decide-stale = 这些结果对应的是工作区的早先版本；请重新运行分析以更新。

## 表单
decide-output = 输出
decide-input = 输入
decide-from = 从
decide-to = 到
decide-steps = 步数
decide-trials = 每个点的模拟次数
decide-pick-input = 选择一个输入
# 需要目标的输出；未设定目标时在输出选择器中显示。
decide-output-needs-target = { $output }（请先设定目标）
decide-rank = 为输入排序
decide-rank-hint = 每个正在使用的输入分别取低值和高值，其他一切保持不变：不确定的输入取其 P10 和 P90，数值取 ±25%，计数按整数步长，月份按一个季度。第一轮只运行十分之一的模拟；影响最大的输入随后运行全部模拟。
decide-sweep = 扫描
# $text：输入的文字（带引号）。
decide-steps-not-whole = 步数：{ $text } 不是整数

## 分析可以度量的输出
output-bookings-total = 整个周期的签约额
output-pipeline_created-total = 整个周期新增的销售管道
output-p_hit_target = 达成目标的概率
output-bookings_per_cost = 每单位成本的签约额
output-headcount-total = 期末总人数
# 分析报告中在某一季度取值的输出，或从某季度起各季度的最低值：$output 为指标键（bookings.total），$quarter 为从 1 起的季度序号。
output-in-quarter = { $output }（第 { $quarter } 季度）
output-from-quarter = { $output }（从第 { $quarter } 季度起的每个季度）

## 分析报告中带单位的数值（$value：数字）
unit-months = { $value } 个月
unit-hours = { $value } 小时
unit-per-month = 每月 { $value }
unit-per-year = 每年 { $value }

## 目标求解表单
seek-goal = 目标
seek-when = 时间
seek-over-the-horizon = 整个周期
# $quarter：“2027年第3季度”。
seek-in-quarter = { $quarter }
seek-from-quarter = 从{ $quarter }起的每个季度
seek-is = 取值
seek-at-least = 至少
seek-at-most = 至多
seek-threshold = 阈值
seek-chance = 概率不低于
# 在有关输入内容的提示中，概率的名称。
seek-chance-short = 概率
seek-lever = 杠杆
seek-first-lever = 第一个杠杆
seek-second-lever = 第二个杠杆
# $lever：“第一个杠杆”。
seek-lever-from = { $lever }的起点
seek-lever-to = { $lever }的终点
seek-remove-second = 移除第二个杠杆
seek-add-second = 添加第二个杠杆
seek-run = 找出成本最低的设置
seek-usual-levers = 常用杠杆
seek-other-inputs = 其他所有输入

## 影响最大的因素：龙卷风图与区间
# “整个周期的签约额：按方案现状为 US$470万（P10–P90 US$380万 至 US$560万）。共 60 个输入中的 60 个”
tornado-summary = { $output }：按方案现状为 { $base }（P10–P90 { $band }）。{ $inputs } 个输入中的 { $shown } 个参与比较
tornado-band = { $low } 至 { $high }
tornado-summary-noise = ；其中 { $noise } 个为灰色：在 2 个标准误差之内，与无影响无法区分
tornado-summary-click = 。点击条形即可编辑对应的输入。
# $inputs：输入名称，以 list-separator 分隔。
tornado-inert = 对这个输出完全没有影响：{ $inputs }。
# $output：输出名称。
tornado-title = 对{ $output }影响最大的因素
tornado-alt = 各输入的龙卷风图
tornado-numbers = 龙卷风图的数据
tornado-input = 输入
tornado-low = 低值
tornado-high = 高值
tornado-at-low = 取低值时
tornado-at-high = 取高值时
tornado-swing = 波动
tornado-error = ± 2 标准误差
tornado-trials = 模拟次数
tornado-edit = 编辑
tornado-edit-label = 编辑{ $input }
bands-title = 哪些不确定性让区间变宽
bands-caption = 依次把每个不确定的输入固定在其中位数：P10–P90 区间会收窄多少，以及占区间的比例。
bands-alt = 每个不确定性让区间收窄多少
bands-numbers = 区间的数据
bands-fixed = 固定的不确定性
bands-at = 固定值
bands-p10 = P10
bands-p90 = P90
bands-narrower = 收窄
bands-share = 占比
# 列表中名称之间的分隔：“a、b、c”。
list-separator = 、

## 扫描的报告
# “整个周期的签约额随 AE 工时中外呼的比例的变化”。
sweep-against = { $output }随{ $input }的变化
# $best：sweep-best；在任何设置返回之前为空。
sweep-summary = { $against }。{ $best }。
sweep-best = 最佳：{ $input } = { $value }
sweep-caption = 中位数及 P10–P90 区间；下方为成本中位数；最佳值已圈出。
sweep-alt = 扫描图
sweep-numbers = 扫描的数据
sweep-median-cost = 成本中位数
# 模型拒绝的设置：$reason 说明原因（字段路径保持文件中的写法）。
sweep-not-valid = 无效：{ $reason }

## 目标求解的报告
# 文字表述的目标：“整个周期的签约额至少 US$500万”。
seek-goal-at-least = { $output }至少 { $threshold }
seek-goal-at-most = { $output }至多 { $threshold }
# $goal：用文字表述的目标；$required：要求的概率，如 “80%”。
seek-goal-required = { $goal }（要求：{ $required }）
# 有两个杠杆时，接在前沿图说明之后。
seek-lines-by = 每条线对应一个{ $lever }取值。
seek-answer-met = 达成目标且成本最低的设置：{ $setting }。其达成概率为 { $chance }，成本中位数为 { $cost }。
seek-answer-unmet = 给定范围内没有任何设置能达成目标。最接近的是：{ $setting }，达成概率为 { $chance }（成本中位数 { $cost }）。请放宽杠杆的范围或降低目标。
seek-answer-so-far = 目前最接近的是：{ $setting }，达成概率为 { $chance }。
seek-answer-none = 还没有任何设置返回结果。
seek-apply = 把此设置添加为新方案
seek-apply-failed = 无法应用此设置：{ $reason }
seek-frontier = 前沿
# $lines：seek-lines-by；只有一个杠杆时为空。
seek-frontier-caption = 尝试过的每个设置：{ $goal } 的概率，下方为成本中位数。{ $lines }
seek-frontier-alt = 尝试过的设置的前沿图
seek-every-setting = 尝试过的每个设置
seek-meets = 是否达成目标
seek-not-valid = 无效
seek-yes = 是
seek-no = 否

## 分析图表内的文字
chart-no-data = 无数据
chart-low-value = 低值
chart-high-value = 高值
chart-band = P10–P90
chart-median = 中位数
chart-median-cost = 成本中位数
chart-best = 最佳
chart-chosen = 选中
# 目标所要求概率的虚线：“要求 80%”。
chart-required = 要求 { $share }
