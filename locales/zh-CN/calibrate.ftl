## 根据 CRM 导出文件校准方案：页面的各个步骤、CLI 的摘要，以及拟合改动的每个字段旁注明的依据。

calibrate-scenario-name = 根据 { $file } 校准
calibrate-scenario-description = 根据 { $file } 拟合：{ $first } 至 { $last } 创建的 { $rows } 个商机。只保留拟合出的数值，不保留导出文件本身。
calibrate-every-deal = 全部商机

# 每个被写入的字段旁：它是根据什么拟合的。
calibrate-basis-win-rate = 已定结果的 { $decided } 个商机中赢单 { $wins } 个
calibrate-basis-cycle = 已关闭 { $closed } 个，仍未关闭 { $open } 个（每个至少已持续其当前时长）
calibrate-basis-size = { $won } 个有金额的赢单
calibrate-basis-prospecting = 每位销售代表（AE）每月自主获客 { $rate } 个商机，共 { $months } 个人月
calibrate-basis-ramp = 在导出期间入职的 { $reps } 位销售代表
calibrate-basis-attrition = { $reps } 位销售代表中离开 { $left } 位，共 { $months } 个人月
calibrate-basis-team = 自 { $since } 以来有商机的 { $reps } 位销售代表
calibrate-basis-inbound = 最近 { $months } 个完整月份中的 { $count } 个市场线索商机
calibrate-basis-playbook = 拟合出的比率就是您当前的销售打法
calibrate-basis-start = 计划从导出文件的最后日期 { $date } 之后开始

# CLI 的摘要，写到标准错误输出。
calibrate-summary-file = { $file }：{ $first } 至 { $last } 创建的 { $count } 个商机
calibrate-summary-win-rate = 赢单率，{ $source }：{ $median }（90%：{ $low } 至 { $high }），已定结果的 { $decided } 个中赢单 { $wins } 个
calibrate-summary-cycle = 销售周期：{ $low } 至 { $high } 个月（90% 区间），依据 { $observed } 个已关闭和 { $censored } 个仍未关闭的商机
calibrate-summary-cycle-name = 销售周期
calibrate-summary-size = 客单价：{ $low } 至 { $high }（90% 区间），依据 { $observed } 个赢单
calibrate-summary-size-name = 客单价
calibrate-summary-not-fitted = { $what }：未拟合（{ $reason }）
calibrate-summary-changes = 写入的字段：
calibrate-summary-untouched = 保持不变（导出文件无法提供依据）：{ $fields }
calibrate-summary-problems = { $n ->
    [one] 有 1 个单元格无法读取：
   *[other] 有 { $n } 个单元格无法读取（列出前 { $shown } 个）：
}
calibrate-cli-bad-pair = { $flag } 的格式是 名称=值，而不是“{ $value }”
calibrate-cli-no-such-column = “{ $name }”不是列名；列名为 id、created、closed、amount、stage、won、owner 和 source
calibrate-cli-no-such-header = 没有名为“{ $header }”的表头；表头为 { $headers }
calibrate-cli-bad-outcome = “{ $value }”不是结果；请用 won、lost 或 open
calibrate-cli-bad-source = “{ $value }”不是来源；请用 founder、outbound、sdr、inbound、expansion、pool 或 none
calibrate-cli-ambiguous-dates = 这些日期既可按“日在前”也可按“月在前”读取（没有大于 12 的日）：请用 --day-first 或 --month-first 说明

# 导出文件无法提供依据的字段。
calibrate-untouched-horizon-months = 模拟时长
calibrate-untouched-currency = 货币
calibrate-untouched-ae-plan = 销售代表（AE）招聘计划
calibrate-untouched-ae-pace = 销售代表招聘节奏
calibrate-untouched-ae-quota-per-year = 销售代表业绩指标
calibrate-untouched-ae-ote-per-year = 销售代表目标总薪酬（OTE）
calibrate-untouched-ae-mis-hire-rate = 招错人比例
calibrate-untouched-sdr = 销售开发代表（SDR）
calibrate-untouched-founder = 创始人
calibrate-untouched-leader = 销售副总裁（VP）
calibrate-untouched-coaching = 销售教练
calibrate-untouched-pool = 客户资源共享池（公海）
calibrate-untouched-drift = 老销售变成跟单人员
calibrate-untouched-ai = AI 提效

# 页面：侧栏入口。
calibrate-start-title = 从您自己的数据开始
calibrate-start-hint = 将 Salesforce、HubSpot 或电子表格导出的商机 CSV 拖到页面任意位置，或选择一个文件。Pipesim 会据此拟合赢单率、销售周期、客单价、爬坡期和流失率。文件只留在本浏览器中：只保留拟合出的数值。
calibrate-start-pick = 根据 CRM 导出文件校准…
calibrate-start-pick-label = 选择一个商机 CSV 导出文件进行校准
calibrate-pick-another = 选择另一个文件…

# 面板。
calibrate-panel-label = 根据 CRM 导出文件校准
calibrate-panel-title = 正在根据 { $file } 校准
calibrate-close = 关闭校准
calibrate-reading = 正在读取导出文件…
calibrate-browser-could-not-read = 浏览器无法读取该文件（{ $why }）
calibrate-worker-crashed = 校准意外中止：请重新打开该文件
calibrate-worker-bad-request = 校准进程无法读取页面的请求（{ $why }）
calibrate-workspace-full = 工作区已有 { $most } 个方案：请先删除一个，再应用拟合结果

# 核对。
calibrate-review-intro = 共 { $count } 行。请核对各列的含义、每个阶段的含义以及每个来源的归属，然后拟合。
calibrate-duplicates = 重复的表头：{ $headers }。每个只读取第一列。
calibrate-columns-title = 列
calibrate-columns-what = 列
calibrate-columns-header = 您文件中的列
calibrate-columns-sample = 前几个值
calibrate-column-none = （文件中没有）
calibrate-column-id = 商机编号
calibrate-column-created = 创建日期（必需）
calibrate-column-closed = 关闭日期
calibrate-column-amount = 金额
calibrate-column-stage = 阶段（必需，或赢单列）
calibrate-column-won = 赢单
calibrate-column-owner = 负责人（销售代表）
calibrate-column-source = 来源
calibrate-dates-question = 您的日期两种读法都成立（没有大于 12 的日）。它们是怎么写的？
calibrate-dates-month-first = 月在前（03/04/2024 是 3 月 4 日）
calibrate-dates-day-first = 日在前（03/04/2024 是 4 月 3 日）
calibrate-dates-first = 请先说明日期的写法。
calibrate-too-many-values = 此列的取值比阶段列或来源列应有的多：请检查上面的列。
calibrate-stages-title = 阶段
calibrate-stage = 阶段
calibrate-count = 行数
calibrate-means = 含义
calibrate-stage-label = 阶段“{ $stage }”的含义
calibrate-outcome-won = 赢单
calibrate-outcome-lost = 输单
calibrate-outcome-open = 仍未关闭
calibrate-empty-cell = （空）
calibrate-sources-title = 来源
calibrate-source = 您文件中的来源
calibrate-model-source = Pipesim 的来源
calibrate-source-label = “{ $source }”对应的 Pipesim 来源
calibrate-source-none = 无（只计入总体赢单率）
calibrate-fit = 拟合
calibrate-busy = 处理中…

# 拟合结果。
calibrate-win-rates-title = 赢单率
calibrate-win-rate = 赢单率
calibrate-ninety = 90% 区间
calibrate-sample = 依据
calibrate-range = { $low } 至 { $high }
calibrate-cycle-title = 销售周期
calibrate-cycle-caption = 90% 的商机在 { $low } 至 { $high } 个月内关闭：依据 { $observed } 个已关闭和 { $censored } 个仍未关闭的商机拟合。
calibrate-cycle-axis = 从创建到关闭的月数
calibrate-size-title = 客单价
calibrate-size-caption = 90% 的赢单金额在 { $low } 至 { $high } 之间：依据 { $observed } 个赢单拟合。
calibrate-size-axis = 赢单金额
calibrate-censored-note = { $n } 个仍未关闭：按至少已持续其当前时长计
calibrate-not-fitted = { $what }：未拟合（{ $reason }）
calibrate-changes-title = 新方案改动了什么
calibrate-no-changes = 没有改动：导出文件无法为此方案的任何字段提供依据。
calibrate-field = 字段
calibrate-before = 当前
calibrate-after = 拟合值
calibrate-from = 依据
calibrate-list-joiner = 、
calibrate-privacy = 导出文件不会被保存，也不会放进链接：新方案只包含拟合出的数值。
calibrate-back = 返回列映射
calibrate-apply = 添加为新方案
