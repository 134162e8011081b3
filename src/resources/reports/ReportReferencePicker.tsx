// Finds a report by reference (or words of its summary) as the officer types.
import { useState } from "react";
import { useGetList } from "react-admin";
import { Autocomplete, TextField } from "@mui/material";
import type { Report } from "../../domain";

interface ReportReferencePickerProps {
  label: string;
  helperText: string;
  value: Report | null;
  onChange: (report: Report | null) => void;
  /** Reports that may not be chosen (e.g. the selected duplicates themselves). */
  excludeIds?: readonly string[];
}

export function ReportReferencePicker({
  label,
  helperText,
  value,
  onChange,
  excludeIds = [],
}: ReportReferencePickerProps) {
  const [input, setInput] = useState("");
  const search = input.trim();
  const { data = [], isFetching } = useGetList<Report>(
    "reports",
    {
      filter: { q: search },
      pagination: { page: 1, perPage: 10 },
      sort: { field: "receivedAt", order: "DESC" },
    },
    // The API searches from two characters.
    { enabled: search.length >= 2 },
  );
  return (
    <Autocomplete
      options={data.filter((r) => !excludeIds.includes(r.id))}
      value={value}
      onChange={(_event, report) => onChange(report)}
      inputValue={input}
      onInputChange={(_event, text) => setInput(text)}
      getOptionLabel={(report) => report.reference}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(options) => options}
      loading={isFetching}
      renderOption={(props, report) => (
        <li {...props} key={report.id}>
          {report.reference} — {report.summary}
        </li>
      )}
      renderInput={(params) => (
        <TextField {...params} label={label} helperText={helperText} />
      )}
    />
  );
}
