#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages annuaire needs, if they are missing: chromium renders the PDFs;
# poppler-utils (pdftotext, pdfinfo, pdftoppm), zbar-tools (zbarimg) and qpdf let the tests read them.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || need+=(zbar-tools)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
[ ${#need[@]} -eq 0 ] && exit 0
as_root=()
[ "$(id -u)" -ne 0 ] && as_root=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null
