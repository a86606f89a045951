#include "columnmappingmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace busola {

namespace {

constexpr int SampleValues = 3;

/// What the engine needs mapped before it imports a dataset: every group must have one of
/// its fields mapped (ImportEngine's rule; a support file without a creation time uses the
/// first response instead, a sale needs a date of either kind).
QVector<QVector<Field>> requirements(Dataset dataset)
{
    switch (dataset) {
    case Dataset::Support:
        return {{Field::Created, Field::FirstResponse}};
    case Dataset::Sales:
        return {{Field::Amount}, {Field::Created, Field::Closed}};
    case Dataset::Feedback:
        return {{Field::Created}, {Field::Satisfaction}};
    case Dataset::Costs:
        return {{Field::Month}, {Field::Amount}};
    }
    return {};
}

} // namespace

ColumnMappingModel::ColumnMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ColumnMappingModel::setMapping(Dataset dataset, const QStringList &headers,
                                    const ColumnMapping &columns)
{
    beginResetModel();
    m_dataset = dataset;
    m_fields = fieldsOf(dataset);
    m_headers = headers;
    m_columns = columns;
    m_columns.resize(headers.size());
    m_samples = QVector<QStringList>(headers.size());
    endResetModel();
}

void ColumnMappingModel::setSamples(const Preview &preview)
{
    m_samples = QVector<QStringList>(m_headers.size());
    for (const PreviewRow &row : preview.rows)
        for (int c = 0; c < m_samples.size() && c < row.cells.size(); ++c)
            if (!row.cells.at(c).isEmpty() && m_samples.at(c).size() < SampleValues)
                m_samples[c] << row.cells.at(c);
    if (!m_fields.isEmpty())
        emit dataChanged(index(0, SampleColumn), index(rowCount() - 1, SampleColumn));
}

Field ColumnMappingModel::fieldAt(int row) const
{
    return row >= 0 && row < m_fields.size() ? m_fields.at(row).field : Field::None;
}

int ColumnMappingModel::rowOf(Field field) const
{
    for (int r = 0; r < m_fields.size(); ++r)
        if (m_fields.at(r).field == field)
            return r;
    return -1;
}

int ColumnMappingModel::sourceOf(Field field) const
{
    for (int c = 0; c < m_columns.size(); ++c)
        if (m_columns.at(c).field == field)
            return c;
    return -1;
}

bool ColumnMappingModel::isMissing(Field field) const
{
    for (const QVector<Field> &group : requirements(m_dataset)) {
        if (!group.contains(field))
            continue;
        bool mapped = false;
        for (Field f : group)
            mapped = mapped || sourceOf(f) >= 0;
        return !mapped;
    }
    return false;
}

QString ColumnMappingModel::requiredText(Field field) const
{
    for (const QVector<Field> &group : requirements(m_dataset)) {
        if (!group.contains(field))
            continue;
        if (group.size() == 1)
            return tr("required");
        QStringList others;
        for (Field f : group)
            if (f != field)
                others << fieldLabel(f);
        return tr("required, or %1").arg(others.join(tr(" or ")));
    }
    return QString();
}

QStringList ColumnMappingModel::missingRequired() const
{
    QStringList missing;
    for (const QVector<Field> &group : requirements(m_dataset)) {
        bool mapped = false;
        QStringList names;
        for (Field f : group) {
            mapped = mapped || sourceOf(f) >= 0;
            names << fieldLabel(f);
        }
        if (!mapped)
            missing << names.join(tr(" or "));
    }
    return missing;
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Field field = m_fields.at(index.row()).field;
    const int source = sourceOf(field);
    if (role == FieldRole)
        return int(field);
    if (role == MissingRole)
        return isMissing(field);
    if (role == SourceIndexRole || (role == Qt::EditRole && index.column() == SourceColumn))
        return source;
    if (role == Qt::BackgroundRole && index.column() == SourceColumn && isMissing(field))
        return QBrush(QColor(255, 214, 214));
    if (role == Qt::FontRole && index.column() == FieldColumn && !requiredText(field).isEmpty()) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && index.column() == SourceColumn && isMissing(field))
        return tr("Choose the column of the file that holds %1.").arg(fieldLabel(field));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case FieldColumn:
        return fieldLabel(field);
    case RequiredColumn:
        return requiredText(field);
    case SourceColumn:
        return source >= 0 ? m_headers.value(source) : tr("(none)");
    case SampleColumn:
        return source >= 0 ? m_samples.value(source).join(QStringLiteral(" · ")) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case FieldColumn:
        return tr("Field");
    case RequiredColumn:
        return tr("Required");
    case SourceColumn:
        return tr("Column of the file");
    case SampleColumn:
        return tr("Values as read");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == SourceColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != SourceColumn || (role != Qt::EditRole && role != SourceIndexRole))
        return false;
    bool ok = false;
    const int source = value.toInt(&ok);
    if (!ok || source < -1 || source >= m_columns.size())
        return false;
    const Field field = m_fields.at(index.row()).field;
    const int old = sourceOf(field);
    if (old == source)
        return true;
    if (old >= 0)
        m_columns[old] = ColumnTarget();
    if (source >= 0)
        // A header that names its unit ("in minutes") keeps it.
        m_columns[source] = ColumnTarget{field, matchHeader(m_dataset, m_headers.at(source)).unit};
    // The column may have fed another field, which is now unmapped: every row can change.
    emit dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    emit mappingChanged(m_columns);
    return true;
}

} // namespace busola
