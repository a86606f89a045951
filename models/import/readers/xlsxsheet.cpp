// The hot path of XLSX reading: the rows of a worksheet and the shared-string table, written
// once as templates over the XML source so that the fast scanner and the QXmlStreamReader
// reference run the very same cell logic. The one shortcut: over the fast scanner, a cell of
// the commonest shapes is read whole (takeCell), in one step instead of six or eight tokens;
// tst_xmlscanner holds it to the token-by-token reading.
#include "import/readers/cellvalues.h"
#include "import/readers/prefetchsource.h"
#include "import/readers/qtxmlsource.h"
#include "import/readers/repeatedtexts.h"
#include "import/readers/xlsxbook.h"
#include "import/readers/xmlscanner.h"

#include <QDir>

#include <cstring>
#include <string>
#include <type_traits>

namespace busola {

namespace {

class XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(busola::XlsxReader)
};

/// Appends the text of the rich-text element just started (<si>, <is>) until its end:
/// the <t> of the element and of its runs, not those of phonetic hints (<rPh>).
template <class X> bool collectRichText(X &xml, std::string_view endName, std::string &out)
{
    int tDepth = 0, phoneticDepth = 0;
    for (;;) {
        switch (xml.next()) {
        case X::StartElement:
            if (xml.localName() == "t" && tDepth == 0 && phoneticDepth == 0 &&
                xml.takePlainContent())
                out.append(xml.text()); // <t>plain text</t>, its end tag taken too
            else if (xml.localName() == "t")
                ++tDepth;
            else if (xml.localName() == "rPh")
                ++phoneticDepth;
            break;
        case X::EndElement:
            if (xml.localName() == "t")
                --tDepth;
            else if (xml.localName() == "rPh")
                --phoneticDepth;
            else if (xml.localName() == endName)
                return true;
            break;
        case X::Text:
            if (tDepth > 0 && phoneticDepth == 0)
                out.append(xml.text());
            break;
        default:
            return false;
        }
    }
}

/// Appends the character data until the end of the element just started.
template <class X> bool collectText(X &xml, std::string_view endName, std::string &out)
{
    if (xml.takePlainContent()) { // a cell's <v>, nearly always
        out.append(xml.text());
        return true;
    }
    for (;;) {
        switch (xml.next()) {
        case X::Text:
            out.append(xml.text());
            break;
        case X::EndElement:
            if (xml.localName() == endName)
                return true;
            break;
        case X::StartElement:
            break;
        default:
            return false;
        }
    }
}

inline QString utf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

template <class X> bool parseSharedStrings(X &xml, QVector<QString> &strings, QString &error)
{
    std::string text;
    for (;;) {
        switch (xml.next()) {
        case X::StartElement:
            if (xml.localName() == "si") {
                text.clear();
                if (!collectRichText(xml, "si", text)) {
                    error = xml.errorString();
                    return false;
                }
                strings.append(utf8(text));
            }
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

enum class CellKind : quint8 { Number, Shared, Inline, FormulaString, Boolean, Error, IsoDate };

CellKind cellKind(std::string_view t)
{
    if (t.empty() || t == "n")
        return CellKind::Number;
    if (t == "s")
        return CellKind::Shared;
    if (t == "inlineStr")
        return CellKind::Inline;
    if (t == "str")
        return CellKind::FormulaString;
    if (t == "b")
        return CellKind::Boolean;
    if (t == "e")
        return CellKind::Error;
    if (t == "d")
        return CellKind::IsoDate;
    return CellKind::Number;
}

/// A cell's style index (its s), or -1.
int styleIndex(std::string_view s)
{
    long long style = -1;
    if (!s.empty() && !cellvalues::parseIndex(s, 1 << 30, style))
        style = -1;
    return int(style);
}

/// What a cell holds besides its attributes: its <v>, <f> and <is> (views valid while the cell
/// is made).
struct CellContent
{
    bool hasValue = false, hasFormula = false, hasInline = false;
    std::string_view value, formula, inlineText;
};

template <class X> class XlsxRows final : public RowStream
{
public:
    XlsxRows(const XlsxBook &book, std::unique_ptr<ByteSource> source, const QString &label)
        : m_book(book)
        , m_source(std::move(source))
        , m_xml(m_source.get(), label)
        , m_label(label)
    {}

    bool readRow(SheetRow &row, int &rowNumber) override;
    QString errorString() const override { return m_error; }
    double progress() const override { return m_xml.progress(); }

private:
    bool fail(const QString &problem)
    {
        m_error = problem;
        return false;
    }
    bool readCells(SheetRow &row);
    bool takeCell(SheetRow &row, int &lastColumn);
    bool readCell(SheetRow &row, int &lastColumn);
    bool cellHead(std::string_view ref, int &lastColumn, int &column);
    bool isReferenceOf(std::string_view ref, int column) const;
    bool storeCell(SheetRow &row, int column, CellKind kind, int style, const CellContent &content);
    bool makeCell(int column, CellKind kind, int style, const CellContent &content, Cell &cell);

    const XlsxBook &m_book;
    std::unique_ptr<ByteSource> m_source;
    X m_xml;
    QString m_label;
    int m_lastRow = 0;
    char m_rowRef[16] = {}; ///< the row's r as written, when it fits: what its cells' r end with
    std::size_t m_rowRefSize = 0;
    bool m_done = false;
    std::string m_value, m_formula, m_inline;
    XmlScanner::Element m_element; ///< the fast path's, when X is XmlScanner
    RepeatedTexts m_texts;         ///< inline strings and formulas' texts
    QString m_error;
};

template <class X> bool XlsxRows<X>::readRow(SheetRow &row, int &rowNumber)
{
    while (!m_done) {
        switch (m_xml.next()) {
        case X::StartElement: {
            if (m_xml.localName() != "row")
                break;
            long long r = m_lastRow + 1;
            const std::string_view ref = m_xml.attribute("r");
            if (!ref.empty() && !cellvalues::parseIndex(ref, cellvalues::kMaxRows, r))
                return fail(XlsxText::tr("%1: row number \"%2\" is invalid or beyond row %3")
                                .arg(m_label, utf8(ref))
                                .arg(cellvalues::kMaxRows));
            if (r > cellvalues::kMaxRows)
                return fail(
                    XlsxText::tr("%1: more than %2 rows").arg(m_label).arg(cellvalues::kMaxRows));
            m_lastRow = int(r);
            m_rowRefSize = ref.size() <= sizeof m_rowRef ? ref.size() : 0;
            if (m_rowRefSize > 0) // a row without r gives no data pointer at all
                std::memcpy(m_rowRef, ref.data(), m_rowRefSize);
            row.clear();
            if (!readCells(row))
                return false;
            if (!row.isEmpty()) {
                rowNumber = m_lastRow;
                return true;
            }
            break;
        }
        case X::EndOfDocument:
            m_done = true;
            return false;
        case X::Invalid:
            m_done = true;
            return fail(m_xml.errorString());
        default:
            break;
        }
    }
    return false;
}

template <class X> bool XlsxRows<X>::readCells(SheetRow &row)
{
    int lastColumn = 0;
    for (;;) {
        if constexpr (std::is_same_v<X, XmlScanner>) {
            if (m_xml.peekElement(m_element) && m_element.local == "c") {
                if (!takeCell(row, lastColumn))
                    return false;
                continue;
            }
        }
        switch (m_xml.next()) {
        case X::StartElement:
            if (m_xml.localName() == "c" && !readCell(row, lastColumn))
                return false;
            break;
        case X::EndElement:
            if (m_xml.localName() == "row")
                return true;
            break;
        case X::Text:
            break;
        default:
            m_done = true;
            return fail(m_xml.errorString().isEmpty()
                            ? XlsxText::tr("%1: the sheet ends inside a row").arg(m_label)
                            : m_xml.errorString());
        }
    }
}

/// The fast path: a cell peeked whole by the scanner, in one of the shapes the token loop of
/// readCell() reads the same way (anything else goes through it).
template <class X> bool XlsxRows<X>::takeCell(SheetRow &row, int &lastColumn)
{
    const XmlScanner::Element &e = m_element;
    CellContent content;
    if (e.depth == 1 && e.childLocal[0] == "v")
        content.hasValue = true, content.value = e.text;
    else if (e.depth == 1 && e.childLocal[0] == "f")
        content.hasFormula = true, content.formula = e.text;
    else if (e.depth == 2 && e.childLocal[0] == "is" && e.childLocal[1] == "t")
        content.hasInline = true, content.inlineText = e.text;
    else if (e.depth != 0)
        return m_xml.next() == X::StartElement ? readCell(row, lastColumn)
                                               : fail(m_xml.errorString());
    m_xml.takeElement(e);
    // r, s and t in one pass over the attributes (peekElement() left a tag that repeats a name
    // to the token path, which refuses it or tells the prefixed ones apart).
    std::string_view attributes[3]; // r, s, t
    bool seen[3] = {};
    for (int i = 0; i < e.attributeCount; ++i) {
        const std::string_view name = e.attributeLocal[i];
        const int at = name == "r" ? 0 : name == "s" ? 1 : name == "t" ? 2 : -1;
        if (at >= 0 && !seen[at])
            seen[at] = true, attributes[at] = e.attributeValue[i];
    }
    int column = 0;
    return cellHead(attributes[0], lastColumn, column) &&
           storeCell(row, column, cellKind(attributes[2]), styleIndex(attributes[1]), content);
}

template <class X> bool XlsxRows<X>::readCell(SheetRow &row, int &lastColumn)
{
    int column = 0;
    if (!cellHead(m_xml.attribute("r"), lastColumn, column))
        return false;
    // The start tag's views last until the next token.
    const CellKind kind = cellKind(m_xml.attribute("t"));
    const int style = styleIndex(m_xml.attribute("s"));
    CellContent content;
    m_value.clear();
    m_formula.clear();
    m_inline.clear();
    for (bool inCell = true; inCell;) {
        switch (m_xml.next()) {
        case X::StartElement: {
            const std::string_view name = m_xml.localName();
            bool ok = true;
            if (name == "v")
                content.hasValue = true, ok = collectText(m_xml, "v", m_value);
            else if (name == "f")
                content.hasFormula = true, ok = collectText(m_xml, "f", m_formula);
            else if (name == "is")
                content.hasInline = true, ok = collectRichText(m_xml, "is", m_inline);
            if (!ok)
                return fail(m_xml.errorString());
            break;
        }
        case X::EndElement:
            inCell = m_xml.localName() != "c";
            break;
        case X::Text:
            break;
        default:
            return fail(m_xml.errorString());
        }
    }
    content.value = m_value;
    content.formula = m_formula;
    content.inlineText = m_inline;
    return storeCell(row, column, kind, style, content);
}

/// The cell's column, from its reference r or else the one after the last.
template <class X> bool XlsxRows<X>::cellHead(std::string_view ref, int &lastColumn, int &column)
{
    column = lastColumn + 1;
    int refRow = 0;
    if (!ref.empty() && !isReferenceOf(ref, column) &&
        !cellvalues::parseCellRef(ref, column, refRow))
        return fail(XlsxText::tr("%1: row %2: invalid cell reference \"%3\"")
                        .arg(m_label)
                        .arg(m_lastRow)
                        .arg(utf8(ref)));
    if (column > cellvalues::kMaxColumns)
        return fail(XlsxText::tr("%1: row %2 has a cell beyond column XFD (%3 columns at most)")
                        .arg(m_label)
                        .arg(m_lastRow)
                        .arg(cellvalues::kMaxColumns));
    lastColumn = column;
    return true;
}

/// True when ref is exactly the column's letters and then the row's r as written, which is
/// what writers give nearly every cell: parseCellRef would read this column from it, so it is
/// not parsed (a tenth of the sheet's reading time went to parsing references). Columns up to
/// ZZ.
template <class X> bool XlsxRows<X>::isReferenceOf(std::string_view ref, int column) const
{
    char letters[2];
    std::size_t n = 1;
    if (column <= 26) {
        letters[0] = char('A' + column - 1);
    } else if (column <= 26 + 26 * 26) {
        letters[0] = char('A' + (column - 27) / 26);
        letters[1] = char('A' + (column - 27) % 26);
        n = 2;
    } else {
        return false;
    }
    return m_rowRefSize > 0 && ref.size() == n + m_rowRefSize && ref[0] == letters[0] &&
           (n == 1 || ref[1] == letters[1]) &&
           std::memcmp(ref.data() + n, m_rowRef, m_rowRefSize) == 0;
}

template <class X>
bool XlsxRows<X>::storeCell(SheetRow &row, int column, CellKind kind, int style,
                            const CellContent &content)
{
    Cell cell;
    if (!makeCell(column, kind, style, content, cell))
        return false;
    if (cell.isEmpty())
        return true;
    if (row.size() < column)
        row.resize(column);
    row[column - 1] = std::move(cell);
    return true;
}

template <class X>
bool XlsxRows<X>::makeCell(int column, CellKind kind, int style, const CellContent &content,
                           Cell &cell)
{
    const std::string_view value = content.value;
    const bool noValue = !content.hasValue || (value.empty() && kind != CellKind::FormulaString);
    if (noValue && !(kind == CellKind::Inline && content.hasInline)) {
        if (content.hasFormula)
            cell =
                Cell{Cell::Type::Error, 0,
                     content.formula.empty() ? XlsxText::tr("formula without a cached value")
                                             : XlsxText::tr("formula without a cached value: =%1")
                                                   .arg(utf8(content.formula))};
        return true;
    }
    double number = 0;
    switch (kind) {
    case CellKind::Shared: {
        long long index = -1;
        if (!cellvalues::parseIndex(value, m_book.sharedStrings.size() - 1, index))
            return fail(XlsxText::tr("%1: row %2 refers to shared string %3, which does not exist")
                            .arg(m_label)
                            .arg(m_lastRow)
                            .arg(utf8(value)));
        cell = Cell::ofText(m_book.sharedStrings.at(qsizetype(index)));
        return true;
    }
    case CellKind::Inline:
        cell = Cell::ofText(m_texts.text(column, content.hasInline ? content.inlineText : value));
        return true;
    case CellKind::FormulaString:
        cell = Cell::ofText(m_texts.text(column, value));
        return true;
    case CellKind::Boolean:
        cell = Cell{Cell::Type::Boolean, (value == "1" || value == "true") ? 1.0 : 0.0, {}};
        return true;
    case CellKind::Error:
        cell = Cell{Cell::Type::Error, 0, utf8(value)};
        return true;
    case CellKind::IsoDate:
        if (cellvalues::parseIsoDateTime(value, number))
            cell = Cell::ofDateTime(number);
        else
            cell = Cell{Cell::Type::Error, 0, XlsxText::tr("invalid date: %1").arg(utf8(value))};
        return true;
    case CellKind::Number:
        break;
    }
    if (!cellvalues::parseNumber(value, number)) {
        cell = Cell{Cell::Type::Error, 0, XlsxText::tr("invalid number: %1").arg(utf8(value))};
        return true;
    }
    const bool isDate = style >= 0 && std::size_t(style) < m_book.dateStyles.size() &&
                        m_book.dateStyles[std::size_t(style)];
    cell = isDate ? Cell::ofDateTime(cellvalues::excelSerialToDays(number, m_book.date1904))
                  : Cell::ofNumber(number);
    return true;
}

} // namespace

QString partLabel(const QString &path, const QString &part)
{
    return XlsxText::tr("%1, part %2").arg(QDir::toNativeSeparators(path), part);
}

std::unique_ptr<ByteSource> openPartSource(const ZipArchive &zip, const QString &part,
                                           const SpreadsheetReaderOptions &options, QString &error)
{
    auto stream = std::make_unique<ZipEntryStream>();
    if (!stream->open(zip, part, options.zipLimits,
                      options.referenceXml ? ZipInflater::Zlib : ZipInflater::Fast)) {
        error = stream->errorString();
        return nullptr;
    }
    if (options.inflateAhead && !options.referenceXml)
        return std::make_unique<PrefetchSource>(std::move(stream));
    return stream;
}

bool readSharedStrings(XlsxBook &book, const QString &part, QString &error)
{
    std::unique_ptr<ByteSource> source = openPartSource(*book.zip, part, book.options, error);
    if (!source)
        return false;
    const QString label = partLabel(book.path, part);
    if (book.options.referenceXml) {
        QtXmlSource xml(source.get(), label);
        return parseSharedStrings(xml, book.sharedStrings, error);
    }
    XmlScanner xml(source.get(), label);
    return parseSharedStrings(xml, book.sharedStrings, error);
}

std::unique_ptr<RowStream> openXlsxRows(const XlsxBook &book, const QString &part, QString &error)
{
    std::unique_ptr<ByteSource> source = openPartSource(*book.zip, part, book.options, error);
    if (!source)
        return nullptr;
    const QString label = partLabel(book.path, part);
    if (book.options.referenceXml)
        return std::make_unique<XlsxRows<QtXmlSource>>(book, std::move(source), label);
    return std::make_unique<XlsxRows<XmlScanner>>(book, std::move(source), label);
}

} // namespace busola
