#include "import/readers/prefetchsource.h"

#include <cstring>

namespace busola {

PrefetchSource::PrefetchSource(std::unique_ptr<ByteSource> inner)
    : m_inner(std::move(inner))
{
    m_worker = std::thread([this] { run(); });
}

PrefetchSource::~PrefetchSource()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

void PrefetchSource::run()
{
    for (;;) {
        std::vector<char> block;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kBlocks; });
            if (m_stop)
                return;
            if (!m_spare.empty()) {
                block = std::move(m_spare.back());
                m_spare.pop_back();
            }
        }
        block.resize(kBlockSize);
        std::size_t filled = 0;
        qint64 got = 1;
        while (filled < kBlockSize && got > 0) {
            got = m_inner->read(block.data() + filled, qint64(kBlockSize - filled));
            if (got > 0)
                filled += std::size_t(got);
        }
        block.resize(filled);
        std::lock_guard<std::mutex> lock(m_mutex);
        m_progress = m_inner->progress();
        if (filled > 0)
            m_ready.push_back(std::move(block));
        if (got <= 0) {
            m_finished = true;
            m_failed = got < 0;
            if (m_failed)
                m_error = m_inner->errorString();
            m_changed.notify_all();
            return;
        }
        m_changed.notify_all();
    }
}

qint64 PrefetchSource::read(char *buffer, qint64 maxLen)
{
    if (m_currentPos >= m_current.size()) {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (!m_current.empty())
            m_spare.push_back(std::move(m_current));
        m_current.clear();
        m_currentPos = 0;
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty())
            return m_failed ? -1 : 0;
        m_current = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
    }
    const std::size_t n =
        std::min<std::size_t>(std::size_t(maxLen), m_current.size() - m_currentPos);
    std::memcpy(buffer, m_current.data() + m_currentPos, n);
    m_currentPos += n;
    return qint64(n);
}

QString PrefetchSource::errorString() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
}

double PrefetchSource::progress() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_progress;
}

} // namespace busola
