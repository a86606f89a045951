#include "profiles.h"

#include "common/textfold.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace busola {

namespace {

QJsonObject toJson(const Inspection &inspection)
{
    const ImportSettings &s = inspection.settings;
    QJsonArray columns;
    for (int c = 0; c < s.columns.size(); ++c) {
        if (s.columns.at(c).field == Field::None)
            continue;
        columns.append(
            QJsonObject{{QStringLiteral("header"),
                         c < inspection.headers.size() ? inspection.headers.at(c) : QString()},
                        {QStringLiteral("field"), fieldKey(s.columns.at(c).field)},
                        {QStringLiteral("unit"), durationUnitKey(s.columns.at(c).unit)}});
    }
    QJsonObject values;
    for (auto it = s.values.cbegin(); it != s.values.cend(); ++it) {
        QJsonObject map;
        for (auto v = it.value().cbegin(); v != it.value().cend(); ++v)
            map.insert(v.key(), v.value());
        values.insert(fieldKey(it.key()), map);
    }
    return QJsonObject{
        {QStringLiteral("headerRow"), s.headerRow},
        {QStringLiteral("encoding"), s.encoding},
        {QStringLiteral("delimiter"), s.delimiter.isNull() ? QString() : QString(s.delimiter)},
        {QStringLiteral("locale"), s.locale},
        {QStringLiteral("dateOrder"), int(s.dateOrder)},
        {QStringLiteral("decimalMark"), int(s.decimalMark)},
        {QStringLiteral("ratingScale"), int(s.ratingScale)},
        {QStringLiteral("lines"), int(s.lines)},
        {QStringLiteral("lineKeyColumn"), s.lineKeyColumn},
        {QStringLiteral("sourceCurrency"), s.sourceCurrency},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("values"), values},
    };
}

ImportProfile fromRow(const QSqlQuery &q)
{
    ImportProfile p;
    p.name = q.value(0).toString();
    p.dataset = datasetFromName(q.value(1).toString()).value_or(Dataset::Support);
    p.headerSignature = q.value(2).toString();
    const QJsonObject o = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    ImportSettings &s = p.settings;
    s.dataset = p.dataset;
    s.headerRow = o.value(QStringLiteral("headerRow")).toInt();
    s.encoding = o.value(QStringLiteral("encoding")).toString();
    const QString delimiter = o.value(QStringLiteral("delimiter")).toString();
    s.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    s.locale = o.value(QStringLiteral("locale")).toString();
    s.dateOrder = DateOrder(o.value(QStringLiteral("dateOrder")).toInt());
    s.decimalMark = DecimalMark(o.value(QStringLiteral("decimalMark")).toInt());
    s.ratingScale = RatingScale(o.value(QStringLiteral("ratingScale")).toInt());
    s.lines = LinesPolicy(o.value(QStringLiteral("lines")).toInt());
    s.lineKeyColumn = o.value(QStringLiteral("lineKeyColumn")).toString();
    s.sourceCurrency = o.value(QStringLiteral("sourceCurrency")).toString();
    for (const QJsonValue &c : o.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject column = c.toObject();
        p.headers << column.value(QStringLiteral("header")).toString();
        s.columns.append({fieldFromKey(column.value(QStringLiteral("field")).toString()),
                          durationUnitFromKey(column.value(QStringLiteral("unit")).toString())});
    }
    const QJsonObject values = o.value(QStringLiteral("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        QHash<QString, QString> map;
        const QJsonObject m = it.value().toObject();
        for (auto v = m.begin(); v != m.end(); ++v)
            map.insert(v.key(), v.value().toString());
        s.values.insert(fieldFromKey(it.key()), map);
    }
    return p;
}

const QString selectColumns =
    QStringLiteral("SELECT name, dataset, header_signature, settings FROM import_profiles");

} // namespace

QString headerSignature(const QStringList &headers)
{
    QStringList folded;
    for (const QString &h : headers) {
        const QString f = foldForMatch(normaliseRomanian(h));
        if (!f.isEmpty() && !folded.contains(f))
            folded << f;
    }
    std::sort(folded.begin(), folded.end());
    return QString::fromLatin1(
        QCryptographicHash::hash(folded.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1)
            .toHex());
}

bool saveProfile(Store &store, const QString &name, const Inspection &inspection, QString *error)
{
    QSqlQuery q(store.db());
    q.prepare(
        QStringLiteral("INSERT INTO import_profiles (name, dataset, header_signature, settings,"
                       " updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET"
                       " dataset = excluded.dataset, header_signature = excluded.header_signature,"
                       " settings = excluded.settings, updated_at = excluded.updated_at"));
    q.addBindValue(name);
    q.addBindValue(datasetName(inspection.settings.dataset.value_or(Dataset::Support)));
    q.addBindValue(inspection.headerSignature);
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(toJson(inspection)).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<ImportProfile> loadProfile(Store &store, const QString &name)
{
    QSqlQuery q(store.db());
    q.prepare(selectColumns + QStringLiteral(" WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

std::optional<ImportProfile> findProfileForHeaders(Store &store, const QString &signature)
{
    QSqlQuery q(store.db());
    q.prepare(selectColumns +
              QStringLiteral(" WHERE header_signature = ? ORDER BY updated_at DESC, id DESC"));
    q.addBindValue(signature);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

QStringList profileNames(Store &store)
{
    QStringList names;
    QSqlQuery q(store.db());
    if (q.exec(QStringLiteral("SELECT name FROM import_profiles ORDER BY name")))
        while (q.next())
            names << q.value(0).toString();
    return names;
}

void applyProfile(const ImportProfile &profile, const QStringList &headers,
                  ImportSettings &settings)
{
    const ImportSettings &p = profile.settings;
    if (!settings.dataset)
        settings.dataset = profile.dataset;
    if (settings.headerRow == 0)
        settings.headerRow = p.headerRow;
    if (settings.encoding.isEmpty())
        settings.encoding = p.encoding;
    if (settings.delimiter.isNull())
        settings.delimiter = p.delimiter;
    if (settings.locale.isEmpty())
        settings.locale = p.locale;
    if (settings.dateOrder == DateOrder::Auto)
        settings.dateOrder = p.dateOrder;
    if (settings.decimalMark == DecimalMark::Auto)
        settings.decimalMark = p.decimalMark;
    if (settings.ratingScale == RatingScale::Auto)
        settings.ratingScale = p.ratingScale;
    if (settings.lines == LinesPolicy::Ask) {
        settings.lines = p.lines;
        settings.lineKeyColumn = p.lineKeyColumn;
    }
    if (settings.sourceCurrency.isEmpty())
        settings.sourceCurrency = p.sourceCurrency;
    for (auto it = p.values.cbegin(); it != p.values.cend(); ++it)
        for (auto v = it.value().cbegin(); v != it.value().cend(); ++v)
            if (!settings.values.value(it.key()).contains(v.key()))
                settings.values[it.key()].insert(v.key(), v.value());
    if (!settings.columns.isEmpty())
        return;
    settings.columns = ColumnMapping(headers.size());
    for (int i = 0; i < profile.headers.size(); ++i) {
        const QString folded = foldForMatch(profile.headers.at(i));
        for (int c = 0; c < headers.size(); ++c) {
            if (foldForMatch(headers.at(c)) == folded && settings.columns[c].field == Field::None) {
                settings.columns[c] = p.columns.at(i);
                break;
            }
        }
    }
}

} // namespace busola
