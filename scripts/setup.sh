#!/usr/bin/env bash
# One-step set-up on Debian or Ubuntu: installs the browser, PDF tools, fonts and the LibreOffice
# Writer that masterplan and its tests use (only those missing), installs the npm packages,
# compiles masterplan, puts the `masterplan` command on the PATH (npm link), then builds the
# bundled Kabupaten Purbalingga masterplan into dist/.
#   bash scripts/setup.sh            set up and build
#   bash scripts/setup.sh --no-build set up only
set -euo pipefail
cd "$(dirname "$0")/.."

have_browser() {
  [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ] && [ -x "$PUPPETEER_EXECUTABLE_PATH" ] && return 0
  for b in /usr/lib/chromium/chromium /usr/bin/chromium /usr/bin/chromium-browser \
    /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
    [ -x "$b" ] && return 0
  done
  return 1
}

need=()
have_browser || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
fc-list 2>/dev/null | grep -qi "Liberation Serif" || need+=(fonts-liberation)
# TeX Gyre Bonum, the free Bookman design the Lampiran is set in when Bookman Old Style is absent.
[ -f /usr/share/texmf/fonts/opentype/public/tex-gyre/texgyrebonum-regular.otf ] || need+=(fonts-texgyre)
# LibreOffice Writer, without its desktop: the tests open each DOCX with it, as a reader would.
# Building a DOCX does not need it.
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)

if [ ${#need[@]} -gt 0 ]; then
  echo "Installing system packages: ${need[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
npm run build:ts

# The `masterplan` command: a link from npm's global bin folder to this checkout.
if ! npm link --no-audit --no-fund >/dev/null 2>&1; then
  echo "Could not link the masterplan command into $(npm prefix -g)/bin (no permission?)." >&2
  echo "Run 'sudo npm link' here, or use 'node bin/masterplan.js' in place of 'masterplan'." >&2
fi

if [ "${1:-}" != "--no-build" ]; then
  node bin/masterplan.js build masterplan
fi
