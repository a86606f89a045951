#include "../cli.h"
#include "../commandcontext.h"
#include "mainwindow.h"
#include "i18n/languagemanager.h"
#include "store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

namespace busola {

/// The window: `busola [--db PATH] [FILE]`.
int runGuiCommand(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("busola"));
    QApplication::setOrganizationName(QStringLiteral("busola"));
    QApplication::setApplicationDisplayName(QStringLiteral("Busola"));
    QApplication::setApplicationVersion(QStringLiteral(BUSOLA_VERSION));

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QString(), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("lang"), QString(), QStringLiteral("LANG")});
    parser.parse(QApplication::arguments());
    // The language: --lang, else the one chosen last time, else the system's.
    LanguageManager languages;
    QSettings settings;
    const QString language = parser.isSet(QStringLiteral("lang"))
                                 ? parser.value(QStringLiteral("lang"))
                                 : settings.value(QStringLiteral("language")).toString();
    languages.setLanguage(LanguageManager::initialLanguage(language));

    QString location = parser.value(QStringLiteral("db"));
    if (location.isEmpty())
        location = Store::defaultLocation();

    QString error;
    std::unique_ptr<Store> store = Store::open(location, &error);
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("busola::Gui", "Busola"), error);
        return ExitBadInput;
    }
    MainWindow window(std::move(store), &languages);
    window.show();
    // `busola FILE`: the import wizard opens on it.
    if (!parser.positionalArguments().isEmpty())
        window.openImportWizard(parser.positionalArguments().constFirst());
    return app.exec();
}

} // namespace busola
