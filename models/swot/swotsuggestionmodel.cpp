#include "swotsuggestionmodel.h"

#include "swotdocument.h"

namespace busola {

SwotSuggestionModel::SwotSuggestionModel(SwotDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &SwotDocument::suggestionsChanged, this, &SwotSuggestionModel::refresh);
    refresh();
}

void SwotSuggestionModel::refresh()
{
    beginResetModel();
    m_suggestions = m_document ? m_document->suggestions() : QList<SwotSuggestion>();
    endResetModel();
}

void SwotSuggestionModel::accept(int row)
{
    if (row >= 0 && row < m_suggestions.size())
        m_document->acceptSuggestion(m_suggestions.at(row));
}

void SwotSuggestionModel::dismiss(int row)
{
    if (row >= 0 && row < m_suggestions.size())
        m_document->dismissSuggestion(m_suggestions.at(row).key);
}

int SwotSuggestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_suggestions.size());
}

int SwotSuggestionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SwotSuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SwotSuggestion &suggestion = m_suggestions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() == Text ? suggestion.text : quadrantTitle(suggestion.quadrant);
    case KeyRole:
        return suggestion.key;
    case QuadrantRole:
        return int(suggestion.quadrant);
    case KpiIdRole:
        return suggestion.kpiId;
    default:
        return {};
    }
}

QVariant SwotSuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Text:
        return tr("Suggestion");
    case QuadrantTitle:
        return tr("Quadrant");
    default:
        return {};
    }
}

} // namespace busola
