#include "importpreviewmodel.h"

#include "import/readerfactory.h"
#include "import/valueparser.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace busola {

namespace {

QString rawText(const Cell &cell)
{
    switch (cell.type) {
    case Cell::Type::Empty:
        return QString();
    case Cell::Type::Text:
    case Cell::Type::Error:
        return cell.text;
    case Cell::Type::DateTime:
        if (const std::optional<ParsedDateTime> dt = fromSerial(cell.number))
            return dt->date.toString(Qt::ISODate) +
                   (dt->hasTime
                        ? QLatin1Char(' ') + QTime::fromMSecsSinceStartOfDay(dt->seconds * 1000)
                                                 .toString(QStringLiteral("HH:mm:ss"))
                        : QString());
        return QString::number(cell.number, 'g', 15);
    default:
        return QString::number(cell.number, 'g', 15);
    }
}

const QColor problemBackground(255, 214, 214);
const QColor warningBackground(255, 240, 200);
const QColor headerBackground(220, 232, 250);

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

bool ImportPreviewModel::readRawRows(const ImportSettings &settings, int count, RawRows *out,
                                     QString *error)
{
    *out = RawRows();
    std::unique_ptr<SheetReader> reader = createSheetReader(
        settings.file, ReaderOptions{settings.encoding, settings.delimiter}, error);
    if (!reader)
        return false;
    out->sheets = reader->sheetNames();
    const int sheet = settings.sheet.isEmpty() ? 0 : int(out->sheets.indexOf(settings.sheet));
    if (sheet < 0 || !reader->selectSheet(sheet)) {
        *error = reader->errorString().isEmpty()
                     ? tr("%1 has no sheet named \"%2\".").arg(settings.file, settings.sheet)
                     : reader->errorString();
        return false;
    }
    SheetRow row;
    while (out->cells.size() < count && reader->readRow(row)) {
        QStringList cells;
        cells.reserve(row.size());
        for (const Cell &cell : std::as_const(row))
            cells << rawText(cell);
        out->cells << cells;
        out->rowNumbers << reader->rowNumber();
    }
    if (!reader->errorString().isEmpty()) {
        *error = reader->errorString();
        return false;
    }
    return true;
}

void ImportPreviewModel::setRawRows(const RawRows &rows, int headerRow)
{
    beginResetModel();
    m_raw = true;
    m_headerRow = headerRow;
    m_headers.clear();
    m_rows.clear();
    m_columns = 0;
    for (int i = 0; i < rows.cells.size(); ++i) {
        Row row;
        row.number = rows.rowNumbers.value(i);
        row.cells = rows.cells.at(i);
        row.problems = QStringList(row.cells.size(), QString());
        row.errors = QVector<bool>(row.cells.size(), false);
        m_columns = qMax(m_columns, int(row.cells.size()));
        m_rows << row;
    }
    endResetModel();
}

void ImportPreviewModel::setPreview(const Preview &preview)
{
    beginResetModel();
    m_raw = false;
    m_headerRow = 0;
    m_rows.clear();
    const Inspection &inspection = preview.inspection;
    m_headers.clear();
    m_columns = int(inspection.headers.size());
    for (int c = 0; c < m_columns; ++c) {
        const Field field = c < inspection.settings.columns.size()
                                ? inspection.settings.columns.at(c).field
                                : Field::None;
        m_headers << inspection.headers.at(c) + QStringLiteral("\n→ ") + fieldLabel(field);
    }
    for (const PreviewRow &in : preview.rows) {
        Row row;
        row.number = in.row;
        row.cells = in.cells;
        row.cells.resize(qMax(int(row.cells.size()), m_columns));
        row.problems = QStringList(row.cells.size(), QString());
        row.errors = QVector<bool>(row.cells.size(), false);
        for (const Problem &p : in.problems) {
            const int c = p.column.isEmpty() ? -1 : int(inspection.headers.indexOf(p.column));
            const QString reason = p.isError() ? p.reason : tr("warning: %1").arg(p.reason);
            QString &target = c >= 0 ? row.problems[c] : row.rowProblem;
            target += (target.isEmpty() ? QString() : QStringLiteral("\n")) + reason;
            if (c >= 0 && p.isError())
                row.errors[c] = true;
            // A cell that failed to parse shows what the file has, so the user sees why.
            if (c >= 0 && row.cells.at(c).isEmpty())
                row.cells[c] = p.value;
        }
        m_rows << row;
    }
    endResetModel();
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_headers.clear();
    m_columns = 0;
    endResetModel();
}

int ImportPreviewModel::problemCellCount() const
{
    int n = 0;
    for (const Row &row : m_rows)
        for (const QString &p : row.problems)
            n += !p.isEmpty();
    return n;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QString problem = row.problems.value(index.column());
    const bool isHeader = m_raw && row.number == m_headerRow;
    switch (role) {
    case Qt::DisplayRole:
        return row.cells.value(index.column());
    case Qt::ToolTipRole:
        return problem.isEmpty() ? QVariant() : QVariant(problem);
    case ProblemRole:
        return problem;
    case HeaderRowRole:
        return isHeader;
    case RowNumberRole:
        return row.number;
    case Qt::BackgroundRole:
        if (!problem.isEmpty())
            return QBrush(row.errors.value(index.column()) ? problemBackground : warningBackground);
        if (isHeader)
            return QBrush(headerBackground);
        return {};
    case Qt::FontRole:
        if (isHeader) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns)
            return {};
        if (role == Qt::DisplayRole)
            return m_raw ? columnLetter(section) : m_headers.value(section);
        return {};
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    const Row &row = m_rows.at(section);
    if (role == Qt::DisplayRole)
        return row.number;
    if (role == Qt::ToolTipRole && !row.rowProblem.isEmpty())
        return row.rowProblem;
    if (role == Qt::BackgroundRole && !row.rowProblem.isEmpty())
        return QBrush(problemBackground);
    return {};
}

QString ImportPreviewModel::columnLetter(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

} // namespace busola
