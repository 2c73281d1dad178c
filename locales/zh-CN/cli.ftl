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
