# SPDX-License-Identifier: GPL-2.0-or-later
# A Debian package: cpack -G DEB in the build folder makes tcpra_<version>_<arch>.deb.
# It installs the plugin into the system plugin folder of the Wireshark it was
# built against, the command line tcpra into /usr/bin, with the README and, when profile/TCPRA exists, the
# Wireshark profile TCPRA (a global profile, offered in every user's
# profile list), and depends on that release's libwireshark.
# Only the "system" component goes in: the install rules for whoever builds
# (personal folders, or the system folder for root) are not part of it.

set(TCPRA_PACKAGE_COMPONENT system)
install(TARGETS tcpra LIBRARY DESTINATION "${Wireshark_PLUGIN_LIBDIR}/epan"
    COMPONENT ${TCPRA_PACKAGE_COMPONENT} EXCLUDE_FROM_ALL)
install(TARGETS tcpra-cli RUNTIME DESTINATION bin
    COMPONENT ${TCPRA_PACKAGE_COMPONENT} EXCLUDE_FROM_ALL)
install(FILES README.md LICENSE DESTINATION share/doc/tcpra
    COMPONENT ${TCPRA_PACKAGE_COMPONENT} EXCLUDE_FROM_ALL)
if(IS_DIRECTORY "${CMAKE_SOURCE_DIR}/profile/TCPRA")
    install(DIRECTORY profile/TCPRA DESTINATION share/wireshark/profiles
        COMPONENT ${TCPRA_PACKAGE_COMPONENT} EXCLUDE_FROM_ALL)
endif()

# libwireshark's soname names its Debian package: libwireshark.so.16 is in
# libwireshark16, which holds Wireshark 4.0 only, and brings in what the
# plugin links with besides (libwsutil, GLib).
get_target_property(_tcpra_epan_configs epan IMPORTED_CONFIGURATIONS)
list(GET _tcpra_epan_configs 0 _tcpra_epan_config)
get_target_property(_tcpra_epan_soname epan IMPORTED_SONAME_${_tcpra_epan_config})
string(REGEX REPLACE "^libwireshark\\.so\\.([0-9]+)$" "libwireshark\\1"
    TCPRA_LIBWIRESHARK_PACKAGE "${_tcpra_epan_soname}")

set(CPACK_GENERATOR DEB)
set(CPACK_COMPONENTS_ALL ${TCPRA_PACKAGE_COMPONENT})
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_SYSTEM_PACKAGE_NAME tcpra)
set(CPACK_DEBIAN_SYSTEM_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_CONTACT "TCPRA developers <tcpra@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
# The command line reads captures with libpcap, compressed ones with zlib.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "${TCPRA_LIBWIRESHARK_PACKAGE} (>= ${Wireshark_MAJOR_VERSION}.${Wireshark_MINOR_VERSION}), libpcap0.8 (>= 1.10), zlib1g")
set(CPACK_DEBIAN_PACKAGE_ENHANCES "wireshark, tshark")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "${PROJECT_DESCRIPTION} plugin for Wireshark ${Wireshark_MAJOR_VERSION}.${Wireshark_MINOR_VERSION}")
set(CPACK_COMPONENT_SYSTEM_DESCRIPTION "A post-dissector that classifies every TCP segment with a configurable
re-implementation of Wireshark's TCP sequence analysis (tcp.analysis.*),
showing the numbers behind each verdict. Filter prefix: tcpra.")
include(CPack)
