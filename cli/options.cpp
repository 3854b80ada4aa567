#include "options.hpp"

#include <charconv>
#include <fstream>
#include <iostream>
#include <iterator>

#include "crossroads/answers.hpp"
#include "crossroads/builtin_translations.hpp"
#include "crossroads/team_insight.hpp"
#include "crossroads/translation.hpp"
#include "csv_pipeline.hpp"
#include "format.hpp"
#include "language.hpp"

namespace crossroads::cli {
namespace {

constexpr std::size_t kMaxInputBytes = std::size_t{1} << 31U;

// A version is a whole number in 1..latest, written plainly ("2", not "2.0" or " 2").
std::optional<int> builtin_version_of(const std::string& token) {
  int version = 0;
  const char* const end = token.data() + token.size();
  const auto [stop, status] = std::from_chars(token.data(), end, version);
  if (status != std::errc() || stop != end) return std::nullopt;
  if (version < 1 || version > builtin_latest_version()) return std::nullopt;
  return version;
}

// --jobs takes a whole number of threads in 1..kMaxJobs, written plainly.
std::optional<unsigned> jobs_of(const std::string& token) {
  unsigned jobs = 0;
  const char* const end = token.data() + token.size();
  const auto [stop, status] = std::from_chars(token.data(), end, jobs);
  if (status != std::errc() || stop != end) return std::nullopt;
  if (jobs < 1 || jobs > kMaxJobs) return std::nullopt;
  return jobs;
}

// --min-group takes a whole number of people the engine accepts as a floor, written plainly.
std::optional<int> min_group_of(const std::string& token) {
  int people = 0;
  const char* const end = token.data() + token.size();
  const auto [stop, status] = std::from_chars(token.data(), end, people);
  if (status != std::errc() || stop != end || !is_valid_min_group(people)) return std::nullopt;
  return people;
}

// --delimiter takes a separator the reader knows, as a person would type it in a shell: the
// character itself, or its name when the character is awkward to quote (a tab above all).
std::optional<char> delimiter_of(const std::string& token) {
  if (token == "," || token == "comma") return ',';
  if (token == ";" || token == "semicolon") return ';';
  if (token == "\t" || token == "\\t" || token == "tab") return '\t';
  return std::nullopt;
}

// The options followed by a value: the value is never taken for an option itself.
bool takes_value(const std::string& option) {
  for (const char* name : {"--csv", "--questionnaire", "--questionnaire-version", "--seconds",
                           "--jobs", "--delimiter", "--id-column", "--min-group", "--lang"}) {
    if (option == name) return true;
  }
  return false;
}

// The questionnaire the options name: a file, a built-in version, or the latest built-in one.
void pick_questionnaire(Options& o, const std::optional<std::string>& path,
                        const Sentences& words) {
  if (path && o.builtin_version) {
    o.error = words.text("versionWithFile");
    return;
  }
  if (!path) {
    const int version = o.builtin_version.value_or(builtin_latest_version());
    o.questionnaire = builtin_questionnaire_with_languages(version);
    // The engine tests load every built-in version, so this only guards a broken build.
    if (!o.questionnaire)
      o.error = fill(words.text("builtinUnreadable"), {std::to_string(version)});
    return;
  }
  const auto content = read_input(*path);
  if (!content) {
    o.error = fill(words.text("cannotReadQuestionnaire"), {*path});
    return;
  }
  auto loaded = load_questionnaire(*content);
  if (!loaded) {
    const Problem& p = loaded.error().front();
    const std::string problem =
        p.path.empty() ? p.message : fill(words.text("problemLine"), {p.path, p.message});
    o.error = fill(words.text("invalidQuestionnaire"), {*path, problem});
    return;
  }
  o.questionnaire = std::move(loaded.value());
}

// The questionnaire in the language asked for. Asked with --lang, a language it lacks is an
// error, except an earlier built-in version asked for one of the built-in languages: it exists
// only in English, which a note says. The environment's language is a preference, not a request:
// when the questionnaire lacks it, its own language is used without a word.
void pick_language(Options& o, const Sentences& words) {
  const std::vector<std::string> languages = languages_of(*o.questionnaire);
  if (!o.lang) {
    const auto preferred = environment_language();
    const auto chosen = preferred ? matching_language(*preferred, languages) : std::nullopt;
    if (chosen) o.questionnaire = in_language(*o.questionnaire, *chosen);
    return;
  }
  const auto wanted = code_of_locale(*o.lang);
  const auto chosen = wanted ? matching_language(*wanted, languages) : std::nullopt;
  if (chosen) {
    o.questionnaire = in_language(*o.questionnaire, *chosen);
  } else if (is_earlier_version(o) && wanted && matching_language(*wanted, builtin_languages())) {
    o.note = fill(words.text("englishOnly"), {std::to_string(*o.builtin_version)});
  } else {
    o.error = fill(words.text("unknownLanguage"), {*o.lang, language_list(languages)});
  }
}

}  // namespace

Options parse_options(const Args& args, const Sentences& words) {
  Options o;
  std::optional<std::string> questionnaire_path;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    // An empty --lang ("--lang $LANGUAGE" with it unset) is a value left out, not a language.
    const bool has_value = i + 1 < args.size() && !(a == "--lang" && args[i + 1].empty());
    if (a == "--json") {
      o.json = true;
    } else if (takes_value(a) && !has_value) {
      o.error = fill(words.text("needsValue"), {a});
      return o;
    } else if (a == "--csv") {
      o.csv = args[++i];
    } else if (a == "--questionnaire") {
      questionnaire_path = args[++i];
    } else if (a == "--lang") {
      o.lang = args[++i];
    } else if (a == "--questionnaire-version") {
      o.builtin_version = builtin_version_of(args[++i]);
      if (!o.builtin_version) {
        o.error =
            fill(words.text("badVersion"), {std::to_string(builtin_latest_version()), args[i]});
        return o;
      }
    } else if (a == "--jobs") {
      o.jobs = jobs_of(args[++i]);
      if (!o.jobs) {
        o.error = fill(words.text("badJobs"), {std::to_string(kMaxJobs), args[i]});
        return o;
      }
    } else if (a == "--min-group") {
      o.min_group = min_group_of(args[++i]);
      if (!o.min_group) {
        o.error = fill(words.text("badMinGroup"), {std::to_string(kLowestMinGroup),
                                                   std::to_string(kHighestMinGroup), args[i]});
        return o;
      }
    } else if (a == "--delimiter") {
      o.csv_options.separator = delimiter_of(args[++i]);
      if (!o.csv_options.separator) {
        o.error = fill(words.text("badDelimiter"), {args[i]});
        return o;
      }
    } else if (a == "--id-column") {
      o.csv_options.id_column = args[++i];
    } else if (a == "--seconds") {
      const RawAnswer s = RawAnswer::from_token(args[++i]);
      if (s.kind != RawAnswer::Kind::number || s.number < 0) {
        o.error = fill(words.text("badSeconds"), {args[i]});
        return o;
      }
      o.seconds = s.number;
    } else if (a.size() > 2 && a.rfind("--", 0) == 0) {
      o.error = fill(words.text("unknownOption"), {a});
      return o;
    } else {
      o.positional.push_back(a);
    }
  }
  pick_questionnaire(o, questionnaire_path, words);
  if (o.error.empty()) pick_language(o, words);
  return o;
}

std::optional<std::string> asked_language(const Args& args) {
  std::optional<std::string> typed;
  for (std::size_t i = 0; i + 1 < args.size(); ++i) {
    if (!takes_value(args[i])) continue;
    if (args[i] == "--lang") typed = args[i + 1];
    ++i;
  }
  const auto wanted = typed ? code_of_locale(*typed) : std::nullopt;
  return wanted ? wanted : environment_language();
}

void say_note(const Options& o) {
  if (!o.note.empty()) std::cerr << "crossroads: " << o.note << "\n";
}

bool is_earlier_version(const Options& o) {
  return o.builtin_version && *o.builtin_version < builtin_latest_version();
}

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
  std::string content(static_cast<std::size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(content.data(), size)) return std::nullopt;
  return content;
}

}  // namespace crossroads::cli
