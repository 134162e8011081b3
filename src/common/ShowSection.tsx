// A titled block of a show page. The page title is the <h1>, so sections are <h2>; the heading
// names the section, so it is a landmark region screen readers can jump to.
import { useId, type ReactNode } from "react";
import { useTranslate } from "react-admin";
import { Stack, Typography } from "@mui/material";

export function ShowSection({
  title,
  children,
}: {
  title: string;
  children: ReactNode;
}) {
  const translate = useTranslate();
  const headingId = useId();
  return (
    <Stack component="section" spacing={1.5} aria-labelledby={headingId}>
      <Typography id={headingId} component="h2" variant="h6">
        {translate(title)}
      </Typography>
      {children}
    </Stack>
  );
}
