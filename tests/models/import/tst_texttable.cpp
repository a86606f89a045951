#include "common/texttable.h"

#include <QSet>
#include <QTest>

using namespace busola;

/// TextTable is what the reading thread finds customers, enumeration values and yes/no answers
/// by: a text must be found by its characters whatever buffer holds them, never by a buffer
/// alone, and every text added must stay findable as the table grows.
class TestTextTable : public QObject
{
    Q_OBJECT

private slots:
    void findsByContentInAnyBuffer()
    {
        TextTable<int> table;
        const QString first = QStringLiteral("Client Țară SRL 30969");
        const int at = table.insert(first, textHash(first), 7);
        // Another buffer with the same characters (a CSV or an inline-string cell).
        const QString copy = QString::fromUtf8("Client Țară SRL 30969");
        QVERIFY(copy.constData() != first.constData());
        QCOMPARE(textHash(copy), textHash(first));
        QCOMPARE(table.indexOf(copy), at);
        QCOMPARE(table.value(at), 7);
        // The key kept is the first buffer, so callers can share it.
        QCOMPARE(table.key(at).constData(), first.constData());
        QCOMPARE(table.indexOf(QStringLiteral("Client Țară SRL 3096")), -1);
        QCOMPARE(table.indexOf(QStringLiteral("client Țară SRL 30969")), -1);
        QCOMPARE(table.indexOf(QString()), -1);
    }

    void sameBufferShorterTextIsAnotherText()
    {
        // The start of a kept buffer, viewed with fewer characters, is not the kept text.
        TextTable<int> table;
        const QString text = QStringLiteral("Telefon");
        table.insert(text, textHash(text), 1);
        const QString prefix = QString::fromRawData(text.constData(), 3);
        QCOMPARE(table.indexOf(prefix), -1);
        table.insert(prefix, textHash(prefix), 2);
        QCOMPARE(table.value(table.indexOf(prefix)), 2);
        QCOMPARE(table.value(table.indexOf(text)), 1);
    }

    void emptyTextIsAText()
    {
        TextTable<char> table;
        QCOMPARE(table.indexOf(QString()), -1);
        table.insert(QString(), textHash(QString()), 'e');
        QCOMPARE(table.value(table.indexOf(QLatin1String(""))), 'e');
    }

    void everyTextSurvivesGrowth()
    {
        // Customer codes as a month's export names them: 50,000 of them, each looked up by a
        // fresh buffer after all were added, and its number is the order it came in.
        TextTable<int> table;
        const int n = 50000;
        for (int i = 0; i < n; ++i) {
            const QString code = QLatin1Char('C') + QString::number(i);
            QCOMPARE(table.indexOf(code), -1);
            QCOMPARE(table.insert(code, textHash(code), i * 3), i);
        }
        QCOMPARE(table.size(), qsizetype(n));
        for (int i = 0; i < n; ++i) {
            const QString code = QLatin1Char('C') + QString::number(i);
            const int at = table.indexOf(code);
            QCOMPARE(at, i);
            QCOMPARE(table.value(at), i * 3);
            QCOMPARE(table.key(at), code);
        }
        QCOMPARE(table.indexOf(QStringLiteral("C50000")), -1);
    }

    void setOverwritesAndValuesKeepOrder()
    {
        // StoreWriter's customer ids: set() gives a text a value whether it had one or not.
        TextTable<qint64> ids;
        QCOMPARE(ids.indexOf(QStringLiteral("c30969")), -1);
        ids.set(QStringLiteral("c30969"), 5);
        ids.set(QStringLiteral("client tara srl"), 9);
        ids.set(QString::fromUtf8("c30969"), 6);
        QVERIFY(ids.contains(QStringLiteral("c30969")));
        QVERIFY(!ids.contains(QStringLiteral("c3096")));
        QCOMPARE(ids.value(ids.indexOf(QStringLiteral("c30969"))), qint64(6));
        QCOMPARE(ids.size(), qsizetype(2));
        QCOMPARE(ids.values(), (std::vector<qint64>{6, 9}));
    }

    void hashSeesEveryCharacter()
    {
        // Texts that differ in one character anywhere, the last of an odd length included,
        // hash apart (the table would still tell them apart, one slot later).
        const QString base = QStringLiteral("Agent Ștefan 14, Suport N2");
        QSet<quint64> hashes{textHash(base)};
        for (qsizetype i = 0; i < base.size(); ++i) {
            QString changed = base;
            changed[i] = QChar(changed.at(i).unicode() ^ 1);
            hashes.insert(textHash(changed));
        }
        QCOMPARE(hashes.size(), base.size() + 1);
        QVERIFY(textHash(QStringLiteral("ab")) != textHash(QStringLiteral("ab\u0000")));
    }
};

QTEST_APPLESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
