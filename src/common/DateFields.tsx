// Date fields that always format in en-GB, Europe/London, whatever the browser's settings.
import { useFieldValue, type FieldProps } from "react-admin";
import { Typography } from "@mui/material";
import { formatDate, formatDateTime } from "./dates";

interface DateFieldProps extends FieldProps {
  source: string;
  /** Shown when there is no date yet, e.g. "Not yet assessed". */
  emptyText?: string;
}

function DateText({
  value,
  format,
  emptyText = "",
}: {
  value: unknown;
  format: (iso: string) => string;
  emptyText?: string;
}) {
  return (
    <Typography component="span" variant="body2">
      {typeof value === "string" && value !== "" ? (
        <time dateTime={value}>{format(value)}</time>
      ) : (
        emptyText
      )}
    </Typography>
  );
}

export function DateTimeField(props: DateFieldProps) {
  const value: unknown = useFieldValue(props);
  return (
    <DateText
      value={value}
      format={formatDateTime}
      emptyText={props.emptyText}
    />
  );
}

export function DateOnlyField(props: DateFieldProps) {
  const value: unknown = useFieldValue(props);
  return (
    <DateText value={value} format={formatDate} emptyText={props.emptyText} />
  );
}
