#pragma once
// The F distribution, for Feldt's confidence interval of Cronbach's alpha (reliability.cpp).
// Hand-written (about 80 lines) rather than Boost.Math: see docs/team-insight.md for why.

namespace crossroads {

// The regularized incomplete beta function I_x(a, b), for a > 0, b > 0 and 0 <= x <= 1.
double incomplete_beta(double a, double b, double x);

// P(F <= x) for F with d1 and d2 degrees of freedom (d1 > 0, d2 > 0, x >= 0).
double f_cdf(double x, double d1, double d2);

// The p-quantile of F(d1, d2): the x with f_cdf(x, d1, d2) = p, for 0 < p < 1, d1 > 0, d2 > 0.
// Accurate to about 1e-9 relative at a million degrees of freedom (lgamma rounds), better below.
double f_quantile(double p, double d1, double d2);

}  // namespace crossroads
