# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file differs from what .clang-format makes of it.
file(GLOB_RECURSE sources ${ROOT}/app/*.cpp ${ROOT}/app/*.h ${ROOT}/core/*.cpp ${ROOT}/core/*.h
     ${ROOT}/ui/*.cpp ${ROOT}/ui/*.h ${ROOT}/tests/*.cpp ${ROOT}/tests/*.h)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${sources}
    WORKING_DIRECTORY ${ROOT}
    RESULT_VARIABLE rc ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "Files are not formatted; run clang-format -i on them:\n${errors}")
endif()
list(LENGTH sources count)
message(STATUS "clang-format: ${count} files formatted")
