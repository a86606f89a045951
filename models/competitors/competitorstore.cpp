#include "competitorstore.h"

#include "store/dialect.h"
#include "store/store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace busola {

namespace {

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullable(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> optionalOf(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

const char *columnOf(CompetitorField field)
{
    switch (field) {
    case CompetitorField::Name:
        return "name";
    case CompetitorField::PricePosition:
        return "price_position";
    case CompetitorField::Discount:
        return "discount_pct";
    case CompetitorField::Channels:
        return "channels";
    case CompetitorField::ResponseTime:
        return "response_time_h";
    case CompetitorField::Satisfaction:
        return "satisfaction";
    case CompetitorField::Notes:
        return "notes";
    }
    return "name";
}

QVariant fieldValue(const Competitor &c, CompetitorField field)
{
    switch (field) {
    case CompetitorField::Name:
        return c.name;
    case CompetitorField::PricePosition:
        return nullable(pricePositionKey(c.pricePosition));
    case CompetitorField::Discount:
        return nullable(c.discountPct);
    case CompetitorField::Channels:
        return nullable(c.channels);
    case CompetitorField::ResponseTime:
        return nullable(c.responseTimeHours);
    case CompetitorField::Satisfaction:
        return nullable(c.satisfaction);
    case CompetitorField::Notes:
        return nullable(c.notes);
    }
    return {};
}

} // namespace

CompetitorStore::CompetitorStore(Store &store)
    : m_store(store)
{}

bool CompetitorStore::fail(const QString &what, const QString &error) const
{
    m_lastError = tr("%1: %2").arg(what, error);
    return false;
}

QList<Competitor> CompetitorStore::competitors() const
{
    QList<Competitor> result;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT id, name, price_position, discount_pct, channels,"
                             " response_time_h, satisfaction, notes FROM competitors"
                             " ORDER BY position, id"));
    if (!q.exec()) {
        fail(tr("Cannot read the competitors"), q.lastError().text());
        return result;
    }
    while (q.next()) {
        Competitor c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.pricePosition = pricePositionFromKey(q.value(2).toString());
        c.discountPct = optionalOf(q.value(3));
        c.channels = q.value(4).toString();
        c.responseTimeHours = optionalOf(q.value(5));
        c.satisfaction = optionalOf(q.value(6));
        c.notes = q.value(7).toString();
        result.append(c);
    }
    return result;
}

qint64 CompetitorStore::insert(const Competitor &c, int position)
{
    // A new competitor gets its id from the table (no id column: PostgreSQL's BIGSERIAL refuses
    // an explicit NULL); a restored one (undo) takes its old id back.
    const bool restoring = c.id > 0;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO competitors (%1name, price_position, discount_pct,"
                             " channels, response_time_h, satisfaction, notes, position)"
                             " VALUES (%2?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(restoring ? QStringLiteral("id, ") : QString(),
                       restoring ? QStringLiteral("?, ") : QString()));
    if (restoring)
        q.addBindValue(c.id);
    q.addBindValue(c.name);
    q.addBindValue(nullable(pricePositionKey(c.pricePosition)));
    q.addBindValue(nullable(c.discountPct));
    q.addBindValue(nullable(c.channels));
    q.addBindValue(nullable(c.responseTimeHours));
    q.addBindValue(nullable(c.satisfaction));
    q.addBindValue(nullable(c.notes));
    q.addBindValue(position);
    if (!q.exec()) {
        fail(tr("Cannot save the competitor"), q.lastError().text());
        return 0;
    }
    return restoring ? c.id : Dialect::insertedId(q);
}

bool CompetitorStore::updateField(const Competitor &c, CompetitorField field)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE competitors SET %1 = ? WHERE id = ?")
                  .arg(QLatin1String(columnOf(field))));
    q.addBindValue(fieldValue(c, field));
    q.addBindValue(c.id);
    if (!q.exec())
        return fail(tr("Cannot save the competitor"), q.lastError().text());
    return true;
}

bool CompetitorStore::writeOrder(const QList<qint64> &ids)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE competitors SET position = ? WHERE id = ?"));
    for (int position = 0; position < ids.size(); ++position) {
        q.addBindValue(position);
        q.addBindValue(ids.at(position));
        if (!q.exec())
            return fail(tr("Cannot save the order of the competitors"), q.lastError().text());
    }
    return true;
}

bool CompetitorStore::remove(qint64 id)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("DELETE FROM competitors WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("Cannot delete the competitor"), q.lastError().text());
    return true;
}

QString pricePositionKey(PricePosition position)
{
    switch (position) {
    case PricePosition::Lower:
        return QStringLiteral("lower");
    case PricePosition::Similar:
        return QStringLiteral("similar");
    case PricePosition::Higher:
        return QStringLiteral("higher");
    case PricePosition::Unknown:
        break;
    }
    return QString();
}

PricePosition pricePositionFromKey(const QString &key)
{
    if (key == QLatin1String("lower"))
        return PricePosition::Lower;
    if (key == QLatin1String("similar"))
        return PricePosition::Similar;
    if (key == QLatin1String("higher"))
        return PricePosition::Higher;
    return PricePosition::Unknown;
}

QString pricePositionText(PricePosition position)
{
    switch (position) {
    case PricePosition::Lower:
        return QCoreApplication::translate("busola::Competitors", "lower");
    case PricePosition::Similar:
        return QCoreApplication::translate("busola::Competitors", "similar");
    case PricePosition::Higher:
        return QCoreApplication::translate("busola::Competitors", "higher");
    case PricePosition::Unknown:
        break;
    }
    return QString();
}

} // namespace busola
