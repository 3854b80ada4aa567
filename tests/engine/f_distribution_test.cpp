// The F distribution behind Feldt's interval: the incomplete beta function in closed-form cases,
// F quantiles against published tables and a high-precision computation, round trips, extreme
// degrees of freedom, and feldt_interval against two statistics packages' documentation.
// Reference figures marked "mpmath" were computed with Python's mpmath at 40 digits
// (betainc, or quadrature of the density for the extreme degrees of freedom) and bisection.
#include "crossroads/f_distribution.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "crossroads/reliability.hpp"

using namespace crossroads;

namespace {

const double kPi = std::acos(-1.0);

}  // namespace

TEST_CASE("incomplete_beta matches its closed forms", "[f_distribution]") {
  // I_x(1, 1) = x
  CHECK(incomplete_beta(1, 1, 0.3) == Approx(0.3).epsilon(1e-13));
  // I_x(a, 1) = x^a: 0.5^3 = 0.125
  CHECK(incomplete_beta(3, 1, 0.5) == Approx(0.125).epsilon(1e-13));
  // I_x(1, b) = 1 - (1 - x)^b: 1 - 0.8^4 = 0.5904
  CHECK(incomplete_beta(1, 4, 0.2) == Approx(0.5904).epsilon(1e-13));
  // I_x(2, 2) = 3x^2 - 2x^3: 3/16 - 2/64 = 0.15625
  CHECK(incomplete_beta(2, 2, 0.25) == Approx(0.15625).epsilon(1e-13));
  // I_x(1/2, 1/2) = (2/pi) asin(sqrt x): x = 1/4 gives (2/pi)(pi/6) = 1/3
  CHECK(incomplete_beta(0.5, 0.5, 0.25) == Approx(1.0 / 3).epsilon(1e-12));
  // I_{1/2}(a, a) = 1/2 by symmetry, small and large a alike
  for (const double a : {0.5, 7.0, 150.0}) {
    CAPTURE(a);
    CHECK(incomplete_beta(a, a, 0.5) == Approx(0.5).epsilon(1e-12));
  }
  // For very large a the front factor exp(lgamma(2a) - 2 lgamma(a) + ...) loses digits to the
  // cancellation of terms near 1e6 (about 1e-10 relative at a = 70,000; the 100,000-people case
  // below has a = 50,000 and b = 700,000): enough for an interval read to 3 decimals.
  CHECK(incomplete_beta(70000, 70000, 0.5) == Approx(0.5).epsilon(1e-9));
  CHECK(incomplete_beta(700000, 700000, 0.5) == Approx(0.5).epsilon(1e-8));
  // mpmath: I_0.3(2.5, 7.5) = 0.67894348586618163, I_0.4(200, 300) = 0.50242861631993200
  CHECK(incomplete_beta(2.5, 7.5, 0.3) == Approx(0.67894348586618163).epsilon(1e-12));
  CHECK(incomplete_beta(200, 300, 0.4) == Approx(0.50242861631993200).epsilon(1e-11));
  // the ends
  CHECK(incomplete_beta(2.5, 7.5, 0.0) == 0.0);
  CHECK(incomplete_beta(2.5, 7.5, 1.0) == 1.0);
}

TEST_CASE("incomplete_beta is symmetric: I_x(a, b) = 1 - I_(1-x)(b, a)", "[f_distribution]") {
  for (const double a : {0.5, 2.5, 30.0}) {
    for (const double b : {1.0, 7.5, 400.0}) {
      for (const double x : {0.01, 0.3, 0.5, 0.9}) {
        CAPTURE(a, b, x);
        CHECK(incomplete_beta(a, b, x) == Approx(1 - incomplete_beta(b, a, 1 - x)).margin(1e-12));
      }
    }
  }
}

TEST_CASE("f_cdf matches the closed forms for small degrees of freedom", "[f_distribution]") {
  // F(1, 1): P(F <= x) = (2/pi) atan(sqrt x); x = 1 gives 1/2, x = 3 gives (2/pi)(pi/3) = 2/3
  CHECK(f_cdf(1, 1, 1) == Approx(0.5).epsilon(1e-12));
  CHECK(f_cdf(3, 1, 1) == Approx(2.0 / 3).epsilon(1e-12));
  // F(2, 2): x / (1 + x); x = 3 gives 3/4
  CHECK(f_cdf(3, 2, 2) == Approx(0.75).epsilon(1e-12));
  // F(2, d2): 1 - (d2 / (d2 + 2x))^(d2/2); d2 = 10, x = 2.5: 1 - (2/3)^5 = 211/243
  CHECK(f_cdf(2.5, 2, 10) == Approx(211.0 / 243).epsilon(1e-12));
  CHECK(f_cdf(0, 5, 10) == 0.0);
  CHECK(f_cdf(1e9, 5, 10) == Approx(1.0).margin(1e-12));
}

TEST_CASE("f_quantile agrees with standard F tables", "[f_distribution]") {
  // Standard F tables (upper percentage points, e.g. the NIST/SEMATECH e-Handbook, 1.3.6.7.3),
  // to 4 decimals; each also checked against mpmath (161.447638799, 3.325834530, 2.773671375,
  // 7.559432158, 2.922277191).
  struct Row {
    double p, d1, d2, table;
  };
  for (const Row r :
       {Row{0.95, 1, 1, 161.4476}, Row{0.95, 5, 10, 3.3258}, Row{0.975, 10, 20, 2.7737},
        Row{0.99, 2, 10, 7.5594}, Row{0.95, 3, 30, 2.9223}}) {
    CAPTURE(r.p, r.d1, r.d2);
    CHECK(f_quantile(r.p, r.d1, r.d2) == Approx(r.table).margin(1e-4));
  }
  // Closed forms to full precision: F(1, 1) at p is tan^2(p pi / 2); F(2, 2) at p is p / (1 - p)
  CHECK(f_quantile(0.95, 1, 1) == Approx(std::pow(std::tan(0.95 * kPi / 2), 2)).epsilon(1e-10));
  CHECK(f_quantile(0.95, 2, 2) == Approx(19.0).epsilon(1e-10));
  CHECK(f_quantile(0.2, 2, 2) == Approx(0.25).epsilon(1e-10));
  // mpmath, far into the tails and with a fractional degree of freedom
  CHECK(f_quantile(1e-6, 5, 10) == Approx(0.00225913569503948086).epsilon(1e-9));
  CHECK(f_quantile(0.999999, 5, 10) == Approx(49.356539766593084).epsilon(1e-9));
  CHECK(f_quantile(0.5, 0.5, 3) == Approx(0.23066126571683246).epsilon(1e-9));
  // the degrees of freedom of the pingouin example below (15 people, 10 statements)
  CHECK(f_quantile(0.025, 14, 126) == Approx(0.39232569229080758).epsilon(1e-9));
  CHECK(f_quantile(0.975, 14, 126) == Approx(1.9718730746580707).epsilon(1e-9));
}

TEST_CASE("f_cdf undoes f_quantile", "[f_distribution]") {
  struct Df {
    double d1, d2;
  };
  for (const Df d : {Df{1, 1}, Df{2, 2}, Df{5, 10}, Df{14, 126}, Df{88, 534}, Df{1, 1000},
                     Df{0.5, 3}, Df{1000, 1}}) {
    for (const double p : {0.001, 0.025, 0.1, 0.5, 0.9, 0.975, 0.999}) {
      CAPTURE(d.d1, d.d2, p);
      const double x = f_quantile(p, d.d1, d.d2);
      REQUIRE(std::isfinite(x));
      CHECK(x > 0);
      CHECK(f_cdf(x, d.d1, d.d2) == Approx(p).margin(1e-10));
    }
  }
}

TEST_CASE("f_quantile with the degrees of freedom of 100,000 people x 15 statements",
          "[f_distribution]") {
  // n - 1 = 99,999 and (n - 1)(k - 1) = 1,399,986: the F is tightly packed around 1
  // (SD about 0.0047), where a naive series needs millions of terms.
  const double d1 = 99999;
  const double d2 = 1399986;
  // mpmath (quadrature of the density): 0.99095015919341561 and 1.0090959968252614
  const double lo = f_quantile(0.025, d1, d2);
  const double hi = f_quantile(0.975, d1, d2);
  CHECK(lo == Approx(0.99095015919341561).epsilon(1e-9));
  CHECK(hi == Approx(1.0090959968252614).epsilon(1e-9));
  // The density near 1 is about 86, so a 1e-10 relative error in x moves the cdf by ~1e-8.
  CHECK(f_cdf(lo, d1, d2) == Approx(0.025).margin(1e-7));
  CHECK(f_cdf(hi, d1, d2) == Approx(0.975).margin(1e-7));
  CHECK(f_cdf(1, d1, d2) == Approx(0.50053350661794185).margin(1e-7));
  // monotone in p, and the cdf monotone in x
  double last = 0;
  for (int i = 1; i < 100; ++i) {
    const double x = f_quantile(i / 100.0, d1, d2);
    CAPTURE(i);
    REQUIRE(std::isfinite(x));
    CHECK(x > last);
    last = x;
  }
  double last_p = 0;
  for (int i = 0; i <= 40; ++i) {
    const double p = f_cdf(0.98 + i * 0.001, d1, d2);
    CAPTURE(i);
    CHECK(p >= last_p);
    CHECK(p <= 1.0);
    last_p = p;
  }
  CHECK(last_p > 0.9999);
}

TEST_CASE("feldt_interval: pingouin's and statpsych's documented intervals",
          "[f_distribution][reliability]") {
  // pingouin.cronbach_alpha docstring (raphaelvallat/pingouin): 15 people, 10 statements,
  // alpha 0.5917188485995826, 95% CI [0.195, 0.840]; pingouin uses n - 1 and (n - 1)(k - 1)
  // degrees of freedom, as feldt_interval does. mpmath: 0.19492139066312162, 0.83982081462754321.
  const auto [lo, hi] = feldt_interval(0.5917188485995826, 15, 10);
  CHECK(lo == Approx(0.195).margin(0.0005));
  CHECK(hi == Approx(0.840).margin(0.0005));
  CHECK(lo == Approx(0.19492139066312162).margin(1e-9));
  CHECK(hi == Approx(0.83982081462754321).margin(1e-9));

  // R package statpsych, ci.cronbach(.05, .85, 7, 89) documents LL 0.7971254, UL 0.8931436.
  // statpsych takes df2 = n (k - 1) = 534 (not (n - 1)(k - 1) = 528), so its figures are checked
  // through f_quantile with its degrees of freedom: LL = 1 - 0.15 F(.975), UL = 1 - 0.15 F(.025).
  CHECK(1 - 0.15 * f_quantile(0.975, 88, 534) == Approx(0.7971254).margin(1e-6));
  CHECK(1 - 0.15 * f_quantile(0.025, 88, 534) == Approx(0.8931436).margin(1e-6));
  // feldt_interval itself, with (n - 1)(k - 1) = 528; mpmath: 0.79706487903491047,
  // 0.89316659373707912
  const auto [flo, fhi] = feldt_interval(0.85, 89, 7);
  CHECK(flo == Approx(0.79706487903491047).margin(1e-9));
  CHECK(fhi == Approx(0.89316659373707912).margin(1e-9));
}

TEST_CASE("feldt_interval: two people, and a narrower interval at lower confidence",
          "[f_distribution][reliability]") {
  // n = 2, k = 3, alpha 26/27: 1 and 2 degrees of freedom; mpmath: -0.42616033755274336,
  // 0.99995367475042272. The lower end may be below 0: it is reported as it is.
  const auto [lo, hi] = feldt_interval(26.0 / 27, 2, 3);
  CHECK(lo == Approx(-0.42616033755274336).margin(1e-9));
  CHECK(hi == Approx(0.99995367475042272).margin(1e-9));
  const auto wide = feldt_interval(0.8, 30, 6);
  const auto narrow = feldt_interval(0.8, 30, 6, 0.90);
  CHECK(wide.first < narrow.first);
  CHECK(narrow.first < 0.8);
  CHECK(0.8 < narrow.second);
  CHECK(narrow.second < wide.second);
  CHECK(wide.second < 1.0);
}
