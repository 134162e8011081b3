// The SLA policy: how soon a new report must be risk-assessed, and how soon after that it must
// be actioned, by risk. Everyone signed in may read it; only an administrator saves it, which
// restarts every running clock under the new times.
import { useEffect, useState } from "react";
import {
  Form,
  NumberInput,
  SaveButton,
  Title,
  useCanAccess,
  useNotify,
  useTranslate,
} from "react-admin";
import {
  Alert,
  Box,
  Card,
  CardContent,
  Stack,
  Typography,
} from "@mui/material";
import {
  SlaPolicySchema,
  riskLabels,
  riskLevels,
  type SlaPolicy,
} from "../../domain";
import { fieldErrors, problemMessage } from "../../common/problems";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { minutesValidator } from "./minutesValidation";

const validateAssess = minutesValidator(
  SlaPolicySchema.shape.assessWithinMinutes,
);
const validateAction = minutesValidator(
  SlaPolicySchema.shape.actionWithinMinutes.valueType,
);

function Legend({ children }: { children: string }) {
  return (
    <Typography
      component="legend"
      variant="subtitle1"
      sx={{ fontWeight: 600, mb: 1 }}
    >
      {children}
    </Typography>
  );
}

const fieldsetStyle = { border: 0, p: 0, m: 0 } as const;

export function SlaSettingsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const api = usePortSafeApi();
  const { canAccess: isAdmin = false } = useCanAccess({
    resource: "settings",
    action: "edit",
  });
  const [policy, setPolicy] = useState<SlaPolicy | null>(null);

  useEffect(() => {
    let mounted = true;
    api.getSlaPolicy().then(
      (current) => {
        if (mounted) setPolicy(current);
      },
      (error: unknown) => notify(problemMessage(error), { type: "error" }),
    );
    return () => {
      mounted = false;
    };
  }, [api, notify]);

  async function save(values: Record<string, unknown>) {
    try {
      setPolicy(await api.saveSlaPolicy(SlaPolicySchema.parse(values)));
      notify("security.settings.saved", { type: "info" });
      return undefined;
    } catch (error) {
      const errors = fieldErrors(error);
      if (errors) return errors;
      notify(problemMessage(error), { type: "error" });
      return undefined;
    }
  }

  return (
    <Box sx={{ mt: 2, maxWidth: 640 }}>
      <Title title="security.settings.title" />
      <Card>
        <CardContent>
          <Typography variant="body2" gutterBottom>
            {translate("security.settings.intro")}
          </Typography>
          {!isAdmin && (
            <Alert severity="info">
              {translate("security.settings.adminOnly")}
            </Alert>
          )}
          {policy && (
            <Form record={policy} onSubmit={save}>
              <Stack spacing={3} sx={{ mt: 2 }}>
                <Box component="fieldset" sx={fieldsetStyle}>
                  <Legend>{translate("security.settings.assess")}</Legend>
                  <NumberInput
                    source="assessWithinMinutes"
                    label="security.settings.assessWithin"
                    validate={validateAssess}
                    step={1}
                    readOnly={!isAdmin}
                  />
                </Box>
                <Box component="fieldset" sx={fieldsetStyle}>
                  <Legend>{translate("security.settings.action")}</Legend>
                  {riskLevels.map((risk) => (
                    <NumberInput
                      key={risk}
                      source={`actionWithinMinutes.${risk}`}
                      label={translate("security.settings.actionWithin", {
                        risk: riskLabels[risk],
                      })}
                      validate={validateAction}
                      step={1}
                      readOnly={!isAdmin}
                    />
                  ))}
                </Box>
                {isAdmin && <SaveButton />}
              </Stack>
            </Form>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
