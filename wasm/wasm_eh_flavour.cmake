# loopscope_copy_library(TARGET COPY [RENAME old new ...]): a static library COPY built
# from TARGET's sources with its include directories, definitions, options and link
# libraries, where each RENAME pair replaces the library `old` by `new` (so that a
# copied library links the copies of the others). The copy is built only when
# something links it.
function(loopscope_copy_library target copy)
  cmake_parse_arguments(PARSE_ARGV 2 copy_of "" "" "RENAME")
  get_target_property(dir ${target} SOURCE_DIR)
  get_target_property(sources ${target} SOURCES)
  list(TRANSFORM sources PREPEND ${dir}/ REGEX "^[^/]")  # relative to the target's directory
  add_library(${copy} STATIC ${sources})
  set_target_properties(${copy} PROPERTIES EXCLUDE_FROM_ALL ON)
  foreach(property INCLUDE_DIRECTORIES INTERFACE_INCLUDE_DIRECTORIES INTERFACE_SYSTEM_INCLUDE_DIRECTORIES
      COMPILE_DEFINITIONS INTERFACE_COMPILE_DEFINITIONS COMPILE_OPTIONS INTERFACE_COMPILE_OPTIONS
      INTERFACE_LINK_OPTIONS LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
    get_target_property(value ${target} ${property})
    if(NOT value)
      continue()
    endif()
    set(renames ${copy_of_RENAME})
    while(renames)
      list(POP_FRONT renames old new)
      list(TRANSFORM value REPLACE "^${old}$" "${new}")
    endwhile()
    set_property(TARGET ${copy} PROPERTY ${property} "${value}")
  endforeach()
endfunction()

# loopscope_wasm_eh_copies(TARGETS...): for each static library, a copy named
# <target>_weh with WebAssembly exception handling (-fwasm-exceptions) instead of
# emscripten's JS-based exceptions (the two cannot be linked together). Its links to
# the other listed libraries point at their copies. The two engines and the node-run
# CLI (core/cli) link the copies; the test binaries keep the originals. The copies are
# made here, from the targets' properties, so the layers' own CMakeLists.txt need no
# second definition. Which flag a target gets is chosen by the LOOPSCOPE_WASM_EH
# property (the top-level CMakeLists.txt).
function(loopscope_wasm_eh_copies)
  set(renames)
  foreach(target IN LISTS ARGN)
    list(APPEND renames ${target} ${target}_weh)
  endforeach()
  foreach(target IN LISTS ARGN)
    loopscope_copy_library(${target} ${target}_weh RENAME ${renames})
    set_target_properties(${target}_weh PROPERTIES LOOPSCOPE_WASM_EH ON)
  endforeach()
endfunction()
