// The lean XML scanner against QXmlStreamReader (QtXmlSource): identical token streams on
// crafted documents fed in chunks of every size, the same refusals, and identical cells from
// both paths on every spreadsheet fixture.

#include "import/readers/bytesource.h"
#include "import/readers/qtxmlsource.h"
#include "import/readers/spreadsheetreaders.h"
#include "import/readers/xmlscanner.h"
#include "sheettestutil.h"

#include <QDir>
#include <QTest>

#include <cstring>

using namespace busola;

namespace {

/// Serves a byte array in reads of at most chunk bytes, so tokens straddle every boundary.
class MemorySource final : public ByteSource
{
public:
    MemorySource(QByteArray data, qint64 chunk)
        : m_data(std::move(data))
        , m_chunk(chunk)
    {}
    qint64 read(char *buffer, qint64 maxLen) override
    {
        const qint64 n = qMin(qMin(maxLen, m_chunk), qint64(m_data.size()) - m_pos);
        std::memcpy(buffer, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    QString errorString() const override { return {}; }
    double progress() const override
    {
        return m_data.isEmpty() ? 1.0 : double(m_pos) / double(m_data.size());
    }

private:
    QByteArray m_data;
    qint64 m_chunk;
    qint64 m_pos = 0;
};

/// The token stream as text; adjacent text tokens merged (either side may split them).
/// With shortcut, every element's content is first offered to takePlainContent(), whose
/// text and end tag must read as the tokens next() would have given.
template <class X> QStringList tokens(X &xml, bool shortcut = false)
{
    QStringList out;
    QString text;
    const auto flush = [&] {
        if (!text.isEmpty())
            out.append(QStringLiteral("text ") + text);
        text.clear();
    };
    for (;;) {
        const auto t = xml.next();
        const auto s = [](std::string_view v) {
            return QString::fromUtf8(v.data(), qsizetype(v.size()));
        };
        if (t == X::Text) {
            text += s(xml.text());
            continue;
        }
        flush();
        if (t == X::StartElement) {
            out.append(QStringLiteral("start ") + s(xml.localName()) + QLatin1Char(' ') +
                       s(xml.qualifiedName()) + QStringLiteral(" a=") + s(xml.attribute("a")) +
                       QStringLiteral(" b=") + s(xml.attribute("b")));
            if (shortcut && xml.takePlainContent()) {
                text += s(xml.text());
                flush();
                out.append(QStringLiteral("end ") + s(xml.localName()));
            }
        } else if (t == X::EndElement)
            out.append(QStringLiteral("end ") + s(xml.localName()));
        else if (t == X::EndOfDocument)
            return out << QStringLiteral("eof");
        else
            return out << QStringLiteral("invalid");
    }
}

} // namespace

class TestXmlScanner : public QObject
{
    Q_OBJECT

private slots:
    void sameTokensAsQt_data();
    void sameTokensAsQt();
    void refused_data();
    void refused();
    void readersAgreeOnEveryFixture_data();
    void readersAgreeOnEveryFixture();
};

void TestXmlScanner::sameTokensAsQt_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addRow("declaration and comment")
        << QByteArray("<?xml version=\"1.0\"?>\n<!-- c -->\n<r>x</r>\n");
    QTest::addRow("prefixes") << QByteArray(
        "<x:r xmlns:x=\"u\"><x:c a=\"1\"/><y:c xmlns:y=\"v\" y:b='2'/></x:r>");
    QTest::addRow("self-closing and attributes in any order")
        << QByteArray("<r><c b=\"2\" a=\"1\"/><c  a = '3'\n b\t=\"4\" /></r>");
    QTest::addRow("entities") << QByteArray(
        "<r a=\"&lt;&amp;&gt;&quot;&apos;\">&lt;&amp;&gt;&quot;&apos;</r>");
    QTest::addRow("character references")
        << QByteArray("<r a=\"&#x218;&#539;\">&#x218;tefan &#259; &#x1F600; &#65;</r>");
    QTest::addRow("CDATA") << QByteArray("<r>a<![CDATA[<not> &amp; a tag]]>b</r>");
    QTest::addRow("line ends") << QByteArray("<r a=\"x\r\ny\tz\">1\r\n2\r3&#13;4</r>");
    QTest::addRow("UTF-8 and BOM") << QByteArray("\xEF\xBB\xBF<r>Ștefan Țăranu ăâî</r>");
    QTest::addRow("greater-than in attribute") << QByteArray("<r a=\"x>y\" b='\"'/>");
    QTest::addRow("nested and mixed") << QByteArray("<a><b>1<c/>2</b><d a=\"\">3</d></a>");
    QTest::addRow("truncated") << QByteArray("<r><c>1</c><c>2");
    QTest::addRow("mismatched tags") << QByteArray("<r><c></d></r>");
    QTest::addRow("empty document") << QByteArray("");
    QTest::addRow("plain contents")
        << QByteArray("<x:r><x:c t=\"s\"><x:v>12</x:v></x:c><v></v><v>a&amp;b</v><v>1\r\n2</v>"
                      "<v>a<b/>c</v><p>x</q></x:r>");
    // Names and values of every length around 16 bytes, so that a run ends at every offset
    // of a block a scanner may read at once.
    QByteArray lengths("<table:table xmlns:table=\"t\">");
    for (int n = 1; n <= 40; ++n) {
        const QByteArray name = "table:" + QByteArray(n, 'n');
        lengths += "<" + name + " a=\"" + QByteArray(n, 'v') + "\" b='" + QByteArray(n, 'w') +
                   "&amp;'>" + QByteArray(n, 't') + "</" + name + ">";
        lengths += "<c a=\"" + QByteArray(n, 'v') + "\t\">" + QByteArray(n, 'x') + "\r</c>";
        const QByteArray prefix(n, 'p'); // the colon at every offset
        lengths += "<" + prefix + ":c xmlns:" + prefix + "=\"u\" " + prefix + ":a=\"1\">" +
                   QByteArray(n, 't') + "&amp;" + QByteArray(n, 'u') + "</" + prefix + ":c>";
    }
    QTest::addRow("runs of every length") << lengths + "</table:table>";
    QTest::addRow("less-than late in a long attribute value")
        << QByteArray("<r><c a=\"" + QByteArray(37, 'v') + "<\"/></r>");
}

void TestXmlScanner::sameTokensAsQt()
{
    QFETCH(QByteArray, xml);
    MemorySource whole(xml, 1 << 20);
    QtXmlSource reference(&whole, QStringLiteral("test"));
    const QStringList expected = tokens(reference);
    for (qint64 chunk : {1, 2, 3, 5, 7, 64, 1 << 20}) {
        MemorySource source(xml, chunk);
        XmlScanner scanner(&source, QStringLiteral("test"));
        QCOMPARE(tokens(scanner), expected);
        MemorySource again(xml, chunk);
        XmlScanner shortcuts(&again, QStringLiteral("test"));
        QCOMPARE(tokens(shortcuts, true), expected);
    }
}

void TestXmlScanner::refused_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("problem");
    QTest::addRow("DTD") << QByteArray("<!DOCTYPE r [<!ENTITY a \"b\">]><r>&a;</r>")
                         << QStringLiteral("DTD");
    QTest::addRow("billion laughs")
        << QByteArray(
               "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
               "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>")
        << QStringLiteral("DTD");
    QTest::addRow("undeclared entity")
        << QByteArray("<r>&nbsp;</r>") << QStringLiteral("undeclared entity");
    QTest::addRow("bad character reference")
        << QByteArray("<r>&#0;</r>") << QStringLiteral("character");
    QTest::addRow("text outside") << QByteArray("<r/>junk") << QStringLiteral("outside");
    QTest::addRow("truncated") << QByteArray("<r><c>") << QStringLiteral("truncated");
    QTest::addRow("UTF-16") << QByteArray("\xFF\xFE<\0r\0/\0>\0", 10) << QStringLiteral("UTF-16");
}

void TestXmlScanner::refused()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, problem);
    MemorySource source(xml, 3);
    XmlScanner scanner(&source, QStringLiteral("doc.xml"));
    XmlScanner::Token t;
    while ((t = scanner.next()) != XmlScanner::Invalid && t != XmlScanner::EndOfDocument) {
    }
    QCOMPARE(t, XmlScanner::Invalid);
    QVERIFY2(scanner.errorString().contains(QLatin1String("doc.xml")),
             qPrintable(scanner.errorString()));
    QVERIFY2(scanner.errorString().contains(problem), qPrintable(scanner.errorString()));
    QCOMPARE(scanner.next(), XmlScanner::Invalid); // stays failed, no loop
}

void TestXmlScanner::readersAgreeOnEveryFixture_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(BUSOLA_TEST_DATA "/sheets"));
    const QStringList files =
        dir.entryList({QStringLiteral("*.xlsx"), QStringLiteral("*.ods")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 15);
    for (const QString &f : files)
        QTest::addRow("%s", qPrintable(f)) << dir.filePath(f);
}

void TestXmlScanner::readersAgreeOnEveryFixture()
{
    QFETCH(QString, file);
    const bool ods = file.endsWith(QLatin1String(".ods"));
    QStringList results[2];
    for (int reference = 0; reference < 2; ++reference) {
        SpreadsheetReaderOptions options;
        options.referenceXml = reference == 1;
        auto reader = ods ? createOdsReader(options) : createXlsxReader(options);
        if (!reader->open(file)) {
            results[reference] << QStringLiteral("open failed");
            continue;
        }
        for (int s = 0; s < reader->sheetNames().size(); ++s) {
            QStringList rows = sheettest::readSheet(*reader, file, s);
            // Messages differ between the parsers; that both fail, and where, must not.
            if (!rows.isEmpty() && rows.last().startsWith(QLatin1String("ERROR: ")))
                rows.last() = QStringLiteral("error");
            results[reference] << rows;
        }
    }
    QCOMPARE(results[0], results[1]);
}

QTEST_GUILESS_MAIN(TestXmlScanner)
#include "tst_xmlscanner.moc"
