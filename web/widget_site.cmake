# The embeddable widget and the pages around it, staged into the site next to the
# playground (included by wasm/CMakeLists.txt after its `site` target):
#   loopscope.js, chunks/ the widget (<loopscope-playground>), bundled by esbuild
#   embed.html, embed.js  the iframe form
#   embedding.html        the embedding guide
#   tutorial/index.html   ../shared/seed/asyncio-tutorial.md with live examples
#   pages.css, embed.css  the pages' style sheets (files, for a strict CSP)
file(GLOB WIDGET_SCRIPTS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/web/src/*.js ${PROJECT_SOURCE_DIR}/web/src/widget/*.js)
set(WIDGET_ESBUILD_FLAGS --bundle --format=esm --minify --target=es2022 --log-level=warning)
# Split: the editor (CodeMirror) is a chunk loaded when a widget first needs it, so
# the small loopscope.js starts the engine's compilation early. Engine code stays in
# loopscope.js (it finds the engines' .mjs/.wasm beside itself).
add_custom_command(
  OUTPUT ${SITE_DIR}/loopscope.js ${SITE_DIR}/embed.js
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${SITE_DIR}/chunks
  COMMAND ${CMAKE_COMMAND} -E make_directory ${SITE_DIR}
  COMMAND ${ESBUILD} ${PROJECT_SOURCE_DIR}/web/src/widget/loopscope.js ${PROJECT_SOURCE_DIR}/web/src/widget/embed.js
    ${WIDGET_ESBUILD_FLAGS} --splitting --chunk-names=chunks/[name]-[hash] --outdir=${SITE_DIR}
    --external:./loopscope_web.mjs --external:./loopscope_web_asyncify.mjs --external:./loopscope.js
  DEPENDS ${WIDGET_SCRIPTS} ${PROJECT_SOURCE_DIR}/web/package-lock.json
  COMMENT "Bundling the widget's script (esbuild)")

set(TUTORIAL_SOURCE ${PROJECT_SOURCE_DIR}/../shared/seed/asyncio-tutorial.md)
add_custom_command(
  OUTPUT ${SITE_DIR}/tutorial/index.html
  COMMAND ${CMAKE_COMMAND} -E make_directory ${SITE_DIR}/tutorial
  COMMAND node ${PROJECT_SOURCE_DIR}/web/tutorial/build_tutorial.mjs ${PROJECT_SOURCE_DIR} ${SITE_DIR}/tutorial/index.html
  DEPENDS ${TUTORIAL_SOURCE} ${PROJECT_SOURCE_DIR}/web/tutorial/build_tutorial.mjs
    ${PROJECT_SOURCE_DIR}/web/tutorial/template.html ${PROJECT_SOURCE_DIR}/web/package-lock.json
  COMMENT "Rendering the tutorial page (markdown-it)")

set(WIDGET_PAGES embed.html embed.css embedding.html pages.css)
list(TRANSFORM WIDGET_PAGES PREPEND ${PROJECT_SOURCE_DIR}/web/)
add_custom_target(widget_site
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${WIDGET_PAGES} ${SITE_DIR}
  DEPENDS ${WIDGET_PAGES} ${SITE_DIR}/loopscope.js ${SITE_DIR}/embed.js ${SITE_DIR}/tutorial/index.html
  COMMENT "Staging the widget, the tutorial and the embedding guide")
add_dependencies(site widget_site)

# The engine's JS never evaluates strings as code (no eval, no new Function), so the
# widget works under a Content-Security-Policy without 'unsafe-eval'.
foreach(engine loopscope_web loopscope_web_asyncify)
  target_link_options(${engine} PRIVATE -sDYNAMIC_EXECUTION=0)
endforeach()
