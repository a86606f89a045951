#include "../cli.h"
#include "../commandcontext.h"
#include "i18n/languagemanager.h"
#include "mainwindow.h"
#include "shell/guistartup.h"
#include "shell/systemkeychain.h"

#include <QApplication>
#include <QMessageBox>

namespace busola {

/// The window: `busola [--db PATH] [FILE]`.
int runGuiCommand(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("busola"));
    QApplication::setOrganizationName(QStringLiteral("busola"));
    QApplication::setApplicationDisplayName(QStringLiteral("Busola"));
    QApplication::setApplicationVersion(QStringLiteral(BUSOLA_VERSION));

    LanguageManager languages;
    SystemKeychain keychain;
    QString error;
    const std::unique_ptr<MainWindow> window = startMainWindow(
        GuiArguments::parse(QApplication::arguments()), &languages, &error, &keychain);
    if (!window) {
        QMessageBox::critical(nullptr, QApplication::translate("busola::Gui", "Busola"), error);
        return ExitBadInput;
    }
    return app.exec();
}

} // namespace busola
