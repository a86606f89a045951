// The import engine on workbooks: the first sheet with data, a chosen sheet, and the reader's
// file-level warning (Excel 95 formula cells without values) in the problem list that the
// wizard's validation page shows.

#include "../import/importfixture.h"
#include "itemmodels/problemmodel.h"
#include "sheettestutil.h"

#include <QAbstractItemModelTester>

using namespace busola;

class TestSheetImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ImportFixture> f;
    int m_counter = 0;

private slots:
    void init()
    {
        f = std::make_unique<ImportFixture>();
        QVERIFY(f->openStore(QStringLiteral("s%1.db").arg(++m_counter)));
    }

    void firstSheetWithData_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<QString>("resolved");
        QTest::addColumn<int>("dataset");
        QTest::addColumn<QString>("firstHeader");
        for (const char *name : {"libreoffice-comenzi.xlsx", "libreoffice-comenzi.ods",
                                 "libreoffice-comenzi.xls", "openpyxl-comenzi.xlsx"}) {
            const QString file = sheettest::fixture(name);
            QTest::addRow("%s, detected", name)
                << file << QString() << "Comenzi"_q << int(Dataset::Sales) << "Nr. comandă"_q;
            QTest::addRow("%s, chosen", name)
                << file << "Tichete"_q
                << "Tichete"_q << int(Dataset::Support) << "ID tichet"_q;
        }
        // One sheet with data, the first: nothing to say.
        QTest::addRow("data on the first sheet")
            << sheettest::fixture("libreoffice.xlsx") << QString() << QString()
            << int(Dataset::Sales) << "Dată"_q;
    }

    void firstSheetWithData()
    {
        QFETCH(QString, file);
        QFETCH(QString, sheet);
        QFETCH(QString, resolved);
        QFETCH(int, dataset);
        QFETCH(QString, firstHeader);
        ImportSettings settings;
        settings.file = file;
        settings.sheet = sheet;
        if (resolved.isEmpty())
            settings.dataset = Dataset::Sales;
        ImportEngine engine(*f->store);
        const Preview preview = engine.preview(settings, 5);
        QVERIFY2(preview.inspection.ok, qPrintable(preview.inspection.error));
        QCOMPARE(preview.inspection.settings.sheet, resolved);
        QCOMPARE(int(*preview.inspection.settings.dataset), dataset);
        QCOMPARE(preview.inspection.headers.value(0), firstHeader);
        const bool noted = preview.inspection.notes.join(QLatin1Char('\n'))
                               .contains(QLatin1String("hold no data"));
        QCOMPARE(noted, sheet.isEmpty() && !resolved.isEmpty());
        QVERIFY(!preview.rows.isEmpty());
        QCOMPARE(preview.rows.first().row, 2);
    }

    void excel95WarningInTheProblemList()
    {
        ImportSettings settings;
        settings.file = sheettest::fixture("gnumeric-biff7.xls");
        settings.dataset = Dataset::Sales;
        settings.dryRun = true;
        const ImportResult result = f->import(settings);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.problems.isEmpty());
        const Problem &first = result.problems.first();
        QCOMPARE(first.severity, Problem::Severity::Warning);
        QCOMPARE(first.row, 0);
        QVERIFY2(first.reason.contains(QLatin1String("formula cells of this workbook come back "
                                                     "without values")),
                 qPrintable(first.reason));
        QVERIFY(result.warnings >= 1);
        // What the warning explains: C-103's amount is a formula, read as no amount.
        QCOMPARE(result.counts.rejected, 1);
        QCOMPARE(result.problems.last().row, 4);
        QCOMPARE(result.problems.last().column, "Valoare"_q);
        QCOMPARE(result.problems.last().value, QString()); // empty, not "0"
        QVERIFY2(describeProblem(first).startsWith(QLatin1String("warning: file: ")),
                 qPrintable(describeProblem(first)));

        // The wizard's validation page lists result.problems through this model.
        ProblemModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProblems(result.problems);
        QCOMPARE(model.data(model.index(0, ProblemModel::RowColumn)).toString(), "file"_q);
        QCOMPARE(model.data(model.index(0, ProblemModel::ReasonColumn)).toString(), first.reason);
        QCOMPARE(model.data(model.index(0, 0), ProblemModel::IsErrorRole).toBool(), false);
        model.setFilter(ProblemModel::Filter::Warnings);
        QCOMPARE(model.problemAt(0).reason, first.reason);

        // A BIFF8 file's formulas have their results: no such warning.
        settings.file = sheettest::fixture("libreoffice.xls");
        const ImportResult biff8 = f->import(settings);
        for (const Problem &p : biff8.problems)
            QVERIFY2(p.row > 0, qPrintable(p.reason));
    }
};

QTEST_GUILESS_MAIN(TestSheetImport)
#include "tst_sheetimport.moc"
