// One dashboard widget: a titled card with an optional link to where the figures come from.
import type { ReactNode } from "react";
import { Link } from "react-admin";
import { Card, CardContent, Typography } from "@mui/material";

export function DashboardCard({
  title,
  link,
  children,
}: {
  title: string;
  link?: { to: string; label: string };
  children: ReactNode;
}) {
  return (
    <Card
      variant="outlined"
      component="section"
      aria-label={title}
      sx={{ height: "100%" }}
    >
      <CardContent>
        <Typography variant="h6" component="h3" gutterBottom>
          {title}
        </Typography>
        {children}
        {link && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            <Link to={link.to}>{link.label}</Link>
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

/** A figure with its meaning underneath, e.g. "12" / "overdue reports". */
export function Figure({
  value,
  label,
  urgent,
}: {
  value: string;
  label: string;
  urgent?: boolean;
}) {
  return (
    <div>
      <Typography
        component="p"
        variant="h4"
        sx={{
          fontWeight: urgent ? 700 : 500,
          color: urgent ? "error.main" : "text.primary",
        }}
      >
        {value}
      </Typography>
      <Typography component="p" variant="body2" color="text.secondary">
        {label}
      </Typography>
    </div>
  );
}
