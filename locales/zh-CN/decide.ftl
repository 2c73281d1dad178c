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
