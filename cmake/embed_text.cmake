# Turns a text file into a C++ header holding it as a string literal, so the engine carries
# its questionnaire without reading any file at run time.
file(READ "${INPUT}" content)
# JSON strings cannot hold a raw line break, so line breaks and the indentation after them are
# layout only: dropping them keeps the embedded text (and the WASM) smaller.
string(REGEX REPLACE "\n *" "" content "${content}")
string(LENGTH "${content}" length)
# Raw string literals are limited in some compilers; split into chunks to stay portable.
# CMake counts bytes, so a cut could fall inside a UTF-8 character (Arabic letters take two bytes)
# and leave each literal with half of one, which compilers warn about: each cut moves back to the
# start of a character (a byte that is not 10xxxxxx).
set(chunk_bytes 2000)
set(chunks "")
set(offset 0)
while(offset LESS length)
  set(size ${chunk_bytes})
  math(EXPR next "${offset} + ${size}")
  while(next LESS length)
    string(SUBSTRING "${content}" ${next} 1 byte)
    string(HEX "${byte}" hex)
    if(NOT hex MATCHES "^[89ab]")
      break()
    endif()
    math(EXPR size "${size} - 1")
    math(EXPR next "${offset} + ${size}")
  endwhile()
  string(SUBSTRING "${content}" ${offset} ${size} piece)
  string(APPEND chunks "R\"crossroads(${piece})crossroads\"\n")
  math(EXPR offset "${offset} + ${size}")
endwhile()
file(WRITE "${OUTPUT}.tmp" "#pragma once\n#include <string_view>\nnamespace crossroads {\ninline constexpr std::string_view ${NAME} =\n${chunks};\n}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
