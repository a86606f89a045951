# CPack NSIS settings for Windows — UNTESTED here (see README.md beside this file).
set(CPACK_NSIS_DISPLAY_NAME "Busola")
set(CPACK_NSIS_PACKAGE_NAME "Busola")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/../icons/busola.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\busola.exe")
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Busola.lnk' '$INSTDIR\\\\bin\\\\busola.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Busola.lnk'")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    "WriteRegStr HKCR '.csv\\\\OpenWithList\\\\busola.exe' '' ''
     WriteRegStr HKCR '.xlsx\\\\OpenWithList\\\\busola.exe' '' ''
     WriteRegStr HKCR '.xls\\\\OpenWithList\\\\busola.exe' '' ''
     WriteRegStr HKCR '.ods\\\\OpenWithList\\\\busola.exe' '' ''
     WriteRegStr HKCR 'Applications\\\\busola.exe\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\busola.exe\\\" \\\"%1\\\"'")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
