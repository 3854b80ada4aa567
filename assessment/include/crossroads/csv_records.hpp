#pragma once
// Where the records of a CSV text end: the one rule the reader (csv_reader.cpp) and the CLI's
// block cutter (cli/csv_pipeline.cpp) share, so that a block cut there reads on its own exactly as
// the whole text does.
#include <cstddef>
#include <string_view>

namespace crossroads {

// Where records end in a CSV text: at a newline outside a quoted field, so a quoted field may
// hold line breaks (a form's comment in paragraphs). A quote opens a field only at its start (the
// start of a line, or after a comma, semicolon or tab, whichever the separator: the rule must
// hold before the separator is known); elsewhere it is text, as in `27" screen`. A record ends at
// its 50th line whatever its quotes, so a quote never closed swallows no more. CsvReader reads
// records by it; the CLI cuts its blocks by it, so that each block starts with a record.
class CsvRecordEnds {
 public:
  // The next line, without its newline, in input order: 0 when the record goes on past it, else
  // the lines the record that ends with it spans.
  int end_line(std::string_view line);
  // Bytes after the last newline given, which the next line continues.
  void partial(std::string_view rest);
  // Reads a text that follows all text given before; returns the offset just past the last
  // record end in it, or npos when no record ends in it.
  std::size_t last_end(std::string_view text);
  // Line breaks inside the record under way.
  [[nodiscard]] int lines() const { return lines_; }
  // Whether the text given since the last record end leaves a quoted field open.
  [[nodiscard]] bool in_quotes() const { return state_ == State::quoted; }
  void reset() { *this = CsvRecordEnds(); }

 private:
  enum class State {
    field_start,  // where a quote opens a quoted field
    plain,        // inside a field without quotes, or after a quoted field's closing quote
    quoted,       // inside a quoted field
    quote_seen,   // a quote inside a quoted field: it closes the field unless another follows
  };
  void scan(std::string_view text);
  State state_ = State::field_start;
  int lines_ = 0;
};

}  // namespace crossroads
