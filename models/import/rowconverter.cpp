#include "rowconverter.h"

#include "common/textfold.h"
#include "store/storeclock.h"

#include <QRegularExpression>
#include <QTime>

#include <cmath>
#include <cstring>

namespace busola {

namespace {

QHash<QString, QString> table(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    QHash<QString, QString> out;
    for (const auto &p : pairs)
        out.insert(foldForMatch(QString::fromUtf8(p.first)), QString::fromUtf8(p.second));
    return out;
}

constexpr qint64 MinEpoch = -2208988800LL; // 1900-01-01 UTC
constexpr qint64 MaxEpoch = 7258118400LL;  // 2200-01-01 UTC

QString decimalText(const Decimal &d)
{
    QString digits = QString::number(d.mantissa < 0 ? -d.mantissa : d.mantissa);
    if (d.scale > 0) {
        if (digits.size() <= d.scale)
            digits.prepend(QString(d.scale - digits.size() + 1, QLatin1Char('0')));
        digits.insert(digits.size() - d.scale, QLatin1Char('.'));
    }
    return d.mantissa < 0 ? QLatin1Char('-') + digits : digits;
}

} // namespace

const QHash<QString, QString> &defaultValueMapping(Field field)
{
    static const QHash<QString, QString> channel = table({
        {"telefon", "phone"},
        {"phone", "phone"},
        {"voice", "phone"},
        {"call", "phone"},
        {"apel", "phone"},
        {"apel telefonic", "phone"},
        {"telephone", "phone"},
        {"tel", "phone"},
        {"phone call", "phone"},
        {"chat", "chat"},
        {"live chat", "chat"},
        {"web chat", "chat"},
        {"webchat", "chat"},
        {"chat live", "chat"},
        {"messaging", "chat"},
        {"e-mail", "email"},
        {"email", "email"},
        {"mail", "email"},
        {"posta electronica", "email"},
    });
    static const QHash<QString, QString> status = table({
        {"closed", "closed"},
        {"resolved", "closed"},
        {"solved", "closed"},
        {"închis", "closed"},
        {"rezolvat", "closed"},
        {"finalizat", "closed"},
        {"done", "closed"},
        {"open", "open"},
        {"new", "open"},
        {"deschis", "open"},
        {"nou", "open"},
        {"in progress", "open"},
        {"în lucru", "open"},
        {"pending", "pending"},
        {"on hold", "pending"},
        {"waiting", "pending"},
        {"pending customer response", "pending"},
        {"waiting on customer", "pending"},
        {"în așteptare", "pending"},
        {"așteptare", "pending"},
    });
    static const QHash<QString, QString> stage = table({
        {"won", "won"},
        {"closed won", "won"},
        {"closedwon", "won"},
        {"câștigat", "won"},
        {"câștigată", "won"},
        {"castigat", "won"},
        {"lost", "lost"},
        {"closed lost", "lost"},
        {"closedlost", "lost"},
        {"pierdut", "lost"},
        {"pierdută", "lost"},
        {"open", "open"},
        {"deschis", "open"},
        {"în lucru", "open"},
    });
    static const QHash<QString, QString> rating = table({
        {"good", "5"},
        {"bad", "1"},
        {"good, I'm satisfied", "5"},
        {"bad, I'm unsatisfied", "1"},
        {"not offered", ""},
        {"offered", ""},
        {"unoffered", ""},
        {"foarte mulțumit", "5"},
        {"mulțumit", "4"},
        {"neutru", "3"},
        {"nemulțumit", "2"},
        {"foarte nemulțumit", "1"},
        {"very satisfied", "5"},
        {"satisfied", "4"},
        {"neutral", "3"},
        {"dissatisfied", "2"},
        {"unsatisfied", "2"},
        {"very dissatisfied", "1"},
        {"excellent", "5"},
        {"excelent", "5"},
    });
    static const QHash<QString, QString> none;
    switch (fieldType(field)) {
    case FieldType::Channel:
        return channel;
    case FieldType::SupportStatus:
        return status;
    case FieldType::DealStage:
        return stage;
    case FieldType::Rating:
        return rating;
    default:
        return none;
    }
}

RowConverter::RowConverter(const Inspection &inspection, const StoreClock &clock,
                           QString storeCurrency)
    : m_inspection(inspection)
    , m_dataset(inspection.settings.dataset.value_or(Dataset::Support))
    , m_clock(clock)
    , m_storeCurrency(std::move(storeCurrency))
    , m_mark(inspection.settings.decimalMark)
    , m_order(inspection.settings.dateOrder)
{
    m_columnOf.fill(-1);
    const ColumnMapping &columns = inspection.settings.columns;
    for (int c = 0; c < columns.size(); ++c)
        if (columns.at(c).field != Field::None && m_columnOf[int(columns.at(c).field)] < 0)
            m_columnOf[int(columns.at(c).field)] = c;
    m_createdFromFirstResponse = m_dataset == Dataset::Support &&
                                 m_columnOf[int(Field::Created)] < 0 &&
                                 m_columnOf[int(Field::FirstResponse)] >= 0;
    m_hasStage = m_columnOf[int(Field::Stage)] >= 0;
}

QString RowConverter::mapped(Field field, const QString &text, bool *found)
{
    TextTable<QString> &cache = m_enumCache[int(field)];
    const quint64 hash = textHash(text);
    if (const int hit = cache.indexOf(text, hash); hit >= 0) {
        *found = !cache.value(hit).isNull();
        return cache.value(hit);
    }
    const QString key = foldForMatch(normaliseRomanian(text));
    QString result;
    const QHash<QString, QString> user = m_inspection.settings.values.value(field);
    auto u = user.constFind(key);
    if (u != user.constEnd()) {
        result = u.value().isNull() ? QLatin1String("") : u.value();
    } else {
        const QHash<QString, QString> &defaults = defaultValueMapping(field);
        auto d = defaults.constFind(key);
        if (d != defaults.constEnd())
            result = d.value().isNull() ? QLatin1String("") : d.value();
    }
    if (cache.size() < 10000) // a column of distinct values is no enumeration: stop caching
        cache.insert(text, hash, result);
    *found = !result.isNull();
    return result;
}

bool RowConverter::parseDateCell(const Cell &cell, Field field, Value &out, QString *reason)
{
    std::optional<ParsedDateTime> dt;
    if (cell.type == Cell::Type::DateTime || cell.type == Cell::Type::Number)
        dt = fromSerial(cell.number);
    else
        dt = parseDateTime(cell.text, m_order);
    if (!dt) {
        if ((field == Field::FirstResponse || field == Field::Resolved) &&
            cell.type == Cell::Type::Text && cell.text.contains(QLatin1Char(':'))) {
            if (auto secs = parseDurationSeconds(cell.text, DurationUnit::Hours, m_mark)) {
                out.isDuration = true;
                out.i = *secs;
                return true;
            }
        }
        *reason = tr("not a date (expected e.g. 27.11.2026 14:30 or 2026-11-27)");
        return false;
    }
    if (dt->hasOffset)
        out.i = (dt->date.toJulianDay() - 2440588) * 86400 + dt->seconds - dt->offsetSeconds;
    else
        out.i = m_clock.toEpoch(dt->date, QTime::fromMSecsSinceStartOfDay(dt->seconds * 1000));
    if (out.i < MinEpoch || out.i >= MaxEpoch) {
        *reason = tr("a date outside 1900–2199");
        return false;
    }
    out.dateOnly = !dt->hasTime;
    return true;
}

bool RowConverter::parseRating(const QString &text, const Cell &cell, Value &out, QString *reason)
{
    bool found = false;
    const QString m = text.isEmpty() ? QString() : mapped(Field::Satisfaction, text, &found);
    double v = 0;
    if (found) {
        if (m.isEmpty())
            return true; // "Not offered": no rating, not a problem
        v = m.toDouble();
        out.has = true;
        out.d = v;
        return true;
    }
    if (cell.type == Cell::Type::Number) {
        v = cell.number;
    } else {
        const std::optional<Decimal> d = parseDecimal(text, m_mark);
        if (!d || !d->currency.isEmpty()) {
            *reason = tr("not a rating (a number, or a value the value mapping knows)");
            return false;
        }
        v = d->toDouble();
    }
    double score = v;
    switch (m_inspection.settings.ratingScale) {
    case RatingScale::Auto:
    case RatingScale::OneToFive:
        if (v < 1 || v > 5) {
            *reason = tr("outside the 1–5 scale");
            return false;
        }
        break;
    case RatingScale::OneToTen:
        if (v < 1 || v > 10) {
            *reason = tr("outside the 1–10 scale");
            return false;
        }
        score = 1 + (v - 1) * 4.0 / 9.0;
        break;
    case RatingScale::ZeroToTen:
        if (v < 0 || v > 10) {
            *reason = tr("outside the 0–10 scale");
            return false;
        }
        score = 1 + v * 4.0 / 10.0;
        break;
    case RatingScale::Percent:
        if (v < 0 || v > 100) {
            *reason = tr("outside 0–100 %");
            return false;
        }
        score = 1 + v * 4.0 / 100.0;
        break;
    }
    out.has = true;
    out.d = score;
    return true;
}

QString RowConverter::shared(Field field, const QString &text)
{
    TextMemo &memo = m_textMemo[int(field)];
    if (memo.off)
        return text;
    const quint64 hash = textHash(text);
    if (const int at = memo.texts.indexOf(text, hash); at >= 0)
        return memo.texts.key(at);
    if (memo.texts.size() >= 1000) {
        memo.off = true;
        memo.texts = {};
        return text;
    }
    memo.texts.insert(text, hash, {});
    return text;
}

/// A text cell's value for a text field: trimmed, cedillas folded, shared with the rows before.
QString RowConverter::textValue(Field field, const QString &cellText)
{
    constexpr qsizetype MaxBuffers = 1000;
    TextMemo &memo = m_textMemo[int(field)];
    if (memo.buffersOff)
        return shared(field, cleanText(cellText.trimmed()));
    const auto it = memo.byBuffer.constFind(cellText.constData());
    if (it != memo.byBuffer.constEnd() && it->first.size() == cellText.size())
        return it->second;
    const QString value = shared(field, cleanText(cellText.trimmed()));
    if (memo.off || memo.byBuffer.size() >= MaxBuffers) {
        memo.buffersOff = true;
        memo.byBuffer = {};
    } else {
        memo.byBuffer.insert(cellText.constData(), {cellText, value});
    }
    return value;
}

bool RowConverter::parseCell(int column, const Cell &cell, Value &out, QString *reason)
{
    const ColumnTarget &target = m_inspection.settings.columns.at(column);
    out = Value();
    if (cell.isEmpty())
        return true; // a missing value, never a zero
    if (cell.type == Cell::Type::Text && fieldType(target.field) == FieldType::Text) {
        out.s = textValue(target.field, cell.text);
        out.has = !out.s.isEmpty();
        if (!out.has)
            out.s = QString();
        return true;
    }
    if (cell.type == Cell::Type::Error) {
        *reason = tr("the spreadsheet shows an error here (%1)").arg(cell.text);
        return false;
    }
    const QString text = cell.type == Cell::Type::Text      ? cell.text.trimmed()
                         : cell.type == Cell::Type::Boolean ? QString::number(cell.number)
                                                            : QString();
    if (cell.type == Cell::Type::Text && text.isEmpty())
        return true;
    const Field field = target.field;
    bool found = false;
    switch (fieldType(field)) {
    case FieldType::Text:
        out.s = numberText(cell.number); // a text cell was read above
        break;
    case FieldType::DateTime:
        if (!parseDateCell(cell, field, out, reason))
            return false;
        break;
    case FieldType::Duration: {
        const std::optional<qint64> secs =
            cell.type == Cell::Type::Text ? parseDurationSeconds(text, target.unit, m_mark)
            : cell.type == Cell::Type::DateTime
                ? std::optional<qint64>(std::llround(cell.number * 86400))
                : parseDurationSeconds(numberText(cell.number), target.unit, m_mark);
        if (!secs || *secs < 0) {
            *reason = secs ? tr("a negative duration")
                           : tr("not a duration (minutes, hours or HH:MM:SS)");
            return false;
        }
        out.i = *secs;
        break;
    }
    case FieldType::Integer: {
        const std::optional<qint64> whole =
            cell.type == Cell::Type::Text ? std::nullopt : wholeNumber(cell.number);
        if (whole) {
            out.i = *whole;
            break;
        }
        const std::optional<Decimal> d = parseDecimal(
            cell.type == Cell::Type::Text ? QStringView(text)
                                          : QStringView(QString::number(cell.number, 'g', 15)),
            m_mark);
        if (!d || !d->currency.isEmpty() || d->toDouble() != std::floor(d->toDouble())) {
            *reason = tr("not a whole number");
            return false;
        }
        out.i = qint64(d->toDouble());
        break;
    }
    case FieldType::Money: {
        const std::optional<Decimal> d = cell.type == Cell::Type::Text
                                             ? parseDecimal(text, m_mark)
                                             : decimalOfNumber(cell.number);
        if (!d) {
            *reason = tr("not an amount");
            return false;
        }
        out.money = *d;
        break;
    }
    case FieldType::Boolean: {
        // parseBoolean folds the text (allocations per cell); a yes/no column holds a few
        // distinct texts, so each answer is kept, as mapped() keeps its own.
        TextTable<qint8> &cache = m_booleanCache[int(field)];
        const quint64 hash = textHash(text);
        const int hit = cache.indexOf(text, hash);
        qint8 b = -1; // not a yes/no value
        if (hit >= 0) {
            b = cache.value(hit);
        } else {
            const QString m = mapped(field, text, &found);
            const std::optional<bool> parsed =
                found ? std::optional<bool>(m == QLatin1String("1")) : parseBoolean(text);
            b = parsed ? qint8(*parsed) : qint8(-1);
            if (cache.size() < 10000)
                cache.insert(text, hash, b);
        }
        if (b < 0) {
            *reason = tr("not a yes/no value");
            return false;
        }
        out.i = b;
        break;
    }
    case FieldType::Rating:
        if (!parseRating(text, cell, out, reason))
            return false;
        return true;
    case FieldType::Channel:
    case FieldType::SupportStatus:
    case FieldType::DealStage: {
        const QString m = mapped(field, text, &found);
        out.s = found ? m : cleanText(text);
        break;
    }
    case FieldType::Currency:
        out.s = currencyCode(text);
        if (out.s.isEmpty()) {
            *reason = tr("not a currency");
            return false;
        }
        break;
    case FieldType::Month: {
        std::optional<ParsedDateTime> dt =
            cell.type == Cell::Type::Text ? parseDateTime(text, m_order) : fromSerial(cell.number);
        int month = dt ? StoreClock::monthKeyOf(dt->date) : 0;
        if (!dt) {
            // 2026-10, 2026.10, 10.2026, 10/2026
            const QStringList parts = text.split(QRegularExpression(QStringLiteral("[-./ ]")));
            if (parts.size() == 2) {
                const int a = parts.at(0).toInt(), b = parts.at(1).toInt();
                month = parts.at(0).size() == 4 ? a * 100 + b : b * 100 + a;
            }
        }
        if (month % 100 < 1 || month % 100 > 12 || month / 100 < 1900 || month / 100 > 2199) {
            *reason = tr("not a month (expected e.g. 2026-10 or 10.2026)");
            return false;
        }
        out.i = month;
        break;
    }
    }
    out.has = true;
    return true;
}

QString RowConverter::display(int column, const Value &v) const
{
    if (!v.has)
        return QString();
    const Field field = m_inspection.settings.columns.at(column).field;
    switch (fieldType(field)) {
    case FieldType::DateTime:
        if (v.isDuration)
            return tr("%1 h").arg(double(v.i) / 3600.0, 0, 'f', 2);
        return m_clock.toLocal(v.i).toString(v.dateOnly ? QStringLiteral("yyyy-MM-dd")
                                                        : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case FieldType::Duration:
        return tr("%1 h").arg(double(v.i) / 3600.0, 0, 'f', 2);
    case FieldType::Integer:
        return QString::number(v.i);
    case FieldType::Money:
        return v.money.currency.isEmpty()
                   ? decimalText(v.money)
                   : decimalText(v.money) + QLatin1Char(' ') + v.money.currency;
    case FieldType::Boolean:
        return v.i ? tr("yes") : tr("no");
    case FieldType::Rating:
        return QString::number(v.d, 'g', 4);
    case FieldType::Month:
        return QStringLiteral("%1-%2").arg(v.i / 100).arg(v.i % 100, 2, 10, QLatin1Char('0'));
    default:
        return v.s;
    }
}

void RowConverter::problem(Problem::Severity severity, Field field, const QString &reason)
{
    Problem p;
    p.severity = severity;
    p.row = m_rowNumber;
    p.reason = reason;
    const int column = field == Field::None ? -1 : m_columnOf[int(field)];
    if (column >= 0) {
        p.column =
            column < m_inspection.headers.size() ? m_inspection.headers.at(column) : QString();
        if (m_row && column < m_row->size()) {
            // The cell as the user sees it: an empty cell is no "0", an error is its code.
            const Cell &cell = m_row->at(column);
            p.value = cell.type == Cell::Type::Text || cell.type == Cell::Type::Error ? cell.text
                      : cell.type == Cell::Type::Empty                                ? QString()
                                                       : QString::number(cell.number, 'g', 15);
        }
    }
    if (severity == Problem::Severity::Error)
        m_rowFailed = true;
    m_problems->append(p);
}

bool RowConverter::error(Field field, const QString &reason)
{
    problem(Problem::Severity::Error, field, reason);
    return false;
}

bool RowConverter::convert(const SheetRow &row, int rowNumber, QVector<Problem> &problems,
                           QStringList *displayOut)
{
    m_row = &row;
    m_rowNumber = rowNumber;
    m_problems = &problems;
    m_rowFailed = false;
    const ColumnMapping &columns = m_inspection.settings.columns;
    if (displayOut)
        *displayOut = QStringList(columns.size(), QString());
    for (Value &v : m_values)
        v.has = false;
    static const Cell empty;
    for (int f = 1; f < FieldCount; ++f) {
        const int c = m_columnOf[f];
        if (c < 0)
            continue;
        QString reason;
        Value &v = m_values[f];
        if (!parseCell(c, c < row.size() ? row.at(c) : empty, v, &reason))
            problem(Problem::Severity::Error, Field(f), reason);
        else if (displayOut)
            (*displayOut)[c] = display(c, v);
    }
    m_fileId = value(Field::Id).has ? value(Field::Id).s : QString();
    if (m_rowFailed)
        return false;
    switch (m_dataset) {
    case Dataset::Support:
        return buildInteraction(row);
    case Dataset::Sales:
        return buildDeal(row);
    case Dataset::Feedback:
        return buildFeedback(row);
    case Dataset::Costs:
        return buildCost();
    }
    return false;
}

QString RowConverter::contentKey(const SheetRow &row) const
{
    // A stable key for files without an id column: the mapped cells, hashed (FNV-1a 64).
    quint64 h = 1469598103934665603ULL;
    for (int f = 1; f < FieldCount; ++f) {
        const int c = m_columnOf[f];
        if (c < 0)
            continue;
        const QString text = c < row.size() ? row.at(c).text.trimmed() : QString();
        const double number = c < row.size() ? row.at(c).number : 0;
        for (const QChar ch : text) {
            h ^= ch.unicode();
            h *= 1099511628211ULL;
        }
        quint64 bits = 0;
        std::memcpy(&bits, &number, sizeof bits);
        h ^= bits ^ 0x1f;
        h *= 1099511628211ULL;
    }
    return QStringLiteral("k:") + QString::number(h, 16);
}

} // namespace busola
