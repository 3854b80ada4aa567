#pragma once
// The engine's Sink (crossroads/sink.hpp) as JavaScript objects: the calls are recorded on a
// compact tape in WASM memory and one JS function (val_sink.cpp) builds the whole value from it,
// so a result costs one call across the seam, not one per field. No JSON text is involved.
#include <emscripten/val.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "crossroads/batch_columns.hpp"
#include "crossroads/sink.hpp"

namespace crossroads::bindings {

class ValSink final : public Sink {
 public:
  void StartObject() override { tape_.push_back(kStartObject); }
  void EndObject() override { tape_.push_back(kEnd); }
  void StartArray() override { tape_.push_back(kStartArray); }
  void EndArray() override { tape_.push_back(kEnd); }
  void Key(std::string_view key) override { text(kKey, key); }
  void String(std::string_view value) override { text(kString, value); }
  void Int(int value) override {
    tape_.push_back(kInt);
    tape_.push_back(value);
  }
  void Count(double whole) override { Double(whole); }
  void Double(double value) override {
    tape_.push_back(kDouble);
    tape_.push_back(static_cast<std::int32_t>(doubles_.size()));
    doubles_.push_back(value);
  }
  void Bool(bool value) override { tape_.push_back(value ? kTrue : kFalse); }
  void Null() override { tape_.push_back(kNull); }

  // The value written so far (one complete value), as a JS value; the sink is empty after.
  emscripten::val take();

  enum Op : std::int32_t {
    kStartObject,
    kStartArray,
    kEnd,
    kKey,
    kString,
    kInt,
    kDouble,
    kTrue,
    kFalse,
    kNull
  };

 private:
  void text(Op op, std::string_view s) {
    tape_.push_back(op);
    tape_.push_back(static_cast<std::int32_t>(bytes_.size()));
    tape_.push_back(static_cast<std::int32_t>(s.size()));
    bytes_.append(s);
  }
  std::vector<std::int32_t> tape_;
  std::string bytes_;
  std::vector<double> doubles_;
};

// { ok: false, error: { code, item, message } } (write_failure).
emscripten::val failure_to_val(const AnswerError& e);
// Strings as one JS array in one call (ids of a batch).
emscripten::val strings_to_array(const std::vector<std::string>& strings);
// A batch's errors as [{ row, id, error: { code, item, message } }], in one call: what
// write_error writes for each, without a key per field on the tape.
emscripten::val errors_to_array(const std::vector<RowError>& errors);

}  // namespace crossroads::bindings
