// The PortSafe light and dark themes. Every text colour pair meets WCAG 2.2 AA (4.5:1), and the
// focus ring is visible on every surface. react-admin's default app bar (#2196f3 behind white,
// 3.1:1) fails AA, so the app bar uses the JMSC navy instead (14.6:1 with white).
import {
  defaultDarkTheme,
  defaultLightTheme,
  type RaThemeOptions,
} from "react-admin";

/** JMSC navy: the app bar, and primary buttons and links in the light theme. */
export const navy = "#12284c";
/** A high-visibility amber focus ring: 8.9:1 on navy, 10.4:1 on the dark background. */
const focusAmber = "#ffbf47";
/** A blue focus ring for light surfaces: 8.1:1 on white. */
const focusBlue = "#1d4f91";

function focusRing(colour: string) {
  return { outline: `3px solid ${colour}`, outlineOffset: "2px" };
}

/** react-admin's base theme with our palette on top and our component overrides added to its own. */
function portsafeTheme(
  base: RaThemeOptions,
  focusColour: string,
  palette: RaThemeOptions["palette"],
): RaThemeOptions {
  return {
    ...base,
    palette: { ...base.palette, ...palette },
    typography: {
      ...base.typography,
      h1: { fontSize: "1.25rem", fontWeight: 500 },
    },
    components: {
      ...base.components,
      MuiCssBaseline: {
        styleOverrides: {
          "*:focus-visible": focusRing(focusColour),
          "@media (prefers-reduced-motion: reduce)": {
            "*, *::before, *::after": {
              transitionDuration: "0.01ms !important",
              animationDuration: "0.01ms !important",
            },
          },
        },
      },
      MuiButtonBase: {
        styleOverrides: {
          root: { "&.Mui-focusVisible": focusRing(focusColour) },
        },
      },
      MuiAppBar: {
        styleOverrides: {
          root: {
            backgroundColor: navy,
            color: "#ffffff",
            "& *:focus-visible, & .Mui-focusVisible": focusRing(focusAmber),
          },
        },
      },
      MuiLink: { defaultProps: { underline: "always" } },
      // WCAG 2.2 target size (2.5.8): column sort buttons are at least 24 px high, so narrow
      // columns side by side never crowd each other's targets.
      // react-admin keeps the bulk actions toolbar in the page at zero height when nothing is
      // selected: its buttons stay focusable though invisible, and overlap the column headers.
      // Hidden, they leave the tab order and the accessibility tree until a row is selected.
      RaBulkActionsToolbar: {
        styleOverrides: {
          root: {
            "& .RaBulkActionsToolbar-collapsed": { visibility: "hidden" },
          },
        },
      },
      // Every progress bar needs a name (WCAG 4.1.2): react-admin's loading spinners have none.
      MuiCircularProgress: { defaultProps: { "aria-label": "Loading" } },
      MuiLinearProgress: { defaultProps: { "aria-label": "Loading" } },
      MuiTableSortLabel: {
        styleOverrides: { root: { minHeight: 24, minWidth: 24 } },
      },
    },
  };
}

export const lightTheme = portsafeTheme(defaultLightTheme, focusBlue, {
  mode: "light",
  primary: { main: "#1d4f91", contrastText: "#ffffff" },
  secondary: { main: navy, contrastText: "#ffffff" },
  error: { main: "#b00020", contrastText: "#ffffff" },
  // MUI's default warning (#ed6c02) behind white is 3.1:1; these are 6.8:1 and 6.5:1.
  warning: { main: "#8a4b00", contrastText: "#ffffff" },
  success: { main: "#1e6b35", contrastText: "#ffffff" },
  background: { default: "#f5f6f8", paper: "#ffffff" },
  text: { primary: "#1a1a1a", secondary: "#4a4f57" },
});

export const darkTheme = portsafeTheme(defaultDarkTheme, focusAmber, {
  mode: "dark",
  primary: { main: "#90caf9", contrastText: "#0b1c36" },
  secondary: { main: navy, contrastText: "#ffffff" },
  error: { main: "#ffb4ab", contrastText: "#1e1e1e" },
  warning: { main: "#ffcc80", contrastText: "#1e1e1e" },
  success: { main: "#81c995", contrastText: "#1e1e1e" },
  background: { default: "#121212", paper: "#1e1e1e" },
  text: { primary: "#f2f2f2", secondary: "#c4c7cc" },
});
