# 页面自身的控件：方案标签、分享栏、已保存的模型和提示。

## 方案标签
scenarios-heading = 方案
# 作为对比基准的方案标签上的徽标。
scenarios-baseline-badge = 基准
scenarios-add = + 添加
scenarios-add-label = 添加方案
scenarios-name = 名称
scenarios-name-label = 方案名称
scenarios-duplicate = 复制
scenarios-move-left = 左移
scenarios-move-right = 右移
scenarios-make-baseline = 设为基准
scenarios-delete = 删除

## 页眉中的分享栏
share-copy-link = 复制链接
share-link-copied = ✓ 链接已复制
share-download-json = 下载 JSON
share-open-file = 打开文件…
share-open-file-label = 打开工作区或方案文件
share-copy-blocked = 浏览器阻止了复制。请选中链接后手动复制：
# $reason：浏览器给出的原因。
share-download-failed = 下载失败：{ $reason }。

## 侧栏中已保存的模型
# $count：已保存的模型数。
library-heading = 已保存的模型（{ $count }）
library-saved-as = 已保存为“{ $name }”
library-unsaved-changes = “{ $name }”有未保存的修改
library-not-saved = 尚未保存（已在此浏览器中自动保存）
library-save-name-label = 保存的名称
library-save = 保存
library-drafts-heading = 暂存的草稿
library-drafts-help = 打开其他内容时，原先正在编辑的工作会暂存在这里。
library-new-name = 新名称
# 已保存模型的一行：保存时间（UTC）及其方案数。
library-model-line = { $saved } · { $count } 个方案
library-open = 打开
library-rename = 重命名
library-duplicate = 复制
library-delete = 删除
library-delete-for-good = 永久删除
library-keep = 保留

## 提示
notice-dismiss = 关闭此提示

## 新版本提示，位于屏幕底部（应用已保存以供离线使用）
update-ready = Pipesim 的新版本已就绪。
update-note = 重新加载不会丢失工作：它已保存在此浏览器中。
update-reload = 重新加载
update-later = 稍后
