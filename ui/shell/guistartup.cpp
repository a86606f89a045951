#include "guistartup.h"

#include "i18n/languagemanager.h"
#include "mainwindow.h"
#include "store/store.h"
#include "store/teamlogin.h"

#include <QCommandLineParser>
#include <QSettings>

namespace busola {

GuiArguments GuiArguments::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QString(), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("lang"), QString(), QStringLiteral("LANG")});
    // Unknown options are the platform's (-platform, -style …), which QApplication has taken.
    parser.parse(arguments);

    GuiArguments result;
    result.storeLocation = parser.value(QStringLiteral("db"));
    if (result.storeLocation.isEmpty())
        result.storeLocation = Store::defaultLocation();
    result.language = parser.value(QStringLiteral("lang"));
    if (!parser.positionalArguments().isEmpty())
        result.file = parser.positionalArguments().constFirst();
    return result;
}

namespace {

/// location, with the remembered password of its account when it names none.
QString withRememberedPassword(const QString &location, PasswordVault *vault)
{
    TeamLocation team;
    if (!vault || !TeamLocation::isTeamLocation(location) ||
        !TeamLocation::parse(location, &team, nullptr) || !team.password.isEmpty())
        return location;
    const std::optional<QString> password = vault->read(team.keychainKey(), nullptr);
    if (!password)
        return location;
    team.password = *password;
    return team.url();
}

} // namespace

std::unique_ptr<MainWindow> startMainWindow(const GuiArguments &arguments,
                                            LanguageManager *languages, QString *error,
                                            PasswordVault *vault)
{
    // The language first, so that the store's messages already speak it.
    if (languages) {
        const QString saved = arguments.language.isEmpty()
                                  ? QSettings().value(QStringLiteral("language")).toString()
                                  : arguments.language;
        languages->setLanguage(LanguageManager::initialLanguage(saved));
    }
    std::unique_ptr<Store> store =
        Store::open(withRememberedPassword(arguments.storeLocation, vault), error);
    if (!store)
        return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(store), languages);
    window->show();
    if (!arguments.file.isEmpty())
        window->openImportWizard(arguments.file);
    return window;
}

} // namespace busola
