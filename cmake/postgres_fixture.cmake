# A throwaway PostgreSQL server for the tests that need one, as a ctest fixture: postgres_start
# makes and starts it (scripts/test-postgres) before the first such test, postgres_stop removes
# it after the last. Tests join with parindex_use_postgres(); they find the server through the
# PARINDEX_TEST_POSTGRES environment variable, the admin URL in PARINDEX_TEST_POSTGRES_URL.
# Two build trees testing at once need different ports.
set(PARINDEX_TEST_POSTGRES_PORT 55432 CACHE STRING
    "Port of the throwaway PostgreSQL server the tests start on 127.0.0.1")
set(PARINDEX_TEST_POSTGRES_DIR /tmp/parindex-test-pg-${PARINDEX_TEST_POSTGRES_PORT})
set(PARINDEX_TEST_POSTGRES_URL
    postgresql://postgres@127.0.0.1:${PARINDEX_TEST_POSTGRES_PORT}/postgres)
set(PARINDEX_TEST_POSTGRES_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/../scripts/test-postgres)
cmake_path(NORMAL_PATH PARINDEX_TEST_POSTGRES_SCRIPT)

add_test(NAME postgres_start
         COMMAND ${PARINDEX_TEST_POSTGRES_SCRIPT} start ${PARINDEX_TEST_POSTGRES_DIR}
                 ${PARINDEX_TEST_POSTGRES_PORT})
set_tests_properties(postgres_start PROPERTIES
    FIXTURES_SETUP postgres LABELS "postgresql" TIMEOUT 120)
add_test(NAME postgres_stop
         COMMAND ${PARINDEX_TEST_POSTGRES_SCRIPT} stop ${PARINDEX_TEST_POSTGRES_DIR})
set_tests_properties(postgres_stop PROPERTIES
    FIXTURES_CLEANUP postgres LABELS "postgresql" TIMEOUT 120)

# parindex_use_postgres(TESTS...): the tests (add_test names, in the calling directory) run
# with the server up and its URL in PARINDEX_TEST_POSTGRES.
function(parindex_use_postgres)
    foreach(test IN LISTS ARGN)
        set_property(TEST ${test} APPEND PROPERTY FIXTURES_REQUIRED postgres)
        set_property(TEST ${test} APPEND PROPERTY
            ENVIRONMENT "PARINDEX_TEST_POSTGRES=${PARINDEX_TEST_POSTGRES_URL}")
    endforeach()
endfunction()
