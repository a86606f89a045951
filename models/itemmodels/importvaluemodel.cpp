#include "importvaluemodel.h"

#include "common/textfold.h"
#include "import/readerfactory.h"
#include "import/rowconverter.h"
#include "import/valueparser.h"

#include <QHash>

namespace busola {

namespace {

constexpr int MaxValuesPerField = 100;

QString keyOf(const QString &value)
{
    // The engine's key for value mappings (RowConverter::mapped).
    return foldForMatch(normaliseRomanian(value));
}

} // namespace

ImportValueModel::ImportValueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

bool ImportValueModel::isEnumerated(Field field)
{
    switch (fieldType(field)) {
    case FieldType::Channel:
    case FieldType::SupportStatus:
    case FieldType::DealStage:
    case FieldType::Rating:
    case FieldType::Boolean:
        return true;
    default:
        return false;
    }
}

QVector<ImportValueModel::Choice> ImportValueModel::choices(Field field)
{
    switch (fieldType(field)) {
    case FieldType::Channel:
        return {{QString(), tr("kept as it is")},
                {QStringLiteral("phone"), tr("phone")},
                {QStringLiteral("chat"), tr("chat")},
                {QStringLiteral("email"), tr("e-mail")}};
    case FieldType::SupportStatus:
        return {{QString(), tr("kept as it is")},
                {QStringLiteral("open"), tr("open")},
                {QStringLiteral("pending"), tr("pending")},
                {QStringLiteral("closed"), tr("closed")}};
    case FieldType::DealStage:
        return {{QString(), tr("kept as it is")},
                {QStringLiteral("won"), tr("won")},
                {QStringLiteral("lost"), tr("lost")},
                {QStringLiteral("open"), tr("open")}};
    case FieldType::Rating:
        return {{QString(), tr("no rating")},   {QStringLiteral("1"), tr("1 (worst)")},
                {QStringLiteral("2"), tr("2")}, {QStringLiteral("3"), tr("3")},
                {QStringLiteral("4"), tr("4")}, {QStringLiteral("5"), tr("5 (best)")}};
    case FieldType::Boolean:
        return {{QStringLiteral("1"), tr("yes")}, {QStringLiteral("0"), tr("no")}};
    default:
        return {};
    }
}

QVector<ImportValueModel::Entry> ImportValueModel::collect(const Inspection &inspection,
                                                           int maxRows, QString *error)
{
    const ImportSettings &s = inspection.settings;
    QVector<int> columns;
    for (int c = 0; c < s.columns.size(); ++c)
        if (isEnumerated(s.columns.at(c).field))
            columns << c;
    QVector<Entry> entries;
    if (columns.isEmpty())
        return entries;
    std::unique_ptr<SheetReader> reader =
        createSheetReader(s.file, ReaderOptions{s.encoding, s.delimiter}, error);
    if (!reader)
        return entries;
    const int sheet = s.sheet.isEmpty() ? 0 : int(reader->sheetNames().indexOf(s.sheet));
    if (!reader->selectSheet(qMax(0, sheet))) {
        *error = reader->errorString();
        return entries;
    }
    QHash<QPair<int, QString>, int> seen; // (column, key) → entry
    QHash<int, int> perColumn;
    SheetRow row;
    for (int read = 0; read < maxRows && reader->readRow(row);) {
        if (reader->rowNumber() <= s.headerRow)
            continue;
        ++read;
        for (int c : std::as_const(columns)) {
            if (c >= row.size() || row.at(c).type != Cell::Type::Text)
                continue;
            const QString text = cleanText(row.at(c).text);
            const Field field = s.columns.at(c).field;
            if (text.isEmpty() || (fieldType(field) == FieldType::Rating &&
                                   parseDecimal(text, s.decimalMark).has_value()))
                continue;
            const auto key = qMakePair(c, keyOf(text));
            auto it = seen.find(key);
            if (it != seen.end()) {
                ++entries[it.value()].count;
            } else if (perColumn[c] < MaxValuesPerField) {
                ++perColumn[c];
                seen.insert(key, int(entries.size()));
                entries.append({field, text, 1});
            }
        }
    }
    if (!reader->errorString().isEmpty())
        *error = reader->errorString();
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.field != b.field ? int(a.field) < int(b.field) : a.count > b.count;
    });
    return entries;
}

void ImportValueModel::setEntries(const QVector<Entry> &entries, const ValueMapping &values)
{
    beginResetModel();
    m_entries = entries;
    m_values = values;
    endResetModel();
}

QString ImportValueModel::targetOf(const Entry &entry) const
{
    const QString key = keyOf(entry.value);
    const QHash<QString, QString> user = m_values.value(entry.field);
    if (user.contains(key)) {
        // A value mapped to itself is kept as it is (see setData).
        const QString target = user.value(key);
        return target == entry.value && fieldType(entry.field) != FieldType::Rating ? QString()
                                                                                    : target;
    }
    const QHash<QString, QString> &defaults = defaultValueMapping(entry.field);
    if (defaults.contains(key))
        return defaults.value(key);
    if (fieldType(entry.field) == FieldType::Boolean) {
        if (const std::optional<bool> b = parseBoolean(entry.value))
            return *b ? QStringLiteral("1") : QStringLiteral("0");
    }
    return QString();
}

QString ImportValueModel::targetLabel(const Entry &entry) const
{
    const QString target = targetOf(entry);
    for (const Choice &choice : choices(entry.field))
        if (choice.first == target)
            return target.isEmpty() && fieldType(entry.field) != FieldType::Rating
                       ? tr("kept as “%1”").arg(entry.value)
                       : choice.second;
    if (fieldType(entry.field) == FieldType::Boolean)
        return tr("not understood: the row is rejected");
    return target; // a value the user's mapping keeps under a name of its own
}

int ImportValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ImportValueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportValueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == FieldRole)
        return int(e.field);
    if (role == TargetKeyRole || (role == Qt::EditRole && index.column() == TargetColumn))
        return targetOf(e);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case FieldColumn:
        return fieldLabel(e.field);
    case ValueColumn:
        return e.value;
    case CountColumn:
        return e.count;
    case TargetColumn:
        return targetLabel(e);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value in the file");
    case CountColumn:
        return tr("Rows");
    case TargetColumn:
        return tr("Becomes");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags ImportValueModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TargetColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ImportValueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != TargetColumn || (role != Qt::EditRole && role != TargetKeyRole))
        return false;
    const Entry &e = m_entries.at(index.row());
    QString key = value.toString();
    bool known = false;
    for (const Choice &choice : choices(e.field))
        known = known || choice.first == key;
    if (!known)
        return false;
    // "Kept as it is" must win over a default that would map the value: keep it by name.
    if (key.isEmpty() && fieldType(e.field) != FieldType::Rating)
        key = e.value;
    m_values[e.field].insert(keyOf(e.value), key);
    // Other spellings of the same value (other rows) change with it.
    emit dataChanged(this->index(0, TargetColumn), this->index(rowCount() - 1, TargetColumn));
    return true;
}

} // namespace busola
