#include "common/sha256.h"

#include <QCryptographicHash>
#include <QTest>

using namespace busola;

/// The import history's file hashes: the standard's test vectors, and a file fed in uneven
/// chunks as the import's hashing thread feeds it.
class TestSha256 : public QObject
{
    Q_OBJECT

    static QString digest(const QByteArray &bytes)
    {
        Sha256 hash;
        hash.addData(bytes);
        return hash.hexResult();
    }

private slots:
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("empty")
            << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::addRow("abc") << QByteArray("abc")
                             << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        QTest::addRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
        QTest::addRow("a million a")
            << QByteArray(1000000, 'a')
            << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
    }

    void vectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(digest(input), expected);
    }

    void unevenChunksHashAsOne()
    {
        QByteArray file(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        quint32 x = 12345;
        for (char &c : file) {
            x = x * 1103515245u + 12345u;
            c = char(x >> 24);
        }
        Sha256 hash;
        qsizetype at = 0;
        for (qsizetype step = 1; at < file.size(); step = step * 7 % 100003 + 1) {
            const qsizetype n = std::min(step, file.size() - at);
            hash.addData(QByteArrayView(file.constData() + at, n));
            at += n;
        }
        QCOMPARE(hash.hexResult(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex()));
        qInfo("implementation: %s", Sha256::implementation());
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
