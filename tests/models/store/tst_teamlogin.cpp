// The "Connect to a team store" dialog's logic (TeamLogin): fields to the location --db takes,
// the password typed or remembered in the vault (a MemoryPasswordVault standing in for the
// system keychain), the last location remembered without its password. tst_teamlogin_pg also
// connects to the test server with a role that has a password: wrong, right, remembered.
#include "store/store.h"
#include "store/teamlogin.h"
#include "teststore.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace busola;

Q_DECLARE_METATYPE(busola::TeamLogin::Fields)

namespace {

TeamLogin::Fields fields(const QString &host, int port, const QString &database,
                         const QString &user, const QString &schema = QString(),
                         const QString &password = QString(), bool remember = false)
{
    TeamLogin::Fields f;
    f.host = host;
    f.port = port;
    f.database = database;
    f.user = user;
    f.schema = schema;
    f.password = password;
    f.remember = remember;
    return f;
}

QByteArray settingsFileContent()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTeamLogin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        BUSOLA_REQUIRE_TEST_BACKEND();
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("busola-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_teamlogin"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void init() { QSettings().clear(); }

    void fieldsMakeTheLocationOfDb_data()
    {
        QTest::addColumn<TeamLogin::Fields>("fields");
        QTest::addColumn<QString>("display"); // empty: refused
        QTest::addColumn<QString>("key");
        QTest::addRow("every field")
            << fields(QStringLiteral("db.firma.ro"), 5433, QStringLiteral("busola"),
                      QStringLiteral("ana"), QStringLiteral("vanzari"))
            << "postgresql://ana@db.firma.ro:5433/busola?schema=vanzari"
            << "ana@db.firma.ro:5433/busola";
        QTest::addRow("default port, no schema")
            << fields(QStringLiteral("10.0.0.5"), 5432, QStringLiteral("crm"),
                      QStringLiteral("dan"))
            << "postgresql://dan@10.0.0.5/crm"
            << "dan@10.0.0.5:5432/crm";
        QTest::addRow("no user") << fields(QStringLiteral("h"), 5432, QStringLiteral("crm"),
                                           QString())
                                 << QString() << QString();
        QTest::addRow("no database")
            << fields(QStringLiteral("h"), 5432, QString(), QStringLiteral("dan")) << QString()
            << QString();
        QTest::addRow("schema not an identifier")
            << fields(QStringLiteral("h"), 5432, QStringLiteral("crm"), QStringLiteral("dan"),
                      QStringLiteral("x; DROP"))
            << QString() << QString();
    }

    void fieldsMakeTheLocationOfDb()
    {
        QFETCH(TeamLogin::Fields, fields);
        QFETCH(QString, display);
        TeamLocation team;
        QString error;
        const bool ok = TeamLogin::locationOf(fields, &team, &error);
        QCOMPARE(ok, !display.isEmpty());
        if (!ok) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QCOMPARE(team.display(), display);
        QTEST(team.keychainKey(), "key");
        // The same location parses back to the same fields (the dialog reopens on them).
        const TeamLogin::Fields back = TeamLogin::fieldsOf(display);
        QCOMPARE(back.host, fields.host);
        QCOMPARE(back.port, fields.port);
        QCOMPARE(back.database, fields.database);
        QCOMPARE(back.user, fields.user);
        QCOMPARE(back.schema, fields.schema);
    }

    void passwordsSurviveTheUrlButNeverItsDisplay()
    {
        const QString password = QStringLiteral("p@ss:w/rd?#ș%20");
        TeamLocation team;
        QVERIFY(TeamLogin::locationOf(fields(QStringLiteral("h"), 5432, QStringLiteral("crm"),
                                             QStringLiteral("dan"), QString(), password),
                                      &team, nullptr));
        TeamLocation back;
        QVERIFY(TeamLocation::parse(team.url(), &back, nullptr));
        QCOMPARE(back.password, password);
        QVERIFY(!team.display().contains(QLatin1String("ss:w")));
        QCOMPARE(TeamLocation::withoutPassword(QStringLiteral("postgresql://dan:secret@h/crm")),
                 QStringLiteral("postgresql://dan@h/crm"));
        // A malformed address is refused without echoing its password.
        QString error;
        QVERIFY(!TeamLocation::parse(QStringLiteral("postgresql://dan:secret@h:notaport/crm"),
                                     &back, &error));
        QVERIFY2(!error.contains(QLatin1String("secret")), qPrintable(error));
    }

    void thePasswordTypedOrRemembered_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("remember");
        QTest::addColumn<QString>("inVault"); // before
        QTest::addColumn<bool>("vaultAvailable");
        QTest::addColumn<QString>("used");         // the password the store was opened with
        QTest::addColumn<QString>("inVaultAfter"); // empty: none
        QTest::addColumn<bool>("noted");
        QTest::addRow("typed, remembered") << "s1" << true << "" << true << "s1"
                                           << "s1" << false;
        QTest::addRow("typed, not remembered") << "s1" << false << "" << true << "s1"
                                               << "" << false;
        QTest::addRow("remembered one used") << "" << true << "old" << true << "old"
                                             << "old" << false;
        QTest::addRow("typed replaces remembered") << "new" << true << "old" << true << "new"
                                                   << "new" << false;
        QTest::addRow("unticked forgets") << "s1" << false << "old" << true << "s1"
                                          << "" << false;
        QTest::addRow("no keychain: asks each time") << "s1" << true << "" << false << "s1"
                                                     << "" << true;
    }

    void thePasswordTypedOrRemembered()
    {
        QFETCH(QString, typed);
        QFETCH(bool, remember);
        QFETCH(QString, inVault);
        QFETCH(bool, vaultAvailable);
        QFETCH(QString, used);
        QFETCH(QString, inVaultAfter);
        QFETCH(bool, noted);
        const QString key = QStringLiteral("dan@h:5432/crm");
        MemoryPasswordVault vault;
        if (!inVault.isEmpty())
            vault.write(key, inVault, nullptr);
        vault.setUnavailable(!vaultAvailable);
        QString opened;
        TeamLogin login(&vault, [&](const QString &location, QString *) {
            opened = location;
            return true;
        });
        QString error;
        QString note;
        QVERIFY(login.connect(fields(QStringLiteral("h"), 5432, QStringLiteral("crm"),
                                     QStringLiteral("dan"), QString(), typed, remember),
                              &error, &note));
        TeamLocation team;
        QVERIFY(TeamLocation::parse(opened, &team, nullptr));
        QCOMPARE(team.password, used);
        vault.setUnavailable(false);
        QCOMPARE(vault.read(key, nullptr).value_or(QString()), inVaultAfter);
        QCOMPARE(!note.isEmpty(), noted);
        // The location is remembered, never the password.
        QCOMPARE(TeamLogin::lastLocation(), QStringLiteral("postgresql://dan@h/crm"));
        QVERIFY(!settingsFileContent().contains(used.toUtf8()));
    }

    void aFailedConnectionChangesNothing()
    {
        MemoryPasswordVault vault;
        vault.write(QStringLiteral("dan@h:5432/crm"), QStringLiteral("old"), nullptr);
        TeamLogin login(&vault, [](const QString &, QString *error) {
            *error = QStringLiteral("FATAL: password authentication failed for user \"dan\"");
            return false;
        });
        QString error;
        QVERIFY(
            !login.connect(fields(QStringLiteral("h"), 5432, QStringLiteral("crm"),
                                  QStringLiteral("dan"), QString(), QStringLiteral("bad"), true),
                           &error, nullptr));
        QVERIFY(error.contains(QLatin1String("password authentication failed")));
        QCOMPARE(vault.entries().value(QStringLiteral("dan@h:5432/crm")), QStringLiteral("old"));
        QVERIFY(TeamLogin::lastLocation().isEmpty());
    }

    /// On the test server: a role with a password, its own schema.
    void connectsToTheServer()
    {
        if (!test::usesPostgres())
            QSKIP("the PostgreSQL variant (tst_teamlogin_pg) connects to a server");
        const QUrl server(test::postgresServer());
        const QString role = QStringLiteral("login_%1").arg(QCoreApplication::applicationPid());
        test::postgresAdmin(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(role));
        test::postgresAdmin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        test::postgresAdmin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'right-Pw'").arg(role));
        test::postgresAdmin(QStringLiteral("CREATE SCHEMA %1 AUTHORIZATION %1").arg(role));
        const TeamLogin::Fields base =
            fields(server.host(), server.port(), server.path().mid(1), role, role);
        MemoryPasswordVault vault;
        std::unique_ptr<Store> store;
        TeamLogin login(&vault, [&](const QString &location, QString *error) {
            store = Store::open(location, error);
            return bool(store);
        });
        QString error;

        TeamLogin::Fields wrong = base;
        wrong.password = QStringLiteral("wrong");
        wrong.remember = true;
        QVERIFY(!login.connect(wrong, &error, nullptr));
        QVERIFY2(error.contains(QLatin1String("password authentication failed")),
                 qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("wrong")));
        QVERIFY(vault.entries().isEmpty());

        TeamLogin::Fields right = base;
        right.password = QStringLiteral("right-Pw");
        right.remember = true;
        QVERIFY2(login.connect(right, &error, nullptr), qPrintable(error));
        QVERIFY(!store->location().contains(QLatin1String("right-Pw")));
        const QString key = QStringLiteral("%1@%2:%3/%4")
                                .arg(role, server.host())
                                .arg(server.port())
                                .arg(server.path().mid(1));
        QCOMPARE(vault.entries().value(key), QStringLiteral("right-Pw"));
        QVERIFY(!settingsFileContent().contains("right-Pw"));
        store.reset();

        // Next time the field stays empty: the remembered password connects.
        TeamLogin::Fields remembered = base;
        remembered.remember = true;
        QVERIFY(login.hasRememberedPassword(remembered, nullptr));
        QVERIFY2(login.connect(remembered, &error, nullptr), qPrintable(error));
        store.reset();

        // No server on that port: the reason is the client's.
        TeamLogin::Fields nowhere = right;
        nowhere.port = 1;
        QVERIFY(!login.connect(nowhere, &error, nullptr));
        QVERIFY2(error.contains(QLatin1String("connect")), qPrintable(error));
        test::postgresAdmin(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(role));
        test::postgresAdmin(QStringLiteral("DROP ROLE %1").arg(role));
    }
};

QTEST_GUILESS_MAIN(TestTeamLogin)
#include "tst_teamlogin.moc"
