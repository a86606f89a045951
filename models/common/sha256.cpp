#include "sha256.h"

#ifdef BUSOLA_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace busola {

#ifdef BUSOLA_HAVE_OPENSSL

struct Sha256::Private
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    ~Private() { EVP_MD_CTX_free(context); }
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{
    EVP_DigestInit_ex(d->context, EVP_sha256(), nullptr);
}

void Sha256::addData(QByteArrayView bytes)
{
    EVP_DigestUpdate(d->context, bytes.data(), size_t(bytes.size()));
}

QString Sha256::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_DigestFinal_ex(d->context, digest, &size);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(size)).toHex());
}

const char *Sha256::implementation()
{
    return "OpenSSL";
}

#else

struct Sha256::Private
{
    QCryptographicHash hash{QCryptographicHash::Sha256};
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{}

void Sha256::addData(QByteArrayView bytes)
{
    d->hash.addData(bytes);
}

QString Sha256::hexResult()
{
    return QString::fromLatin1(d->hash.result().toHex());
}

const char *Sha256::implementation()
{
    return "Qt";
}

#endif

Sha256::~Sha256() = default;

} // namespace busola
