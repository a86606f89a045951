// The hot path of ODS reading: the rows of one table of content.xml, written once as a
// template over the XML source so that the fast scanner and the QXmlStreamReader reference
// run the very same cell logic.
#include "import/readers/cellvalues.h"
#include "import/readers/odsreader.h"
#include "import/readers/qtxmlsource.h"
#include "import/readers/repeatedtexts.h"
#include "import/readers/xlsxbook.h"
#include "import/readers/xmlscanner.h"

#include <string>

namespace busola {

namespace {

class OdsText
{
    Q_DECLARE_TR_FUNCTIONS(busola::OdsReader)
};

const QString kContent = QStringLiteral("content.xml");

inline QString utf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// What a cell's office:value-type says to read, decided once per cell.
enum class OdsType : quint8 {
    None,        ///< no value type: text, or a formula without a cached value
    Number,      ///< float, percentage, currency: office:value
    Date,        ///< office:date-value
    Time,        ///< office:time-value
    Boolean,     ///< office:boolean-value
    StringValue, ///< string with office:string-value (the value, not the paragraphs)
    Text,        ///< string or an unknown type: the paragraphs
};

long long repeatCount(std::string_view value)
{
    long long n = 1;
    if (value.empty() || !cellvalues::parseIndex(value, 1000000000LL, n) || n < 1)
        return 1;
    return n;
}

/// Advances to the start of the index-th top-level table; its name in name.
template <class X> bool seekTable(X &xml, int index, std::string &name, bool &found, QString &error)
{
    int seen = 0, tableDepth = 0;
    found = false;
    for (;;) {
        switch (xml.next()) {
        case X::StartElement:
            if (xml.localName() == "table") {
                if (tableDepth == 0 && seen++ == index) {
                    name.assign(xml.attribute("name"));
                    found = true;
                    return true;
                }
                ++tableDepth;
            }
            break;
        case X::EndElement:
            if (xml.localName() == "table")
                --tableDepth;
            break;
        case X::EndOfDocument:
            return true;
        case X::Invalid:
            error = xml.errorString();
            return false;
        default:
            break;
        }
    }
}

template <class X> class OdsRows final : public RowStream
{
public:
    OdsRows(std::unique_ptr<ByteSource> source, const QString &label)
        : m_source(std::move(source))
        , m_xml(m_source.get(), label)
        , m_label(label)
    {}

    X &xml() { return m_xml; }
    bool readRow(SheetRow &row, int &rowNumber) override;
    QString errorString() const override { return m_error; }
    double progress() const override { return m_xml.progress(); }

private:
    bool fail(const QString &problem)
    {
        m_error = problem;
        m_done = true;
        return false;
    }
    bool readCells(SheetRow &row);
    bool readCell(SheetRow &row, long long &column);
    bool readCellText(std::string_view endName);
    Cell makeCell(long long column, OdsType type, bool isError);
    OdsType valueType();

    std::unique_ptr<ByteSource> m_source;
    X m_xml;
    QString m_label;
    long long m_lastRow = 0; ///< rows of the table passed so far (1-based number of the last)
    long long m_copiesLeft = 0;
    SheetRow m_repeated;
    bool m_done = false;
    bool m_hasFormula = false;
    std::string m_text, m_value;
    RepeatedTexts m_texts;
    QString m_error;
};

template <class X> bool OdsRows<X>::readRow(SheetRow &row, int &rowNumber)
{
    if (m_copiesLeft > 0) {
        --m_copiesLeft;
        row = m_repeated;
        rowNumber = int(++m_lastRow);
        return true;
    }
    int tableDepth = 0;
    while (!m_done) {
        switch (m_xml.next()) {
        case X::StartElement: {
            const std::string_view name = m_xml.localName();
            if (name == "table") {
                ++tableDepth; // a table inside a cell: its rows are not the sheet's
            } else if (name == "table-row" && tableDepth == 0) {
                const long long repeat = repeatCount(m_xml.attribute("number-rows-repeated"));
                row.clear();
                if (!readCells(row))
                    return false;
                if (row.isEmpty()) {
                    m_lastRow += repeat;
                    break;
                }
                if (m_lastRow + repeat > cellvalues::kMaxRows)
                    return fail(OdsText::tr("%1: more than %2 rows")
                                    .arg(m_label)
                                    .arg(cellvalues::kMaxRows));
                rowNumber = int(++m_lastRow);
                m_copiesLeft = repeat - 1;
                if (m_copiesLeft > 0)
                    m_repeated = row;
                return true;
            }
            break;
        }
        case X::EndElement:
            if (m_xml.localName() == "table" && tableDepth-- == 0) {
                m_done = true; // the end of the selected sheet
                return false;
            }
            break;
        case X::EndOfDocument:
            return fail(OdsText::tr("%1: the document ends inside a sheet").arg(m_label));
        case X::Invalid:
            return fail(m_xml.errorString());
        default:
            break;
        }
    }
    return false;
}

template <class X> bool OdsRows<X>::readCells(SheetRow &row)
{
    long long column = 0; // columns passed so far
    for (;;) {
        switch (m_xml.next()) {
        case X::StartElement: {
            const std::string_view name = m_xml.localName();
            if ((name == "table-cell" || name == "covered-table-cell") && !readCell(row, column))
                return false;
            break;
        }
        case X::EndElement:
            if (m_xml.localName() == "table-row")
                return true;
            break;
        case X::Text:
            break;
        default:
            return fail(m_xml.errorString());
        }
    }
}

template <class X> bool OdsRows<X>::readCell(SheetRow &row, long long &column)
{
    const long long repeat = repeatCount(m_xml.attribute("number-columns-repeated"));
    const OdsType type = valueType();
    const bool isError = m_xml.qualifiedAttribute("calcext:value-type") == "error";
    m_hasFormula = m_xml.hasAttribute("formula");
    // The element is table-cell or covered-table-cell: its name outlives next() as a literal.
    const std::string_view endName =
        m_xml.localName() == "table-cell" ? "table-cell" : "covered-table-cell";
    if (!readCellText(endName))
        return false;
    Cell cell = makeCell(column, type, isError);
    if (cell.isEmpty()) {
        column += repeat;
        return true;
    }
    if (column + repeat > cellvalues::kMaxColumns)
        return fail(OdsText::tr("%1: row %2 has a cell beyond column %3, the most a sheet can have")
                        .arg(m_label)
                        .arg(m_lastRow + 1)
                        .arg(cellvalues::kMaxColumns));
    row.resize(qsizetype(column + repeat));
    for (long long i = 0; i < repeat; ++i)
        row[qsizetype(column + i)] = cell;
    column += repeat;
    return true;
}

/// The text of the cell's paragraphs (joined by line breaks), with ODF's space, tab and
/// line-break elements; annotations and other embedded objects are not the cell's text.
template <class X> bool OdsRows<X>::readCellText(std::string_view endName)
{
    m_text.clear();
    int depth = 0, paragraphs = 0;
    int skipDepth = 0; // > 0 inside something that is not the cell's text
    for (;;) {
        switch (m_xml.next()) {
        case X::StartElement: {
            ++depth;
            const std::string_view name = m_xml.localName();
            if (skipDepth > 0 || (depth == 1 && name != "p" && name != "h")) {
                ++skipDepth;
            } else if (depth == 1) {
                if (paragraphs++ > 0)
                    m_text += '\n';
                if (m_xml.takePlainContent()) { // <text:p>plain text</text:p>, nearly always
                    m_text.append(m_xml.text());
                    --depth;
                }
            } else if (name == "s") {
                m_text.append(std::size_t(qMin(repeatCount(m_xml.attribute("c")), 65536LL)), ' ');
            } else if (name == "tab") {
                m_text += '\t';
            } else if (name == "line-break") {
                m_text += '\n';
            } else if (name == "annotation" || name == "note") {
                ++skipDepth;
            }
            break;
        }
        case X::EndElement:
            if (depth == 0)
                return m_xml.localName() == endName ? true : fail(m_xml.errorString());
            --depth;
            if (skipDepth > 0)
                --skipDepth;
            break;
        case X::Text:
            if (depth > 0 && skipDepth == 0)
                m_text.append(m_xml.text());
            break;
        default:
            return fail(m_xml.errorString());
        }
    }
}

/// The cell's value type, with its value attribute copied into m_value (the cell's text is
/// read before the cell is made, and the attribute views end with the next token).
template <class X> OdsType OdsRows<X>::valueType()
{
    std::string_view type = m_xml.qualifiedAttribute("office:value-type");
    if (type.empty())
        type = m_xml.attribute("value-type");
    m_value.clear();
    if (type.empty())
        return OdsType::None;
    if (type == "float" || type == "percentage" || type == "currency") {
        m_value.assign(m_xml.attribute("value"));
        return OdsType::Number;
    }
    if (type == "date") {
        m_value.assign(m_xml.attribute("date-value"));
        return OdsType::Date;
    }
    if (type == "time") {
        m_value.assign(m_xml.attribute("time-value"));
        return OdsType::Time;
    }
    if (type == "boolean") {
        m_value.assign(m_xml.attribute("boolean-value"));
        return OdsType::Boolean;
    }
    if (type == "string" && m_xml.hasAttribute("string-value")) {
        m_value.assign(m_xml.attribute("string-value"));
        return OdsType::StringValue;
    }
    return OdsType::Text;
}

template <class X> Cell OdsRows<X>::makeCell(long long column, OdsType type, bool isError)
{
    const std::string_view value = m_value;
    double number = 0;
    if (isError)
        return Cell{Cell::Type::Error, 0, utf8(m_text)};
    switch (type) {
    case OdsType::Number:
        if (cellvalues::parseNumber(value, number))
            return Cell::ofNumber(number);
        return Cell{Cell::Type::Error, 0, OdsText::tr("invalid number: %1").arg(utf8(value))};
    case OdsType::Date:
        if (cellvalues::parseIsoDateTime(value, number))
            return Cell::ofDateTime(number);
        return Cell{Cell::Type::Error, 0, OdsText::tr("invalid date: %1").arg(utf8(value))};
    case OdsType::Time:
        if (cellvalues::parseIsoDuration(value, number))
            return Cell::ofDateTime(number);
        return Cell{Cell::Type::Error, 0, OdsText::tr("invalid time: %1").arg(utf8(value))};
    case OdsType::Boolean:
        return Cell{Cell::Type::Boolean, (value == "true" || value == "1") ? 1.0 : 0.0, {}};
    case OdsType::StringValue:
        return Cell::ofText(m_texts.text(column, value));
    case OdsType::None:
        if (m_hasFormula && m_text.empty())
            return Cell{Cell::Type::Error, 0, OdsText::tr("formula without a cached value")};
        break;
    case OdsType::Text:
        break;
    }
    return m_text.empty() ? Cell() : Cell::ofText(m_texts.text(column, m_text));
}

} // namespace

bool readOdsTableNames(const ZipArchive &zip, const SpreadsheetReaderOptions &options,
                       int stopAfter, QStringList &names, QString &error)
{
    // One linear pass: top-level tables are those met at table depth 0.
    std::unique_ptr<ByteSource> source = openPartSource(zip, kContent, options, error);
    if (!source)
        return false;
    XmlScanner xml(source.get(), partLabel(zip.path(), kContent));
    int tableDepth = 0;
    for (;;) {
        switch (xml.next()) {
        case XmlScanner::StartElement:
            if (xml.localName() == "table") {
                if (tableDepth == 0) {
                    const std::string_view name = xml.attribute("name");
                    names.append(utf8(name));
                    if (stopAfter > 0 && names.size() >= stopAfter)
                        return true;
                }
                ++tableDepth;
            }
            break;
        case XmlScanner::EndElement:
            if (xml.localName() == "table")
                --tableDepth;
            break;
        case XmlScanner::EndOfDocument:
            return true;
        case XmlScanner::Invalid:
            error = xml.errorString();
            return false;
        default:
            break;
        }
    }
}

template <class X>
std::unique_ptr<RowStream> openRows(std::unique_ptr<ByteSource> source, const QString &label,
                                    int index, const QString &expectedName, QString &error)
{
    auto rows = std::make_unique<OdsRows<X>>(std::move(source), label);
    std::string name;
    bool found = false;
    if (!seekTable(rows->xml(), index, name, found, error))
        return nullptr;
    if (!found || utf8(name) != expectedName) {
        error =
            OdsText::tr("%1: sheet %2 is not \"%3\" as settings.xml says: the file is inconsistent")
                .arg(label)
                .arg(index + 1)
                .arg(expectedName);
        return nullptr;
    }
    return rows;
}

std::unique_ptr<RowStream> openOdsRows(const ZipArchive &zip,
                                       const SpreadsheetReaderOptions &options, int index,
                                       const QString &expectedName, QString &error)
{
    std::unique_ptr<ByteSource> source = openPartSource(zip, kContent, options, error);
    if (!source)
        return nullptr;
    const QString label = partLabel(zip.path(), kContent);
    if (options.referenceXml)
        return openRows<QtXmlSource>(std::move(source), label, index, expectedName, error);
    return openRows<XmlScanner>(std::move(source), label, index, expectedName, error);
}

} // namespace busola
