# parindex_embed(TARGET FUNCTION FILES...): compiles FILES into TARGET as data, reachable through
# `std::span<const parindex::EmbeddedFile> FUNCTION()` (declare it where it is used). Used for
# the SQL migrations and the demo plan, so the binary needs no files beside it.
set(PARINDEX_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/embed_generate.cmake)

function(parindex_embed target function)
    set(output ${CMAKE_CURRENT_BINARY_DIR}/${function}.cpp)
    add_custom_command(
        OUTPUT ${output}
        COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} -DFUNCTION=${function} "-DFILES=${ARGN}"
                -P ${PARINDEX_EMBED_SCRIPT}
        DEPENDS ${ARGN} ${PARINDEX_EMBED_SCRIPT}
        COMMENT "Embedding ${function}"
        VERBATIM)
    target_sources(${target} PRIVATE ${output})
endfunction()
