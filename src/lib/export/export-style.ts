/** The look every exported picture shares (map and compute view): the system font and the light theme's colours. */
export const EXPORT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
export const EXPORT_COLORS = {
  background: '#ffffff',
  text: '#1c1d1f',
  soft: '#3b3d42',
  muted: '#5c6068',
  border: '#e2e2de',
} as const;
