#pragma once

#include "swotsuggestions.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace busola {

class SwotDocument;

/// The open suggestions of a board (not dismissed, not accepted), refreshed whenever the
/// document's suggestions change.
class SwotSuggestionModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Text, QuadrantTitle, ColumnCount };
    Q_ENUM(Column)
    enum Role { KeyRole = Qt::UserRole, QuadrantRole, KpiIdRole };

    explicit SwotSuggestionModel(SwotDocument *document, QObject *parent = nullptr);

    SwotSuggestion suggestionAt(int row) const { return m_suggestions.at(row); }
    /// Accepts / dismisses the suggestion at `row`, each one undo step.
    void accept(int row);
    void dismiss(int row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void refresh();

    QPointer<SwotDocument> m_document;
    QList<SwotSuggestion> m_suggestions;
};

} // namespace busola
