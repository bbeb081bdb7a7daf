<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChartView</name>
    <message>
        <source>Chart title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see the source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClustersTab</name>
    <message>
        <source>Industrial clusters</source>
        <translation type="unfinished">产业集群</translation>
    </message>
    <message>
        <source>More facts from the clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beijing-wide context (2019 blue paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showcase companies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources name no showcase company for this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not named in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan aims for %1 clusters; the source names only %2 of them.</source>
        <translation type="unfinished"></translation>
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
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which rows?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table shows {n} of {total} rows.

Yes: export the {n} rows shown.
No: export all {total} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export fact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export investor pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation type="unfinished"></translation>
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
        <source>Fortune 500</source>
        <translation>世界500强</translation>
    </message>
    <message>
        <source>Reforms</source>
        <translation>营商改革</translation>
    </message>
    <message>
        <source>Plans &amp; targets</source>
        <translation>规划与目标</translation>
    </message>
    <message>
        <source>Beijing context</source>
        <translation>北京背景</translation>
    </message>
</context>
<context>
    <name>ForeignInvestmentTab</name>
    <message>
        <source>Foreign investment</source>
        <translation type="unfinished">外商投资</translation>
    </message>
    <message>
        <source>Foreign investment in E-Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals since the zone was founded, as the sources state them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multinational production: Bayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living and working here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fortune500Tab</name>
    <message>
        <source>Fortune 500 projects</source>
        <translation type="unfinished">世界500强项目</translation>
    </message>
    <message>
        <source>Fortune Global 500 in E-Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each source&apos;s own statement is shown; where they differ, both are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named companies and projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortune Global 500 status: “public knowledge” is our note, not the source&apos;s; “not stated” means the sources do not say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, country, cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished">数据项</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">来源</translation>
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
        <translation>营商服务改革</translation>
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
        <source>E-Town Investor Desktop — Beijing Economic-Technological Development Area</source>
        <translation>亦庄投资者桌面 — 北京经济技术开发区</translation>
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
        <source>Next tab</source>
        <translation>下一个标签页</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>上一个标签页</translation>
    </message>
    <message>
        <source>&amp;Find a figure…</source>
        <translation>查找数据(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>Source &amp;panel</source>
        <translation>来源面板(&amp;P)</translation>
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
        <source>Database edition %1 · data as of %2 · %3 figures from %4 sources</source>
        <translation>数据库版本 %1 · 数据截至 %2 · %3 项数据，来自 %4 个来源</translation>
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
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished">概览</translation>
    </message>
    <message>
        <source>Beijing E-Town at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beijing Economic-Technological Development Area (BDA). Hover or click any figure to see its source.</source>
        <translation type="unfinished"></translation>
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
        <source>paragraph</source>
        <translation>段落</translation>
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
        <source>Source file</source>
        <translation>来源文件</translation>
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
        <source>exact figure</source>
        <translation>确切数字</translation>
    </message>
    <message>
        <source>the source says “%1”</source>
        <translation>原文表述为“%1”</translation>
    </message>
</context>
<context>
    <name>ReformsTab</name>
    <message>
        <source>Business-service reforms</source>
        <translation type="unfinished">营商服务改革</translation>
    </message>
    <message>
        <source>What changed for companies, and which sources mention each reform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work permits for foreign staff: before and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First in Beijing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceCard</name>
    <message>
        <source>%1 figures</source>
        <translation>%1 项数据</translation>
    </message>
</context>
<context>
    <name>SourceTableModel</name>
    <message>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
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
        <source>Page section</source>
        <translation>页面栏目</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
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
</context>
<context>
    <name>TableView</name>
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
    <name>TargetsTab</name>
    <message>
        <source>Plans &amp; targets</source>
        <translation type="unfinished">规划与目标</translation>
    </message>
    <message>
        <source>Where the latest figure measures something different from the target, it is shown only as context: it does not show progress towards the target.</source>
        <translation type="unfinished"></translation>
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
