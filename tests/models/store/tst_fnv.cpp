#include "store/fnv.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace busola;

/// Fnv's shortcuts (feedString, feedInteger) must give exactly what feeding the same bytes
/// one by one gives: stores keep the content hashes of their rows, and a hash that changed
/// would make every unchanged row of a re-import look updated.
class TestFnv : public QObject
{
    Q_OBJECT

    static quint64 bytewise(const QString &s)
    {
        Fnv f;
        f.feed(s.constData(), size_t(s.size()) * sizeof(QChar));
        const char end = 0x1f;
        f.feed(&end, 1);
        return f.h;
    }
    static quint64 bytewise(qint64 i)
    {
        Fnv f;
        f.feed(&i, sizeof i);
        return f.h;
    }

private slots:
    void stringsHashAsTheirBytes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("ascii") << QStringLiteral("T0001234");
        QTest::newRow("latin-1") << QStringLiteral("café ÿ");
        QTest::newRow("romanian") << QStringLiteral("Ștefan Țăran, Înșir");
        QTest::newRow("high and low bytes")
            << (QString(QChar(0x0100)) + QChar(0xff00) + QChar(0x01ff) + QChar(0x00ff));
        QTest::newRow("cjk") << QStringLiteral("東京 – €");
        QTest::newRow("surrogate pair") << QString::fromUtf8("ok \xf0\x9f\x98\x80!");
    }

    void stringsHashAsTheirBytes()
    {
        QFETCH(QString, text);
        Fnv f;
        f.feedString(text);
        QCOMPARE(f.h, bytewise(text));
    }

    void integersHashAsTheirBytes()
    {
        QList<qint64> values{0,
                             1,
                             255,
                             256,
                             65535,
                             -1,
                             -256,
                             1700000000,
                             qint64(1) << 40,
                             std::numeric_limits<qint64>::max(),
                             std::numeric_limits<qint64>::min()};
        QRandomGenerator random(42);
        for (int i = 0; i < 1000; ++i)
            values << qint64(random.generate64() >> random.bounded(64));
        for (const qint64 v : std::as_const(values)) {
            Fnv f;
            f.feedInteger(v);
            QCOMPARE(f.h, bytewise(v));
        }
    }

    void aKnownHash()
    {
        // The value stores hold for this feed: the FNV-1a of the bytes, written down once.
        Fnv f;
        f.feedString(QStringLiteral("A"));
        f.feedTag(false, QMetaType::LongLong);
        f.feedInteger(42);
        Fnv g;
        const unsigned char bytes[] = {'A', 0, 0x1f, 'a' + QMetaType::LongLong % 20, 42, 0, 0, 0, 0,
                                       0,   0, 0};
        g.feed(bytes, sizeof bytes);
        QCOMPARE(f.h, g.h);
        quint64 h = 1469598103934665603ULL;
        for (const unsigned char b : bytes) {
            h ^= b;
            h *= 1099511628211ULL;
        }
        QCOMPARE(f.h, h);
    }
};

QTEST_APPLESS_MAIN(TestFnv)
#include "tst_fnv.moc"
