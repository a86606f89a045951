#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace busola {

/// One cell as a reader found it. Typing beyond what the file itself says (is this text a
/// date? a number with a decimal comma?) is the value parser's job, in the import's locale.
struct Cell
{
    enum class Type : quint8 {
        Empty,
        Text,     ///< text: the string (CSV gives only text)
        Number,   ///< number: the value
        Boolean,  ///< number: 0 or 1
        DateTime, ///< number: days since 1899-12-30 with the time as a fraction (1904 files
                  ///< are shifted by the reader), local wall-clock time
        Error,    ///< text: the error code, e.g. "#DIV/0!", or why a formula has no value
    };
    Type type = Type::Empty;
    double number = 0;
    QString text;

    bool isEmpty() const { return type == Type::Empty || (type == Type::Text && text.isEmpty()); }
    static Cell ofText(QString t) { return Cell{Type::Text, 0, std::move(t)}; }
    static Cell ofNumber(double n) { return Cell{Type::Number, n, {}}; }
    static Cell ofDateTime(double serial) { return Cell{Type::DateTime, serial, {}}; }
};

using SheetRow = QVector<Cell>;

/// Streams the rows of one sheet of a file, never holding the whole file in memory.
/// One implementation per format (CSV, XLSX, ODS, XLS).
class SheetReader
{
public:
    virtual ~SheetReader() = default;

    /// Opens the file; false with errorString() naming the file and the problem.
    virtual bool open(const QString &path) = 0;
    /// The sheets of a workbook, in order (a CSV has one, named after the file).
    virtual QStringList sheetNames() const = 0;
    /// Selects the sheet to stream and rewinds to its first row.
    virtual bool selectSheet(int index) = 0;
    /// Reads the next row into row; false at the end of the sheet or on an error
    /// (then errorString() is not empty). Trailing empty cells may be omitted.
    virtual bool readRow(SheetRow &row) = 0;
    /// The row number of the last row read, as the spreadsheet shows it (1-based).
    virtual int rowNumber() const = 0;
    /// How much of the sheet has been read, 0–1, for a progress bar.
    virtual double progress() const = 0;
    virtual QString errorString() const = 0;
    /// What the user must know about the whole file though it can be read, e.g. that its
    /// formula cells come back without values; known once open() succeeded.
    virtual QStringList warnings() const { return {}; }
};

} // namespace busola
