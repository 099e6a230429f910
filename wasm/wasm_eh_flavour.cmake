# loopscope_wasm_eh_copies(TARGETS...): for each static library, a copy named
# <target>_weh built from the same sources, include directories, definitions and
# options, but with WebAssembly exception handling (-fwasm-exceptions) instead of
# emscripten's JS-based exceptions (the two cannot be linked together). Its links to
# the other listed libraries point at their copies. The two engines and the node-run
# CLI (core/cli) link the copies; the test binaries keep the originals. The copies are made here, from the targets'
# properties, so the layers' own CMakeLists.txt need no second definition. Which
# flag a target gets is chosen by the LOOPSCOPE_WASM_EH property (the top-level
# CMakeLists.txt).
function(loopscope_wasm_eh_copies)
  set(targets ${ARGN})
  foreach(target IN LISTS targets)
    get_target_property(dir ${target} SOURCE_DIR)
    get_target_property(sources ${target} SOURCES)
    set(absolute_sources)
    foreach(source IN LISTS sources)
      if(IS_ABSOLUTE ${source})
        list(APPEND absolute_sources ${source})
      else()
        list(APPEND absolute_sources ${dir}/${source})
      endif()
    endforeach()
    add_library(${target}_weh STATIC ${absolute_sources})
    set_target_properties(${target}_weh PROPERTIES LOOPSCOPE_WASM_EH ON EXCLUDE_FROM_ALL ON)
    foreach(property INCLUDE_DIRECTORIES INTERFACE_INCLUDE_DIRECTORIES INTERFACE_SYSTEM_INCLUDE_DIRECTORIES
        COMPILE_DEFINITIONS INTERFACE_COMPILE_DEFINITIONS COMPILE_OPTIONS INTERFACE_COMPILE_OPTIONS
        INTERFACE_LINK_OPTIONS)
      get_target_property(value ${target} ${property})
      if(value)
        set_property(TARGET ${target}_weh PROPERTY ${property} "${value}")
      endif()
    endforeach()
    foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
      get_target_property(libraries ${target} ${property})
      if(NOT libraries)
        continue()
      endif()
      set(mapped)
      foreach(library IN LISTS libraries)
        if(library IN_LIST targets)
          list(APPEND mapped ${library}_weh)
        else()
          list(APPEND mapped ${library})
        endif()
      endforeach()
      set_property(TARGET ${target}_weh PROPERTY ${property} "${mapped}")
    endforeach()
  endforeach()
endfunction()
