// One 0–4 maturity choice per PSeMS element. The element list is data (the live framework):
// an admin may add, rename or reorder elements without a code change.
import { SelectInput, useTranslate } from "react-admin";
import { Typography } from "@mui/material";
import { defaultPsemsElements } from "../../domain";
import { maturityChoices } from "./maturityLevels";
import { usePsemsFramework } from "./usePsemsFramework";

export function AssessmentScoreInputs() {
  const translate = useTranslate();
  const { data } = usePsemsFramework();
  const elements = data?.elements ?? defaultPsemsElements;
  return (
    <>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate("manager.assessment.scoresHelp")}
      </Typography>
      {elements.map((element) => (
        <SelectInput
          key={element.key}
          source={`scores.${element.key}`}
          label={element.name}
          choices={maturityChoices}
          emptyText="Not scored"
        />
      ))}
    </>
  );
}
