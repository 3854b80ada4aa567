#include "crossroads/f_distribution.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace crossroads {
namespace {

// Lentz's continued fraction for I_x(a, b) (Numerical Recipes, betacf). It converges in
// O(sqrt(max(a, b))) steps near the mean, so the cap is high enough for a million degrees of
// freedom (100,000 people x 15 statements gives 1.4 million).
constexpr int kMaxSteps = 1'000'000;
constexpr double kTolerance = 1e-15;
constexpr double kTiny = 1e-300;  // keeps a denominator off zero

double continued_fraction(double a, double b, double x) {
  const double qab = a + b;
  const double qap = a + 1.0;
  const double qam = a - 1.0;
  double c = 1.0;
  double d = 1.0 - qab * x / qap;
  if (std::fabs(d) < kTiny) d = kTiny;
  d = 1.0 / d;
  double h = d;
  for (int m = 1; m <= kMaxSteps; ++m) {
    const double m2 = 2.0 * m;
    double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1.0 + aa * d;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = 1.0 + aa / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1.0 / d;
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1.0 + aa * d;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = 1.0 + aa / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1.0 / d;
    const double step = d * c;
    h *= step;
    if (std::fabs(step - 1.0) < kTolerance) break;
  }
  return h;
}

}  // namespace

double incomplete_beta(double a, double b, double x) {
  if (x <= 0.0) return 0.0;
  if (x >= 1.0) return 1.0;
  const double log_front =
      std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
  const double front = std::exp(log_front);
  // The fraction converges fast only below the mean; above it, use I_x(a, b) = 1 - I_1-x(b, a).
  if (x < (a + 1.0) / (a + b + 2.0)) return front * continued_fraction(a, b, x) / a;
  return 1.0 - front * continued_fraction(b, a, 1.0 - x) / b;
}

double f_cdf(double x, double d1, double d2) {
  if (x <= 0.0) return 0.0;
  return incomplete_beta(d1 / 2.0, d2 / 2.0, d1 * x / (d1 * x + d2));
}

double f_quantile(double p, double d1, double d2) {
  // Bisection on y = d1 x / (d1 x + d2), which runs over (0, 1) as x runs over (0, inf) and
  // has I_y(d1/2, d2/2) = p: slower than Newton's method but it cannot leave the interval.
  const double a = d1 / 2.0;
  const double b = d2 / 2.0;
  double lo = 0.0;
  double hi = 1.0;
  for (int step = 0; step < 200; ++step) {
    const double mid = lo + (hi - lo) / 2.0;
    if (mid <= lo || mid >= hi) break;  // no double left between them
    if (incomplete_beta(a, b, mid) < p) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  const double y = lo + (hi - lo) / 2.0;
  if (y >= 1.0) return std::numeric_limits<double>::infinity();
  return d2 * y / (d1 * (1.0 - y));
}

}  // namespace crossroads
