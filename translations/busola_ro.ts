<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>busola</name>
    <message>
        <source>MONTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the demo company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month, YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-end takes a month as YYYY-MM, e.g. 2026-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 already holds data; the demo company goes only into an empty store (use --db with a new file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo company written to %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>busola::Cli</name>
    <message>
        <source>Open the window (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busola: sales and sales-support KPIs against their targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store to use (a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the demo company in the store and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month of the demo data, YYYY-MM (default: last month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window: ro or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet or CSV to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>busola::CommandContext</name>
    <message>
        <source>The store to use: a file, or postgresql://user@host/db (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>busola::Demo</name>
    <message>
        <source>The demo company is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>busola::Gui</name>
    <message>
        <source>Busola</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>busola::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busola — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>busola::Migrations</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store was written by a newer Busola (schema version %1; this program knows up to %2). Update Busola to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to version %1 failed: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>busola::PlaceholderPage</name>
    <message>
        <source>This page is not yet available in this version of Busola.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>busola::Store</name>
    <message>
        <source>Cannot connect to the team store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a Busola store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Busola store (or it is damaged): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>busola::StoreWriter</name>
    <message>
        <source>The store is busy or read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is being written: begin() was not called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update %1 row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the earlier state of %1 row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the KPI summaries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import number %1 was already removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown table %1 in the import history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore %1 row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the removal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
