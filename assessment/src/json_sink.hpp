#pragma once
// The engine's JSON writer as a Sink (sink.hpp), private to the engine: result_json.cpp and
// team_insight_json.cpp describe values once and run them through it for the *_to_json functions.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "crossroads/sink.hpp"

namespace crossroads {

class JsonSink final : public Sink {
 public:
  void StartObject() override { w_.StartObject(); }
  void EndObject() override { w_.EndObject(); }
  void StartArray() override { w_.StartArray(); }
  void EndArray() override { w_.EndArray(); }
  void Key(std::string_view key) override {
    w_.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  }
  void String(std::string_view value) override {
    w_.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  }
  void Int(int value) override { w_.Int(value); }
  void Count(double whole) override { w_.Int64(static_cast<std::int64_t>(whole)); }
  void Double(double value) override { w_.Double(value); }
  void Bool(bool value) override { w_.Bool(value); }
  void Null() override { w_.Null(); }

  [[nodiscard]] std::string text() const { return {buffer_.GetString(), buffer_.GetSize()}; }

 private:
  rapidjson::StringBuffer buffer_;
  rapidjson::Writer<rapidjson::StringBuffer> w_{buffer_};
};

// The JSON text of what `write` writes on a sink.
template <class Write>
std::string json_of(const Write& write) {
  JsonSink sink;
  write(sink);
  return sink.text();
}

}  // namespace crossroads
