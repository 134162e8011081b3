// The PSeMS framework's inputs: the four step names (the journey always has four steps), the
// elements scored for maturity (key and name, in scoring order) and the review cycle.
import {
  ArrayInput,
  NumberInput,
  SimpleFormIterator,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  regex,
  required,
  useTranslate,
} from "react-admin";
import { Typography } from "@mui/material";
import { defaultReviewCycleYears, psemsStepCount } from "../../domain";
import { alwaysShowItemActions } from "../../resources/assessments/ActionItemsInput";

const elementKey = regex(/^[a-z][a-z0-9_]{0,39}$/, "manager.psems.keyRule");

function Heading({ title }: { title: string }) {
  const translate = useTranslate();
  return (
    <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
      {translate(title)}
    </Typography>
  );
}

export function PsemsFrameworkInputs() {
  const translate = useTranslate();
  return (
    <>
      <Heading title="manager.psems.steps" />
      <Typography variant="body2">
        {translate("manager.psems.stepsHelp", { count: psemsStepCount })}
      </Typography>
      {Array.from({ length: psemsStepCount }, (_, index) => (
        <TextInput
          key={index}
          source={`steps.${index}.name`}
          label={translate("manager.psems.stepName", { number: index + 1 })}
          validate={[required(), maxLength(80)]}
        />
      ))}

      <Heading title="manager.psems.elements" />
      <Typography variant="body2">
        {translate("manager.psems.elementsHelp")}
      </Typography>
      <ArrayInput source="elements" label={false}>
        <SimpleFormIterator inline sx={alwaysShowItemActions}>
          <TextInput
            source="key"
            label="manager.psems.elementKey"
            validate={[required(), elementKey]}
          />
          <TextInput
            source="name"
            label="manager.psems.elementName"
            validate={[required(), maxLength(120)]}
            sx={{ minWidth: 320 }}
          />
        </SimpleFormIterator>
      </ArrayInput>

      <Heading title="manager.psems.cycle" />
      <NumberInput
        source="reviewCycleYears"
        label="manager.psems.reviewCycleYears"
        helperText="manager.psems.reviewCycleHelp"
        validate={[required(), minValue(1), maxValue(defaultReviewCycleYears)]}
        min={1}
        max={defaultReviewCycleYears}
        step={1}
      />
    </>
  );
}
