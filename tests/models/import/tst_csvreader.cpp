#include "import/csvreader.h"
#include "import/readerfactory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace busola;

namespace {
QString operator""_q(const char *text, size_t size)
{
    return QString::fromUtf8(text, qsizetype(size));
}
} // namespace

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(BUSOLA_TEST_DATA "/import/") + QLatin1String(name);
}

QList<QStringList> readAll(SheetReader &reader, QList<int> *rowNumbers = nullptr)
{
    QList<QStringList> rows;
    SheetRow row;
    while (reader.readRow(row)) {
        QStringList cells;
        for (const Cell &c : std::as_const(row))
            cells << c.text;
        rows << cells;
        if (rowNumbers)
            *rowNumbers << reader.rowNumber();
    }
    return rows;
}

} // namespace

/// The CSV reader: quoting, ragged rows, encodings, delimiters, and broken files.
class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void quotingAndRaggedRows()
    {
        CsvReader reader;
        QVERIFY2(reader.open(fixture("quoting.csv")), qPrintable(reader.errorString()));
        QCOMPARE(reader.delimiter(), QLatin1Char(','));
        QList<int> numbers;
        const QList<QStringList> rows = readAll(reader, &numbers);
        QVERIFY(reader.errorString().isEmpty());
        QCOMPARE(rows.size(), 8);
        QCOMPARE(rows.at(1), (QStringList{"1"_q, "a, b"_q, "x"_q}));
        QCOMPARE(rows.at(2), (QStringList{"2"_q, "say \"hi\""_q, "y"_q}));
        QCOMPARE(rows.at(3), (QStringList{"3"_q, "two\r\nlines"_q, "z"_q}));
        QCOMPARE(rows.at(4), (QStringList{"4"_q, "short"_q}));
        QCOMPARE(rows.at(5), (QStringList{"5"_q, "a"_q, "b"_q, "c"_q, "d"_q}));
        QCOMPARE(rows.at(6), QStringList());                    // the blank line
        QCOMPARE(rows.at(7), (QStringList{"6"_q, ""_q, ""_q})); // an empty quoted field
        // A quoted line break does not start a spreadsheet row.
        QCOMPARE(numbers, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8}));
    }

    void encodings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("detected");
        QTest::addRow("windows-1250") << fixture("tichete-ro-1250.csv") << ""_q
                                      << "windows-1250"_q;
        QTest::addRow("ISO-8859-2 chosen") << fixture("tichete-ro-iso88592.csv") << "ISO-8859-2"_q
                                           << "ISO-8859-2"_q;
        QTest::addRow("ISO-8859-16 chosen") << fixture("tichete-ro-iso885916.csv") << "latin10"_q
                                            << "ISO-8859-16"_q;
        // Romanian letters sit on the same bytes in the three 8-bit encodings: detection may
        // name another, the text must be the same.
        QTest::addRow("ISO-8859-16 detected") << fixture("tichete-ro-iso885916.csv") << ""_q
                                              << ""_q;
        QTest::addRow("UTF-16LE with BOM") << fixture("tichete-ro-utf16le.csv") << ""_q
                                           << "UTF-16LE"_q;
        QTest::addRow("UTF-16BE without BOM") << fixture("tichete-ro-utf16be-nobom.csv") << ""_q
                                              << "UTF-16BE"_q;
        QTest::addRow("UTF-8 with BOM") << fixture("tichete-ro-utf8bom.csv") << ""_q
                                        << "UTF-8"_q;
    }

    void encodings()
    {
        QFETCH(QString, file);
        QFETCH(QString, chosen);
        QFETCH(QString, detected);
        CsvReader reader(ReaderOptions{chosen, QChar()});
        QVERIFY2(reader.open(file), qPrintable(reader.errorString()));
        if (!detected.isEmpty())
            QCOMPARE(reader.encodingName(), detected);
        QCOMPARE(reader.delimiter(), QLatin1Char(';'));
        const QList<QStringList> rows = readAll(reader);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).at(0), QStringLiteral("Nr. tichet")); // no BOM left in the text
        QCOMPARE(rows.at(0).at(1), QStringLiteral("Data creării"));
        QCOMPARE(rows.at(0).at(12), QStringLiteral("Reclamație"));
        // Cedilla Ş/Ţ of Windows-1250 and ISO-8859-2 come out comma-below.
        QCOMPARE(rows.at(1).at(8), QStringLiteral("Șerban Țurcanu SRL"));
        QCOMPARE(rows.at(3).at(6), QStringLiteral("Vânzări"));
    }

    void delimiters_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<int>("columns");
        QTest::addRow("semicolon with decimal commas")
            << QByteArray("a;b;c\n1,5;2,5;3\n") << ";"_q << 3;
        QTest::addRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ","_q << 3;
        QTest::addRow("tab") << QByteArray("a\tb\n1, 2\t3\n") << "\t"_q << 2;
        QTest::addRow("pipe") << QByteArray("a|b|c|d\n1|2|3|4\n") << "|"_q << 4;
        QTest::addRow("comma inside quotes") << QByteArray("a;b\n\"x,y,z\";2\n") << ";"_q << 2;
        QTest::addRow("one column") << QByteArray("name\nAna\n") << ","_q << 1;
    }

    void delimiters()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, delimiter);
        QFETCH(int, columns);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("d.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        CsvReader reader;
        QVERIFY2(reader.open(f.fileName()), qPrintable(reader.errorString()));
        QCOMPARE(QString(reader.delimiter()), delimiter);
        const QList<QStringList> rows = readAll(reader);
        QCOMPARE(rows.at(1).size(), columns);
    }

    void chunkBoundaries()
    {
        // Rows that straddle the 1 MiB chunks, multi-byte letters and quoted line breaks
        // among them, read back exactly.
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("big.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,text\n");
        const int rows = 90000;
        for (int i = 0; i < rows; ++i)
            f.write(QStringLiteral("%1,\"Țară, \"\"ăî\"\"\nrând %1\"\n").arg(i).toUtf8());
        f.close();
        QVERIFY(f.size() > 2 * 1024 * 1024);
        CsvReader reader;
        QVERIFY(reader.open(f.fileName()));
        SheetRow row;
        QVERIFY(reader.readRow(row));
        for (int i = 0; i < rows; ++i) {
            QVERIFY2(reader.readRow(row), qPrintable(reader.errorString()));
            QCOMPARE(row.size(), 2);
            QCOMPARE(row.at(0).text, QString::number(i));
            QCOMPARE(row.at(1).text, QStringLiteral("Țară, \"ăî\"\nrând %1").arg(i));
        }
        QVERIFY(!reader.readRow(row));
        QVERIFY(reader.errorString().isEmpty());
        QCOMPARE(reader.progress(), 1.0);
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("message");
        QTest::addRow("empty file") << QByteArray() << ""_q
                                    << "is empty"_q;
        QByteArray garbage;
        for (int i = 0; i < 5000; ++i)
            garbage.append(char((i * 7919) % 256));
        QTest::addRow("binary garbage") << garbage << ""_q
                                        << "binary"_q;
        QTest::addRow("UTF-8 chosen for Windows-1250") << QByteArray("Client;Oraș\n\xaa"
                                                                     "erban;Ia\xbai\n")
                                                       << "UTF-8"_q
                                                       << "encoding"_q;
        QTest::addRow("UTF-16 chosen for an 8-bit file")
            << QByteArray("Nr. tichet;Data;Canal\nT-1;02.11.2026;Telefon\n") << "UTF-16LE"_q
            << "encoding"_q;
        QTest::addRow("unknown encoding") << QByteArray("a,b\n") << "klingon"_q
                                          << "unknown encoding"_q;
    }

    void brokenFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, encoding);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QString error;
        const auto reader = createSheetReader(path, ReaderOptions{encoding, QChar()}, &error);
        QVERIFY(!reader);
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void aMillionFieldsIsAnError()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("wide.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b\n");
        f.write(QByteArray(1000000, ','));
        f.write("\n1,2\n");
        f.close();
        CsvReader reader;
        QVERIFY(reader.open(f.fileName()));
        SheetRow row;
        QVERIFY(reader.readRow(row));
        QVERIFY(!reader.readRow(row));
        QVERIFY2(reader.errorString().contains(QStringLiteral("row 2")),
                 qPrintable(reader.errorString()));
        QVERIFY(reader.errorString().contains(QStringLiteral("16384")));
    }

    void anUnclosedQuoteIsAnError()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("quote.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b\n1,\"never closed\n2,3\n");
        f.close();
        CsvReader reader;
        QVERIFY(reader.open(f.fileName()));
        SheetRow row;
        QVERIFY(reader.readRow(row));
        QVERIFY(!reader.readRow(row));
        QVERIFY2(reader.errorString().contains(QStringLiteral("never closed")),
                 qPrintable(reader.errorString()));
    }

    void workbooksAreRecognisedByContent()
    {
        QString error;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("book.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("PK\x03\x04", 4) + QByteArray(100, 'x'));
        f.close();
        QVERIFY(!createSheetReader(path, {}, &error));
        // Read as the damaged zip it is (its own problem told), not as text.
        QVERIFY2(error.contains(QStringLiteral("zip archive is truncated or damaged")),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
