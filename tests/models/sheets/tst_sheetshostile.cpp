// Broken and malicious spreadsheets (tests/data/sheets/hostile-*, made by make-hostile.py):
// each ends in a clear message that names the file and the problem — no crash, no hang.

#include "import/readers/spreadsheetreaders.h"
#include "sheettestutil.h"
#include "storedzip.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace busola;
using namespace sheettest;

namespace {

enum class Kind { XlsxFast, XlsxReference, OdsFast, OdsReference, Xls };

std::unique_ptr<SheetReader> makeReader(Kind kind, const SpreadsheetReaderOptions &base = {})
{
    SpreadsheetReaderOptions options = base;
    options.referenceXml = kind == Kind::XlsxReference || kind == Kind::OdsReference;
    switch (kind) {
    case Kind::XlsxFast:
    case Kind::XlsxReference:
        return createXlsxReader(options);
    case Kind::OdsFast:
    case Kind::OdsReference:
        return createOdsReader(options);
    case Kind::Xls:
        return createXlsReader();
    }
    return nullptr;
}

/// The outcome of reading every sheet: the last line is the error (or "no error").
QString outcome(SheetReader &reader, const QString &path)
{
    if (!reader.open(path))
        return QStringLiteral("OPEN: ") + reader.errorString();
    for (int i = 0; i < reader.sheetNames().size(); ++i) {
        const QStringList rows = readSheet(reader, path, i);
        if (!rows.isEmpty() && (rows.last().startsWith(QLatin1String("ERROR: ")) ||
                                rows.last().startsWith(QLatin1String("SELECT: ")) ||
                                rows.last().startsWith(QLatin1String("OPEN: "))))
            return rows.last();
    }
    return QStringLiteral("no error");
}

} // namespace

class TestSheetsHostile : public QObject
{
    Q_OBJECT

private slots:
    void hostile_data();
    void hostile();
    void sizeCapWhileInflating();
    void checksumOverManyReads();
    void inflaters_data();
    void inflaters();
};

void TestSheetsHostile::hostile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("problem");
    const struct
    {
        const char *file;
        const char *problem;
    } xlsx[] = {
        {"hostile-not-a-zip.xlsx", "is not a zip archive"},
        {"hostile-truncated.xlsx", "truncated or damaged"},
        {"hostile-corrupt.xlsx", "malformed XML|corrupt"},
        {"hostile-bomb.xlsx", "zip bomb"},
        {"hostile-dtd-sheet.xlsx", "DTD"},
        {"hostile-dtd-workbook.xlsx", "DTD"},
        {"hostile-million-columns.xlsx", "beyond column XFD"},
        {"hostile-missing-sheet.xlsx", "is missing"},
    };
    for (const auto &c : xlsx) {
        QTest::addRow("%s fast", c.file)
            << fixture(c.file) << int(Kind::XlsxFast) << QString::fromUtf8(c.problem);
        QTest::addRow("%s reference", c.file)
            << fixture(c.file) << int(Kind::XlsxReference) << QString::fromUtf8(c.problem);
    }
    const struct
    {
        const char *file;
        const char *problem;
    } ods[] = {
        {"hostile-truncated.ods", "truncated or damaged"},
        {"hostile-dtd.ods", "DTD"},
        {"hostile-million-columns.ods", "beyond column 16384"},
        {"hostile-far-column.ods", "beyond column 16384"},
        {"hostile-not-a-zip.xlsx", "is not a zip archive"},
    };
    for (const auto &c : ods) {
        QTest::addRow("%s fast", c.file)
            << fixture(c.file) << int(Kind::OdsFast) << QString::fromUtf8(c.problem);
        QTest::addRow("%s reference", c.file)
            << fixture(c.file) << int(Kind::OdsReference) << QString::fromUtf8(c.problem);
    }
    QTest::addRow("truncated xls")
        << fixture("hostile-truncated.xls") << int(Kind::Xls) << QStringLiteral("truncated");
    QTest::addRow("garbage xls") << fixture("hostile-garbage.xls") << int(Kind::Xls)
                                 << QStringLiteral("damaged");
    QTest::addRow("xlsx as xls") << fixture("libreoffice.xlsx") << int(Kind::Xls)
                                 << QStringLiteral("not a legacy Excel");
    QTest::addRow("missing xls") << fixture("no-such-file.xls") << int(Kind::Xls)
                                 << QStringLiteral("does not exist");
}

void TestSheetsHostile::hostile()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(QString, problem);
    auto reader = makeReader(Kind(kind));
    const QString result = outcome(*reader, file);
    qInfo().noquote() << result;
    // The path is named, and the problem is said in the rest of the message.
    QVERIFY2(result.contains(file), qPrintable(result));
    QString rest = result;
    rest.remove(file);
    QVERIFY2(rest.contains(QRegularExpression(problem)), qPrintable(result));
}

void TestSheetsHostile::sizeCapWhileInflating()
{
    // The bomb refused by size rather than ratio: with the ratio cap lifted, the 16 MB cap
    // stops it long before its 200 MB.
    SpreadsheetReaderOptions options;
    options.zipLimits.maxRatio = 1e9;
    options.zipLimits.maxEntrySize = qint64(16) << 20;
    for (Kind kind : {Kind::XlsxFast, Kind::XlsxReference}) {
        auto reader = makeReader(kind, options);
        const QString result = outcome(*reader, fixture("hostile-bomb.xlsx"));
        QVERIFY2(result.contains(QLatin1String("more than 16 MB")), qPrintable(result));
    }
}

/// A zip of the part, written in dir, read back through ZipEntryStream in reads of at most
/// maxRead bytes, each 1 to maxRead (so that a part spans thousands of reads and some end
/// anywhere): the part's bytes, and the error that ended the reading, if any.
static QByteArray readInPieces(const QTemporaryDir &dir, const busola::testzip::Part &part,
                               busola::ZipInflater inflater, int maxRead, QString *error)
{
    error->clear();
    const QString path = dir.filePath(QStringLiteral("part.zip"));
    QFile file(path);
    const QByteArray zip = busola::testzip::zipOf({part});
    if (!file.open(QIODevice::WriteOnly) || file.write(zip) != zip.size())
        return QByteArray();
    file.close();
    busola::ZipArchive archive;
    busola::ZipEntryStream stream;
    QByteArray all, chunk(maxRead, Qt::Uninitialized);
    if (!archive.open(path) ||
        !stream.open(archive, QString::fromLatin1(part.name), {}, inflater)) {
        *error = archive.errorString() + stream.errorString();
        return all;
    }
    qint64 n;
    for (int i = 0;
         (n = stream.read(chunk.data(), 1 + int(quint64(i) * 7919 % quint64(maxRead)))) > 0; ++i)
        all.append(chunk.constData(), n);
    if (n < 0)
        *error = stream.errorString();
    return all;
}

void TestSheetsHostile::checksumOverManyReads()
{
    // A stored part keeps its bytes as they are: its CRC is all that tells a changed byte. The
    // part spans many reads, so the checksum is carried from one read to the next.
    QByteArray xml;
    for (int row = 1; xml.size() < 600000; ++row)
        xml += "<row r=\"" + QByteArray::number(row) + "\"><c><v>" + QByteArray::number(row * 7) +
               "</v></c></row>";
    const busola::testzip::Part good = busola::testzip::storedPart("xl/data.xml", xml);
    busola::testzip::Part damaged = good;
    damaged.bytes[500000] = char(damaged.bytes[500000] ^ 0x01);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QCOMPARE(readInPieces(dir, good, busola::ZipInflater::Fast, 4096, &error), xml);
    QCOMPARE(error, QString());
    readInPieces(dir, damaged, busola::ZipInflater::Fast, 4096, &error);
    QVERIFY2(error.contains(QLatin1String("part.zip")) &&
                 error.contains(QLatin1String("fails its checksum")),
             qPrintable(error));
}

void TestSheetsHostile::inflaters_data()
{
    QTest::addColumn<int>("inflater");
    QTest::addRow("fast (ISA-L where built in)") << int(busola::ZipInflater::Fast);
    QTest::addRow("zlib") << int(busola::ZipInflater::Zlib);
}

/// Both inflaters give a deflated part's bytes over many reads, and refuse the same damage:
/// an invalid block, and compressed data that ends before its stream does. The reads are of
/// 1 to 13 bytes, so that the compressed data is all read while the inflater still holds
/// output for a full buffer (which was once taken for truncated data).
void TestSheetsHostile::inflaters()
{
    QFETCH(int, inflater);
    using busola::testzip::Part;
    QByteArray xml;
    for (int row = 1; xml.size() < 3000000; ++row)
        xml += "<row r=\"" + QByteArray::number(row) + "\"><c t=\"s\"><v>" +
               QByteArray::number((row * 7919) % 1000) + "</v></c></row>";
    const Part good = busola::testzip::deflatedPart("xl/data.xml", xml);
    QVERIFY(good.bytes.size() < xml.size() / 4);
    Part badBlock = good;
    badBlock.bytes[0] = char(0x07); // a final block of type 3, which deflate does not have
    Part truncated = good;
    truncated.bytes.truncate(good.bytes.size() / 2);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto kind = busola::ZipInflater(inflater);
    QString error;
    const QByteArray got = readInPieces(dir, good, kind, 13, &error);
    QCOMPARE(error, QString());
    QCOMPARE(got.size(), xml.size());
    QCOMPARE(got, xml);
    QCOMPARE(readInPieces(dir, good, kind, 100000, &error), xml);
    QCOMPARE(error, QString());
    readInPieces(dir, badBlock, kind, 4096, &error);
    QVERIFY2(error.contains(QLatin1String("part.zip")) &&
                 error.contains(QLatin1String("holds corrupt compressed data")),
             qPrintable(error));
    readInPieces(dir, truncated, kind, 4096, &error);
    QVERIFY2(error.contains(QLatin1String("its compressed data ends early")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSheetsHostile)
#include "tst_sheetshostile.moc"
