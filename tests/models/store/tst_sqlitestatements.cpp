#include "store/sqlitestatements.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace busola;

/// StoreWriter's own SQLite statements: prepared once, bound value by value, reset after each
/// run without clearing the old values. Every parameter must therefore be bound again on each
/// run, which is checked: a run with a value missing fails and stores nothing, and no value of
/// an earlier run is ever stored again.
class TestSqliteStatements : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase m_db;
    std::unique_ptr<SqliteStatements> m_statements;

    QStringList rows()
    {
        QStringList out;
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT a, b FROM t ORDER BY rowid"));
        while (q.next())
            out.append(q.value(0).toString() + QLatin1Char('|') +
                       (q.value(1).isNull() ? QStringLiteral("NULL") : q.value(1).toString()));
        return out;
    }

private slots:
    void init()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("CREATE TABLE t (a INTEGER, b TEXT)")));
        m_statements = SqliteStatements::forDatabase(m_db);
        QVERIFY(m_statements);
    }

    void cleanup()
    {
        m_statements.reset();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("t"));
    }

    void valuesOfEachRun()
    {
        const QString sql = QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?)");
        int changes = 0;
        const QString first = QStringLiteral("Ștefan");
        SqlValue values[2] = {SqlValue::int64(1), SqlValue::string(first)};
        QVERIFY(m_statements->execute(QStringLiteral("k"), sql, values, 2, &changes));
        QCOMPARE(changes, 1);
        values[0] = SqlValue::int64(2);
        values[1] = SqlValue::string(QString()); // NULL, not the text of the run before
        QVERIFY(m_statements->execute(QStringLiteral("k"), sql, values, 2, &changes));
        QVERIFY(
            m_statements->execute(QStringLiteral("k"), sql, {3, QStringLiteral("x")}, &changes));
        QVERIFY(m_statements->execute(QStringLiteral("k"), sql, {4, QVariant()}, &changes));
        QCOMPARE(rows(), QStringList({QStringLiteral("1|Ștefan"), QStringLiteral("2|NULL"),
                                      QStringLiteral("3|x"), QStringLiteral("4|NULL")}));
    }

    void aMissingValueFails()
    {
        const QString sql = QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?)");
        int changes = 0;
        QVERIFY(
            m_statements->execute(QStringLiteral("k"), sql, {1, QStringLiteral("a")}, &changes));
        QVERIFY(!m_statements->execute(QStringLiteral("k"), sql, {2}, &changes));
        QCOMPARE(m_statements->lastError(),
                 QStringLiteral("1 values bound to a statement of 2 parameters"));
        const SqlValue one = SqlValue::int64(3);
        QVERIFY(!m_statements->execute(QStringLiteral("k"), sql, &one, 1, &changes));
        qint64 count = -1;
        QVERIFY(!m_statements->selectInt64(QStringLiteral("s"),
                                           QStringLiteral("SELECT count(*) FROM t WHERE a = ?"
                                                          " AND b = ?"),
                                           {1}, &count));
        QVERIFY(m_statements->selectInt64(
            QStringLiteral("s"), QStringLiteral("SELECT count(*) FROM t WHERE a = ? AND b = ?"),
            {1, QStringLiteral("a")}, &count));
        QCOMPARE(count, qint64(1));
        QCOMPARE(rows(), QStringList({QStringLiteral("1|a")}));
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatements)
#include "tst_sqlitestatements.moc"
