#include "fixturestore.h"
#include "itemmodels/recordtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <optional>

using namespace busola;

Q_DECLARE_METATYPE(busola::RecordTable)

namespace {

using Key = std::optional<QVariant>;

/// An interaction's value for a column, as the test expects the store to hold it.
Key keyOf(const Interaction &t, int column)
{
    auto text = [](const QString &s) { return s.isEmpty() ? Key() : Key(QVariant(s)); };
    switch (column) {
    case InteractionColumn::ExternalId: return text(t.externalId);
    case InteractionColumn::Created: return QVariant(t.createdAt);
    case InteractionColumn::Resolved: return t.resolvedAt ? Key(QVariant(*t.resolvedAt)) : Key();
    case InteractionColumn::Agent: return text(t.agent);
    case InteractionColumn::Customer: return text(t.customer.name);
    case InteractionColumn::Cost: return QVariant(*t.costMinor);
    case InteractionColumn::Subject: return text(t.subject);
    default: qFatal("no key for column %d", column);
    }
}

/// SQLite's default order: integers numerically, text by UTF-8 bytes (BINARY collation).
bool lessThan(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QString)
        return a.toString().toUtf8() < b.toString().toUtf8();
    return a.toLongLong() < b.toLongLong();
}

/// External ids in the order a correct model shows them: ascending puts missing values first,
/// ties broken by insertion order; descending is exactly the reverse.
QStringList expectedOrder(const std::vector<Interaction> &rows, int column, Qt::SortOrder order)
{
    std::vector<int> indexes(rows.size());
    for (int i = 0; i < int(rows.size()); ++i)
        indexes[std::size_t(i)] = i;
    std::stable_sort(indexes.begin(), indexes.end(), [&](int l, int r) {
        const Key a = keyOf(rows[std::size_t(l)], column);
        const Key b = keyOf(rows[std::size_t(r)], column);
        if (!a || !b)
            return !a && b;
        return lessThan(*a, *b);
    });
    QStringList ids;
    for (int i : indexes)
        ids << rows[std::size_t(i)].externalId;
    if (order == Qt::DescendingOrder)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

void fetchAll(RecordTableModel &model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}

QStringList shownIds(const RecordTableModel &model, int idColumn)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, idColumn).data().toString();
    return ids;
}

} // namespace

/// The data browser's model over a store of 1,000 interactions written through StoreWriter:
/// lazy pages, SQL sorting and filtering, and values shown in the locale.
class TestRecordTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    fixture::Content m_content;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QString error;
        m_store = Store::open(m_dir.filePath(QStringLiteral("records.db")), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_content = fixture::makeContent(1000);
        const QString writeError = fixture::write(*m_store, m_content);
        QVERIFY2(writeError.isEmpty(), qPrintable(writeError));
    }

    void passesModelTester_data()
    {
        QTest::addColumn<RecordTable>("table");
        QTest::addRow("interactions") << RecordTable::Interactions;
        QTest::addRow("deals") << RecordTable::Deals;
        QTest::addRow("feedback") << RecordTable::Feedback;
        QTest::addRow("costs") << RecordTable::Costs;
    }

    void passesModelTester()
    {
        QFETCH(RecordTable, table);
        RecordTableModel model(*m_store, table);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        model.sort(0, Qt::AscendingOrder);
        model.setFilterText(QStringLiteral("a"));
        fetchAll(model);
        model.setFilterText(QString());
        model.sort(-1);
        QVERIFY(model.lastError().isEmpty());
    }

    void fetchesLazilyInPages()
    {
        RecordTableModel model(*m_store, RecordTable::Interactions);
        QCOMPARE(model.matchingRowCount(), 1000);
        QCOMPARE(model.rowCount(), RecordTableModel::PageSize);
        QVERIFY(model.canFetchMore(QModelIndex()));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 2 * RecordTableModel::PageSize);
        QCOMPARE(inserted.count(), 1);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QStringList ids = shownIds(model, InteractionColumn::ExternalId);
        ids.removeDuplicates();
        QCOMPARE(ids.size(), 1000);
    }

    void sortsInSql_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addRow("created, newest first") << int(InteractionColumn::Created) << Qt::DescendingOrder;
        QTest::addRow("created, oldest first") << int(InteractionColumn::Created) << Qt::AscendingOrder;
        QTest::addRow("resolved ascending, unresolved first") << int(InteractionColumn::Resolved) << Qt::AscendingOrder;
        QTest::addRow("resolved descending, unresolved last") << int(InteractionColumn::Resolved) << Qt::DescendingOrder;
        QTest::addRow("agent A-Z") << int(InteractionColumn::Agent) << Qt::AscendingOrder;
        QTest::addRow("customer Z-A, no customer last") << int(InteractionColumn::Customer) << Qt::DescendingOrder;
        QTest::addRow("cost, highest first") << int(InteractionColumn::Cost) << Qt::DescendingOrder;
        QTest::addRow("subject ascending") << int(InteractionColumn::Subject) << Qt::AscendingOrder;
        QTest::addRow("id descending") << int(InteractionColumn::ExternalId) << Qt::DescendingOrder;
    }

    void sortsInSql()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        RecordTableModel model(*m_store, RecordTable::Interactions);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(column, order);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), RecordTableModel::PageSize);
        fetchAll(model);
        const QStringList expected = expectedOrder(m_content.interactions, column, order);
        QCOMPARE(shownIds(model, InteractionColumn::ExternalId), expected);
    }

    void filtersInSql_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("words");
        QTest::addRow("agent surname") << QStringLiteral("Popescu") << QStringList{QStringLiteral("popescu")};
        QTest::addRow("lower case") << QStringLiteral("dacia") << QStringList{QStringLiteral("dacia")};
        QTest::addRow("two words, both must match") << QStringLiteral("chat  Echipa B")
                                                    << QStringList{QStringLiteral("chat"), QStringLiteral("echipa"), QStringLiteral("b")};
        QTest::addRow("percent sign is literal") << QStringLiteral("50%") << QStringList{QStringLiteral("50%")};
        QTest::addRow("underscore is literal") << QStringLiteral("a_b") << QStringList{QStringLiteral("a_b")};
        QTest::addRow("no match") << QStringLiteral("nimic-de-gasit") << QStringList{QStringLiteral("nimic-de-gasit")};
        QTest::addRow("diacritics as written") << QStringLiteral("Ștefania") << QStringList{QStringLiteral("Ștefania")};
    }

    void filtersInSql()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, words);
        QStringList expected;
        for (const Interaction &t : m_content.interactions) {
            const QStringList fields{t.externalId, t.status, t.channel, t.team, t.agent,
                                     t.customer.name, t.complaintCategory, t.subject};
            const bool all = std::all_of(words.begin(), words.end(), [&](const QString &w) {
                return std::any_of(fields.begin(), fields.end(), [&](const QString &f) {
                    return f.contains(w, Qt::CaseInsensitive);
                });
            });
            if (all)
                expected << t.externalId;
        }
        RecordTableModel model(*m_store, RecordTable::Interactions);
        model.sort(InteractionColumn::ExternalId, Qt::AscendingOrder);
        QSignalSpy counted(&model, &RecordTableModel::matchingRowCountChanged);
        model.setFilterText(filter);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(model.matchingRowCount(), expected.size());
        fetchAll(model);
        QCOMPARE(shownIds(model, InteractionColumn::ExternalId), expected);
        QVERIFY(model.lastError().isEmpty());
    }

    void filtersAndSortsTogether_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addRow("chat, newest first") << QStringLiteral("chat") << int(InteractionColumn::Created) << Qt::DescendingOrder;
        QTest::addRow("chat, resolved ascending") << QStringLiteral("chat") << int(InteractionColumn::Resolved) << Qt::AscendingOrder;
        QTest::addRow("Echipa C, by cost") << QStringLiteral("Echipa C") << int(InteractionColumn::Cost) << Qt::DescendingOrder;
        QTest::addRow("Factur, by customer") << QStringLiteral("Factur") << int(InteractionColumn::Customer) << Qt::AscendingOrder;
    }

    void filtersAndSortsTogether()
    {
        QFETCH(QString, word);
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        std::vector<Interaction> matching;
        for (const Interaction &t : m_content.interactions) {
            const QStringList fields{t.externalId, t.status, t.channel, t.team, t.agent,
                                     t.customer.name, t.complaintCategory, t.subject};
            const QStringList words = word.split(QLatin1Char(' '));
            if (std::all_of(words.begin(), words.end(), [&](const QString &w) {
                    return std::any_of(fields.begin(), fields.end(), [&](const QString &f) {
                        return f.contains(w, Qt::CaseInsensitive);
                    });
                }))
                matching.push_back(t);
        }
        QVERIFY(matching.size() > size_t(RecordTableModel::PageSize)); // more than one page
        RecordTableModel model(*m_store, RecordTable::Interactions);
        model.setFilterText(word);
        model.sort(column, order);
        QCOMPARE(model.rowCount(), RecordTableModel::PageSize);
        QCOMPARE(model.matchingRowCount(), qint64(matching.size()));
        fetchAll(model);
        QCOMPARE(shownIds(model, InteractionColumn::ExternalId), expectedOrder(matching, column, order));
    }

    void showsValuesInLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("summerCreated");
        QTest::addColumn<QString>("winterCreated");
        QTest::addColumn<QString>("cost");
        QTest::addColumn<QString>("dealAmount");
        QTest::addRow("Romanian") << QLocale(QLocale::Romanian, QLocale::Romania)
                                  << QStringLiteral("15.07.2026 09:30")
                                  << QStringLiteral("10.01.2026 14:00")
                                  << QStringLiteral("1.234,56") << QStringLiteral("25.000,00");
        QTest::addRow("English (UK)") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                                      << QStringLiteral("15/07/2026 09:30")
                                      << QStringLiteral("10/01/2026 14:00")
                                      << QStringLiteral("1,234.56") << QStringLiteral("25,000.00");
    }

    void showsValuesInLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, summerCreated);
        QFETCH(QString, winterCreated);
        QFETCH(QString, cost);
        QFETCH(QString, dealAmount);
        RecordTableModel model(*m_store, RecordTable::Interactions);
        model.setLocale(locale);
        model.sort(InteractionColumn::ExternalId, Qt::AscendingOrder);
        QCOMPARE(model.index(0, InteractionColumn::ExternalId).data().toString(), QStringLiteral("T0000"));
        QCOMPARE(model.index(0, InteractionColumn::Created).data().toString(), summerCreated);
        QCOMPARE(model.index(1, InteractionColumn::Created).data().toString(), winterCreated);
        QCOMPARE(model.index(0, InteractionColumn::Cost).data().toString(), cost);
        QCOMPARE(model.index(0, InteractionColumn::Cost).data(RecordTableModel::RawValueRole).toLongLong(), 123456);

        RecordTableModel deals(*m_store, RecordTable::Deals);
        deals.setLocale(locale);
        deals.sort(DealColumn::ExternalId, Qt::AscendingOrder);
        QCOMPARE(deals.index(0, DealColumn::Amount).data().toString(), dealAmount);
    }

    void showsTranslatableWords()
    {
        RecordTableModel model(*m_store, RecordTable::Interactions);
        model.sort(InteractionColumn::ExternalId, Qt::AscendingOrder);
        // T0000: phone, a complaint (0 % 17), response 600 s; T0001: chat, no complaint.
        QCOMPARE(model.index(0, InteractionColumn::Channel).data().toString(), QStringLiteral("Phone"));
        QCOMPARE(model.index(1, InteractionColumn::Channel).data().toString(), QStringLiteral("Chat"));
        QCOMPARE(model.index(0, InteractionColumn::Complaint).data().toString(), QStringLiteral("Yes"));
        QCOMPARE(model.index(1, InteractionColumn::Complaint).data().toString(), QString());
        QCOMPARE(model.index(0, InteractionColumn::ResponseTime).data().toString(), QStringLiteral("0.2 h"));
        QCOMPARE(model.headerData(InteractionColumn::Cost, Qt::Horizontal).toString(), QStringLiteral("Cost (RON)"));
        // Ticket statuses stored as codes read as words: T0000 is resolved, T0009 is not.
        QCOMPARE(model.index(0, InteractionColumn::Status).data().toString(), QStringLiteral("Closed"));
        QCOMPARE(model.index(9, InteractionColumn::Status).data().toString(), QStringLiteral("Open"));

        RecordTableModel deals(*m_store, RecordTable::Deals);
        deals.sort(DealColumn::ExternalId, Qt::AscendingOrder);
        QCOMPARE(deals.index(0, DealColumn::Status).data().toString(), QStringLiteral("Won"));
        QCOMPARE(deals.index(1, DealColumn::Status).data().toString(), QStringLiteral("Lost"));
        QCOMPARE(deals.index(2, DealColumn::Status).data().toString(), QStringLiteral("Open"));
        QCOMPARE(deals.index(2, DealColumn::Closed).data().toString(), QString());

        RecordTableModel costs(*m_store, RecordTable::Costs);
        costs.setLocale(QLocale(QLocale::Romanian, QLocale::Romania));
        costs.sort(CostColumn::Month, Qt::AscendingOrder);
        QCOMPARE(costs.index(0, CostColumn::Month).data().toString(), QStringLiteral("noiembrie 2025"));
    }

    void formatsMinorUnitsExactly_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("romanian");
        QTest::addRow("zero") << qint64(0) << QStringLiteral("0.00") << QStringLiteral("0,00");
        QTest::addRow("five bani") << qint64(5) << QStringLiteral("0.05") << QStringLiteral("0,05");
        QTest::addRow("negative") << qint64(-123456) << QStringLiteral("-1,234.56") << QStringLiteral("-1.234,56");
        QTest::addRow("beyond double precision") << qint64(9007199254740993)
                                                 << QStringLiteral("90,071,992,547,409.93")
                                                 << QStringLiteral("90.071.992.547.409,93");
    }

    void formatsMinorUnitsExactly()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, english);
        QFETCH(QString, romanian);
        QCOMPARE(RecordTableModel::formatMinorUnits(minor, QLocale(QLocale::English, QLocale::UnitedStates)), english);
        QCOMPARE(RecordTableModel::formatMinorUnits(minor, QLocale(QLocale::Romanian, QLocale::Romania)), romanian);
    }

    void reloadShowsNewRows()
    {
        RecordTableModel model(*m_store, RecordTable::Feedback);
        QCOMPARE(model.matchingRowCount(), 30);
        fixture::Content more;
        FeedbackResponse extra;
        extra.externalId = QStringLiteral("F-extra");
        extra.respondedAt = fixture::utc(2026, 10, 1, 8, 0);
        extra.score = 5;
        more.feedback.push_back(extra);
        QCOMPARE(fixture::write(*m_store, more), QString());
        model.reload();
        QCOMPARE(model.matchingRowCount(), 31);
        QCOMPARE(model.index(0, FeedbackColumn::ExternalId).data().toString(), QStringLiteral("F-extra"));
    }
};

QTEST_GUILESS_MAIN(TestRecordTableModel)
#include "tst_recordtablemodel.moc"
