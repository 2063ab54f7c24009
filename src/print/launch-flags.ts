/** Flags for a headless browser on a closed, shared machine: no sandbox (root), no GPU, no network chatter. */
export const LAUNCH_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--font-render-hinting=none",
];
