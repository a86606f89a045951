# busola_add_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [GUI] [POSTGRES])
# One place registers a test: Qt Test executable, CTest entry, offscreen platform for widget
# tests, and QFINDTESTDATA pointed at tests/data. POSTGRES adds <name>_pg, the same program on
# the PostgreSQL server of BUSOLA_TEST_PG (tests/support/teststore.h; skipped without one).
function(busola_add_test)
    cmake_parse_arguments(ARG "GUI;POSTGRES" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE busola_config busola_models Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${ARG_NAME} PRIVATE
        BUSOLA_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        BUSOLA_SHARED_DATA="${PROJECT_SOURCE_DIR}/../shared/data/public")
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set(env "LC_ALL=C.UTF-8")
    if(ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    if(BUSOLA_SANITIZE)
        # Any report fails the test: UBSan stops at the first finding, ASan checks for leaks
        # at exit (suppressed only inside system libraries, see lsan.supp). The busola
        # processes the CLI tests start inherit this.
        list(APPEND env
             "ASAN_OPTIONS=detect_leaks=1"
             "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1"
             "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0")
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 600)
    target_include_directories(${ARG_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    if(ARG_POSTGRES)
        add_test(NAME ${ARG_NAME}_pg COMMAND ${ARG_NAME})
        set_tests_properties(${ARG_NAME}_pg PROPERTIES
            ENVIRONMENT "${env};BUSOLA_TEST_BACKEND=postgres" TIMEOUT 600)
    endif()
endfunction()
