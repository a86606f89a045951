#pragma once

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace busola::demo {

/// xoshiro256** seeded through splitmix64. Our own generator, integer arithmetic and IEEE
/// basic operations only (no std:: distributions, no libm), so that the same seed gives the
/// same demo company with every compiler, standard library and machine. Callers draw at most
/// once per expression, since the evaluation order of operands is unspecified.
class Rng
{
public:
    /// stream separates independent sequences (customers, tickets, deals...): a change in how
    /// many numbers one part draws does not shift the others.
    explicit Rng(quint64 seed, quint64 stream = 0)
    {
        quint64 x = seed ^ (stream * 0xD1B54A32D192ED03ULL);
        for (quint64 &word : m_state)
            word = splitmix64(x);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, 1), 53 bits.
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    /// Uniform in [lo, hi).
    double between(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// Uniform integer in [0, n); n > 0. Lemire's multiply-shift, bias below 2^-32 for our n.
    int below(int n) { return int(((next() >> 32) * quint64(n)) >> 32); }
    /// Uniform integer in [lo, hi].
    int range(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(double p) { return uniform() < p; }
    /// Roughly standard normal (Irwin–Hall of four uniforms, rescaled): bounded at ±3.46,
    /// which suits business data better than an unbounded tail.
    double normalish()
    {
        // One draw per statement: C++ leaves the order of operands unspecified, and the
        // sequence must not depend on the compiler.
        double sum = uniform();
        sum += uniform();
        sum += uniform();
        sum += uniform();
        return (sum - 2.0) * 1.7320508075688772;
    }
    /// A right-skewed factor with mean 1 (most values small, a few up to 4): u³ · 4.
    double skewed()
    {
        const double u = uniform();
        return 4.0 * u * u * u;
    }
    /// Index drawn with the given non-negative weights (not all zero).
    int weighted(const std::vector<double> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = uniform() * total;
        for (size_t i = 0; i < weights.size(); ++i) {
            if (x < weights[i])
                return int(i);
            x -= weights[i];
        }
        return int(weights.size()) - 1;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitmix64(quint64 &x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    quint64 m_state[4];
};

} // namespace busola::demo
