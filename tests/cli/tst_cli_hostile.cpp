// Every hostile input of the import issues (3: CSV and values; 4: spreadsheets), one row each,
// imported by the real executable into a store that already holds an import: each ends with
// exit status 1, a message naming the file and the problem, and the store exactly as it was.

#include "clirunner.h"
#include "storecontent.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString operator""_q(const char *text, size_t size)
{
    return QString::fromUtf8(text, qsizetype(size));
}

QString data(const QString &relative)
{
    return QStringLiteral(BUSOLA_TEST_DATA "/") + relative;
}

} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath("kept.db"_q);
        const CliRun run =
            runBusola({"import"_q, data("import/zendesk-tickets.csv"_q), "--db"_q, m_store});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        m_before = contentOf(m_store);
        QCOMPARE(m_before.integrity, "ok"_q);
    }

    void hostileInput_data()
    {
        QTest::addColumn<QString>("file");        // a fixture under tests/data, or
        QTest::addColumn<QByteArray>("content");  // the bytes of a file written here
        QTest::addColumn<QStringList>("options"); // more arguments of `busola import`
        QTest::addColumn<QString>("problem");     // a pattern the rest of the message matches

        // Issue 4: spreadsheets (made by tests/data/sheets/make-hostile.py).
        const struct
        {
            const char *name, *file, *problem;
        } sheets[] = {
            {"truncated zip (xlsx)", "hostile-truncated.xlsx", "truncated or damaged"},
            {"truncated zip (ods)", "hostile-truncated.ods", "truncated or damaged"},
            {"corrupt zip data", "hostile-corrupt.xlsx", "malformed XML|corrupt"},
            {"not a zip, named .xlsx", "hostile-not-a-zip.xlsx", "not a zip archive"},
            {"zip bomb", "hostile-bomb.xlsx", "zip bomb"},
            {"DTD in a sheet", "hostile-dtd-sheet.xlsx", "DTD"},
            {"DTD with entities in the workbook", "hostile-dtd-workbook.xlsx", "DTD"},
            {"DTD in an ODS", "hostile-dtd.ods", "DTD"},
            {"a million columns (xlsx)", "hostile-million-columns.xlsx", "beyond column XFD"},
            {"a million columns (ods)", "hostile-million-columns.ods", "beyond column 16384"},
            {"a cell far beyond the last column (ods)", "hostile-far-column.ods",
             "beyond column 16384"},
            {"truncated xls", "hostile-truncated.xls", "truncated"},
            {"garbage named .xls", "hostile-garbage.xls", "damaged"},
        };
        for (const auto &c : sheets)
            QTest::addRow("%s", c.name) << data("sheets/"_q + QLatin1String(c.file)) << QByteArray()
                                        << QStringList() << QString::fromUtf8(c.problem);
        // Its first sheet is whole; the second's part is missing from the zip.
        QTest::addRow("missing sheet part")
            << data("sheets/hostile-missing-sheet.xlsx"_q) << QByteArray()
            << QStringList{"--sheet"_q, "Lipsă"_q} << "is missing"_q;

        // Issue 3: delimited text and values.
        const QString header = "Ticket ID,Created at,First response at,Channel\n"_q;
        QTest::addRow("empty file")
            << data("import/empty.csv"_q) << QByteArray() << QStringList() << "empty"_q;
        QTest::addRow("binary garbage")
            << data("import/garbage.csv"_q) << QByteArray() << QStringList() << "binary"_q;
        QTest::addRow("wrong encoding chosen (UTF-8 for Windows-1250)")
            << data("import/tichete-ro-1250.csv"_q) << QByteArray()
            << QStringList{"--encoding"_q, "UTF-8"_q} << "encoding"_q;
        QTest::addRow("wrong encoding chosen (UTF-16 for 8-bit)")
            << data("import/tichete-ro-1250.csv"_q) << QByteArray()
            << QStringList{"--encoding"_q, "UTF-16"_q} << "encoding"_q;
        QTest::addRow("header with no mappable column")
            << data("import/no-mappable.csv"_q) << QByteArray() << QStringList() << "matched"_q;
        QTest::addRow("header only") << data("import/header-only.csv"_q) << QByteArray()
                                     << QStringList() << "no data rows"_q;
        QTest::addRow("a line of a million fields")
            << QString() << QByteArray("Ticket ID,Created at\n") + QByteArray(1000000, ',') + '\n'
            << QStringList() << "fields"_q;
        QTest::addRow("quote never closed")
            << QString() << QByteArray("Ticket ID,Created at\nX1,\"2026-10-01\nX2,2026-10-02\n")
            << QStringList() << "never closed"_q;
        QTest::addRow("ragged rows missing the required date")
            << QString() << (header + "X1\nX2,\nX3\n"_q).toUtf8() << QStringList()
            << "no row could be imported"_q;
        QTest::addRow("implausible values only")
            << QString()
            << (header + "X1,2026-10-01 10:00,2026-10-01 09:00,Chat\n"
                         "X2,31.02.2026 10:00,,Chat\n"_q)
                   .toUtf8()
            << QStringList() << "no row could be imported"_q;
    }

    void hostileInput()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QStringList, options);
        QFETCH(QString, problem);
        if (file.isEmpty()) {
            file = m_dir.filePath("hostile.csv"_q);
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content);
        }
        const CliRun run =
            runBusola(QStringList{"import"_q, file} + options + QStringList{"--db"_q, m_store});
        qInfo().noquote() << run.err.trimmed();
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(file), qPrintable(run.err));
        QString rest = run.err;
        rest.remove(file);
        QVERIFY2(rest.contains(QRegularExpression(problem)), qPrintable(run.err));
        const Content after = contentOf(m_store);
        QCOMPARE(after.integrity, "ok"_q);
        QCOMPARE(after.checksum, m_before.checksum);
    }

private:
    QTemporaryDir m_dir;
    QString m_store;
    Content m_before;
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
