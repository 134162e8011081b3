// A step's heading that takes focus when the step appears, so a screen reader user hears that
// the page moved on (the sign-in steps replace one another in place).
import { useEffect, useRef, type ReactNode } from "react";
import { Typography } from "@mui/material";

export function FocusedHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Typography
      ref={heading}
      tabIndex={-1}
      component="h2"
      variant="h6"
      gutterBottom
      sx={{ "&:focus": { outline: "none" } }}
    >
      {children}
    </Typography>
  );
}
