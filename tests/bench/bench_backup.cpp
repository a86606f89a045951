// Measures what the backup made before every import costs: builds the demo company into a
// fresh store (or uses the store given as the first argument), then times Backups::make a few
// times. Built with -DBUSOLA_BUILD_BENCH=ON, run by hand, never by ctest.
#include "demo/democompany.h"
#include "store/backups.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace busola;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QStringList args = QCoreApplication::arguments();
    const QString path = args.size() > 1 ? args.at(1) : dir.filePath(QStringLiteral("demo.db"));
    QString error;
    auto store = Store::open(path, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (store->isEmpty() && !buildDemoCompany(*store, DemoOptions{}, &error).ok) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    store->setSetting(QStringLiteral("backup_keep"), QStringLiteral("3"));
    std::vector<qint64> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!Backups::make(*store, QStringLiteral("import"), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        times.push_back(timer.elapsed());
    }
    std::sort(times.begin(), times.end());
    const double mb = QFileInfo(path).size() / 1e6;
    std::printf("store %.1f MB (+ WAL %.1f MB): backup median %lld ms (min %lld, max %lld)\n", mb,
                QFileInfo(path + QStringLiteral("-wal")).size() / 1e6,
                static_cast<long long>(times[times.size() / 2]), static_cast<long long>(times.front()),
                static_cast<long long>(times.back()));
    return 0;
}
