#pragma once
// Where a structured value (a result, a questionnaire, an error) is written to: the engine
// describes each value once, as calls on a Sink, and each front picks its sink. The engine's
// JSON writer is one (result_json.cpp); the WASM bindings build JavaScript objects with another
// (wasm/val_sink.hpp). Calls arrive in document order: a Key before each member's value.
#include <string_view>

namespace crossroads {

class Sink {
 public:
  Sink() = default;
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;
  virtual ~Sink() = default;

  virtual void StartObject() = 0;
  virtual void EndObject() = 0;
  virtual void StartArray() = 0;
  virtual void EndArray() = 0;
  virtual void Key(std::string_view key) = 0;
  virtual void String(std::string_view value) = 0;
  virtual void Int(int value) = 0;
  // A count of rows: a whole number, passed as a double (exact to 2^53) so that no 64-bit integer
  // crosses into the WASM glue, which would need a helper of its own.
  virtual void Count(double whole) = 0;
  virtual void Double(double value) = 0;
  virtual void Bool(bool value) = 0;
  virtual void Null() = 0;
};

}  // namespace crossroads
