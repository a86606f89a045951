// The lean XML scanner against QXmlStreamReader (QtXmlSource): identical token streams on
// crafted documents fed in chunks of every size, the same refusals, and identical cells from
// both paths on every spreadsheet fixture.

#include "import/readers/bytesource.h"
#include "import/readers/qtxmlsource.h"
#include "import/readers/spreadsheetreaders.h"
#include "import/readers/xmlscanner.h"
#include "sheettestutil.h"
#include "storedzip.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <type_traits>

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

enum class Shortcut { None, PlainContent, Element };

QString str(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

/// An element XmlScanner::peekElement() read whole, as the tokens next() would give for it.
void appendTokens(const XmlScanner::Element &e, QStringList &out)
{
    out.append(QStringLiteral("start ") + str(e.local) + QLatin1Char(' ') + str(e.qname) +
               QStringLiteral(" a=") + str(e.attribute("a")) + QStringLiteral(" b=") +
               str(e.attribute("b")));
    for (int d = 0; d < e.depth; ++d)
        out.append(QStringLiteral("start ") + str(e.childLocal[d]) + QLatin1Char(' ') +
                   str(e.childQName[d]) + QStringLiteral(" a= b="));
    if (!e.text.empty())
        out.append(QStringLiteral("text ") + str(e.text));
    for (int d = e.depth - 1; d >= 0; --d)
        out.append(QStringLiteral("end ") + str(e.childLocal[d]));
    out.append(QStringLiteral("end ") + str(e.local));
}

/// The token stream as text; adjacent text tokens merged (either side may split them).
/// With Shortcut::PlainContent, every element's content is first offered to
/// takePlainContent(); with Shortcut::Element, every token is first offered to peekElement().
/// What they take must read as the tokens next() would have given.
template <class X> QStringList tokens(X &xml, Shortcut shortcut = Shortcut::None)
{
    QStringList out;
    QString text;
    const auto flush = [&] {
        if (!text.isEmpty())
            out.append(QStringLiteral("text ") + text);
        text.clear();
    };
    [[maybe_unused]] XmlScanner::Element element;
    for (;;) {
        if constexpr (std::is_same_v<X, XmlScanner>) {
            if (shortcut == Shortcut::Element && xml.peekElement(element)) {
                flush();
                appendTokens(element, out);
                xml.takeElement(element);
                if (str(xml.localName()) != str(element.local))
                    return out << QStringLiteral("takeElement left another name");
                continue;
            }
        }
        const auto t = xml.next();
        const auto s = str;
        if (t == X::Text) {
            text += s(xml.text());
            continue;
        }
        flush();
        if (t == X::StartElement) {
            out.append(QStringLiteral("start ") + s(xml.localName()) + QLatin1Char(' ') +
                       s(xml.qualifiedName()) + QStringLiteral(" a=") + s(xml.attribute("a")) +
                       QStringLiteral(" b=") + s(xml.attribute("b")));
            if (shortcut == Shortcut::PlainContent && xml.takePlainContent()) {
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
    void cellsReadWholeAsTokenByToken();
    void cellReferences();
    void textLongerThanTheBuffer();
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
    QTest::addRow("greater-than in text")
        << QByteArray("<r><t>a > b ]> ] > ]]x ]]</t><c r=\"A1\"><v>1>2]</v></c>&gt;]]&gt;</r>");
    QTest::addRow("attribute twice in a cell")
        << QByteArray("<r><c r=\"A1\"><v>1</v></c><c r=\"B1\" s=\"1\" r=\"C1\"><v>2</v></c></r>");
    QTest::addRow("prefixed attributes with one local name in a cell")
        << QByteArray("<r><c r=\"A1\" x:r=\"B1\"><v>1</v></c><c y:s=\"1\" s=\"2\"/></r>");
    QTest::addRow("]]> in a cell") << QByteArray("<r><c r=\"A1\"><v>1]]>2</v></c></r>");
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
    // The shapes peekElement() takes whole, and their near misses, which next() must read.
    QTest::addRow("cells") << QByteArray(
        "<sheetData><row r=\"2\"><c r=\"A2\" s=\"1\" t=\"n\"><v>45292.5</v></c>"
        "<c r='B2' t=\"inlineStr\"><is><t>Ștefan</t></is></c><c a=\"1\" b=\"2\"/><c></c>"
        "<c a=\"x\"><f>SUM(A1:A2)</f></c><c><v></v></c><c>own text</c>"
        "<x:c xmlns:x=\"u\" x:a=\"p\"><x:v>7</x:v></x:c></row></sheetData>");
    QTest::addRow("cells near the fast shape") << QByteArray(
        "<r><c a=\"&amp;\"><v>1</v></c><c><v >2</v ></c><c><v>3</v> </c><c> <v>4</v></c>"
        "<c><v a=\"1\">5</v></c><c><v/></c><c><v>6&amp;</v></c><c><v>7\r</v></c>"
        "<c><a><b><d>8</d></b></a></c><c><v>9</v><f>A1</f></c><c><v>10</v></c >"
        "<c a1=\"a\" a2=\"b\" a3=\"c\" a4=\"d\" a5=\"e\" a6=\"f\" a7=\"g\" a8=\"h\" a=\"9\"/>"
        "<c a1=\"a\" a2=\"b\" a3=\"c\" a4=\"d\" a5=\"e\" a6=\"f\" a7=\"g\" a=\"8\"/>"
        "<c a = \"3\"/></r>");
    QTest::addRow("a cell whose value is not closed") << QByteArray("<r><c><v>1</w></c></r>");
    QTest::addRow("a cell that is not closed") << QByteArray("<r><c><v>2</v></d></r>");
    QTest::addRow("a cell with a less-than in an attribute") << QByteArray("<r><c a=\"<\"/></r>");
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
        QCOMPARE(tokens(shortcuts, Shortcut::PlainContent), expected);
        MemorySource yetAgain(xml, chunk);
        XmlScanner elements(&yetAgain, QStringLiteral("test"));
        QCOMPARE(tokens(elements, Shortcut::Element), expected);
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
    QTest::addRow("attribute twice")
        << QByteArray("<r><c r=\"A1\" t=\"s\" r=\"B1\"><v>1</v></c></r>")
        << QStringLiteral("attribute given twice");
    QTest::addRow("prefixed attribute twice")
        << QByteArray("<r x:a=\"1\" b=\"2\" x:a=\"3\"/>") << QStringLiteral("given twice");
    QString many = QStringLiteral("<r");
    for (int i = 0; i < 5000; ++i)
        many += QStringLiteral(" a%1=\"%1\"").arg(i);
    QTest::addRow("attribute twice among thousands")
        << (many + QStringLiteral(" a4321=\"x\"/>")).toUtf8() << QStringLiteral("given twice");
    QTest::addRow("]]> in text") << QByteArray("<r><t>a]]>b</t></r>") << QStringLiteral("]]>");
    QTest::addRow("]]> in a cell's text")
        << QByteArray("<r><c r=\"A1\"><v>1]]></v></c></r>") << QStringLiteral("]]>");
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

/// A workbook around the given sheet XML, written to dir: shared strings "zero" and "one",
/// style 1 a date.
QString craftedWorkbook(const QTemporaryDir &dir, const QByteArray &sheet)
{
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const QByteArray workbook = "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel +
                                "\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/>"
                                "</sheets></workbook>";
    const QByteArray rels =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"" +
        rel +
        "/worksheet\" Target=\"worksheets/s.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"" +
        rel +
        "/sharedStrings\" Target=\"strings.xml\"/>"
        "<Relationship Id=\"rId3\" Type=\"" +
        rel +
        "/styles\" Target=\"styles.xml\"/>"
        "</Relationships>";
    const QByteArray strings = "<sst xmlns=\"" + main +
                               "\"><si><t>zero</t></si><si><t>one</t>"
                               "</si></sst>";
    const QByteArray styles = "<styleSheet xmlns=\"" + main +
                              "\"><cellXfs count=\"2\"><xf "
                              "numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>";
    const QString path = dir.filePath(QStringLiteral("crafted.xlsx"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(
        testzip::storedZip({{"xl/workbook.xml", workbook},
                            {"xl/_rels/workbook.xml.rels", rels},
                            {"xl/worksheets/s.xml", "<worksheet xmlns=\"" + main + "\" xmlns:x=\"" +
                                                        main + "\">" + sheet + "</worksheet>"},
                            {"xl/strings.xml", strings},
                            {"xl/styles.xml", styles}}));
    return path;
}

/// The cells the scanner reads whole (XmlScanner::peekElement) and those it declines, next to
/// each other: both paths give the same rows, and these rows.
void TestXmlScanner::cellsReadWholeAsTokenByToken()
{
    const QByteArray sheet =
        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c>"
        "<c r=\"B1\" t=\"inlineStr\"><is><t>Ștefan</t></is></c><c r=\"C1\" s=\"1\"><v>45292.5</v>"
        "</c><c r=\"D1\"><f>SUM(A1:A2)</f></c><c r=\"E1\" t=\"b\"><v>1</v></c>"
        "<c r=\"F1\" t=\"e\"><v>#DIV/0!</v></c><c r=\"G1\" t=\"str\"><v>x</v></c>"
        "<c r=\"H1\" t=\"d\"><v>2026-11-29T12:00:00</v></c><c r=\"I1\"/><c r=\"J1\"></c>"
        "<c r=\"K1\"><v></v></c><c r=\"L1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> a "
        "</t></is></c><c r=\"M1\"><v>12.5</v></c></row>\n"
        "<row r=\"2\"><c><v>1</v></c><c t=\"s\"><v>0</v></c><c r=\"C2\">\n <v>3</v>\n</c>"
        "<x:c r=\"D2\"><x:v>4</x:v></x:c><c r=\"E2\" s=\"1\"><v>0.25</v></c></row>"
        "<row r=\"3\"><c r=\"A3\"><f>A1</f><v>2</v></c><c r=\"B3\" t=\"inlineStr\"><is><r><t>a"
        "</t></r><r><t>b</t></r></is></c><c r=\"C3\" t=\"inlineStr\"><is><rPh>ph</rPh></is></c>"
        "<c r=\"D3\"><v><x>9</x></v></c><c r=\"E3\" t=\"inlineStr\"><is><t>a&amp;b</t></is></c>"
        "<c r=\"F3\" t=\"inlineStr\"><is><t>q</t></is><v>z</v></c></row>"
        "<row r=\"4\"><c r=\"B4\" t=\"s\"><v>2</v></c></row></sheetData>";
    QTemporaryDir dir;
    const QString path = craftedWorkbook(dir, sheet);
    QVERIFY(!path.isEmpty());
    const QStringList expected = {
        QStringLiteral("1| T:one | T:Ștefan | D:45292.500000 | E:formula without a cached value: "
                       "=SUM(A1:A2) | B:1 | E:#DIV/0! | T:x | D:46355.500000 |  |  |  | T: a  | "
                       "N:12.5"),
        QStringLiteral("2| N:1 | T:zero | N:3 | N:4 | D:0.250000"),
        QStringLiteral("3| N:2 | T:ab |  | N:9 | T:a&b | T:q"),
        QStringLiteral(
            "ERROR: %1, part xl/worksheets/s.xml: row 4 refers to shared string 2, which "
            "does not exist")
            .arg(path)};
    for (const bool reference : {false, true}) {
        SpreadsheetReaderOptions options;
        options.referenceXml = reference;
        auto reader = createXlsxReader(options);
        const QStringList rows = sheettest::readSheet(*reader, path, 0);
        QCOMPARE(rows, expected);
    }
}

/// A cell whose reference is its column's letters and its row's r as written is placed
/// without parsing the reference; any other reference is parsed. Both give the column named:
/// across Z/AA and AZ/BA, after gaps, past ZZ, lowercase, with $, naming another row.
void TestXmlScanner::cellReferences()
{
    QByteArray sheet = "<sheetData><row r=\"7\">";
    // Single-column gaps (C after A, AC after AA), so that a wrong guess of the next column's
    // letters would take a real reference for itself.
    for (const char *ref : {"A7", "C7", "Y7", "Z7", "AA7", "AC7", "AZ7", "BA7", "BB7", "BC7", "AB7",
                            "ZY7", "ZZ7", "AAA7", "AAB7"})
        sheet += QByteArray("<c r=\"") + ref + "\" t=\"inlineStr\"><is><t>" + ref + "</t></is></c>";
    sheet += "</row><row r=\"8\"><c r=\"a8\"><v>1</v></c><c r=\"$B$8\"><v>2</v></c>"
             "<c r=\"C9\"><v>3</v></c><c r=\"D8 \"><v>4</v></c><c><v>5</v></c></row>"
             "<row r=\"10\"><c r=\"B1\"><v>2</v></c><c r=\"C10\"><v>3</v></c></row>"
             "<row><c r=\"B11\"><v>2</v></c><c><v>3</v></c></row></sheetData>";
    QTemporaryDir dir;
    const QString path = craftedWorkbook(dir, sheet);
    QVERIFY(!path.isEmpty());
    const QStringList expected = {
        QStringLiteral("7: 1=T:A7 3=T:C7 25=T:Y7 26=T:Z7 27=T:AA7 28=T:AB7 29=T:AC7 52=T:AZ7"
                       " 53=T:BA7 54=T:BB7 55=T:BC7 701=T:ZY7 702=T:ZZ7 703=T:AAA7 704=T:AAB7"),
        QStringLiteral("8: 1=N:1 2=N:2 3=N:3 4=N:4 5=N:5"),
        QStringLiteral("10: 2=N:2 3=N:3"),
        QStringLiteral("11: 2=N:2 3=N:3"),
    };
    for (const bool reference : {false, true}) {
        SpreadsheetReaderOptions options;
        options.referenceXml = reference;
        auto reader = createXlsxReader(options);
        QVERIFY2(reader->open(path), qPrintable(reader->errorString()));
        QStringList rows;
        SheetRow row;
        while (reader->readRow(row)) {
            QStringList parts; // each filled cell as column=value
            for (int i = 0; i < row.size(); ++i)
                if (!row.at(i).isEmpty())
                    parts.append(QString::number(i + 1) + QLatin1Char('=') +
                                 sheettest::describe(row.at(i)));
            rows.append(QString::number(reader->rowNumber()) + QStringLiteral(": ") +
                        parts.join(QLatin1Char(' ')));
        }
        QCOMPARE(reader->errorString(), QString());
        QCOMPARE(rows, expected);
    }
}

/// A run of text longer than the scanner's largest buffer (64 MB) is handed over in parts: the
/// parts add up to the text, and a "]]>" whose ']' end one part and whose '>' starts the next
/// is refused all the same.
void TestXmlScanner::textLongerThanTheBuffer()
{
    const qsizetype buffer = qsizetype(64) << 20;
    const QByteArray head("<r>");
    for (const bool withEnd : {false, true}) {
        QByteArray xml = head + QByteArray(buffer + 100, 'a') + "</r>";
        if (withEnd) // "]]" as the buffer's last bytes, '>' the first byte after it
            xml.replace(buffer - 2, 3, "]]>");
        MemorySource source(xml, 1 << 20);
        XmlScanner scanner(&source, QStringLiteral("doc.xml"));
        qsizetype text = 0;
        XmlScanner::Token t;
        while ((t = scanner.next()) != XmlScanner::Invalid && t != XmlScanner::EndOfDocument)
            if (t == XmlScanner::Text)
                text += qsizetype(scanner.text().size());
        if (withEnd) {
            QCOMPARE(t, XmlScanner::Invalid);
            QVERIFY2(scanner.errorString().contains(QLatin1String("]]>")),
                     qPrintable(scanner.errorString()));
        } else {
            QCOMPARE(t, XmlScanner::EndOfDocument);
            QCOMPARE(text, buffer + 100);
        }
    }
}

QTEST_GUILESS_MAIN(TestXmlScanner)
#include "tst_xmlscanner.moc"
