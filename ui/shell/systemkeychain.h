#pragma once

#include "store/teamlogin.h"

namespace busola {

/// The platform's password store through QtKeychain (Secret Service / KWallet on Linux,
/// Keychain on macOS, Credential Manager on Windows), under the service name "busola".
/// QtKeychain's jobs are asynchronous; each call here waits for its job in a local event loop
/// (a dialog is open meanwhile, so nothing else can start). Where there is no keychain
/// (headless machines have no Secret Service) every call fails with a note, and the caller
/// asks for the password each time.
///
/// Here in ui/ rather than models/: QtKeychain pulls in QtDBus, and busola_models links Core,
/// Gui and Sql only; the logic that uses a vault (TeamLogin) is in models/ and is tested with
/// MemoryPasswordVault.
class SystemKeychain final : public PasswordVault
{
public:
    std::optional<QString> read(const QString &key, QString *note) override;
    bool write(const QString &key, const QString &password, QString *note) override;
    bool remove(const QString &key, QString *note) override;
};

} // namespace busola
