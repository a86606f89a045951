<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>busola</name>
    <message>
        <source>MONTH</source>
        <translation>MONTH</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Build the demo company.</source>
        <translation>Build the demo company.</translation>
    </message>
    <message>
        <source>Last month, YYYY-MM.</source>
        <translation>Last month, YYYY-MM.</translation>
    </message>
    <message>
        <source>Ignored here.</source>
        <translation>Ignored here.</translation>
    </message>
    <message>
        <source>--demo-end takes a month as YYYY-MM, e.g. 2026-10.</source>
        <translation>--demo-end takes a month as YYYY-MM, e.g. 2026-10.</translation>
    </message>
    <message>
        <source>the store %1 already holds data; the demo company goes only into an empty store (use --db with a new file).</source>
        <translation>the store %1 already holds data; the demo company goes only into an empty store (use --db with a new file).</translation>
    </message>
    <message>
        <source>Demo company written to %1:</source>
        <translation>Demo company written to %1:</translation>
    </message>
</context>
<context>
    <name>busola::Cli</name>
    <message>
        <source>Open the window (the default).</source>
        <translation>Open the window (the default).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Busola: sales and sales-support KPIs against their targets.</source>
        <translation>Busola: sales and sales-support KPIs against their targets.</translation>
    </message>
    <message>
        <source>The store to use (a file).</source>
        <translation>The store to use (a file).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Build the demo company in the store and exit.</source>
        <translation>Build the demo company in the store and exit.</translation>
    </message>
    <message>
        <source>Last month of the demo data, YYYY-MM (default: last month).</source>
        <translation>Last month of the demo data, YYYY-MM (default: last month).</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MONTH</translation>
    </message>
    <message>
        <source>Language of the window: ro or en.</source>
        <translation>Language of the window: ro or en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>A spreadsheet or CSV to import.</source>
        <translation>A spreadsheet or CSV to import.</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>unknown command: %1</translation>
    </message>
    <message>
        <source>Write the meeting report of a period as a PDF.</source>
        <translation>Write the meeting report of a period as a PDF.</translation>
    </message>
</context>
<context>
    <name>busola::CommandContext</name>
    <message>
        <source>The store to use: a file, or postgresql://user@host/db (default: %1).</source>
        <translation>The store to use: a file, or postgresql://user@host/db (default: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
</context>
<context>
    <name>busola::Demo</name>
    <message>
        <source>The demo company is not built yet.</source>
        <translation>The demo company is not built yet.</translation>
    </message>
</context>
<context>
    <name>busola::Gui</name>
    <message>
        <source>Busola</source>
        <translation>Busola</translation>
    </message>
</context>
<context>
    <name>busola::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Busola — %1</source>
        <translation>Busola — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>busola::Migrations</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>cannot read the schema version: %1</translation>
    </message>
    <message>
        <source>the store was written by a newer Busola (schema version %1; this program knows up to %2). Update Busola to open it.</source>
        <translation>the store was written by a newer Busola (schema version %1; this program knows up to %2). Update Busola to open it.</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>migration to version %1 failed: %2 (%3)</source>
        <translation>migration to version %1 failed: %2 (%3)</translation>
    </message>
    <message>
        <source>cannot record schema version %1: %2</source>
        <translation>cannot record schema version %1: %2</translation>
    </message>
</context>
<context>
    <name>busola::PlaceholderPage</name>
    <message>
        <source>This page is not yet available in this version of Busola.</source>
        <translation>This page is not yet available in this version of Busola.</translation>
    </message>
</context>
<context>
    <name>busola::Store</name>
    <message>
        <source>Cannot connect to the team store %1: %2</source>
        <translation>Cannot connect to the team store %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the store.</source>
        <translation>Cannot create the folder %1 for the store.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Busola store.</source>
        <translation>%1 is a folder, not a Busola store.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Cannot open the store %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Busola store (or it is damaged): %2</source>
        <translation>%1 is not a Busola store (or it is damaged): %2</translation>
    </message>
</context>
<context>
    <name>busola::StoreWriter</name>
    <message>
        <source>The store is busy or read-only: %1</source>
        <translation>The store is busy or read-only: %1</translation>
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation>Cannot record the import: %1</translation>
    </message>
    <message>
        <source>Nothing is being written: begin() was not called.</source>
        <translation>Nothing is being written: begin() was not called.</translation>
    </message>
    <message>
        <source>Cannot write %1 row %2: %3</source>
        <translation>Cannot write %1 row %2: %3</translation>
    </message>
    <message>
        <source>Cannot read %1 row %2: %3</source>
        <translation>Cannot read %1 row %2: %3</translation>
    </message>
    <message>
        <source>Cannot update %1 row %2: %3</source>
        <translation>Cannot update %1 row %2: %3</translation>
    </message>
    <message>
        <source>Cannot keep the earlier state of %1 row %2: %3</source>
        <translation>Cannot keep the earlier state of %1 row %2: %3</translation>
    </message>
    <message>
        <source>Nothing to commit.</source>
        <translation>Nothing to commit.</translation>
    </message>
    <message>
        <source>Cannot update the KPI summaries: %1</source>
        <translation>Cannot update the KPI summaries: %1</translation>
    </message>
    <message>
        <source>Cannot save the import: %1</source>
        <translation>Cannot save the import: %1</translation>
    </message>
    <message>
        <source>There is no import number %1.</source>
        <translation>There is no import number %1.</translation>
    </message>
    <message>
        <source>Import number %1 was already removed.</source>
        <translation>Import number %1 was already removed.</translation>
    </message>
    <message>
        <source>Unknown table %1 in the import history.</source>
        <translation>Unknown table %1 in the import history.</translation>
    </message>
    <message>
        <source>Cannot restore %1 row %2: %3</source>
        <translation>Cannot restore %1 row %2: %3</translation>
    </message>
    <message>
        <source>Cannot save the removal: %1</source>
        <translation>Cannot save the removal: %1</translation>
    </message>
</context>
<context>
    <name>busola::Report</name>
    <message>
        <source>mean of the history</source>
        <translation>mean of the history</translation>
    </message>
    <message>
        <source>Holt's linear trend</source>
        <translation>Holt's linear trend</translation>
    </message>
    <message>
        <source>Holt-Winters with yearly seasonality</source>
        <translation>Holt-Winters with yearly seasonality</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(no value)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter</comment>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>near</source>
        <translation>near</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>no target</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Lead source</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>SWOT analysis</source>
        <translation>SWOT analysis</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Notes and action items</source>
        <translation>Notes and action items</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>M</source>
        <comment>millions, axis</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>k</source>
        <comment>thousands, axis</comment>
        <translation>k</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>forecast (80 % interval)</source>
        <translation>forecast (80 % interval)</translation>
    </message>
    <message>
        <source>No data in these months: nothing to chart.</source>
        <translation>No data in these months: nothing to chart.</translation>
    </message>
    <message>
        <source>Sales and support report</source>
        <translation>Sales and support report</translation>
    </message>
    <message>
        <source>The printer or file cannot be painted on.</source>
        <translation>The printer or file cannot be painted on.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>busola::ReportBuilder</name>
    <message>
        <source>cannot filter on &quot;%1&quot;: use one of %2</source>
        <translation>cannot filter on &quot;%1&quot;: use one of %2</translation>
    </message>
    <message>
        <source>the report's language is ro or en, not &quot;%1&quot;</source>
        <translation>the report's language is ro or en, not &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>busola::ReportCommand</name>
    <message>
        <source>The period: a month (2026-10), a quarter (2026-Q4) or a year (2026).</source>
        <translation>The period: a month (2026-10), a quarter (2026-Q4) or a year (2026).</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>Compare with the previous period (default) or the same period a year earlier: previous or year.</source>
        <translation>Compare with the previous period (default) or the same period a year earlier: previous or year.</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WHAT</translation>
    </message>
    <message>
        <source>Language of the report: ro (default) or en.</source>
        <translation>Language of the report: ro (default) or en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>A report for part of the company, e.g. team=Suport Cluj (repeatable).</source>
        <translation>A report for part of the company, e.g. team=Suport Cluj (repeatable).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>The sections to print, comma-separated: summary, support, sales, swot, competitors, forecast, notes (default: all).</source>
        <translation>The sections to print, comma-separated: summary, support, sales, swot, competitors, forecast, notes (default: all).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>A UTF-8 text file with the notes and action items to print.</source>
        <translation>A UTF-8 text file with the notes and action items to print.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The name on the cover.</source>
        <translation>The name on the cover.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>--period is required, e.g. --period 2026-10.</source>
        <translation>--period is required, e.g. --period 2026-10.</translation>
    </message>
    <message>
        <source>-o FILE.pdf is required.</source>
        <translation>-o FILE.pdf is required.</translation>
    </message>
    <message>
        <source>--compare takes previous or year, not %1.</source>
        <translation>--compare takes previous or year, not %1.</translation>
    </message>
    <message>
        <source>--filter takes KEY=VALUE, e.g. team=Suport Cluj; not %1.</source>
        <translation>--filter takes KEY=VALUE, e.g. team=Suport Cluj; not %1.</translation>
    </message>
    <message>
        <source>--sections takes summary, support, sales, swot, competitors, forecast and notes; not %1.</source>
        <translation>--sections takes summary, support, sales, swot, competitors, forecast and notes; not %1.</translation>
    </message>
    <message>
        <source>The meeting report of a period, as a PDF.</source>
        <translation>The meeting report of a period, as a PDF.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>The command.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1: %2 pages, %3 KB, %4 ms.</source>
        <translation>Report written to %1: %2 pages, %3 KB, %4 ms.</translation>
    </message>
    <message>
        <source>The store holds no data for this period: the report says so.</source>
        <translation>The store holds no data for this period: the report says so.</translation>
    </message>
</context>
<context>
    <name>busola::ReportLayout</name>
    <message>
        <source>Compared with the same period a year earlier</source>
        <translation>Compared with the same period a year earlier</translation>
    </message>
    <message>
        <source>Compared with the previous period</source>
        <translation>Compared with the previous period</translation>
    </message>
    <message>
        <source>Company name not set</source>
        <translation>Company name not set</translation>
    </message>
    <message>
        <source>Sales and support report</source>
        <translation>Sales and support report</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Prepared by: %1</source>
        <translation>Prepared by: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>No data for this period</translation>
    </message>
    <message>
        <source>The store holds no support tickets, deals, survey responses or support costs for %1.</source>
        <translation>The store holds no support tickets, deals, survey responses or support costs for %1.</translation>
    </message>
    <message>
        <source>Filter: %1.</source>
        <translation>Filter: %1.</translation>
    </message>
    <message>
        <source>Import the exports of the period on the Import page (or with `busola import`), or choose a period that has data. Key figures, charts and the forecast are left out rather than shown as zeros.</source>
        <translation>Import the exports of the period on the Import page (or with `busola import`), or choose a period that has data. Key figures, charts and the forecast are left out rather than shown as zeros.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation>vs previous period</translation>
    </message>
    <message>
        <source>vs a year ago</source>
        <translation>vs a year ago</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 months</translation>
    </message>
    <message>
        <source>records: %1</source>
        <translation>records: %1</translation>
    </message>
    <message>
        <source>Targets met: %1 of %2.</source>
        <translation>Targets met: %1 of %2.</translation>
    </message>
    <message>
        <source>Missed: %1.</source>
        <translation>Missed: %1.</translation>
    </message>
    <message>
        <source>Changes are relative: +10 % means the value grew by a tenth, whether or not that is good for the KPI. The status says whether the target is reached.</source>
        <translation>Changes are relative: +10 % means the value grew by a tenth, whether or not that is good for the KPI. The status says whether the target is reached.</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>By %1</translation>
    </message>
    <message>
        <source>No SWOT board covers this period. Create one on the SWOT page.</source>
        <translation>No SWOT board covers this period. Create one on the SWOT page.</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Threats</translation>
    </message>
    <message>
        <source>(no items)</source>
        <translation>(no items)</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Action: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 more</translation>
    </message>
    <message>
        <source>No competitors recorded. Add them on the Competitors page.</source>
        <translation>No competitors recorded. Add them on the Competitors page.</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Response time</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>lower</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>similar</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>higher</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>Us</translation>
    </message>
    <message>
        <source>our values in this period</source>
        <translation>our values in this period</translation>
    </message>
    <message>
        <source>History and the next %1 months</source>
        <translation>History and the next %1 months</translation>
    </message>
    <message>
        <source>Too little history for a forecast.</source>
        <translation>Too little history for a forecast.</translation>
    </message>
    <message>
        <source>Method: %1.</source>
        <translation>Method: %1.</translation>
    </message>
    <message>
        <source>Backtest on the last %1 months held out: mean absolute percentage error (MAPE) %2.</source>
        <translation>Backtest on the last %1 months held out: mean absolute percentage error (MAPE) %2.</translation>
    </message>
    <message>
        <source>Backtest on the last %1 months held out: mean absolute error %2.</source>
        <translation>Backtest on the last %1 months held out: mean absolute error %2.</translation>
    </message>
    <message>
        <source>Too little history to backtest: read the forecast with care.</source>
        <translation>Too little history to backtest: read the forecast with care.</translation>
    </message>
    <message>
        <source>Backtest error</source>
        <translation>Backtest error</translation>
    </message>
    <message>
        <source>Every KPI, next months</source>
        <translation>Every KPI, next months</translation>
    </message>
    <message>
        <source>Forecast value, and under it the 80 % interval.</source>
        <translation>Forecast value, and under it the 80 % interval.</translation>
    </message>
</context>
<context>
    <name>busola::ReportsPage</name>
    <message>
        <source>Meeting report</source>
        <translation>Meeting report</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>A month (2026-10), a quarter (2026-Q4) or a year (2026).</source>
        <translation>A month (2026-10), a quarter (2026-Q4) or a year (2026).</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Compare with:</translation>
    </message>
    <message>
        <source>the previous period</source>
        <translation>the previous period</translation>
    </message>
    <message>
        <source>the same period a year earlier</source>
        <translation>the same period a year earlier</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Report &amp;language:</translation>
    </message>
    <message>
        <source>&amp;Only for:</source>
        <translation>&amp;Only for:</translation>
    </message>
    <message>
        <source>the whole company</source>
        <translation>the whole company</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Prepared &amp;by:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Sections:</translation>
    </message>
    <message>
        <source>&amp;Notes and action items (printed at the end):</source>
        <translation>&amp;Notes and action items (printed at the end):</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>Report sent to the printer.</source>
        <translation>Report sent to the printer.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Report saved to %1.</translation>
    </message>
</context>
</TS>
