#pragma once

#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QWidget>

#include <utility>

class QAbstractItemModel;
class QLabel;
class QMenu;
class QToolButton;

namespace busola {

/// One selected filter value: a dimension key as the command line spells it (channel, team,
/// agent, owner, region, lead_source) and a value of it.
using DashboardFilter = std::pair<QString, QString>;

/// The dashboard's filters: support (channel, team, agent) and sales (owner, region, lead
/// source). Each dimension is a button with a menu of checkable values; the same key twice means
/// either value. The values come from the model layer: column 0's DisplayRole is shown and its
/// Qt::UserRole (when set, even to "") or else the display text is the value filtered on.
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    /// The dimension keys, support first, in the bar's order.
    static QStringList dimensionKeys();
    static bool isSalesDimension(const QString &key);
    /// The dimension's name for people ("Channel", translated).
    static QString dimensionName(const QString &key);

    void setValuesModel(const QString &key, QAbstractItemModel *model);

    /// The selection, ordered by dimension then by the order of the values model.
    QList<DashboardFilter> filters() const;
    /// Shows filters without emitting filtersChanged().
    void setFilters(const QList<DashboardFilter> &filters);
    /// Settings form: "channel=phone" per filter.
    QStringList toStringList() const;
    static QList<DashboardFilter> fromStringList(const QStringList &list);

    QToolButton *button(const QString &key) const;
    QMenu *menu(const QString &key) const;
    /// Checks or unchecks value as the menu would (for tests and shortcuts).
    void toggle(const QString &key, const QString &value, bool on);
    void clear();

signals:
    void filtersChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Dimension
    {
        QString key;
        QToolButton *button = nullptr;
        QMenu *menu = nullptr;
        QPointer<QAbstractItemModel> model;
        QStringList selected;
    };
    Dimension *dimension(const QString &key);
    const Dimension *dimension(const QString &key) const;
    void rebuildMenu(Dimension &dimension);
    void updateButton(Dimension &dimension);
    void retranslate();

    QList<Dimension> m_dimensions;
    QLabel *m_supportLabel;
    QLabel *m_salesLabel;
    QToolButton *m_clear;
};

} // namespace busola
