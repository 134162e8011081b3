// The reviewer's conflict-of-interest declaration as a checkbox whose help text and error are
// tied to it (aria-describedby, aria-invalid), so a screen reader hears why a save was refused.
// react-admin's BooleanInput shows the message but does not associate it with the switch.
import { useId } from "react";
import { useInput, useTranslate } from "react-admin";
import {
  Checkbox,
  FormControl,
  FormControlLabel,
  FormHelperText,
} from "@mui/material";

export function DeclarationInput({
  source,
  label,
  helperText,
}: {
  source: string;
  label: string;
  helperText: string;
}) {
  const translate = useTranslate();
  const helperId = useId();
  const { field, fieldState } = useInput({ source });
  const error = fieldState.error?.message;
  return (
    <FormControl error={Boolean(error)} sx={{ mb: 2 }}>
      <FormControlLabel
        label={translate(label)}
        control={
          <Checkbox
            name={field.name}
            inputRef={field.ref}
            checked={Boolean(field.value)}
            onChange={(event) => {
              field.onChange(event.target.checked);
              field.onBlur();
            }}
            slotProps={{
              input: {
                "aria-describedby": helperId,
                "aria-invalid": Boolean(error),
              },
            }}
          />
        }
      />
      <FormHelperText id={helperId}>
        {error ? translate(error, { _: error }) : translate(helperText)}
      </FormHelperText>
    </FormControl>
  );
}
