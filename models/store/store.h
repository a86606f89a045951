#pragma once

#include "storeclock.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace busola {

/// An open Busola store: one database connection (SQLite file, or PostgreSQL in team mode),
/// migrated to the current schema, with its settings (time zone, currency, ...).
/// A connection belongs to the thread that opened it: a worker thread opens its own Store.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(busola::Store)

public:
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// Opens (creating if needed) and migrates the store at location. On failure returns null
    /// and sets *error to a sentence a user can act on.
    static std::unique_ptr<Store> open(const QString &location, QString *error);
    /// The platform's application-data folder, busola.db.
    static QString defaultLocation();

    /// True for SQLite's answers to a store another connection holds: busy, locked, or its
    /// lock protocol given up after retries (a writer paused inside a checkpoint).
    static bool isLockContention(const QString &sqliteMessage);
    /// "In use by another Busola, nothing was written": what a user sees for lock contention.
    static QString inUseMessage(const QString &location);

    QSqlDatabase db() const;
    QString location() const { return m_location; }
    const StoreClock &clock() const { return *m_clock; }

    QString setting(const QString &key, const QString &fallback = QString()) const;
    bool setSetting(const QString &key, const QString &value);

    /// The store's currency code (setting "currency", default RON).
    QString currency() const;
    /// True when the store holds no support interactions and no deals.
    bool isEmpty() const;

private:
    Store(QString location, QString connectionName);
    bool initialise(QString *error);
    /// Where backups of a store that failed to open exist: how to restore one (else empty).
    static QString backupHint(const QString &location);
    void limitPagesForTests();

    QString m_location;
    QString m_connectionName;
    std::unique_ptr<StoreClock> m_clock;
};

namespace SettingKeys {
inline const QString TimeZone = QStringLiteral("time_zone");
inline const QString Currency = QStringLiteral("currency");
inline const QString CompanyName = QStringLiteral("company_name");
inline const QString RetentionWindowMonths = QStringLiteral("retention_window_months");
inline const QString NearTolerancePct = QStringLiteral("near_tolerance_pct");
inline const QString CompanyLogo = QStringLiteral("company_logo"); ///< a data: URL (PNG)
inline const QString ImportLocale = QStringLiteral("import_locale");
inline const QString ForecastHorizon = QStringLiteral("forecast_horizon");
inline const QString BackupKeep = QStringLiteral("backup_keep");
} // namespace SettingKeys

} // namespace busola
