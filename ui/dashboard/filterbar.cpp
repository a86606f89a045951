#include "filterbar.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace busola {

namespace {
struct DimensionInfo
{
    const char *key;
    const char *name;
};
const DimensionInfo dimensionInfo[] = {
    {"channel", QT_TRANSLATE_NOOP("busola::FilterBar", "Channel")},
    {"team", QT_TRANSLATE_NOOP("busola::FilterBar", "Team")},
    {"agent", QT_TRANSLATE_NOOP("busola::FilterBar", "Agent")},
    {"owner", QT_TRANSLATE_NOOP("busola::FilterBar", "Owner")},
    {"region", QT_TRANSLATE_NOOP("busola::FilterBar", "Region")},
    {"lead_source", QT_TRANSLATE_NOOP("busola::FilterBar", "Lead source")},
};
constexpr int SupportDimensions = 3;

QString valueOf(const QAbstractItemModel &model, int row)
{
    // An empty key is a value too: the records without one (shown as "(no value)").
    const QModelIndex index = model.index(row, 0);
    const QVariant key = model.data(index, Qt::UserRole);
    return key.isValid() ? key.toString() : model.data(index).toString();
}
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_supportLabel(new QLabel(this))
    , m_salesLabel(new QLabel(this))
    , m_clear(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_supportLabel);
    int index = 0;
    for (const DimensionInfo &info : dimensionInfo) {
        if (index++ == SupportDimensions) {
            layout->addSpacing(12);
            layout->addWidget(m_salesLabel);
        }
        Dimension dimension;
        dimension.key = QLatin1String(info.key);
        dimension.button = new QToolButton(this);
        dimension.button->setObjectName(dimension.key);
        dimension.button->setPopupMode(QToolButton::InstantPopup);
        dimension.button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        dimension.menu = new QMenu(dimension.button);
        dimension.button->setMenu(dimension.menu);
        layout->addWidget(dimension.button);
        const QString key = dimension.key;
        connect(dimension.menu, &QMenu::aboutToShow, this,
                [this, key] { rebuildMenu(*this->dimension(key)); });
        m_dimensions.append(dimension);
    }
    layout->addSpacing(12);
    layout->addWidget(m_clear);
    layout->addStretch();
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    retranslate();
}

QStringList FilterBar::dimensionKeys()
{
    QStringList keys;
    for (const DimensionInfo &info : dimensionInfo)
        keys << QLatin1String(info.key);
    return keys;
}

bool FilterBar::isSalesDimension(const QString &key)
{
    return dimensionKeys().indexOf(key) >= SupportDimensions;
}

QString FilterBar::dimensionName(const QString &key)
{
    for (const DimensionInfo &info : dimensionInfo) {
        if (key == QLatin1String(info.key))
            return QCoreApplication::translate("busola::FilterBar", info.name);
    }
    return key;
}

FilterBar::Dimension *FilterBar::dimension(const QString &key)
{
    for (Dimension &dimension : m_dimensions) {
        if (dimension.key == key)
            return &dimension;
    }
    return nullptr;
}

const FilterBar::Dimension *FilterBar::dimension(const QString &key) const
{
    return const_cast<FilterBar *>(this)->dimension(key);
}

void FilterBar::setValuesModel(const QString &key, QAbstractItemModel *model)
{
    if (Dimension *d = dimension(key)) {
        d->model = model;
        updateButton(*d);
    }
}

QToolButton *FilterBar::button(const QString &key) const
{
    const Dimension *d = dimension(key);
    return d ? d->button : nullptr;
}

QMenu *FilterBar::menu(const QString &key) const
{
    const Dimension *d = dimension(key);
    return d ? d->menu : nullptr;
}

void FilterBar::rebuildMenu(Dimension &d)
{
    // The values are read when the menu opens, so a new import shows up without any refresh.
    d.menu->clear();
    QAction *all = d.menu->addAction(tr("All"));
    all->setCheckable(true);
    all->setChecked(d.selected.isEmpty());
    const QString key = d.key;
    connect(all, &QAction::triggered, this, [this, key] {
        Dimension *dim = dimension(key);
        if (dim->selected.isEmpty())
            return;
        dim->selected.clear();
        updateButton(*dim);
        emit filtersChanged();
    });
    d.menu->addSeparator();
    if (!d.model)
        return;
    for (int row = 0; row < d.model->rowCount(); ++row) {
        const QString value = valueOf(*d.model, row);
        QAction *action = d.menu->addAction(d.model->data(d.model->index(row, 0)).toString());
        action->setCheckable(true);
        action->setChecked(d.selected.contains(value));
        connect(action, &QAction::toggled, this,
                [this, key, value](bool on) { toggle(key, value, on); });
    }
}

void FilterBar::toggle(const QString &key, const QString &value, bool on)
{
    Dimension *d = dimension(key);
    if (!d || d->selected.contains(value) == on)
        return;
    if (on)
        d->selected.append(value);
    else
        d->selected.removeAll(value);
    updateButton(*d);
    emit filtersChanged();
}

void FilterBar::clear()
{
    bool changed = false;
    for (Dimension &d : m_dimensions) {
        changed = changed || !d.selected.isEmpty();
        d.selected.clear();
        updateButton(d);
    }
    if (changed)
        emit filtersChanged();
}

QList<DashboardFilter> FilterBar::filters() const
{
    QList<DashboardFilter> result;
    for (const Dimension &d : m_dimensions) {
        for (const QString &value : d.selected)
            result.append({d.key, value});
    }
    return result;
}

void FilterBar::setFilters(const QList<DashboardFilter> &filters)
{
    for (Dimension &d : m_dimensions)
        d.selected.clear();
    for (const DashboardFilter &filter : filters) {
        Dimension *d = dimension(filter.first);
        if (d && !d->selected.contains(filter.second))
            d->selected.append(filter.second);
    }
    for (Dimension &d : m_dimensions)
        updateButton(d);
}

QStringList FilterBar::toStringList() const
{
    QStringList list;
    for (const DashboardFilter &filter : filters())
        list << filter.first + QLatin1Char('=') + filter.second;
    return list;
}

QList<DashboardFilter> FilterBar::fromStringList(const QStringList &list)
{
    QList<DashboardFilter> result;
    const QStringList keys = dimensionKeys();
    for (const QString &item : list) {
        const int equals = item.indexOf(QLatin1Char('='));
        if (equals > 0 && keys.contains(item.left(equals)))
            result.append({item.left(equals), item.mid(equals + 1)});
    }
    return result;
}

void FilterBar::updateButton(Dimension &d)
{
    // The button says what is selected: "Channel: all", "Channel: Telefon", "Channel: 2 values".
    QString shown;
    if (d.selected.isEmpty()) {
        shown = tr("all");
    } else if (d.selected.size() == 1) {
        shown = d.selected.constFirst();
        for (int row = 0; d.model && row < d.model->rowCount(); ++row) {
            if (valueOf(*d.model, row) == shown)
                shown = d.model->data(d.model->index(row, 0)).toString();
        }
        shown = fontMetrics().elidedText(shown, Qt::ElideRight, 160);
    } else {
        shown = tr("%n value(s)", nullptr, int(d.selected.size()));
    }
    d.button->setText(tr("%1: %2").arg(dimensionName(d.key), shown));
    QFont font = d.button->font();
    font.setBold(!d.selected.isEmpty());
    d.button->setFont(font);
    bool any = false;
    for (const Dimension &other : m_dimensions)
        any = any || !other.selected.isEmpty();
    m_clear->setEnabled(any);
}

void FilterBar::retranslate()
{
    m_supportLabel->setText(tr("Support:"));
    m_salesLabel->setText(tr("Sales:"));
    m_clear->setText(tr("Clear filters"));
    for (Dimension &d : m_dimensions)
        updateButton(d);
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace busola
