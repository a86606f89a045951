// The fast sheet-data scanner against the QXmlStreamReader reference path, on every XLSX and
// ODS fixture in tests/data/sheets (the ones real tools wrote, the crafted and the hostile
// ones), every sheet: the same cells in the same rows, and an error where the other has one.

#include "import/readers/spreadsheetreaders.h"
#include "sheettestutil.h"

#include <QDir>
#include <QTest>

using namespace busola;
using namespace sheettest;

namespace {

/// Every sheet of file, one after the other; "OPEN failed"/"SELECT failed" stand for errors
/// whose wording may differ between the two paths.
QStringList readWorkbook(const QString &file, bool reference)
{
    SpreadsheetReaderOptions options;
    options.referenceXml = reference;
    const bool ods = file.endsWith(QLatin1String(".ods"));
    std::unique_ptr<SheetReader> reader =
        ods ? createOdsReader(options) : createXlsxReader(options);
    if (!reader->open(file))
        return {QStringLiteral("OPEN failed")};
    QStringList out;
    for (int sheet = 0; sheet < reader->sheetNames().size(); ++sheet) {
        out << QStringLiteral("== ") + reader->sheetNames().at(sheet);
        if (!reader->selectSheet(sheet)) {
            out << QStringLiteral("SELECT failed");
            continue;
        }
        SheetRow row;
        while (out.size() < 200000 && reader->readRow(row))
            out << describe(reader->rowNumber(), row);
        if (!reader->errorString().isEmpty())
            out << QStringLiteral("ERROR");
    }
    return out;
}

} // namespace

class TestSheetPaths : public QObject
{
    Q_OBJECT

private slots:
    void sameCellsOnEveryFixture_data();
    void sameCellsOnEveryFixture();
};

void TestSheetPaths::sameCellsOnEveryFixture_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(BUSOLA_TEST_DATA "/sheets"));
    const QStringList files =
        dir.entryList({QStringLiteral("*.xlsx"), QStringLiteral("*.ods")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 20); // the fixtures are there: not a test that passes on nothing
    for (const QString &name : files)
        QTest::addRow("%s", qPrintable(name)) << dir.filePath(name);
}

void TestSheetPaths::sameCellsOnEveryFixture()
{
    QFETCH(QString, file);
    const QStringList fast = readWorkbook(file, false);
    const QStringList reference = readWorkbook(file, true);
    QCOMPARE(fast, reference);
}

QTEST_GUILESS_MAIN(TestSheetPaths)
#include "tst_sheetpaths.moc"
