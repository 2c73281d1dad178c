# Pipesim 界面与命令行共用的词语（简体中文）。
# 译者：保留每条消息的 id，只修改 "=" 之后的文字。{ $花括号 } 中的参数由程序填入：
# 数字和金额已按本语言写好（$count），$n 是原始数字，只用于复数选择（中文不区分单复数）。

# 语言切换中显示的本语言名称。
lang-name = 简体中文

# 模拟次数：“模拟 2,000 次”。
trials-count = 模拟 { $count } 次

# 页眉，在名称 "Pipesim" 之下。
app-tagline = 用蒙特卡洛模拟规划 B2B 销售团队
# 把文件拖到页面上时显示。
app-drop-hint = 松开鼠标即可打开工作区或方案文件
# 页眉语言切换的标签（供屏幕阅读器朗读）。
language-switch-label = 语言
# 页面的区域，供屏幕阅读器朗读：侧边的模型，旁边的结果。
app-side-label = 模型
app-main-label = 结果
# 浏览器标签页的标题。
app-title = Pipesim — 销售规划模拟器
# 页眉的配色切换：标签（供屏幕阅读器朗读）和三个选项。
theme-switch-label = 配色主题
theme-system = 跟随系统配色
theme-light = 浅色模式
theme-dark = 深色模式
# 页眉的按钮：打开浏览器的打印对话框，打印一页报告。
print-button = 打印或存为 PDF
