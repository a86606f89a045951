#include "kpitargets.h"

#include "store/store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace busola {

namespace {
// kpi_targets keeps "no scope" as '' (NOT NULL): a null QString would bind as NULL.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
} // namespace

QString statusCode(KpiStatus status)
{
    switch (status) {
    case KpiStatus::Met:
        return QStringLiteral("met");
    case KpiStatus::Near:
        return QStringLiteral("near");
    case KpiStatus::Missed:
        return QStringLiteral("missed");
    case KpiStatus::NoData:
        return QStringLiteral("no_data");
    case KpiStatus::None:
        break;
    }
    return {};
}

KpiStatus evaluateStatus(const KpiDefinition &definition, std::optional<double> value,
                         const KpiTarget &target)
{
    if (!target.value)
        return KpiStatus::None;
    if (!value)
        return KpiStatus::NoData;
    const double t = *target.value;
    const bool lower = definition.direction == KpiDirection::LowerIsBetter;
    const double miss = lower ? *value - t : t - *value;
    if (miss <= 0)
        return KpiStatus::Met;
    // Relative to the target: 10 % of 24 h is 2.4 h, 10 % of 70 % is 7 points. A tiny
    // allowance keeps a miss of exactly the tolerance "near" despite binary fractions.
    const double tolerance = std::abs(t) * target.tolerancePct / 100.0;
    if (miss <= tolerance * (1 + 1e-12))
        return KpiStatus::Near;
    return KpiStatus::Missed;
}

KpiTargets::KpiTargets(Store &store)
    : m_store(store)
{}

double KpiTargets::defaultTolerance() const
{
    bool ok = false;
    const double pct = m_store.setting(SettingKeys::NearTolerancePct).toDouble(&ok);
    return ok && pct >= 0 ? pct : 10.0;
}

std::optional<KpiTarget> KpiTargets::lookup(Kpi kpi, const QString &dim, const QString &value,
                                            int month) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT target, tolerance_pct, valid_from FROM kpi_targets"
                             " WHERE kpi_id = ? AND scope_dim = ? AND scope_value = ?"
                             " AND valid_from <= ? ORDER BY valid_from DESC LIMIT 1"));
    q.addBindValue(kpiDefinition(kpi).id);
    q.addBindValue(nonNull(dim));
    q.addBindValue(nonNull(value));
    q.addBindValue(month);
    if (!q.exec() || !q.next())
        return std::nullopt;
    KpiTarget target;
    if (!q.value(0).isNull())
        target.value = q.value(0).toDouble();
    target.tolerancePct = q.value(1).isNull() ? defaultTolerance() : q.value(1).toDouble();
    target.validFrom = q.value(2).toInt();
    target.scopeDimension = dim;
    target.scopeValue = value;
    return target;
}

KpiTarget KpiTargets::targetFor(Kpi kpi, int lastMonth, const KpiFilters &filters) const
{
    const KpiDefinition &def = kpiDefinition(kpi);
    for (const QString &dim : {QStringLiteral("team"), QStringLiteral("channel")}) {
        if (!def.dimensions.contains(dim))
            continue;
        if (const std::optional<QString> value = filters.single(dim)) {
            if (std::optional<KpiTarget> scoped = lookup(kpi, dim, *value, lastMonth))
                return *scoped;
        }
    }
    if (std::optional<KpiTarget> global = lookup(kpi, QString(), QString(), lastMonth))
        return *global;
    KpiTarget fallback;
    fallback.value = def.defaultTarget;
    fallback.tolerancePct = defaultTolerance();
    return fallback;
}

bool KpiTargets::setTarget(const KpiTargetEntry &e, QString *error)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral(
        "INSERT INTO kpi_targets (kpi_id, scope_dim, scope_value, valid_from, target,"
        " tolerance_pct) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kpi_id, scope_dim, scope_value,"
        " valid_from) DO UPDATE SET target = excluded.target,"
        " tolerance_pct = excluded.tolerance_pct"));
    q.addBindValue(e.kpiId);
    q.addBindValue(nonNull(e.scopeDimension));
    q.addBindValue(nonNull(e.scopeValue));
    q.addBindValue(e.validFrom);
    q.addBindValue(e.target ? QVariant(*e.target) : QVariant());
    q.addBindValue(e.tolerancePct ? QVariant(*e.tolerancePct) : QVariant());
    if (q.exec())
        return true;
    if (error)
        *error = tr("Cannot save the target: %1").arg(q.lastError().text());
    return false;
}

bool KpiTargets::removeTarget(const KpiTargetEntry &e, QString *error)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("DELETE FROM kpi_targets WHERE kpi_id = ? AND scope_dim = ?"
                             " AND scope_value = ? AND valid_from = ?"));
    q.addBindValue(e.kpiId);
    q.addBindValue(nonNull(e.scopeDimension));
    q.addBindValue(nonNull(e.scopeValue));
    q.addBindValue(e.validFrom);
    if (q.exec())
        return true;
    if (error)
        *error = tr("Cannot remove the target: %1").arg(q.lastError().text());
    return false;
}

QVector<KpiTargetEntry> KpiTargets::entries(Kpi kpi) const
{
    QVector<KpiTargetEntry> list;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT scope_dim, scope_value, valid_from, target, tolerance_pct"
                             " FROM kpi_targets WHERE kpi_id = ?"
                             " ORDER BY scope_dim, scope_value, valid_from"));
    q.addBindValue(kpiDefinition(kpi).id);
    if (!q.exec())
        return list;
    while (q.next()) {
        KpiTargetEntry e;
        e.kpiId = kpiDefinition(kpi).id;
        e.scopeDimension = q.value(0).toString();
        e.scopeValue = q.value(1).toString();
        e.validFrom = q.value(2).toInt();
        if (!q.value(3).isNull())
            e.target = q.value(3).toDouble();
        if (!q.value(4).isNull())
            e.tolerancePct = q.value(4).toDouble();
        list << e;
    }
    return list;
}

} // namespace busola
