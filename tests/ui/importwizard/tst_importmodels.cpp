// The wizard's page models and the import history model, each under QAbstractItemModelTester,
// on the fixture exports of tests/data/wizard (values checked against the files by hand).

#include "import/importengine.h"
#include "itemmodels/columnmappingmodel.h"
#include "itemmodels/importhistorymodel.h"
#include "itemmodels/importpreviewmodel.h"
#include "itemmodels/importvaluemodel.h"
#include "itemmodels/problemmodel.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace busola;

namespace {

QString november()
{
    return QStringLiteral(BUSOLA_TEST_DATA "/wizard/tichete-noiembrie.csv");
}

ImportSettings settingsFor(const QString &file)
{
    ImportSettings s;
    s.file = file;
    return s;
}

} // namespace

class TestImportModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Store> newStore()
    {
        QString error;
        auto store = Store::open(m_dir.filePath(QStringLiteral("m%1.db").arg(++m_counter)), &error);
        if (!store)
            qFatal("%s", qPrintable(error));
        return store;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void columnLetters_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("letters");
        QTest::addRow("first") << 0 << QStringLiteral("A");
        QTest::addRow("last single") << 25 << QStringLiteral("Z");
        QTest::addRow("first double") << 26 << QStringLiteral("AA");
        QTest::addRow("second double") << 27 << QStringLiteral("AB");
        QTest::addRow("last double") << 701 << QStringLiteral("ZZ");
        QTest::addRow("first triple") << 702 << QStringLiteral("AAA");
    }

    void columnLetters()
    {
        QFETCH(int, column);
        QFETCH(QString, letters);
        QCOMPARE(ImportPreviewModel::columnLetter(column), letters);
    }

    void rawPreviewShowsTheFileAndMarksTheHeader()
    {
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ImportPreviewModel::RawRows rows;
        QString error;
        QVERIFY2(ImportPreviewModel::readRawRows(settingsFor(november()), 30, &rows, &error),
                 qPrintable(error));
        model.setRawRows(rows, 1);
        QCOMPARE(model.rowCount(), 7); // header + 6 tickets
        QCOMPARE(model.columnCount(), 11);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("A"));
        QCOMPARE(model.headerData(3, Qt::Vertical).toInt(), 4);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Data creării"));
        QCOMPARE(model.index(0, 1).data(ImportPreviewModel::HeaderRowRole).toBool(), true);
        QCOMPARE(model.index(1, 1).data(ImportPreviewModel::HeaderRowRole).toBool(), false);
        QCOMPARE(model.index(1, 7).data().toString(), QStringLiteral("Șerban Țurcanu SRL"));
        QCOMPARE(model.problemCellCount(), 0);
        // Another header row moves the mark.
        model.setRawRows(rows, 2);
        QCOMPARE(model.index(1, 0).data(ImportPreviewModel::HeaderRowRole).toBool(), true);
    }

    void parsedPreviewMarksCellsThatFail()
    {
        auto store = newStore();
        ImportEngine engine(*store);
        const Preview preview = engine.preview(settingsFor(november()), 10);
        QVERIFY2(preview.inspection.ok, qPrintable(preview.inspection.error));
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPreview(preview);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), 11);
        QVERIFY(model.headerData(1, Qt::Horizontal)
                    .toString()
                    .startsWith(QStringLiteral("Data creării\n→ ")));
        // Row 5 of the spreadsheet (T-104) has 31.11.2026 as creation and first response.
        const int r = 3;
        QCOMPARE(model.index(r, 0).data(ImportPreviewModel::RowNumberRole).toInt(), 5);
        QCOMPARE(model.index(r, 1).data().toString(), QStringLiteral("31.11.2026 10:00"));
        QVERIFY(!model.index(r, 1).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model.index(r, 1).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(r, 2).data(ImportPreviewModel::ProblemRole).toString().isEmpty());
        QVERIFY(model.index(r, 0).data(ImportPreviewModel::ProblemRole).toString().isEmpty());
        QVERIFY(!model.index(0, 1).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.problemCellCount(), 2);
        // Parsed values, not the file's text: 12,50 is the amount 12.50.
        QCOMPARE(model.index(0, 9).data().toString(), QStringLiteral("12.50"));
    }

    void mappingModelEditsKeepOneFieldPerColumn()
    {
        const QStringList headers{QStringLiteral("Nr. tichet"), QStringLiteral("Data creării"),
                                  QStringLiteral("Primul răspuns"), QStringLiteral("Observații")};
        ColumnMappingModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMapping(Dataset::Support, headers,
                         ImportEngine::autoMapping(Dataset::Support, headers));
        QCOMPARE(model.rowCount(), int(fieldsOf(Dataset::Support).size()));
        const int created = model.rowOf(Field::Created);
        const int first = model.rowOf(Field::FirstResponse);
        const int subject = model.rowOf(Field::Subject);
        auto source = [&model](int row) {
            return model.index(row, ColumnMappingModel::SourceColumn).data(Qt::EditRole).toInt();
        };
        QCOMPARE(source(created), 1);
        QCOMPARE(source(first), 2);
        QCOMPARE(source(subject), -1);
        QCOMPARE(model.index(created, ColumnMappingModel::SourceColumn).data().toString(),
                 QStringLiteral("Data creării"));
        QCOMPARE(model.missingRequired(), QStringList());
        QVERIFY(
            !model.index(created, ColumnMappingModel::RequiredColumn).data().toString().isEmpty());
        QVERIFY(
            model.index(subject, ColumnMappingModel::RequiredColumn).data().toString().isEmpty());

        QSignalSpy changed(&model, &ColumnMappingModel::mappingChanged);
        QVERIFY(model.setData(model.index(subject, ColumnMappingModel::SourceColumn), 3));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.columns().at(3).field, Field::Subject);

        // Creation from the first-response column: that column no longer feeds the response.
        QVERIFY(model.setData(model.index(created, ColumnMappingModel::SourceColumn), 2));
        QCOMPARE(source(created), 2);
        QCOMPARE(source(first), -1);
        QCOMPARE(model.columns().at(1).field, Field::None);

        // Neither creation nor first response: the message names both.
        QVERIFY(model.setData(model.index(created, ColumnMappingModel::SourceColumn), -1));
        QCOMPARE(model.missingRequired(), QStringList{QStringLiteral("Created or First response")});
        QVERIFY(model.index(created, ColumnMappingModel::SourceColumn)
                    .data(ColumnMappingModel::MissingRole)
                    .toBool());
        QVERIFY(!model.setData(model.index(created, ColumnMappingModel::SourceColumn), 4));
        QVERIFY(!model.setData(model.index(created, ColumnMappingModel::FieldColumn), 1));
    }

    void mappingModelRequiredFieldsPerDataset_data()
    {
        QTest::addColumn<int>("dataset");
        QTest::addColumn<QStringList>("missing");
        QTest::addRow("support") << int(Dataset::Support)
                                 << QStringList{QStringLiteral("Created or First response")};
        QTest::addRow("sales") << int(Dataset::Sales)
                               << QStringList{QStringLiteral("Amount"),
                                              QStringLiteral("Created or Closed")};
        QTest::addRow("feedback") << int(Dataset::Feedback)
                                  << QStringList{QStringLiteral("Created"),
                                                 QStringLiteral("Satisfaction")};
        QTest::addRow("costs") << int(Dataset::Costs)
                               << QStringList{QStringLiteral("Month"), QStringLiteral("Amount")};
    }

    void mappingModelRequiredFieldsPerDataset()
    {
        QFETCH(int, dataset);
        QFETCH(QStringList, missing);
        ColumnMappingModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList headers{QStringLiteral("x"), QStringLiteral("y")};
        model.setMapping(Dataset(dataset), headers, ColumnMapping(2));
        QCOMPARE(model.missingRequired(), missing);
    }

    void problemModelFiltersByKind_data()
    {
        QTest::addColumn<int>("filter");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("firstRow");
        QTest::addRow("all") << int(ProblemModel::Filter::All) << 3 << 5;
        QTest::addRow("errors") << int(ProblemModel::Filter::Errors) << 2 << 5;
        QTest::addRow("warnings") << int(ProblemModel::Filter::Warnings) << 1 << 9;
    }

    void problemModelFiltersByKind()
    {
        QFETCH(int, filter);
        QFETCH(int, rows);
        QFETCH(int, firstRow);
        ProblemModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProblems({
            {Problem::Severity::Error, 5, QStringLiteral("Data creării"),
             QStringLiteral("31.11.2026 10:00"), QStringLiteral("not a date")},
            {Problem::Severity::Warning, 9, QString(), QStringLiteral("T-9"),
             QStringLiteral("the same id as row 3")},
            {Problem::Severity::Error, 12, QStringLiteral("Cost"), QStringLiteral("abc"),
             QStringLiteral("not an amount")},
        });
        model.setFilter(ProblemModel::Filter(filter));
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.index(0, ProblemModel::RowColumn).data().toInt(), firstRow);
        for (int r = 0; r < model.rowCount(); ++r) {
            const bool error = model.index(r, 0).data(ProblemModel::IsErrorRole).toBool();
            if (ProblemModel::Filter(filter) != ProblemModel::Filter::All)
                QCOMPARE(error, ProblemModel::Filter(filter) == ProblemModel::Filter::Errors);
        }
        QCOMPARE(model.headerData(ProblemModel::ReasonColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Reason"));
    }

    void valueModelStartsFromDefaultsAndKeepsEdits()
    {
        auto store = newStore();
        ImportEngine engine(*store);
        const Inspection inspection = engine.inspect(settingsFor(november()));
        QVERIFY2(inspection.ok, qPrintable(inspection.error));
        QString error;
        const QVector<ImportValueModel::Entry> entries =
            ImportValueModel::collect(inspection, 1000, &error);
        QCOMPARE(error, QString());
        ImportValueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(entries, {});
        auto rowOf = [&model](const QString &value) {
            for (int r = 0; r < model.rowCount(); ++r)
                if (model.index(r, ImportValueModel::ValueColumn).data().toString() == value)
                    return r;
            return -1;
        };
        // Channels: Telefon ×3, E-mail, Chat, Social media; ratings in words: 3 (numbers are
        // no words to map).
        QCOMPARE(model.rowCount(), 7);
        const int phone = rowOf(QStringLiteral("Telefon"));
        const int social = rowOf(QStringLiteral("Social media"));
        const int pleased = rowOf(QStringLiteral("Mulțumit"));
        QVERIFY(phone >= 0 && social >= 0 && pleased >= 0);
        QCOMPARE(rowOf(QStringLiteral("4")), -1);
        QCOMPARE(model.index(phone, ImportValueModel::CountColumn).data().toInt(), 3);
        QCOMPARE(model.index(phone, ImportValueModel::TargetColumn).data(Qt::EditRole).toString(),
                 QStringLiteral("phone"));
        QCOMPARE(model.index(social, ImportValueModel::TargetColumn).data(Qt::EditRole).toString(),
                 QString());
        QCOMPARE(model.index(pleased, ImportValueModel::TargetColumn).data(Qt::EditRole).toString(),
                 QStringLiteral("4"));

        QVERIFY(model.setData(model.index(social, ImportValueModel::TargetColumn),
                              QStringLiteral("chat")));
        QCOMPARE(model.valueMapping().value(Field::Channel).value(QStringLiteral("social media")),
                 QStringLiteral("chat"));
        // Keeping "Telefon" as it is must beat the default that makes it "phone".
        QVERIFY(model.setData(model.index(phone, ImportValueModel::TargetColumn), QString()));
        QCOMPARE(model.index(phone, ImportValueModel::TargetColumn).data(Qt::EditRole).toString(),
                 QString());
        QCOMPARE(model.valueMapping().value(Field::Channel).value(QStringLiteral("telefon")),
                 QStringLiteral("Telefon"));
        QVERIFY(!model.setData(model.index(pleased, ImportValueModel::TargetColumn),
                               QStringLiteral("7")));
    }

    void historyModelListsImportsAndRemovals()
    {
        auto store = newStore();
        ImportHistoryModel model(*store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        ImportEngine engine(*store);
        const ImportResult result = engine.run(settingsFor(november()));
        QVERIFY2(result.ok, qPrintable(result.error));
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        const ImportHistoryModel::Entry &e = model.entryAt(0);
        QCOMPARE(model.index(0, ImportHistoryModel::FileColumn).data().toString(),
                 QStringLiteral("tichete-noiembrie.csv"));
        // 6 tickets, T-104 rejected (31 November).
        QCOMPARE(model.index(0, ImportHistoryModel::InsertedColumn).data().toString(),
                 QStringLiteral("5"));
        QCOMPARE(model.index(0, ImportHistoryModel::RejectedColumn).data().toString(),
                 QStringLiteral("1"));
        QVERIFY(model.removalConsequences(e).contains(
            QStringLiteral("The rows it added (5) are deleted.")));
        QCOMPARE(model.index(0, 0).data(ImportHistoryModel::RemovedRole).toBool(), false);
        QString error;
        QVERIFY2(StoreWriter::removeImport(*store, e.id, &error), qPrintable(error));
        model.reload();
        QCOMPARE(model.index(0, 0).data(ImportHistoryModel::RemovedRole).toBool(), true);
        QSqlQuery q(store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM interactions")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_MAIN(TestImportModels)
#include "tst_importmodels.moc"
