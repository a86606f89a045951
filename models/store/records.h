#pragma once

#include <QString>

#include <optional>

namespace busola {

/// The datasets a store keeps; the names are the command line's and the import history's.
enum class Dataset { Support, Sales, Feedback, Costs };

QString datasetName(Dataset dataset);
std::optional<Dataset> datasetFromName(const QString &name);

/// Who a record belongs to. Customers are one set across datasets, keyed by the export's
/// customer code when there is one, else by the folded name (PRODUCT.md).
struct CustomerRef
{
    QString code;
    QString name;
    /// Rows one StoreWriter writes with the same token ≥ 0 name the same customer (the same
    /// code, or the same name and no code): the writer keeps its id by token, instead of
    /// looking the code up in a hash row after row. The importer numbers them while reading.
    int token = -1;
    bool isEmpty() const { return code.isEmpty() && name.trimmed().isEmpty(); }
};

/// Instants are seconds since the Unix epoch (UTC); money is in minor units (bani).
struct Interaction
{
    QString externalId;
    qint64 createdAt = 0;
    std::optional<qint64> firstResponseAt;
    /// Elapsed seconds to the first response: given by the export, or derived from the
    /// timestamps when only those are known.
    std::optional<qint64> responseSeconds;
    std::optional<qint64> resolvedAt;
    /// responseSeconds, else the time from creation to the first response when that is known.
    std::optional<qint64> effectiveResponseSeconds() const
    {
        if (responseSeconds || !firstResponseAt)
            return responseSeconds;
        return *firstResponseAt - createdAt;
    }
    QString status;
    QString channel; ///< phone, chat, email, or the export's own value
    QString team;
    QString agent;
    CustomerRef customer;
    std::optional<int> contacts;
    std::optional<bool> fcrFlag;
    std::optional<double> satisfaction; ///< 1–5
    std::optional<qint64> costMinor;
    bool complaint = false;
    QString complaintCategory;
    QString subject;
};

enum class DealStatus { Open, Won, Lost };
QString dealStatusName(DealStatus status);

struct Deal
{
    QString externalId;
    std::optional<qint64> createdAt;
    std::optional<qint64> closedAt;
    DealStatus status = DealStatus::Open;
    /// An order or invoice line (no stage): a won sale created and closed at its date. It
    /// counts in sales and retention, never in lead conversion or time to close.
    bool isOrder = false;
    std::optional<qint64> amountMinor; ///< in the store's currency
    QString originalAmount;            ///< as the export had it, when converted
    QString originalCurrency;
    QString owner;
    QString region;
    QString leadSource;
    CustomerRef customer;
};

struct FeedbackResponse
{
    QString externalId;
    qint64 respondedAt = 0;
    CustomerRef customer;
    double score = 0; ///< 1–5
    QString comment;
    QString channel;
};

struct SupportCost
{
    int month = 0; ///< yyyymm
    QString channel;
    qint64 amountMinor = 0;
    QString externalId() const;
};

} // namespace busola
