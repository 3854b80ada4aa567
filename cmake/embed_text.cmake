# Turns a text file into a C++ header holding it as a string literal, so the engine carries
# its questionnaire without reading any file at run time.
file(READ "${INPUT}" content)
# JSON strings cannot hold a raw line break, so line breaks and the indentation after them are
# layout only: dropping them keeps the embedded text (and the WASM) smaller.
string(REGEX REPLACE "\n *" "" content "${content}")
string(LENGTH "${content}" length)
# Raw string literals are limited in some compilers; split into chunks to stay portable.
set(chunks "")
set(offset 0)
while(offset LESS length)
  string(SUBSTRING "${content}" ${offset} 2000 piece)
  string(APPEND chunks "R\"crossroads(${piece})crossroads\"\n")
  math(EXPR offset "${offset} + 2000")
endwhile()
file(WRITE "${OUTPUT}.tmp" "#pragma once\n#include <string_view>\nnamespace crossroads {\ninline constexpr std::string_view ${NAME} =\n${chunks};\n}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
