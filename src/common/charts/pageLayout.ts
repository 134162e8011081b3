// The analytics pages' outer box. A one-column grid whose column may shrink to nothing: wide
// tables (a column per category) then scroll inside their own region instead of widening
// react-admin's flex layout past the window and pushing the menu off screen.
export const pageLayout = {
  p: { xs: 1, md: 2 },
  display: "grid",
  gridTemplateColumns: "minmax(0, 1fr)",
} as const;
