#include "storewriter.h"

#include "backups.h"
#include "common/textfold.h"
#include "dialect.h"
#include "fnv.h"
#include "sqlitestatements.h"
#include "store.h"
#include "transaction.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>
#include <cstring>
#include <iterator>

namespace busola {

namespace {

/// Where each dataset lives. The two month columns are what summaries bucket by (the same
/// column twice where a dataset has one).
struct TableInfo
{
    QString table;
    QStringList columns; // written columns, besides external_id, content_hash and import_id
    QString monthA;
    QString monthB;
    QString rangeInstant; // what "replace a period" ranges over
};

const TableInfo &tableInfo(Dataset dataset)
{
    static const TableInfo support{
        QStringLiteral("interactions"),
        {QStringLiteral("created_at"), QStringLiteral("created_month"),
         QStringLiteral("first_response_at"), QStringLiteral("response_seconds"),
         QStringLiteral("resolved_at"), QStringLiteral("resolved_month"), QStringLiteral("status"),
         QStringLiteral("channel"), QStringLiteral("team"), QStringLiteral("agent"),
         QStringLiteral("customer_id"), QStringLiteral("contacts"), QStringLiteral("fcr_flag"),
         QStringLiteral("satisfaction"), QStringLiteral("cost_minor"),
         QStringLiteral("is_complaint"), QStringLiteral("complaint_category"),
         QStringLiteral("subject")},
        QStringLiteral("created_month"),
        QStringLiteral("resolved_month"),
        QStringLiteral("created_at")};
    static const TableInfo sales{
        QStringLiteral("deals"),
        {QStringLiteral("created_at"), QStringLiteral("created_month"), QStringLiteral("closed_at"),
         QStringLiteral("closed_month"), QStringLiteral("status"), QStringLiteral("is_order"),
         QStringLiteral("amount_minor"), QStringLiteral("original_amount"),
         QStringLiteral("original_currency"), QStringLiteral("owner"), QStringLiteral("region"),
         QStringLiteral("lead_source"), QStringLiteral("customer_id")},
        QStringLiteral("created_month"),
        QStringLiteral("closed_month"),
        QStringLiteral("COALESCE(closed_at, created_at)")};
    static const TableInfo feedback{QStringLiteral("feedback"),
                                    {QStringLiteral("responded_at"),
                                     QStringLiteral("responded_month"),
                                     QStringLiteral("customer_id"), QStringLiteral("score"),
                                     QStringLiteral("comment"), QStringLiteral("channel")},
                                    QStringLiteral("responded_month"),
                                    QStringLiteral("responded_month"),
                                    QStringLiteral("responded_at")};
    static const TableInfo costs{
        QStringLiteral("support_costs"),
        {QStringLiteral("month"), QStringLiteral("channel"), QStringLiteral("amount_minor")},
        QStringLiteral("month"),
        QStringLiteral("month"),
        QString()};
    switch (dataset) {
    case Dataset::Support:
        return support;
    case Dataset::Sales:
        return sales;
    case Dataset::Feedback:
        return feedback;
    case Dataset::Costs:
        return costs;
    }
    return support;
}

QString buildInsertSql(Dataset dataset)
{
    const TableInfo &info = tableInfo(dataset);
    return QStringLiteral(
               "INSERT INTO %1 (external_id, content_hash, import_id, %2) VALUES (?, ?, ?%3)"
               " ON CONFLICT (external_id) DO NOTHING")
        .arg(info.table, info.columns.join(QLatin1String(", ")),
             QStringLiteral(", ?").repeated(info.columns.size()));
}

std::optional<Dataset> datasetOfTable(const QString &table)
{
    for (Dataset d : {Dataset::Support, Dataset::Sales, Dataset::Feedback, Dataset::Costs})
        if (tableInfo(d).table == table)
            return d;
    return std::nullopt;
}

template <typename T> QVariant opt(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

/// The hash of the external id and the values, as stored in content_hash.
qint64 contentHash(const QString &externalId, const QVariantList &values)
{
    Fnv fnv;
    fnv.feedString(externalId);
    for (const QVariant &v : values) {
        // The values' own storage is read directly: QVariant's converting accessors showed
        // in profiles of a million-row import.
        const bool null = v.isNull();
        fnv.feedTag(null, v.typeId());
        if (null)
            continue;
        switch (v.typeId()) {
        case QMetaType::Double:
            fnv.feed(v.constData(), sizeof(double));
            break;
        case QMetaType::QString:
            fnv.feedString(*static_cast<const QString *>(v.constData()));
            break;
        case QMetaType::Int:
            fnv.feedInteger(*static_cast<const int *>(v.constData()));
            break;
        case QMetaType::LongLong:
            fnv.feed(v.constData(), sizeof(qint64));
            break;
        default:
            fnv.feedInteger(v.toLongLong());
        }
    }
    return qint64(fnv.h);
}

/// The same hash over SqlValues: equal to the QVariant one for the same values, so rows
/// written either way compare as unchanged.
qint64 contentHash(const QString &externalId, const SqlValue *values, int count)
{
    Fnv fnv;
    fnv.feedString(externalId);
    for (int i = 0; i < count; ++i) {
        const SqlValue &v = values[i];
        switch (v.type) {
        case SqlValue::Null:
            fnv.feedTag(true, 0);
            break;
        case SqlValue::Int:
            fnv.feedTag(false, QMetaType::Int);
            fnv.feedInteger(v.integer);
            break;
        case SqlValue::Int64:
            fnv.feedTag(false, QMetaType::LongLong);
            fnv.feedInteger(v.integer);
            break;
        case SqlValue::Double:
            fnv.feedTag(false, QMetaType::Double);
            fnv.feed(&v.real, sizeof(double));
            break;
        case SqlValue::Text:
            fnv.feedTag(false, QMetaType::QString);
            fnv.feedString(*v.text);
            break;
        }
    }
    return qint64(fnv.h);
}

SqlValue optional64(const std::optional<qint64> &value)
{
    return value ? SqlValue::int64(*value) : SqlValue();
}

SqlValue optional32(const std::optional<int> &value)
{
    return value ? SqlValue::int32(*value) : SqlValue();
}

} // namespace

QString customerKey(const CustomerRef &customer)
{
    if (!customer.code.trimmed().isEmpty())
        return QLatin1String("c:") + customer.code.trimmed();
    const QString folded = foldForMatch(customer.name);
    return folded.isEmpty() ? QString() : QLatin1String("n:") + folded;
}

StoreWriter::StoreWriter(Store &store)
    : m_store(store)
{}

StoreWriter::~StoreWriter()
{
    rollback();
}

bool StoreWriter::fail(const QString &message)
{
    m_error = isDiskFull(message) ? diskFullMessage(message) : message;
    return false;
}

bool StoreWriter::isDiskFull(const QString &sqliteMessage)
{
    // SQLite's text for SQLITE_FULL, the same in every locale; Qt's messages carry it as is.
    return sqliteMessage.contains(QLatin1String("database or disk is full"));
}

QString StoreWriter::diskFullMessage(const QString &detail)
{
    return tr("The disk is full: the store cannot grow, so nothing was written and the store is"
              " as it was. Free some space and try again. (%1)")
        .arg(detail);
}

QString StoreWriter::busyMessage(const Store &store, const QString &detail)
{
    if (Store::isLockContention(detail))
        return Store::inUseMessage(store.location());
    return tr("The store %1 cannot be written: %2")
        .arg(QDir::toNativeSeparators(store.location()), detail);
}

QSqlQuery &StoreWriter::prepared(const QString &key, const QString &sql)
{
    std::unique_ptr<QSqlQuery> &query = m_queries[key];
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_store.db());
        query->prepare(sql);
    }
    return *query;
}

bool StoreWriter::begin(const ImportMeta &meta)
{
    // A copy before every real import, so a wrong file can always be undone by a restore. The
    // demo company fills an empty store and a dry run writes nothing: neither needs one.
    if (!meta.dryRun && meta.dataset != QLatin1String("demo")) {
        QString backupError;
        if (!Backups::make(m_store, QStringLiteral("import"), &backupError))
            return fail(tr("The import was stopped because the store could not be backed up"
                           " first: %1")
                            .arg(backupError));
    }
    m_sqlite = SqliteStatements::forDatabase(m_store.db());
    if (m_sqlite) {
        // A big import touches every page of the indexes it grows: with SQLite's default 2 MB
        // page cache those pages are spilled and read back from the WAL over and over. 48 MB
        // keeps them, and the peak memory of a million-row import under 200 MB.
        QSqlQuery pragma(m_store.db());
        pragma.exec(QStringLiteral("PRAGMA cache_size = -49152"));
        // Foreign-key enforcement doubled SQLite's work per row. This writer binds only
        // references it has just read or written in the same transaction (the customer ids
        // above, its own import id), and deletes only child rows, so it cannot break one; and
        // commit() proves it (checkReferences, through m_sqlite: hence only where there is
        // one) before saving anything. The setting is back on as soon as the transaction ends
        // (it cannot change inside one).
        pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        m_foreignKeysOff = true;
    }
    m_tx = std::make_unique<Transaction>(m_store.db(), Transaction::Writes::Rows);
    if (!m_tx->isActive())
        return fail(busyMessage(m_store, m_tx->errorString()));
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO imports (file_name, file_sha256, dataset, profile, mode,"
                             " imported_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(meta.fileName);
    q.addBindValue(text(meta.sha256));
    q.addBindValue(meta.dataset);
    q.addBindValue(text(meta.profile));
    q.addBindValue(meta.mode);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec()) {
        if (Dialect::isPermissionDenied(q.lastError()))
            return fail(tr("Not allowed: your account on the team store %1 may only read. An"
                           " import needs an editor's account.")
                            .arg(m_store.location()));
        return fail(tr("Cannot record the import: %1").arg(q.lastError().text()));
    }
    m_importId = Dialect::insertedId(q);
    return true;
}

std::optional<qint64> StoreWriter::customerId(const CustomerRef &customer, bool *ok)
{
    *ok = true;
    // Most rows name a customer already seen: find it by its token, or by its code as given,
    // before building (and allocating) the key.
    const size_t token = size_t(customer.token);
    if (customer.token >= 0 && token < m_customerIdsByToken.size() &&
        m_customerIdsByToken[token] != 0)
        return m_customerIdsByToken[token];
    const std::optional<qint64> id = lookUpCustomer(customer, ok);
    if (id && customer.token >= 0) {
        if (token >= m_customerIdsByToken.size())
            m_customerIdsByToken.resize(std::max(token + 1, 2 * m_customerIdsByToken.size()));
        m_customerIdsByToken[token] = *id;
    }
    return id;
}

std::optional<qint64> StoreWriter::lookUpCustomer(const CustomerRef &customer, bool *ok)
{
    // The code and the key are each hashed once: found neither here, they are added below.
    const quint64 codeHash = textHash(customer.code);
    if (!customer.code.isEmpty()) {
        if (const int at = m_customerIdsByCode.indexOf(customer.code, codeHash); at >= 0)
            return m_customerIdsByCode.value(at);
    }
    const QString key = customerKey(customer);
    if (key.isEmpty())
        return std::nullopt;
    const quint64 keyHash = textHash(key);
    const auto keepCode = [&](qint64 id) {
        if (!customer.code.isEmpty())
            m_customerIdsByCode.insert(customer.code, codeHash, id);
    };
    if (const int at = m_customerIds.indexOf(key, keyHash); at >= 0) {
        const qint64 id = m_customerIds.value(at);
        keepCode(id);
        return id;
    }
    static const QString insertSql =
        QStringLiteral("INSERT INTO customers (customer_key, code, name) VALUES (?, ?, ?)"
                       " ON CONFLICT (customer_key) DO NOTHING");
    static const QString selectSql =
        QStringLiteral("SELECT id FROM customers WHERE customer_key = ?");
    const QString code = customer.code.trimmed();
    const QString name = normaliseRomanian(customer.name.trimmed());
    qint64 id = 0;
    if (m_sqlite) {
        // As SqlValues: a QVariant's text is bound as UTF-16, which SQLite converts in a
        // buffer of its own (a fifth of the cost of a new customer).
        const SqlValue row[3] = {SqlValue::string(key), SqlValue::string(code),
                                 SqlValue::string(name)};
        int changes = 0;
        if (!m_sqlite->execute(QStringLiteral("customer-insert"), insertSql, row, 3, &changes))
            return customerFailed(ok, customer, m_sqlite->lastError());
        if (changes > 0)
            id = m_sqlite->lastInsertId();
        else if (!m_sqlite->selectInt64(QStringLiteral("customer-select"), selectSql, {key}, &id))
            return customerFailed(ok, customer, m_sqlite->lastError());
    } else {
        QSqlQuery &insert = prepared(QStringLiteral("customer-insert"), insertSql);
        const QVariantList values{key, text(code), text(name)};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec())
            return customerFailed(ok, customer, insert.lastError().text());
        QSqlQuery &select = prepared(QStringLiteral("customer-select"), selectSql);
        select.bindValue(0, key);
        if (!select.exec() || !select.next())
            return customerFailed(ok, customer, select.lastError().text());
        id = select.value(0).toLongLong();
        select.finish();
    }
    m_customerIds.insert(key, keyHash, id);
    keepCode(id);
    return id;
}

bool StoreWriter::transactionLost()
{
    // A row written now would be committed on its own, outside the import: refuse it.
    if (!m_sqlite || !m_tx || !m_tx->isActive() || m_sqlite->inTransaction())
        return false;
    if (m_error.isEmpty())
        fail(tr("SQLite ended the import's transaction after an error; nothing was written."));
    return true;
}

std::nullopt_t StoreWriter::customerFailed(bool *ok, const CustomerRef &customer,
                                           const QString &detail)
{
    // The row must fail with it: after SQLITE_FULL or SQLITE_IOERR, SQLite has rolled the whole
    // transaction back, and the rows that followed would be written outside it, one by one.
    *ok = false;
    fail(tr("Cannot write the customer %1: %2")
             .arg(customer.code.isEmpty() ? customer.name : customer.code, detail));
    return std::nullopt;
}

void StoreWriter::addMonth(Dataset dataset, int month)
{
    if (month <= 0)
        return;
    switch (dataset) {
    case Dataset::Support:
        m_changes.supportMonths.insert(month);
        break;
    case Dataset::Sales:
        m_changes.salesMonths.insert(month);
        break;
    case Dataset::Feedback:
        m_changes.feedbackMonths.insert(month);
        break;
    case Dataset::Costs:
        m_changes.costMonths.insert(month);
        break;
    }
}

bool StoreWriter::supportRow(const Interaction &r, SupportRow *meta, SqlValue *row)
{
    const StoreClock &clock = m_store.clock();
    meta->responseSeconds = r.effectiveResponseSeconds();
    meta->createdMonth = clock.monthKey(r.createdAt);
    meta->resolvedMonth = r.resolvedAt ? clock.monthKey(*r.resolvedAt) : 0;
    bool customerOk = true;
    meta->customer = customerId(r.customer, &customerOk);
    if (!customerOk)
        return false;
    // The first HeadValues slots are the key columns, filled by keyColumns().
    const SqlValue values[SupportValues] = {
        {},
        {},
        {},
        SqlValue::int64(r.createdAt),
        SqlValue::int32(meta->createdMonth),
        optional64(r.firstResponseAt),
        optional64(meta->responseSeconds),
        optional64(r.resolvedAt),
        r.resolvedAt ? SqlValue::int32(meta->resolvedMonth) : SqlValue(),
        SqlValue::string(r.status),
        SqlValue::string(r.channel),
        SqlValue::string(r.team),
        SqlValue::string(r.agent),
        optional64(meta->customer),
        optional32(r.contacts),
        r.fcrFlag ? SqlValue::int32(int(*r.fcrFlag)) : SqlValue(),
        r.satisfaction ? SqlValue::number(*r.satisfaction) : SqlValue(),
        optional64(r.costMinor),
        SqlValue::int32(int(r.complaint)),
        SqlValue::string(r.complaintCategory),
        SqlValue::string(r.subject),
    };
    std::copy(std::begin(values), std::end(values), row);
    return true;
}

void StoreWriter::addInserted(const Interaction &r, const SupportRow &meta)
{
    m_delta.addInteraction(r, meta.createdMonth, meta.resolvedMonth, meta.responseSeconds,
                           meta.customer, m_store.clock());
}

WriteOutcome StoreWriter::write(const Interaction &r)
{
    SupportRow meta;
    SqlValue row[SupportValues];
    if (!supportRow(r, &meta, row))
        return WriteOutcome::Failed;
    const WriteOutcome outcome = writeRow(Dataset::Support, r.externalId, row, SupportValues,
                                          meta.createdMonth, meta.resolvedMonth);
    if (outcome == WriteOutcome::Inserted) {
        noteCreated(r.createdAt);
        addInserted(r, meta);
    }
    return outcome;
}

qint64 StoreWriter::keyColumns(const QString &externalId, SqlValue *row, int count) const
{
    const qint64 hash = contentHash(externalId, row + HeadValues, count - HeadValues);
    row[0].type = SqlValue::Text; // bound even when empty, as the QVariant path binds it
    row[0].text = &externalId;
    row[1] = SqlValue::int64(hash);
    row[2] = SqlValue::int64(m_importId);
    return hash;
}

WriteOutcome StoreWriter::writeRow(Dataset dataset, const QString &externalId, SqlValue *row,
                                   int count, int monthA, int monthB)
{
    const qint64 hash = keyColumns(externalId, row, count);
    if (transactionLost())
        return WriteOutcome::Failed;
    const bool fast = m_sqlite && m_tx && m_tx->isActive();
    if (fast) {
        // Most rows are new: inserted straight from the SqlValues. Only an id already stored
        // goes on to upsert(), which reads it back.
        const TableInfo &info = tableInfo(dataset);
        int affected = 0;
        if (!m_sqlite->execute(info.table, insertSql(dataset), row, count, &affected)) {
            fail(tr("Cannot write %1 row %2: %3")
                     .arg(info.table, externalId, m_sqlite->lastError()));
            return WriteOutcome::Failed;
        }
        if (affected > 0)
            return inserted(dataset, monthA);
    }
    return upsert(dataset, externalId, hash, valuesOf(row, count), monthA, monthB, fast);
}

QVariantList StoreWriter::valuesOf(const SqlValue *row, int count)
{
    QVariantList values;
    values.reserve(count - HeadValues);
    for (int i = HeadValues; i < count; ++i)
        values << row[i].toVariant();
    return values;
}

/// Built once per table (thread-safe static initialisation): formatting the statement for
/// every row showed in profiles.
const QString &StoreWriter::insertSql(Dataset dataset)
{
    static const QString sqls[] = {buildInsertSql(Dataset::Support), buildInsertSql(Dataset::Sales),
                                   buildInsertSql(Dataset::Feedback),
                                   buildInsertSql(Dataset::Costs)};
    return sqls[int(dataset)];
}

WriteOutcome StoreWriter::inserted(Dataset dataset, int monthA)
{
    // A new row: its measures go into the in-memory summary delta (see write()).
    if (dataset == Dataset::Costs)
        addMonth(dataset, monthA);
    ++m_counts.inserted;
    if (m_sqlite) {
        const int inserted = ++m_bulkInserts[int(dataset)];
        if (inserted == 1 || inserted == BulkRows)
            deferIndexes(dataset, inserted == 1 ? 0 : BulkRows);
    }
    return WriteOutcome::Inserted;
}

WriteOutcome StoreWriter::write(const Deal &r)
{
    const StoreClock &clock = m_store.clock();
    const int createdMonth = r.createdAt ? clock.monthKey(*r.createdAt) : 0;
    const int closedMonth = r.closedAt ? clock.monthKey(*r.closedAt) : 0;
    bool customerOk = true;
    const std::optional<qint64> customer = customerId(r.customer, &customerOk);
    if (!customerOk)
        return WriteOutcome::Failed;
    const QVariantList values{
        opt(r.createdAt),
        r.createdAt ? QVariant(createdMonth) : QVariant(),
        opt(r.closedAt),
        r.closedAt ? QVariant(closedMonth) : QVariant(),
        dealStatusName(r.status),
        int(r.isOrder),
        opt(r.amountMinor),
        text(r.originalAmount),
        text(r.originalCurrency),
        text(r.owner),
        text(r.region),
        text(r.leadSource),
        opt(customer),
    };
    const WriteOutcome outcome =
        upsert(Dataset::Sales, r.externalId, contentHash(r.externalId, values), values,
               createdMonth, closedMonth);
    if (outcome == WriteOutcome::Inserted)
        m_delta.addDeal(r, createdMonth, closedMonth, customer, clock);
    return outcome;
}

WriteOutcome StoreWriter::write(const FeedbackResponse &r)
{
    const int month = m_store.clock().monthKey(r.respondedAt);
    bool customerOk = true;
    const std::optional<qint64> customer = customerId(r.customer, &customerOk);
    if (!customerOk)
        return WriteOutcome::Failed;
    const QVariantList values{
        r.respondedAt, month, opt(customer), r.score, text(r.comment), text(r.channel),
    };
    const WriteOutcome outcome = upsert(Dataset::Feedback, r.externalId,
                                        contentHash(r.externalId, values), values, month, month);
    if (outcome == WriteOutcome::Inserted)
        m_delta.addFeedback(r, month, m_store.clock());
    return outcome;
}

WriteOutcome StoreWriter::write(const SupportCost &r)
{
    const QVariantList values{r.month, text(r.channel), r.amountMinor};
    const QString id = r.externalId();
    return upsert(Dataset::Costs, id, contentHash(id, values), values, r.month, r.month);
}

WriteOutcome StoreWriter::upsert(Dataset dataset, const QString &externalId, qint64 hash,
                                 const QVariantList &values, int monthA, int monthB,
                                 bool insertTried)
{
    if (!m_tx || !m_tx->isActive()) {
        fail(tr("Nothing is being written: begin() was not called."));
        return WriteOutcome::Failed;
    }
    if (transactionLost())
        return WriteOutcome::Failed;
    const TableInfo &info = tableInfo(dataset);
    const QString &key = info.table;
    const QString &rowInsertSql = insertSql(dataset);
    int affected = 0;
    if (m_sqlite) {
        if (!insertTried && !m_sqlite->execute(key, rowInsertSql, {externalId, hash, m_importId},
                                               values, &affected)) {
            fail(tr("Cannot write %1 row %2: %3")
                     .arg(info.table, externalId, m_sqlite->lastError()));
            return WriteOutcome::Failed;
        }
    } else if (m_pgBatch) {
        if (const auto decided =
                pgBatchStep({dataset, info.table, info.columns, info.monthA, info.monthB},
                            externalId, hash, values, monthA, monthB, &affected))
            return *decided;
    } else {
        QSqlQuery &insert = prepared(key + QLatin1String("-insert"), rowInsertSql);
        insert.bindValue(0, externalId);
        insert.bindValue(1, hash);
        insert.bindValue(2, m_importId);
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(3 + i, values.at(i));
        if (!insert.exec()) {
            fail(tr("Cannot write %1 row %2: %3")
                     .arg(info.table, externalId, insert.lastError().text()));
            return WriteOutcome::Failed;
        }
        affected = insert.numRowsAffected();
    }
    if (affected > 0)
        return inserted(dataset, monthA);

    QSqlQuery &select = prepared(
        key + QLatin1String("-select"),
        QStringLiteral("SELECT id, content_hash, import_id, %2, %3 FROM %1 WHERE external_id = ?")
            .arg(info.table, info.monthA, info.monthB));
    select.bindValue(0, externalId);
    if (!select.exec() || !select.next()) {
        fail(
            tr("Cannot read %1 row %2: %3").arg(info.table, externalId, select.lastError().text()));
        return WriteOutcome::Failed;
    }
    const Existing existing{select.value(0).toLongLong(), select.value(1).toLongLong(),
                            select.value(2).toLongLong(), select.value(3).toInt(),
                            select.value(4).toInt()};
    select.finish();
    if (existing.hash == hash) {
        ++m_counts.unchanged;
        return WriteOutcome::Unchanged;
    }
    // An updated row: its months, old and new, are re-aggregated from the rows at commit.
    addMonth(dataset, monthA);
    addMonth(dataset, monthB);
    addMonth(dataset, existing.monthA);
    addMonth(dataset, existing.monthB);
    // A row this same import inserted (an id repeated in the file) has no earlier state.
    if (existing.importId != m_importId &&
        !snapshot(dataset, existing.id, QStringLiteral("update")))
        return WriteOutcome::Failed;

    QStringList assignments{QStringLiteral("content_hash = ?")};
    for (const QString &column : info.columns)
        assignments << column + QLatin1String(" = ?");
    QSqlQuery &update = prepared(key + QLatin1String("-update"),
                                 QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                     .arg(info.table, assignments.join(QLatin1String(", "))));
    update.bindValue(0, hash);
    for (int i = 0; i < values.size(); ++i)
        update.bindValue(1 + i, values.at(i));
    update.bindValue(1 + values.size(), existing.id);
    if (!update.exec()) {
        fail(tr("Cannot update %1 row %2: %3")
                 .arg(info.table, externalId, update.lastError().text()));
        return WriteOutcome::Failed;
    }
    ++m_counts.updated;
    return WriteOutcome::Updated;
}

bool StoreWriter::snapshot(Dataset dataset, qint64 rowId, const QString &action)
{
    const TableInfo &info = tableInfo(dataset);
    QSqlQuery &read = prepared(info.table + QLatin1String("-snapshot"),
                               QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(info.table));
    read.bindValue(0, rowId);
    if (!read.exec() || !read.next())
        return fail(tr("Cannot keep the earlier state of %1 row %2: %3")
                        .arg(info.table)
                        .arg(rowId)
                        .arg(read.lastError().text()));
    QJsonObject previous;
    const QSqlRecord record = read.record();
    for (int i = 0; i < record.count(); ++i) {
        const QVariant v = read.value(i);
        // QJsonValue::fromVariant turns a null number into 0: keep SQL NULL as JSON null.
        previous.insert(record.fieldName(i),
                        v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v));
    }
    read.finish();
    QSqlQuery &keep = prepared(QStringLiteral("history-insert"),
                               QStringLiteral("INSERT INTO row_history (import_id, dataset, row_id,"
                                              " action, previous) VALUES (?, ?, ?, ?, ?)"));
    keep.bindValue(0, m_importId);
    keep.bindValue(1, info.table);
    keep.bindValue(2, rowId);
    keep.bindValue(3, action);
    keep.bindValue(4, QString::fromUtf8(QJsonDocument(previous).toJson(QJsonDocument::Compact)));
    if (!keep.exec())
        return fail(tr("Cannot keep the earlier state of %1 row %2: %3")
                        .arg(info.table)
                        .arg(rowId)
                        .arg(keep.lastError().text()));
    return true;
}

int StoreWriter::deleteRange(Dataset dataset, qint64 from, qint64 to)
{
    if (!m_tx || !m_tx->isActive()) {
        fail(tr("Nothing is being written: begin() was not called."));
        return -1;
    }
    const TableInfo &info = tableInfo(dataset);
    QSqlQuery q(m_store.db());
    if (dataset == Dataset::Costs) {
        q.prepare(QStringLiteral("SELECT id, month, month FROM support_costs"
                                 " WHERE month >= ? AND month <= ?"));
        q.addBindValue(m_store.clock().monthKey(from));
        q.addBindValue(m_store.clock().monthKey(to - 1));
    } else {
        q.prepare(QStringLiteral("SELECT id, %2, %3 FROM %1 WHERE %4 >= ? AND %4 < ?")
                      .arg(info.table, info.monthA, info.monthB, info.rangeInstant));
        q.addBindValue(from);
        q.addBindValue(to);
    }
    if (!q.exec()) {
        fail(q.lastError().text());
        return -1;
    }
    QList<qint64> ids;
    while (q.next()) {
        ids << q.value(0).toLongLong();
        addMonth(dataset, q.value(1).toInt());
        addMonth(dataset, q.value(2).toInt());
    }
    QSqlQuery del(m_store.db());
    del.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(info.table));
    for (qint64 id : std::as_const(ids)) {
        if (!snapshot(dataset, id, QStringLiteral("delete")))
            return -1;
        del.bindValue(0, id);
        if (!del.exec()) {
            fail(del.lastError().text());
            return -1;
        }
    }
    m_counts.deleted += int(ids.size());
    return int(ids.size());
}

bool StoreWriter::addSummariesNow(SummaryDelta &delta)
{
    if (!m_tx || !m_tx->isActive())
        return fail(tr("Nothing is being written: begin() was not called."));
    if (!m_sqlite) {
        m_delta.merge(std::move(delta));
        return true;
    }
    if (transactionLost())
        return false;
    QString error;
    if (!delta.applyEarly(m_store.db(), m_changes, &m_delta, &error, m_sqlite.get()))
        return fail(tr("Cannot update the KPI summaries: %1").arg(error));
    return true;
}

bool StoreWriter::commit()
{
    if (!m_tx || !m_tx->isActive())
        return fail(tr("Nothing to commit."));
    m_queries.clear();
    QSqlQuery rebuild(m_store.db());
    // SQLite sorts an index in memory up to the page cache's size (48 MB, see begin()), on top
    // of the cache itself: with 16 MB the sort goes through a temporary file in runs, as fast
    // here, and a million-row import peaks 20 MB lower (under 200 MB).
    if (!m_deferredIndexes.isEmpty() && m_foreignKeysOff) {
        rebuild.exec(QStringLiteral("PRAGMA cache_size = -16384"));
        // The reading thread is done by now: SQLite's sorter may use the other core.
        rebuild.exec(QStringLiteral("PRAGMA threads = 2"));
    }
    for (const QString &sql : std::as_const(m_deferredIndexes))
        if (!rebuild.exec(sql))
            return fail(tr("Cannot rebuild an index: %1").arg(rebuild.lastError().text()));
    m_deferredIndexes.clear();
    forgetDeferral();
    if (m_foreignKeysOff && !checkReferences())
        return false;
    m_sqlite.reset();
    QString error;
    if (!Dialect::lockSummaries(m_store.db(), &error) ||
        !m_delta.apply(m_store.db(), m_store.clock(), m_changes, &error))
        return fail(tr("Cannot update the KPI summaries: %1").arg(error));
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE imports SET inserted = ?, updated = ?, unchanged = ?,"
                             " rejected = ?, deleted = ?, file_sha256 = COALESCE(?, file_sha256)"
                             " WHERE id = ?"));
    q.addBindValue(m_counts.inserted);
    q.addBindValue(m_counts.updated);
    q.addBindValue(m_counts.unchanged);
    q.addBindValue(m_counts.rejected);
    q.addBindValue(m_counts.deleted);
    q.addBindValue(text(m_sha256));
    q.addBindValue(m_importId);
    if (!q.exec())
        return fail(q.lastError().text());
    if (!m_tx->commit())
        return fail(tr("Cannot save the import: %1").arg(m_store.db().lastError().text()));
    m_tx.reset();
    restoreForeignKeys();
    return true;
}

void StoreWriter::rollback()
{
    m_queries.clear();
    m_sqlite.reset();
    if (m_tx)
        m_tx->rollback();
    m_tx.reset();
    m_deferredIndexes.clear(); // the rollback brought them back
    forgetDeferral();
    m_delta.clear();
    m_changes = ChangeSet();
    restoreForeignKeys();
}

void StoreWriter::deferIndexes(Dataset dataset, int othersAtMost)
{
    // A bulk load: building a table's secondary indexes once at commit (a sort) is cheaper
    // than growing them row by row, when the table holds few rows besides this import's and
    // the rows come in no order. Asked at the first new row (a table holding nothing else:
    // even a small import is cheaper to index at the end) and again after BulkRows new rows (a
    // table of at most BulkRows other rows). The drop and the rebuild are in the transaction,
    // so a rollback brings the indexes back untouched; the unique external-id index stays for
    // the upserts.
    //
    // Interactions in time order, as most exports list them, keep their indexes live: each new
    // row goes near the right end of the creation and resolution indexes, while the writing
    // thread waits for the reading one anyway, and the commit (which nothing overlaps) is
    // spared their rebuild. A million XLSX rows took 6.2 s instead of 6.6 s, a million CSV
    // rows 5.5 s instead of 6.2 s; shuffled, they took 10.3 s instead of 7.6 s, so interactions
    // out of order drop their indexes as soon as that shows (noteCreated()).
    const int d = int(dataset);
    if (m_deferred[d] || m_mayDefer[d])
        return;
    const TableInfo &info = tableInfo(dataset);
    QSqlQuery q(m_store.db());
    // Counting stops after othersAtMost + 1: no pass over a big table.
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1 WHERE import_id IS NOT ?"
                             " LIMIT %2) t")
                  .arg(info.table)
                  .arg(othersAtMost + 1));
    q.addBindValue(m_importId);
    if (!q.exec() || !q.next() || q.value(0).toLongLong() > othersAtMost)
        return;
    q.finish(); // SQLite refuses DROP INDEX while a statement of the connection is reading
    m_mayDefer[d] = true;
    if (dataset != Dataset::Support || m_order.outOfOrder())
        dropIndexes(dataset);
}

void StoreWriter::forgetDeferral()
{
    std::fill(std::begin(m_deferred), std::end(m_deferred), false);
    std::fill(std::begin(m_mayDefer), std::end(m_mayDefer), false);
    m_order = RowOrder();
}

bool StoreWriter::RowOrder::outOfOrder() const
{
    return back > 16 && back * 100 > seen;
}

void StoreWriter::noteCreated(qint64 createdAt)
{
    // Inside the span seen so far by more than a day, as a file sorted by agent or shuffled
    // goes; a ticket or two out of place does not count, and a file newest first is in order
    // too (its rows go in at the left end of the index, as cheaply).
    ++m_order.seen;
    if (m_order.seen == 1)
        m_order.earliest = m_order.latest = createdAt;
    if (createdAt < m_order.latest - 86400 && createdAt > m_order.earliest + 86400)
        ++m_order.back;
    m_order.latest = std::max(m_order.latest, createdAt);
    m_order.earliest = std::min(m_order.earliest, createdAt);
    const int d = int(Dataset::Support);
    if (m_mayDefer[d] && !m_deferred[d] && m_order.outOfOrder())
        dropIndexes(Dataset::Support);
}

void StoreWriter::dropIndexes(Dataset dataset)
{
    m_deferred[int(dataset)] = true;
    const TableInfo &info = tableInfo(dataset);
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                             " AND tbl_name = ? AND sql IS NOT NULL"));
    q.addBindValue(info.table);
    if (!q.exec())
        return;
    QList<QPair<QString, QString>> indexes;
    while (q.next())
        indexes.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const auto &index : std::as_const(indexes))
        if (q.exec(QStringLiteral("DROP INDEX %1").arg(index.first)))
            m_deferredIndexes << index.second;
}

bool StoreWriter::checkReferences()
{
    // Foreign keys were off while writing (see begin()), so the references are proven here,
    // before the commit, instead of row by row: this writer bound only its own import id and
    // the customer ids it keeps in m_customerIds, and it deletes no customer and no import. So
    // checking those ids covers every row it wrote, in time proportional to its customers (one
    // query per 500), where PRAGMA foreign_key_check would read the whole table.
    QList<qint64> ids(m_customerIds.values().cbegin(), m_customerIds.values().cend());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // Through the sqlite3 handle: QSqlQuery::prepare() spends some 8 million instructions on
    // the placeholders of one 500-id statement, 0.3 s of a 50,000-customer import's commit.
    QString error;
    const auto count = [&](const QString &sql, const QVariantList &binds) -> qint64 {
        std::vector<qint64> found;
        if (!m_sqlite) // begin() turns foreign keys off only where there is one
            error = tr("the store is not an SQLite database");
        else if (!m_sqlite->selectInt64Rows(sql, binds, 1, &found) || found.empty())
            error = m_sqlite->lastError();
        return found.empty() ? -1 : found.front();
    };
    bool ok = count(QStringLiteral("SELECT COUNT(*) FROM imports WHERE id = ?"), {m_importId}) == 1;
    for (qsizetype at = 0; ok && at < ids.size(); at += 500) {
        const qsizetype n = std::min<qsizetype>(500, ids.size() - at);
        QVariantList binds;
        binds.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            binds.append(ids.at(at + i));
        ok = count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE id IN (%1)")
                       .arg(QStringList(n, QStringLiteral("?")).join(QLatin1Char(','))),
                   binds) == n;
    }
    if (!ok)
        return fail(tr("The import was not saved: some rows would refer to a customer or an"
                       " import the store does not have (%1).")
                        .arg(error));
    return true;
}

void StoreWriter::restoreForeignKeys()
{
    if (!m_foreignKeysOff)
        return;
    QSqlQuery pragma(m_store.db());
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    m_foreignKeysOff = false;
}

bool StoreWriter::removeImport(Store &store, qint64 importId, QString *error)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = isDiskFull(message) ? diskFullMessage(message) : message;
        return false;
    };
    QString backupError;
    if (!Backups::make(store, QStringLiteral("removal"), &backupError))
        return failWith(tr("The import was not removed because the store could not be backed up"
                           " first: %1")
                            .arg(backupError));
    QSqlDatabase db = store.db();
    Transaction tx(db, Transaction::Writes::Rows);
    if (!tx.isActive())
        return failWith(busyMessage(store, tx.errorString()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT status FROM imports WHERE id = ?"));
    q.addBindValue(importId);
    if (!q.exec() || !q.next())
        return failWith(tr("There is no import number %1.").arg(importId));
    if (q.value(0).toString() == QLatin1String("removed"))
        return failWith(tr("Import number %1 was already removed.").arg(importId));

    ChangeSet changes;
    auto addMonths = [&changes](Dataset d, int a, int b) {
        QSet<int> &set = d == Dataset::Support    ? changes.supportMonths
                         : d == Dataset::Sales    ? changes.salesMonths
                         : d == Dataset::Feedback ? changes.feedbackMonths
                                                  : changes.costMonths;
        if (a > 0)
            set.insert(a);
        if (b > 0)
            set.insert(b);
    };
    // 1. Rows the import inserted go.
    for (Dataset d : {Dataset::Support, Dataset::Sales, Dataset::Feedback, Dataset::Costs}) {
        const TableInfo &info = tableInfo(d);
        q.prepare(QStringLiteral("SELECT DISTINCT %2, %3 FROM %1 WHERE import_id = ?")
                      .arg(info.table, info.monthA, info.monthB));
        q.addBindValue(importId);
        if (!q.exec())
            return failWith(q.lastError().text());
        while (q.next())
            addMonths(d, q.value(0).toInt(), q.value(1).toInt());
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE import_id = ?").arg(info.table));
        q.addBindValue(importId);
        if (!q.exec())
            return failWith(q.lastError().text());
    }
    // 2. Rows it updated or deleted come back as they were, newest change first.
    q.prepare(QStringLiteral("SELECT dataset, row_id, previous FROM row_history"
                             " WHERE import_id = ? ORDER BY id DESC"));
    q.addBindValue(importId);
    if (!q.exec())
        return failWith(q.lastError().text());
    QSqlQuery restore(db);
    while (q.next()) {
        const QString table = q.value(0).toString();
        const std::optional<Dataset> dataset = datasetOfTable(table);
        if (!dataset)
            return failWith(tr("Unknown table %1 in the import history.").arg(table));
        const TableInfo &info = tableInfo(*dataset);
        const qint64 rowId = q.value(1).toLongLong();
        const QJsonObject previous =
            QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        restore.prepare(QStringLiteral("SELECT %2, %3 FROM %1 WHERE id = ?")
                            .arg(info.table, info.monthA, info.monthB));
        restore.addBindValue(rowId);
        if (restore.exec() && restore.next())
            addMonths(*dataset, restore.value(0).toInt(), restore.value(1).toInt());
        addMonths(*dataset, previous.value(info.monthA).toInt(),
                  previous.value(info.monthB).toInt());
        restore.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(info.table));
        restore.addBindValue(rowId);
        if (!restore.exec())
            return failWith(restore.lastError().text());
        const QStringList columns = previous.keys();
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        restore.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(info.table, columns.join(QLatin1String(", ")),
                                 marks.join(QLatin1String(", "))));
        for (const QString &column : columns)
            restore.addBindValue(previous.value(column).toVariant());
        if (!restore.exec())
            return failWith(tr("Cannot restore %1 row %2: %3")
                                .arg(info.table)
                                .arg(rowId)
                                .arg(restore.lastError().text()));
    }
    q.prepare(QStringLiteral("DELETE FROM row_history WHERE import_id = ?"));
    q.addBindValue(importId);
    if (!q.exec())
        return failWith(q.lastError().text());
    q.prepare(QStringLiteral("UPDATE imports SET status = 'removed' WHERE id = ?"));
    q.addBindValue(importId);
    if (!q.exec())
        return failWith(q.lastError().text());
    QString summaryError;
    if (!Dialect::lockSummaries(db, &summaryError) ||
        !refreshSummaries(db, store.clock(), changes, &summaryError))
        return failWith(tr("Cannot update the KPI summaries: %1").arg(summaryError));
    if (!tx.commit())
        return failWith(tr("Cannot save the removal: %1").arg(db.lastError().text()));
    return true;
}

} // namespace busola
