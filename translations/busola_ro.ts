<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>busola::BackupCommand</name>
    <message>
        <source>No backups of %1 yet.</source>
        <translation>Încă nu există copii de siguranță ale %1.</translation>
    </message>
    <message>
        <source>restore takes the number of a backup from `busola backup list` (1 to %1).</source>
        <translation>restore primește numărul unei copii din `busola backup list` (de la 1 la %1).</translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2.</source>
        <translation>%1 a fost restaurată din copia de siguranță din %2.</translation>
    </message>
    <message>
        <source>List the store&apos;s backups, or put one back in its place.</source>
        <translation>Listează copiile de siguranță ale bazei de date sau pune una înapoi în locul ei.</translation>
    </message>
    <message>
        <source>list, or restore N</source>
        <translation>list sau restore N</translation>
    </message>
    <message>
        <source>say `backup list` or `backup restore N`.</source>
        <translation>scrieți `backup list` sau `backup restore N`.</translation>
    </message>
    <message>
        <source>a team store has no file backups: the server&apos;s own backups apply.</source>
        <translation>un depozit de echipă nu are copii de siguranță în fișiere: se aplică copiile de siguranță ale serverului.</translation>
    </message>
</context>
<context>
    <name>busola::Backups</name>
    <message>
        <source>Cannot back up the store to %1: %2</source>
        <translation>Nu se poate face copia de siguranță a bazei de date în %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Dosarul pentru copii de siguranță %1 nu poate fi creat.</translation>
    </message>
    <message>
        <source>The backup %1 no longer exists.</source>
        <translation>Copia de siguranță %1 nu mai există.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the damaged store at %1.</source>
        <translation>Nu se poate păstra o copie a bazei de date deteriorate în %1.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 next to the store.</source>
        <translation>Copia de siguranță %1 nu poate fi copiată lângă baza de date.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1.</source>
        <translation>Copia de siguranță nu poate fi pusă în locul %1.</translation>
    </message>
</context>
<context>
    <name>busola::BiffOverlay</name>
    <message>
        <source>cannot be read</source>
        <translation>nu poate fi citit</translation>
    </message>
    <message>
        <source>not an OLE2 compound file</source>
        <translation>nu este un fișier compus OLE2</translation>
    </message>
    <message>
        <source>no BIFF8 workbook stream</source>
        <translation>nu are fluxul de registru BIFF8</translation>
    </message>
    <message>
        <source>not a BIFF8 workbook</source>
        <translation>nu este un registru BIFF8</translation>
    </message>
    <message>
        <source>the workbook globals end early</source>
        <translation>datele globale ale registrului se termină prea devreme</translation>
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
            <numerusform>%n înregistrare</numerusform>
            <numerusform>%n înregistrări</numerusform>
            <numerusform>%n de înregistrări</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>busola::Cli</name>
    <message>
        <source>Open the window (the default).</source>
        <translation>Deschide fereastra (implicit).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comenzi:</translation>
    </message>
    <message>
        <source>Busola: sales and sales-support KPIs against their targets.</source>
        <translation>Busola: KPI-urile de vânzări și de suport pentru vânzări, față de țintele lor.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CALE</translation>
    </message>
    <message>
        <source>Build the demo company in the store and exit.</source>
        <translation>Construiește firma demonstrativă în baza de date și iese.</translation>
    </message>
    <message>
        <source>Last month of the demo data, YYYY-MM (default: last month).</source>
        <translation>Ultima lună a datelor demonstrative, AAAA-LL (implicit: luna trecută).</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>LUNA</translation>
    </message>
    <message>
        <source>Language of the window: ro or en.</source>
        <translation>Limba ferestrei: ro sau en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LIMBA</translation>
    </message>
    <message>
        <source>A spreadsheet or CSV to import.</source>
        <translation>O foaie de calcul sau un CSV de importat.</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FIȘIER]</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>comandă necunoscută: %1</translation>
    </message>
    <message>
        <source>Write the meeting report of a period as a PDF.</source>
        <translation>Scrie raportul pentru ședință al unei perioade ca PDF.</translation>
    </message>
    <message>
        <source>List the store&apos;s backups or restore one.</source>
        <translation>Listează copiile de siguranță ale bazei de date sau restaurează una.</translation>
    </message>
    <message>
        <source>Import an export (CSV, XLSX, ODS or XLS) into the store.</source>
        <translation>Importă un export (CSV, XLSX, ODS sau XLS) în baza de date.</translation>
    </message>
    <message>
        <source>Print the KPIs of a period.</source>
        <translation>Afișează KPI-urile unei perioade.</translation>
    </message>
    <message>
        <source>Forecast a KPI&apos;s monthly series.</source>
        <translation>Prognozează seria lunară a unui KPI.</translation>
    </message>
    <message>
        <source>--demo-end goes with --demo.</source>
        <translation>--demo-end se folosește împreună cu --demo.</translation>
    </message>
    <message>
        <source>Set up a team store on PostgreSQL, or copy a store.</source>
        <translation>Pregătiți un depozit de echipă pe PostgreSQL sau copiați un depozit.</translation>
    </message>
    <message>
        <source>The store to use: a file, or postgresql://user@host/db.</source>
        <translation>Depozitul folosit: un fișier sau postgresql://utilizator@server/bază.</translation>
    </message>
</context>
<context>
    <name>busola::ColumnMappingModel</name>
    <message>
        <source>required</source>
        <translation>obligatoriu</translation>
    </message>
    <message>
        <source>required, or %1</source>
        <translation>obligatoriu, sau %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> sau </translation>
    </message>
    <message>
        <source>Choose the column of the file that holds %1.</source>
        <translation>Alegeți coloana din fișier care conține %1.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(niciuna)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriu</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Coloana din fișier</translation>
    </message>
    <message>
        <source>Values as read</source>
        <translation>Valori citite</translation>
    </message>
</context>
<context>
    <name>busola::CommandContext</name>
    <message>
        <source>The store to use: a file, or postgresql://user@host/db (default: %1).</source>
        <translation>Baza de date folosită: un fișier sau postgresql://utilizator@gazdă/bd (implicit: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CALE</translation>
    </message>
</context>
<context>
    <name>busola::CompetitorBenchmarkModel</name>
    <message>
        <source>Us</source>
        <translation>Noi</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Response time (h)</source>
        <translation>Timp de răspuns (h)</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Satisfacție (1–5)</translation>
    </message>
</context>
<context>
    <name>busola::CompetitorDelegate</name>
    <message>
        <source>unknown</source>
        <translation>necunoscut</translation>
    </message>
</context>
<context>
    <name>busola::CompetitorDocument</name>
    <message>
        <source>Add competitor</source>
        <translation>Adaugă concurent</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n competitor(s)</source>
        <translation>
            <numerusform>Șterge %n concurent</numerusform>
            <numerusform>Șterge %n concurenți</numerusform>
            <numerusform>Șterge %n de concurenți</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename competitor</source>
        <translation>Redenumește concurentul</translation>
    </message>
    <message>
        <source>Change price position</source>
        <translation>Schimbă poziția prețurilor</translation>
    </message>
    <message>
        <source>Change discount</source>
        <translation>Schimbă discountul</translation>
    </message>
    <message>
        <source>Change channels</source>
        <translation>Schimbă canalele</translation>
    </message>
    <message>
        <source>Change response time</source>
        <translation>Schimbă timpul de răspuns</translation>
    </message>
    <message>
        <source>Change satisfaction</source>
        <translation>Schimbă satisfacția</translation>
    </message>
    <message>
        <source>Change notes</source>
        <translation>Schimbă notele</translation>
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
        <translation>Concurent</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prețuri</translation>
    </message>
    <message>
        <source>Typical discount</source>
        <translation>Discount obișnuit</translation>
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
</context>
<context>
    <name>busola::CompetitorRenderer</name>
    <message>
        <source>+%1 more</source>
        <translation>încă %1</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>Noi</translation>
    </message>
    <message>
        <source>Response time, hours (lower is better)</source>
        <translation>Timp de răspuns, ore (mai mic e mai bine)</translation>
    </message>
    <message>
        <source>Satisfaction, 1–5 (higher is better)</source>
        <translation>Satisfacție, 1–5 (mai mare e mai bine)</translation>
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
        <translation>Nu pot citi concurenții</translation>
    </message>
    <message>
        <source>Cannot save the competitor</source>
        <translation>Nu pot salva concurentul</translation>
    </message>
    <message>
        <source>Cannot save the order of the competitors</source>
        <translation>Nu pot salva ordinea concurenților</translation>
    </message>
    <message>
        <source>Cannot delete the competitor</source>
        <translation>Nu pot șterge concurentul</translation>
    </message>
</context>
<context>
    <name>busola::Competitors</name>
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
</context>
<context>
    <name>busola::CompetitorsPage</name>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Our values appear once KPI values are available.</source>
        <translation>Valorile noastre apar când sunt disponibili indicatorii.</translation>
    </message>
    <message>
        <source>No support data of ours in this month.</source>
        <translation>Nu avem date de suport în această lună.</translation>
    </message>
    <message>
        <source>New competitor</source>
        <translation>Concurent nou</translation>
    </message>
    <message>
        <source>Add competitor</source>
        <translation>Adaugă concurent</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refă</translation>
    </message>
    <message>
        <source>Compare with our month:</source>
        <translation>Comparăm cu luna noastră:</translation>
    </message>
    <message>
        <source>Response time, hours (lower is better)</source>
        <translation>Timp de răspuns, ore (mai mic e mai bine)</translation>
    </message>
    <message>
        <source>Satisfaction, 1–5 (higher is better)</source>
        <translation>Satisfacție, 1–5 (mai mare e mai bine)</translation>
    </message>
    <message>
        <source>Table opened</source>
        <translation>Tabel deschis</translation>
    </message>
</context>
<context>
    <name>busola::CsvExport</name>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Fișierul nu a putut fi scris: %1</translation>
    </message>
</context>
<context>
    <name>busola::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 nu poate fi deschis: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 este gol.</translation>
    </message>
    <message>
        <source>%1: unknown encoding &quot;%2&quot; (try UTF-8, UTF-16, windows-1250, ISO-8859-2 or ISO-8859-16).</source>
        <translation>%1: codificare necunoscută „%2” (încercați UTF-8, UTF-16, windows-1250, ISO-8859-2 sau ISO-8859-16).</translation>
    </message>
    <message>
        <source>%1 does not look like a CSV or text file (it holds binary data).</source>
        <translation>%1 nu pare a fi un fișier CSV sau text (conține date binare).</translation>
    </message>
    <message>
        <source>%1: this system cannot decode %2.</source>
        <translation>%1: acest sistem nu poate decoda %2.</translation>
    </message>
    <message>
        <source>%1 does not read as %2 text: is the encoding right?</source>
        <translation>%1 nu se citește ca text %2: este corectă codificarea?</translation>
    </message>
    <message>
        <source>%1 has one sheet only.</source>
        <translation>%1 are o singură foaie.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>%1, row %2: the row is longer than 16 MB; a quote is probably never closed.</source>
        <translation>%1, rândul %2: rândul depășește 16 MB; probabil o ghilimea nu este închisă niciodată.</translation>
    </message>
    <message>
        <source>%1, row %2: more than %3 fields in one row; this is not a table an export would write (is the delimiter right?).</source>
        <translation>%1, rândul %2: peste %3 de câmpuri pe un rând; nu este un tabel pe care l-ar scrie un export (este corect separatorul?).</translation>
    </message>
    <message>
        <source>%1, row %2: a quoted field is never closed.</source>
        <translation>%1, rândul %2: un câmp între ghilimele nu este închis niciodată.</translation>
    </message>
</context>
<context>
    <name>busola::DashboardPage</name>
    <message>
        <source>Updating…</source>
        <translation>Se actualizează…</translation>
    </message>
    <message>
        <source>Could not compute the KPIs: %1</source>
        <translation>KPI-urile nu au putut fi calculate: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Țintă: %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>După %1</translation>
    </message>
    <message>
        <source>No forecast: the period&apos;s months hold no data.</source>
        <translation>Fără prognoză: lunile perioadei nu au date.</translation>
    </message>
    <message>
        <source>Forecast (%1) for %2: %3</source>
        <translation>Prognoză (%1) pentru %2: %3</translation>
    </message>
    <message>
        <source>too little history to measure its error</source>
        <translation>istoric prea scurt pentru a-i măsura eroarea</translation>
    </message>
    <message>
        <source>mean error %1 %</source>
        <translation>eroare medie %1 %</translation>
    </message>
    <message>
        <source>mean absolute error %1</source>
        <translation>eroare absolută medie %1</translation>
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
        <source>&amp;Records…</source>
        <translation>Î&amp;nregistrări…</translation>
    </message>
    <message>
        <source>The records behind the selected KPI&apos;s value</source>
        <translation>Înregistrările din spatele valorii KPI-ului selectat</translation>
    </message>
    <message>
        <source>&amp;Breakdown by:</source>
        <translation>&amp;Defalcare după:</translation>
    </message>
    <message numerus="yes">
        <source>%1 months</source>
        <translation>
            <numerusform>%1 lună</numerusform>
            <numerusform>%1 luni</numerusform>
            <numerusform>%1 de luni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>busola::DataBrowserPage</name>
    <message>
        <source>Support interactions</source>
        <translation>Interacțiuni de suport</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Contracte</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Sondaje</translation>
    </message>
    <message>
        <source>Support costs</source>
        <translation>Costuri de suport</translation>
    </message>
    <message>
        <source>Cannot read the records: %1</source>
        <translation>Înregistrările nu pot fi citite: %1</translation>
    </message>
    <message>
        <source>No records yet</source>
        <translation>Încă nicio înregistrare</translation>
    </message>
    <message>
        <source>No record matches the filter</source>
        <translation>Nicio înregistrare nu se potrivește filtrului</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The records of this store, as imported. Click a column header to sort; type words to keep the rows that contain all of them.</source>
        <translation>Înregistrările acestei baze de date, așa cum au fost importate. Faceți clic pe antetul unei coloane pentru sortare; scrieți cuvinte pentru a păstra rândurile care le conțin pe toate.</translation>
    </message>
    <message>
        <source>Filter by words in any text column</source>
        <translation>Filtrați după cuvinte din orice coloană de text</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %2 rows</source>
        <translation>
            <numerusform>Se afișează %1 din %2 rând</numerusform>
            <numerusform>Se afișează %1 din %2 rânduri</numerusform>
            <numerusform>Se afișează %1 din %2 de rânduri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>busola::DatasetPage</name>
    <message>
        <source>What the file holds</source>
        <translation>Ce conține fișierul</translation>
    </message>
    <message>
        <source>Each kind of data feeds its own KPIs.</source>
        <translation>Fiecare tip de date alimentează propriile KPI-uri.</translation>
    </message>
    <message>
        <source>Tickets, calls and chats: response and resolution times, first contact resolution, satisfaction, costs, complaints.</source>
        <translation>Solicitări, apeluri și conversații chat: timpi de răspuns și de rezolvare, rezolvare la primul contact, satisfacție, costuri, reclamații.</translation>
    </message>
    <message>
        <source>Deals or leads with their stage, or orders and invoices: monthly sales, lead conversion, time to close, retention.</source>
        <translation>Contracte sau lead-uri cu etapa lor, ori comenzi și facturi: vânzări lunare, conversia lead-urilor, timpul de închidere, retenție.</translation>
    </message>
    <message>
        <source>Survey answers: a date, a score and perhaps a comment.</source>
        <translation>Răspunsuri la sondaje: o dată, o notă și eventual un comentariu.</translation>
    </message>
    <message>
        <source>The support department&apos;s cost per month, for the cost per interaction.</source>
        <translation>Costul lunar al departamentului de suport, pentru costul pe interacțiune.</translation>
    </message>
    <message>
        <source>The header looks like %1.</source>
        <translation>După antet, pare să fie: %1.</translation>
    </message>
    <message>
        <source>The header did not say which: choose one.</source>
        <translation>Din antet nu reiese tipul datelor: alegeți unul.</translation>
    </message>
</context>
<context>
    <name>busola::Demo</name>
    <message>
        <source>Cannot write the SWOT board and competitors: %1</source>
        <translation>Analiza SWOT și concurenții nu pot fi scriși: %1</translation>
    </message>
    <message>
        <source>Cannot save the company name: %1</source>
        <translation>Numele firmei nu poate fi salvat: %1</translation>
    </message>
    <message>
        <source>The demo company spans 1 to 120 months.</source>
        <translation>Firma demonstrativă acoperă între 1 și 120 de luni.</translation>
    </message>
    <message>
        <source>The demo company ends between %1 and %2.</source>
        <translation>Firma demonstrativă se termină între %1 și %2.</translation>
    </message>
    <message>
        <source>The store %1 already holds data; the demo company goes only into an empty store.</source>
        <translation>Baza de date %1 conține deja date; firma demonstrativă se scrie doar într-o bază de date goală.</translation>
    </message>
    <message>
        <source>Cannot write the demo company: %1</source>
        <translation>Firma demonstrativă nu poate fi scrisă: %1</translation>
    </message>
    <message>
        <source>Months: %1 to %2 (%3)</source>
        <translation>Luni: de la %1 la %2 (%3)</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>Clienți: %1</translation>
    </message>
    <message>
        <source>Support interactions: %1</source>
        <translation>Interacțiuni de suport: %1</translation>
    </message>
    <message>
        <source>Deals: %1</source>
        <translation>Contracte: %1</translation>
    </message>
    <message>
        <source>Survey responses: %1</source>
        <translation>Răspunsuri la sondaje: %1</translation>
    </message>
    <message>
        <source>Monthly support cost rows: %1</source>
        <translation>Rânduri de costuri lunare de suport: %1</translation>
    </message>
    <message>
        <source>SWOT items: %1 (one board)</source>
        <translation>Elemente SWOT: %1 (o analiză)</translation>
    </message>
    <message>
        <source>Competitors: %1</source>
        <translation>Concurenți: %1</translation>
    </message>
</context>
<context>
    <name>busola::DemoCommand</name>
    <message>
        <source>Build the demo company.</source>
        <translation>Construiește firma demonstrativă.</translation>
    </message>
    <message>
        <source>Last month, YYYY-MM.</source>
        <translation>Ultima lună, AAAA-LL.</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>LUNA</translation>
    </message>
    <message>
        <source>Ignored here.</source>
        <translation>Ignorat aici.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LIMBA</translation>
    </message>
    <message>
        <source>--demo-end takes a month as YYYY-MM between %1 and %2, e.g. 2026-10.</source>
        <translation>--demo-end primește o lună AAAA-LL între %1 și %2, de ex. 2026-10.</translation>
    </message>
    <message>
        <source>the store %1 already holds data; the demo company goes only into an empty store (use --db with a new file).</source>
        <translation>baza de date %1 conține deja date; firma demonstrativă se scrie doar într-o bază de date goală (folosiți --db cu un fișier nou).</translation>
    </message>
    <message>
        <source>Demo company written to %1:</source>
        <translation>Firma demonstrativă a fost scrisă în %1:</translation>
    </message>
</context>
<context>
    <name>busola::Dialect</name>
    <message>
        <source>Another import is being written to this team store (by %1, since %2): after waiting %3 s for it, this one gives up. Try again when it is done.</source>
        <translation>Un alt import se scrie în această bază de date a echipei (de %1, din %2): după %3 s de așteptare, acesta renunță. Încercați din nou după ce se termină.</translation>
    </message>
</context>
<context>
    <name>busola::DrillDownDialog</name>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportă CSV…</translation>
    </message>
    <message>
        <source>Filter the records…</source>
        <translation>Filtrați înregistrările…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtru:</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n înregistrare</numerusform>
            <numerusform>%n înregistrări</numerusform>
            <numerusform>%n de înregistrări</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 din %n înregistrare</numerusform>
            <numerusform>%1 din %n înregistrări</numerusform>
            <numerusform>%1 din %n de înregistrări</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 nu a putut fi deschis: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 nu a putut fi salvat: %2</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportă CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fișiere CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>busola::Fields</name>
    <message>
        <source>(not imported)</source>
        <translation>(nu se importă)</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>ID extern</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creat</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primul răspuns</translation>
    </message>
    <message>
        <source>Time to first response</source>
        <translation>Timp până la primul răspuns</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rezolvat</translation>
    </message>
    <message>
        <source>Time to resolution</source>
        <translation>Timp până la rezolvare</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
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
        <source>Customer code</source>
        <translation>Codul clientului</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Numele clientului</translation>
    </message>
    <message>
        <source>Contacts to resolve</source>
        <translation>Contacte până la rezolvare</translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation>Rezolvat la primul contact</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacție</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamație</translation>
    </message>
    <message>
        <source>Complaint category</source>
        <translation>Categoria reclamației</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închis</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
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
        <source>Comment</source>
        <translation>Comentariu</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Luna</translation>
    </message>
</context>
<context>
    <name>busola::FilePage</name>
    <message>
        <source>Choose the file to import</source>
        <translation>Alegeți fișierul de importat</translation>
    </message>
    <message>
        <source>An export from your CRM, helpdesk, accounting software or a spreadsheet: CSV, TSV, TXT, XLSX, XLS or ODS. You can also drop the file on Busola&apos;s window.</source>
        <translation>Un export din CRM, helpdesk, programul de contabilitate sau o foaie de calcul: CSV, TSV, TXT, XLSX, XLS sau ODS. Puteți și să trageți fișierul peste fereastra Busola.</translation>
    </message>
    <message>
        <source>Path of the file</source>
        <translation>Calea fișierului</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fișier:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Răsfoiește…</translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Exporturi (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation>Importă un fișier</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>Nu există niciun fișier la această cale.</translation>
    </message>
    <message>
        <source>Columns: %1. Header on row %2.</source>
        <translation>Coloane: %1. Antetul pe rândul %2.</translation>
    </message>
    <message>
        <source>It looks like: %1.</source>
        <translation>Pare să fie: %1.</translation>
    </message>
    <message>
        <source>The header matches the saved profile “%1”: its mapping is applied, and the wizard goes straight to the validation.</source>
        <translation>Antetul se potrivește cu profilul salvat „%1”: asocierea lui este aplicată, iar asistentul trece direct la verificare.</translation>
    </message>
</context>
<context>
    <name>busola::FilterBar</name>
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
        <source>All</source>
        <translation>Toate</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toate</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valoare</numerusform>
            <numerusform>%n valori</numerusform>
            <numerusform>%n de valori</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Suport:</translation>
    </message>
    <message>
        <source>Sales:</source>
        <translation>Vânzări:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Șterge filtrele</translation>
    </message>
</context>
<context>
    <name>busola::Forecast</name>
    <message>
        <source>mean of the history</source>
        <translation>media istoricului</translation>
    </message>
    <message>
        <source>Holt&apos;s linear trend</source>
        <translation>tendința liniară Holt</translation>
    </message>
    <message>
        <source>Holt-Winters, additive yearly seasonality</source>
        <translation>Holt-Winters, sezonalitate anuală aditivă</translation>
    </message>
</context>
<context>
    <name>busola::ForecastCommand</name>
    <message>
        <source>no backtest (fewer than %1 months of history before the last %2)</source>
        <translation>fără backtest (înaintea ultimelor %2 luni, istoricul are mai puțin de %1 luni)</translation>
    </message>
    <message>
        <source>mean error %1 % (MAPE over the last %2 months, held out)</source>
        <translation>eroare medie %1 % (MAPE pe ultimele luni păstrate deoparte: %2)</translation>
    </message>
    <message>
        <source>mean error %1 %2 (MAE over the last %3 months, held out; MAPE is undefined when a month is 0)</source>
        <translation>eroare medie %1 %2 (MAE pe ultimele luni păstrate deoparte: %3; MAPE nu este definit când o lună are 0)</translation>
    </message>
    <message>
        <source>Method: %1%2, %3 months of history</source>
        <translation>Metoda: %1%2, luni de istoric: %3</translation>
    </message>
    <message>
        <source>Backtest: %1</source>
        <translation>Backtest: %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Luna</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoză</translation>
    </message>
    <message>
        <source>Lower 80 %</source>
        <translation>Minim 80 %</translation>
    </message>
    <message>
        <source>Upper 80 %</source>
        <translation>Maxim 80 %</translation>
    </message>
    <message>
        <source>--kpi is required, e.g. --kpi monthly_sales.</source>
        <translation>--kpi este obligatoriu, de ex. --kpi monthly_sales.</translation>
    </message>
    <message>
        <source>unknown KPI: %1.</source>
        <translation>KPI necunoscut: %1.</translation>
    </message>
    <message>
        <source>--horizon takes a number of months from %1 to %2.</source>
        <translation>--horizon primește un număr de luni între %1 și %2.</translation>
    </message>
    <message>
        <source>--to takes a month as YYYY-MM, e.g. 2026-10.</source>
        <translation>--to primește o lună AAAA-LL, de ex. 2026-10.</translation>
    </message>
    <message>
        <source>--filter takes DIMENSION=VALUE, where %1 can be filtered by: %2.</source>
        <translation>--filter primește DIMENSIUNE=VALOARE, unde %1 poate fi filtrat după: %2.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nimic</translation>
    </message>
    <message>
        <source>--lang takes ro or en, not %1.</source>
        <translation>--lang primește ro sau en, nu %1.</translation>
    </message>
    <message>
        <source>--format takes table or json.</source>
        <translation>--format primește table sau json.</translation>
    </message>
    <message>
        <source>Forecast a KPI&apos;s monthly series.</source>
        <translation>Prognozează seria lunară a unui KPI.</translation>
    </message>
    <message>
        <source>The KPI, e.g. monthly_sales.</source>
        <translation>KPI-ul, de ex. monthly_sales.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Months to forecast, %1 to %2 (default: the store&apos;s setting, %3 unless changed).</source>
        <translation>Lunile de prognozat, între %1 și %2 (implicit: setarea bazei de date, %3 dacă nu a fost schimbată).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Only records with this value, e.g. owner=Ana (repeatable).</source>
        <translation>Doar înregistrările cu această valoare, de ex. owner=Ana (se poate repeta).</translation>
    </message>
    <message>
        <source>DIMENSION=VALUE</source>
        <translation>DIMENSIUNE=VALOARE</translation>
    </message>
    <message>
        <source>Last month of the history, YYYY-MM (default: the last with data).</source>
        <translation>Ultima lună a istoricului, AAAA-LL (implicit: ultima cu date).</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>LUNA</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (implicit) sau json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Language of the KPI&apos;s name and of numbers in the table: ro (default) or en.</source>
        <translation>Limba numelui KPI-ului și a numerelor din tabel: ro (implicit) sau en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LIMBA</translation>
    </message>
    <message>
        <source>%1 has no value in %2 to forecast from.</source>
        <translation>%1 nu are nicio valoare în %2 de la care să se facă prognoza.</translation>
    </message>
</context>
<context>
    <name>busola::ForecastModel</name>
    <message>
        <source>Month</source>
        <translation>Luna</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoză</translation>
    </message>
    <message>
        <source>Lower bound (80 %)</source>
        <translation>Limita de jos (80 %)</translation>
    </message>
    <message>
        <source>Upper bound (80 %)</source>
        <translation>Limita de sus (80 %)</translation>
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
        <translation>CSV-ul (sau foaia de calcul) de importat.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIȘIER</translation>
    </message>
    <message>
        <source>support, sales, feedback or costs (default: from the header).</source>
        <translation>support, sales, feedback sau costs (implicit: după antet).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NUME</translation>
    </message>
    <message>
        <source>Apply the saved profile NAME, and save this mapping under it.</source>
        <translation>Aplică profilul salvat NUME și salvează această asociere sub numele lui.</translation>
    </message>
    <message>
        <source>The row holding the column names (default: detected).</source>
        <translation>Rândul cu numele coloanelor (implicit: detectat).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>UTF-8, UTF-16, windows-1250, ISO-8859-2 or ISO-8859-16 (default: detected).</source>
        <translation>UTF-8, UTF-16, windows-1250, ISO-8859-2 sau ISO-8859-16 (implicit: detectată).</translation>
    </message>
    <message>
        <source>The CSV delimiter: , ; tab or | (default: detected).</source>
        <translation>Separatorul CSV: , ; tab sau | (implicit: detectat).</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>CARACTER</translation>
    </message>
    <message>
        <source>How numbers and dates are written: ro_RO, en_US, ... (default: from the file).</source>
        <translation>Cum sunt scrise numerele și datele: ro_RO, en_US, ... (implicit: după fișier).</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>LOCALIZARE</translation>
    </message>
    <message>
        <source>update (add and update by id, the default) or replace (a period).</source>
        <translation>update (adaugă și actualizează după ID, implicit) sau replace (o perioadă).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MOD</translation>
    </message>
    <message>
        <source>replace: first day of the period, YYYY-MM-DD.</source>
        <translation>replace: prima zi a perioadei, AAAA-LL-ZZ.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>replace: last day of the period, YYYY-MM-DD.</source>
        <translation>replace: ultima zi a perioadei, AAAA-LL-ZZ.</translation>
    </message>
    <message>
        <source>Sales ids that repeat: sum (the lines of one order) or key=COLUMN.</source>
        <translation>ID-uri de vânzări care se repetă: sum (liniile aceleiași comenzi) sau key=COLOANĂ.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>REGULĂ</translation>
    </message>
    <message>
        <source>Exchange rate of the file&apos;s currency to the store&apos;s.</source>
        <translation>Cursul de schimb al monedei fișierului față de moneda bazei de date.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>The file&apos;s currency when its amounts show none.</source>
        <translation>Moneda fișierului, când valorile lui nu arată niciuna.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>COD</translation>
    </message>
    <message>
        <source>Check and count, write nothing.</source>
        <translation>Verifică și numără, fără să scrie nimic.</translation>
    </message>
    <message>
        <source>Write the rejected rows to this CSV.</source>
        <translation>Scrie rândurile respinse în acest CSV.</translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation>IEȘIRE.csv</translation>
    </message>
    <message>
        <source>Report progress on standard error.</source>
        <translation>Raportează progresul la ieșirea de erori standard.</translation>
    </message>
    <message>
        <source>give one file to import.</source>
        <translation>dați un singur fișier de importat.</translation>
    </message>
    <message>
        <source>--dataset takes support, sales, feedback or costs.</source>
        <translation>--dataset primește support, sales, feedback sau costs.</translation>
    </message>
    <message>
        <source>--header-row takes a row number, 1 or more.</source>
        <translation>--header-row primește un număr de rând, 1 sau mai mare.</translation>
    </message>
    <message>
        <source>--delimiter takes one character (or tab).</source>
        <translation>--delimiter primește un singur caracter (sau tab).</translation>
    </message>
    <message>
        <source>--mode replace needs --from and --to as YYYY-MM-DD, from not after to.</source>
        <translation>--mode replace necesită --from și --to ca AAAA-LL-ZZ, cu from cel târziu la to.</translation>
    </message>
    <message>
        <source>--mode takes update or replace.</source>
        <translation>--mode primește update sau replace.</translation>
    </message>
    <message>
        <source>--lines takes sum or key=COLUMN.</source>
        <translation>--lines primește sum sau key=COLOANĂ.</translation>
    </message>
    <message>
        <source>--rate takes a positive number, e.g. 4.97.</source>
        <translation>--rate primește un număr pozitiv, de ex. 4.97.</translation>
    </message>
    <message>
        <source>Checked %1 as %2 (dry run, nothing written):</source>
        <translation>%1 verificat ca %2 (probă, nu s-a scris nimic):</translation>
    </message>
    <message>
        <source>Imported %1 into %2:</source>
        <translation>%1 importat în %2:</translation>
    </message>
    <message>
        <source>rows %1: inserted %2, updated %3, unchanged %4, rejected %5</source>
        <translation>rânduri %1: adăugate %2, actualizate %3, neschimbate %4, respinse %5</translation>
    </message>
    <message>
        <source>, replaced %1</source>
        <translation>, înlocuite %1</translation>
    </message>
    <message>
        <source>encoding %1, delimiter &quot;%2&quot;, header row %3</source>
        <translation>codificare %1, separator „%2”, rândul de antet %3</translation>
    </message>
    <message>
        <source>profile applied: %1</source>
        <translation>profil aplicat: %1</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>coloane: %1</translation>
    </message>
    <message>
        <source>import number %1 (it can be removed from the import history)</source>
        <translation>importul numărul %1 (poate fi eliminat din istoricul importurilor)</translation>
    </message>
    <message>
        <source>%1 errors (rows rejected), %2 warnings; the first:</source>
        <translation>erori (rânduri respinse): %1, avertismente: %2; primele:</translation>
    </message>
    <message>
        <source>progress: %1% (%2 rows)</source>
        <translation>progres: %1% (rânduri: %2)</translation>
    </message>
    <message>
        <source>The sheet of a workbook (default: the first with data).</source>
        <translation>Foaia din registru (implicit: prima care conține date).</translation>
    </message>
</context>
<context>
    <name>busola::ImportEngine</name>
    <message>
        <source>No file to import.</source>
        <translation>Niciun fișier de importat.</translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot; (it has: %3).</source>
        <translation>%1 nu are nicio foaie numită „%2” (are: %3).</translation>
    </message>
    <message>
        <source>%1 has no row %2 to take the header from.</source>
        <translation>%1 nu are rândul %2 din care să se ia antetul.</translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation>%1 nu conține niciun rând.</translation>
    </message>
    <message>
        <source>%1: no column of the header (row %2: %3) could be matched to the fields of support tickets, sales, feedback or support costs. Choose the dataset and map the columns.</source>
        <translation>%1: nicio coloană din antet (rândul %2: %3) nu a putut fi asociată câmpurilor de solicitări de suport, vânzări, feedback sau costuri de suport. Alegeți tipul datelor și asociați coloanele.</translation>
    </message>
    <message>
        <source>%1: the columns needed for %2 were not found in the header (row %3: %4).</source>
        <translation>%1: coloanele necesare pentru %2 nu au fost găsite în antet (rândul %3: %4).</translation>
    </message>
    <message>
        <source>No column gives the creation time: the first-response time stands in for it, so no response times are imported.</source>
        <translation>Nicio coloană nu dă momentul creării: în locul lui se folosește momentul primului răspuns, așa că nu se importă timpi de răspuns.</translation>
    </message>
    <message>
        <source>Ratings go up to %1: they are mapped linearly onto 1–5.</source>
        <translation>Notele merg până la %1: sunt transpuse liniar pe scara 1–5.</translation>
    </message>
    <message>
        <source>The dates carry no time of day: they are taken as midnight.</source>
        <translation>Datele nu au oră: sunt considerate la miezul nopții.</translation>
    </message>
    <message>
        <source>%1 ends before its header row.</source>
        <translation>%1 se termină înaintea rândului de antet.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rândul %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fișier</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, coloana %1</translation>
    </message>
    <message>
        <source>, value &quot;%1&quot;</source>
        <translation>, valoarea „%1”</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>eroare: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertisment: </translation>
    </message>
    <message>
        <source>Replacing a period needs its first and last day.</source>
        <translation>Înlocuirea unei perioade necesită prima și ultima ei zi.</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to %1.</source>
        <translation>Rândurile respinse nu pot fi scrise în %1.</translation>
    </message>
    <message>
        <source>%1 order lines were added into the sale of their order.</source>
        <translation>Linii de comandă adunate la vânzarea comenzii lor: %1.</translation>
    </message>
    <message>
        <source>%1 has no data rows under its header (row %2).</source>
        <translation>%1 nu are rânduri de date sub antet (rândul %2).</translation>
    </message>
    <message>
        <source>%1: no row could be imported (%2 rejected).</source>
        <translation>%1: niciun rând nu a putut fi importat (respinse: %2).</translation>
    </message>
    <message>
        <source>Cannot save the profile %1: %2</source>
        <translation>Profilul %1 nu poate fi salvat: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rând</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>this id repeats row %1 (the lines of one order?)</source>
        <translation>acest ID repetă rândul %1 (liniile aceleiași comenzi?)</translation>
    </message>
    <message>
        <source>%1: %2 rows repeat an id of an earlier row (%3): these look like the lines of orders. Choose to sum the lines into one sale (--lines sum) or to key each line by another column (--lines key=COLUMN).</source>
        <translation>%1: rânduri care repetă ID-ul unui rând anterior: %2 (%3); par a fi liniile unor comenzi. Alegeți fie adunarea liniilor într-o singură vânzare (--lines sum), fie identificarea fiecărei linii după altă coloană (--lines key=COLOANĂ).</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot; to key the lines by (columns: %3).</source>
        <translation>%1 nu are coloana „%2” după care să fie identificate liniile (coloane: %3).</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, rândul %2: %3</translation>
    </message>
    <message>
        <source>outside the period being replaced (%1 – %2)</source>
        <translation>în afara perioadei înlocuite (%1 – %2)</translation>
    </message>
    <message>
        <source>the same id as row %1: this later row wins</source>
        <translation>același ID ca rândul %1: se păstrează acest rând, cel de mai târziu</translation>
    </message>
    <message>
        <source>The import was cancelled; the store is as it was.</source>
        <translation>Importul a fost anulat; baza de date a rămas cum era.</translation>
    </message>
    <message>
        <source>The sheets before &quot;%1&quot; hold no data: that sheet is imported.</source>
        <translation>Foile dinaintea foii „%1” nu conțin date: se importă această foaie.</translation>
    </message>
</context>
<context>
    <name>busola::ImportHistoryModel</name>
    <message>
        <source>The rows it added (%1) are deleted.</source>
        <translation>Rândurile adăugate de el (%1) sunt șterse.</translation>
    </message>
    <message>
        <source>The rows it changed (%1) go back to the values they had before it.</source>
        <translation>Rândurile modificate de el (%1) revin la valorile dinaintea lui.</translation>
    </message>
    <message>
        <source>The rows it replaced (%1) come back.</source>
        <translation>Rândurile înlocuite de el (%1) revin.</translation>
    </message>
    <message>
        <source>The rows it found unchanged (%1) stay as they are.</source>
        <translation>Rândurile găsite neschimbate (%1) rămân cum sunt.</translation>
    </message>
    <message>
        <source>The KPIs of the months it touched are computed again.</source>
        <translation>KPI-urile lunilor atinse de import sunt calculate din nou.</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Solicitări de suport</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vânzări</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Support costs</source>
        <translation>Costuri de suport</translation>
    </message>
    <message>
        <source>Demo company</source>
        <translation>Firma demonstrativă</translation>
    </message>
    <message>
        <source>replace a period</source>
        <translation>înlocuire de perioadă</translation>
    </message>
    <message>
        <source>add and update</source>
        <translation>adăugare și actualizare</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminat</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importat la</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Tip de date</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mod</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adăugate</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizate</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Neschimbate</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
</context>
<context>
    <name>busola::ImportPage</name>
    <message>
        <source>Remove This Import</source>
        <translation>Elimină acest import</translation>
    </message>
    <message>
        <source>Remove the import of %1 (%2)?</source>
        <translation>Eliminați importul fișierului %1 (%2)?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Elimină</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Bring in the month&apos;s exports. Every import is listed here and can be removed: the rows it added go, the rows it changed get their earlier values back.</source>
        <translation>Aduceți exporturile lunii. Fiecare import apare aici și poate fi eliminat: rândurile adăugate dispar, iar cele modificate își recapătă valorile anterioare.</translation>
    </message>
    <message>
        <source>&amp;Import a File…</source>
        <translation>&amp;Importă un fișier…</translation>
    </message>
    <message>
        <source>&amp;Remove This Import…</source>
        <translation>&amp;Elimină acest import…</translation>
    </message>
</context>
<context>
    <name>busola::ImportPreviewModel</name>
    <message>
        <source>%1 has no sheet named &quot;%2&quot;.</source>
        <translation>%1 nu are nicio foaie numită „%2”.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertisment: %1</translation>
    </message>
</context>
<context>
    <name>busola::ImportValueModel</name>
    <message>
        <source>kept as it is</source>
        <translation>păstrat ca atare</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
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
        <translation>deschis</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>în așteptare</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>închis</translation>
    </message>
    <message>
        <source>won</source>
        <translation>câștigat</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>pierdut</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>fără notă</translation>
    </message>
    <message>
        <source>1 (worst)</source>
        <translation>1 (cea mai slabă)</translation>
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
        <translation>5 (cea mai bună)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>kept as “%1”</source>
        <translation>păstrat ca „%1”</translation>
    </message>
    <message>
        <source>not understood: the row is rejected</source>
        <translation>neînțeles: rândul este respins</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Valoarea din fișier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rânduri</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devine</translation>
    </message>
</context>
<context>
    <name>busola::ImportWizard</name>
    <message>
        <source>Import a File</source>
        <translation>Importă un fișier</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Î&amp;nainte &gt;</translation>
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
        <translation>Solicitări de suport</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vânzări</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Feedback de la clienți</translation>
    </message>
    <message>
        <source>Support costs</source>
        <translation>Costuri de suport</translation>
    </message>
</context>
<context>
    <name>busola::KpiBreakdownModel</name>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
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
        <source>Records</source>
        <translation>Înregistrări</translation>
    </message>
</context>
<context>
    <name>busola::KpiCommand</name>
    <message>
        <source>The period: a month (2026-10), a quarter (2026-Q4), a year (2026), or a date with --to.</source>
        <translation>Perioada: o lună (2026-10), un trimestru (2026-Q4), un an (2026) sau o dată cu --to.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOADA</translation>
    </message>
    <message>
        <source>The end of a custom range (a month, quarter, year or date; included).</source>
        <translation>Sfârșitul unui interval ales (o lună, un trimestru, un an sau o dată; inclus).</translation>
    </message>
    <message>
        <source>Compare with the previous period or the same period a year earlier: previous (default) or year.</source>
        <translation>Comparația cu perioada anterioară sau cu aceeași perioadă de acum un an: previous (implicit) sau year.</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>CU_CE</translation>
    </message>
    <message>
        <source>Keep only records with this value, e.g. channel=phone (repeatable: the same key means either value, different keys mean both).</source>
        <translation>Păstrează doar înregistrările cu această valoare, de ex. channel=phone (se poate repeta: aceeași cheie înseamnă oricare dintre valori, chei diferite înseamnă amândouă).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>CHEIE=VALOARE</translation>
    </message>
    <message>
        <source>Break every KPI down by a dimension: channel, team, agent, owner, region or lead_source.</source>
        <translation>Defalcă fiecare KPI după o dimensiune: channel, team, agent, owner, region sau lead_source.</translation>
    </message>
    <message>
        <source>DIMENSION</source>
        <translation>DIMENSIUNE</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (implicit), csv sau json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Language of names and numbers: ro (default) or en.</source>
        <translation>Limba numelor și a numerelor: ro (implicit) sau en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LIMBA</translation>
    </message>
    <message>
        <source>--period is required, e.g. --period 2026-10.</source>
        <translation>--period este obligatoriu, de ex. --period 2026-10.</translation>
    </message>
    <message>
        <source>--compare takes previous or year, not %1.</source>
        <translation>--compare primește previous sau year, nu %1.</translation>
    </message>
    <message>
        <source>--filter takes KEY=VALUE with KEY one of channel, team, agent, owner, region, lead_source; not %1.</source>
        <translation>--filter primește CHEIE=VALOARE, cu CHEIE una dintre channel, team, agent, owner, region, lead_source; nu %1.</translation>
    </message>
    <message>
        <source>--by takes channel, team, agent, owner, region or lead_source, not %1.</source>
        <translation>--by primește channel, team, agent, owner, region sau lead_source, nu %1.</translation>
    </message>
    <message>
        <source>--lang takes ro or en, not %1.</source>
        <translation>--lang primește ro sau en, nu %1.</translation>
    </message>
    <message>
        <source>--format takes table, csv or json, not %1.</source>
        <translation>--format primește table, csv sau json, nu %1.</translation>
    </message>
    <message>
        <source>The ten KPIs of a period, against their targets.</source>
        <translation>Cele zece KPI-uri ale unei perioade, față de țintele lor.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Comanda.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argument neașteptat: %1</translation>
    </message>
    <message>
        <source>cannot compute the KPIs: %1</source>
        <translation>KPI-urile nu pot fi calculate: %1</translation>
    </message>
</context>
<context>
    <name>busola::KpiDefinitionsDialog</name>
    <message>
        <source>Interactions created in the period that have a first response (a timestamp, or a duration column in minutes, hours or HH:MM:SS); the mean of the elapsed hours. The median and the 90th percentile are shown too.</source>
        <translation>Interacțiunile create în perioadă care au un prim răspuns (un moment sau o coloană de durată în minute, ore ori HH:MM:SS); media orelor scurse. Se arată și mediana și percentila 90.</translation>
    </message>
    <message>
        <source>Interactions resolved in the period whose contact count (or first-contact flag) is known; the share of them with exactly one contact (or the flag set).</source>
        <translation>Interacțiunile rezolvate în perioadă al căror număr de contacte (sau marcaj de rezolvare la primul contact) este cunoscut; ponderea celor cu exact un contact (sau cu marcajul setat).</translation>
    </message>
    <message>
        <source>Interactions counted in the period of their resolution time.</source>
        <translation>Interacțiunile numărate în perioada în care au fost rezolvate.</translation>
    </message>
    <message>
        <source>A rating on an interaction counts in the period the interaction was resolved (created, when unresolved); a survey response counts at its own date; both kinds count. Other scales are mapped to 1–5 at import (1–10 and 0–10 linearly). The share of 4–5 ratings is shown too.</source>
        <translation>O evaluare a unei interacțiuni contează în perioada în care interacțiunea a fost rezolvată (creată, dacă nu e rezolvată); un răspuns la sondaj contează la data lui; ambele tipuri contează. Alte scări sunt transpuse pe 1–5 la import (1–10 și 0–10 liniar). Se arată și ponderea evaluărilor de 4–5.</translation>
    </message>
    <message>
        <source>An activity is a won deal at its close time (a support interaction at its creation, when the store holds no deals). A customer is active at an instant t when it has an activity in [t − W, t), W being the active window of the settings (%1 months). S = customers active at the start, E = customers active at the end; value = |S ∩ E| ÷ |S| × 100. Customers who lapsed and came back are not counted, so the rate never passes 100 %.</source>
        <translation>O activitate este un contract câștigat, la momentul închiderii (o interacțiune de suport, la crearea ei, când baza de date nu are contracte). Un client este activ la momentul t dacă are o activitate în [t − W, t), W fiind fereastra de client activ din setări (luni: %1). S = clienții activi la început, E = clienții activi la sfârșit; valoarea = |S ∩ E| ÷ |S| × 100. Clienții pierduți și reveniți nu se numără, așa că rata nu trece niciodată de 100 %.</translation>
    </message>
    <message>
        <source>Month by month: the imported monthly costs of that month when any exist, otherwise the sum of the per-interaction costs of the interactions created in it; summed over the period and divided by the interactions created in it. Under a channel filter, monthly costs without a channel are shared out in proportion to that channel&apos;s interactions.</source>
        <translation>Lună de lună: costurile lunare importate pentru acea lună, dacă există, altfel suma costurilor pe interacțiune ale interacțiunilor create în ea; totalul pe perioadă este împărțit la interacțiunile create în perioadă. Cu un filtru de canal, costurile lunare fără canal se împart proporțional cu interacțiunile acelui canal.</translation>
    </message>
    <message>
        <source>Interactions created in the period that are flagged as complaints.</source>
        <translation>Interacțiunile create în perioadă marcate ca reclamații.</translation>
    </message>
    <message>
        <source>Deals won with their close date in the period, in the store&apos;s currency (amounts in another currency are converted at import by the rate given). Orders and invoices count as sales won at their date.</source>
        <translation>Contractele câștigate cu data închiderii în perioadă, în moneda bazei de date (valorile în altă monedă sunt convertite la import cu cursul dat). Comenzile și facturile contează ca vânzări câștigate la data lor.</translation>
    </message>
    <message>
        <source>Deals created in the period: won ÷ all of them × 100; recent cohorts show how many are still open. Orders and invoices (no stage) do not count: they would fake 100 %.</source>
        <translation>Contractele create în perioadă: câștigate ÷ toate × 100; la cohortele recente se arată câte sunt încă deschise. Comenzile și facturile (fără etapă) nu se numără: ar da fals 100 %.</translation>
    </message>
    <message>
        <source>Deals won with their close date in the period; the mean of (closed − created) in days, with fractions. Orders and invoices (no stage) do not count: they would fake 0 days.</source>
        <translation>Contractele câștigate cu data închiderii în perioadă; media (închidere − creare) în zile, cu fracțiuni. Comenzile și facturile (fără etapă) nu se numără: ar da fals 0 zile.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>team</source>
        <translation>echipă</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsabil</translation>
    </message>
    <message>
        <source>region</source>
        <translation>regiune</translation>
    </message>
    <message>
        <source>lead source</source>
        <translation>sursa lead-ului</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ore</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>procent</translation>
    </message>
    <message>
        <source>score 1–5</source>
        <translation>notă 1–5</translation>
    </message>
    <message>
        <source>days</source>
        <translation>zile</translation>
    </message>
    <message>
        <source>count</source>
        <translation>număr</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciuna</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reguli</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unitate</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>mai mare e mai bine</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>mai mic e mai bine</translation>
    </message>
    <message>
        <source>Default target</source>
        <translation>Ținta implicită</translation>
    </message>
    <message>
        <source>Target this month</source>
        <translation>Ținta lunii curente</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Defalcări</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>How Busola computes each KPI. A period is a half-open interval [start, end) in the store&apos;s time zone (%1); durations are real elapsed time.</source>
        <translation>Cum calculează Busola fiecare KPI. O perioadă este un interval semideschis [început, sfârșit) în fusul orar al bazei de date (%1); duratele sunt timp real scurs.</translation>
    </message>
    <message>
        <source>Status, targets and missing values</source>
        <translation>Stare, ținte și valori lipsă</translation>
    </message>
    <message>
        <source>Met: the value reaches the target, inclusively (≤ for lower-is-better, ≥ for higher-is-better). Near: it misses by no more than the tolerance, relative to the target (now %1 %). Otherwise missed. Without a target there is no status colour.</source>
        <translation>Atins: valoarea ajunge la țintă, inclusiv (≤ când mai mic e mai bine, ≥ când mai mare e mai bine). Aproape: o ratează cu cel mult toleranța, raportată la țintă (acum %1 %). Altfel, ratat. Fără țintă nu există culoare de stare.</translation>
    </message>
    <message>
        <source>A target is valid from a month on: a past period is judged by the target it had then. A team or a channel can have a target of its own.</source>
        <translation>O țintă este valabilă începând cu o lună: o perioadă trecută este judecată după ținta pe care o avea atunci. O echipă sau un canal pot avea o țintă proprie.</translation>
    </message>
    <message>
        <source>A mean or a ratio without records is shown as “—”, never 0. A count or a sum is “—” when the KPI&apos;s data holds no record at all in the period, otherwise a number, 0 included.</source>
        <translation>O medie sau un raport fără înregistrări apare ca „—”, niciodată 0. Un număr sau o sumă apare ca „—” când datele KPI-ului nu au nicio înregistrare în perioadă, altfel ca număr, inclusiv 0.</translation>
    </message>
    <message>
        <source>Comparisons: with the previous period and with the same period a year earlier, as a change in % (N/A when the base is 0).</source>
        <translation>Comparații: cu perioada anterioară și cu aceeași perioadă de acum un an, ca variație în % (N/A când baza este 0).</translation>
    </message>
    <message>
        <source>Median and p90 interpolate linearly between the sorted values (as Excel&apos;s PERCENTILE.INC).</source>
        <translation>Mediana și p90 interpolează liniar între valorile ordonate (ca PERCENTILE.INC din Excel).</translation>
    </message>
    <message>
        <source>KPI Definitions</source>
        <translation>Definițiile KPI</translation>
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
        <translation>Nicio țintă stabilită</translation>
    </message>
    <message>
        <source>mean of (first response − created), in hours, over the tickets created in the period that have a response</source>
        <translation>media (primul răspuns − creare), în ore, pe solicitările create în perioadă care au primit răspuns</translation>
    </message>
    <message>
        <source>tickets resolved with exactly one contact ÷ tickets resolved whose contact count is known × 100</source>
        <translation>solicitări rezolvate dintr-un singur contact ÷ solicitări rezolvate cu numărul de contacte cunoscut × 100</translation>
    </message>
    <message>
        <source>number of tickets resolved in the period</source>
        <translation>numărul de solicitări rezolvate în perioadă</translation>
    </message>
    <message>
        <source>mean score 1–5 of ticket ratings and survey responses in the period</source>
        <translation>scorul mediu 1–5 al evaluărilor solicitărilor și al răspunsurilor la sondaje din perioadă</translation>
    </message>
    <message>
        <source>customers active at the start still active at the end ÷ customers active at the start × 100</source>
        <translation>clienți activi la început încă activi la sfârșit ÷ clienți activi la început × 100</translation>
    </message>
    <message>
        <source>support costs of the period ÷ interactions created in the period</source>
        <translation>costurile de suport ale perioadei ÷ interacțiunile create în perioadă</translation>
    </message>
    <message>
        <source>interactions created in the period marked as complaints</source>
        <translation>interacțiuni create în perioadă marcate ca reclamații</translation>
    </message>
    <message>
        <source>sum of the amounts of deals won in the period</source>
        <translation>suma valorilor contractelor câștigate în perioadă</translation>
    </message>
    <message>
        <source>leads created in the period that are won ÷ leads created in the period × 100</source>
        <translation>lead-uri create în perioadă câștigate ÷ lead-uri create în perioadă × 100</translation>
    </message>
    <message>
        <source>mean of (closed − created), in days, over the deals won in the period</source>
        <translation>media (închidere − creare), în zile, pe contractele câștigate în perioadă</translation>
    </message>
    <message>
        <source>vs same period last year</source>
        <translation>față de aceeași perioadă de anul trecut</translation>
    </message>
    <message>
        <source>vs previous month</source>
        <translation>față de luna anterioară</translation>
    </message>
    <message>
        <source>vs previous quarter</source>
        <translation>față de trimestrul anterior</translation>
    </message>
    <message>
        <source>vs previous year</source>
        <translation>față de anul anterior</translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation>față de perioada anterioară</translation>
    </message>
    <message>
        <source>%1 M %2</source>
        <translation>%1 mil. %2</translation>
    </message>
    <message>
        <source>%1 k %2</source>
        <translation>%1 mii %2</translation>
    </message>
    <message>
        <source>Nothing to compare with (%1)</source>
        <translation>Nimic de comparat (%1)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Target ≤ %1</source>
        <translation>Țintă ≤ %1</translation>
    </message>
    <message>
        <source>Target ≥ %1</source>
        <translation>Țintă ≥ %1</translation>
    </message>
    <message>
        <source>Records behind the value: %1</source>
        <translation>Înregistrări în spatele valorii: %1</translation>
    </message>
    <message>
        <source>Exact value: %1</source>
        <translation>Valoare exactă: %1</translation>
    </message>
</context>
<context>
    <name>busola::KpiPeriod</name>
    <message>
        <source>the period &quot;%1&quot; is not a month (2026-10), a quarter (2026-Q4), a year (2026) or a date (2026-10-05)</source>
        <translation>perioada „%1” nu este o lună (2026-10), un trimestru (2026-Q4), un an (2026) sau o dată (2026-10-05)</translation>
    </message>
    <message>
        <source>a period given as a date needs --to</source>
        <translation>o perioadă dată ca dată calendaristică are nevoie de --to</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not a month, a quarter, a year or a date</source>
        <translation>--to „%1” nu este o lună, un trimestru, un an sau o dată</translation>
    </message>
    <message>
        <source>--to %1 is before the start of the period</source>
        <translation>--to %1 este înaintea începutului perioadei</translation>
    </message>
</context>
<context>
    <name>busola::KpiRecordQuery</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creat</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Răspuns</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rezolvat</translation>
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
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamație</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>solicitare</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>sondaj</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Days to close</source>
        <translation>Zile până la închidere</translation>
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
        <source>Order</source>
        <translation>Comandă</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Last activity before the start</source>
        <translation>Ultima activitate înainte de început</translation>
    </message>
    <message>
        <source>Still active at the end</source>
        <translation>Încă activ la sfârșit</translation>
    </message>
</context>
<context>
    <name>busola::KpiRecordsModel</name>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
</context>
<context>
    <name>busola::KpiSeriesModel</name>
    <message>
        <source>Month</source>
        <translation>Luna</translation>
    </message>
</context>
<context>
    <name>busola::KpiSummaryModel</name>
    <message>
        <source>median %1, p90 %2</source>
        <translation>mediană %1, p90 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 still open</source>
        <translation>
            <numerusform>%1 încă deschis</numerusform>
            <numerusform>%1 încă deschise</numerusform>
            <numerusform>%1 încă deschise</numerusform>
        </translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
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
        <source>Previous period</source>
        <translation>Perioada anterioară</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variație</translation>
    </message>
    <message>
        <source>Year ago</source>
        <translation>Acum un an</translation>
    </message>
    <message>
        <source>Change vs year ago</source>
        <translation>Variație față de acum un an</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Înregistrări</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message numerus="yes">
        <source>%1 of ratings 4–5, %2 ratings</source>
        <translation>
            <numerusform>%1 dintre evaluări sunt 4–5, din %2 evaluare</numerusform>
            <numerusform>%1 dintre evaluări sunt 4–5, din %2 evaluări</numerusform>
            <numerusform>%1 dintre evaluări sunt 4–5, din %2 de evaluări</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>busola::KpiTargets</name>
    <message>
        <source>Cannot save the target: %1</source>
        <translation>Ținta nu poate fi salvată: %1</translation>
    </message>
    <message>
        <source>Cannot remove the target: %1</source>
        <translation>Ținta nu poate fi eliminată: %1</translation>
    </message>
</context>
<context>
    <name>busola::KpiTargetsEditor</name>
    <message>
        <source>KPI targets</source>
        <translation>Ținte KPI</translation>
    </message>
    <message>
        <source>The whole company</source>
        <translation>Toată compania</translation>
    </message>
    <message>
        <source>A team</source>
        <translation>O echipă</translation>
    </message>
    <message>
        <source>A channel</source>
        <translation>Un canal</translation>
    </message>
    <message>
        <source>Team or channel, as in the data (e.g. phone)</source>
        <translation>Echipa sau canalul, ca în date (de ex. phone)</translation>
    </message>
    <message>
        <source>KPI:</source>
        <translation>KPI:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pentru:</translation>
    </message>
    <message>
        <source>Team or channel:</source>
        <translation>Echipa sau canalul:</translation>
    </message>
    <message>
        <source>From month:</source>
        <translation>Din luna:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ținta:</translation>
    </message>
    <message>
        <source>&amp;Add Target</source>
        <translation>&amp;Adaugă ținta</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>Șterge ținta</translation>
    </message>
</context>
<context>
    <name>busola::KpiTargetsModel</name>
    <message>
        <source>Team %1</source>
        <translation>Echipa %1</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Canalul %1</translation>
    </message>
    <message>
        <source>The whole company</source>
        <translation>Toată compania</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Dintotdeauna</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Mai mare e mai bine</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Mai mic e mai bine</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Fără țintă</translation>
    </message>
    <message>
        <source>As set above</source>
        <translation>Ca mai sus</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplică la</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Din</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ținta</translation>
    </message>
    <message>
        <source>Near within</source>
        <translation>Toleranță</translation>
    </message>
    <message>
        <source>Unknown KPI: %1</source>
        <translation>KPI necunoscut: %1</translation>
    </message>
    <message>
        <source>Say which team or channel the target is for.</source>
        <translation>Spuneți pentru ce echipă sau canal este ținta.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>O țintă nu poate fi negativă.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
</context>
<context>
    <name>busola::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Tablou de bord</translation>
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
        <translation>Concurenți</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Busola — %1</source>
        <translation>Busola — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>Open or Create a Store</source>
        <translation>Deschide sau creează o bază de date</translation>
    </message>
    <message>
        <source>Busola stores (*.db *.sqlite);;All files (*)</source>
        <translation>Baze de date Busola (*.db *.sqlite);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Cannot Open the Store</source>
        <translation>Baza de date nu poate fi deschisă</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurează o copie de siguranță</translation>
    </message>
    <message>
        <source>Load the Demo Company</source>
        <translation>Încarcă firma demonstrativă</translation>
    </message>
    <message>
        <source>This store already holds data, and the demo company would mix with it. Open another store (File ▸ Open Another Store…) under a new file name, then load the demo company there.</source>
        <translation>Această bază de date conține deja date, iar firma demonstrativă s-ar amesteca cu ele. Deschideți altă bază de date (Fișier ▸ Deschide altă bază de date…) cu un nume nou, apoi încărcați acolo firma demonstrativă.</translation>
    </message>
    <message>
        <source>Busola</source>
        <translation>Busola</translation>
    </message>
    <message>
        <source>The demo company is being written to the store. Busola can close in a few seconds, when it is done.</source>
        <translation>Firma demonstrativă se scrie în baza de date. Busola se poate închide în câteva secunde, când termină.</translation>
    </message>
    <message>
        <source>About Busola</source>
        <translation>Despre Busola</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Busola %1&lt;/h3&gt;&lt;p&gt;A KPI dashboard for sales and sales-support managers: import the month&apos;s exports, read every KPI against its target, keep a SWOT matrix and print the meeting report.&lt;/p&gt;&lt;p&gt;Busola works offline: your data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Busola %1&lt;/h3&gt;&lt;p&gt;Un tablou de bord KPI pentru managerii de vânzări și de suport pentru vânzări: importați exporturile lunii, urmăriți fiecare KPI față de ținta lui, lucrați la matricea SWOT și tipăriți raportul pentru ședință.&lt;/p&gt;&lt;p&gt;Busola funcționează fără internet: datele rămân pe acest calculator.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <source>&amp;Open Another Store…</source>
        <translation>&amp;Deschide altă bază de date…</translation>
    </message>
    <message>
        <source>Load the &amp;Demo Company</source>
        <translation>Încarcă firma &amp;demonstrativă</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Reload the Store</source>
        <translation>&amp;Reîncarcă baza de date</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Ecran &amp;complet</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;jutor</translation>
    </message>
    <message>
        <source>&amp;About Busola</source>
        <translation>&amp;Despre Busola</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Despre &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;KPI Definitions</source>
        <translation>Definițiile &amp;KPI</translation>
    </message>
    <message>
        <source>Connect to a &amp;Team Store…</source>
        <translation>Deschide baza de date a &amp;echipei…</translation>
    </message>
    <message>
        <source>Back to the Lo&amp;cal Store</source>
        <translation>Înapoi la baza de date &amp;locală</translation>
    </message>
</context>
<context>
    <name>busola::MappingPage</name>
    <message>
        <source>Which column feeds which field</source>
        <translation>Ce coloană alimentează fiecare câmp</translation>
    </message>
    <message>
        <source>Busola matched the columns by their names. Check the values as read; choose another column where one is wrong (Enter or F2 on a row).</source>
        <translation>Busola a asociat coloanele după numele lor. Verificați valorile citite; alegeți altă coloană acolo unde asocierea e greșită (Enter sau F2 pe rând).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(niciuna)</translation>
    </message>
    <message>
        <source>Save the mapping as &amp;profile:</source>
        <translation>Salvează asocierea ca pr&amp;ofil:</translation>
    </message>
    <message>
        <source>Choose a column for: %1. Busola cannot import %2 without it.</source>
        <translation>Alegeți o coloană pentru: %1. Fără ea, Busola nu poate importa %2.</translation>
    </message>
    <message>
        <source>Cells of the first rows that cannot be read as their field: %1 (marked in red; hover over one to see why). Their rows will be rejected.</source>
        <translation>Celule din primele rânduri care nu pot fi citite drept câmpul lor: %1 (marcate cu roșu; țineți mouse-ul deasupra uneia ca să vedeți motivul). Rândurile lor vor fi respinse.</translation>
    </message>
</context>
<context>
    <name>busola::Migrations</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>versiunea schemei nu poate fi citită: %1</translation>
    </message>
    <message>
        <source>the store was written by a newer Busola (schema version %1; this program knows up to %2). Update Busola to open it.</source>
        <translation>baza de date a fost scrisă de o versiune Busola mai nouă (versiunea schemei %1; acest program o cunoaște până la %2). Actualizați Busola ca să o deschideți.</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>tranzacția nu poate începe: %1</translation>
    </message>
    <message>
        <source>migration to version %1 failed: %2 (%3)</source>
        <translation>migrarea la versiunea %1 a eșuat: %2 (%3)</translation>
    </message>
    <message>
        <source>cannot record schema version %1: %2</source>
        <translation>versiunea schemei %1 nu poate fi înregistrată: %2</translation>
    </message>
    <message>
        <source>migration to version %1 failed: %2</source>
        <translation>migrarea la versiunea %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>tabelul %1 lipsește</translation>
    </message>
</context>
<context>
    <name>busola::ModePage</name>
    <message>
        <source>&amp;Add and update</source>
        <translation>&amp;Adaugă și actualizează</translation>
    </message>
    <message>
        <source>&amp;Replace a period</source>
        <translation>Înl&amp;ocuiește o perioadă</translation>
    </message>
    <message>
        <source>How to import</source>
        <translation>Cum se importă</translation>
    </message>
    <message>
        <source>Everything is written in one go: if anything goes wrong, or you cancel, the store stays exactly as it was.</source>
        <translation>Totul se scrie dintr-odată: dacă ceva nu merge sau anulați, baza de date rămâne exact cum era.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importă</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De la:</translation>
    </message>
    <message>
        <source>&amp;To (inclusive):</source>
        <translation>Până &amp;la (inclusiv):</translation>
    </message>
    <message>
        <source>New rows are added; rows already imported (the same external id) are updated where they changed. Importing the same file twice changes nothing.</source>
        <translation>Rândurile noi sunt adăugate; rândurile deja importate (același ID extern) sunt actualizate acolo unde s-au schimbat. Importul repetat al aceluiași fișier nu schimbă nimic.</translation>
    </message>
    <message>
        <source>The rows of this kind of data in the period are deleted and replaced by the file&apos;s. Rows of the file outside the period are rejected.</source>
        <translation>Rândurile de acest tip din perioadă sunt șterse și înlocuite cu cele din fișier. Rândurile din fișier aflate în afara perioadei sunt respinse.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Perioada se termină înainte să înceapă.</translation>
    </message>
</context>
<context>
    <name>busola::OdsReader</name>
    <message>
        <source>%1: not an OpenDocument spreadsheet (the zip holds no content.xml)</source>
        <translation>%1: nu este o foaie de calcul OpenDocument (arhiva zip nu conține content.xml)</translation>
    </message>
    <message>
        <source>%1: the spreadsheet has no sheets</source>
        <translation>%1: foaia de calcul nu are foi</translation>
    </message>
    <message>
        <source>%1: there is no sheet number %2</source>
        <translation>%1: nu există foaia numărul %2</translation>
    </message>
    <message>
        <source>%1: more than %2 rows</source>
        <translation>%1: peste %2 de rânduri</translation>
    </message>
    <message>
        <source>%1: the document ends inside a sheet</source>
        <translation>%1: documentul se termină în interiorul unei foi</translation>
    </message>
    <message>
        <source>%1: row %2 has a cell beyond column %3, the most a sheet can have</source>
        <translation>%1: rândul %2 are o celulă dincolo de coloana %3, maximul pe care îl poate avea o foaie</translation>
    </message>
    <message>
        <source>invalid number: %1</source>
        <translation>număr nevalid: %1</translation>
    </message>
    <message>
        <source>invalid date: %1</source>
        <translation>dată nevalidă: %1</translation>
    </message>
    <message>
        <source>invalid time: %1</source>
        <translation>oră nevalidă: %1</translation>
    </message>
    <message>
        <source>formula without a cached value</source>
        <translation>formulă fără valoare salvată</translation>
    </message>
    <message>
        <source>%1: sheet %2 is not &quot;%3&quot; as settings.xml says: the file is inconsistent</source>
        <translation>%1: foaia %2 nu este „%3”, cum spune settings.xml: fișierul este incoerent</translation>
    </message>
</context>
<context>
    <name>busola::PeriodChoice</name>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
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
        <translation>&amp;Perioada:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Lună</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestru</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Interval ales</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparat cu:</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>perioada anterioară</translation>
    </message>
    <message>
        <source>same period last year</source>
        <translation>aceeași perioadă de anul trecut</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>Perioada anterioară (Alt+Stânga)</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>Perioada următoare (Alt+Dreapta)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Perioada anterioară</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Perioada următoare</translation>
    </message>
</context>
<context>
    <name>busola::ProblemModel</name>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertisment</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fișier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rând</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coloană</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
</context>
<context>
    <name>busola::ProgressPage</name>
    <message>
        <source>&amp;Cancel the Import</source>
        <translation>&amp;Anulează importul</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import în curs</translation>
    </message>
    <message>
        <source>Cancel rolls everything back: the store stays as it was.</source>
        <translation>Anularea desface totul: baza de date rămâne cum era.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Se importă %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Se anulează…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Gata.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written, the store is as it was. Go back to change something, or close the wizard.</source>
        <translation>Importul a fost anulat: nu s-a scris nimic, baza de date este cum era. Reveniți ca să schimbați ceva sau închideți asistentul.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nu s-a importat nimic: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 rows read…</source>
        <translation>
            <numerusform>%1 rând citit…</numerusform>
            <numerusform>%1 rânduri citite…</numerusform>
            <numerusform>%1 de rânduri citite…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>busola::QtXmlSource</name>
    <message>
        <source>%1: malformed XML: %2</source>
        <translation>%1: XML greșit format: %2</translation>
    </message>
    <message>
        <source>a DTD or entity declaration, refused for safety</source>
        <translation>o declarație DTD sau de entitate, refuzată din motive de siguranță</translation>
    </message>
    <message>
        <source>the undeclared entity &amp;%1;</source>
        <translation>entitatea nedeclarată &amp;%1;</translation>
    </message>
    <message>
        <source>the document ends early (truncated): %1</source>
        <translation>documentul se termină prea devreme (trunchiat): %1</translation>
    </message>
</context>
<context>
    <name>busola::ReaderFactory</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 nu poate fi deschis: %2</translation>
    </message>
    <message>
        <source>%1 is a %2 file but not a workbook Busola can read (XLSX, ODS or XLS).</source>
        <translation>%1 este un fișier %2, dar nu un registru pe care Busola îl poate citi (XLSX, ODS sau XLS).</translation>
    </message>
</context>
<context>
    <name>busola::RecordTableModel</name>
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
        <translation>Altul</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigat</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdut</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschis</translation>
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
        <translation>Da</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Comandă</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creat</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Timp de răspuns</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rezolvat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
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
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacție</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamație</translation>
    </message>
    <message>
        <source>Complaint category</source>
        <translation>Categoria reclamației</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Original amount</source>
        <translation>Valoarea originală</translation>
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
        <source>Responded</source>
        <translation>Răspuns la</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Scor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentariu</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Luna</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>ticket status</comment>
        <translation>Deschisă</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>ticket status</comment>
        <translation>În așteptare</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>ticket status</comment>
        <translation>Rezolvată</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>ticket status</comment>
        <translation>Închisă</translation>
    </message>
</context>
<context>
    <name>busola::Report</name>
    <message>
        <source>mean of the history</source>
        <translation>media istoricului</translation>
    </message>
    <message>
        <source>Holt&apos;s linear trend</source>
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
        <source>the report&apos;s language is ro or en, not &quot;%1&quot;</source>
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
        <translation>Baza de date nu conține solicitări de suport, vânzări, răspunsuri la sondaje sau costuri de suport pentru %1.</translation>
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
        <translation>Istoric și prognoză (luni prognozate: %1)</translation>
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
        <translation>Test pe ultimele luni, lăsate deoparte (%1): eroarea medie absolută procentuală (MAPE) %2.</translation>
    </message>
    <message>
        <source>Backtest on the last %1 months held out: mean absolute error %2.</source>
        <translation>Test pe ultimele luni, lăsate deoparte (%1): eroarea medie absolută %2.</translation>
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
<context>
    <name>busola::RowConverter</name>
    <message>
        <source>an amount in %1, but the store keeps %2: give the exchange rate (--rate, 1 %1 = R %2)</source>
        <translation>o valoare în %1, dar baza de date ține %2: dați cursul de schimb (--rate, 1 %1 = R %2)</translation>
    </message>
    <message>
        <source>no creation date</source>
        <translation>lipsește data creării</translation>
    </message>
    <message>
        <source>a resolution time on a ticket that is still %1: not imported</source>
        <translation>un moment de rezolvare pe o solicitare încă în starea %1: nu se importă</translation>
    </message>
    <message>
        <source>a negative cost</source>
        <translation>un cost negativ</translation>
    </message>
    <message>
        <source>a negative number of contacts</source>
        <translation>un număr negativ de contacte</translation>
    </message>
    <message>
        <source>the first response is before the ticket was created</source>
        <translation>primul răspuns este înaintea creării solicitării</translation>
    </message>
    <message>
        <source>resolved before the first response</source>
        <translation>rezolvată înaintea primului răspuns</translation>
    </message>
    <message>
        <source>resolved before the ticket was created</source>
        <translation>rezolvată înaintea creării solicitării</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>lipsește data</translation>
    </message>
    <message>
        <source>a sale without an amount</source>
        <translation>o vânzare fără valoare</translation>
    </message>
    <message>
        <source>a negative amount</source>
        <translation>o valoare negativă</translation>
    </message>
    <message>
        <source>closed before it was created</source>
        <translation>închis înainte de a fi creat</translation>
    </message>
    <message>
        <source>a won deal without a close date counts in no month&apos;s sales</source>
        <translation>un contract câștigat fără dată de închidere nu intră în vânzările niciunei luni</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>lipsește nota</translation>
    </message>
    <message>
        <source>no month</source>
        <translation>lipsește luna</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>lipsește valoarea</translation>
    </message>
    <message>
        <source>not a date (expected e.g. 27.11.2026 14:30 or 2026-11-27)</source>
        <translation>nu este o dată (se așteaptă de ex. 27.11.2026 14:30 sau 2026-11-27)</translation>
    </message>
    <message>
        <source>a date outside 1900–2199</source>
        <translation>o dată în afara anilor 1900–2199</translation>
    </message>
    <message>
        <source>not a rating (a number, or a value the value mapping knows)</source>
        <translation>nu este o notă (un număr sau o valoare cunoscută de semnificația valorilor)</translation>
    </message>
    <message>
        <source>outside the 1–5 scale</source>
        <translation>în afara scării 1–5</translation>
    </message>
    <message>
        <source>outside the 1–10 scale</source>
        <translation>în afara scării 1–10</translation>
    </message>
    <message>
        <source>outside the 0–10 scale</source>
        <translation>în afara scării 0–10</translation>
    </message>
    <message>
        <source>outside 0–100 %</source>
        <translation>în afara intervalului 0–100 %</translation>
    </message>
    <message>
        <source>the spreadsheet shows an error here (%1)</source>
        <translation>foaia de calcul arată aici o eroare (%1)</translation>
    </message>
    <message>
        <source>a negative duration</source>
        <translation>o durată negativă</translation>
    </message>
    <message>
        <source>not a duration (minutes, hours or HH:MM:SS)</source>
        <translation>nu este o durată (minute, ore sau HH:MM:SS)</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>nu este un număr întreg</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>nu este o valoare bănească</translation>
    </message>
    <message>
        <source>not a yes/no value</source>
        <translation>nu este o valoare da/nu</translation>
    </message>
    <message>
        <source>not a currency</source>
        <translation>nu este o monedă</translation>
    </message>
    <message>
        <source>not a month (expected e.g. 2026-10 or 10.2026)</source>
        <translation>nu este o lună (se așteaptă de ex. 2026-10 sau 10.2026)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
</context>
<context>
    <name>busola::SettingsPage</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurează o copie de siguranță</translation>
    </message>
    <message>
        <source>Put the backup of %1 in place of the store? The store as it is now is kept as a backup first, so this can be undone.</source>
        <translation>Puneți copia din %1 în locul bazei de date? Baza de date de acum este păstrată mai întâi ca o copie, așa că pasul poate fi anulat.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>The setting could not be saved.</source>
        <translation>Setarea nu a putut fi salvată.</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>Sigla firmei</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Imagini (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>%1 could not be read as an image: %2</source>
        <translation>%1 nu a putut fi citit ca imagine: %2</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Fără siglă</translation>
    </message>
    <message>
        <source>Your language, and what this store holds to: company, time zone, currency, KPI rules and backups.</source>
        <translation>Limba dumneavoastră și regulile acestei baze de date: firma, fusul orar, moneda, regulile KPI și copiile de siguranță.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <source>Language of Busola:</source>
        <translation>Limba Busola:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Shown on the report&apos;s cover</source>
        <translation>Apare pe coperta raportului</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Alege o siglă…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Baza de date</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Locație:</translation>
    </message>
    <message>
        <source>Open another store…</source>
        <translation>Deschide altă bază de date…</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fus orar:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>The time zone and the currency can be changed only while the store is empty: the data already in it was counted in them.</source>
        <translation>Fusul orar și moneda pot fi schimbate doar cât timp baza de date este goală: datele existente au fost socotite în ele.</translation>
    </message>
    <message>
        <source>Exports are usually written in:</source>
        <translation>Exporturile sunt de obicei scrise în:</translation>
    </message>
    <message>
        <source>KPI rules</source>
        <translation>Regulile KPI</translation>
    </message>
    <message>
        <source>“Near the target” within:</source>
        <translation>„Aproape de țintă” în limita a:</translation>
    </message>
    <message>
        <source>Customer active window (months):</source>
        <translation>Fereastra de client activ (luni):</translation>
    </message>
    <message>
        <source>Forecast horizon (months):</source>
        <translation>Orizontul prognozei (luni):</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copii de siguranță</translation>
    </message>
    <message>
        <source>Busola copies the store before every import, removal of an import and upgrade. Number of copies kept:</source>
        <translation>Busola copiază baza de date înaintea fiecărui import, a fiecărei eliminări de import și a fiecărei actualizări. Numărul de copii păstrate:</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Restaurează această copie…</translation>
    </message>
</context>
<context>
    <name>busola::Sidebar</name>
    <message>
        <source>KPI dashboard</source>
        <translation>Tablou de bord KPI</translation>
    </message>
</context>
<context>
    <name>busola::SourcePage</name>
    <message>
        <source>How to read the file</source>
        <translation>Cum se citește fișierul</translation>
    </message>
    <message>
        <source>Busola has guessed these from the file. Change one if the preview looks wrong: letters like ă, ș, ț garbled mean another encoding.</source>
        <translation>Busola le-a dedus din fișier. Schimbați-le dacă previzualizarea arată greșit: litere ca ă, ș, ț stricate înseamnă altă codificare.</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter on it) to take the header from it.</source>
        <translation>Faceți dublu clic pe un rând (sau apăsați Enter pe el) ca antetul să fie luat de acolo.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Foaia:</translation>
    </message>
    <message>
        <source>&amp;Header on row:</source>
        <translation>&amp;Antetul pe rândul:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificare:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>&amp;Numbers and dates as in:</source>
        <translation>Nu&amp;mere și date ca în:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectează</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgulă ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punct și virgulă ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Bară verticală ( | )</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Detectează din fișier</translation>
    </message>
    <message>
        <source>Romanian: 1.234,56 and 27.11.2026</source>
        <translation>Română: 1.234,56 și 27.11.2026</translation>
    </message>
    <message>
        <source>English (US): 1,234.56 and 11/27/2026</source>
        <translation>Engleză (SUA): 1,234.56 și 11/27/2026</translation>
    </message>
    <message>
        <source>English (UK): 1,234.56 and 27/11/2026</source>
        <translation>Engleză (Regatul Unit): 1,234.56 și 27/11/2026</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by “%2”.</source>
        <translation>Citit ca %1, coloane separate prin „%2”.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Header: row %1 (marked in the preview).</source>
        <translation>Antet: rândul %1 (marcat în previzualizare).</translation>
    </message>
</context>
<context>
    <name>busola::Store</name>
    <message>
        <source>Cannot connect to the team store %1: %2</source>
        <translation>Nu mă pot conecta la depozitul echipei %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the store.</source>
        <translation>Dosarul %1 pentru baza de date nu poate fi creat.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Busola store.</source>
        <translation>%1 este un dosar, nu o bază de date Busola.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Baza de date %1 nu poate fi deschisă: %2</translation>
    </message>
    <message>
        <source>%1 is not a Busola store (or it is damaged): %2</source>
        <translation>%1 nu este o bază de date Busola (sau este deteriorată): %2</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of it exist, the newest from %1. `busola backup list` shows them; `busola backup restore 1` puts the newest back (Settings › Backups does the same).</source>
        <translation>
            <numerusform>Există %n copie de siguranță a ei, din %1. `busola backup list` o arată; `busola backup restore 1` o pune înapoi (la fel face Setări › Copii de siguranță).</numerusform>
            <numerusform>Există %n copii de siguranță ale ei, cea mai nouă din %1. `busola backup list` le arată; `busola backup restore 1` o pune înapoi pe cea mai nouă (la fel face Setări › Copii de siguranță).</numerusform>
            <numerusform>Există %n de copii de siguranță ale ei, cea mai nouă din %1. `busola backup list` le arată; `busola backup restore 1` o pune înapoi pe cea mai nouă (la fel face Setări › Copii de siguranță).</numerusform>
        </translation>
    </message>
    <message>
        <source>Team stores need Qt&apos;s PostgreSQL driver (Debian: libqt6sql6-psql).</source>
        <translation>Depozitele de echipă au nevoie de driverul PostgreSQL al Qt (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The team store %1 has no schema %2: `busola team init` creates it.</source>
        <translation>Depozitul echipei %1 nu are schema %2: o creează `busola team init`.</translation>
    </message>
    <message>
        <source>Cannot open the team store %1: %2</source>
        <translation>Nu pot deschide depozitul echipei %1: %2</translation>
    </message>
    <message>
        <source>The store %1 is in use by another Busola, which is writing to it (an import or a removal). Nothing was written; try again when it has finished.</source>
        <translation>Baza de date %1 este folosită de o altă instanță Busola, care scrie în ea (un import sau o eliminare). Nu s-a scris nimic; încercați din nou după ce aceasta a terminat.</translation>
    </message>
    <message>
        <source>The team store %1 is at schema version %2 and this Busola needs version %3; only its owner (%4) can upgrade it: ask them to run `busola team init --db %5`. Nothing was changed.</source>
        <translation>Depozitul echipei %1 este la versiunea de schemă %2, iar acest Busola are nevoie de versiunea %3; doar proprietarul lui (%4) îl poate actualiza: rugați-l să ruleze `busola team init --db %5`. Nu s-a schimbat nimic.</translation>
    </message>
</context>
<context>
    <name>busola::StoreCopy</name>
    <message>
        <source>The destination %1 already holds data: copy into an empty store.</source>
        <translation>Destinația %1 conține deja date: copiați într-un depozit gol.</translation>
    </message>
    <message>
        <source>The destination is busy or read-only: %1</source>
        <translation>Destinația este ocupată sau doar pentru citire: %1</translation>
    </message>
    <message>
        <source>Cannot copy a row of %1: %2</source>
        <translation>Nu pot copia un rând din %1: %2</translation>
    </message>
    <message>
        <source>Cannot build the KPI summaries: %1</source>
        <translation>Nu pot construi sumarele KPI: %1</translation>
    </message>
</context>
<context>
    <name>busola::StoreStatus</name>
    <message>
        <source>Cannot count the records</source>
        <translation>Înregistrările nu pot fi numărate</translation>
    </message>
    <message>
        <source>Support interactions: %1   ·   Deals: %2   ·   Feedback responses: %3</source>
        <translation>Interacțiuni de suport: %1   ·   Contracte: %2   ·   Răspunsuri la sondaje: %3</translation>
    </message>
</context>
<context>
    <name>busola::StoreWriter</name>
    <message>
        <source>Cannot record the import: %1</source>
        <translation>Importul nu poate fi înregistrat: %1</translation>
    </message>
    <message>
        <source>Nothing is being written: begin() was not called.</source>
        <translation>Nu se scrie nimic: begin() nu a fost apelat.</translation>
    </message>
    <message>
        <source>Cannot write %1 row %2: %3</source>
        <translation>Nu se poate scrie în %1 rândul %2: %3</translation>
    </message>
    <message>
        <source>Cannot read %1 row %2: %3</source>
        <translation>Nu se poate citi din %1 rândul %2: %3</translation>
    </message>
    <message>
        <source>Cannot update %1 row %2: %3</source>
        <translation>Nu se poate actualiza în %1 rândul %2: %3</translation>
    </message>
    <message>
        <source>Cannot keep the earlier state of %1 row %2: %3</source>
        <translation>Nu se poate păstra starea anterioară din %1 a rândului %2: %3</translation>
    </message>
    <message>
        <source>Nothing to commit.</source>
        <translation>Nimic de confirmat.</translation>
    </message>
    <message>
        <source>Cannot update the KPI summaries: %1</source>
        <translation>Rezumatele KPI nu pot fi actualizate: %1</translation>
    </message>
    <message>
        <source>Cannot save the import: %1</source>
        <translation>Importul nu poate fi salvat: %1</translation>
    </message>
    <message>
        <source>There is no import number %1.</source>
        <translation>Nu există importul numărul %1.</translation>
    </message>
    <message>
        <source>Import number %1 was already removed.</source>
        <translation>Importul numărul %1 a fost deja eliminat.</translation>
    </message>
    <message>
        <source>Unknown table %1 in the import history.</source>
        <translation>Tabel necunoscut %1 în istoricul importurilor.</translation>
    </message>
    <message>
        <source>Cannot restore %1 row %2: %3</source>
        <translation>Nu se poate restaura în %1 rândul %2: %3</translation>
    </message>
    <message>
        <source>Cannot save the removal: %1</source>
        <translation>Eliminarea nu poate fi salvată: %1</translation>
    </message>
    <message>
        <source>The disk is full: the store cannot grow, so nothing was written and the store is as it was. Free some space and try again. (%1)</source>
        <translation>Discul este plin: baza de date nu poate crește, așa că nu s-a scris nimic și baza de date este cum era. Eliberați spațiu și încercați din nou. (%1)</translation>
    </message>
    <message>
        <source>The import was stopped because the store could not be backed up first: %1</source>
        <translation>Importul a fost oprit pentru că nu s-a putut face mai întâi copia de siguranță a bazei de date: %1</translation>
    </message>
    <message>
        <source>Cannot rebuild an index: %1</source>
        <translation>Un index nu poate fi reconstruit: %1</translation>
    </message>
    <message>
        <source>The import was not removed because the store could not be backed up first: %1</source>
        <translation>Importul nu a fost eliminat pentru că nu s-a putut face mai întâi copia de siguranță a bazei de date: %1</translation>
    </message>
    <message>
        <source>The store %1 cannot be written: %2</source>
        <translation>Nu se poate scrie în baza de date %1: %2</translation>
    </message>
    <message>
        <source>Not allowed: your account on the team store %1 may only read. An import needs an editor&apos;s account.</source>
        <translation>Nu este permis: contul dumneavoastră din depozitul echipei %1 poate doar citi. Un import cere un cont de editor.</translation>
    </message>
    <message>
        <source>The import was not saved: some rows would refer to a customer or an import the store does not have (%1).</source>
        <translation>Importul nu a fost salvat: unele rânduri ar trimite la un client sau la un import pe care baza de date nu le are (%1).</translation>
    </message>
    <message>
        <source>Cannot write %1 rows %2 to %3: %4</source>
        <translation>Nu se pot scrie rândurile %2–%3 din %1: %4</translation>
    </message>
    <message>
        <source>Cannot record the customers: %1</source>
        <translation>Clienții nu pot fi înregistrați: %1</translation>
    </message>
    <message>
        <source>SQLite ended the import&apos;s transaction after an error; nothing was written.</source>
        <translation>SQLite a încheiat tranzacția importului după o eroare; nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>Cannot write the customer %1: %2</source>
        <translation>Clientul %1 nu poate fi scris: %2</translation>
    </message>
    <message>
        <source>Cannot update %1 rows: %2</source>
        <translation>Nu se pot actualiza rândurile din %1: %2</translation>
    </message>
    <message>
        <source>Cannot update %1 rows %2 to %3: %4</source>
        <translation>Nu se pot actualiza rândurile %2–%3 din %1: %4</translation>
    </message>
    <message>
        <source>Cannot tell which interactions rows %1 to %2 were new: SQLite inserted %3 of them, %4 were found.</source>
        <translation>Nu se poate stabili care dintre rândurile de interacțiuni %1–%2 erau noi: SQLite a inserat %3 dintre ele, s-au găsit %4.</translation>
    </message>
    <message>
        <source>the store is not an SQLite database</source>
        <translation>baza de date nu este una SQLite</translation>
    </message>
</context>
<context>
    <name>busola::SummaryPage</name>
    <message>
        <source>Open the &amp;Dashboard</source>
        <translation>Deschide ta&amp;bloul de bord</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importat</translation>
    </message>
    <message>
        <source>%1 is in the store.</source>
        <translation>%1 este în baza de date.</translation>
    </message>
    <message>
        <source>Added: %1
Updated: %2
Unchanged: %3
Rejected: %4</source>
        <translation>Adăugate: %1
Actualizate: %2
Neschimbate: %3
Respinse: %4</translation>
    </message>
    <message>
        <source>The mapping is saved as the profile “%1”: next time a file with this header comes, the wizard applies it by itself.</source>
        <translation>Asocierea este salvată ca profilul „%1”: data viitoare când vine un fișier cu acest antet, asistentul o aplică singur.</translation>
    </message>
    <message>
        <source>The rejected rows can be fixed in the file and imported again: rows already imported will not be duplicated.</source>
        <translation>Rândurile respinse pot fi corectate în fișier și importate din nou: rândurile deja importate nu vor fi duplicate.</translation>
    </message>
</context>
<context>
    <name>busola::Swot</name>
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
</context>
<context>
    <name>busola::SwotBoardDialog</name>
    <message>
        <source>SWOT board</source>
        <translation>Analiză SWOT</translation>
    </message>
    <message>
        <source>whole company</source>
        <translation>toată firma</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De la:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Până la:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Echipa:</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
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
        <translation>Analiză</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Echipă</translation>
    </message>
</context>
<context>
    <name>busola::SwotDocument</name>
    <message>
        <source>The SWOT board %1 does not exist.</source>
        <translation>Analiza SWOT %1 nu există.</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Adaugă element</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Modifică textul</translation>
    </message>
    <message>
        <source>Change importance</source>
        <translation>Schimbă importanța</translation>
    </message>
    <message>
        <source>Link KPI</source>
        <translation>Leagă indicatorul</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Schimbă responsabilul</translation>
    </message>
    <message>
        <source>Change action</source>
        <translation>Schimbă acțiunea</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>Schimbă termenul</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Mută %n element</numerusform>
            <numerusform>Mută %n elemente</numerusform>
            <numerusform>Mută %n de elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Șterge %n element</numerusform>
            <numerusform>Șterge %n elemente</numerusform>
            <numerusform>Șterge %n de elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Acceptă sugestia</translation>
    </message>
    <message>
        <source>Dismiss suggestion</source>
        <translation>Respinge sugestia</translation>
    </message>
    <message>
        <source>Cannot save the SWOT board: %1</source>
        <translation>Nu pot salva analiza SWOT: %1</translation>
    </message>
</context>
<context>
    <name>busola::SwotItemDelegate</name>
    <message>
        <source>due %1</source>
        <translation>termen %1</translation>
    </message>
    <message>
        <source>action: %1</source>
        <translation>acțiune: %1</translation>
    </message>
</context>
<context>
    <name>busola::SwotItemPanel</name>
    <message>
        <source>(none)</source>
        <translation>(niciunul)</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Elementul selectat</translation>
    </message>
    <message>
        <source>Select an item to see its details</source>
        <translation>Alegeți un element pentru detalii</translation>
    </message>
    <message>
        <source>Importance:</source>
        <translation>Importanță:</translation>
    </message>
    <message>
        <source>Linked KPI:</source>
        <translation>Indicator legat:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsabil:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Acțiune:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Termen:</translation>
    </message>
    <message>
        <source>The action has a due date</source>
        <translation>Acțiunea are un termen</translation>
    </message>
    <message>
        <source>low</source>
        <translation>mică</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medie</translation>
    </message>
    <message>
        <source>high</source>
        <translation>mare</translation>
    </message>
</context>
<context>
    <name>busola::SwotPage</name>
    <message>
        <source>%1 · team %2</source>
        <translation>%1 · echipa %2</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>Redenumește analiza</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate board</source>
        <translation>Copiază analiza</translation>
    </message>
    <message>
        <source>A copy of every item, for the next period. Name:</source>
        <translation>O copie a tuturor elementelor, pentru perioada următoare. Nume:</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Șterge analiza</translation>
    </message>
    <message>
        <source>Delete the board &quot;%1&quot; and all its items? This cannot be undone.</source>
        <translation>Ștergeți analiza „%1” cu toate elementele ei? Operația nu poate fi anulată.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Element nou</translation>
    </message>
    <message>
        <source>Board:</source>
        <translation>Analiza:</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouă…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Redenumește…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Copiază…</translation>
    </message>
    <message>
        <source>Copy this board and its items to the next period</source>
        <translation>Copiază analiza cu elementele ei pentru perioada următoare</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Șterge…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refă</translation>
    </message>
    <message>
        <source>Add SWOT item</source>
        <translation>Adaugă element SWOT</translation>
    </message>
    <message>
        <source>Delete SWOT items</source>
        <translation>Șterge elementele SWOT</translation>
    </message>
    <message>
        <source>Edit SWOT item</source>
        <translation>Modifică elementul SWOT</translation>
    </message>
    <message>
        <source>There is no SWOT board yet. A board holds the strengths, weaknesses, opportunities and threats of one period.</source>
        <translation>Nu există încă nicio analiză SWOT. O analiză cuprinde punctele tari, punctele slabe, oportunitățile și amenințările unei perioade.</translation>
    </message>
    <message>
        <source>Create a board…</source>
        <translation>Creați o analiză…</translation>
    </message>
    <message>
        <source>Add an item (Insert)</source>
        <translation>Adaugă un element (Insert)</translation>
    </message>
    <message>
        <source>Suggestions from the KPIs</source>
        <translation>Sugestii din indicatori</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Acceptă</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Respinge</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istoric</translation>
    </message>
    <message>
        <source>Board opened</source>
        <translation>Analiză deschisă</translation>
    </message>
    <message>
        <source>Suggestions appear once KPI values are available.</source>
        <translation>Sugestiile apar când sunt disponibili indicatorii.</translation>
    </message>
    <message>
        <source>%1 The board has been reloaded with the latest version: make your change again if it is still needed.</source>
        <translation>%1 Analiza a fost reîncărcată cu cea mai nouă versiune: refaceți modificarea dacă mai este nevoie de ea.</translation>
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
        <translation>Importanță</translation>
    </message>
    <message>
        <source>Linked KPI</source>
        <translation>Indicator legat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termen</translation>
    </message>
</context>
<context>
    <name>busola::SwotRenderer</name>
    <message>
        <source>action: %1</source>
        <translation>acțiune: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>termen %1</translation>
    </message>
    <message>
        <source>(no items)</source>
        <translation>(niciun element)</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>încă %1</translation>
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
        <translation>Nu pot citi analizele SWOT</translation>
    </message>
    <message>
        <source>Cannot create the SWOT board</source>
        <translation>Nu pot crea analiza SWOT</translation>
    </message>
    <message>
        <source>Cannot rename the SWOT board</source>
        <translation>Nu pot redenumi analiza SWOT</translation>
    </message>
    <message>
        <source>Cannot copy the SWOT items</source>
        <translation>Nu pot copia elementele SWOT</translation>
    </message>
    <message>
        <source>Cannot copy the SWOT board</source>
        <translation>Nu pot copia analiza SWOT</translation>
    </message>
    <message>
        <source>Cannot delete the SWOT board</source>
        <translation>Nu pot șterge analiza SWOT</translation>
    </message>
    <message>
        <source>Cannot read the SWOT items</source>
        <translation>Nu pot citi elementele SWOT</translation>
    </message>
    <message>
        <source>Cannot save the SWOT item</source>
        <translation>Nu pot salva elementul SWOT</translation>
    </message>
    <message>
        <source>Cannot save the order of the SWOT items</source>
        <translation>Nu pot salva ordinea elementelor SWOT</translation>
    </message>
    <message>
        <source>Cannot delete the SWOT item</source>
        <translation>Nu pot șterge elementul SWOT</translation>
    </message>
    <message>
        <source>Cannot save the dismissed suggestion</source>
        <translation>Nu pot salva sugestia respinsă</translation>
    </message>
    <message>
        <source>%1: it was changed or deleted by someone else in the meantime.</source>
        <translation>%1: între timp, altcineva a modificat sau a șters elementul.</translation>
    </message>
    <message>
        <source>The SWOT item was not saved</source>
        <translation>Elementul SWOT nu a fost salvat</translation>
    </message>
    <message>
        <source>The order of the SWOT items was not saved</source>
        <translation>Ordinea elementelor SWOT nu a fost salvată</translation>
    </message>
    <message>
        <source>The SWOT item was not deleted</source>
        <translation>Elementul SWOT nu a fost șters</translation>
    </message>
</context>
<context>
    <name>busola::SwotSuggestionModel</name>
    <message>
        <source>Suggestion</source>
        <translation>Sugestie</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Cadran</translation>
    </message>
</context>
<context>
    <name>busola::SwotSuggestions</name>
    <message>
        <source>%1: %2, target &lt; %3</source>
        <translation>%1: %2, ținta &lt; %3</translation>
    </message>
    <message>
        <source>%1: %2, target ≥ %3</source>
        <translation>%1: %2, ținta ≥ %3</translation>
    </message>
    <message>
        <source>%1: improved %2 periods running, %3 → %4</source>
        <translation>%1: s-a îmbunătățit %2 perioade la rând, %3 → %4</translation>
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
        <translation>%1 zile</translation>
    </message>
</context>
<context>
    <name>busola::TeamCommand</name>
    <message>
        <source>team init needs --db postgresql://…</source>
        <translation>team init are nevoie de --db postgresql://…</translation>
    </message>
    <message>
        <source>The team store %1 is ready. Editors (%2) import and edit; viewers (%3) read and print reports. Add a member with `busola team grant USER editor|viewer`.</source>
        <translation>Depozitul echipei %1 este gata. Editorii (%2) importă și modifică; cititorii (%3) citesc și tipăresc rapoarte. Adăugați un membru cu `busola team grant UTILIZATOR editor|viewer`.</translation>
    </message>
    <message>
        <source>a member is an editor or a viewer.</source>
        <translation>un membru este editor (editor) sau cititor (viewer).</translation>
    </message>
    <message>
        <source>%1 is now an editor of %2.</source>
        <translation>%1 este acum editor al %2.</translation>
    </message>
    <message>
        <source>%1 is now a viewer of %2.</source>
        <translation>%1 este acum cititor al %2.</translation>
    </message>
    <message>
        <source>There is no store %1.</source>
        <translation>Nu există depozitul %1.</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3.</source>
        <translation>Am copiat %1 rânduri din %2 în %3.</translation>
    </message>
    <message>
        <source>Set up a team store on PostgreSQL, name its members, or copy a store into another.</source>
        <translation>Pregătiți un depozit de echipă pe PostgreSQL, numiți-i membrii sau copiați un depozit în altul.</translation>
    </message>
    <message>
        <source>The editors&apos; group role (default busola_editors).</source>
        <translation>Rolul de grup al editorilor (implicit busola_editors).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>The viewers&apos; group role (default busola_viewers).</source>
        <translation>Rolul de grup al cititorilor (implicit busola_viewers).</translation>
    </message>
    <message>
        <source>init; grant USER editor|viewer; or copy FROM TO (a file or postgresql://…)</source>
        <translation>init; grant UTILIZATOR editor|viewer; sau copy DIN ÎN (un fișier sau postgresql://…)</translation>
    </message>
    <message>
        <source>say `team init`, `team grant USER editor|viewer` or `team copy FROM TO`.</source>
        <translation>spuneți `team init`, `team grant UTILIZATOR editor|viewer` sau `team copy DIN ÎN`.</translation>
    </message>
</context>
<context>
    <name>busola::TeamLocation</name>
    <message>
        <source>%1 is not a team store address (postgresql://user@host:port/database).</source>
        <translation>%1 nu este adresa unui depozit de echipă (postgresql://utilizator@server:port/bază).</translation>
    </message>
    <message>
        <source>The team store address %1 names no database (…/database at its end).</source>
        <translation>Adresa depozitului echipei %1 nu numește nicio bază de date (…/bază la sfârșit).</translation>
    </message>
    <message>
        <source>The schema %1 of a team store must be letters, digits and _ only.</source>
        <translation>Schema %1 a unui depozit de echipă poate conține doar litere, cifre și _.</translation>
    </message>
</context>
<context>
    <name>busola::TeamLogin</name>
    <message>
        <source>Enter the user name of your account on the server.</source>
        <translation>Introduceți numele de utilizator al contului dumneavoastră de pe server.</translation>
    </message>
    <message>
        <source>Enter the name of the database that holds the team store.</source>
        <translation>Introduceți numele bazei de date care găzduiește datele echipei.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Portul trebuie să fie un număr între 1 și 65535.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): Busola will ask for the password each time.</source>
        <translation>Portofelul de parole al sistemului nu este disponibil (%1): Busola va cere parola de fiecare dată.</translation>
    </message>
</context>
<context>
    <name>busola::TeamSetup</name>
    <message>
        <source>Cannot connect to the team store %1: %2</source>
        <translation>Nu mă pot conecta la depozitul echipei %1: %2</translation>
    </message>
    <message>
        <source>Roles exist only in a team store (postgresql://…).</source>
        <translation>Rolurile există doar într-un depozit de echipă (postgresql://…).</translation>
    </message>
    <message>
        <source>Role names are letters, digits and _ only.</source>
        <translation>Numele rolurilor conțin doar litere, cifre și _.</translation>
    </message>
    <message>
        <source>The team store has no schema to grant rights on.</source>
        <translation>Depozitul echipei nu are o schemă asupra căreia să acorde drepturi.</translation>
    </message>
    <message>
        <source>A user name is letters, digits and _ only.</source>
        <translation>Un nume de utilizator conține doar litere, cifre și _.</translation>
    </message>
    <message>
        <source>The server has no user %1: its administrator creates it (CREATE ROLE %1 LOGIN, then \password %1 in psql).</source>
        <translation>Serverul nu are utilizatorul %1: îl creează administratorul său (CREATE ROLE %1 LOGIN, apoi \password %1 în psql).</translation>
    </message>
</context>
<context>
    <name>busola::TeamStoreDialog</name>
    <message>
        <source>The system keychain is not available (%1): enter the password each time.</source>
        <translation>Portofelul de parole al sistemului nu este disponibil (%1): introduceți parola de fiecare dată.</translation>
    </message>
    <message>
        <source>Connect to a Team Store</source>
        <translation>Conectare la baza de date a echipei</translation>
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
        <translation>&amp;Bază de date:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizator:</translation>
    </message>
    <message>
        <source>S&amp;chema:</source>
        <translation>S&amp;chemă:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>acest calculator</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opțional</translation>
    </message>
    <message>
        <source>remembered in the system keychain</source>
        <translation>păstrată în portofelul de parole al sistemului</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Păst&amp;rează parola în portofelul de parole al sistemului</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectează</translation>
    </message>
</context>
<context>
    <name>busola::TrendChart</name>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoză</translation>
    </message>
    <message>
        <source>80 % interval</source>
        <translation>interval 80 %</translation>
    </message>
    <message>
        <source>now</source>
        <translation>acum</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: fără date</translation>
    </message>
    <message>
        <source>%1: forecast %2 (80 % interval %3 – %4)</source>
        <translation>%1: prognoză %2 (interval 80 % %3 – %4)</translation>
    </message>
    <message>
        <source>%1: forecast %2</source>
        <translation>%1: prognoză %2</translation>
    </message>
</context>
<context>
    <name>busola::ValidationPage</name>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>&amp;Salvează rândurile respinse…</translation>
    </message>
    <message>
        <source>Sales and amounts</source>
        <translation>Vânzări și valori</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Verifică din nou</translation>
    </message>
    <message>
        <source>Checking every row</source>
        <translation>Verificarea fiecărui rând</translation>
    </message>
    <message>
        <source>Nothing is written yet. Rows with errors will be rejected, the others imported; warnings are worth a look.</source>
        <translation>Încă nu s-a scris nimic. Rândurile cu erori vor fi respinse, celelalte importate; avertismentele merită o privire.</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>Toate problemele</translation>
    </message>
    <message>
        <source>Errors (rows rejected)</source>
        <translation>Erori (rânduri respinse)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertismente</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Arată:</translation>
    </message>
    <message>
        <source>Report it as a problem</source>
        <translation>Semnalează ca problemă</translation>
    </message>
    <message>
        <source>Add up the lines into one sale</source>
        <translation>Adună liniile într-o singură vânzare</translation>
    </message>
    <message>
        <source>Each line is a sale, told apart by the column:</source>
        <translation>Fiecare linie e o vânzare, deosebită după coloana:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciunul</translation>
    </message>
    <message>
        <source>When an id &amp;repeats (the lines of one order):</source>
        <translation>Când un ID se &amp;repetă (liniile aceleiași comenzi):</translation>
    </message>
    <message>
        <source>E&amp;xchange rate for amounts in another currency:</source>
        <translation>C&amp;ursul de schimb pentru valori în altă monedă:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Se citește %1…</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Verificarea a fost oprită.</translation>
    </message>
    <message>
        <source>Rows read: %1 — OK: %2, with warnings: %3, with errors (rejected): %4.</source>
        <translation>Rânduri citite: %1 — fără probleme: %2, cu avertismente: %3, cu erori (respinse): %4.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 nu poate fi scris.</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Salvează rândurile respinse</translation>
    </message>
    <message>
        <source>rejected rows.csv</source>
        <translation>rânduri respinse.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fișiere CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Importing would add %1 rows, update %2 and find %3 unchanged.</source>
        <translation>
            <numerusform>Importul ar adăuga %1 rând, ar actualiza %2 și ar găsi %3 neschimbate.</numerusform>
            <numerusform>Importul ar adăuga %1 rânduri, ar actualiza %2 și ar găsi %3 neschimbate.</numerusform>
            <numerusform>Importul ar adăuga %1 de rânduri, ar actualiza %2 și ar găsi %3 neschimbate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %1 problems are listed; the rejected rows file has them all.</source>
        <translation>
            <numerusform>Este afișată doar %1 problemă; fișierul cu rândurile respinse le conține pe toate.</numerusform>
            <numerusform>Sunt afișate doar primele %1 probleme; fișierul cu rândurile respinse le conține pe toate.</numerusform>
            <numerusform>Sunt afișate doar primele %1 de probleme; fișierul cu rândurile respinse le conține pe toate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>busola::ValuesPage</name>
    <message>
        <source>What the values mean</source>
        <translation>Ce înseamnă valorile</translation>
    </message>
    <message>
        <source>The words the export uses for channels, stages, statuses and ratings, and what each becomes in Busola. Change one with Enter or F2.</source>
        <translation>Cuvintele folosite de export pentru canale, etape, stări și note, și ce devine fiecare în Busola. Schimbați unul cu Enter sau F2.</translation>
    </message>
    <message>
        <source>The mapped columns hold no words to translate: nothing to do here.</source>
        <translation>Coloanele asociate nu conțin cuvinte de tradus: aici nu e nimic de făcut.</translation>
    </message>
    <message>
        <source>“Kept as it is” keeps the export&apos;s own word (e.g. a channel of its own, shown under “other” in breakdowns).</source>
        <translation>„Păstrat ca atare” păstrează cuvântul exportului (de ex. un canal propriu, arătat la „altul” în defalcări).</translation>
    </message>
</context>
<context>
    <name>busola::WelcomePage</name>
    <message>
        <source>Welcome to Busola</source>
        <translation>Bun venit în Busola</translation>
    </message>
    <message>
        <source>This store is empty. Explore Busola with the demo company, or import the first export of your own CRM or helpdesk. Your data stays on this computer.</source>
        <translation>Această bază de date este goală. Explorați Busola cu firma demonstrativă sau importați primul export din CRM-ul ori helpdesk-ul dumneavoastră. Datele rămân pe acest calculator.</translation>
    </message>
    <message>
        <source>Load the demo company</source>
        <translation>Încarcă firma demonstrativă</translation>
    </message>
    <message>
        <source>Three years of support tickets, deals and survey answers of a fictional Romanian distributor, to see every page with real numbers.</source>
        <translation>Trei ani de solicitări de suport, contracte și răspunsuri la sondaje ale unui distribuitor român fictiv, ca să vedeți fiecare pagină cu cifre reale.</translation>
    </message>
    <message>
        <source>Import my first export</source>
        <translation>Importă primul meu export</translation>
    </message>
    <message>
        <source>A support-ticket or deals export from your CRM, helpdesk or accounting program (.xlsx, .xls, .ods or .csv).</source>
        <translation>Un export de solicitări de suport sau de contracte din CRM, helpdesk sau programul de contabilitate (.xlsx, .xls, .ods sau .csv).</translation>
    </message>
    <message>
        <source>Building the demo company… this takes a few seconds.</source>
        <translation>Se construiește firma demonstrativă… durează câteva secunde.</translation>
    </message>
    <message>
        <source>The demo company could not be loaded: %1</source>
        <translation>Firma demonstrativă nu a putut fi încărcată: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Baza de date: %1</translation>
    </message>
</context>
<context>
    <name>busola::XlsReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>fișierul nu există</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>memorie insuficientă</translation>
    </message>
    <message>
        <source>not a legacy Excel (.xls) file</source>
        <translation>nu este un fișier Excel vechi (.xls)</translation>
    </message>
    <message>
        <source>the file is truncated or cannot be read</source>
        <translation>fișierul este trunchiat sau nu poate fi citit</translation>
    </message>
    <message>
        <source>the file holds no Excel workbook (BIFF2 to BIFF8)</source>
        <translation>fișierul nu conține niciun registru Excel (BIFF2 până la BIFF8)</translation>
    </message>
    <message>
        <source>its string table is damaged</source>
        <translation>tabelul lui de texte este deteriorat</translation>
    </message>
    <message>
        <source>its text is in an unsupported character set</source>
        <translation>textul lui este într-un set de caractere nesuportat</translation>
    </message>
    <message>
        <source>the file is corrupted or crafted</source>
        <translation>fișierul este corupt sau contrafăcut</translation>
    </message>
    <message>
        <source>the file is damaged (FreeXL error %1)</source>
        <translation>fișierul este deteriorat (eroarea FreeXL %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet list cannot be read</source>
        <translation>lista de foi a registrului nu poate fi citită</translation>
    </message>
    <message>
        <source>the workbook is password-protected</source>
        <translation>registrul este protejat cu parolă</translation>
    </message>
    <message>
        <source>the name of sheet %1 cannot be read</source>
        <translation>numele foii %1 nu poate fi citit</translation>
    </message>
    <message>
        <source>the workbook has no worksheets</source>
        <translation>registrul nu are foi de lucru</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>fișierul nu este deschis</translation>
    </message>
    <message>
        <source>there is no sheet number %1</source>
        <translation>nu există foaia numărul %1</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; cannot be read</source>
        <translation>foaia „%1” nu poate fi citită</translation>
    </message>
    <message>
        <source>row %1 of sheet cannot be read: %2</source>
        <translation>rândul %1 al foii nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>invalid date: %1</source>
        <translation>dată nevalidă: %1</translation>
    </message>
    <message>
        <source>the records of the sheet end early</source>
        <translation>înregistrările foii se termină prea devreme</translation>
    </message>
    <message>
        <source>an Excel 5.0/95 file</source>
        <translation>un fișier Excel 5.0/95</translation>
    </message>
    <message>
        <source>%1: the formula cells of this workbook come back without values (%2); Busola reads formula results only from Excel 97–2003 (BIFF8) files. Save the workbook again as .xlsx, .ods or Excel 97–2003 .xls to import them.</source>
        <translation>%1: celulele cu formule din acest registru sunt citite fără valori (%2); Busola citește rezultatele formulelor doar din fișiere Excel 97–2003 (BIFF8). Salvați din nou registrul ca .xlsx, .ods sau .xls Excel 97–2003 pentru a le importa.</translation>
    </message>
</context>
<context>
    <name>busola::XlsxReader</name>
    <message>
        <source>%1: the workbook has no worksheets</source>
        <translation>%1: registrul nu are foi de lucru</translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (the zip holds no %2)</source>
        <translation>%1: nu este un registru Excel (arhiva zip nu conține %2)</translation>
    </message>
    <message>
        <source>%1: the workbook&apos;s relationships (%2) are missing</source>
        <translation>%1: lipsesc relațiile registrului (%2)</translation>
    </message>
    <message>
        <source>%1: there is no sheet number %2</source>
        <translation>%1: nu există foaia numărul %2</translation>
    </message>
    <message>
        <source>%1: the part of sheet &quot;%2&quot; (%3) is missing from the file</source>
        <translation>%1: partea foii „%2” (%3) lipsește din fișier</translation>
    </message>
    <message>
        <source>no relationship</source>
        <translation>nicio relație</translation>
    </message>
    <message>
        <source>%1: row number &quot;%2&quot; is invalid or beyond row %3</source>
        <translation>%1: numărul de rând „%2” este nevalid sau trece de rândul %3</translation>
    </message>
    <message>
        <source>%1: more than %2 rows</source>
        <translation>%1: peste %2 de rânduri</translation>
    </message>
    <message>
        <source>%1: the sheet ends inside a row</source>
        <translation>%1: foaia se termină în interiorul unui rând</translation>
    </message>
    <message>
        <source>%1: row %2: invalid cell reference &quot;%3&quot;</source>
        <translation>%1: rândul %2: referință de celulă nevalidă „%3”</translation>
    </message>
    <message>
        <source>%1: row %2 has a cell beyond column XFD (%3 columns at most)</source>
        <translation>%1: rândul %2 are o celulă dincolo de coloana XFD (cel mult %3 de coloane)</translation>
    </message>
    <message>
        <source>formula without a cached value</source>
        <translation>formulă fără valoare salvată</translation>
    </message>
    <message>
        <source>formula without a cached value: =%1</source>
        <translation>formulă fără valoare salvată: =%1</translation>
    </message>
    <message>
        <source>%1: row %2 refers to shared string %3, which does not exist</source>
        <translation>%1: rândul %2 trimite la textul partajat %3, care nu există</translation>
    </message>
    <message>
        <source>invalid date: %1</source>
        <translation>dată nevalidă: %1</translation>
    </message>
    <message>
        <source>invalid number: %1</source>
        <translation>număr nevalid: %1</translation>
    </message>
    <message>
        <source>%1, part %2</source>
        <translation>%1, partea %2</translation>
    </message>
</context>
<context>
    <name>busola::XmlScanner</name>
    <message>
        <source>%1: malformed XML near byte %2: %3</source>
        <translation>%1: XML greșit format în jurul octetului %2: %3</translation>
    </message>
    <message>
        <source>a single token is longer than %1 MB</source>
        <translation>un singur element lexical depășește %1 MB</translation>
    </message>
    <message>
        <source>UTF-16 XML is not supported</source>
        <translation>XML în UTF-16 nu este suportat</translation>
    </message>
    <message>
        <source>the document ends before its element &lt;%1&gt; is closed (truncated)</source>
        <translation>documentul se termină înainte ca elementul &lt;%1&gt; să fie închis (trunchiat)</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>documentul este gol</translation>
    </message>
    <message>
        <source>the document ends inside a tag (truncated)</source>
        <translation>documentul se termină în interiorul unei etichete (trunchiat)</translation>
    </message>
    <message>
        <source>a reference is longer than the buffer</source>
        <translation>o referință este mai lungă decât zona tampon</translation>
    </message>
    <message>
        <source>text outside the document element</source>
        <translation>text în afara elementului documentului</translation>
    </message>
    <message>
        <source>a closing tag &lt;/%1&gt; without an opening one</source>
        <translation>o etichetă de închidere &lt;/%1&gt; fără una de deschidere</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; closes &lt;%2&gt;</source>
        <translation>&lt;/%1&gt; închide &lt;%2&gt;</translation>
    </message>
    <message>
        <source>CDATA outside the document element</source>
        <translation>CDATA în afara elementului documentului</translation>
    </message>
    <message>
        <source>a DTD or entity declaration, refused for safety</source>
        <translation>o declarație DTD sau de entitate, refuzată din motive de siguranță</translation>
    </message>
    <message>
        <source>a tag without a name</source>
        <translation>o etichetă fără nume</translation>
    </message>
    <message>
        <source>&apos;/&apos; inside a tag</source>
        <translation>„/” în interiorul unei etichete</translation>
    </message>
    <message>
        <source>an attribute without a value</source>
        <translation>un atribut fără valoare</translation>
    </message>
    <message>
        <source>an attribute value without quotes</source>
        <translation>o valoare de atribut fără ghilimele</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; inside an attribute value</source>
        <translation>„&lt;” în valoarea unui atribut</translation>
    </message>
    <message>
        <source>a second document element</source>
        <translation>un al doilea element al documentului</translation>
    </message>
    <message>
        <source>an &apos;&amp;&apos; that starts no reference</source>
        <translation>un „&amp;” care nu începe nicio referință</translation>
    </message>
    <message>
        <source>an empty character reference</source>
        <translation>o referință de caracter goală</translation>
    </message>
    <message>
        <source>a malformed character reference</source>
        <translation>o referință de caracter greșit formată</translation>
    </message>
    <message>
        <source>a character reference to a character XML forbids</source>
        <translation>o referință la un caracter interzis în XML</translation>
    </message>
    <message>
        <source>the undeclared entity &amp;%1;</source>
        <translation>entitatea nedeclarată &amp;%1;</translation>
    </message>
    <message>
        <source>&quot;]]&gt;&quot; in text</source>
        <translation>„]]&gt;” în text</translation>
    </message>
    <message>
        <source>an attribute given twice in one tag</source>
        <translation>un atribut dat de două ori în aceeași etichetă</translation>
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
        <translation>nu poate fi deschis (%1)</translation>
    </message>
    <message>
        <source>is not a zip archive (too short); xlsx and ods files are zip archives</source>
        <translation>nu este o arhivă zip (prea scurt); fișierele xlsx și ods sunt arhive zip</translation>
    </message>
    <message>
        <source>the zip directory is implausibly large (%1 bytes)</source>
        <translation>directorul arhivei zip este neverosimil de mare (%1 octeți)</translation>
    </message>
    <message>
        <source>the zip directory lies beyond the end of the file: the file is truncated</source>
        <translation>directorul arhivei zip se află dincolo de sfârșitul fișierului: fișierul este trunchiat</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>nu poate fi citit (%1)</translation>
    </message>
    <message>
        <source>the zip directory cannot be read: the file is truncated</source>
        <translation>directorul arhivei zip nu poate fi citit: fișierul este trunchiat</translation>
    </message>
    <message>
        <source>the zip archive is truncated or damaged (its directory is missing)</source>
        <translation>arhiva zip este trunchiată sau deteriorată (îi lipsește directorul)</translation>
    </message>
    <message>
        <source>is not a zip archive; xlsx and ods files are zip archives</source>
        <translation>nu este o arhivă zip; fișierele xlsx și ods sunt arhive zip</translation>
    </message>
    <message>
        <source>the zip64 directory locator is missing: the file is damaged</source>
        <translation>lipsește localizatorul directorului zip64: fișierul este deteriorat</translation>
    </message>
    <message>
        <source>the zip64 directory record lies beyond the end of the file</source>
        <translation>înregistrarea directorului zip64 se află dincolo de sfârșitul fișierului</translation>
    </message>
    <message>
        <source>the zip64 directory record is damaged</source>
        <translation>înregistrarea directorului zip64 este deteriorată</translation>
    </message>
    <message>
        <source>the zip directory is damaged (entry %1 of %2)</source>
        <translation>directorul arhivei zip este deteriorat (intrarea %1 din %2)</translation>
    </message>
    <message>
        <source>the part %1 lies beyond the end of the file: the file is truncated</source>
        <translation>partea %1 se află dincolo de sfârșitul fișierului: fișierul este trunchiat</translation>
    </message>
</context>
<context>
    <name>busola::ZipEntryStream</name>
    <message>
        <source>%1: part %2: %3</source>
        <translation>%1: partea %2: %3</translation>
    </message>
    <message>
        <source>is missing from the archive</source>
        <translation>lipsește din arhivă</translation>
    </message>
    <message>
        <source>is encrypted (password-protected files cannot be read)</source>
        <translation>este criptată (fișierele protejate cu parolă nu pot fi citite)</translation>
    </message>
    <message>
        <source>uses an unsupported compression method (%1)</source>
        <translation>folosește o metodă de compresie nesuportată (%1)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>nu poate fi citită (%1)</translation>
    </message>
    <message>
        <source>has a damaged header: the zip archive is corrupt</source>
        <translation>are antetul deteriorat: arhiva zip este coruptă</translation>
    </message>
    <message>
        <source>extends beyond the end of the file: the file is truncated</source>
        <translation>se întinde dincolo de sfârșitul fișierului: fișierul este trunchiat</translation>
    </message>
    <message>
        <source>cannot be inflated (zlib: out of memory)</source>
        <translation>nu poate fi decomprimată (zlib: memorie insuficientă)</translation>
    </message>
    <message>
        <source>fails its checksum: the zip archive is corrupt</source>
        <translation>nu trece verificarea sumei de control: arhiva zip este coruptă</translation>
    </message>
    <message>
        <source>inflates to %1 bytes but declares %2: the zip archive is corrupt</source>
        <translation>se decomprimă la %1 octeți, dar declară %2: arhiva zip este coruptă</translation>
    </message>
    <message>
        <source>is truncated</source>
        <translation>este trunchiată</translation>
    </message>
    <message>
        <source>is truncated: its compressed data ends early</source>
        <translation>este trunchiată: datele ei comprimate se termină prea devreme</translation>
    </message>
    <message>
        <source>holds corrupt compressed data (%1)</source>
        <translation>conține date comprimate corupte (%1)</translation>
    </message>
    <message>
        <source>inflates to more than %1 MB: refused as a zip bomb</source>
        <translation>se decomprimă la peste %1 MB: refuzată ca bombă zip</translation>
    </message>
    <message>
        <source>inflates more than %1 times its compressed size: refused as a zip bomb</source>
        <translation>se decomprimă la peste %1 de ori dimensiunea comprimată: refuzată ca bombă zip</translation>
    </message>
</context>
</TS>
