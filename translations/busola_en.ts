<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>busola::BackupCommand</name>
    <message>
        <source>No backups of %1 yet.</source>
        <translation>No backups of %1 yet.</translation>
    </message>
    <message>
        <source>restore takes the number of a backup from `busola backup list` (1 to %1).</source>
        <translation>restore takes the number of a backup from `busola backup list` (1 to %1).</translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2.</source>
        <translation>Restored %1 from the backup of %2.</translation>
    </message>
    <message>
        <source>List the store&apos;s backups, or put one back in its place.</source>
        <translation>List the store&apos;s backups, or put one back in its place.</translation>
    </message>
    <message>
        <source>list, or restore N</source>
        <translation>list, or restore N</translation>
    </message>
    <message>
        <source>say `backup list` or `backup restore N`.</source>
        <translation>say `backup list` or `backup restore N`.</translation>
    </message>
    <message>
        <source>a team store has no file backups: the server&apos;s own backups apply.</source>
        <translation>a team store has no file backups: the server&apos;s own backups apply.</translation>
    </message>
</context>
<context>
    <name>busola::Backups</name>
    <message>
        <source>Cannot back up the store to %1: %2</source>
        <translation>Cannot back up the store to %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Cannot create the backup folder %1.</translation>
    </message>
    <message>
        <source>The backup %1 no longer exists.</source>
        <translation>The backup %1 no longer exists.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the damaged store at %1.</source>
        <translation>Cannot keep a copy of the damaged store at %1.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 next to the store.</source>
        <translation>Cannot copy the backup %1 next to the store.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1.</source>
        <translation>Cannot put the backup in place of %1.</translation>
    </message>
</context>
<context>
    <name>busola::BiffOverlay</name>
    <message>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>not an OLE2 compound file</source>
        <translation>not an OLE2 compound file</translation>
    </message>
    <message>
        <source>no BIFF8 workbook stream</source>
        <translation>no BIFF8 workbook stream</translation>
    </message>
    <message>
        <source>not a BIFF8 workbook</source>
        <translation>not a BIFF8 workbook</translation>
    </message>
    <message>
        <source>the workbook globals end early</source>
        <translation>the workbook globals end early</translation>
    </message>
</context>
<context>
    <name>busola::BreakdownChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
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
    <message>
        <source>List the store&apos;s backups or restore one.</source>
        <translation>List the store&apos;s backups or restore one.</translation>
    </message>
    <message>
        <source>Import an export (CSV, XLSX, ODS or XLS) into the store.</source>
        <translation>Import an export (CSV, XLSX, ODS or XLS) into the store.</translation>
    </message>
    <message>
        <source>Print the KPIs of a period.</source>
        <translation>Print the KPIs of a period.</translation>
    </message>
    <message>
        <source>Forecast a KPI&apos;s monthly series.</source>
        <translation>Forecast a KPI&apos;s monthly series.</translation>
    </message>
    <message>
        <source>--demo-end goes with --demo.</source>
        <translation>--demo-end goes with --demo.</translation>
    </message>
    <message>
        <source>Set up a team store on PostgreSQL, or copy a store.</source>
        <translation>Set up a team store on PostgreSQL, or copy a store.</translation>
    </message>
    <message>
        <source>The store to use: a file, or postgresql://user@host/db.</source>
        <translation>The store to use: a file, or postgresql://user@host/db.</translation>
    </message>
</context>
<context>
    <name>busola::ColumnMappingModel</name>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>required, or %1</source>
        <translation>required, or %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Choose the column of the file that holds %1.</source>
        <translation>Choose the column of the file that holds %1.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <source>Values as read</source>
        <translation>Values as read</translation>
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
    <name>busola::CompetitorBenchmarkModel</name>
    <message>
        <source>Us</source>
        <translation>Us</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Response time (h)</source>
        <translation>Response time (h)</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Satisfaction (1–5)</translation>
    </message>
</context>
<context>
    <name>busola::CompetitorDelegate</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>busola::CompetitorDocument</name>
    <message>
        <source>Add competitor</source>
        <translation>Add competitor</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n competitor(s)</source>
        <translation>
            <numerusform>Delete %n competitor</numerusform>
            <numerusform>Delete %n competitors</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename competitor</source>
        <translation>Rename competitor</translation>
    </message>
    <message>
        <source>Change price position</source>
        <translation>Change price position</translation>
    </message>
    <message>
        <source>Change discount</source>
        <translation>Change discount</translation>
    </message>
    <message>
        <source>Change channels</source>
        <translation>Change channels</translation>
    </message>
    <message>
        <source>Change response time</source>
        <translation>Change response time</translation>
    </message>
    <message>
        <source>Change satisfaction</source>
        <translation>Change satisfaction</translation>
    </message>
    <message>
        <source>Change notes</source>
        <translation>Change notes</translation>
    </message>
</context>
<context>
    <name>busola::CompetitorModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
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
        <source>Typical discount</source>
        <translation>Typical discount</translation>
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
</context>
<context>
    <name>busola::CompetitorRenderer</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 more</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>Us</translation>
    </message>
    <message>
        <source>Response time, hours (lower is better)</source>
        <translation>Response time, hours (lower is better)</translation>
    </message>
    <message>
        <source>Satisfaction, 1–5 (higher is better)</source>
        <translation>Satisfaction, 1–5 (higher is better)</translation>
    </message>
</context>
<context>
    <name>busola::CompetitorStore</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read the competitors</source>
        <translation>Cannot read the competitors</translation>
    </message>
    <message>
        <source>Cannot save the competitor</source>
        <translation>Cannot save the competitor</translation>
    </message>
    <message>
        <source>Cannot save the order of the competitors</source>
        <translation>Cannot save the order of the competitors</translation>
    </message>
    <message>
        <source>Cannot delete the competitor</source>
        <translation>Cannot delete the competitor</translation>
    </message>
</context>
<context>
    <name>busola::Competitors</name>
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
</context>
<context>
    <name>busola::CompetitorsPage</name>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Our values appear once KPI values are available.</source>
        <translation>Our values appear once KPI values are available.</translation>
    </message>
    <message>
        <source>No support data of ours in this month.</source>
        <translation>No support data of ours in this month.</translation>
    </message>
    <message>
        <source>New competitor</source>
        <translation>New competitor</translation>
    </message>
    <message>
        <source>Add competitor</source>
        <translation>Add competitor</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Compare with our month:</source>
        <translation>Compare with our month:</translation>
    </message>
    <message>
        <source>Response time, hours (lower is better)</source>
        <translation>Response time, hours (lower is better)</translation>
    </message>
    <message>
        <source>Satisfaction, 1–5 (higher is better)</source>
        <translation>Satisfaction, 1–5 (higher is better)</translation>
    </message>
    <message>
        <source>Table opened</source>
        <translation>Table opened</translation>
    </message>
</context>
<context>
    <name>busola::CsvExport</name>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
</context>
<context>
    <name>busola::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1: unknown encoding &quot;%2&quot; (try UTF-8, UTF-16, windows-1250, ISO-8859-2 or ISO-8859-16).</source>
        <translation>%1: unknown encoding &quot;%2&quot; (try UTF-8, UTF-16, windows-1250, ISO-8859-2 or ISO-8859-16).</translation>
    </message>
    <message>
        <source>%1 does not look like a CSV or text file (it holds binary data).</source>
        <translation>%1 does not look like a CSV or text file (it holds binary data).</translation>
    </message>
    <message>
        <source>%1: this system cannot decode %2.</source>
        <translation>%1: this system cannot decode %2.</translation>
    </message>
    <message>
        <source>%1 does not read as %2 text: is the encoding right?</source>
        <translation>%1 does not read as %2 text: is the encoding right?</translation>
    </message>
    <message>
        <source>%1 has one sheet only.</source>
        <translation>%1 has one sheet only.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1, row %2: the row is longer than 16 MB; a quote is probably never closed.</source>
        <translation>%1, row %2: the row is longer than 16 MB; a quote is probably never closed.</translation>
    </message>
    <message>
        <source>%1, row %2: more than %3 fields in one row; this is not a table an export would write (is the delimiter right?).</source>
        <translation>%1, row %2: more than %3 fields in one row; this is not a table an export would write (is the delimiter right?).</translation>
    </message>
    <message>
        <source>%1, row %2: a quoted field is never closed.</source>
        <translation>%1, row %2: a quoted field is never closed.</translation>
    </message>
</context>
<context>
    <name>busola::DashboardPage</name>
    <message>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <source>Could not compute the KPIs: %1</source>
        <translation>Could not compute the KPIs: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>By %1</translation>
    </message>
    <message>
        <source>No forecast: the period&apos;s months hold no data.</source>
        <translation>No forecast: the period&apos;s months hold no data.</translation>
    </message>
    <message>
        <source>Forecast (%1) for %2: %3</source>
        <translation>Forecast (%1) for %2: %3</translation>
    </message>
    <message>
        <source>too little history to measure its error</source>
        <translation>too little history to measure its error</translation>
    </message>
    <message>
        <source>mean error %1 %</source>
        <translation>mean error %1 %</translation>
    </message>
    <message>
        <source>mean absolute error %1</source>
        <translation>mean absolute error %1</translation>
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
        <source>&amp;Records…</source>
        <translation>&amp;Records…</translation>
    </message>
    <message>
        <source>The records behind the selected KPI&apos;s value</source>
        <translation>The records behind the selected KPI&apos;s value</translation>
    </message>
    <message>
        <source>&amp;Breakdown by:</source>
        <translation>&amp;Breakdown by:</translation>
    </message>
    <message numerus="yes">
        <source>%1 months</source>
        <translation>
            <numerusform>%1 month</numerusform>
            <numerusform>%1 months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>busola::DataBrowserPage</name>
    <message>
        <source>Support interactions</source>
        <translation>Support interactions</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Support costs</source>
        <translation>Support costs</translation>
    </message>
    <message>
        <source>Cannot read the records: %1</source>
        <translation>Cannot read the records: %1</translation>
    </message>
    <message>
        <source>No records yet</source>
        <translation>No records yet</translation>
    </message>
    <message>
        <source>No record matches the filter</source>
        <translation>No record matches the filter</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>The records of this store, as imported. Click a column header to sort; type words to keep the rows that contain all of them.</source>
        <translation>The records of this store, as imported. Click a column header to sort; type words to keep the rows that contain all of them.</translation>
    </message>
    <message>
        <source>Filter by words in any text column</source>
        <translation>Filter by words in any text column</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %2 rows</source>
        <translation>
            <numerusform>Showing %1 of %2 row</numerusform>
            <numerusform>Showing %1 of %2 rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>busola::DatasetPage</name>
    <message>
        <source>What the file holds</source>
        <translation>What the file holds</translation>
    </message>
    <message>
        <source>Each kind of data feeds its own KPIs.</source>
        <translation>Each kind of data feeds its own KPIs.</translation>
    </message>
    <message>
        <source>Tickets, calls and chats: response and resolution times, first contact resolution, satisfaction, costs, complaints.</source>
        <translation>Tickets, calls and chats: response and resolution times, first contact resolution, satisfaction, costs, complaints.</translation>
    </message>
    <message>
        <source>Deals or leads with their stage, or orders and invoices: monthly sales, lead conversion, time to close, retention.</source>
        <translation>Deals or leads with their stage, or orders and invoices: monthly sales, lead conversion, time to close, retention.</translation>
    </message>
    <message>
        <source>Survey answers: a date, a score and perhaps a comment.</source>
        <translation>Survey answers: a date, a score and perhaps a comment.</translation>
    </message>
    <message>
        <source>The support department&apos;s cost per month, for the cost per interaction.</source>
        <translation>The support department&apos;s cost per month, for the cost per interaction.</translation>
    </message>
    <message>
        <source>The header looks like %1.</source>
        <translation>The header looks like %1.</translation>
    </message>
    <message>
        <source>The header did not say which: choose one.</source>
        <translation>The header did not say which: choose one.</translation>
    </message>
</context>
<context>
    <name>busola::Demo</name>
    <message>
        <source>Cannot write the SWOT board and competitors: %1</source>
        <translation>Cannot write the SWOT board and competitors: %1</translation>
    </message>
    <message>
        <source>Cannot save the company name: %1</source>
        <translation>Cannot save the company name: %1</translation>
    </message>
    <message>
        <source>The demo company spans 1 to 120 months.</source>
        <translation>The demo company spans 1 to 120 months.</translation>
    </message>
    <message>
        <source>The demo company ends between %1 and %2.</source>
        <translation>The demo company ends between %1 and %2.</translation>
    </message>
    <message>
        <source>The store %1 already holds data; the demo company goes only into an empty store.</source>
        <translation>The store %1 already holds data; the demo company goes only into an empty store.</translation>
    </message>
    <message>
        <source>Cannot write the demo company: %1</source>
        <translation>Cannot write the demo company: %1</translation>
    </message>
    <message>
        <source>Months: %1 to %2 (%3)</source>
        <translation>Months: %1 to %2 (%3)</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>Customers: %1</translation>
    </message>
    <message>
        <source>Support interactions: %1</source>
        <translation>Support interactions: %1</translation>
    </message>
    <message>
        <source>Deals: %1</source>
        <translation>Deals: %1</translation>
    </message>
    <message>
        <source>Survey responses: %1</source>
        <translation>Survey responses: %1</translation>
    </message>
    <message>
        <source>Monthly support cost rows: %1</source>
        <translation>Monthly support cost rows: %1</translation>
    </message>
    <message>
        <source>SWOT items: %1 (one board)</source>
        <translation>SWOT items: %1 (one board)</translation>
    </message>
    <message>
        <source>Competitors: %1</source>
        <translation>Competitors: %1</translation>
    </message>
</context>
<context>
    <name>busola::DemoCommand</name>
    <message>
        <source>Build the demo company.</source>
        <translation>Build the demo company.</translation>
    </message>
    <message>
        <source>Last month, YYYY-MM.</source>
        <translation>Last month, YYYY-MM.</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MONTH</translation>
    </message>
    <message>
        <source>Ignored here.</source>
        <translation>Ignored here.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>--demo-end takes a month as YYYY-MM between %1 and %2, e.g. 2026-10.</source>
        <translation>--demo-end takes a month as YYYY-MM between %1 and %2, e.g. 2026-10.</translation>
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
    <name>busola::Dialect</name>
    <message>
        <source>Another import is being written to this team store (by %1, since %2): after waiting %3 s for it, this one gives up. Try again when it is done.</source>
        <translation>Another import is being written to this team store (by %1, since %2): after waiting %3 s for it, this one gives up. Try again when it is done.</translation>
    </message>
</context>
<context>
    <name>busola::DrillDownDialog</name>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Export to CSV…</translation>
    </message>
    <message>
        <source>Filter the records…</source>
        <translation>Filter the records…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 of %n record</numerusform>
            <numerusform>%1 of %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>busola::Fields</name>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>External id</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Time to first response</source>
        <translation>Time to first response</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Time to resolution</source>
        <translation>Time to resolution</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Contacts to resolve</source>
        <translation>Contacts to resolve</translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation>Resolved at first contact</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Complaint category</source>
        <translation>Complaint category</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
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
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>busola::FilePage</name>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>An export from your CRM, helpdesk, accounting software or a spreadsheet: CSV, TSV, TXT, XLSX, XLS or ODS. You can also drop the file on Busola&apos;s window.</source>
        <translation>An export from your CRM, helpdesk, accounting software or a spreadsheet: CSV, TSV, TXT, XLSX, XLS or ODS. You can also drop the file on Busola&apos;s window.</translation>
    </message>
    <message>
        <source>Path of the file</source>
        <translation>Path of the file</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Exports (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation>Import a File</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>There is no file at this path.</translation>
    </message>
    <message>
        <source>Columns: %1. Header on row %2.</source>
        <translation>Columns: %1. Header on row %2.</translation>
    </message>
    <message>
        <source>It looks like: %1.</source>
        <translation>It looks like: %1.</translation>
    </message>
    <message>
        <source>The header matches the saved profile “%1”: its mapping is applied, and the wizard goes straight to the validation.</source>
        <translation>The header matches the saved profile “%1”: its mapping is applied, and the wizard goes straight to the validation.</translation>
    </message>
</context>
<context>
    <name>busola::FilterBar</name>
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
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Support:</translation>
    </message>
    <message>
        <source>Sales:</source>
        <translation>Sales:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>busola::Forecast</name>
    <message>
        <source>mean of the history</source>
        <translation>mean of the history</translation>
    </message>
    <message>
        <source>Holt&apos;s linear trend</source>
        <translation>Holt&apos;s linear trend</translation>
    </message>
    <message>
        <source>Holt-Winters, additive yearly seasonality</source>
        <translation>Holt-Winters, additive yearly seasonality</translation>
    </message>
</context>
<context>
    <name>busola::ForecastCommand</name>
    <message>
        <source>no backtest (fewer than %1 months of history before the last %2)</source>
        <translation>no backtest (fewer than %1 months of history before the last %2)</translation>
    </message>
    <message>
        <source>mean error %1 % (MAPE over the last %2 months, held out)</source>
        <translation>mean error %1 % (MAPE over the last %2 months, held out)</translation>
    </message>
    <message>
        <source>mean error %1 %2 (MAE over the last %3 months, held out; MAPE is undefined when a month is 0)</source>
        <translation>mean error %1 %2 (MAE over the last %3 months, held out; MAPE is undefined when a month is 0)</translation>
    </message>
    <message>
        <source>Method: %1%2, %3 months of history</source>
        <translation>Method: %1%2, %3 months of history</translation>
    </message>
    <message>
        <source>Backtest: %1</source>
        <translation>Backtest: %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Lower 80 %</source>
        <translation>Lower 80 %</translation>
    </message>
    <message>
        <source>Upper 80 %</source>
        <translation>Upper 80 %</translation>
    </message>
    <message>
        <source>--kpi is required, e.g. --kpi monthly_sales.</source>
        <translation>--kpi is required, e.g. --kpi monthly_sales.</translation>
    </message>
    <message>
        <source>unknown KPI: %1.</source>
        <translation>unknown KPI: %1.</translation>
    </message>
    <message>
        <source>--horizon takes a number of months from %1 to %2.</source>
        <translation>--horizon takes a number of months from %1 to %2.</translation>
    </message>
    <message>
        <source>--to takes a month as YYYY-MM, e.g. 2026-10.</source>
        <translation>--to takes a month as YYYY-MM, e.g. 2026-10.</translation>
    </message>
    <message>
        <source>--filter takes DIMENSION=VALUE, where %1 can be filtered by: %2.</source>
        <translation>--filter takes DIMENSION=VALUE, where %1 can be filtered by: %2.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>--lang takes ro or en, not %1.</source>
        <translation>--lang takes ro or en, not %1.</translation>
    </message>
    <message>
        <source>--format takes table or json.</source>
        <translation>--format takes table or json.</translation>
    </message>
    <message>
        <source>Forecast a KPI&apos;s monthly series.</source>
        <translation>Forecast a KPI&apos;s monthly series.</translation>
    </message>
    <message>
        <source>The KPI, e.g. monthly_sales.</source>
        <translation>The KPI, e.g. monthly_sales.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Months to forecast, %1 to %2 (default: the store&apos;s setting, %3 unless changed).</source>
        <translation>Months to forecast, %1 to %2 (default: the store&apos;s setting, %3 unless changed).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Only records with this value, e.g. owner=Ana (repeatable).</source>
        <translation>Only records with this value, e.g. owner=Ana (repeatable).</translation>
    </message>
    <message>
        <source>DIMENSION=VALUE</source>
        <translation>DIMENSION=VALUE</translation>
    </message>
    <message>
        <source>Last month of the history, YYYY-MM (default: the last with data).</source>
        <translation>Last month of the history, YYYY-MM (default: the last with data).</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MONTH</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (default) or json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Language of the KPI&apos;s name and of numbers in the table: ro (default) or en.</source>
        <translation>Language of the KPI&apos;s name and of numbers in the table: ro (default) or en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>%1 has no value in %2 to forecast from.</source>
        <translation>%1 has no value in %2 to forecast from.</translation>
    </message>
</context>
<context>
    <name>busola::ForecastModel</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Lower bound (80 %)</source>
        <translation>Lower bound (80 %)</translation>
    </message>
    <message>
        <source>Upper bound (80 %)</source>
        <translation>Upper bound (80 %)</translation>
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
    <name>busola::ImportCommand</name>
    <message>
        <source>The CSV (or spreadsheet) to import.</source>
        <translation>The CSV (or spreadsheet) to import.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>support, sales, feedback or costs (default: from the header).</source>
        <translation>support, sales, feedback or costs (default: from the header).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Apply the saved profile NAME, and save this mapping under it.</source>
        <translation>Apply the saved profile NAME, and save this mapping under it.</translation>
    </message>
    <message>
        <source>The row holding the column names (default: detected).</source>
        <translation>The row holding the column names (default: detected).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>UTF-8, UTF-16, windows-1250, ISO-8859-2 or ISO-8859-16 (default: detected).</source>
        <translation>UTF-8, UTF-16, windows-1250, ISO-8859-2 or ISO-8859-16 (default: detected).</translation>
    </message>
    <message>
        <source>The CSV delimiter: , ; tab or | (default: detected).</source>
        <translation>The CSV delimiter: , ; tab or | (default: detected).</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>CHAR</translation>
    </message>
    <message>
        <source>How numbers and dates are written: ro_RO, en_US, ... (default: from the file).</source>
        <translation>How numbers and dates are written: ro_RO, en_US, ... (default: from the file).</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>LOCALE</translation>
    </message>
    <message>
        <source>update (add and update by id, the default) or replace (a period).</source>
        <translation>update (add and update by id, the default) or replace (a period).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>replace: first day of the period, YYYY-MM-DD.</source>
        <translation>replace: first day of the period, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>replace: last day of the period, YYYY-MM-DD.</source>
        <translation>replace: last day of the period, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Sales ids that repeat: sum (the lines of one order) or key=COLUMN.</source>
        <translation>Sales ids that repeat: sum (the lines of one order) or key=COLUMN.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>Exchange rate of the file&apos;s currency to the store&apos;s.</source>
        <translation>Exchange rate of the file&apos;s currency to the store&apos;s.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>The file&apos;s currency when its amounts show none.</source>
        <translation>The file&apos;s currency when its amounts show none.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Check and count, write nothing.</source>
        <translation>Check and count, write nothing.</translation>
    </message>
    <message>
        <source>Write the rejected rows to this CSV.</source>
        <translation>Write the rejected rows to this CSV.</translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation>OUT.csv</translation>
    </message>
    <message>
        <source>Report progress on standard error.</source>
        <translation>Report progress on standard error.</translation>
    </message>
    <message>
        <source>give one file to import.</source>
        <translation>give one file to import.</translation>
    </message>
    <message>
        <source>--dataset takes support, sales, feedback or costs.</source>
        <translation>--dataset takes support, sales, feedback or costs.</translation>
    </message>
    <message>
        <source>--header-row takes a row number, 1 or more.</source>
        <translation>--header-row takes a row number, 1 or more.</translation>
    </message>
    <message>
        <source>--delimiter takes one character (or tab).</source>
        <translation>--delimiter takes one character (or tab).</translation>
    </message>
    <message>
        <source>--mode replace needs --from and --to as YYYY-MM-DD, from not after to.</source>
        <translation>--mode replace needs --from and --to as YYYY-MM-DD, from not after to.</translation>
    </message>
    <message>
        <source>--mode takes update or replace.</source>
        <translation>--mode takes update or replace.</translation>
    </message>
    <message>
        <source>--lines takes sum or key=COLUMN.</source>
        <translation>--lines takes sum or key=COLUMN.</translation>
    </message>
    <message>
        <source>--rate takes a positive number, e.g. 4.97.</source>
        <translation>--rate takes a positive number, e.g. 4.97.</translation>
    </message>
    <message>
        <source>Checked %1 as %2 (dry run, nothing written):</source>
        <translation>Checked %1 as %2 (dry run, nothing written):</translation>
    </message>
    <message>
        <source>Imported %1 into %2:</source>
        <translation>Imported %1 into %2:</translation>
    </message>
    <message>
        <source>rows %1: inserted %2, updated %3, unchanged %4, rejected %5</source>
        <translation>rows %1: inserted %2, updated %3, unchanged %4, rejected %5</translation>
    </message>
    <message>
        <source>, replaced %1</source>
        <translation>, replaced %1</translation>
    </message>
    <message>
        <source>encoding %1, delimiter &quot;%2&quot;, header row %3</source>
        <translation>encoding %1, delimiter &quot;%2&quot;, header row %3</translation>
    </message>
    <message>
        <source>profile applied: %1</source>
        <translation>profile applied: %1</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>columns: %1</translation>
    </message>
    <message>
        <source>import number %1 (it can be removed from the import history)</source>
        <translation>import number %1 (it can be removed from the import history)</translation>
    </message>
    <message>
        <source>%1 errors (rows rejected), %2 warnings; the first:</source>
        <translation>%1 errors (rows rejected), %2 warnings; the first:</translation>
    </message>
    <message>
        <source>progress: %1% (%2 rows)</source>
        <translation>progress: %1% (%2 rows)</translation>
    </message>
    <message>
        <source>The sheet of a workbook (default: the first with data).</source>
        <translation>The sheet of a workbook (default: the first with data).</translation>
    </message>
</context>
<context>
    <name>busola::ImportEngine</name>
    <message>
        <source>No file to import.</source>
        <translation>No file to import.</translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot; (it has: %3).</source>
        <translation>%1 has no sheet named &quot;%2&quot; (it has: %3).</translation>
    </message>
    <message>
        <source>%1 has no row %2 to take the header from.</source>
        <translation>%1 has no row %2 to take the header from.</translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation>%1 holds no rows.</translation>
    </message>
    <message>
        <source>%1: no column of the header (row %2: %3) could be matched to the fields of support tickets, sales, feedback or support costs. Choose the dataset and map the columns.</source>
        <translation>%1: no column of the header (row %2: %3) could be matched to the fields of support tickets, sales, feedback or support costs. Choose the dataset and map the columns.</translation>
    </message>
    <message>
        <source>%1: the columns needed for %2 were not found in the header (row %3: %4).</source>
        <translation>%1: the columns needed for %2 were not found in the header (row %3: %4).</translation>
    </message>
    <message>
        <source>No column gives the creation time: the first-response time stands in for it, so no response times are imported.</source>
        <translation>No column gives the creation time: the first-response time stands in for it, so no response times are imported.</translation>
    </message>
    <message>
        <source>Ratings go up to %1: they are mapped linearly onto 1–5.</source>
        <translation>Ratings go up to %1: they are mapped linearly onto 1–5.</translation>
    </message>
    <message>
        <source>The dates carry no time of day: they are taken as midnight.</source>
        <translation>The dates carry no time of day: they are taken as midnight.</translation>
    </message>
    <message>
        <source>%1 ends before its header row.</source>
        <translation>%1 ends before its header row.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, column %1</translation>
    </message>
    <message>
        <source>, value &quot;%1&quot;</source>
        <translation>, value &quot;%1&quot;</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <source>Replacing a period needs its first and last day.</source>
        <translation>Replacing a period needs its first and last day.</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to %1.</source>
        <translation>Cannot write the rejected rows to %1.</translation>
    </message>
    <message>
        <source>%1 order lines were added into the sale of their order.</source>
        <translation>%1 order lines were added into the sale of their order.</translation>
    </message>
    <message>
        <source>%1 has no data rows under its header (row %2).</source>
        <translation>%1 has no data rows under its header (row %2).</translation>
    </message>
    <message>
        <source>%1: no row could be imported (%2 rejected).</source>
        <translation>%1: no row could be imported (%2 rejected).</translation>
    </message>
    <message>
        <source>Cannot save the profile %1: %2</source>
        <translation>Cannot save the profile %1: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>this id repeats row %1 (the lines of one order?)</source>
        <translation>this id repeats row %1 (the lines of one order?)</translation>
    </message>
    <message>
        <source>%1: %2 rows repeat an id of an earlier row (%3): these look like the lines of orders. Choose to sum the lines into one sale (--lines sum) or to key each line by another column (--lines key=COLUMN).</source>
        <translation>%1: %2 rows repeat an id of an earlier row (%3): these look like the lines of orders. Choose to sum the lines into one sale (--lines sum) or to key each line by another column (--lines key=COLUMN).</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot; to key the lines by (columns: %3).</source>
        <translation>%1 has no column &quot;%2&quot; to key the lines by (columns: %3).</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, row %2: %3</translation>
    </message>
    <message>
        <source>outside the period being replaced (%1 – %2)</source>
        <translation>outside the period being replaced (%1 – %2)</translation>
    </message>
    <message>
        <source>the same id as row %1: this later row wins</source>
        <translation>the same id as row %1: this later row wins</translation>
    </message>
    <message>
        <source>The import was cancelled; the store is as it was.</source>
        <translation>The import was cancelled; the store is as it was.</translation>
    </message>
    <message>
        <source>The sheets before &quot;%1&quot; hold no data: that sheet is imported.</source>
        <translation>The sheets before &quot;%1&quot; hold no data: that sheet is imported.</translation>
    </message>
</context>
<context>
    <name>busola::ImportHistoryModel</name>
    <message>
        <source>The rows it added (%1) are deleted.</source>
        <translation>The rows it added (%1) are deleted.</translation>
    </message>
    <message>
        <source>The rows it changed (%1) go back to the values they had before it.</source>
        <translation>The rows it changed (%1) go back to the values they had before it.</translation>
    </message>
    <message>
        <source>The rows it replaced (%1) come back.</source>
        <translation>The rows it replaced (%1) come back.</translation>
    </message>
    <message>
        <source>The rows it found unchanged (%1) stay as they are.</source>
        <translation>The rows it found unchanged (%1) stay as they are.</translation>
    </message>
    <message>
        <source>The KPIs of the months it touched are computed again.</source>
        <translation>The KPIs of the months it touched are computed again.</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Support tickets</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Support costs</source>
        <translation>Support costs</translation>
    </message>
    <message>
        <source>Demo company</source>
        <translation>Demo company</translation>
    </message>
    <message>
        <source>replace a period</source>
        <translation>replace a period</translation>
    </message>
    <message>
        <source>add and update</source>
        <translation>add and update</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>busola::ImportPage</name>
    <message>
        <source>Remove This Import</source>
        <translation>Remove This Import</translation>
    </message>
    <message>
        <source>Remove the import of %1 (%2)?</source>
        <translation>Remove the import of %1 (%2)?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Bring in the month&apos;s exports. Every import is listed here and can be removed: the rows it added go, the rows it changed get their earlier values back.</source>
        <translation>Bring in the month&apos;s exports. Every import is listed here and can be removed: the rows it added go, the rows it changed get their earlier values back.</translation>
    </message>
    <message>
        <source>&amp;Import a File…</source>
        <translation>&amp;Import a File…</translation>
    </message>
    <message>
        <source>&amp;Remove This Import…</source>
        <translation>&amp;Remove This Import…</translation>
    </message>
</context>
<context>
    <name>busola::ImportPreviewModel</name>
    <message>
        <source>%1 has no sheet named &quot;%2&quot;.</source>
        <translation>%1 has no sheet named &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
</context>
<context>
    <name>busola::ImportValueModel</name>
    <message>
        <source>kept as it is</source>
        <translation>kept as it is</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>won</source>
        <translation>won</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>no rating</translation>
    </message>
    <message>
        <source>1 (worst)</source>
        <translation>1 (worst)</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5 (best)</source>
        <translation>5 (best)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>kept as “%1”</source>
        <translation>kept as “%1”</translation>
    </message>
    <message>
        <source>not understood: the row is rejected</source>
        <translation>not understood: the row is rejected</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Becomes</translation>
    </message>
</context>
<context>
    <name>busola::ImportWizard</name>
    <message>
        <source>Import a File</source>
        <translation>Import a File</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
</context>
<context>
    <name>busola::ImportWizardState</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Support tickets</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Customer feedback</translation>
    </message>
    <message>
        <source>Support costs</source>
        <translation>Support costs</translation>
    </message>
</context>
<context>
    <name>busola::KpiBreakdownModel</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
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
        <source>Records</source>
        <translation>Records</translation>
    </message>
</context>
<context>
    <name>busola::KpiCommand</name>
    <message>
        <source>The period: a month (2026-10), a quarter (2026-Q4), a year (2026), or a date with --to.</source>
        <translation>The period: a month (2026-10), a quarter (2026-Q4), a year (2026), or a date with --to.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>The end of a custom range (a month, quarter, year or date; included).</source>
        <translation>The end of a custom range (a month, quarter, year or date; included).</translation>
    </message>
    <message>
        <source>Compare with the previous period or the same period a year earlier: previous (default) or year.</source>
        <translation>Compare with the previous period or the same period a year earlier: previous (default) or year.</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WHAT</translation>
    </message>
    <message>
        <source>Keep only records with this value, e.g. channel=phone (repeatable: the same key means either value, different keys mean both).</source>
        <translation>Keep only records with this value, e.g. channel=phone (repeatable: the same key means either value, different keys mean both).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Break every KPI down by a dimension: channel, team, agent, owner, region or lead_source.</source>
        <translation>Break every KPI down by a dimension: channel, team, agent, owner, region or lead_source.</translation>
    </message>
    <message>
        <source>DIMENSION</source>
        <translation>DIMENSION</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (default), csv or json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Language of names and numbers: ro (default) or en.</source>
        <translation>Language of names and numbers: ro (default) or en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>--period is required, e.g. --period 2026-10.</source>
        <translation>--period is required, e.g. --period 2026-10.</translation>
    </message>
    <message>
        <source>--compare takes previous or year, not %1.</source>
        <translation>--compare takes previous or year, not %1.</translation>
    </message>
    <message>
        <source>--filter takes KEY=VALUE with KEY one of channel, team, agent, owner, region, lead_source; not %1.</source>
        <translation>--filter takes KEY=VALUE with KEY one of channel, team, agent, owner, region, lead_source; not %1.</translation>
    </message>
    <message>
        <source>--by takes channel, team, agent, owner, region or lead_source, not %1.</source>
        <translation>--by takes channel, team, agent, owner, region or lead_source, not %1.</translation>
    </message>
    <message>
        <source>--lang takes ro or en, not %1.</source>
        <translation>--lang takes ro or en, not %1.</translation>
    </message>
    <message>
        <source>--format takes table, csv or json, not %1.</source>
        <translation>--format takes table, csv or json, not %1.</translation>
    </message>
    <message>
        <source>The ten KPIs of a period, against their targets.</source>
        <translation>The ten KPIs of a period, against their targets.</translation>
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
        <source>cannot compute the KPIs: %1</source>
        <translation>cannot compute the KPIs: %1</translation>
    </message>
</context>
<context>
    <name>busola::KpiDefinitionsDialog</name>
    <message>
        <source>Interactions created in the period that have a first response (a timestamp, or a duration column in minutes, hours or HH:MM:SS); the mean of the elapsed hours. The median and the 90th percentile are shown too.</source>
        <translation>Interactions created in the period that have a first response (a timestamp, or a duration column in minutes, hours or HH:MM:SS); the mean of the elapsed hours. The median and the 90th percentile are shown too.</translation>
    </message>
    <message>
        <source>Interactions resolved in the period whose contact count (or first-contact flag) is known; the share of them with exactly one contact (or the flag set).</source>
        <translation>Interactions resolved in the period whose contact count (or first-contact flag) is known; the share of them with exactly one contact (or the flag set).</translation>
    </message>
    <message>
        <source>Interactions counted in the period of their resolution time.</source>
        <translation>Interactions counted in the period of their resolution time.</translation>
    </message>
    <message>
        <source>A rating on an interaction counts in the period the interaction was resolved (created, when unresolved); a survey response counts at its own date; both kinds count. Other scales are mapped to 1–5 at import (1–10 and 0–10 linearly). The share of 4–5 ratings is shown too.</source>
        <translation>A rating on an interaction counts in the period the interaction was resolved (created, when unresolved); a survey response counts at its own date; both kinds count. Other scales are mapped to 1–5 at import (1–10 and 0–10 linearly). The share of 4–5 ratings is shown too.</translation>
    </message>
    <message>
        <source>An activity is a won deal at its close time (a support interaction at its creation, when the store holds no deals). A customer is active at an instant t when it has an activity in [t − W, t), W being the active window of the settings (%1 months). S = customers active at the start, E = customers active at the end; value = |S ∩ E| ÷ |S| × 100. Customers who lapsed and came back are not counted, so the rate never passes 100 %.</source>
        <translation>An activity is a won deal at its close time (a support interaction at its creation, when the store holds no deals). A customer is active at an instant t when it has an activity in [t − W, t), W being the active window of the settings (%1 months). S = customers active at the start, E = customers active at the end; value = |S ∩ E| ÷ |S| × 100. Customers who lapsed and came back are not counted, so the rate never passes 100 %.</translation>
    </message>
    <message>
        <source>Month by month: the imported monthly costs of that month when any exist, otherwise the sum of the per-interaction costs of the interactions created in it; summed over the period and divided by the interactions created in it. Under a channel filter, monthly costs without a channel are shared out in proportion to that channel&apos;s interactions.</source>
        <translation>Month by month: the imported monthly costs of that month when any exist, otherwise the sum of the per-interaction costs of the interactions created in it; summed over the period and divided by the interactions created in it. Under a channel filter, monthly costs without a channel are shared out in proportion to that channel&apos;s interactions.</translation>
    </message>
    <message>
        <source>Interactions created in the period that are flagged as complaints.</source>
        <translation>Interactions created in the period that are flagged as complaints.</translation>
    </message>
    <message>
        <source>Deals won with their close date in the period, in the store&apos;s currency (amounts in another currency are converted at import by the rate given). Orders and invoices count as sales won at their date.</source>
        <translation>Deals won with their close date in the period, in the store&apos;s currency (amounts in another currency are converted at import by the rate given). Orders and invoices count as sales won at their date.</translation>
    </message>
    <message>
        <source>Deals created in the period: won ÷ all of them × 100; recent cohorts show how many are still open. Orders and invoices (no stage) do not count: they would fake 100 %.</source>
        <translation>Deals created in the period: won ÷ all of them × 100; recent cohorts show how many are still open. Orders and invoices (no stage) do not count: they would fake 100 %.</translation>
    </message>
    <message>
        <source>Deals won with their close date in the period; the mean of (closed − created) in days, with fractions. Orders and invoices (no stage) do not count: they would fake 0 days.</source>
        <translation>Deals won with their close date in the period; the mean of (closed − created) in days, with fractions. Orders and invoices (no stage) do not count: they would fake 0 days.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>lead source</source>
        <translation>lead source</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>score 1–5</source>
        <translation>score 1–5</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <source>Default target</source>
        <translation>Default target</translation>
    </message>
    <message>
        <source>Target this month</source>
        <translation>Target this month</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Breakdowns</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>How Busola computes each KPI. A period is a half-open interval [start, end) in the store&apos;s time zone (%1); durations are real elapsed time.</source>
        <translation>How Busola computes each KPI. A period is a half-open interval [start, end) in the store&apos;s time zone (%1); durations are real elapsed time.</translation>
    </message>
    <message>
        <source>Status, targets and missing values</source>
        <translation>Status, targets and missing values</translation>
    </message>
    <message>
        <source>Met: the value reaches the target, inclusively (≤ for lower-is-better, ≥ for higher-is-better). Near: it misses by no more than the tolerance, relative to the target (now %1 %). Otherwise missed. Without a target there is no status colour.</source>
        <translation>Met: the value reaches the target, inclusively (≤ for lower-is-better, ≥ for higher-is-better). Near: it misses by no more than the tolerance, relative to the target (now %1 %). Otherwise missed. Without a target there is no status colour.</translation>
    </message>
    <message>
        <source>A target is valid from a month on: a past period is judged by the target it had then. A team or a channel can have a target of its own.</source>
        <translation>A target is valid from a month on: a past period is judged by the target it had then. A team or a channel can have a target of its own.</translation>
    </message>
    <message>
        <source>A mean or a ratio without records is shown as “—”, never 0. A count or a sum is “—” when the KPI&apos;s data holds no record at all in the period, otherwise a number, 0 included.</source>
        <translation>A mean or a ratio without records is shown as “—”, never 0. A count or a sum is “—” when the KPI&apos;s data holds no record at all in the period, otherwise a number, 0 included.</translation>
    </message>
    <message>
        <source>Comparisons: with the previous period and with the same period a year earlier, as a change in % (N/A when the base is 0).</source>
        <translation>Comparisons: with the previous period and with the same period a year earlier, as a change in % (N/A when the base is 0).</translation>
    </message>
    <message>
        <source>Median and p90 interpolate linearly between the sorted values (as Excel&apos;s PERCENTILE.INC).</source>
        <translation>Median and p90 interpolate linearly between the sorted values (as Excel&apos;s PERCENTILE.INC).</translation>
    </message>
    <message>
        <source>KPI Definitions</source>
        <translation>KPI Definitions</translation>
    </message>
</context>
<context>
    <name>busola::KpiGauge</name>
    <message>
        <source>Formula: %1</source>
        <translation>Formula: %1</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>No target set</translation>
    </message>
    <message>
        <source>mean of (first response − created), in hours, over the tickets created in the period that have a response</source>
        <translation>mean of (first response − created), in hours, over the tickets created in the period that have a response</translation>
    </message>
    <message>
        <source>tickets resolved with exactly one contact ÷ tickets resolved whose contact count is known × 100</source>
        <translation>tickets resolved with exactly one contact ÷ tickets resolved whose contact count is known × 100</translation>
    </message>
    <message>
        <source>number of tickets resolved in the period</source>
        <translation>number of tickets resolved in the period</translation>
    </message>
    <message>
        <source>mean score 1–5 of ticket ratings and survey responses in the period</source>
        <translation>mean score 1–5 of ticket ratings and survey responses in the period</translation>
    </message>
    <message>
        <source>customers active at the start still active at the end ÷ customers active at the start × 100</source>
        <translation>customers active at the start still active at the end ÷ customers active at the start × 100</translation>
    </message>
    <message>
        <source>support costs of the period ÷ interactions created in the period</source>
        <translation>support costs of the period ÷ interactions created in the period</translation>
    </message>
    <message>
        <source>interactions created in the period marked as complaints</source>
        <translation>interactions created in the period marked as complaints</translation>
    </message>
    <message>
        <source>sum of the amounts of deals won in the period</source>
        <translation>sum of the amounts of deals won in the period</translation>
    </message>
    <message>
        <source>leads created in the period that are won ÷ leads created in the period × 100</source>
        <translation>leads created in the period that are won ÷ leads created in the period × 100</translation>
    </message>
    <message>
        <source>mean of (closed − created), in days, over the deals won in the period</source>
        <translation>mean of (closed − created), in days, over the deals won in the period</translation>
    </message>
    <message>
        <source>vs same period last year</source>
        <translation>vs same period last year</translation>
    </message>
    <message>
        <source>vs previous month</source>
        <translation>vs previous month</translation>
    </message>
    <message>
        <source>vs previous quarter</source>
        <translation>vs previous quarter</translation>
    </message>
    <message>
        <source>vs previous year</source>
        <translation>vs previous year</translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation>vs previous period</translation>
    </message>
    <message>
        <source>%1 M %2</source>
        <translation>%1 M %2</translation>
    </message>
    <message>
        <source>%1 k %2</source>
        <translation>%1 k %2</translation>
    </message>
    <message>
        <source>Nothing to compare with (%1)</source>
        <translation>Nothing to compare with (%1)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Target ≤ %1</source>
        <translation>Target ≤ %1</translation>
    </message>
    <message>
        <source>Target ≥ %1</source>
        <translation>Target ≥ %1</translation>
    </message>
    <message>
        <source>Records behind the value: %1</source>
        <translation>Records behind the value: %1</translation>
    </message>
    <message>
        <source>Exact value: %1</source>
        <translation>Exact value: %1</translation>
    </message>
</context>
<context>
    <name>busola::KpiPeriod</name>
    <message>
        <source>the period &quot;%1&quot; is not a month (2026-10), a quarter (2026-Q4), a year (2026) or a date (2026-10-05)</source>
        <translation>the period &quot;%1&quot; is not a month (2026-10), a quarter (2026-Q4), a year (2026) or a date (2026-10-05)</translation>
    </message>
    <message>
        <source>a period given as a date needs --to</source>
        <translation>a period given as a date needs --to</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not a month, a quarter, a year or a date</source>
        <translation>--to &quot;%1&quot; is not a month, a quarter, a year or a date</translation>
    </message>
    <message>
        <source>--to %1 is before the start of the period</source>
        <translation>--to %1 is before the start of the period</translation>
    </message>
</context>
<context>
    <name>busola::KpiRecordQuery</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
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
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>survey</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Days to close</source>
        <translation>Days to close</translation>
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
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Last activity before the start</source>
        <translation>Last activity before the start</translation>
    </message>
    <message>
        <source>Still active at the end</source>
        <translation>Still active at the end</translation>
    </message>
</context>
<context>
    <name>busola::KpiRecordsModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>busola::KpiSeriesModel</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>busola::KpiSummaryModel</name>
    <message>
        <source>median %1, p90 %2</source>
        <translation>median %1, p90 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 still open</source>
        <translation>
            <numerusform>%1 still open</numerusform>
            <numerusform>%1 still open</numerusform>
        </translation>
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
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Year ago</source>
        <translation>Year ago</translation>
    </message>
    <message>
        <source>Change vs year ago</source>
        <translation>Change vs year ago</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%1 of ratings 4–5, %2 ratings</source>
        <translation>
            <numerusform>%1 of ratings 4–5, %2 rating</numerusform>
            <numerusform>%1 of ratings 4–5, %2 ratings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>busola::KpiTargets</name>
    <message>
        <source>Cannot save the target: %1</source>
        <translation>Cannot save the target: %1</translation>
    </message>
    <message>
        <source>Cannot remove the target: %1</source>
        <translation>Cannot remove the target: %1</translation>
    </message>
</context>
<context>
    <name>busola::KpiTargetsEditor</name>
    <message>
        <source>KPI targets</source>
        <translation>KPI targets</translation>
    </message>
    <message>
        <source>The whole company</source>
        <translation>The whole company</translation>
    </message>
    <message>
        <source>A team</source>
        <translation>A team</translation>
    </message>
    <message>
        <source>A channel</source>
        <translation>A channel</translation>
    </message>
    <message>
        <source>Team or channel, as in the data (e.g. phone)</source>
        <translation>Team or channel, as in the data (e.g. phone)</translation>
    </message>
    <message>
        <source>KPI:</source>
        <translation>KPI:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>Team or channel:</source>
        <translation>Team or channel:</translation>
    </message>
    <message>
        <source>From month:</source>
        <translation>From month:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <source>&amp;Add Target</source>
        <translation>&amp;Add Target</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>Remove Target</translation>
    </message>
</context>
<context>
    <name>busola::KpiTargetsModel</name>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Channel %1</translation>
    </message>
    <message>
        <source>The whole company</source>
        <translation>The whole company</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>No target</translation>
    </message>
    <message>
        <source>As set above</source>
        <translation>As set above</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Near within</source>
        <translation>Near within</translation>
    </message>
    <message>
        <source>Unknown KPI: %1</source>
        <translation>Unknown KPI: %1</translation>
    </message>
    <message>
        <source>Say which team or channel the target is for.</source>
        <translation>Say which team or channel the target is for.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>A target cannot be negative.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
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
    <message>
        <source>Open or Create a Store</source>
        <translation>Open or Create a Store</translation>
    </message>
    <message>
        <source>Busola stores (*.db *.sqlite);;All files (*)</source>
        <translation>Busola stores (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot Open the Store</source>
        <translation>Cannot Open the Store</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Load the Demo Company</source>
        <translation>Load the Demo Company</translation>
    </message>
    <message>
        <source>This store already holds data, and the demo company would mix with it. Open another store (File ▸ Open Another Store…) under a new file name, then load the demo company there.</source>
        <translation>This store already holds data, and the demo company would mix with it. Open another store (File ▸ Open Another Store…) under a new file name, then load the demo company there.</translation>
    </message>
    <message>
        <source>Busola</source>
        <translation>Busola</translation>
    </message>
    <message>
        <source>The demo company is being written to the store. Busola can close in a few seconds, when it is done.</source>
        <translation>The demo company is being written to the store. Busola can close in a few seconds, when it is done.</translation>
    </message>
    <message>
        <source>About Busola</source>
        <translation>About Busola</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Busola %1&lt;/h3&gt;&lt;p&gt;A KPI dashboard for sales and sales-support managers: import the month&apos;s exports, read every KPI against its target, keep a SWOT matrix and print the meeting report.&lt;/p&gt;&lt;p&gt;Busola works offline: your data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Busola %1&lt;/h3&gt;&lt;p&gt;A KPI dashboard for sales and sales-support managers: import the month&apos;s exports, read every KPI against its target, keep a SWOT matrix and print the meeting report.&lt;/p&gt;&lt;p&gt;Busola works offline: your data stays on this computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Open Another Store…</source>
        <translation>&amp;Open Another Store…</translation>
    </message>
    <message>
        <source>Load the &amp;Demo Company</source>
        <translation>Load the &amp;Demo Company</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Reload the Store</source>
        <translation>&amp;Reload the Store</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Full Screen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Busola</source>
        <translation>&amp;About Busola</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;KPI Definitions</source>
        <translation>&amp;KPI Definitions</translation>
    </message>
    <message>
        <source>Connect to a &amp;Team Store…</source>
        <translation>Connect to a &amp;Team Store…</translation>
    </message>
    <message>
        <source>Back to the Lo&amp;cal Store</source>
        <translation>Back to the Lo&amp;cal Store</translation>
    </message>
</context>
<context>
    <name>busola::MappingPage</name>
    <message>
        <source>Which column feeds which field</source>
        <translation>Which column feeds which field</translation>
    </message>
    <message>
        <source>Busola matched the columns by their names. Check the values as read; choose another column where one is wrong (Enter or F2 on a row).</source>
        <translation>Busola matched the columns by their names. Check the values as read; choose another column where one is wrong (Enter or F2 on a row).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Save the mapping as &amp;profile:</source>
        <translation>Save the mapping as &amp;profile:</translation>
    </message>
    <message>
        <source>Choose a column for: %1. Busola cannot import %2 without it.</source>
        <translation>Choose a column for: %1. Busola cannot import %2 without it.</translation>
    </message>
    <message>
        <source>Cells of the first rows that cannot be read as their field: %1 (marked in red; hover over one to see why). Their rows will be rejected.</source>
        <translation>Cells of the first rows that cannot be read as their field: %1 (marked in red; hover over one to see why). Their rows will be rejected.</translation>
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
    <message>
        <source>migration to version %1 failed: %2</source>
        <translation>migration to version %1 failed: %2</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>the table %1 is missing</translation>
    </message>
</context>
<context>
    <name>busola::ModePage</name>
    <message>
        <source>&amp;Add and update</source>
        <translation>&amp;Add and update</translation>
    </message>
    <message>
        <source>&amp;Replace a period</source>
        <translation>&amp;Replace a period</translation>
    </message>
    <message>
        <source>How to import</source>
        <translation>How to import</translation>
    </message>
    <message>
        <source>Everything is written in one go: if anything goes wrong, or you cancel, the store stays exactly as it was.</source>
        <translation>Everything is written in one go: if anything goes wrong, or you cancel, the store stays exactly as it was.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To (inclusive):</source>
        <translation>&amp;To (inclusive):</translation>
    </message>
    <message>
        <source>New rows are added; rows already imported (the same external id) are updated where they changed. Importing the same file twice changes nothing.</source>
        <translation>New rows are added; rows already imported (the same external id) are updated where they changed. Importing the same file twice changes nothing.</translation>
    </message>
    <message>
        <source>The rows of this kind of data in the period are deleted and replaced by the file&apos;s. Rows of the file outside the period are rejected.</source>
        <translation>The rows of this kind of data in the period are deleted and replaced by the file&apos;s. Rows of the file outside the period are rejected.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>The period ends before it begins.</translation>
    </message>
</context>
<context>
    <name>busola::OdsReader</name>
    <message>
        <source>%1: not an OpenDocument spreadsheet (the zip holds no content.xml)</source>
        <translation>%1: not an OpenDocument spreadsheet (the zip holds no content.xml)</translation>
    </message>
    <message>
        <source>%1: the spreadsheet has no sheets</source>
        <translation>%1: the spreadsheet has no sheets</translation>
    </message>
    <message>
        <source>%1: there is no sheet number %2</source>
        <translation>%1: there is no sheet number %2</translation>
    </message>
    <message>
        <source>%1: more than %2 rows</source>
        <translation>%1: more than %2 rows</translation>
    </message>
    <message>
        <source>%1: the document ends inside a sheet</source>
        <translation>%1: the document ends inside a sheet</translation>
    </message>
    <message>
        <source>%1: row %2 has a cell beyond column %3, the most a sheet can have</source>
        <translation>%1: row %2 has a cell beyond column %3, the most a sheet can have</translation>
    </message>
    <message>
        <source>invalid number: %1</source>
        <translation>invalid number: %1</translation>
    </message>
    <message>
        <source>invalid date: %1</source>
        <translation>invalid date: %1</translation>
    </message>
    <message>
        <source>invalid time: %1</source>
        <translation>invalid time: %1</translation>
    </message>
    <message>
        <source>formula without a cached value</source>
        <translation>formula without a cached value</translation>
    </message>
    <message>
        <source>%1: sheet %2 is not &quot;%3&quot; as settings.xml says: the file is inconsistent</source>
        <translation>%1: sheet %2 is not &quot;%3&quot; as settings.xml says: the file is inconsistent</translation>
    </message>
</context>
<context>
    <name>busola::PeriodChoice</name>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>busola::PeriodSelector</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Compare with:</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>previous period</translation>
    </message>
    <message>
        <source>same period last year</source>
        <translation>same period last year</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>Previous period (Alt+Left)</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>Next period (Alt+Right)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Next period</translation>
    </message>
</context>
<context>
    <name>busola::ProblemModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>busola::ProgressPage</name>
    <message>
        <source>&amp;Cancel the Import</source>
        <translation>&amp;Cancel the Import</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Cancel rolls everything back: the store stays as it was.</source>
        <translation>Cancel rolls everything back: the store stays as it was.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written, the store is as it was. Go back to change something, or close the wizard.</source>
        <translation>The import was cancelled: nothing was written, the store is as it was. Go back to change something, or close the wizard.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 rows read…</source>
        <translation>
            <numerusform>%1 row read…</numerusform>
            <numerusform>%1 rows read…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>busola::QtXmlSource</name>
    <message>
        <source>%1: malformed XML: %2</source>
        <translation>%1: malformed XML: %2</translation>
    </message>
    <message>
        <source>a DTD or entity declaration, refused for safety</source>
        <translation>a DTD or entity declaration, refused for safety</translation>
    </message>
    <message>
        <source>the undeclared entity &amp;%1;</source>
        <translation>the undeclared entity &amp;%1;</translation>
    </message>
    <message>
        <source>the document ends early (truncated): %1</source>
        <translation>the document ends early (truncated): %1</translation>
    </message>
</context>
<context>
    <name>busola::ReaderFactory</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is a %2 file but not a workbook Busola can read (XLSX, ODS or XLS).</source>
        <translation>%1 is a %2 file but not a workbook Busola can read (XLSX, ODS or XLS).</translation>
    </message>
</context>
<context>
    <name>busola::RecordTableModel</name>
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
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>column caption (currency)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>duration in hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Response time</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Complaint category</source>
        <translation>Complaint category</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Original amount</source>
        <translation>Original amount</translation>
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
        <source>Responded</source>
        <translation>Responded</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>ticket status</comment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>ticket status</comment>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>ticket status</comment>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>ticket status</comment>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>busola::Report</name>
    <message>
        <source>mean of the history</source>
        <translation>mean of the history</translation>
    </message>
    <message>
        <source>Holt&apos;s linear trend</source>
        <translation>Holt&apos;s linear trend</translation>
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
        <source>the report&apos;s language is ro or en, not &quot;%1&quot;</source>
        <translation>the report&apos;s language is ro or en, not &quot;%1&quot;</translation>
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
<context>
    <name>busola::RowConverter</name>
    <message>
        <source>an amount in %1, but the store keeps %2: give the exchange rate (--rate, 1 %1 = R %2)</source>
        <translation>an amount in %1, but the store keeps %2: give the exchange rate (--rate, 1 %1 = R %2)</translation>
    </message>
    <message>
        <source>no creation date</source>
        <translation>no creation date</translation>
    </message>
    <message>
        <source>a resolution time on a ticket that is still %1: not imported</source>
        <translation>a resolution time on a ticket that is still %1: not imported</translation>
    </message>
    <message>
        <source>a negative cost</source>
        <translation>a negative cost</translation>
    </message>
    <message>
        <source>a negative number of contacts</source>
        <translation>a negative number of contacts</translation>
    </message>
    <message>
        <source>the first response is before the ticket was created</source>
        <translation>the first response is before the ticket was created</translation>
    </message>
    <message>
        <source>resolved before the first response</source>
        <translation>resolved before the first response</translation>
    </message>
    <message>
        <source>resolved before the ticket was created</source>
        <translation>resolved before the ticket was created</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>a sale without an amount</source>
        <translation>a sale without an amount</translation>
    </message>
    <message>
        <source>a negative amount</source>
        <translation>a negative amount</translation>
    </message>
    <message>
        <source>closed before it was created</source>
        <translation>closed before it was created</translation>
    </message>
    <message>
        <source>a won deal without a close date counts in no month&apos;s sales</source>
        <translation>a won deal without a close date counts in no month&apos;s sales</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>no score</translation>
    </message>
    <message>
        <source>no month</source>
        <translation>no month</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>no amount</translation>
    </message>
    <message>
        <source>not a date (expected e.g. 27.11.2026 14:30 or 2026-11-27)</source>
        <translation>not a date (expected e.g. 27.11.2026 14:30 or 2026-11-27)</translation>
    </message>
    <message>
        <source>a date outside 1900–2199</source>
        <translation>a date outside 1900–2199</translation>
    </message>
    <message>
        <source>not a rating (a number, or a value the value mapping knows)</source>
        <translation>not a rating (a number, or a value the value mapping knows)</translation>
    </message>
    <message>
        <source>outside the 1–5 scale</source>
        <translation>outside the 1–5 scale</translation>
    </message>
    <message>
        <source>outside the 1–10 scale</source>
        <translation>outside the 1–10 scale</translation>
    </message>
    <message>
        <source>outside the 0–10 scale</source>
        <translation>outside the 0–10 scale</translation>
    </message>
    <message>
        <source>outside 0–100 %</source>
        <translation>outside 0–100 %</translation>
    </message>
    <message>
        <source>the spreadsheet shows an error here (%1)</source>
        <translation>the spreadsheet shows an error here (%1)</translation>
    </message>
    <message>
        <source>a negative duration</source>
        <translation>a negative duration</translation>
    </message>
    <message>
        <source>not a duration (minutes, hours or HH:MM:SS)</source>
        <translation>not a duration (minutes, hours or HH:MM:SS)</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>not an amount</translation>
    </message>
    <message>
        <source>not a yes/no value</source>
        <translation>not a yes/no value</translation>
    </message>
    <message>
        <source>not a currency</source>
        <translation>not a currency</translation>
    </message>
    <message>
        <source>not a month (expected e.g. 2026-10 or 10.2026)</source>
        <translation>not a month (expected e.g. 2026-10 or 10.2026)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>busola::SettingsPage</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Put the backup of %1 in place of the store? The store as it is now is kept as a backup first, so this can be undone.</source>
        <translation>Put the backup of %1 in place of the store? The store as it is now is kept as a backup first, so this can be undone.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The setting could not be saved.</source>
        <translation>The setting could not be saved.</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>Company logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>%1 could not be read as an image: %2</source>
        <translation>%1 could not be read as an image: %2</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Your language, and what this store holds to: company, time zone, currency, KPI rules and backups.</source>
        <translation>Your language, and what this store holds to: company, time zone, currency, KPI rules and backups.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language of Busola:</source>
        <translation>Language of Busola:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Shown on the report&apos;s cover</source>
        <translation>Shown on the report&apos;s cover</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Choose a logo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Open another store…</source>
        <translation>Open another store…</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <source>The time zone and the currency can be changed only while the store is empty: the data already in it was counted in them.</source>
        <translation>The time zone and the currency can be changed only while the store is empty: the data already in it was counted in them.</translation>
    </message>
    <message>
        <source>Exports are usually written in:</source>
        <translation>Exports are usually written in:</translation>
    </message>
    <message>
        <source>KPI rules</source>
        <translation>KPI rules</translation>
    </message>
    <message>
        <source>“Near the target” within:</source>
        <translation>“Near the target” within:</translation>
    </message>
    <message>
        <source>Customer active window (months):</source>
        <translation>Customer active window (months):</translation>
    </message>
    <message>
        <source>Forecast horizon (months):</source>
        <translation>Forecast horizon (months):</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Busola copies the store before every import, removal of an import and upgrade. Number of copies kept:</source>
        <translation>Busola copies the store before every import, removal of an import and upgrade. Number of copies kept:</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Restore this backup…</translation>
    </message>
</context>
<context>
    <name>busola::Sidebar</name>
    <message>
        <source>KPI dashboard</source>
        <translation>KPI dashboard</translation>
    </message>
</context>
<context>
    <name>busola::SourcePage</name>
    <message>
        <source>How to read the file</source>
        <translation>How to read the file</translation>
    </message>
    <message>
        <source>Busola has guessed these from the file. Change one if the preview looks wrong: letters like ă, ș, ț garbled mean another encoding.</source>
        <translation>Busola has guessed these from the file. Change one if the preview looks wrong: letters like ă, ș, ț garbled mean another encoding.</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter on it) to take the header from it.</source>
        <translation>Double-click a row (or press Enter on it) to take the header from it.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;Header on row:</source>
        <translation>&amp;Header on row:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>&amp;Numbers and dates as in:</source>
        <translation>&amp;Numbers and dates as in:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Vertical bar ( | )</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Detect from the file</translation>
    </message>
    <message>
        <source>Romanian: 1.234,56 and 27.11.2026</source>
        <translation>Romanian: 1.234,56 and 27.11.2026</translation>
    </message>
    <message>
        <source>English (US): 1,234.56 and 11/27/2026</source>
        <translation>English (US): 1,234.56 and 11/27/2026</translation>
    </message>
    <message>
        <source>English (UK): 1,234.56 and 27/11/2026</source>
        <translation>English (UK): 1,234.56 and 27/11/2026</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by “%2”.</source>
        <translation>Read as %1, columns separated by “%2”.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Header: row %1 (marked in the preview).</source>
        <translation>Header: row %1 (marked in the preview).</translation>
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
    <message numerus="yes">
        <source>%n backup(s) of it exist, the newest from %1. `busola backup list` shows them; `busola backup restore 1` puts the newest back (Settings › Backups does the same).</source>
        <translation>
            <numerusform>%n backup of it exists, from %1. `busola backup list` shows it; `busola backup restore 1` puts it back (Settings › Backups does the same).</numerusform>
            <numerusform>%n backups of it exist, the newest from %1. `busola backup list` shows them; `busola backup restore 1` puts the newest back (Settings › Backups does the same).</numerusform>
        </translation>
    </message>
    <message>
        <source>Team stores need Qt&apos;s PostgreSQL driver (Debian: libqt6sql6-psql).</source>
        <translation>Team stores need Qt&apos;s PostgreSQL driver (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The team store %1 has no schema %2: `busola team init` creates it.</source>
        <translation>The team store %1 has no schema %2: `busola team init` creates it.</translation>
    </message>
    <message>
        <source>Cannot open the team store %1: %2</source>
        <translation>Cannot open the team store %1: %2</translation>
    </message>
    <message>
        <source>The store %1 is in use by another Busola, which is writing to it (an import or a removal). Nothing was written; try again when it has finished.</source>
        <translation>The store %1 is in use by another Busola, which is writing to it (an import or a removal). Nothing was written; try again when it has finished.</translation>
    </message>
    <message>
        <source>The team store %1 is at schema version %2 and this Busola needs version %3; only its owner (%4) can upgrade it: ask them to run `busola team init --db %5`. Nothing was changed.</source>
        <translation>The team store %1 is at schema version %2 and this Busola needs version %3; only its owner (%4) can upgrade it: ask them to run `busola team init --db %5`. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>busola::StoreCopy</name>
    <message>
        <source>The destination %1 already holds data: copy into an empty store.</source>
        <translation>The destination %1 already holds data: copy into an empty store.</translation>
    </message>
    <message>
        <source>The destination is busy or read-only: %1</source>
        <translation>The destination is busy or read-only: %1</translation>
    </message>
    <message>
        <source>Cannot copy a row of %1: %2</source>
        <translation>Cannot copy a row of %1: %2</translation>
    </message>
    <message>
        <source>Cannot build the KPI summaries: %1</source>
        <translation>Cannot build the KPI summaries: %1</translation>
    </message>
</context>
<context>
    <name>busola::StoreStatus</name>
    <message>
        <source>Cannot count the records</source>
        <translation>Cannot count the records</translation>
    </message>
    <message>
        <source>Support interactions: %1   ·   Deals: %2   ·   Feedback responses: %3</source>
        <translation>Support interactions: %1   ·   Deals: %2   ·   Feedback responses: %3</translation>
    </message>
</context>
<context>
    <name>busola::StoreWriter</name>
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
    <message>
        <source>The disk is full: the store cannot grow, so nothing was written and the store is as it was. Free some space and try again. (%1)</source>
        <translation>The disk is full: the store cannot grow, so nothing was written and the store is as it was. Free some space and try again. (%1)</translation>
    </message>
    <message>
        <source>The import was stopped because the store could not be backed up first: %1</source>
        <translation>The import was stopped because the store could not be backed up first: %1</translation>
    </message>
    <message>
        <source>Cannot rebuild an index: %1</source>
        <translation>Cannot rebuild an index: %1</translation>
    </message>
    <message>
        <source>The import was not removed because the store could not be backed up first: %1</source>
        <translation>The import was not removed because the store could not be backed up first: %1</translation>
    </message>
    <message>
        <source>The store %1 cannot be written: %2</source>
        <translation>The store %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Not allowed: your account on the team store %1 may only read. An import needs an editor&apos;s account.</source>
        <translation>Not allowed: your account on the team store %1 may only read. An import needs an editor&apos;s account.</translation>
    </message>
    <message>
        <source>The import was not saved: some rows would refer to a customer or an import the store does not have (%1).</source>
        <translation>The import was not saved: some rows would refer to a customer or an import the store does not have (%1).</translation>
    </message>
    <message>
        <source>Cannot write %1 rows %2 to %3: %4</source>
        <translation>Cannot write %1 rows %2 to %3: %4</translation>
    </message>
    <message>
        <source>Cannot record the customers: %1</source>
        <translation>Cannot record the customers: %1</translation>
    </message>
    <message>
        <source>SQLite ended the import&apos;s transaction after an error; nothing was written.</source>
        <translation>SQLite ended the import&apos;s transaction after an error; nothing was written.</translation>
    </message>
    <message>
        <source>Cannot write the customer %1: %2</source>
        <translation>Cannot write the customer %1: %2</translation>
    </message>
    <message>
        <source>Cannot update %1 rows: %2</source>
        <translation>Cannot update %1 rows: %2</translation>
    </message>
    <message>
        <source>Cannot update %1 rows %2 to %3: %4</source>
        <translation>Cannot update %1 rows %2 to %3: %4</translation>
    </message>
    <message>
        <source>Cannot tell which interactions rows %1 to %2 were new: SQLite inserted %3 of them, %4 were found.</source>
        <translation>Cannot tell which interactions rows %1 to %2 were new: SQLite inserted %3 of them, %4 were found.</translation>
    </message>
    <message>
        <source>the store is not an SQLite database</source>
        <translation>the store is not an SQLite database</translation>
    </message>
</context>
<context>
    <name>busola::SummaryPage</name>
    <message>
        <source>Open the &amp;Dashboard</source>
        <translation>Open the &amp;Dashboard</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>%1 is in the store.</source>
        <translation>%1 is in the store.</translation>
    </message>
    <message>
        <source>Added: %1
Updated: %2
Unchanged: %3
Rejected: %4</source>
        <translation>Added: %1
Updated: %2
Unchanged: %3
Rejected: %4</translation>
    </message>
    <message>
        <source>The mapping is saved as the profile “%1”: next time a file with this header comes, the wizard applies it by itself.</source>
        <translation>The mapping is saved as the profile “%1”: next time a file with this header comes, the wizard applies it by itself.</translation>
    </message>
    <message>
        <source>The rejected rows can be fixed in the file and imported again: rows already imported will not be duplicated.</source>
        <translation>The rejected rows can be fixed in the file and imported again: rows already imported will not be duplicated.</translation>
    </message>
</context>
<context>
    <name>busola::Swot</name>
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
</context>
<context>
    <name>busola::SwotBoardDialog</name>
    <message>
        <source>SWOT board</source>
        <translation>SWOT board</translation>
    </message>
    <message>
        <source>whole company</source>
        <translation>whole company</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
</context>
<context>
    <name>busola::SwotBoardModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>busola::SwotDocument</name>
    <message>
        <source>The SWOT board %1 does not exist.</source>
        <translation>The SWOT board %1 does not exist.</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <source>Change importance</source>
        <translation>Change importance</translation>
    </message>
    <message>
        <source>Link KPI</source>
        <translation>Link KPI</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Change owner</translation>
    </message>
    <message>
        <source>Change action</source>
        <translation>Change action</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>Change due date</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Accept suggestion</translation>
    </message>
    <message>
        <source>Dismiss suggestion</source>
        <translation>Dismiss suggestion</translation>
    </message>
    <message>
        <source>Cannot save the SWOT board: %1</source>
        <translation>Cannot save the SWOT board: %1</translation>
    </message>
</context>
<context>
    <name>busola::SwotItemDelegate</name>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>action: %1</source>
        <translation>action: %1</translation>
    </message>
</context>
<context>
    <name>busola::SwotItemPanel</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Selected item</translation>
    </message>
    <message>
        <source>Select an item to see its details</source>
        <translation>Select an item to see its details</translation>
    </message>
    <message>
        <source>Importance:</source>
        <translation>Importance:</translation>
    </message>
    <message>
        <source>Linked KPI:</source>
        <translation>Linked KPI:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <source>The action has a due date</source>
        <translation>The action has a due date</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
</context>
<context>
    <name>busola::SwotPage</name>
    <message>
        <source>%1 · team %2</source>
        <translation>%1 · team %2</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>Rename board</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Duplicate board</source>
        <translation>Duplicate board</translation>
    </message>
    <message>
        <source>A copy of every item, for the next period. Name:</source>
        <translation>A copy of every item, for the next period. Name:</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Delete board</translation>
    </message>
    <message>
        <source>Delete the board &quot;%1&quot; and all its items? This cannot be undone.</source>
        <translation>Delete the board &quot;%1&quot; and all its items? This cannot be undone.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Board:</source>
        <translation>Board:</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicate…</translation>
    </message>
    <message>
        <source>Copy this board and its items to the next period</source>
        <translation>Copy this board and its items to the next period</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Add SWOT item</source>
        <translation>Add SWOT item</translation>
    </message>
    <message>
        <source>Delete SWOT items</source>
        <translation>Delete SWOT items</translation>
    </message>
    <message>
        <source>Edit SWOT item</source>
        <translation>Edit SWOT item</translation>
    </message>
    <message>
        <source>There is no SWOT board yet. A board holds the strengths, weaknesses, opportunities and threats of one period.</source>
        <translation>There is no SWOT board yet. A board holds the strengths, weaknesses, opportunities and threats of one period.</translation>
    </message>
    <message>
        <source>Create a board…</source>
        <translation>Create a board…</translation>
    </message>
    <message>
        <source>Add an item (Insert)</source>
        <translation>Add an item (Insert)</translation>
    </message>
    <message>
        <source>Suggestions from the KPIs</source>
        <translation>Suggestions from the KPIs</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Board opened</source>
        <translation>Board opened</translation>
    </message>
    <message>
        <source>Suggestions appear once KPI values are available.</source>
        <translation>Suggestions appear once KPI values are available.</translation>
    </message>
    <message>
        <source>%1 The board has been reloaded with the latest version: make your change again if it is still needed.</source>
        <translation>%1 The board has been reloaded with the latest version: make your change again if it is still needed.</translation>
    </message>
</context>
<context>
    <name>busola::SwotQuadrantModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Linked KPI</source>
        <translation>Linked KPI</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>busola::SwotRenderer</name>
    <message>
        <source>action: %1</source>
        <translation>action: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>(no items)</source>
        <translation>(no items)</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 more</translation>
    </message>
</context>
<context>
    <name>busola::SwotStore</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read the SWOT boards</source>
        <translation>Cannot read the SWOT boards</translation>
    </message>
    <message>
        <source>Cannot create the SWOT board</source>
        <translation>Cannot create the SWOT board</translation>
    </message>
    <message>
        <source>Cannot rename the SWOT board</source>
        <translation>Cannot rename the SWOT board</translation>
    </message>
    <message>
        <source>Cannot copy the SWOT items</source>
        <translation>Cannot copy the SWOT items</translation>
    </message>
    <message>
        <source>Cannot copy the SWOT board</source>
        <translation>Cannot copy the SWOT board</translation>
    </message>
    <message>
        <source>Cannot delete the SWOT board</source>
        <translation>Cannot delete the SWOT board</translation>
    </message>
    <message>
        <source>Cannot read the SWOT items</source>
        <translation>Cannot read the SWOT items</translation>
    </message>
    <message>
        <source>Cannot save the SWOT item</source>
        <translation>Cannot save the SWOT item</translation>
    </message>
    <message>
        <source>Cannot save the order of the SWOT items</source>
        <translation>Cannot save the order of the SWOT items</translation>
    </message>
    <message>
        <source>Cannot delete the SWOT item</source>
        <translation>Cannot delete the SWOT item</translation>
    </message>
    <message>
        <source>Cannot save the dismissed suggestion</source>
        <translation>Cannot save the dismissed suggestion</translation>
    </message>
    <message>
        <source>%1: it was changed or deleted by someone else in the meantime.</source>
        <translation>%1: it was changed or deleted by someone else in the meantime.</translation>
    </message>
    <message>
        <source>The SWOT item was not saved</source>
        <translation>The SWOT item was not saved</translation>
    </message>
    <message>
        <source>The order of the SWOT items was not saved</source>
        <translation>The order of the SWOT items was not saved</translation>
    </message>
    <message>
        <source>The SWOT item was not deleted</source>
        <translation>The SWOT item was not deleted</translation>
    </message>
</context>
<context>
    <name>busola::SwotSuggestionModel</name>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
</context>
<context>
    <name>busola::SwotSuggestions</name>
    <message>
        <source>%1: %2, target &lt; %3</source>
        <translation>%1: %2, target &lt; %3</translation>
    </message>
    <message>
        <source>%1: %2, target ≥ %3</source>
        <translation>%1: %2, target ≥ %3</translation>
    </message>
    <message>
        <source>%1: improved %2 periods running, %3 → %4</source>
        <translation>%1: improved %2 periods running, %3 → %4</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
</context>
<context>
    <name>busola::TeamCommand</name>
    <message>
        <source>team init needs --db postgresql://…</source>
        <translation>team init needs --db postgresql://…</translation>
    </message>
    <message>
        <source>The team store %1 is ready. Editors (%2) import and edit; viewers (%3) read and print reports. Add a member with `busola team grant USER editor|viewer`.</source>
        <translation>The team store %1 is ready. Editors (%2) import and edit; viewers (%3) read and print reports. Add a member with `busola team grant USER editor|viewer`.</translation>
    </message>
    <message>
        <source>a member is an editor or a viewer.</source>
        <translation>a member is an editor or a viewer.</translation>
    </message>
    <message>
        <source>%1 is now an editor of %2.</source>
        <translation>%1 is now an editor of %2.</translation>
    </message>
    <message>
        <source>%1 is now a viewer of %2.</source>
        <translation>%1 is now a viewer of %2.</translation>
    </message>
    <message>
        <source>There is no store %1.</source>
        <translation>There is no store %1.</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3.</source>
        <translation>Copied %1 rows from %2 to %3.</translation>
    </message>
    <message>
        <source>Set up a team store on PostgreSQL, name its members, or copy a store into another.</source>
        <translation>Set up a team store on PostgreSQL, name its members, or copy a store into another.</translation>
    </message>
    <message>
        <source>The editors&apos; group role (default busola_editors).</source>
        <translation>The editors&apos; group role (default busola_editors).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>The viewers&apos; group role (default busola_viewers).</source>
        <translation>The viewers&apos; group role (default busola_viewers).</translation>
    </message>
    <message>
        <source>init; grant USER editor|viewer; or copy FROM TO (a file or postgresql://…)</source>
        <translation>init; grant USER editor|viewer; or copy FROM TO (a file or postgresql://…)</translation>
    </message>
    <message>
        <source>say `team init`, `team grant USER editor|viewer` or `team copy FROM TO`.</source>
        <translation>say `team init`, `team grant USER editor|viewer` or `team copy FROM TO`.</translation>
    </message>
</context>
<context>
    <name>busola::TeamLocation</name>
    <message>
        <source>%1 is not a team store address (postgresql://user@host:port/database).</source>
        <translation>%1 is not a team store address (postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <source>The team store address %1 names no database (…/database at its end).</source>
        <translation>The team store address %1 names no database (…/database at its end).</translation>
    </message>
    <message>
        <source>The schema %1 of a team store must be letters, digits and _ only.</source>
        <translation>The schema %1 of a team store must be letters, digits and _ only.</translation>
    </message>
</context>
<context>
    <name>busola::TeamLogin</name>
    <message>
        <source>Enter the user name of your account on the server.</source>
        <translation>Enter the user name of your account on the server.</translation>
    </message>
    <message>
        <source>Enter the name of the database that holds the team store.</source>
        <translation>Enter the name of the database that holds the team store.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>The port must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): Busola will ask for the password each time.</source>
        <translation>The system keychain is not available (%1): Busola will ask for the password each time.</translation>
    </message>
</context>
<context>
    <name>busola::TeamSetup</name>
    <message>
        <source>Cannot connect to the team store %1: %2</source>
        <translation>Cannot connect to the team store %1: %2</translation>
    </message>
    <message>
        <source>Roles exist only in a team store (postgresql://…).</source>
        <translation>Roles exist only in a team store (postgresql://…).</translation>
    </message>
    <message>
        <source>Role names are letters, digits and _ only.</source>
        <translation>Role names are letters, digits and _ only.</translation>
    </message>
    <message>
        <source>The team store has no schema to grant rights on.</source>
        <translation>The team store has no schema to grant rights on.</translation>
    </message>
    <message>
        <source>A user name is letters, digits and _ only.</source>
        <translation>A user name is letters, digits and _ only.</translation>
    </message>
    <message>
        <source>The server has no user %1: its administrator creates it (CREATE ROLE %1 LOGIN, then \password %1 in psql).</source>
        <translation>The server has no user %1: its administrator creates it (CREATE ROLE %1 LOGIN, then \password %1 in psql).</translation>
    </message>
</context>
<context>
    <name>busola::TeamStoreDialog</name>
    <message>
        <source>The system keychain is not available (%1): enter the password each time.</source>
        <translation>The system keychain is not available (%1): enter the password each time.</translation>
    </message>
    <message>
        <source>Connect to a Team Store</source>
        <translation>Connect to a Team Store</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>S&amp;chema:</source>
        <translation>S&amp;chema:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>remembered in the system keychain</source>
        <translation>remembered in the system keychain</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Remember the password in the system keychain</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
</context>
<context>
    <name>busola::TrendChart</name>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>80 % interval</source>
        <translation>80 % interval</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: no data</translation>
    </message>
    <message>
        <source>%1: forecast %2 (80 % interval %3 – %4)</source>
        <translation>%1: forecast %2 (80 % interval %3 – %4)</translation>
    </message>
    <message>
        <source>%1: forecast %2</source>
        <translation>%1: forecast %2</translation>
    </message>
</context>
<context>
    <name>busola::ValidationPage</name>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>&amp;Save Rejected Rows…</translation>
    </message>
    <message>
        <source>Sales and amounts</source>
        <translation>Sales and amounts</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Check &amp;Again</translation>
    </message>
    <message>
        <source>Checking every row</source>
        <translation>Checking every row</translation>
    </message>
    <message>
        <source>Nothing is written yet. Rows with errors will be rejected, the others imported; warnings are worth a look.</source>
        <translation>Nothing is written yet. Rows with errors will be rejected, the others imported; warnings are worth a look.</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>All problems</translation>
    </message>
    <message>
        <source>Errors (rows rejected)</source>
        <translation>Errors (rows rejected)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>Report it as a problem</source>
        <translation>Report it as a problem</translation>
    </message>
    <message>
        <source>Add up the lines into one sale</source>
        <translation>Add up the lines into one sale</translation>
    </message>
    <message>
        <source>Each line is a sale, told apart by the column:</source>
        <translation>Each line is a sale, told apart by the column:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>When an id &amp;repeats (the lines of one order):</source>
        <translation>When an id &amp;repeats (the lines of one order):</translation>
    </message>
    <message>
        <source>E&amp;xchange rate for amounts in another currency:</source>
        <translation>E&amp;xchange rate for amounts in another currency:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>The check was stopped.</translation>
    </message>
    <message>
        <source>Rows read: %1 — OK: %2, with warnings: %3, with errors (rejected): %4.</source>
        <translation>Rows read: %1 — OK: %2, with warnings: %3, with errors (rejected): %4.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Save Rejected Rows</translation>
    </message>
    <message>
        <source>rejected rows.csv</source>
        <translation>rejected rows.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Importing would add %1 rows, update %2 and find %3 unchanged.</source>
        <translation>
            <numerusform>Importing would add %1 row, update %2 and find %3 unchanged.</numerusform>
            <numerusform>Importing would add %1 rows, update %2 and find %3 unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %1 problems are listed; the rejected rows file has them all.</source>
        <translation>
            <numerusform>Only %1 problem is listed; the rejected rows file has them all.</numerusform>
            <numerusform>Only the first %1 problems are listed; the rejected rows file has them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>busola::ValuesPage</name>
    <message>
        <source>What the values mean</source>
        <translation>What the values mean</translation>
    </message>
    <message>
        <source>The words the export uses for channels, stages, statuses and ratings, and what each becomes in Busola. Change one with Enter or F2.</source>
        <translation>The words the export uses for channels, stages, statuses and ratings, and what each becomes in Busola. Change one with Enter or F2.</translation>
    </message>
    <message>
        <source>The mapped columns hold no words to translate: nothing to do here.</source>
        <translation>The mapped columns hold no words to translate: nothing to do here.</translation>
    </message>
    <message>
        <source>“Kept as it is” keeps the export&apos;s own word (e.g. a channel of its own, shown under “other” in breakdowns).</source>
        <translation>“Kept as it is” keeps the export&apos;s own word (e.g. a channel of its own, shown under “other” in breakdowns).</translation>
    </message>
</context>
<context>
    <name>busola::WelcomePage</name>
    <message>
        <source>Welcome to Busola</source>
        <translation>Welcome to Busola</translation>
    </message>
    <message>
        <source>This store is empty. Explore Busola with the demo company, or import the first export of your own CRM or helpdesk. Your data stays on this computer.</source>
        <translation>This store is empty. Explore Busola with the demo company, or import the first export of your own CRM or helpdesk. Your data stays on this computer.</translation>
    </message>
    <message>
        <source>Load the demo company</source>
        <translation>Load the demo company</translation>
    </message>
    <message>
        <source>Three years of support tickets, deals and survey answers of a fictional Romanian distributor, to see every page with real numbers.</source>
        <translation>Three years of support tickets, deals and survey answers of a fictional Romanian distributor, to see every page with real numbers.</translation>
    </message>
    <message>
        <source>Import my first export</source>
        <translation>Import my first export</translation>
    </message>
    <message>
        <source>A support-ticket or deals export from your CRM, helpdesk or accounting program (.xlsx, .xls, .ods or .csv).</source>
        <translation>A support-ticket or deals export from your CRM, helpdesk or accounting program (.xlsx, .xls, .ods or .csv).</translation>
    </message>
    <message>
        <source>Building the demo company… this takes a few seconds.</source>
        <translation>Building the demo company… this takes a few seconds.</translation>
    </message>
    <message>
        <source>The demo company could not be loaded: %1</source>
        <translation>The demo company could not be loaded: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
</context>
<context>
    <name>busola::XlsReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>not enough memory</translation>
    </message>
    <message>
        <source>not a legacy Excel (.xls) file</source>
        <translation>not a legacy Excel (.xls) file</translation>
    </message>
    <message>
        <source>the file is truncated or cannot be read</source>
        <translation>the file is truncated or cannot be read</translation>
    </message>
    <message>
        <source>the file holds no Excel workbook (BIFF2 to BIFF8)</source>
        <translation>the file holds no Excel workbook (BIFF2 to BIFF8)</translation>
    </message>
    <message>
        <source>its string table is damaged</source>
        <translation>its string table is damaged</translation>
    </message>
    <message>
        <source>its text is in an unsupported character set</source>
        <translation>its text is in an unsupported character set</translation>
    </message>
    <message>
        <source>the file is corrupted or crafted</source>
        <translation>the file is corrupted or crafted</translation>
    </message>
    <message>
        <source>the file is damaged (FreeXL error %1)</source>
        <translation>the file is damaged (FreeXL error %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet list cannot be read</source>
        <translation>the workbook&apos;s sheet list cannot be read</translation>
    </message>
    <message>
        <source>the workbook is password-protected</source>
        <translation>the workbook is password-protected</translation>
    </message>
    <message>
        <source>the name of sheet %1 cannot be read</source>
        <translation>the name of sheet %1 cannot be read</translation>
    </message>
    <message>
        <source>the workbook has no worksheets</source>
        <translation>the workbook has no worksheets</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>the file is not open</translation>
    </message>
    <message>
        <source>there is no sheet number %1</source>
        <translation>there is no sheet number %1</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; cannot be read</source>
        <translation>sheet &quot;%1&quot; cannot be read</translation>
    </message>
    <message>
        <source>row %1 of sheet cannot be read: %2</source>
        <translation>row %1 of sheet cannot be read: %2</translation>
    </message>
    <message>
        <source>invalid date: %1</source>
        <translation>invalid date: %1</translation>
    </message>
    <message>
        <source>the records of the sheet end early</source>
        <translation>the records of the sheet end early</translation>
    </message>
    <message>
        <source>an Excel 5.0/95 file</source>
        <translation>an Excel 5.0/95 file</translation>
    </message>
    <message>
        <source>%1: the formula cells of this workbook come back without values (%2); Busola reads formula results only from Excel 97–2003 (BIFF8) files. Save the workbook again as .xlsx, .ods or Excel 97–2003 .xls to import them.</source>
        <translation>%1: the formula cells of this workbook come back without values (%2); Busola reads formula results only from Excel 97–2003 (BIFF8) files. Save the workbook again as .xlsx, .ods or Excel 97–2003 .xls to import them.</translation>
    </message>
</context>
<context>
    <name>busola::XlsxReader</name>
    <message>
        <source>%1: the workbook has no worksheets</source>
        <translation>%1: the workbook has no worksheets</translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (the zip holds no %2)</source>
        <translation>%1: not an Excel workbook (the zip holds no %2)</translation>
    </message>
    <message>
        <source>%1: the workbook&apos;s relationships (%2) are missing</source>
        <translation>%1: the workbook&apos;s relationships (%2) are missing</translation>
    </message>
    <message>
        <source>%1: there is no sheet number %2</source>
        <translation>%1: there is no sheet number %2</translation>
    </message>
    <message>
        <source>%1: the part of sheet &quot;%2&quot; (%3) is missing from the file</source>
        <translation>%1: the part of sheet &quot;%2&quot; (%3) is missing from the file</translation>
    </message>
    <message>
        <source>no relationship</source>
        <translation>no relationship</translation>
    </message>
    <message>
        <source>%1: row number &quot;%2&quot; is invalid or beyond row %3</source>
        <translation>%1: row number &quot;%2&quot; is invalid or beyond row %3</translation>
    </message>
    <message>
        <source>%1: more than %2 rows</source>
        <translation>%1: more than %2 rows</translation>
    </message>
    <message>
        <source>%1: the sheet ends inside a row</source>
        <translation>%1: the sheet ends inside a row</translation>
    </message>
    <message>
        <source>%1: row %2: invalid cell reference &quot;%3&quot;</source>
        <translation>%1: row %2: invalid cell reference &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: row %2 has a cell beyond column XFD (%3 columns at most)</source>
        <translation>%1: row %2 has a cell beyond column XFD (%3 columns at most)</translation>
    </message>
    <message>
        <source>formula without a cached value</source>
        <translation>formula without a cached value</translation>
    </message>
    <message>
        <source>formula without a cached value: =%1</source>
        <translation>formula without a cached value: =%1</translation>
    </message>
    <message>
        <source>%1: row %2 refers to shared string %3, which does not exist</source>
        <translation>%1: row %2 refers to shared string %3, which does not exist</translation>
    </message>
    <message>
        <source>invalid date: %1</source>
        <translation>invalid date: %1</translation>
    </message>
    <message>
        <source>invalid number: %1</source>
        <translation>invalid number: %1</translation>
    </message>
    <message>
        <source>%1, part %2</source>
        <translation>%1, part %2</translation>
    </message>
</context>
<context>
    <name>busola::XmlScanner</name>
    <message>
        <source>%1: malformed XML near byte %2: %3</source>
        <translation>%1: malformed XML near byte %2: %3</translation>
    </message>
    <message>
        <source>a single token is longer than %1 MB</source>
        <translation>a single token is longer than %1 MB</translation>
    </message>
    <message>
        <source>UTF-16 XML is not supported</source>
        <translation>UTF-16 XML is not supported</translation>
    </message>
    <message>
        <source>the document ends before its element &lt;%1&gt; is closed (truncated)</source>
        <translation>the document ends before its element &lt;%1&gt; is closed (truncated)</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>the document is empty</translation>
    </message>
    <message>
        <source>the document ends inside a tag (truncated)</source>
        <translation>the document ends inside a tag (truncated)</translation>
    </message>
    <message>
        <source>a reference is longer than the buffer</source>
        <translation>a reference is longer than the buffer</translation>
    </message>
    <message>
        <source>text outside the document element</source>
        <translation>text outside the document element</translation>
    </message>
    <message>
        <source>a closing tag &lt;/%1&gt; without an opening one</source>
        <translation>a closing tag &lt;/%1&gt; without an opening one</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; closes &lt;%2&gt;</source>
        <translation>&lt;/%1&gt; closes &lt;%2&gt;</translation>
    </message>
    <message>
        <source>CDATA outside the document element</source>
        <translation>CDATA outside the document element</translation>
    </message>
    <message>
        <source>a DTD or entity declaration, refused for safety</source>
        <translation>a DTD or entity declaration, refused for safety</translation>
    </message>
    <message>
        <source>a tag without a name</source>
        <translation>a tag without a name</translation>
    </message>
    <message>
        <source>&apos;/&apos; inside a tag</source>
        <translation>&apos;/&apos; inside a tag</translation>
    </message>
    <message>
        <source>an attribute without a value</source>
        <translation>an attribute without a value</translation>
    </message>
    <message>
        <source>an attribute value without quotes</source>
        <translation>an attribute value without quotes</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; inside an attribute value</source>
        <translation>&apos;&lt;&apos; inside an attribute value</translation>
    </message>
    <message>
        <source>a second document element</source>
        <translation>a second document element</translation>
    </message>
    <message>
        <source>an &apos;&amp;&apos; that starts no reference</source>
        <translation>an &apos;&amp;&apos; that starts no reference</translation>
    </message>
    <message>
        <source>an empty character reference</source>
        <translation>an empty character reference</translation>
    </message>
    <message>
        <source>a malformed character reference</source>
        <translation>a malformed character reference</translation>
    </message>
    <message>
        <source>a character reference to a character XML forbids</source>
        <translation>a character reference to a character XML forbids</translation>
    </message>
    <message>
        <source>the undeclared entity &amp;%1;</source>
        <translation>the undeclared entity &amp;%1;</translation>
    </message>
    <message>
        <source>&quot;]]&gt;&quot; in text</source>
        <translation>&quot;]]&gt;&quot; in text</translation>
    </message>
    <message>
        <source>an attribute given twice in one tag</source>
        <translation>an attribute given twice in one tag</translation>
    </message>
</context>
<context>
    <name>busola::ZipArchive</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot be opened (%1)</source>
        <translation>cannot be opened (%1)</translation>
    </message>
    <message>
        <source>is not a zip archive (too short); xlsx and ods files are zip archives</source>
        <translation>is not a zip archive (too short); xlsx and ods files are zip archives</translation>
    </message>
    <message>
        <source>the zip directory is implausibly large (%1 bytes)</source>
        <translation>the zip directory is implausibly large (%1 bytes)</translation>
    </message>
    <message>
        <source>the zip directory lies beyond the end of the file: the file is truncated</source>
        <translation>the zip directory lies beyond the end of the file: the file is truncated</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>cannot be read (%1)</translation>
    </message>
    <message>
        <source>the zip directory cannot be read: the file is truncated</source>
        <translation>the zip directory cannot be read: the file is truncated</translation>
    </message>
    <message>
        <source>the zip archive is truncated or damaged (its directory is missing)</source>
        <translation>the zip archive is truncated or damaged (its directory is missing)</translation>
    </message>
    <message>
        <source>is not a zip archive; xlsx and ods files are zip archives</source>
        <translation>is not a zip archive; xlsx and ods files are zip archives</translation>
    </message>
    <message>
        <source>the zip64 directory locator is missing: the file is damaged</source>
        <translation>the zip64 directory locator is missing: the file is damaged</translation>
    </message>
    <message>
        <source>the zip64 directory record lies beyond the end of the file</source>
        <translation>the zip64 directory record lies beyond the end of the file</translation>
    </message>
    <message>
        <source>the zip64 directory record is damaged</source>
        <translation>the zip64 directory record is damaged</translation>
    </message>
    <message>
        <source>the zip directory is damaged (entry %1 of %2)</source>
        <translation>the zip directory is damaged (entry %1 of %2)</translation>
    </message>
    <message>
        <source>the part %1 lies beyond the end of the file: the file is truncated</source>
        <translation>the part %1 lies beyond the end of the file: the file is truncated</translation>
    </message>
</context>
<context>
    <name>busola::ZipEntryStream</name>
    <message>
        <source>%1: part %2: %3</source>
        <translation>%1: part %2: %3</translation>
    </message>
    <message>
        <source>is missing from the archive</source>
        <translation>is missing from the archive</translation>
    </message>
    <message>
        <source>is encrypted (password-protected files cannot be read)</source>
        <translation>is encrypted (password-protected files cannot be read)</translation>
    </message>
    <message>
        <source>uses an unsupported compression method (%1)</source>
        <translation>uses an unsupported compression method (%1)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>cannot be read (%1)</translation>
    </message>
    <message>
        <source>has a damaged header: the zip archive is corrupt</source>
        <translation>has a damaged header: the zip archive is corrupt</translation>
    </message>
    <message>
        <source>extends beyond the end of the file: the file is truncated</source>
        <translation>extends beyond the end of the file: the file is truncated</translation>
    </message>
    <message>
        <source>cannot be inflated (zlib: out of memory)</source>
        <translation>cannot be inflated (zlib: out of memory)</translation>
    </message>
    <message>
        <source>fails its checksum: the zip archive is corrupt</source>
        <translation>fails its checksum: the zip archive is corrupt</translation>
    </message>
    <message>
        <source>inflates to %1 bytes but declares %2: the zip archive is corrupt</source>
        <translation>inflates to %1 bytes but declares %2: the zip archive is corrupt</translation>
    </message>
    <message>
        <source>is truncated</source>
        <translation>is truncated</translation>
    </message>
    <message>
        <source>is truncated: its compressed data ends early</source>
        <translation>is truncated: its compressed data ends early</translation>
    </message>
    <message>
        <source>holds corrupt compressed data (%1)</source>
        <translation>holds corrupt compressed data (%1)</translation>
    </message>
    <message>
        <source>inflates to more than %1 MB: refused as a zip bomb</source>
        <translation>inflates to more than %1 MB: refused as a zip bomb</translation>
    </message>
    <message>
        <source>inflates more than %1 times its compressed size: refused as a zip bomb</source>
        <translation>inflates more than %1 times its compressed size: refused as a zip bomb</translation>
    </message>
</context>
</TS>
