#pragma once
// Splitting one CSV record into fields, honouring double quotes: the one splitter the reader (for
// records holding quotes) and the layout decision both use. Private to the engine's CSV files.
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace crossroads {

// How a record split; rows_taken_in is the reader's own finding about a record that split.
enum class Split { ok, quote_open, text_after_quote, rows_taken_in };

// Splits one line into fields, honouring double quotes. Fields are views into the line, or into
// `unescaped` for quoted fields holding "" pairs. Only spaces may follow a field's closing quote:
// other text there means that quote was not the field's own, but closed one left open earlier
// (then the line holds parts of several rows, and must be refused rather than read).
Split split_fields(std::string_view line, char separator, std::vector<std::string_view>& fields,
                   std::deque<std::string>& unescaped);

}  // namespace crossroads
