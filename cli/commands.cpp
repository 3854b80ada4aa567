#include "commands.hpp"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>

#include "crossroads/csv.hpp"
#include "crossroads/result_json.hpp"
#include "crossroads/score.hpp"

namespace crossroads::cli {

// One line, always: whatever the person typed may hold newlines or other control characters.
int fail(std::string message) {
  for (char& c : message) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  std::cerr << "crossroads: " << message << "\n";
  return kBadInput;
}

namespace {

constexpr std::size_t kMaxInputBytes = std::size_t{1} << 31U;

std::optional<std::string> read_input(const std::string& path) {
  if (path == "-") return std::string(std::istreambuf_iterator<char>(std::cin), {});
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return std::nullopt;
  const std::streamoff size = in.tellg();
  if (size < 0) {  // not seekable (a pipe): read it as a stream
    in.clear();
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  if (static_cast<std::size_t>(size) > kMaxInputBytes) return std::nullopt;
  std::string text(static_cast<std::size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(text.data(), size)) return std::nullopt;
  return text;
}

// Options shared by the commands: --questionnaire FILE picks a custom questionnaire.
struct Options {
  std::optional<Questionnaire> questionnaire;
  Args positional;
  bool json = false;
  std::optional<std::string> csv;
  std::optional<double> seconds;
  std::string error;
};

Options parse_options(const Args& args) {
  Options o;
  std::optional<std::string> questionnaire_path;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool has_value = i + 1 < args.size();
    if (a == "--json") {
      o.json = true;
    } else if ((a == "--csv" || a == "--questionnaire" || a == "--seconds") && !has_value) {
      o.error = a + " needs a value";
      return o;
    } else if (a == "--csv") {
      o.csv = args[++i];
    } else if (a == "--questionnaire") {
      questionnaire_path = args[++i];
    } else if (a == "--seconds") {
      const RawAnswer s = RawAnswer::from_token(args[++i]);
      if (s.kind != RawAnswer::Kind::number || s.number < 0) {
        o.error = "--seconds needs a number of seconds, got '" + args[i] + "'";
        return o;
      }
      o.seconds = s.number;
    } else if (a.size() > 2 && a.rfind("--", 0) == 0) {
      o.error = "unknown option '" + a + "'";
      return o;
    } else {
      o.positional.push_back(a);
    }
  }
  if (!questionnaire_path) {
    o.questionnaire = builtin_questionnaire();
    return o;
  }
  const auto text = read_input(*questionnaire_path);
  if (!text) {
    o.error = "cannot read questionnaire file '" + *questionnaire_path + "'";
    return o;
  }
  auto loaded = load_questionnaire(*text);
  if (!loaded) {
    const Problem& p = loaded.error().front();
    o.error = "questionnaire '" + *questionnaire_path +
              "' is not valid: " + (p.path.empty() ? "" : p.path + ": ") + p.message +
              " (crossroads validate lists every problem)";
    return o;
  }
  o.questionnaire = std::move(loaded.value());
  return o;
}

std::string short_list(const Questionnaire& q, const std::vector<int>& numbers) {
  std::string out;
  for (const int n : numbers) {
    out += (out.empty() ? "" : "; ") + std::to_string(n) + " (" +
           q.items[static_cast<std::size_t>(n) - 1].short_label + ")";
  }
  return out.empty() ? "none" : out;
}

void print_text_result(const Questionnaire& q, const Result& r) {
  const Band& band = q.bands[r.band];
  std::cout << "Total: " << r.total << " / " << q.max_total() << "\n"
            << "Band: " << band.title << " - " << band.summary << "\n"
            << band.explanation << "\n";
  for (const auto& a : band.advice) std::cout << "  * " << a << "\n";
  if (r.margin) {
    std::cout << "Margin: " << r.margin->points << " points from "
              << q.bands[r.margin->toward].title << (r.borderline ? " (borderline)" : "") << "\n";
  }
  std::cout << "Shape: " << shape_name(r.shape);
  if (q.shapes) {
    const Text& t = r.shape == Shape::split     ? q.shapes->split
                    : r.shape == Shape::centred ? q.shapes->centred
                                                : q.shapes->consistent;
    std::cout << " - " << t.title << ": " << t.explanation;
  }
  std::cout << "\n"
            << "Drivers toward " << q.low.label << ": " << short_list(q, r.drivers.low) << "\n"
            << "Drivers toward " << q.high.label << ": " << short_list(q, r.drivers.high) << "\n";
  for (const Quality note : r.quality) {
    std::cout << "Note: " << quality_name(note);
    if (q.quality) {
      std::cout << " - "
                << (note == Quality::straight_line   ? q.quality->straight_line
                    : note == Quality::mostly_middle ? q.quality->mostly_middle
                                                     : q.quality->fast);
    }
    std::cout << "\n";
  }
  std::cout << "Themes:\n";
  for (const ThemeScore& t : r.themes) {
    std::cout << "  " << q.themes[t.theme].title << ": " << t.score << " / " << t.max << " ("
              << q.bands[t.leaning].title << ")\n";
  }
}

int score_csv_file(const Questionnaire& q, const std::string& path) {
  const auto text = read_input(path);
  if (!text) return fail("cannot read CSV file '" + path + "'");
  const std::string out = score_csv(q, *text);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kOk;
}

}  // namespace

int help() {
  std::cout << "Usage:\n"
               "  crossroads questions                     list the statements and their two ends\n"
               "  crossroads score A1 A2 ... A15 [--json] [--seconds N]\n"
               "                                           score one person's answers (0 to 10)\n"
               "  crossroads score --csv FILE|-            score one respondent per CSV row\n"
               "  crossroads validate FILE.json            check a questionnaire definition\n"
               "Options: --questionnaire FILE.json uses a custom questionnaire.\n"
               "Exit codes: 0 success, 2 bad input or usage.\n";
  return kOk;
}

int questions(const Args& args) {
  const Options o = parse_options(args);
  if (!o.error.empty()) return fail(o.error);
  if (!o.positional.empty()) return fail("questions takes no arguments");
  const Questionnaire& q = *o.questionnaire;
  std::cout << q.title << "\nRate each statement from " << q.scale_min << " to " << q.scale_max
            << ".\n";
  for (std::size_t i = 0; i < q.items.size(); ++i) {
    const Item& item = q.items[i];
    std::cout << "\n"
              << (i + 1) << ". " << item.prompt << "\n"
              << "   " << q.scale_min << " = " << item.low << "\n"
              << "   " << q.scale_max << " = " << item.high << "\n";
  }
  return kOk;
}

int score(const Args& args) {
  const Options o = parse_options(args);
  if (!o.error.empty()) return fail(o.error);
  const Questionnaire& q = *o.questionnaire;
  if (o.csv) {
    if (!o.positional.empty()) return fail("give either --csv FILE or answers, not both");
    return score_csv_file(q, *o.csv);
  }
  std::vector<RawAnswer> raw;
  for (const auto& a : o.positional) raw.push_back(RawAnswer::from_token(a));
  const auto result = crossroads::score(q, raw, o.seconds);
  if (!result) return fail(result.error().message);
  if (o.json) {
    std::cout << result_to_json(q, result.value()) << "\n";
  } else {
    print_text_result(q, result.value());
  }
  return kOk;
}

int validate(const Args& args) {
  if (args.size() != 1) return fail("validate takes one file: crossroads validate FILE.json");
  const auto text = read_input(args[0]);
  if (!text) return fail("cannot read '" + args[0] + "'");
  const auto loaded = load_questionnaire(*text);
  if (loaded) {
    const Questionnaire& q = loaded.value();
    std::cout << args[0] << ": valid (" << q.items.size() << " statements, " << q.themes.size()
              << " themes, " << q.bands.size() << " bands, totals " << q.min_total() << " to "
              << q.max_total() << ")\n";
    return kOk;
  }
  for (const Problem& p : loaded.error()) {
    std::cout << args[0] << ": " << (p.path.empty() ? "" : p.path + ": ") << p.message << "\n";
  }
  std::cerr << "crossroads: " << args[0] << " has " << loaded.error().size() << " problem"
            << (loaded.error().size() == 1 ? "" : "s") << "\n";
  return kBadInput;
}

}  // namespace crossroads::cli
