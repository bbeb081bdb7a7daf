<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear the text</source>
        <translation>清除文字</translation>
    </message>
</context>
<context>
    <name>AppearanceMenu</name>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>Source article — %1</source>
        <translation>来源文章 — %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>cited</source>
        <translation>引用段落</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>E-Town presentation</source>
        <translation>亦庄演示</translation>
    </message>
</context>
<context>
    <name>BoothReport</name>
    <message>
        <source>Booth report</source>
        <translation>展位报告</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>暂无数据。</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>自 {first} 至 {last}</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>参观次数</translation>
    </message>
    <message>
        <source>Median visit length</source>
        <translation>参观时长中位数</translation>
    </message>
    <message>
        <source>Figures tapped</source>
        <translation>数据点击次数</translation>
    </message>
    <message>
        <source>Visits per hour</source>
        <translation>每小时参观次数</translation>
    </message>
    <message>
        <source>Top slides (views · seconds)</source>
        <translation>最常浏览的幻灯片（次数 · 秒）</translation>
    </message>
    <message>
        <source>Top figures tapped</source>
        <translation>点击最多的数据</translation>
    </message>
    <message>
        <source>Language share (slide views)</source>
        <translation>语言占比（按幻灯片浏览）</translation>
    </message>
    <message>
        <source>Anonymous counts from this computer&apos;s local visit log; no personal data.</source>
        <translation>来自本机本地参观日志的匿名统计，不含个人信息。</translation>
    </message>
    <message>
        <source>Contacts left</source>
        <translation>留下的联系方式</translation>
    </message>
</context>
<context>
    <name>BoothReportDialog</name>
    <message>
        <source>Booth report</source>
        <translation>展位报告</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>No visits recorded on this computer yet.</source>
        <translation>本机尚未记录任何参观。</translation>
    </message>
    <message>
        <source>Visits: {visits} · median visit length: {median} s · figures tapped: {taps}</source>
        <translation>参观次数：{visits} · 参观时长中位数：{median} 秒 · 数据点击次数：{taps}</translation>
    </message>
    <message>
        <source>resets continued (Still there?): {n}</source>
        <translation>“还在吗？”后继续浏览：{n} 次</translation>
    </message>
    <message>
        <source>Save booth report</source>
        <translation>保存展位报告</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>contacts left: {n}</source>
        <translation>留下联系方式：{n}</translation>
    </message>
</context>
<context>
    <name>BriefActions</name>
    <message>
        <source>Add to brief</source>
        <translation>加入简报</translation>
    </message>
    <message>
        <source>Add selected rows to brief</source>
        <translation>将所选行加入简报</translation>
    </message>
    <message>
        <source>Meeting &amp;brief panel</source>
        <translation>会谈简报面板(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Save brief…</source>
        <translation>保存简报(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Open brief…</source>
        <translation>打开简报(&amp;O)…</translation>
    </message>
    <message>
        <source>Export &amp;brief as PDF…</source>
        <translation>将简报导出为PDF(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>BriefController</name>
    <message>
        <source>Already in the brief.</source>
        <translation>已在简报中。</translation>
    </message>
    <message>
        <source>Added to the brief ({n} items).</source>
        <translation>已加入简报（共{n}项）。</translation>
    </message>
</context>
<context>
    <name>BriefDock</name>
    <message>
        <source>Meeting brief</source>
        <translation>会谈简报</translation>
    </message>
</context>
<context>
    <name>BriefKey</name>
    <message>
        <source>Nothing to add here: move to a card, a chart bar or a table row first.</source>
        <translation>这里没有可添加的内容：请先移到卡片、图表条形或表格行。</translation>
    </message>
    <message>
        <source>A&amp;dd to brief</source>
        <translation>添加到简报(&amp;D)</translation>
    </message>
    <message>
        <source>Add the focused card, chart bar or table rows to the meeting brief</source>
        <translation>将当前焦点所在的卡片、图表条形或表格行添加到会谈简报</translation>
    </message>
</context>
<context>
    <name>BriefLangDialog</name>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English and Chinese side by side</source>
        <translation>中英文对照</translation>
    </message>
    <message>
        <source>{language} — the lead&apos;s language</source>
        <translation>{language}（该线索的语言）</translation>
    </message>
    <message>
        <source>Follow-up brief</source>
        <translation>跟进简报</translation>
    </message>
    <message>
        <source>Language of the brief:</source>
        <translation>简报语言：</translation>
    </message>
</context>
<context>
    <name>BriefPanel</name>
    <message>
        <source>Items in the brief</source>
        <translation>简报中的条目</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation>中英文并排</translation>
    </message>
    <message>
        <source>Investor&apos;s company</source>
        <translation>拜会企业</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>会谈日期</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your contact</source>
        <translation>您的联系方式</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出PDF…</translation>
    </message>
    <message>
        <source>Export ZIP…</source>
        <translation>导出ZIP…</translation>
    </message>
    <message>
        <source>Export Word…</source>
        <translation>导出 Word…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save brief…</source>
        <translation>保存简报…</translation>
    </message>
    <message>
        <source>Open brief…</source>
        <translation>打开简报…</translation>
    </message>
    <message>
        <source>changed in this edition</source>
        <translation>本版本中已变更</translation>
    </message>
    <message>
        <source>no longer in the data</source>
        <translation>数据中已无此项</translation>
    </message>
    <message>
        <source>{n} items. Drag to reorder. Right-click a card, a chart&apos;s “Add to brief” or a table row to add.</source>
        <translation>共{n}项。拖动可调整顺序。右键单击卡片或表格行，或点击图表的“加入简报”即可添加。</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>简报</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>简报</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation>导出简报</translation>
    </message>
    <message>
        <source>Save brief</source>
        <translation>保存简报</translation>
    </message>
    <message>
        <source>Brief (*.json)</source>
        <translation>简报 (*.json)</translation>
    </message>
    <message>
        <source>Open brief</source>
        <translation>打开简报</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
</context>
<context>
    <name>ChartTableToggle</name>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Show the figures of this chart as a table</source>
        <translation>以表格显示本图表的数据</translation>
    </message>
    <message>
        <source>Add to brief</source>
        <translation>加入简报</translation>
    </message>
    <message>
        <source>Add this chart to the meeting brief</source>
        <translation>将本图表加入会谈简报</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>复制表格</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;适用于 Excel 的 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Chart title</source>
        <translation>图表标题</translation>
    </message>
    <message>
        <source>{chart}: {panel}</source>
        <translation>{chart}：{panel}</translation>
    </message>
    <message>
        <source>Click to see the source</source>
        <translation>点击查看来源</translation>
    </message>
    <message>
        <source>{district}: {industry}</source>
        <translation>{district}：{industry}</translation>
    </message>
</context>
<context>
    <name>ClustersTab</name>
    <message>
        <source>Industrial clusters</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>More facts from the clusters</source>
        <translation>产业集群的更多数据</translation>
    </message>
    <message>
        <source>Show all %1 figures on the clusters…</source>
        <translation>查看全部%1条产业集群数据…</translation>
    </message>
    <message>
        <source>Beijing-wide context (2019 blue paper)</source>
        <translation>北京全市背景（2019年蓝皮书）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 … and %2 more</source>
        <translation>%1……另有%2家</translation>
    </message>
    <message>
        <source>Showcase companies: %1</source>
        <translation>代表企业：%1</translation>
    </message>
    <message>
        <source>Show all %1 companies…</source>
        <translation>查看全部%1家企业…</translation>
    </message>
    <message>
        <source>The sources name no showcase company for this cluster.</source>
        <translation>来源未列出该产业集群的代表企业。</translation>
    </message>
    <message>
        <source>Companies: %1</source>
        <translation>企业：%1</translation>
    </message>
    <message>
        <source>Figures on the clusters</source>
        <translation>产业集群数据</translation>
    </message>
    <message>
        <source>not named in the source</source>
        <translation>原文未列名</translation>
    </message>
    <message>
        <source>The plan aims for %1 clusters; the source names only %2 of them.</source>
        <translation>方案提出打造%1个产业集群，原文仅列出其中%2个。</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>合资企业</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>yes (public knowledge)</source>
        <translation>是（公开信息）</translation>
    </message>
    <message>
        <source>yes (stated in the source)</source>
        <translation>是（来源载明）</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Fortune Global 500</source>
        <translation>世界500强</translation>
    </message>
</context>
<context>
    <name>DataController</name>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save update workbook…</source>
        <translation>保存更新表格(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import update…</source>
        <translation>导入更新(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export edition…</source>
        <translation>导出数据版本(&amp;E)…</translation>
    </message>
    <message>
        <source>E&amp;ditions…</source>
        <translation>数据版本(&amp;D)…</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>打开数据文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Bundled data</source>
        <translation>应用自带数据</translation>
    </message>
    <message>
        <source>Data imported from %1, %2</source>
        <translation>导入自 %1（%2）</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>导入：%1</translation>
    </message>
    <message>
        <source>the bundled data</source>
        <translation>应用自带数据</translation>
    </message>
    <message>
        <source>restart to show %1</source>
        <translation>重启后显示 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Restart to show the update</source>
        <translation>重启后显示更新</translation>
    </message>
    <message>
        <source>Active after a restart: %1</source>
        <translation>重启后生效：%1</translation>
    </message>
    <message>
        <source>Data editions</source>
        <translation>数据版本</translation>
    </message>
    <message>
        <source>An imported edition could not be used and was skipped; the previous one is open instead.</source>
        <translation>有一个导入的版本无法使用，已跳过；现已打开之前的版本。</translation>
    </message>
    <message>
        <source>This version of the app comes with facts newer than your imported edition. Switch to the bundled edition? Your imports are kept.</source>
        <translation>此版本应用自带的数据比您导入的版本更新。是否切换到应用自带版本？您导入的版本仍会保留。</translation>
    </message>
    <message>
        <source>Import update</source>
        <translation>导入更新</translation>
    </message>
    <message>
        <source>Edition pack or Excel workbook (*.etown *.xlsx)</source>
        <translation>版本包或 Excel 工作簿 (*.etown *.xlsx)</translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation>导入被拒绝：%1</translation>
    </message>
    <message>
        <source>Export edition</source>
        <translation>导出数据版本</translation>
    </message>
    <message>
        <source>Edition pack (*.etown)</source>
        <translation>版本包 (*.etown)</translation>
    </message>
    <message>
        <source>Save update workbook</source>
        <translation>保存更新工作簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>The data folder is:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>The bundled data is now active. Restart the app now to show it?</source>
        <translation>已启用应用自带数据。现在重启应用以显示吗？</translation>
    </message>
    <message>
        <source>Edition %1 is now active. Restart the app now to show it?</source>
        <translation>版本 %1 现已启用。是否立即重启应用以显示？</translation>
    </message>
</context>
<context>
    <name>EditionSigning</name>
    <message>
        <source>This laptop holds the signing key {name}. Its passphrase, to sign the edition:</source>
        <translation>本机存有签名密钥 {name}。请输入其口令以对该版本签名：</translation>
    </message>
    <message>
        <source>Sign the edition</source>
        <translation>为版本签名</translation>
    </message>
    <message>
        <source>Exported {path}, signed by {publisher} (key {key_id}, number {sequence}).</source>
        <translation>已导出 {path}，由 {publisher} 签名（密钥 {key_id}，第 {sequence} 号）。</translation>
    </message>
    <message>
        <source>Edition not signed</source>
        <translation>版本未签名</translation>
    </message>
    <message>
        <source>{path} is not signed: this laptop holds no signing key. Laptops that accept only signed editions will refuse it. To sign exports, put the bureau&apos;s signing key (.key file) in {folder}.</source>
        <translation>{path} 未签名：本机没有签名密钥。只接受已签名版本的电脑会拒绝导入它。如需签名导出，请将发布方的签名密钥（.key 文件）放入 {folder}。</translation>
    </message>
    <message>
        <source>Exported {path} (not signed).</source>
        <translation>已导出 {path}（未签名）。</translation>
    </message>
</context>
<context>
    <name>EditionsDialog</name>
    <message>
        <source>Data editions</source>
        <translation>数据版本</translation>
    </message>
    <message>
        <source>Each import is kept as its own edition. Make an earlier one active again, or go back to the edition that came with the app; nothing is deleted.</source>
        <translation>每次导入都保存为一个独立版本。可重新启用较早的版本，或恢复应用自带的版本；不会删除任何内容。</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>列标题</translation>
    </message>
    <message>
        <source>Row numbers</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>导入来源</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名方</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>设为当前版本</translation>
    </message>
    <message>
        <source>Back to the bundled edition</source>
        <translation>恢复应用自带版本</translation>
    </message>
    <message>
        <source>bundled with the app</source>
        <translation>应用自带</translation>
    </message>
    <message>
        <source>active</source>
        <translation>当前版本</translation>
    </message>
    <message>
        <source>cannot be used: %1</source>
        <translation>无法使用：%1</translation>
    </message>
    <message>
        <source>Bundled edition</source>
        <translation>应用自带版本</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No matches for “%1”</source>
        <translation>没有与“%1”匹配的结果</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong. The app keeps running, but the last action may not have finished. Please copy the details below and send them to your IT contact.</source>
        <translation>出现了问题。程序仍在运行，但上一步操作可能未完成。请复制下面的详细信息并发送给您的IT联系人。</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Booth report…</source>
        <translation>展位报告(&amp;B)…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>演示</translation>
    </message>
</context>
<context>
    <name>EventsDialog</name>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>&amp;Use for new leads</source>
        <translation>用于新线索(&amp;U)</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keep leads (months)</source>
        <translation>线索保存期限（月）(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Kiosk</source>
        <translation>自助终端(&amp;K)</translation>
    </message>
    <message>
        <source>visitors may leave their contact at the kiosk</source>
        <translation>访客可在自助终端留下联系方式</translation>
    </message>
    <message>
        <source>&amp;Create event</source>
        <translation>创建活动(&amp;C)</translation>
    </message>
    <message>
        <source>Shown in the privacy notice</source>
        <translation>在个人信息处理告知中显示</translation>
    </message>
    <message>
        <source>&amp;Bureau</source>
        <translation>处理机构(&amp;B)</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>联系方式(&amp;O)</translation>
    </message>
    <message>
        <source>({n} leads, kept {m} months)</source>
        <translation>（{n} 条线索，保存 {m} 个月）</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Export &amp;fact sheet (PDF)…</source>
        <translation>导出概况简报（PDF）(&amp;F)…</translation>
    </message>
    <message>
        <source>Export &amp;investor pack (ZIP)…</source>
        <translation>导出投资资料包（ZIP）(&amp;I)…</translation>
    </message>
    <message>
        <source>Export sec&amp;tor pack</source>
        <translation>导出行业资料包(&amp;T)</translation>
    </message>
    <message>
        <source>Save current tab as P&amp;DF…</source>
        <translation>将当前标签页另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Print current tab…</source>
        <translation>打印当前页面(&amp;P)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view of current tab…</source>
        <translation>打印预览当前页面(&amp;V)…</translation>
    </message>
    <message>
        <source>Print fact s&amp;heet…</source>
        <translation>打印概况简报(&amp;H)…</translation>
    </message>
    <message>
        <source>P&amp;rint preview of fact sheet…</source>
        <translation>打印预览概况简报(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>文件夹“{folder}”中已有“{name}”。是否替换？</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Chart copied</source>
        <translation>图表已复制</translation>
    </message>
    <message>
        <source>Which rows?</source>
        <translation>导出哪些行？</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>适用于 Excel 的 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export fact sheet</source>
        <translation>导出概况简报</translation>
    </message>
    <message>
        <source>Export investor pack</source>
        <translation>导出投资资料包</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 without BOM, for other programs (*.csv)</source>
        <translation>CSV，UTF-8 无 BOM，供其他程序使用 (*.csv)</translation>
    </message>
    <message>
        <source>The table shows {n} of {total} rows. Which rows do you want to export?</source>
        <translation>表格当前显示 {total} 行中的 {n} 行。要导出哪些行？</translation>
    </message>
    <message>
        <source>Shown rows ({n})</source>
        <translation>当前显示的行（{n}）</translation>
    </message>
    <message>
        <source>All rows ({total})</source>
        <translation>全部行（{total}）</translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>File list columns</source>
        <translation>文件列表的列</translation>
    </message>
</context>
<context>
    <name>ForeignInvestmentTab</name>
    <message>
        <source>Foreign investment</source>
        <translation>外商投资</translation>
    </message>
    <message>
        <source>Foreign investment in E-Town</source>
        <translation>北京经开区外商投资</translation>
    </message>
    <message>
        <source>Totals since the zone was founded, as the sources state them.</source>
        <translation>建区以来的累计数据，均按来源原文表述。</translation>
    </message>
    <message>
        <source>Multinational production: Bayer</source>
        <translation>跨国企业生产线：拜耳</translation>
    </message>
    <message>
        <source>Living and working here</source>
        <translation>在亦庄工作与生活</translation>
    </message>
</context>
<context>
    <name>Fortune500Tab</name>
    <message>
        <source>Fortune 500 projects</source>
        <translation>世界500强项目</translation>
    </message>
    <message>
        <source>Fortune Global 500 in E-Town</source>
        <translation>世界500强企业在北京经开区</translation>
    </message>
    <message>
        <source>Each source&apos;s own statement is shown; where they differ, both are.</source>
        <translation>各项数据均按来源原文列示；不同来源表述不一致时，一并列出。</translation>
    </message>
    <message>
        <source>{label} ({ref})</source>
        <translation>{label}（{ref}）</translation>
    </message>
    <message>
        <source>Named companies and projects</source>
        <translation>具名企业与项目</translation>
    </message>
    <message>
        <source>Fortune Global 500 status: “public knowledge” is our note, not the source&apos;s; “not stated” means the sources do not say.</source>
        <translation>世界500强身份：“公开信息”为本程序的标注，并非来源原文；“未说明”表示来源未作说明。</translation>
    </message>
    <message>
        <source>Filter by name, country, cluster…</source>
        <translation>按名称、国家/地区、产业集群筛选…</translation>
    </message>
    <message>
        <source>Filter companies</source>
        <translation>筛选企业</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>相关数据</translation>
    </message>
    <message>
        <source>({period}; {ref}, {paragraph})</source>
        <translation>（{period}；{ref}，{paragraph}）</translation>
    </message>
    <message>
        <source>Source: {ref} — {title}; {publisher}, {date}, {paragraph}</source>
        <translation>来源：{ref} — {title}；{publisher}，{date}，{paragraph}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import update — %1</source>
        <translation>导入更新 — %1</translation>
    </message>
    <message>
        <source>%1 error(s) and %2 warning(s): fix the errors in the file and import it again. Nothing was changed.</source>
        <translation>%1 个错误，%2 条警告：请在文件中改正错误后重新导入。未做任何更改。</translation>
    </message>
    <message>
        <source>No errors (%2 warning(s)). This edition is already the active one; there is nothing to apply.</source>
        <translation>没有错误（%2 条警告）。该版本已是当前版本，无需应用。</translation>
    </message>
    <message>
        <source>No errors (%2 warning(s)). Check the changes below, then Apply.</source>
        <translation>没有错误（%2 条警告）。请核对下方的变化，然后点击“应用”。</translation>
    </message>
    <message>
        <source>Not signed: accepted because this laptop&apos;s policy is warn</source>
        <translation>未签名：本机策略为 warn，因此接受</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Copy location</source>
        <translation>复制位置</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Changes compared with the active edition %1</source>
        <translation>与当前版本 %1 相比的变化</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>What the update changes</source>
        <translation>此更新的改动</translation>
    </message>
</context>
<context>
    <name>KioskContactForm</name>
    <message>
        <source>Leave your contact</source>
        <translation>留下联系方式</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Thank you! Our staff will be in touch.</source>
        <translation>谢谢！我们的工作人员会与您联系。</translation>
    </message>
    <message>
        <source>Scan to save our contact</source>
        <translation>扫码保存我们的联系方式</translation>
    </message>
    <message>
        <source>Please give your name or your company.</source>
        <translation>请填写您的姓名或单位。</translation>
    </message>
    <message>
        <source>Sorry, this could not be saved. Please ask our staff.</source>
        <translation>抱歉，未能保存。请联系现场工作人员。</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>隐私声明</translation>
    </message>
</context>
<context>
    <name>KioskSupervisor</name>
    <message>
        <source>The booth kiosk stopped after crashing three times within a minute.
Please call a staff member. The details are in the log file.</source>
        <translation>展位自助终端在一分钟内崩溃三次，已停止运行。
请联系工作人员。详细信息见日志文件。</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>E-Town booth</source>
        <translation>亦庄展位</translation>
    </message>
    <message>
        <source>Swipe or tap ‹ › to browse · tap a figure to see its source</source>
        <translation>滑动或点击 ‹ › 浏览 · 点击数据查看来源</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>上一张</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>下一张</translation>
    </message>
    <message>
        <source>Language: English | 中文</source>
        <translation>语言：English | 中文</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN 码错误。</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again in {seconds} s.</source>
        <translation>PIN 码错误。请在 {seconds} 秒后重试。</translation>
    </message>
    <message>
        <source>Leave your contact</source>
        <translation>留下联系方式</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <source>Period: {period}</source>
        <translation>时期：{period}</translation>
    </message>
    <message>
        <source>Source: {ref} — {title}</source>
        <translation>来源：{ref} — {title}</translation>
    </message>
    <message>
        <source>{publisher}, {date}, {paragraph}</source>
        <translation>{publisher}，{date}，{paragraph}</translation>
    </message>
    <message>
        <source>In US dollars (the source’s conversion): {usd}</source>
        <translation>美元金额（按来源的换算）：{usd}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message>
        <source>&amp;Given name</source>
        <translation>名(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>姓(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>单位(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>职务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>国家/地区(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>关注领域</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>评级(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Next &amp;step, due</source>
        <translation>下一步及期限(&amp;S)</translation>
    </message>
    <message>
        <source>Edit lead</source>
        <translation>编辑线索</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>新建线索</translation>
    </message>
    <message>
        <source>a name or a company is required</source>
        <translation>姓名或单位至少填写一项</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>e.g. send the biomedicine brief</source>
        <translation>例如：发送生物医药简报</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Make follow-up &amp;brief…</source>
        <translation>生成跟进简报(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>撤回同意(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Delete on request…</source>
        <translation>应要求删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Type a name or a company.</source>
        <translation>请填写姓名或单位。</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未填写</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>关注领域</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>The email address looks malformed (kept as typed).</source>
        <translation>邮箱地址格式似乎有误（按输入保留）。</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>LeadsController</name>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>New &amp;lead…</source>
        <translation>新建线索(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>线索(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Events…</source>
        <translation>活动(&amp;E)…</translation>
    </message>
    <message>
        <source>E&amp;xport leads…</source>
        <translation>导出线索(&amp;X)…</translation>
    </message>
    <message>
        <source>My &amp;card…</source>
        <translation>我的名片(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Purge expired leads…</source>
        <translation>清除过期线索(&amp;P)…</translation>
    </message>
    <message>
        <source>Create the event first (its name, date and place).</source>
        <translation>请先创建活动（名称、日期和地点）。</translation>
    </message>
    <message>
        <source>Lead saved.</source>
        <translation>线索已保存。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Make follow-up &amp;brief…</source>
        <translation>生成跟进简报(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>撤回同意(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Delete on request…</source>
        <translation>应要求删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>Withdraw every consent of this lead? Only the name, company and email are kept, so the person is not contacted again.</source>
        <translation>撤回此线索的全部同意？仅保留姓名、单位和邮箱，以确保不再联系此人。</translation>
    </message>
    <message>
        <source>Delete lead</source>
        <translation>删除线索</translation>
    </message>
    <message>
        <source>Delete this lead, its consent history and its briefs for good?</source>
        <translation>永久删除此线索及其同意记录和简报？</translation>
    </message>
    <message>
        <source>No lead is past its retention period.</source>
        <translation>没有超过保存期限的线索。</translation>
    </message>
    <message>
        <source>Purge expired leads</source>
        <translation>清除过期线索</translation>
    </message>
    <message>
        <source>{n} lead(s) are past their event&apos;s retention period. Delete them now?</source>
        <translation>{n} 条线索已超过所属活动的保存期限。现在删除？</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>导出线索</translation>
    </message>
    <message>
        <source>{n} lead(s) written to {path}.</source>
        <translation>已将 {n} 条线索写入 {path}。</translation>
    </message>
    <message>
        <source>Left out (their consent does not cover this use):</source>
        <translation>未包含（其同意范围不涵盖此用途）：</translation>
    </message>
    <message>
        <source>Follow-up brief</source>
        <translation>跟进简报</translation>
    </message>
    <message>
        <source>This lead did not consent to receive materials.</source>
        <translation>此线索未同意接收材料。</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>{n} next step(s) due</source>
        <translation>{n} 项下一步已到期</translation>
    </message>
    <message>
        <source>{n} lead(s) past retention — Purge now…</source>
        <translation>{n} 条线索已过保存期限 — 立即清除…</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>锁定(&amp;K)</translation>
    </message>
    <message>
        <source>Leads l&amp;ist</source>
        <translation>线索列表(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Show my card (QR)…</source>
        <translation>出示我的名片（二维码）(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>LeadsDock</name>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
</context>
<context>
    <name>LeadsPanel</name>
    <message>
        <source>The leads are encrypted on this laptop. Unlock them with the staff passphrase to see and edit them; new leads can be added while locked.</source>
        <translation>线索在本电脑中加密保存。输入员工口令解锁后可查看和编辑；锁定时仍可添加新线索。</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>Filter by name, company, email, notes…</source>
        <translation>按姓名、单位、邮箱、备注筛选…</translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation>新建线索(&amp;N)…</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>全部评级</translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <source>Any next step</source>
        <translation>全部下一步</translation>
    </message>
    <message>
        <source>Due today or overdue</source>
        <translation>今日到期或已逾期</translation>
    </message>
    <message>
        <source>With a due date</source>
        <translation>有期限</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>全部活动</translation>
    </message>
    <message>
        <source>{shown} of {total} leads</source>
        <translation>显示 {shown} / 共 {total} 条线索</translation>
    </message>
    <message>
        <source>(opening {opened} of {total}…)</source>
        <translation>（正在解密 {opened} / {total}…）</translation>
    </message>
    <message>
        <source>Filter the leads</source>
        <translation>筛选线索</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>列标题</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Industrial clusters</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Foreign investment</source>
        <translation>外商投资</translation>
    </message>
    <message>
        <source>Fortune 500 projects</source>
        <translation>世界500强项目</translation>
    </message>
    <message>
        <source>Business-service reforms</source>
        <translation>营商环境改革</translation>
    </message>
    <message>
        <source>Plans &amp; targets</source>
        <translation>规划与目标</translation>
    </message>
    <message>
        <source>Sources &amp; all figures</source>
        <translation>来源与全部数据</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find a figure…</source>
        <translation>查找数据(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About E-Town Investor Desktop</source>
        <translation>关于亦庄投资者桌面(&amp;A)</translation>
    </message>
    <message>
        <source>Database edition {edition} · {coverage} · Figures: {figures} · Sources: {sources}</source>
        <translation>数据库版本 {edition} · {coverage} · 数据项：{figures} · 来源：{sources}</translation>
    </message>
    <message>
        <source>This section is being prepared.</source>
        <translation>本栏目正在准备中。</translation>
    </message>
    <message>
        <source>This section could not be shown. The details are in the log file.</source>
        <translation>本栏目无法显示，详细信息已写入日志文件。</translation>
    </message>
    <message>
        <source>Facts about Beijing Economic-Technological Development Area (E-Town), each with its source.</source>
        <translation>北京经济技术开发区（亦庄）的事实数据，每一项均注明来源。</translation>
    </message>
    <message>
        <source>E-Town Investor Desktop</source>
        <translation>亦庄投资者桌面</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Database edition</source>
        <translation>数据库版本</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>About E-Town Investor Desktop</source>
        <translation>关于亦庄投资者桌面</translation>
    </message>
    <message>
        <source>Sector profiles</source>
        <translation>行业概况</translation>
    </message>
    <message>
        <source>Beijing Economic-Technological Development Area</source>
        <translation>北京经济技术开发区</translation>
    </message>
    <message>
        <source>Edition {edition} · {coverage}</source>
        <translation>版本 {edition} · {coverage}</translation>
    </message>
    <message>
        <source>Edition {edition}</source>
        <translation>版本 {edition}</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;revious tab</source>
        <translation>上一个标签页(&amp;R)</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;ource panel</source>
        <translation>数据来源(&amp;O)</translation>
    </message>
</context>
<context>
    <name>MergePrompt</name>
    <message>
        <source>Same person?</source>
        <translation>同一人？</translation>
    </message>
    <message>
        <source>{new} looks like a lead of this event: {existing} (same email, or same name and company).</source>
        <translation>{new} 与本活动的线索 {existing} 疑似为同一人（相同邮箱，或相同姓名和单位）。</translation>
    </message>
    <message>
        <source>Merge fills the existing lead&apos;s empty fields and keeps both consent records.</source>
        <translation>合并将补全已有线索的空白字段，并保留两条同意记录。</translation>
    </message>
    <message>
        <source>&amp;Merge into it</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>保留两条(&amp;K)</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>返回表单</translation>
    </message>
</context>
<context>
    <name>MyCardDialog</name>
    <message>
        <source>My card</source>
        <translation>我的名片</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>职务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Web site</source>
        <translation>网站(&amp;W)</translation>
    </message>
    <message>
        <source>Type your contact: visitors scan it with their phone&apos;s camera.</source>
        <translation>请输入您的联系方式：访客用手机相机扫码即可保存。</translation>
    </message>
</context>
<context>
    <name>OfficeExport</name>
    <message>
        <source>The template {path} does not exist.</source>
        <translation>模板 {path} 不存在。</translation>
    </message>
    <message>
        <source>The template {path} is a folder, not a .pptx file.</source>
        <translation>模板 {path} 是文件夹，不是 .pptx 文件。</translation>
    </message>
    <message>
        <source>The template {path} cannot be read.</source>
        <translation>无法读取模板 {path}。</translation>
    </message>
    <message>
        <source>The template {path} is not a PowerPoint (.pptx) file.</source>
        <translation>模板 {path} 不是 PowerPoint（.pptx）文件。</translation>
    </message>
    <message>
        <source>The template {path} is password-protected (or an old .ppt file). Save it as an unprotected .pptx and try again.</source>
        <translation>模板 {path} 受密码保护（或为旧版 .ppt 文件）。请另存为未加密的 .pptx 后重试。</translation>
    </message>
    <message>
        <source>The template {path} is damaged and cannot be opened.</source>
        <translation>模板 {path} 已损坏，无法打开。</translation>
    </message>
    <message>
        <source>Export story as PowerPoint</source>
        <translation>将演示导出为 PowerPoint</translation>
    </message>
    <message>
        <source>PowerPoint presentation (*.pptx)</source>
        <translation>PowerPoint 演示文稿 (*.pptx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The template has no layout with a title placeholder; the app&apos;s own layout was used.</source>
        <translation>模板中没有带标题占位符的版式，已改用应用自带的版式。</translation>
    </message>
    <message>
        <source>This database edition holds no stories.</source>
        <translation>此数据库版本中没有演示。</translation>
    </message>
    <message>
        <source>Export brief as Word</source>
        <translation>将简报导出为 Word</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Export story as Po&amp;werPoint…</source>
        <translation>将演示导出为 PowerPoint(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>at sign</source>
        <translation>@ 符号</translation>
    </message>
    <message>
        <source>dot</source>
        <translation>点</translation>
    </message>
    <message>
        <source>hyphen</source>
        <translation>连字符</translation>
    </message>
    <message>
        <source>underscore</source>
        <translation>下划线</translation>
    </message>
    <message>
        <source>plus</source>
        <translation>加号</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>大写</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>退格</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Beijing E-Town at a glance</source>
        <translation>北京亦庄概览</translation>
    </message>
    <message>
        <source>Beijing Economic-Technological Development Area (BDA).</source>
        <translation>北京经济技术开发区（北京经开区）。</translation>
    </message>
    <message>
        <source>Hover or click any figure to see its source.</source>
        <translation>将鼠标悬停在任一数据上或点击它，即可查看其来源。</translation>
    </message>
</context>
<context>
    <name>PaneCycle</name>
    <message>
        <source>Ne&amp;xt pane</source>
        <translation>下一个窗格(&amp;X)</translation>
    </message>
    <message>
        <source>Pr&amp;evious pane</source>
        <translation>上一个窗格(&amp;E)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Set the leads passphrase</source>
        <translation>设置线索口令</translation>
    </message>
    <message>
        <source>Leads are stored encrypted on this laptop. Choose a passphrase of at least 8 characters for the staff. A forgotten passphrase cannot be recovered: the leads are gone with it.</source>
        <translation>线索在本电脑中加密保存。请为员工设置至少8个字符的口令。口令遗忘后无法找回，线索也将随之无法读取。</translation>
    </message>
    <message>
        <source>Unlock the leads</source>
        <translation>解锁线索</translation>
    </message>
    <message>
        <source>Type the staff passphrase to read the leads during this run.</source>
        <translation>输入员工口令，在本次运行期间读取线索。</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>口令(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>再次输入(&amp;A)</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>工作人员 PIN 码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Sources of the figures on this slide</source>
        <translation>本页数据的来源</translation>
    </message>
    <message>
        <source>Slide {n} of {count}</source>
        <translation>第 {n} 张，共 {count} 张</translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation>已用时 {time}</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>演讲者视图</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>下一张</translation>
    </message>
    <message>
        <source>Speaker note</source>
        <translation>演讲备注</translation>
    </message>
    <message>
        <source>Where the figures on this slide come from</source>
        <translation>本页数据的来源</translation>
    </message>
    <message>
        <source>Export as PowerPoint…</source>
        <translation>导出为 PowerPoint…</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Add to brief</source>
        <translation>加入简报</translation>
    </message>
    <message>
        <source>Add this section to the meeting brief</source>
        <translation>将此部分加入会谈简报</translation>
    </message>
</context>
<context>
    <name>ProfilesTab</name>
    <message>
        <source>Sector profiles</source>
        <translation>行业概况</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>行业概况</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>对比对象</translation>
    </message>
    <message>
        <source>(no comparison)</source>
        <translation>（不对比）</translation>
    </message>
    <message>
        <source>Swap ⇄</source>
        <translation>互换 ⇄</translation>
    </message>
    <message>
        <source>Exchange the two sides</source>
        <translation>交换左右两侧</translation>
    </message>
    <message>
        <source>Add profile to brief</source>
        <translation>将概况加入简报</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>行业概况：</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <source>Sector profile</source>
        <translation>产业画像</translation>
    </message>
</context>
<context>
    <name>ProvenanceDock</name>
    <message>
        <source>Source of the figure</source>
        <translation>数据来源</translation>
    </message>
</context>
<context>
    <name>ProvenancePanel</name>
    <message>
        <source>Source of the selected figure</source>
        <translation>所选数据的来源</translation>
    </message>
    <message>
        <source>Where does this number come from?</source>
        <translation>这个数字从何而来？</translation>
    </message>
    <message>
        <source>Click or select any figure — a card, a bar or a table row — to see its source, publisher, date and paragraph here.</source>
        <translation>点击或选中任一数据（卡片、柱形或表格行），即可在此查看其来源、发布机构、日期和段落。</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>来源信息</translation>
    </message>
    <message>
        <source>Also stated as</source>
        <translation>其他来源的表述</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <source>In US dollars</source>
        <translation>美元折算</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Page section</source>
        <translation>页面栏目</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{ref}, {publisher}, {date}, {paragraph} ({period})</source>
        <translation>{ref}，{publisher}，{date}，{paragraph}（{period}）</translation>
    </message>
    <message>
        <source>exact figure</source>
        <translation>确切数字</translation>
    </message>
    <message>
        <source>the source says “%1”</source>
        <translation>原文表述为“%1”</translation>
    </message>
    <message>
        <source>Details: archived copy %1</source>
        <translation>详情：存档文件 %1</translation>
    </message>
    <message>
        <source>Stated in</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Stated in (each source)</source>
        <translation>出处（各来源）</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReformsTab</name>
    <message>
        <source>Business-service reforms</source>
        <translation>营商环境改革</translation>
    </message>
    <message>
        <source>What changed for companies, and which sources mention each reform.</source>
        <translation>各项改革为企业带来的变化，以及提及该改革的来源。</translation>
    </message>
    <message>
        <source>Work permits for foreign staff: before and now</source>
        <translation>外国人工作许可：改革前后对比</translation>
    </message>
    <message>
        <source>{ref} ({paragraph})</source>
        <translation>{ref}（{paragraph}）</translation>
    </message>
    <message>
        <source>Mentioned in: %1</source>
        <translation>提及来源：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>First in Beijing</source>
        <translation>北京首创</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Show the saved file&apos;s folder in the file manager</source>
        <translation>在文件管理器中显示已保存文件所在的文件夹</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>&amp;Search everything…</source>
        <translation>全局搜索(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Profiles</source>
        <translation>行业概况</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Companies and projects</source>
        <translation>企业与项目</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Reforms</source>
        <translation>改革</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>全局搜索</translation>
    </message>
    <message>
        <source>Search everything: Yizhuang, 奔驰, pharma, 1,043 …</source>
        <translation>搜索全部内容：亦庄、Benz、生物医药、1043……</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Type a name, an alias or a number.</source>
        <translation>请输入名称、别名或数字。</translation>
    </message>
    <message>
        <source>No matches for “{query}”.</source>
        <translation>没有与“{query}”匹配的结果。</translation>
    </message>
    <message>
        <source>{n} results · Enter opens the selected one · Esc closes</source>
        <translation>共{n}条结果 · 按回车打开所选项 · 按Esc关闭</translation>
    </message>
</context>
<context>
    <name>SectionItemModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>SectionTable</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Show all %1…</source>
        <translation>显示全部 %1 项…</translation>
    </message>
</context>
<context>
    <name>ShowAllDialog</name>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1行</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>筛选列表</translation>
    </message>
</context>
<context>
    <name>ShowCardDialog</name>
    <message>
        <source>My card</source>
        <translation>我的名片</translation>
    </message>
    <message>
        <source>QR code of my contact</source>
        <translation>我的联系方式二维码</translation>
    </message>
    <message>
        <source>&amp;Edit my card…</source>
        <translation>编辑我的名片(&amp;E)…</translation>
    </message>
    <message>
        <source>No card yet: type your contact with “Edit my card…”.</source>
        <translation>尚无名片：请通过“编辑我的名片…”填写联系方式。</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to save my contact.</source>
        <translation>用手机相机扫描即可保存我的联系方式。</translation>
    </message>
</context>
<context>
    <name>SlideController</name>
    <message>
        <source>Slide {n} of {total}</source>
        <translation>第{n}张，共{total}张</translation>
    </message>
</context>
<context>
    <name>SourceCard</name>
    <message>
        <source>%1 figures</source>
        <translation>%1 项数据</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Source of the figure</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Show only this source&apos;s figures in the table below</source>
        <translation>在下方表格中只显示此来源的数据</translation>
    </message>
</context>
<context>
    <name>SourceQuoteView</name>
    <message>
        <source>Cited paragraph</source>
        <translation>引用段落</translation>
    </message>
    <message>
        <source>Open source</source>
        <translation>打开原文</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>复制引用</translation>
    </message>
    <message>
        <source>Cited paragraph (¶%1) of %2</source>
        <translation>%2 的引用段落（第 %1 段）</translation>
    </message>
    <message>
        <source>The article text of this source is not available.</source>
        <translation>该来源的文章全文不可用。</translation>
    </message>
    <message>
        <source>Checked by hand</source>
        <translation>人工核对</translation>
    </message>
    <message>
        <source>&amp;Short citation</source>
        <translation>简短引用(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Full citation</source>
        <translation>完整引用(&amp;F)</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <source>Sources &amp; all figures</source>
        <translation>来源与全部数据</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Every figure in this app comes from one of these pages. Where a page prints no publisher or date, the app says so instead of guessing.</source>
        <translation>本程序中的每一项数据都来自以下页面之一。页面未载明发布机构或日期时，程序会如实说明，而不作推测。</translation>
    </message>
    <message>
        <source>… and %1 more sources. Type a source&apos;s reference or title in the search box below to see its figures.</source>
        <translation>……另有%1个来源。在下方搜索框中输入来源编号或标题即可查看其数据。</translation>
    </message>
    <message>
        <source>Search figures</source>
        <translation>搜索数据</translation>
    </message>
    <message>
        <source>Search figures, sources, notes — English or 中文 (Ctrl+F)</source>
        <translation>搜索数据、来源、备注 — 中文或英文 (Ctrl+F)</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 项数据</translation>
    </message>
    <message>
        <source>%1 of %2 figures</source>
        <translation>%1 / %2 项数据</translation>
    </message>
    <message>
        <source>Show every source</source>
        <translation>显示全部来源</translation>
    </message>
    <message>
        <source>Hide source cards</source>
        <translation>隐藏来源卡片</translation>
    </message>
    <message>
        <source>Show source cards</source>
        <translation>显示来源卡片</translation>
    </message>
    <message>
        <source>%1 of %2 figures, from %3</source>
        <translation>%2 项数据中的 %1 项，来自 %3</translation>
    </message>
</context>
<context>
    <name>StillTherePrompt</name>
    <message>
        <source>Still there?</source>
        <translation>还在吗？</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Continue the visit</source>
        <translation>继续浏览</translation>
    </message>
    <message>
        <source>The screen starts over in {seconds} s. Touch anywhere to continue.</source>
        <translation>{seconds} 秒后屏幕将回到开头。轻触任意位置继续。</translation>
    </message>
</context>
<context>
    <name>StoryExportDialog</name>
    <message>
        <source>Export story as PowerPoint</source>
        <translation>将演示导出为 PowerPoint</translation>
    </message>
    <message>
        <source>none: the app&apos;s own look</source>
        <translation>无：使用应用自带样式</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Template (.pptx)</source>
        <translation>模板（.pptx）</translation>
    </message>
    <message>
        <source>PowerPoint template</source>
        <translation>PowerPoint 模板</translation>
    </message>
    <message>
        <source>PowerPoint presentation (*.pptx)</source>
        <translation>PowerPoint 演示文稿 (*.pptx)</translation>
    </message>
</context>
<context>
    <name>TabPage</name>
    <message>
        <source>{ref}: {value}</source>
        <translation>{ref}：{value}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>TabPrint</name>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Save tab as PDF</source>
        <translation>将标签页另存为 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
</context>
<context>
    <name>TabTitles</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>外资</translation>
    </message>
    <message>
        <source>Fortune 500</source>
        <translation>500强</translation>
    </message>
    <message>
        <source>Reforms</source>
        <translation>改革</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>规划目标</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Column headers</source>
        <translation>列标题</translation>
    </message>
    <message>
        <source>Row numbers</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy with headers</source>
        <translation>连同表头复制</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>TargetTableModel</name>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Latest figure</source>
        <translation>最新数据</translation>
    </message>
    <message>
        <source>Comparable?</source>
        <translation>是否可比</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no — a different measure</source>
        <translation>否（统计口径不同）</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>Plans &amp; targets</source>
        <translation>规划与目标</translation>
    </message>
    <message>
        <source>Where the latest figure measures something different from the target, it is shown only as context: it does not show progress towards the target.</source>
        <translation>最新数据与目标的统计口径不同时，仅作为背景参考列示，并不代表目标的完成进度。</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>TextSizeMenu</name>
    <message>
        <source>&amp;Text size</source>
        <translation>文字大小(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>恢复默认大小(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Signed by {publisher} · key {key}</source>
        <translation>由 {publisher} 签名 · 密钥 {key}</translation>
    </message>
    <message>
        <source>Newest source is {n} months old</source>
        <translation>最新来源已是 {n} 个月前</translation>
    </message>
    <message>
        <source>This edition carries no publisher&apos;s signature (bundled with the app, made from a workbook, or an unsigned pack).</source>
        <translation>此版本没有发布方签名（应用自带、由工作簿生成或来自未签名的版本包）。</translation>
    </message>
    <message>
        <source>Signed by {publisher} with key {key_id}, number {sequence}, on {created}.</source>
        <translation>由 {publisher} 于 {created} 用密钥 {key_id} 签名，第 {sequence} 号。</translation>
    </message>
</context>
<context>
    <name>VisitLogMessages</name>
    <message>
        <source>No visit log at {path}: the kiosk or a presentation has not run on this computer yet.</source>
        <translation>{path} 处没有参观记录：本机尚未运行过自助终端或演示。</translation>
    </message>
    <message>
        <source>The visit log {path} cannot be read ({detail}).</source>
        <translation>无法读取参观记录 {path}（{detail}）。</translation>
    </message>
    <message>
        <source>The visit log {path} cannot be opened ({detail}).</source>
        <translation>无法打开参观记录 {path}（{detail}）。</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新的语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>欢迎(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Welcome to E-Town Investor Desktop</source>
        <translation>欢迎使用亦庄投资者桌面</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>Every number in this app comes from a published source.</source>
        <translation>本应用中的每个数字都来自公开发布的来源。</translation>
    </message>
    <message>
        <source>Click a number to see its source, paragraph and date in the source panel.</source>
        <translation>点击数字，即可在来源面板中查看其来源、段落和日期。</translation>
    </message>
    <message>
        <source>You can open this window again from Help › Welcome.</source>
        <translation>可随时通过“帮助 › 欢迎”再次打开此窗口。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>_TabPage</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>bootstrap</name>
    <message>
        <source>E-Town Investor Desktop</source>
        <translation>亦庄投资者桌面</translation>
    </message>
    <message>
        <source>The fact database cannot be opened.</source>
        <translation>无法打开事实数据库。</translation>
    </message>
</context>
</TS>
