# SPDX-License-Identifier: GPL-2.0-or-later
# Shell functions (sourced, not run) that read this machine's apt
# configuration, so that scripts use the Debian archive the machine is set up
# with (a mirror, a proxy, a local copy) and never name one themselves.

# This machine's Debian release codename (bookworm, trixie, ...).
host_codename() {
    (. /etc/os-release && echo "$VERSION_CODENAME")
}

# apt_archive_uri SUITE: the URI of the archive apt's binary entries fetch
# SUITE from (bookworm, bookworm-security, ...); empty when none does.
apt_archive_uri() {
    # shellcheck disable=SC2016
    apt-get indextargets --format '$(RELEASE) $(REPO_URI)' 'Created-By: Packages' 2>/dev/null |
        awk -v suite="$1" '$1 == suite { print $2; exit }'
}

# apt_debian_archive: the archive of this machine's own release; an error
# when apt's configuration has none.
apt_debian_archive() {
    uri=$(apt_archive_uri "$(host_codename)")
    [ -n "$uri" ] || {
        echo "apt's configuration has no entry for Debian $(host_codename): add one to /etc/apt/sources.list.d" >&2
        return 1
    }
    echo "$uri"
}

# apt_security_archive: the archive of this release's security updates;
# empty when apt's configuration has none.
apt_security_archive() {
    apt_archive_uri "$(host_codename)-security"
}
