// Who reviewed, their conflict-of-interest declaration and the member's accountable manager.
// PSeMS values an independent review for having no internal bias and no conflict of interest,
// so the form says plainly that such a review cannot be saved without the declaration; the
// server enforces it and its message appears at the declaration.
import { TextInput, maxLength, useTranslate } from "react-admin";
import { Alert } from "@mui/material";
import { useWatch } from "react-hook-form";
import { needsIndependentReviewer, type AssessmentKind } from "../../domain";
import { DeclarationInput } from "./DeclarationInput";

export function AssessmentReviewerInputs() {
  const translate = useTranslate();
  const kind = useWatch<{ kind?: AssessmentKind }>({ name: "kind" });
  const independent = kind !== undefined && needsIndependentReviewer(kind);
  return (
    <>
      {independent && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate("manager.assessment.independentExplained")}
        </Alert>
      )}
      <TextInput
        source="reviewerName"
        validate={maxLength(120)}
        helperText={
          independent
            ? "manager.assessment.reviewerRequired"
            : "manager.assessment.reviewerOptional"
        }
      />
      <DeclarationInput
        source="conflictOfInterestDeclared"
        label="manager.assessment.declaration"
        helperText={
          independent
            ? "manager.assessment.declarationRequired"
            : "manager.assessment.declarationOptional"
        }
      />
      <TextInput
        source="accountableManager"
        validate={maxLength(120)}
        helperText="manager.assessment.accountableManagerHelp"
      />
    </>
  );
}
