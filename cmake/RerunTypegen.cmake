# Build the generated C++ with CMake:
#
#   include(/path/to/rerun-typegen/cmake/RerunTypegen.cmake)
#   target_link_libraries(my_program PRIVATE rerun_typegen)
#
# defines two targets:
#   rerun_typegen::arrow  IMPORTED: the Arrow C++ inside the pyarrow wheel (headers as SYSTEM, the
#                         versioned libarrow.so.<so_version>); the wheel ships no CMake package.
#   rerun_typegen         the generated code and the C++ runtime as a library, C++20, with the
#                         include paths PUBLIC and rerun_typegen::arrow linked.
#
# Every path and file comes from `codegen cpp-flags` (with --libs, --sources), run by a Python that
# has codegen and pyarrow installed: Python3_EXECUTABLE if set, else this repository's .venv, else
# the one FindPython3 finds. RERUN_TYPEGEN_PROJECT is the project whose generated/ is built (default:
# this repository); run `codegen build` there first.
include_guard(GLOBAL)

get_filename_component(_rerun_typegen_repo "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
set(RERUN_TYPEGEN_PROJECT "${_rerun_typegen_repo}" CACHE PATH
    "project directory (holding pyproject.toml) whose generated C++ the rerun_typegen target builds")
if(NOT DEFINED Python3_EXECUTABLE AND EXISTS "${_rerun_typegen_repo}/.venv/bin/python")
    set(Python3_EXECUTABLE "${_rerun_typegen_repo}/.venv/bin/python")
endif()
find_package(Python3 REQUIRED COMPONENTS Interpreter)

# The output of `codegen --project <project> <args>`, as a list of words (--sources: of lines).
function(_rerun_typegen_codegen output)
    execute_process(
        COMMAND "${Python3_EXECUTABLE}" -m codegen --project "${RERUN_TYPEGEN_PROJECT}" ${ARGN}
        OUTPUT_VARIABLE text
        ERROR_VARIABLE errors
        RESULT_VARIABLE status
        OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT status EQUAL 0)
        list(JOIN ARGN " " command)
        message(FATAL_ERROR "rerun_typegen: `codegen ${command}` failed, run by ${Python3_EXECUTABLE} "
            "(set Python3_EXECUTABLE to a Python that has codegen installed):\n${errors}")
    endif()
    if("--sources" IN_LIST ARGN)
        string(REPLACE "\n" ";" words "${text}")
    else()
        separate_arguments(words UNIX_COMMAND "${text}")
    endif()
    set(${output} "${words}" PARENT_SCOPE)
endfunction()

# The compiler flags: -std=c++20 (cxx_std_20 below), -I<dir> of our code, -isystem <dir> of Arrow's.
_rerun_typegen_codegen(_rerun_typegen_flags cpp-flags)
set(_rerun_typegen_includes "")
set(_rerun_typegen_arrow_includes "")
set(_rerun_typegen_next_is_system FALSE)
foreach(flag IN LISTS _rerun_typegen_flags)
    if(_rerun_typegen_next_is_system)
        list(APPEND _rerun_typegen_arrow_includes "${flag}")
        set(_rerun_typegen_next_is_system FALSE)
    elseif(flag STREQUAL "-isystem")
        set(_rerun_typegen_next_is_system TRUE)
    elseif(flag MATCHES "^-I(.+)$")
        list(APPEND _rerun_typegen_includes "${CMAKE_MATCH_1}")
    elseif(NOT flag STREQUAL "-std=c++20")
        message(FATAL_ERROR "rerun_typegen: unexpected `${flag}` from `codegen cpp-flags`")
    endif()
endforeach()

# The linker flags: -L<dir> -l:<versioned name> -Wl,-rpath,<dir>.
_rerun_typegen_codegen(_rerun_typegen_libs cpp-flags --libs)
set(_rerun_typegen_link_options "")
foreach(flag IN LISTS _rerun_typegen_libs)
    if(flag MATCHES "^-L(.+)$")
        set(_rerun_typegen_arrow_dir "${CMAKE_MATCH_1}")
    elseif(flag MATCHES "^-l:(.+)$")
        set(_rerun_typegen_arrow_name "${CMAKE_MATCH_1}")
    elseif(flag MATCHES "^-Wl,")
        list(APPEND _rerun_typegen_link_options "${flag}")  # the rpath, kept in installed programs too
    else()
        message(FATAL_ERROR "rerun_typegen: unexpected `${flag}` from `codegen cpp-flags --libs`")
    endif()
endforeach()

add_library(rerun_typegen::arrow SHARED IMPORTED GLOBAL)
set_target_properties(rerun_typegen::arrow PROPERTIES
    IMPORTED_LOCATION "${_rerun_typegen_arrow_dir}/${_rerun_typegen_arrow_name}"
    IMPORTED_SONAME "${_rerun_typegen_arrow_name}"
    INTERFACE_INCLUDE_DIRECTORIES "${_rerun_typegen_arrow_includes}"
    INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${_rerun_typegen_arrow_includes}"
    INTERFACE_LINK_OPTIONS "${_rerun_typegen_link_options}")

_rerun_typegen_codegen(_rerun_typegen_sources cpp-flags --sources)
add_library(rerun_typegen ${_rerun_typegen_sources})
target_compile_features(rerun_typegen PUBLIC cxx_std_20)
set_target_properties(rerun_typegen PROPERTIES CXX_EXTENSIONS OFF)
target_include_directories(rerun_typegen PUBLIC ${_rerun_typegen_includes})
target_link_libraries(rerun_typegen PUBLIC rerun_typegen::arrow)
