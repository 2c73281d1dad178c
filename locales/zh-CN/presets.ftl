# 预设方案：选择器中显示的名称、方案说明，以及一键对比。

presets-heading = 从一个策略开始
# 一键对比的按钮：“对比：创始人亲自销售，还是先招 VP”。
presets-compare = 对比：{ $title }

preset-title-founder-led = 创始人亲自销售（founder-led）
preset-rationale-founder-led = 创始人在整整两年里一直亲自销售，身边有两名初级销售代表（AE）和一名销售开发代表（SDR），每季度只新增一名 AE，不设销售副总裁（VP）。它假设产品信息尚未得到验证，正是创始人亲自跟进的交易，把未经验证的销售打法变成可复制的打法。与 vp-first 对比，看看由创始人带教的缓慢增长，是否胜过在销售打法验证之前就招聘销售领导来扩张。

preset-title-vp-first = 先招销售副总裁（vp-first）
preset-rationale-vp-first = 第一天就招聘销售副总裁（VP），创始人在第一个季度后退出销售，每季度开放三个 AE 招聘需求，VP 在任期间这一速度大约翻倍。初始团队和未经验证的销售打法与 founder-led 相同，唯一的区别在于策略。它回答的问题是：销售领导带来的招聘速度，是否抵得过在薄弱的产品信息上铺开销售代表的代价——要知道，约一半的首任销售副总裁在一年内离开。

preset-title-self-sourcing-aes = AE 自拓管道（self-sourcing-aes）
preset-rationale-self-sourcing-aes = A 轮团队，不设 SDR：每位 AE 都要把每周 35% 的时间用于外呼，并严格执行，以免有人变成只维系老客户的跟单人员。它假设销售代表能自己建立销售管道，尽管真正擅长的人不到十分之一，而且每一小时外呼都意味着少一小时成单。与 sdr-fed-aes 对比，在销售代表自拓管道和组建 SDR 团队之间做出选择。

preset-title-sdr-fed-aes = SDR 供给商机（sdr-fed-aes）
preset-rationale-sdr-fed-aes = A 轮团队，AE 几乎不做外呼（只占 5% 的时间），专心成交 SDR 和市场部交来的商机；SDR 每季度招聘一名半，大约保持每两名 AE 配一名 SDR。不强制外呼，因为并不指望 AE 主动获客。它回答的问题是：花钱组建 SDR 团队、让 AE 专心成单，是否胜过要求每位 AE 自己开拓销售管道。

preset-title-veteran-drift = 老销售变成跟单人员（veteran-drift）
preset-rationale-veteran-drift = 一支成熟团队：20 名 AE，司龄都在两年半左右，在没有创始人参与的情况下执行成熟的销售打法。老销售逐渐从开拓新客户转为维系自己的老客户，不再主动获客，而我们不加干预：没有销售教练，没有客户资源共享池（公海），招聘只为填补离职空缺。它展示了签约额看起来仍然不错时，新客户的销售管道如何停滞；请与 t-model 对比。

preset-title-t-model = T型销售模型（t-model）
preset-rationale-t-model = 与 veteran-drift 相同的 20 名 AE 成熟团队，但按 T型销售模型运作：三名资深销售担任新人的销售教练，新人爬坡更快，招错的人也能更早发现；丢掉的交易和离职销售的客户进入客户资源共享池（公海），由新人重新跟进。老销售仍会逐渐变成跟单人员。它回答的问题是：当老销售不再开拓新客户时，销售教练和客户共享池能否让新客户的销售管道保持活力。

preset-title-ai-assisted = AI 提效（ai-assisted）
preset-rationale-ai-assisted = A 轮计划不变，只是从第 6 个月起团队推出 AI 工具，接手每次外呼背后的大量调研和准备工作，一年后达到全部效果。它假设每个自拓商机和每次约到的会议所需的准备工作减少约 30%。与 series-a 对比，看看这些工具在两年里为销售管道和签约额带来多少价值。

preset-title-series-a = A 轮团队（series-a）
preset-rationale-series-a = 刚完成 A 轮融资的典型团队：四名 AE 和两名 SDR，每季度新增三名 AE 和一名 SDR，AE 人数上限为 36，每月约有八个市场线索带来的商机。创始人在第一年仍亲自销售，不设销售副总裁，也没有任何措施阻止老销售逐渐放弃主动获客。它是衡量其他 A 轮策略的基准，也是本程序的基准测试负载。

preset-title-enterprise = 大型企业团队（enterprise）
preset-rationale-enterprise = 一家成熟的大型销售组织：150 名 AE 和 40 名 SDR 执行成熟的销售打法，创始人早已不参与交易，每季度新增 15 名 AE，三年里每月约有 40 个市场线索带来的商机。老销售变成跟单人员的趋势无人干预，SDR 团队只做离职补缺。它是规模基准，展示了资深销售逐渐停止开拓时，大型团队可以预期的签约额范围。

comparison-title-founder-led-vp-first = 创始人亲自销售，还是先招 VP
comparison-title-veteran-drift-t-model = 老销售变跟单，还是 T型模型
comparison-title-self-sourcing-aes-sdr-fed-aes = AE 自拓管道，还是 SDR 供给
