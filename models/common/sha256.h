#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace busola {

/// SHA-256 of a stream of bytes, for the import history's file hashes. Through OpenSSL's
/// libcrypto when the build found it (SHA extensions: a 127 MB export in 0.1 s), else Qt's
/// QCryptographicHash, whose portable code took 0.9 s of a core that the import's reading and
/// writing threads needed.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    /// The digest as 64 lowercase hex digits; the object is done after it.
    QString hexResult();

    /// "OpenSSL" or "Qt": which implementation this build uses (for the benchmark's report).
    static const char *implementation();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace busola
