# 编辑器的分组：每组的标题，以及一句说明该组字段决定什么。

group-scenario = 方案
group-scenario-blurb = 这个策略叫什么、模拟多少个月、用哪种货币。

group-team-and-hiring = 团队与招聘
group-team-and-hiring-blurb = 起步时谁在销售、招聘谁以及何时招聘、创始人、销售副总裁（VP）和销售教练。

group-ramp-and-skill = 爬坡与能力
group-ramp-and-skill-blurb = 新人多快达到满负荷产出、有多少招错人或离职，以及销售打法如何成熟。

group-time-and-outbound = 时间与外呼
group-time-and-outbound-blurb = 销售代表（AE）一个月的时间如何分配在外呼、行政和成单上。

group-funnel-and-deals = 漏斗与交易
group-funnel-and-deals-blurb = 各来源的赢单率、客单价、销售周期，以及 SDR 约到的会议能转化成什么。

group-market = 市场
group-market-blurb = 无需主动获客就会到来的销售管道：市场线索和老客户增购。

group-policies = 政策
group-policies-blurb = 老销售变成跟单人员及其对策、客户资源共享池（公海）、士气和 AI 工具。

group-costs-and-targets = 成本与目标
group-costs-and-targets-blurb = 团队的成本、每位 AE 的业绩指标，以及必须达成的签约额目标。
# 编辑器的标题及其下方的提示。
editor-heading = 编辑模型
# 编辑器区域的标签，供屏幕阅读器朗读。
editor-label = 方案编辑器
editor-hint = 不确定的数值可以写成区间，如 “5 至 10”（90% 区间）或 “5, 7, 10”（最小值、最可能值、最大值），并在旁边选择分布形状。修改后，稍作停顿即会重新运行。
# 字段说明之后：它的默认值（“默认：35%。”）。
field-default = 默认：{ $value }。

# 外呼比例滑块，供屏幕阅读器朗读：“AE 工时的 35%”。
editor-slider-value = { $of }的 { $share }
editor-slider-of-ae-outbound_share = AE 工时
# 滑块旁扫描该比例的按钮：“扫描 0–90%”。
editor-sweep = 扫描 0–{ $max }
editor-sweep-label = 扫描 0–{ $max }：{ $field }
# 空输入框中的示例；格式本身（月份: 人数）是编辑器读取的写法，不要翻译冒号和分号。
editor-plan-placeholder = 月份: 人数，如 3: 2, 9: 1
editor-target-placeholder = 如 25万，或每季度一个：10万; 15万; …
# 招聘节奏：“从第 [0] 个月到 [结束]，每季度 [2] 个”。
editor-pace-per-quarter = 每季度的招聘需求
editor-pace-none = 无
editor-pace-from = 个/季度，从第几个月
editor-pace-from-label = 起始月份
editor-pace-to = 到
editor-pace-to-label = 结束月份（留空：到模拟结束）
editor-pace-end = 结束

# 不确定数值的分布形状，在数值旁边选择。
editor-dist-shape = 不确定性的形状
editor-dist-uniform = 均匀分布
editor-dist-triangular = 三角分布
editor-dist-pert = PERT 分布
editor-dist-normal = 正态分布
editor-dist-lognormal = 对数正态分布
# 字段的单位，写在标签之后：“爬坡期（个月）”。比例和金额不显示单位（数值本身已说明）。
editor-unit-months = 个月
editor-unit-hours = 小时
editor-unit-multiplier = ×
editor-unit-per-month = 每月
editor-unit-per-year = 每年
editor-unit-after = （{ $unit }）
# 可选月份的空白输入框：不填表示“从不”（从不招聘 VP）或“全程”。
editor-month-placeholder = 留空：从不 / 全程

# 编辑器中数值的写法（字段旁的默认值和输入框）。区间、正态分布的均值与标准差以及金额的写法
# 必须能被编辑器读回：编辑器能读 “至”、“到”、“±”。
editor-value-to = {" "}至{" "}
editor-value-mean-sd = { $mean } ± { $sd }
editor-value-never = 从不
editor-value-throughout = 全程
editor-value-on = 开
editor-value-off = 关
editor-value-none = 无
editor-value-separator = ，
# 招聘计划的一项：“第 3 个月 2 人”。
editor-value-plan-entry = 第 { $month } 个月 { $count } 人
# 招聘节奏：“从第 0 个月到整个周期结束，每季度 2 人”。
editor-value-pace = 从第 { $from } 个月到{ $to }，每季度 { $per } 人
editor-value-pace-month = 第 { $month } 个月
editor-value-pace-horizon = 整个周期结束
editor-value-every-quarter = 每季度 { $amount }

# 撤销和重做
undo-group-label = 撤销和重做
undo = 撤销
undo-title = 撤销上一次更改（Ctrl+Z，Mac 上为 ⌘Z）
redo = 重做
redo-title = 重做已撤销的更改（Shift+Ctrl+Z 或 Ctrl+Y，Mac 上为 ⇧⌘Z）
