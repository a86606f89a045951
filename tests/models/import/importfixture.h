#pragma once

#include "import/importengine.h"
#include "store/store.h"
#include "teststore.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

inline QString operator""_q(const char *text, size_t size)
{
    return QString::fromUtf8(text, qsizetype(size));
}

inline QString importFixture(const QString &name)
{
    return QStringLiteral(BUSOLA_TEST_DATA "/import/") + name;
}

/// A fresh store per test, and the few queries the import tests check numbers with.
class ImportFixture
{
public:
    bool openStore(const QString &name)
    {
        QString error;
        store = busola::Store::open(busola::test::storeLocation(dir.filePath(name)), &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        return bool(store);
    }

    busola::ImportResult import(busola::ImportSettings settings)
    {
        busola::ImportEngine engine(*store);
        return engine.run(settings);
    }

    busola::ImportResult importFile(const QString &fixtureName)
    {
        busola::ImportSettings s;
        s.file = importFixture(fixtureName);
        return import(s);
    }

    QVariant value(const QString &sql) const
    {
        QSqlQuery q(store->db());
        if (!q.exec(sql) || !q.next())
            return QVariant(QStringLiteral("<no row>"));
        return q.value(0);
    }
    qint64 scalar(const QString &sql) const { return value(sql).toLongLong(); }
    /// The first column of every row, joined by commas (group_concat is SQLite's alone).
    QString joined(const QString &sql) const
    {
        QSqlQuery q(store->db());
        if (!q.exec(sql))
            return QStringLiteral("<error>");
        QStringList values;
        while (q.next())
            values << q.value(0).toString();
        return values.join(QLatin1Char(','));
    }

    /// Everything a table holds, as text: to compare a store before and after.
    QString dump(const QString &table) const
    {
        QSqlQuery q(store->db());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        QString out;
        while (q.next()) {
            for (int i = 0; i < 30; ++i)
                out += q.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
        return out;
    }

    QTemporaryDir dir;
    std::unique_ptr<busola::Store> store;
};
