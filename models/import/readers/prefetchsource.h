#pragma once

#include "import/readers/bytesource.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace busola {

/// Runs another source (an inflating zip part) on a worker thread a few blocks ahead of the
/// reader, so that inflating and scanning overlap on two cores. Memory: at most kBlocks
/// blocks of kBlockSize bytes.
class PrefetchSource final : public ByteSource
{
public:
    explicit PrefetchSource(std::unique_ptr<ByteSource> inner);
    ~PrefetchSource() override;

    qint64 read(char *buffer, qint64 maxLen) override;
    QString errorString() const override;
    double progress() const override;

private:
    static constexpr std::size_t kBlocks = 4;
    static constexpr std::size_t kBlockSize = 1 << 20;
    void run();

    std::unique_ptr<ByteSource> m_inner;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<char>> m_ready;
    std::vector<std::vector<char>> m_spare;
    std::vector<char> m_current;
    std::size_t m_currentPos = 0;
    bool m_finished = false; ///< the worker is done: end of data or an error
    bool m_failed = false;
    bool m_stop = false;
    double m_progress = 0;
    QString m_error;
    std::thread m_worker;
};

} // namespace busola
