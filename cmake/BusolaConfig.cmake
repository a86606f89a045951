# One INTERFACE target carries the language standard, the Qt defines and the warnings, so every
# Busola target is built the same way and CI can turn warnings into errors in one place.
add_library(busola_config INTERFACE)
target_compile_features(busola_config INTERFACE cxx_std_17)
target_compile_definitions(busola_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(busola_config INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                                   -Wnon-virtual-dtor -Wcast-align)
    if(BUSOLA_WERROR)
        target_compile_options(busola_config INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(busola_config INTERFACE /W4 /utf-8)
    if(BUSOLA_WERROR)
        target_compile_options(busola_config INTERFACE /WX)
    endif()
endif()

# AddressSanitizer + UndefinedBehaviorSanitizer for the whole build (tests included); the test
# command runs the suite once more under it.
option(BUSOLA_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(BUSOLA_SANITIZE)
    target_compile_options(busola_config INTERFACE -fsanitize=address,undefined
                                                   -fno-sanitize-recover=undefined
                                                   -fno-omit-frame-pointer)
    target_link_options(busola_config INTERFACE -fsanitize=address,undefined)
endif()
