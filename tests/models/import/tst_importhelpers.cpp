#include "import/importrunhelpers.h"

#include <QTest>

using namespace busola;
using namespace busola::importrun;

/// The reading thread's bookkeeping of an import: which ids repeat (a warning naming the first
/// row) and which rows name the same customer (one token, so the writer looks it up once).
class TestImportHelpers : public QObject
{
    Q_OBJECT

    static QStringList ids(const char *spaced)
    {
        return QString::fromUtf8(spaced).split(QLatin1Char(' '));
    }

private slots:
    void repeatsFound_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QList<int>>("firstRows"); // what insert() gives for each, 0 = new
        QTest::newRow("in order, no repeat") << ids("T0001 T0002 T0003") << QList<int>{0, 0, 0};
        QTest::newRow("the id just before again")
            << ids("T0001 T0002 T0002") << QList<int>{0, 0, 3};
        QTest::newRow("an early id after a run in order")
            << ids("T0001 T0002 T0003 T0001 T0004 T0003") << QList<int>{0, 0, 0, 2, 0, 4};
        QTest::newRow("numbers without padding are in order")
            << ids("8 9 10 11 9") << QList<int>{0, 0, 0, 0, 3};
        QTest::newRow("descending") << ids("c b a b c") << QList<int>{0, 0, 0, 3, 2};
        QTest::newRow("the first id repeated first") << ids("Ș1 Ș1 Ș2") << QList<int>{0, 2, 0};
    }
    void repeatsFound()
    {
        QFETCH(QStringList, ids);
        QFETCH(QList<int>, firstRows);
        SeenIds seen;
        for (int i = 0; i < ids.size(); ++i) {
            // Rows as the user sees them: the header on row 1.
            const int row = i + 2;
            QCOMPARE(seen.insert(ids.at(i), row), firstRows.at(i));
        }
    }

    void manyIdsInOrderThenRepeats()
    {
        // A million-row export in id order, then the same ids again shuffled: every repeat is
        // found with its first row once the list became a table.
        SeenIds seen;
        const int n = 200000;
        for (int i = 0; i < n; ++i)
            QCOMPARE(seen.insert(QStringLiteral("T%1").arg(i, 7, 10, QLatin1Char('0')), i + 2), 0);
        for (int i = n - 1; i >= 0; i -= 7)
            QCOMPARE(seen.insert(QStringLiteral("T%1").arg(i, 7, 10, QLatin1Char('0')), n + 2),
                     i + 2);
        QCOMPARE(seen.insert(QStringLiteral("T%1").arg(n, 7, 10, QLatin1Char('0')), n + 3), 0);
    }

    void customersTokenedOncePerCodeOrName()
    {
        CustomerTokens tokens;
        CustomerRef a{QStringLiteral("C1"), QStringLiteral("Alfa SRL")};
        CustomerRef b{QString::fromUtf8("C1"), QStringLiteral("Alfa S.R.L.")};
        CustomerRef c{QString(), QStringLiteral("Beta SRL")};
        CustomerRef d{QStringLiteral("  "), QString::fromUtf8("Beta SRL")};
        CustomerRef e{QString(), QStringLiteral("   ")};
        for (CustomerRef *r : {&a, &b, &c, &d, &e})
            tokens.assign(*r);
        QCOMPARE(a.token, b.token);                       // the same code, whatever the name
        QCOMPARE(b.code.constData(), a.code.constData()); // the first string, shared
        QCOMPARE(c.token, d.token);                       // no code: the same name
        QVERIFY(a.token != c.token);
        QCOMPARE(e.token, -1); // no customer at all
    }
};

QTEST_APPLESS_MAIN(TestImportHelpers)
#include "tst_importhelpers.moc"
