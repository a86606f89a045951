#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

QString operator""_q(const char *text, size_t size)
{
    return QString::fromUtf8(text, qsizetype(size));
}

QString sheetFixture(const char *name)
{
    return QStringLiteral(BUSOLA_TEST_DATA "/sheets/") + QString::fromUtf8(name);
}

const QString kSuperstore = QStringLiteral(BUSOLA_SHARED_DATA "/superstore-orders.xls");

/// Reads a store file with plain Qt SQL, independently of the code under test.
class Peek
{
public:
    explicit Peek(const QString &path)
        : m_name(QStringLiteral("sheets-peek-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Peek() { QSqlDatabase::removeDatabase(m_name); }
    /// Column 0 → column 1 of every row of sql, both as text.
    QMap<QString, QString> pairs(const QString &sql) const
    {
        QMap<QString, QString> out;
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql))
            return {{QStringLiteral("<error>"), q.lastError().text()}};
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
        return out;
    }
    /// Column 1 of the first row of sql.
    QString text(const QString &sql) const
    {
        const QMap<QString, QString> all = pairs(sql);
        return all.isEmpty() ? QStringLiteral("<none>") : all.first();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

double monthlySales(const QString &db, const QString &month)
{
    const CliRun run = runBusola(
        {"kpi"_q, "--db"_q, db, "--period"_q, month, "--format"_q, "json"_q, "--lang"_q, "en"_q});
    if (run.exitCode != 0)
        qWarning("busola kpi failed: %s", qPrintable(run.err));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    for (const QJsonValue &v : report.value(QStringLiteral("kpis")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("monthly_sales"))
            return v.toObject().value(QStringLiteral("value")).toDouble(-1);
    return -1;
}

// The Sales of superstore-orders.xls (sheet Orders) by the month of Order Date, obtained once
// without Busola: `soffice --headless --convert-to csv` of the sheet, then Python's decimal
// module: each line's Sales × 4.97 rounded half up to bani, summed per month. (Lines are
// converted one by one, as the import does: the sum of a month's converted lines can differ
// by a few bani from the month's USD total × 4.97 rounded once.)
const QMap<int, qint64> kLeiBani = {
    {201401, 7075736},  {201402, 2246382},  {201403, 27678431}, {201404, 14062784},
    {201405, 11753197}, {201406, 17193771}, {201407, 16871351}, {201408, 13871000},
    {201409, 40643331}, {201410, 15632334}, {201411, 39078462}, {201412, 34564168},
    {201501, 9032515},  {201502, 5939850},  {201503, 19246941}, {201504, 16995020},
    {201505, 14975444}, {201506, 12324249}, {201507, 14296365}, {201508, 18338474},
    {201509, 32104162}, {201510, 15608247}, {201511, 37758356}, {201512, 37234996},
    {201601, 9215612},  {201602, 11420472}, {201603, 25702786}, {201604, 19258761},
    {201605, 28322895}, {201606, 20051229}, {201607, 19513191}, {201608, 15464330},
    {201609, 36484777}, {201610, 29664809}, {201611, 39467740}, {201612, 48208510},
    {201701, 21853774}, {201702, 10089661}, {201703, 29259554}, {201704, 18151200},
    {201705, 21997767}, {201706, 26331912}, {201707, 22496404}, {201708, 31371075},
    {201709, 43669702}, {201710, 38655125}, {201711, 58868562}, {201712, 41663164},
};
// The same months in USD, as tests/models/sheets/tst_xlsreader.cpp has them (Python's
// math.fsum of the same CSV), for a few months: the lei above are these × 4.97.
const QMap<int, double> kUsd = {
    {201401, 14236.8950}, {201601, 18542.4910}, {201609, 73410.0249}, {201711, 118447.8250}};

} // namespace

/// `busola import` of spreadsheets end to end: the real Excel-written Superstore orders, the
/// same workbook as LibreOffice writes it in each format, --sheet and the first sheet with
/// data, and the warning for an Excel 95 file whose formulas come back without values.
class TestCliSheets : public QObject
{
    Q_OBJECT

private slots:
    void superstoreOrders()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("s.db"_q);
        // Without a choice the repeating Order IDs stop the import and say how to go on.
        CliRun run = runBusola({"import"_q, kSuperstore, "--rate"_q, "4.97"_q, "--db"_q, db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("--lines sum"_q), qPrintable(run.err));
        run = runBusola(
            {"import"_q, kSuperstore, "--lines"_q, "sum"_q, "--rate"_q, "4.97"_q, "--db"_q, db});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        // 9,994 lines, 5,009 distinct Order IDs (counted in the CSV above).
        QVERIFY2(run.out.contains("into sales"_q), qPrintable(run.out));
        QVERIFY2(run.out.contains("rows 9994: inserted 5009, updated 0, unchanged 0, rejected 0"_q),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains("4985 order lines"_q), qPrintable(run.out));
        QVERIFY2(!run.out.contains("warning: file"_q), qPrintable(run.out));

        const Peek peek(db);
        QCOMPARE(peek.text("SELECT 1, COUNT(*) FROM deals WHERE is_order = 1 AND status = 'won'"_q),
                 "5009"_q);
        QCOMPARE(peek.text("SELECT 1, COUNT(*) FROM deals WHERE created_at <> closed_at"_q), "0"_q);
        const QMap<QString, QString> months =
            peek.pairs("SELECT closed_month, SUM(amount_minor) FROM deals GROUP BY closed_month"_q);
        QCOMPARE(months.size(), kLeiBani.size());
        for (auto it = kLeiBani.cbegin(); it != kLeiBani.cend(); ++it)
            QCOMPARE(months.value(QString::number(it.key())), QString::number(it.value()));
        // An order is the sum of its lines: CA-2016-152156 is 261.96 + 731.94 USD, each line
        // × 4.97 = 1301.9412 → 1301.94 and 3637.7418 → 3637.74.
        QCOMPARE(peek.text("SELECT 1, amount_minor FROM deals "
                           "WHERE external_id = 'CA-2016-152156'"_q),
                 "493968"_q);

        // The KPI, as the dashboard shows it, to the ban; and near the USD sum × the rate.
        for (auto it = kUsd.cbegin(); it != kUsd.cend(); ++it) {
            const QString month = QStringLiteral("%1-%2")
                                      .arg(it.key() / 100)
                                      .arg(it.key() % 100, 2, 10, QLatin1Char('0'));
            const double lei = monthlySales(db, month);
            QCOMPARE(qRound64(lei * 100), kLeiBani.value(it.key()));
            QVERIFY2(std::abs(lei - it.value() * 4.97) < 1.0, qPrintable(month));
        }
    }

    void eachFormatEndToEnd_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("formulaAmount"); // amount_minor of C-103, from =200*2+0.01
        QTest::addRow("xlsx by LibreOffice")
            << sheetFixture("libreoffice-comenzi.xlsx") << "40001"_q;
        QTest::addRow("ods by LibreOffice") << sheetFixture("libreoffice-comenzi.ods") << "40001"_q;
        QTest::addRow("xls by LibreOffice") << sheetFixture("libreoffice-comenzi.xls") << "40001"_q;
        // openpyxl stores no result for the formula: that row is rejected, not imported as 0.
        QTest::addRow("xlsx by openpyxl") << sheetFixture("openpyxl-comenzi.xlsx") << "<none>"_q;
    }

    void eachFormatEndToEnd()
    {
        QFETCH(QString, file);
        QFETCH(QString, formulaAmount);
        QTemporaryDir dir;
        const QString db = dir.filePath("s.db"_q);
        const CliRun run = runBusola({"import"_q, file, "--db"_q, db});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        // The first sheet (Notă) has formatted cells but no values: Comenzi is imported.
        QVERIFY2(run.out.contains("into sales"_q), qPrintable(run.out));
        QVERIFY2(run.out.contains("\"Comenzi\""_q), qPrintable(run.out));
        const Peek peek(db);
        // 2024-03-05 14:30 in Bucharest (UTC+2) = 12:30 UTC; 2024-03-31 23:15 is already
        // summer time (UTC+3), 20:15 UTC.
        QCOMPARE(peek.pairs("SELECT external_id, amount_minor || ' ' || "
                            "strftime('%Y-%m-%d %H:%M', closed_at, 'unixepoch') || ' ' || "
                            "closed_month || ' ' || owner FROM deals"_q)
                     .value("C-101"_q),
                 "123450 2024-03-05 12:30 202403 Ioana"_q);
        QCOMPARE(peek.pairs("SELECT external_id, amount_minor || ' ' || "
                            "strftime('%Y-%m-%d %H:%M', closed_at, 'unixepoch') || ' ' || "
                            "closed_month FROM deals"_q)
                     .value("C-102"_q),
                 "9999 2024-03-31 20:15 202403"_q);
        const QMap<QString, QString> amounts =
            peek.pairs("SELECT external_id, amount_minor FROM deals"_q);
        QCOMPARE(amounts.value("C-103"_q, "<none>"_q), formulaAmount);
        QCOMPARE(peek.text("SELECT 1, c.name FROM deals d JOIN customers c "
                           "ON c.id = d.customer_id WHERE d.external_id = 'C-101'"_q),
                 "Ștefan Țăranu SRL"_q);
        if (formulaAmount == "<none>"_q)
            QVERIFY2(run.out.contains("formula without a cached value"_q), qPrintable(run.out));
    }

    void sheetOption_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("xlsx") << sheetFixture("libreoffice-comenzi.xlsx");
        QTest::addRow("ods") << sheetFixture("libreoffice-comenzi.ods");
        QTest::addRow("xls") << sheetFixture("libreoffice-comenzi.xls");
    }

    void sheetOption()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString db = dir.filePath("s.db"_q);
        CliRun run = runBusola({"import"_q, file, "--sheet"_q, "Tichete"_q, "--db"_q, db});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains("into support"_q), qPrintable(run.out));
        QVERIFY2(run.out.contains("inserted 2"_q), qPrintable(run.out));
        const Peek peek(db);
        // T-2: created 10:00, first response 12:15 → 8,100 s.
        QCOMPARE(peek.pairs("SELECT external_id, channel || ' ' || "
                            "(first_response_at - created_at) FROM interactions"_q),
                 (QMap<QString, QString>{{"T-1"_q, "phone 1800"_q}, {"T-2"_q, "email 8100"_q}}));
        run = runBusola({"import"_q, file, "--sheet"_q, "Lipsă"_q, "--db"_q, db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no sheet named \"Lipsă\" (it has: Notă, Comenzi, Tichete)"_q),
                 qPrintable(run.err));
        // The empty first sheet chosen by name: nothing to import, said so.
        run = runBusola({"import"_q, file, "--sheet"_q, "Notă"_q, "--db"_q, db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("holds no rows"_q), qPrintable(run.err));
    }

    void excel95FormulaWarning()
    {
        // Gnumeric's Excel 95 (BIFF7) file: FreeXL reads its cells but not formula results.
        QTemporaryDir dir;
        const CliRun run = runBusola({"import"_q, sheetFixture("gnumeric-biff7.xls"), "--dry-run"_q,
                                      "--db"_q, dir.filePath("s.db"_q)});
        QCOMPARE(run.exitCode, 0);
        const QString printed = run.out + run.err;
        // C-103's amount is a formula (=200*2+0.01): read without a value, the row is rejected.
        QVERIFY2(printed.contains("rows 3: inserted 2, updated 0, unchanged 0, rejected 1"_q),
                 qPrintable(printed));
        QVERIFY2(printed.contains("warning: file: "_q + sheetFixture("gnumeric-biff7.xls") +
                                  ": the formula cells of this workbook come back without "
                                  "values"_q),
                 qPrintable(printed));
    }
};

QTEST_GUILESS_MAIN(TestCliSheets)
#include "tst_cli_sheets.moc"
