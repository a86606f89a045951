#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace busola {

class LanguageManager;
class MainWindow;
class PasswordVault;

/// What `busola [--db PATH] [--lang LANG] [FILE]` asks of the window. Parsed in one place so
/// that the executable and the tests start the window the same way.
struct GuiArguments
{
    QString storeLocation; ///< --db, else the default store
    QString language;      ///< --lang, else empty: the choice saved last time or the system's
    QString file;          ///< the file to import, from a file manager's "Open with"

    static GuiArguments parse(const QStringList &arguments);
};

/// Sets the language, opens the store and shows the main window on it, with the import wizard
/// open on the file when one was given. Null, with *error saying why, when the store cannot be
/// opened. A team store named without a password takes the one the "Connect to a team store"
/// dialog remembered in vault (may be null), if any.
std::unique_ptr<MainWindow> startMainWindow(const GuiArguments &arguments,
                                            LanguageManager *languages, QString *error,
                                            PasswordVault *vault = nullptr);

} // namespace busola
