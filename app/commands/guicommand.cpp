#include "../cli.h"
#include "../commandcontext.h"
#include "mainwindow.h"
#include "store/store.h"

#include <QApplication>
#include <QCommandLineParser>
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

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QString(), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("lang"), QString(), QStringLiteral("LANG")});
    parser.parse(QApplication::arguments());
    QString location = parser.value(QStringLiteral("db"));
    if (location.isEmpty())
        location = Store::defaultLocation();

    QString error;
    std::unique_ptr<Store> store = Store::open(location, &error);
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("busola::Gui", "Busola"), error);
        return ExitBadInput;
    }
    MainWindow window(std::move(store));
    window.show();
    return app.exec();
}

} // namespace busola
