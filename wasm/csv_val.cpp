// Reading a CSV, for JavaScript: options in, layout and problem out (csv_val.hpp).
#include "csv_val.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "crossroads/result_json.hpp"
#include "js_input.hpp"
#include "val_sink.hpp"

namespace crossroads::bindings {
namespace {

using emscripten::val;

constexpr const char* kOptionsNotObject =
    "The CSV options must be an object: { delimiter, idColumn, names }, each one optional.";
constexpr const char* kBadDelimiter = "The delimiter must be \",\", \";\" or a tab (\"\\t\").";
constexpr const char* kIdColumnNotText =
    "The id column must be a text: the header's name for the column of ids.";
constexpr std::size_t kShownKey = 40;  // an unknown option's name is shown up to this many bytes

// names: lists of texts, one per statement each (CsvOptions::extra_names); nullopt when it is
// anything else, so a list cut short or shifted is refused rather than naming wrong statements.
std::optional<std::vector<std::vector<std::string>>> names_from_js(const val& names,
                                                                   std::size_t statements) {
  if (!names.isArray()) return std::nullopt;
  std::vector<std::vector<std::string>> out(names["length"].as<std::size_t>());
  for (std::size_t i = 0; i < out.size(); ++i) {
    const val list = names[i];
    if (!list.isArray() || list["length"].as<std::size_t>() != statements) return std::nullopt;
    for (std::size_t s = 0; s < statements; ++s) {
      auto text = text_from_js(list[s]);
      if (!text) return std::nullopt;
      out[i].push_back(std::move(*text));
    }
  }
  return out;
}

}  // namespace

// { delimiter?, idColumn?, names? } (engine.d.ts, CsvOptions) as the engine's CsvOptions. undefined
// or null, as a whole or for one option, is the default. An option the engine does not know is
// refused rather than ignored: a misspelt idColumn would otherwise be silently not applied.
Expected<CsvOptions, AnswerError> csv_options_from_js(const val& options, std::size_t statements) {
  using Read = Expected<CsvOptions, AnswerError>;
  CsvOptions out;
  if (options.isUndefined() || options.isNull()) return out;
  if (options.typeOf().as<std::string>() != "object" || options.isArray())
    return Read::failure(wrong_type(kOptionsNotObject));
  const val keys = val::global("Object").call<val>("keys", options);
  const int count = keys["length"].as<int>();
  for (int i = 0; i < count; ++i) {
    std::string key = text_from_js(keys[i]).value_or("");
    if (key == "delimiter" || key == "idColumn" || key == "names") continue;
    if (key.size() > kShownKey) {  // cut at a character's start, never inside one
      std::size_t end = kShownKey;
      while (end > 0 && (static_cast<unsigned char>(key[end]) & 0xC0U) == 0x80U) --end;
      key = key.substr(0, end) + "…";
    }
    return Read::failure(wrong_type("Unknown CSV option \"" + key +
                                    "\": the options are delimiter, idColumn and names."));
  }
  const val delimiter = options["delimiter"];
  if (!delimiter.isUndefined() && !delimiter.isNull()) {
    const auto text = text_from_js(delimiter);
    if (!text || text->size() != 1 || kCsvSeparators.find((*text)[0]) == std::string_view::npos)
      return Read::failure(wrong_type(kBadDelimiter));
    out.separator = (*text)[0];
  }
  const val id_column = options["idColumn"];
  if (!id_column.isUndefined() && !id_column.isNull()) {
    auto text = text_from_js(id_column);
    if (!text) return Read::failure(wrong_type(kIdColumnNotText));
    out.id_column = std::move(*text);
  }
  const val names = options["names"];
  if (!names.isUndefined() && !names.isNull()) {
    auto lists = names_from_js(names, statements);
    if (!lists) {
      return Read::failure(wrong_type(
          "The names must be a list of lists of texts, each with one name per statement (" +
          std::to_string(statements) + "), in the questionnaire's order."));
    }
    out.extra_names = std::move(*lists);
  }
  return out;
}

// How the reader laid the input out (engine.d.ts, CsvLayout), or null while it is undecided.
val layout_to_val(const std::optional<CsvLayout>& layout) {
  if (!layout) return val::null();
  ValSink out;
  out.StartObject();
  out.Key("separator");
  out.String(std::string_view(&layout->separator, 1));
  out.Key("separatorDetected");
  out.Bool(layout->separator_detected);
  out.Key("headerLine");
  out.Int(layout->header_line);
  out.Key("byName");
  out.Bool(layout->by_name);
  out.Key("names");
  out.StartArray();
  for (const std::string& name : layout->names) out.String(name);
  out.EndArray();
  out.Key("idField");
  if (layout->id_field) {
    out.Int(static_cast<int>(*layout->id_field));
  } else {
    out.Null();
  }
  out.Key("answerFields");
  out.StartArray();
  for (const std::size_t field : layout->answer_fields) out.Int(static_cast<int>(field));
  out.EndArray();
  out.EndObject();
  return out.take();
}

// Why the input cannot be used at all ({ code, item, message }), or null.
val problem_to_val(const std::optional<AnswerError>& problem) {
  if (!problem) return val::null();
  ValSink out;
  write_error(out, *problem);
  return out.take();
}

}  // namespace crossroads::bindings
