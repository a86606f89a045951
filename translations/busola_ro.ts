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
    <message>
        <source>Write the meeting report of a period as a PDF.</source>
        <translation>Scrie raportul pentru ședință al unei perioade ca PDF.</translation>
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
<context>
    <name>busola::Report</name>
    <message>
        <source>mean of the history</source>
        <translation>media istoricului</translation>
    </message>
    <message>
        <source>Holt's linear trend</source>
        <translation>trendul liniar Holt</translation>
    </message>
    <message>
        <source>Holt-Winters with yearly seasonality</source>
        <translation>Holt-Winters cu sezonalitate anuală</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(fără valoare)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>zile</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter</comment>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atins</translation>
    </message>
    <message>
        <source>near</source>
        <translation>aproape</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>ratat</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>fără date</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>fără țintă</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Echipă</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Sursa lead-ului</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
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
        <translation>Altele</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Rezumat executiv</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Suport</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vânzări</translation>
    </message>
    <message>
        <source>SWOT analysis</source>
        <translation>Analiza SWOT</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concurenți</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoză</translation>
    </message>
    <message>
        <source>Notes and action items</source>
        <translation>Note și acțiuni</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 din %2</translation>
    </message>
    <message>
        <source>M</source>
        <comment>millions, axis</comment>
        <translation>mil.</translation>
    </message>
    <message>
        <source>k</source>
        <comment>thousands, axis</comment>
        <translation>mii</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Țintă %1</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>realizat</translation>
    </message>
    <message>
        <source>target</source>
        <translation>țintă</translation>
    </message>
    <message>
        <source>forecast (80 % interval)</source>
        <translation>prognoză (interval 80 %)</translation>
    </message>
    <message>
        <source>No data in these months: nothing to chart.</source>
        <translation>Nu există date în aceste luni: nimic de reprezentat.</translation>
    </message>
    <message>
        <source>Sales and support report</source>
        <translation>Raport de vânzări și suport</translation>
    </message>
    <message>
        <source>The printer or file cannot be painted on.</source>
        <translation>Nu se poate desena pe imprimantă sau în fișier.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Nu se poate scrie %1.</translation>
    </message>
</context>
<context>
    <name>busola::ReportBuilder</name>
    <message>
        <source>cannot filter on &quot;%1&quot;: use one of %2</source>
        <translation>nu se poate filtra după „%1”: folosiți una dintre %2</translation>
    </message>
    <message>
        <source>the report's language is ro or en, not &quot;%1&quot;</source>
        <translation>limba raportului este ro sau en, nu „%1”</translation>
    </message>
</context>
<context>
    <name>busola::ReportCommand</name>
    <message>
        <source>The period: a month (2026-10), a quarter (2026-Q4) or a year (2026).</source>
        <translation>Perioada: o lună (2026-10), un trimestru (2026-Q4) sau un an (2026).</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOADA</translation>
    </message>
    <message>
        <source>Compare with the previous period (default) or the same period a year earlier: previous or year.</source>
        <translation>Comparat cu perioada anterioară (implicit) sau cu aceeași perioadă de acum un an: previous sau year.</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>CE</translation>
    </message>
    <message>
        <source>Language of the report: ro (default) or en.</source>
        <translation>Limba raportului: ro (implicit) sau en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LIMBA</translation>
    </message>
    <message>
        <source>A report for part of the company, e.g. team=Suport Cluj (repeatable).</source>
        <translation>Un raport pentru o parte a firmei, de exemplu team=Suport Cluj (se poate repeta).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>CHEIE=VALOARE</translation>
    </message>
    <message>
        <source>The sections to print, comma-separated: summary, support, sales, swot, competitors, forecast, notes (default: all).</source>
        <translation>Secțiunile tipărite, separate prin virgulă: summary, support, sales, swot, competitors, forecast, notes (implicit: toate).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>A UTF-8 text file with the notes and action items to print.</source>
        <translation>Un fișier text UTF-8 cu notele și acțiunile de tipărit.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIȘIER</translation>
    </message>
    <message>
        <source>The name on the cover.</source>
        <translation>Numele de pe copertă.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NUME</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Fișierul PDF de scris.</translation>
    </message>
    <message>
        <source>--period is required, e.g. --period 2026-10.</source>
        <translation>--period este obligatoriu, de exemplu --period 2026-10.</translation>
    </message>
    <message>
        <source>-o FILE.pdf is required.</source>
        <translation>-o FIȘIER.pdf este obligatoriu.</translation>
    </message>
    <message>
        <source>--compare takes previous or year, not %1.</source>
        <translation>--compare acceptă previous sau year, nu %1.</translation>
    </message>
    <message>
        <source>--filter takes KEY=VALUE, e.g. team=Suport Cluj; not %1.</source>
        <translation>--filter acceptă CHEIE=VALOARE, de exemplu team=Suport Cluj; nu %1.</translation>
    </message>
    <message>
        <source>--sections takes summary, support, sales, swot, competitors, forecast and notes; not %1.</source>
        <translation>--sections acceptă summary, support, sales, swot, competitors, forecast și notes; nu %1.</translation>
    </message>
    <message>
        <source>The meeting report of a period, as a PDF.</source>
        <translation>Raportul pentru ședință al unei perioade, ca PDF.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Comanda.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argument neașteptat %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nu se poate citi %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1: %2 pages, %3 KB, %4 ms.</source>
        <translation>Raport scris în %1: %2 pagini, %3 KB, %4 ms.</translation>
    </message>
    <message>
        <source>The store holds no data for this period: the report says so.</source>
        <translation>Baza de date nu are date pentru această perioadă: raportul o spune.</translation>
    </message>
</context>
<context>
    <name>busola::ReportLayout</name>
    <message>
        <source>Compared with the same period a year earlier</source>
        <translation>Comparat cu aceeași perioadă de acum un an</translation>
    </message>
    <message>
        <source>Compared with the previous period</source>
        <translation>Comparat cu perioada anterioară</translation>
    </message>
    <message>
        <source>Company name not set</source>
        <translation>Numele firmei nu este setat</translation>
    </message>
    <message>
        <source>Sales and support report</source>
        <translation>Raport de vânzări și suport</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Prepared by: %1</source>
        <translation>Întocmit de: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Cuprins</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>Nu există date pentru această perioadă</translation>
    </message>
    <message>
        <source>The store holds no support tickets, deals, survey responses or support costs for %1.</source>
        <translation>Baza de date nu conține tichete de suport, vânzări, răspunsuri la sondaje sau costuri de suport pentru %1.</translation>
    </message>
    <message>
        <source>Filter: %1.</source>
        <translation>Filtru: %1.</translation>
    </message>
    <message>
        <source>Import the exports of the period on the Import page (or with `busola import`), or choose a period that has data. Key figures, charts and the forecast are left out rather than shown as zeros.</source>
        <translation>Importați exporturile perioadei din pagina Import (sau cu `busola import`) ori alegeți o perioadă cu date. Indicatorii, graficele și prognoza sunt omise, nu afișate ca zerouri.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation>față de perioada anterioară</translation>
    </message>
    <message>
        <source>vs a year ago</source>
        <translation>față de acum un an</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 luni</translation>
    </message>
    <message>
        <source>records: %1</source>
        <translation>înregistrări: %1</translation>
    </message>
    <message>
        <source>Targets met: %1 of %2.</source>
        <translation>Ținte atinse: %1 din %2.</translation>
    </message>
    <message>
        <source>Missed: %1.</source>
        <translation>Ratate: %1.</translation>
    </message>
    <message>
        <source>Changes are relative: +10 % means the value grew by a tenth, whether or not that is good for the KPI. The status says whether the target is reached.</source>
        <translation>Variațiile sunt relative: +10 % înseamnă că valoarea a crescut cu o zecime, fie că asta e bine sau nu pentru indicator. Starea arată dacă ținta este atinsă.</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Pe %1</translation>
    </message>
    <message>
        <source>No SWOT board covers this period. Create one on the SWOT page.</source>
        <translation>Nicio analiză SWOT nu acoperă această perioadă. Creați una în pagina SWOT.</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Puncte tari</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Puncte slabe</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Amenințări</translation>
    </message>
    <message>
        <source>(no items)</source>
        <translation>(niciun element)</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Acțiune: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsabil: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Termen: %1</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>încă %1</translation>
    </message>
    <message>
        <source>No competitors recorded. Add them on the Competitors page.</source>
        <translation>Niciun concurent înregistrat. Adăugați-i în pagina Concurenți.</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concurent</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prețuri</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Reducere</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Timp de răspuns</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacție</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>mai mici</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>similare</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>mai mari</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>Noi</translation>
    </message>
    <message>
        <source>our values in this period</source>
        <translation>valorile noastre în această perioadă</translation>
    </message>
    <message>
        <source>History and the next %1 months</source>
        <translation>Istoric și următoarele %1 luni</translation>
    </message>
    <message>
        <source>Too little history for a forecast.</source>
        <translation>Istoric prea scurt pentru o prognoză.</translation>
    </message>
    <message>
        <source>Method: %1.</source>
        <translation>Metoda: %1.</translation>
    </message>
    <message>
        <source>Backtest on the last %1 months held out: mean absolute percentage error (MAPE) %2.</source>
        <translation>Test pe ultimele %1 luni, lăsate deoparte: eroarea medie absolută procentuală (MAPE) %2.</translation>
    </message>
    <message>
        <source>Backtest on the last %1 months held out: mean absolute error %2.</source>
        <translation>Test pe ultimele %1 luni, lăsate deoparte: eroarea medie absolută %2.</translation>
    </message>
    <message>
        <source>Too little history to backtest: read the forecast with care.</source>
        <translation>Istoric prea scurt pentru test: citiți prognoza cu prudență.</translation>
    </message>
    <message>
        <source>Backtest error</source>
        <translation>Eroare la test</translation>
    </message>
    <message>
        <source>Every KPI, next months</source>
        <translation>Toți indicatorii, lunile următoare</translation>
    </message>
    <message>
        <source>Forecast value, and under it the 80 % interval.</source>
        <translation>Valoarea prognozată și, dedesubt, intervalul de 80 %.</translation>
    </message>
</context>
<context>
    <name>busola::ReportsPage</name>
    <message>
        <source>Meeting report</source>
        <translation>Raportul pentru ședință</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Perioada:</translation>
    </message>
    <message>
        <source>A month (2026-10), a quarter (2026-Q4) or a year (2026).</source>
        <translation>O lună (2026-10), un trimestru (2026-Q4) sau un an (2026).</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparat cu:</translation>
    </message>
    <message>
        <source>the previous period</source>
        <translation>perioada anterioară</translation>
    </message>
    <message>
        <source>the same period a year earlier</source>
        <translation>aceeași perioadă de acum un an</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Limba raportului:</translation>
    </message>
    <message>
        <source>&amp;Only for:</source>
        <translation>&amp;Doar pentru:</translation>
    </message>
    <message>
        <source>the whole company</source>
        <translation>toată firma</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Întocmit &amp;de:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Secțiuni:</translation>
    </message>
    <message>
        <source>&amp;Notes and action items (printed at the end):</source>
        <translation>&amp;Note și acțiuni (tipărite la sfârșit):</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Previzualizare…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tipărire…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Salvare ca PDF…</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Previzualizarea raportului</translation>
    </message>
    <message>
        <source>Report sent to the printer.</source>
        <translation>Raportul a fost trimis la imprimantă.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Salvați raportul ca PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fișiere PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Raport salvat în %1.</translation>
    </message>
</context>
</TS>
