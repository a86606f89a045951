#!/usr/bin/python3
"""Expected numbers for tst_forecast.cpp, computed independently of Busola's C++ code.

Run with Debian 12's python3-statsmodels 0.13.5 and python3-numpy 1.24.2 (only needed to
regenerate the numbers; the test itself needs no Python):
    /usr/bin/python3 tests/models/forecast/reference/expected_values.py
Every number it prints is written into tst_forecast.cpp with a comment naming the case here.

Two independent computations of each recursion are compared before anything is printed:
statsmodels' holtwinters.ExponentialSmoothing (initialization_method="known", the smoothing
parameters fixed, optimized=False) and the plain-Python loop below (FPP 2nd ed. §7.2, §7.3).
Interval widths use statsmodels' ETSModel._relative_forecast_variance (FPP 3rd ed. Table 8.8)
with the state-space β = α·β*. Reference fits (the SSE Busola's fit must not exceed) come from
statsmodels' ETSModel with the same starting states held fixed (statsmodels_reference_fit).
statsmodels 0.13.5's holtwinters forecast at h = 12 is not used (its issue #9538).
"""
import math
import warnings

import numpy as np
from statsmodels.tsa.exponential_smoothing.ets import ETSModel
from statsmodels.tsa.holtwinters import ExponentialSmoothing

warnings.simplefilter("ignore")
Z80 = 1.2815515655446004  # scipy.stats.norm.ppf(0.9)
M = 12


def plain_recursion(y, alpha, beta, gamma, l0, b0, s0, horizon):
    """Component-form Holt / additive Holt-Winters; s0[j] is the term used for y[j]."""
    level, trend = l0, b0
    season = list(s0) if s0 is not None else None
    fitted, sse = [], 0.0
    for t, value in enumerate(y):
        s = season[t % M] if season else 0.0
        f = level + trend + s
        fitted.append(f)
        sse += (value - f) ** 2
        new_level = alpha * (value - s) + (1 - alpha) * (level + trend)
        new_trend = beta * (new_level - level) + (1 - beta) * trend
        if season:
            season[t % M] = gamma * (value - level - trend) + (1 - gamma) * s
        level, trend = new_level, new_trend
    n = len(y)
    forecasts = [level + h * trend + (season[(n + h - 1) % M] if season else 0.0)
                 for h in range(1, horizon + 1)]
    return fitted, sse, forecasts


def statsmodels_recursion(y, alpha, beta, gamma, l0, b0, s0, horizon):
    seasonal = s0 is not None
    model = ExponentialSmoothing(
        np.asarray(y, dtype=float), trend="add", seasonal="add" if seasonal else None,
        seasonal_periods=M if seasonal else None, initialization_method="known",
        initial_level=l0, initial_trend=b0,
        initial_seasonal=np.asarray(s0) if seasonal else None)
    kwargs = dict(smoothing_level=alpha, smoothing_trend=beta, optimized=False)
    if seasonal:
        kwargs["smoothing_seasonal"] = gamma
    fit = model.fit(**kwargs)
    return list(fit.fittedvalues), fit.sse, list(fit.forecast(horizon))


def statsmodels_reference_fit(y, l0, b0, s0):
    """statsmodels' optimum of the smoothing parameters from the same starting states: ETSModel
    (additive errors) with initialization_method="known" keeps the states fixed and maximises the
    likelihood, which for additive errors is minimising the SSE. Its region (α in (0,1), state-space
    β in (0,α), γ in (0,1-α)) is ours. (holtwinters.ExponentialSmoothing.fit() is not used here:
    in 0.13.5 it re-estimates the "known" starting states while optimising.)"""
    seasonal = s0 is not None
    model = ETSModel(np.asarray(y, dtype=float), error="add", trend="add",
                     seasonal="add" if seasonal else None,
                     seasonal_periods=M if seasonal else None, initialization_method="known",
                     initial_level=l0, initial_trend=b0,
                     initial_seasonal=np.asarray(s0) if seasonal else None)
    fit = model.fit(disp=False)
    alpha, beta_ss = fit.params[0], fit.params[1]
    gamma = fit.params[2] if seasonal else 0.0
    sse = float((fit.resid ** 2).sum())
    # The same SSE by the plain loop, at the classical β* = β_ss / α.
    assert abs(plain_recursion(y, alpha, beta_ss / alpha, gamma, l0, b0, s0, 1)[1] - sse) < 1e-6
    return sse, {"smoothing_level": alpha, "smoothing_trend": beta_ss / alpha,
                 "smoothing_seasonal": gamma}


def variance_factor(alpha, beta_star, gamma, h, seasonal):
    """ETSModel's analytic relative forecast variance, state-space β = α·β*."""
    model = ETSModel(np.arange(1.0, 40.0), error="add", trend="add",
                     seasonal="add" if seasonal else None,
                     seasonal_periods=M if seasonal else None)
    params = [alpha, alpha * beta_star] + ([gamma] if seasonal else []) + [0.0, 0.0]
    if seasonal:
        params += [0.0] * M
    result = model.smooth(params)
    return float(np.asarray(result._relative_forecast_variance(np.array([h])))[0])


def line_fit(values):
    t = np.arange(1, len(values) + 1, dtype=float)
    slope, intercept = np.polyfit(t, np.asarray(values, dtype=float), 1)
    return intercept, slope


def heuristic_states(y, seasonal):
    """Hyndman et al. 2008 §2.6.1 as tst_forecast.cpp documents it (numpy, not Busola)."""
    if not seasonal:
        return line_fit(y[:10]) + (None,)
    years = min(max(len(y) // M, 2), 4)
    data = np.asarray(y[: years * M], dtype=float)
    weights = np.array([0.5] + [1.0] * (M - 1) + [0.5]) / M
    cma = np.convolve(data, weights, mode="valid")  # centred at index 6 .. len-7
    detrended = {j: [] for j in range(M)}
    for i, c in enumerate(cma):
        index = i + M // 2
        detrended[index % M].append(data[index] - c)
    raw = np.array([np.mean(detrended[j]) for j in range(M)])
    season = raw - raw.mean()
    adjusted = data - np.array([season[i % M] for i in range(len(data))])
    l0, b0 = line_fit(adjusted)
    return l0, b0, list(season)


def show(name, values):
    print(f"{name}: " + ", ".join(f"{v:.10f}" for v in values))


def check_and_show(name, y, alpha, beta, gamma, l0, b0, s0, horizon, dof):
    fitted_p, sse_p, fc_p = plain_recursion(y, alpha, beta, gamma, l0, b0, s0, horizon)
    fitted_s, sse_s, fc_s = statsmodels_recursion(y, alpha, beta, gamma, l0, b0, s0, horizon)
    assert np.allclose(fitted_p, fitted_s, rtol=0, atol=1e-9), name
    assert abs(sse_p - sse_s) < 1e-7 * max(1.0, sse_s), name
    # statsmodels 0.13.5 uses s_{n-m} instead of the last updated s_n at h = m, 2m, ... (its
    # issue #9538, fixed upstream by pull request #10230): compare the other horizons, and take
    # the forecasts from the plain loop, which follows FPP's ŷ_{n+h} = l_n + h b_n + s_{n+h-m(k+1)}.
    same = [h for h in range(horizon) if s0 is None or (h + 1) % M != 0]
    assert np.allclose([fc_p[h] for h in same], [fc_s[h] for h in same], rtol=0, atol=1e-9), name
    fc_s = fc_p
    sigma = math.sqrt(sse_s / dof)
    seasonal = s0 is not None
    half = [Z80 * sigma * math.sqrt(variance_factor(alpha, beta, gamma, h, seasonal))
            for h in range(1, horizon + 1)]
    print(f"== {name}")
    show("fitted[0..4]", fitted_s[:5])
    print(f"sse: {sse_s:.10f}  sigma: {sigma:.10f}")
    show("forecast", fc_s)
    show("lower", [f - w for f, w in zip(fc_s, half)])
    show("upper", [f + w for f, w in zip(fc_s, half)])
    return fc_s, half


# -- Case "seasonal with trend": 36 months, y = 200 + 3t + 25 sin(2πt/12) + N(0, 6²) rounded to
#    0.1, seed 7. Fixed α = 0.3, β* = 0.1, γ = 0.2 from the heuristic starting states.
rng = np.random.default_rng(7)
t = np.arange(1, 37)
seasonal_y = list(np.round(200 + 3 * t + 25 * np.sin(2 * np.pi * t / 12)
                           + rng.normal(0, 6, 36), 1))
print("seasonal series:", ", ".join(f"{v:.1f}" for v in seasonal_y))
l0, b0, s0 = heuristic_states(seasonal_y, True)
print(f"heuristic l0 {l0:.10f} b0 {b0:.10f}")
show("heuristic s0", s0)
check_and_show("seasonal with trend", seasonal_y, 0.3, 0.1, 0.2, l0, b0, s0, 12, 36 - 16)
print("variance factor AAA h=14 α=.3 β*=.1 γ=.2:", f"{variance_factor(0.3, 0.1, 0.2, 14, True):.10f}")
print("variance factor AAN h=5 α=.6 β*=.5:", f"{variance_factor(0.6, 0.5, 0, 5, False):.10f}")
sse_ref, params_ref = statsmodels_reference_fit(seasonal_y, l0, b0, s0)
print(f"statsmodels fit SSE (seasonal): {sse_ref:.10f} params {params_ref['smoothing_level']:.6f}"
      f" {params_ref['smoothing_trend']:.6f} {params_ref['smoothing_seasonal']:.6f}")

# -- Case "holt with noise": 15 months for the reference fit of Holt's method.
holt_y = [120.0, 131.5, 127.0, 140.2, 138.9, 151.0, 149.3, 160.8, 158.1, 171.4, 169.0, 182.7,
          178.5, 190.2, 195.9]
hl0, hb0, _ = heuristic_states(holt_y, False)
print(f"holt heuristic l0 {hl0:.10f} b0 {hb0:.10f}")
check_and_show("holt with noise", holt_y, 0.5, 0.2, 0, hl0, hb0, None, 3, 15 - 4)
sse_ref, params_ref = statsmodels_reference_fit(holt_y, hl0, hb0, None)
print(f"statsmodels fit SSE (holt): {sse_ref:.10f} params {params_ref['smoothing_level']:.6f}"
      f" {params_ref['smoothing_trend']:.6f}")

# -- Case "rate near 100 %": 8 months of a rate, α = 0.8, β* = 0.4, l0 = 89, b0 = 1.5.
rate_y = [90.0, 92.5, 94.0, 96.5, 97.0, 98.5, 99.0, 99.6]
fc, half = check_and_show("rate near 100", rate_y, 0.8, 0.4, 0, 89.0, 1.5, None, 3, 8 - 4)
show("rate clamped forecast", [min(max(f, 0), 100) for f in fc])
show("rate clamped lower", [min(max(f - w, 0), 100) for f, w in zip(fc, half)])
show("rate clamped upper", [min(max(f + w, 0), 100) for f, w in zip(fc, half)])

# -- Case "fewer than 6 points": the mean, σ = sample standard deviation, factor 1 + 1/n.
few = [10.0, 12.0, 11.0, 13.0, 14.0]
mean = float(np.mean(few))
sd = float(np.std(few, ddof=1))
w = Z80 * sd * math.sqrt(1 + 1 / len(few))
print(f"== fewer than 6: mean {mean:.10f} sd {sd:.10f} lower {mean - w:.10f} upper {mean + w:.10f}")

# -- Case "backtest without a zero": the last 6 months against the line 5t of the first 12.
line = [5.0 * k for k in range(13, 19)]
actual = [60.0, 70.0, 80.0, 75.0, 95.0, 90.0]
mape = 100 * np.mean([abs(a - f) / a for a, f in zip(actual, line)])
print(f"== backtest MAPE {mape:.10f} MAE {np.mean([abs(a - f) for a, f in zip(actual, line)]):.10f}")

# -- Cases "reference fit": series whose best smoothing parameters are inside the box.
def reference_fit_case(name, y, seasonal):
    l0, b0, s0 = heuristic_states(y, seasonal)
    sse, params = statsmodels_reference_fit(y, l0, b0, s0)
    print(f"== reference fit {name}: SSE {sse:.10f} alpha {params['smoothing_level']:.6f} "
          f"beta* {params['smoothing_trend']:.6f} gamma {params['smoothing_seasonal']:.6f}")
    print("series:", ", ".join(f"{v:.1f}" for v in y))


rng = np.random.default_rng(11)
walk = 150 + np.cumsum(2 + rng.normal(0, 5, 30))
t = np.arange(1, 31)
reference_fit_case("seasonal random walk",
                   list(np.round(walk + 15 * np.cos(2 * np.pi * t / 12) + rng.normal(0, 2, 30), 1)),
                   True)
rng = np.random.default_rng(5)
reference_fit_case("holt random walk",
                   list(np.round(80 + np.cumsum(3 + rng.normal(0, 4, 18)) + rng.normal(0, 1.5, 18), 1)),
                   False)

# -- Case "ten years": 120 months, y_t = 100 + t + 10 sin(0.52 t) + (s_t >> 16) mod 7 for
#    t = 0..119, with the 32-bit LCG s_t = 1103515245 s_{t-1} + 12345, s_{-1} = 1 (as
#    tst_forecast.cpp builds it). Its best fit lies at α ≈ 0.0008, β* = 1: a narrow ridge.
seed, ten_years = 1, []
for k in range(120):
    seed = (seed * 1103515245 + 12345) % 2 ** 32
    ten_years.append(100 + k + 10 * math.sin(k * 0.52) + (seed >> 16) % 7)
reference_fit_case("ten years", ten_years, True)
