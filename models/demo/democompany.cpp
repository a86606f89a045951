#include "democompany.h"

#include <QCoreApplication>

namespace busola {

DemoSummary buildDemoCompany(Store &, const DemoOptions &, QString *error)
{
    *error = QCoreApplication::translate("busola::Demo", "The demo company is not built yet.");
    return {};
}

QString describe(const DemoSummary &)
{
    return {};
}

} // namespace busola
