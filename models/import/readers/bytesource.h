#pragma once

#include <QString>

namespace busola {

/// A stream of bytes that the XML scanners pull from (an inflating zip part, or a worker that
/// inflates ahead on another thread).
class ByteSource
{
public:
    virtual ~ByteSource() = default;
    /// Up to maxLen bytes: the count, 0 at the end, -1 on an error (see errorString()).
    virtual qint64 read(char *buffer, qint64 maxLen) = 0;
    virtual QString errorString() const = 0;
    /// How much of the stream has been consumed, 0–1.
    virtual double progress() const = 0;
};

} // namespace busola
