# 文件、链接和编辑器字段中的错误。字段的路径（`ae.outbound_share`）从不翻译：它就是文件中写的键名。
# 数字以文本传入，写法与文件中一致。

## 错误的排版

# 字段路径，然后是问题所在。中文用全角冒号。
error-at = { $path }：{ $reason }
# 原因所涉及的字段部分（分布的 min、招聘计划某一项的月份）。
error-part = { $part }：{ $reason }
error-part-quarter = 第 { $n } 季度
error-part-plan-entry = 招聘计划第 { $n } 项
error-part-plan-entry-key = 招聘计划第 { $n } 项的 { $key }
error-part-quarter-key = 第 { $n } 季度的 { $key }
# 字段内部的键名，按文件中的写法（min、to_month）。
error-part-key = { $key }

## 文件中的值是什么，用在“……，实际是 { error-got }”的末尾

error-got = { $got ->
    [list] 一个列表
    [object] 一个对象
    [text] 文本 { $value }
   *[other] { $value }
}

## 数值及其范围

error-missing = 缺失
error-unknown-key = 未知的键
error-unknown-key-near = 未知的键；是否想写 “{ $key }”？
error-below-minimum = { $value } 低于最小值 { $min }
error-not-above = { $value } 必须大于 { $min }
error-outside-range = { $value } 超出 { $min } 到 { $max } 的范围
error-outside-range-open-min = { $value } 超出 { $min } 到 { $max } 的范围（不含 { $min }）
error-outside-range-open-max = { $value } 超出 { $min } 到 { $max } 的范围（不含 { $max }）
error-outside-range-open-both = { $value } 超出 { $min } 到 { $max } 的范围（两端均不含）
error-expected-number = 应为数字，实际是 { error-got }
error-expected-whole-number = 应为整数，实际是 { error-got }
error-not-whole = { $value } 不是整数
error-expected-object = 应为对象，实际是 { error-got }
error-expected-switch = 应为 true 或 false，实际是 { error-got }
error-expected-text = 应为文本，实际是 { error-got }
error-text-too-long = 长度为 { $length } 个字符；最多 { $max } 个
error-not-finite = { $value } 不是有限的数字
error-not-finite-number = 不是有限的数字

## 不确定的数值

error-dist-one-form = 一个分布只能指定一种形状（{ $forms }）；这里指定了 { $count } 种
error-unknown-dist = 未知的分布；请使用数字，或以下之一：{ $forms }
error-dist-params = 应为包含 { $arity } 个数字的列表 [{ $names }]，实际是 { error-got }
error-expected-dist = 应为数字，或形如 {"{"}"triangular": [min, mode, max]{"}"} 的对象，实际是 { error-got }
error-lo-above-hi = lo { $lo } 大于 hi { $hi }
error-mode-order = 需要 min ≤ mode ≤ max，实际是 { $min }、{ $mode }、{ $max }
error-sd-negative = { $sd } 是负数；sd 必须大于或等于 0
error-lognormal-order = 需要 0 < p5 < p95，实际是 { $p5 } 和 { $p95 }

## 招聘计划与目标

error-expected-plan = 应为形如 [{"{"}"month": 3, "count": 2{"}"}] 的列表，实际是 { error-got }
error-expected-target = 应为 null、一个数字或一个数字列表，实际是 { error-got }

## 整个文件

error-file-too-large = 文件大小为 { $size } 字节；Pipesim 最多读取 { $max } 字节
# $problem 是 JSON 读取器自己的描述（英文）。
error-not-json = 不是有效的 JSON：{ $problem }，位于第 { $line } 行第 { $column } 列
# 文本中超出双精度范围的数字（1e400，或 400 位数字）；在字段路径之后。
error-number-too-large = 数字太大，无法读取（超出 ±1.8e308），位于第 { $line } 行第 { $column } 列
error-schema-missing = 缺失；Pipesim 文件以 "schema": { $schema } 开头
error-schema-newer = { $found }：此文件由更新版本的 Pipesim 生成（此版本读取 schema { $schema }）；请更新 Pipesim 后再打开
error-schema-expected = 应为 { $schema }，实际是 { error-got }
error-expected-scenario = 应为方案对象，实际是 { error-got }
error-expected-file = 应为 Pipesim 方案或工作区对象，实际是 { error-got }
error-expected-workspace = 应为工作区对象，实际是 { error-got }

## 字段之间的规则

error-horizon-quarters = { $value } 不是 3 的倍数
error-not-a-month = { $value } 不是形如 "2027-01" 的月份
error-closing-share = outbound_share { $outbound } 加上 admin_share { $admin } 后，每周只剩 { $closing } 的时间用于成单；至少须保留 0.1
error-full-effect-early = { $value } 早于 ai.start_month { $start }
error-to-before-from = { $to } 早于 from_month { $from }
error-targets-count = 有 { $count } 个值；{ $months } 个月的模拟期有 { $quarters } 个季度，请给出 { $quarters } 个值或一个数字

## 工作区

error-scenarios-empty = 为空；工作区至少包含一个方案
error-scenarios-too-many = 包含 { $count } 个方案；最多 { $max } 个
error-expected-scenarios = 应为方案列表，实际是 { error-got }
error-baseline-index = { $value } 不是方案序号；请使用 0 到 { $last }
error-expected-index = 应为方案序号，实际是 { error-got }
error-expected-trials = 应为表示模拟次数的整数，实际是 { error-got }
error-expected-seed = 应为 0 到 { $max } 之间的整数，实际是 { error-got }

## 工作区中的分析

error-expected-analysis-kind = 应为 sensitivity、sweep 或 seek，实际是 { error-got }
error-analysis-kind-missing = 缺失；请使用 sensitivity、sweep 或 seek
error-not-an-analysis = { $value } 不是一种分析；请使用 sensitivity、sweep 或 seek
error-expected-index-to = 应为 0 到 { $last } 之间的方案序号，实际是 { error-got }
error-expected-trials-to = 应为 1 到 { $max } 之间表示模拟次数的整数，实际是 { error-got }
error-goal-both = 同时给出了 at_least 和 at_most；只能给一个
error-goal-neither = 需要 at_least 或 at_most：输出必须达到的门槛
error-chance = { $value } 超出 0（不含）到 1 的范围；概率如 0.8 表示 80%
error-expected-levers = 应为杠杆列表，实际是 { error-got }
error-levers-count = 包含 { $count } 个杠杆；目标求解只调整 1 或 { $max } 个
error-not-above-zero = { $value } 不大于 0
error-name-length = 应为 1 到 200 个字符的名称
error-expected-name = 应为名称，实际是 { error-got }
error-steps = { error-got } 步：扫描取 1 到 { $max } 步

## 编辑器的字段

# $expected 和 $kind 是字段接受的值的类型与实际给出的值的类型。
error-expects = 应为{ $expected ->
    [number] 数字
    [integer] 整数
    [optional_month] 月份或留空
    [switch] 开关（开或关）
    [dist] 数字或不确定的数值
    [text] 文本
    [plan] 招聘计划
    [pace] 招聘节奏
   *[target] 签约额目标
}，实际是{ $kind ->
    [number] 数字
    [integer] 整数
    [optional_month] 月份或留空
    [switch] 开关
    [dist] 不确定的数值
    [text] 文本
    [plan] 招聘计划
    [pace] 招聘节奏
   *[target] 签约额目标
}
error-not-a-field = 不是方案中的字段

## 分享链接

error-link-not-a-link = 这不是 Pipesim 链接：其中没有 "#w=" 工作区
error-link-too-long = 链接长 { $chars } 个字符；Pipesim 最多读取 { $max } 个
error-link-newer = 此链接由更新版本的 Pipesim 生成（链接格式 { $version }；此版本最多读取 { $reads }）；请用更新的版本打开
error-link-bad-version = 链接的格式版本 "{ $tag }" 不是 Pipesim 生成过的；链接已损坏
error-link-bad-character = 链接已损坏：其数据第 { $position } 位的 { $character } 不允许出现在链接中
error-link-truncated = 链接不完整：数据提前结束；请重新复制完整的链接
error-link-corrupt = 链接已损坏：其压缩数据{ $reason ->
    [checksum] 未通过校验
   *[deflate] 不是有效的 deflate 数据流
}
error-link-not-utf8 = 链接已损坏：其数据能解压，但解压出的字节不是 UTF-8 文本（偏移量 { $offset } 处的字节无效）
error-link-too-large = 链接的数据解压后超过 { $mb } MB；Pipesim 到此为止
# 之后是工作区的问题，每行一个。
error-link-workspace = 链接中的工作区无效：

## 导入的文件和链接，为通知而缩短

error-file-empty = 文件为空：Pipesim 文件应包含一个方案或工作区对象
error-and-more = 另有 { $count } 个问题
# 同一行中两个问题之间。
error-list-gap = ；
error-link-workspace-summary = 链接中的工作区无效：{ $problems }

## 浏览器保存的内容（已保存的模型、自动保存）

error-stored-newer = 格式 { $format } 由更新版本的 Pipesim 写入；此版本读取格式 { $reads }
error-stored-more = { $first }（另有 { $count } 个问题）
error-stored-unreadable = 无法读取
error-expected-models = 应为已保存模型的列表
error-model-id-taken = { $id } 也是之前某个模型的编号
error-expected-id-up-to = 应为不超过 { $max } 的整数
error-expected-id = 应为 1 到 { $max } 之间的整数
error-expected-an-object = 应为对象
error-expected-format = 应为 { $format }
error-expected-plain-text = 应为文本
error-expected-time = 应为时间
error-expected-model-kind = 应为 "saved" 或 "draft"

## 编辑器中输入的值（$text 是输入的原文，原样显示）

error-typed-not-a-number = “{ $text }” 不是数字；请输入如 12、1,200、5k 或 35%
error-typed-too-large = “{ $text }” 太大
error-typed-empty = 为空；请输入数字，如 12
error-typed-currency = “{ $text }” 带有货币符号，但此字段不是金额
error-typed-exponent = “{ $text }” 的指数超出范围
error-typed-comma = “{ $text }” 中逗号的位置不对；逗号用于千位分组，如 1,200（小数请用小数点）
error-typed-plan-entry = “{ $text }” 应写成 月份: 人数，如 3: 2
error-typed-percentage = “{ $text }” 是百分比；请输入整数，如 12
error-typed-negative = “{ $text }” 是负数；请输入 0 或更大的数
error-typed-not-whole = “{ $text }” 不是整数
error-typed-value-missing = 缺少一个值；请输入如 5 to 10，或 5, 7, 10
error-typed-not-a-shape = “{ $form }” 不是分布形状；请使用以下之一：{ $forms }
error-typed-empty-dist = 为空；请输入数字如 12、区间如 5 to 10，或 最小值, 最可能值, 最大值 如 5, 7, 10
error-typed-mean-sd = 均值和 sd 描述的是正态（normal）形状；请选择 normal，或输入区间如 5 to 10
error-typed-sd-negative = sd { $sd } 是负数；必须大于或等于 0
error-typed-too-many = 有 { $count } 个数字；最多输入三个：最小值、最可能值、最大值，如 5, 7, 10
error-typed-fixed = 固定值只有一个数字；请选择一种形状后再输入区间，如 5 to 10
error-typed-range-order = { $lo } to { $hi }：下限必须小于上限；请先写下限，如 { $hi } to { $lo }
error-typed-lognormal-zero = { $lo } to { $hi }：对数正态（lognormal）区间必须从大于 0 开始；从 0 或更小开始的区间请选择其他形状
error-typed-three-order = { $min }, { $mode }, { $max }：需要 最小值 ≤ 最可能值 ≤ 最大值，按此顺序
error-typed-three-numbers = { $form } 接受一个数字或一个区间，如 5 to 10（90% 区间）；三个数字（最小值、最可能值、最大值）适用于 triangular 或 pert 形状
error-typed-anything = 请输入数字、区间如 5 to 10，或 最小值, 最可能值, 最大值 如 5, 7, 10

## 运行

error-run-no-trials = trials：一次运行至少需要模拟 1 次
error-run-too-much-work = 这次运行太大：约 { $work } 个工作量单位（模拟次数 × 月数 ×（人数 + 每月商机数）），超过上限 { $limit }；请最多模拟 { $max } 次，或缩短模拟期、缩小团队
error-run-too-large-once = 这个方案太大，连模拟一次都不行：每次模拟约 { $work } 个工作量单位（月数 ×（人数 + 每月商机数）），超过上限 { $limit }；请缩短模拟期，或缩小团队、市场线索量或外呼获客率
error-run-opportunities = 一次模拟产生了超过 { $limit } 个商机；请降低市场线索量、会议数或外呼获客率
error-run-cancelled = 运行已取消

## 命令行

error-cli-invalid = { $source } 不是有效的 Pipesim 模型（{ $count } 个问题）：
error-cli-run-scenario = 方案 { $name }：{ $reason }
error-cli-link = 无法打开链接：{ $reason }
error-file-over-limit = 文件大小为 { $size } 字节；Pipesim 最多读取 { $max } 字节
error-not-utf8 = 不是 UTF-8 文本（第 { $offset } 字节无效）

## 页面上方的通知（$name：文件名或已保存模型的名称，原样显示）

notice-opened-link = 已打开分享链接。
notice-opened-file = 已打开文件 { $name }。
notice-opened-model = 已打开“{ $name }”。
notice-work-kept = 你之前的工作已保存在“已保存的模型”中，名为“{ $name }”。
notice-saved = 已保存“{ $name }”。
# $why：链接的问题，用本语言表述。
notice-link-failed = 无法打开此链接，你的工作区没有改变。原因：{ $why }
notice-file-failed = 无法打开文件 { $name }，你的工作区没有改变。原因：{ $why }

## 分布的参数被抽样器拒绝

error-sampler-non-finite = 每个参数都必须是有限的数字
error-sampler-out-of-order = 下限不能大于上限
error-sampler-mode = 最可能值必须位于最小值和最大值之间
error-sampler-too-wide = 区间太宽
error-sampler-negative-sd = 标准差不能为负数
error-sampler-lognormal = p5 必须大于 0 且小于 p95

## 浏览器的存储（已保存的模型和自动保存）

# 存储中的内容：$what 为 library、autosave 或 autosave-write。
storage-what = { $what ->
    [library] 你已保存的模型
    [autosave] 自动保存的工作区
   *[autosave-write] 你工作区的自动保存
}
storage-blocked = 此浏览器不允许 Pipesim 使用本地存储，因此本页面的已保存模型和自动保存均已关闭。请用“{ share-download-json }”或“{ share-copy-link }”保留你的工作。
storage-full = 浏览器的存储已满，无法保存{ storage-what }。你的工作仍在屏幕上：请删除旧的已保存模型或草稿，或将其下载为文件。
storage-refused = 浏览器拒绝保存{ storage-what }。你的工作仍在屏幕上：请将其下载为文件以便保留。
storage-newer = Pipesim 发现{ storage-what }由更新版本的 Pipesim 写入（格式 { $format }）。此版本不会改动它，因此在这里做的修改不会保存到那里。
# $why：文本的问题；$backup：保留该文本所用的键。
storage-unreadable-kept = Pipesim 无法读取{ storage-what }（{ $why }）；该文本已保留在本地存储的“{ $backup }”下。
storage-unreadable-left = Pipesim 无法读取{ storage-what }（{ $why }），且没有空间保留副本，因此保持原样，本页面也不会再向那里写入新内容。
# 后面接原因。
storage-library-off = 本页面不保存已保存的模型。
storage-autosave-off = 本页面的自动保存已关闭。

## 对浏览器来说太大的运行

error-budget-trials = trials：此工作区每个方案要求模拟 { $asked } 次；浏览器最多运行 { $cap } 次。请减少模拟次数，或用 pipesim 命令行工具运行
# $share：最重的方案占工作量的百分比。
error-budget-work = 这次运行对浏览器来说太大：约 { $work } 个工作量单位（模拟次数 × 月数 ×（人数 + 每月商机数）），预算为 { $budget }；其中 { $heaviest } 占 { $share }%。
error-budget-fewer = 请减少模拟次数、缩短模拟期或缩小团队，或使用 pipesim 命令行工具
error-budget-none = 连一次模拟都放不下：请缩短模拟期，或缩小团队、市场线索量或外呼获客率
# 方案的标签，然后是它的问题。
error-labelled = { $label }：{ $reason }

## 分析（敏感性分析、参数扫描、目标求解）及其命令行参数。
## 数字以文本传入，按分析收到时的写法显示。

error-analysis-no-scenario = 不是工作区中的方案
error-analysis-same-lever = 与第一个杠杆是同一个字段
error-analysis-range-not-finite = 区间必须是有限的数字
error-analysis-steps = { $steps } 步：参数扫描取 1 到 { $max } 步
error-analysis-sweep-empty = 区间 { $from } 到 { $to } 为空；请让最后一个值大于第一个值
error-analysis-lever-empty = 区间 { $from } 到 { $to } 为空；请让最后一个值不小于第一个值
# $field：输入项的路径；$shape：区间两端是否包含在内。
error-analysis-outside-input = { $value } 超出 { $field } 的范围（{ $shape ->
    [at-least] { $min } 或以上
    [above] 大于 { $min }
    [open-min] 大于 { $min } 且不超过 { $max }
    [open-max] { $min } 到 { $max }，不含 { $max }
    [open-both] 大于 { $min } 且小于 { $max }
   *[closed] { $min } 到 { $max }
}）
# $reason：第一个值在模型中的问题，用本语言。
error-analysis-no-valid-value = 区间内没有任何值能得到有效的方案：{ $reason }
error-analysis-lattice = { $from } 到 { $to }、步长 { $step } 共 { $count } 个值；最多 { $max } 个：请加大步长
# 每个点连 10 次模拟都放不下时，$fit 为 "none"。
error-analysis-too-large = 这次分析太大：最多 { $points } 次运行、每次模拟 { $trials } 次，约 { $work } 个工作量单位，上限为 { $limit }；{ $fit ->
    [none] 请减少步数或取值，或使用更小的方案
   *[other] 每个点最多模拟 { $fit } 次，或减少步数或取值
}
error-analysis-period = { $key }：@ 之后的期间必须是 q1 到 q{ $quarters }，或 from-q1 到 from-q{ $quarters }
error-analysis-not-an-output = { $name } 不是一项输出；请使用 bookings.total、pipeline_created.total、headcount.total、cost、quota_capacity、bookings_per_cost、p_hit_target，或 `pipesim run --format csv` 的其他键
error-analysis-no-target = p_hit_target：该方案没有签约额目标；请先设置 targets.bookings_per_quarter
# 字段的路径已在前面给出，故不再重复其英文标签。
error-analysis-input-horizon = 不能在分析中调整：模拟期不同的运行，季度也不同
error-analysis-input-kind = 是{ $kind ->
    [number] 数字
    [integer] 整数
    [optional_month] 月份或无
    [switch] 开关
    [dist] 不确定值
    [text] 文本
    [plan] 招聘计划
    [pace] 招聘节奏
   *[target] 签约额目标
}，不是分析可以调整的数字
error-analysis-input-not-a-field = 不是方案的字段（字段路径见 `pipesim presets series-a`）
error-analysis-shard = { $part }/{ $n } 不是一个分片：请给出 i/n，且 1 ≤ i ≤ n
error-analysis-shard-tornado = 敏感性分析（龙卷风图）不能拆分成分片；请对参数扫描或目标求解分片

## 合并分片运行的各个部分（$first：第一个分片的文件名）

error-merge-none = 没有要合并的分片
error-merge-version = 分片的版本为 { $version }，此程序读取版本 { $reads }
error-merge-other-run = 运行的工作区或分析与 { $first } 不同；请合并同一次运行的分片
error-merge-not-belonging = 分片 { $part }/{ $count } 不属于 { $first } 的 { $n } 个分片
error-merge-twice = 分片 { $part }/{ $n } 给出了两次
error-merge-missing = 缺少分片 { $part }/{ $n }
# $reason：工作区的问题，用本语言。
error-merge-workspace = 其工作区无法读取：{ $reason }
error-merge-no-analysis = 其工作区不含分析
error-merge-bits = 点 { $point }：{ $text } 不是一个数字的比特
error-merge-incomplete = 这些分片没有包含这次运行的全部点；它们是否由同一条命令、只改了 --shard 生成的？
# $problem 是 JSON 读取器自己的描述，为英文。
error-merge-not-a-part = 不是分片运行的一个分片（即 `pipesim sweep … --shard i/n` 输出的内容）：{ $problem }

## 命令行上分析的参数（参数名如 --goal 在前面给出）

error-flag-scenario = 没有编号或名称为 { $text } 的方案；现有方案为 { $list }
error-flag-field-missing = 缺失：请给出要扫描的输入项，例如 --field ae.outbound_share
error-flag-end-missing = 缺失：请给出参数扫描的{ $end ->
    [from] 起始
   *[to] 结束
}值
error-flag-steps-missing = 缺失：请给出取值个数，1 到 { $max }
error-flag-goal-missing = 缺失：请给出目标，例如 --goal 'bookings.total>=5M'
error-flag-goal-shape = 请把目标写成 KEY>=X 或 KEY<=X，例如 'bookings.total>=5M'
error-flag-chance = { $value } 超出 0（不含）到 1；80% 请写成 0.8 或 80%
error-flag-lever-count = { $count } 个杠杆：目标求解调整 1 个或 { $max } 个
error-flag-lever-missing = 缺失：请给出一个或两个，例如 --lever ae.pace=1..8
error-flag-lever-shape = 请把杠杆写成 KEY=A..B 或 KEY=A..B/STEP，例如 ae.pace=1..8 或 ae.outbound_share=10%..60%/5%
error-flag-step = 步长必须大于 0
error-flag-shard = { $text } 不是一个分片：请给出 i/n，且 1 ≤ i ≤ n，例如 3/8

## 浏览器中的分析

error-analysis-not-scheduled = 浏览器未能安排这次分析；请重新加载页面
error-analysis-no-worker = 浏览器无法为这次分析启动 Web Worker
error-analysis-worker-stopped = 运行这次分析时有一个 Web Worker 停止了；请重新加载页面后重试，或减少模拟次数
# $reason：Web Worker 自己的说明（英文），原样显示。
error-analysis-point = 分析的一个点无法运行：{ $reason }

## 保存模型时建议的名称（已保存模型的名称属于用户，不翻译）

# 未命名的方案。
library-name-scenario = 方案 { $n }
# 两个方案的名称，合成一个模型的名称。
library-name-versus = { $first } 对比 { $second }
library-name-untitled = 未命名模型

## 用于校准的 CRM 导出文件。

# 文件某一行的问题。
error-csv-line = 第 { $line } 行：{ $reason }
error-csv-too-large = 文件大小为 { $size } MB；最多只能读取 { $most } MB
error-csv-binary = 这不是 CSV 文件：其中包含二进制数据
error-csv-not-utf8 = 文本不是 UTF-8 编码；请将导出文件另存为 UTF-8 CSV
# $why：CSV 读取器的原话。
error-csv-row = 无法读取这一行（{ $why }）
error-csv-empty = 文件为空：没有表头行

# calibrate: fits

# 已关闭的商机太少，无法拟合对数正态分布（销售周期、单笔金额）。$count：数量。
error-calibrate-fit-too-few = 只有 { $count } 个已关闭的商机：拟合离散程度至少需要 2 个
# $value：每个已关闭商机都相同的数值（销售周期的天数、单笔金额）。
error-calibrate-fit-all-equal = 每个已关闭的商机数值都相同，均为 { $value }：相同的数值无法拟合离散程度
# $value：为零、为负或不是数字的数值。
error-calibrate-fit-not-positive = 数值为 { $value }：对数正态分布需要大于 0 的数值
error-calibrate-fit-no-convergence = 拟合没有收敛；数值可能过于极端
error-calibrate-fit-empty = 导出文件中没有商机
error-calibrate-fit-no-owners = 没有商机带有负责人：团队的各项比率需要每个商机的销售代表（AE）（请映射负责人列）
# $reps：有足够月份的销售代表人数；$least：所需人数。
error-calibrate-fit-few-reps = 只有 { $reps } 名销售代表有足够月份的商机；至少需要 { $least } 名
error-calibrate-fit-no-sources = 没有商机带有来源：无法区分主动获客的商机（请映射来源列）
error-calibrate-fit-no-outbound = 没有来源映射为外呼（Outbound）：请在映射步骤中标出主动获客的来源
# $reps：首个商机出现在导出文件最初几个月之后的销售代表人数；$least：所需人数。
error-calibrate-fit-few-new-reps = 只有 { $reps } 名销售代表在导出期间入职并有稳定的产出；拟合爬坡期至少需要 { $least } 名
# $days：导出文件需要覆盖的天数。
error-calibrate-fit-short-export = 导出文件覆盖的时间太短，看不出销售代表的离职：需要超过 { $days } 天

# calibrate: dates and amounts
# $value：导出文件中某个单元格的原文；$example：按此列的日期写法写出的 2024 年 12 月 31 日
# （31/12/2024、12/31/2024、2024-12-31），或按此列写法写出的金额。
error-calibrate-date-unreadable = “{ $value }” 不是按 { $example } 这种写法书写的日期
error-calibrate-date-no-such-day = “{ $value }” 不是日历上存在的日期（按 { $example } 的写法读取）
error-calibrate-date-serial-range = “{ $value }” 不是日期：电子表格的日期序号从 1 到 2958465
# Excel 的第 60 号日期是 1900 年 2 月 29 日，而这一天并不存在。
error-calibrate-date-serial-leap = “{ $value }” 是电子表格中的 1900 年 2 月 29 日，而这一天并不存在
error-calibrate-amount-unreadable = “{ $value }” 不是金额
error-calibrate-amount-separators = “{ $value }” 中分隔符的位置不对：此列的金额写法如 { $example }

# calibrate: reading the rows
error-calibrate-cell = 第 { $line } 行，“{ $column }”列：{ $reason }
error-calibrate-missing-column = { $column ->
    [created] 没有选择创建日期列：请在列映射步骤中选择一列（或使用 --column created=表头）
    [stage] 没有选择阶段列（或赢单/输单列）：请在列映射步骤中选择一列（或使用 --column stage=表头）
   *[other] 没有选择 { $column } 列
}
error-calibrate-no-file = 没有打开的导出文件：请重新打开该文件
error-calibrate-no-rows = 没有任何一行的创建日期可以读取
error-calibrate-no-created = 创建日期为空
error-calibrate-closed-before-created = 关闭日期 { $closed } 早于创建日期 { $created }
