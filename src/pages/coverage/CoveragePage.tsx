// PSeMS coverage for JMSC managers: the share of active members holding a current assessment,
// by nation, territorial force, port tier and member type; the four-step funnel; coverage port
// by port on the map; and where low maturity meets many reports. Aggregates only.
import { useMemo } from "react";
import { Loading, Title, useCanAccess, useTranslate } from "react-admin";
import { Alert, Card, CardContent, Stack, Typography } from "@mui/material";
import { formatDate } from "../../common/dates";
import { portTierChoices } from "../../common/choices";
import { problemMessage } from "../../common/problems";
import { memberTypeLabels, type MemberType } from "../../domain";
import { usePorts } from "../../resources/members/usePorts";
import { formatShare } from "./coverageBands";
import { CoverageFunnelSection } from "./CoverageFunnelSection";
import { CoverageGroupSection } from "./CoverageGroupSection";
import { MaturityVolumeSection } from "./MaturityVolumeSection";
import { PortCoverageSection } from "./PortCoverageSection";
import { useCoverage } from "./useCoverage";

const tierLabel = (key: string) =>
  portTierChoices.find((tier) => String(tier.id) === key)?.name ?? key;
const typeLabel = (key: string) => memberTypeLabels[key as MemberType] ?? key;

function CoverageFigures() {
  const translate = useTranslate();
  const { data: coverage, error, isPending } = useCoverage();
  const { data: ports = [] } = usePorts();
  const portsById = useMemo(
    () => new Map(ports.map((port) => [port.id, port])),
    [ports],
  );
  if (isPending) return <Loading />;
  if (error) return <Alert severity="error">{problemMessage(error)}</Alert>;
  return (
    <Stack spacing={4}>
      <Typography variant="body1" component="p">
        {translate("manager.coverage.headline", {
          covered: coverage.coveredMembers,
          members: coverage.activeMembers,
          share: formatShare(coverage.share),
          asOf: formatDate(coverage.asOf),
        })}
      </Typography>
      <CoverageGroupSection
        title="manager.coverage.byNation"
        groupLabel="resources.members.fields.nation"
        groups={coverage.byNation}
      />
      <CoverageGroupSection
        title="manager.coverage.byForce"
        groupLabel="resources.members.fields.force"
        groups={coverage.byForce}
      />
      <CoverageGroupSection
        title="manager.coverage.byTier"
        groupLabel="resources.members.fields.tier"
        groups={coverage.byTier}
        labelOf={tierLabel}
      />
      <CoverageGroupSection
        title="manager.coverage.byType"
        groupLabel="resources.members.fields.type"
        groups={coverage.byMemberType}
        labelOf={typeLabel}
      />
      <CoverageFunnelSection coverage={coverage} />
      <PortCoverageSection coverage={coverage} portsById={portsById} />
      <MaturityVolumeSection coverage={coverage} portsById={portsById} />
    </Stack>
  );
}

export function CoveragePage() {
  const translate = useTranslate();
  const { canAccess, isPending } = useCanAccess({
    resource: "coverage",
    action: "list",
  });
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate("manager.coverage.title")} />
      <CardContent>
        {isPending ? (
          <Loading />
        ) : canAccess ? (
          <CoverageFigures />
        ) : (
          <Alert severity="warning">
            {translate("manager.coverage.notAllowed")}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}
