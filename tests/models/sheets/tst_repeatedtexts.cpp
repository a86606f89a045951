#include "import/readers/repeatedtexts.h"

#include <QTest>

using namespace busola;

/// Readers hand the cells of a text that repeats in a column one shared string: the text must
/// always be the cell's own, whichever column and however many distinct texts it has.
class TestRepeatedTexts : public QObject
{
    Q_OBJECT

private slots:
    void repeatsShareOneString()
    {
        RepeatedTexts texts;
        const QString a = texts.text(3, "Suport N1");
        const QString b = texts.text(3, std::string("Suport N1"));
        QCOMPARE(a, QStringLiteral("Suport N1"));
        QCOMPARE(b.constData(), a.constData());
        const QString other = texts.text(3, "Suport N2");
        QCOMPARE(other, QStringLiteral("Suport N2"));
        QVERIFY(other.constData() != a.constData());
        // Another column keeps its own texts.
        const QString elsewhere = texts.text(4, "Suport N1");
        QCOMPARE(elsewhere, a);
        QVERIFY(elsewhere.constData() != a.constData());
        QCOMPARE(texts.text(3, "Ștefan Țăranu"), QString::fromUtf8("Ștefan Țăranu"));
        QCOMPARE(texts.text(3, ""), QString());
    }

    void manyDistinctTextsStayRight()
    {
        // A column of ids: past the texts a column keeps, each cell still gets its own text.
        RepeatedTexts texts;
        for (int round = 0; round < 2; ++round)
            for (int i = 0; i < 2000; ++i) {
                const QByteArray id = "T" + QByteArray::number(i);
                QCOMPARE(texts.text(0, std::string_view(id.constData(), size_t(id.size()))),
                         QString::fromLatin1(id));
            }
        // Columns out of the kept range are converted each time.
        QCOMPARE(texts.text(100000, "x"), QStringLiteral("x"));
        QCOMPARE(texts.text(-1, "y"), QStringLiteral("y"));
    }
};

QTEST_APPLESS_MAIN(TestRepeatedTexts)
#include "tst_repeatedtexts.moc"
