// The triage queue: a queue view chosen in the menu, filters, the SLA clock of every report,
// claim next, bulk actions on the selected rows, keyboard navigation and a banner for live news.
import { useRef } from "react";
import {
  CreateButton,
  Datagrid,
  DatagridBody,
  FilterButton,
  List,
  ReferenceField,
  SelectField,
  TextField,
  TopToolbar,
  useCanAccess,
  useListContext,
  useStore,
  useTranslate,
} from "react-admin";
import { Box } from "@mui/material";
import { DateTimeField } from "../../common/DateFields";
import { ShowLinkField } from "../../common/ShowLinkField";
import { categoryChoices, reportStatusChoices } from "../../common/choices";
import { QueueViewSchema, queueViewLabels } from "../../domain";
import { ClaimNextButton } from "./ClaimNextButton";
import { NewReportsBanner } from "./NewReportsBanner";
import { ReportBulkActions } from "./ReportBulkActions";
import { reportFilters } from "./ReportListFilter";
import { ReportQueueRow } from "./ReportQueueRow";
import { RiskField } from "./RiskField";
import { SelectedReportsFilter } from "./SelectedReportsFilter";
import { SlaField } from "./SlaClock";
import { reportListStoreKey } from "./useQueueView";
import { useQueueKeyboardNavigation } from "./useQueueKeyboardNavigation";

function ReportQueueTitle() {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const view = QueueViewSchema.safeParse(filterValues.view);
  return (
    <>
      {view.success
        ? translate("triage.queue.titleWithView", {
            view: queueViewLabels[view.data],
          })
        : translate("resources.reports.queue")}
    </>
  );
}

function ReportListActions() {
  return (
    <TopToolbar>
      <ClaimNextButton />
      <FilterButton />
      <CreateButton label="triage.create.button" />
    </TopToolbar>
  );
}

/** The row holding keyboard focus is outlined, so j/k always show where they are. */
const focusedRowStyles = {
  "& tbody tr:focus-within": {
    outline: "3px solid",
    outlineColor: "primary.main",
    outlineOffset: "-3px",
  },
};

function ReportQueueGrid() {
  const container = useRef<HTMLDivElement>(null);
  const { canAccess: canEdit } = useCanAccess({
    resource: "reports",
    action: "edit",
  });
  useQueueKeyboardNavigation(container);
  return (
    <Box ref={container} sx={focusedRowStyles}>
      <Datagrid
        bulkActionButtons={canEdit ? <ReportBulkActions /> : false}
        body={<DatagridBody row={<ReportQueueRow />} />}
      >
        <ShowLinkField source="reference" />
        <DateTimeField source="receivedAt" />
        <SlaField source="slaDueAt" sortable={false} />
        <ReferenceField source="portId" reference="ports" link={false}>
          <TextField source="name" />
        </ReferenceField>
        <SelectField source="category" choices={categoryChoices} />
        <RiskField source="risk" />
        <SelectField source="status" choices={reportStatusChoices} />
        <ReferenceField
          source="assigneeId"
          reference="users"
          link={false}
          sortable={false}
          emptyText=""
        />
      </Datagrid>
    </Box>
  );
}

/**
 * The list's filters. The chosen-reports filter (`id`) is only there while set, from a pattern on
 * the map, so "Add filter" never offers an empty one.
 */
function useReportFilters() {
  const [params] = useStore<{ filter?: Record<string, unknown> }>(
    reportListStoreKey,
    {},
  );
  if (params.filter?.id === undefined) return reportFilters;
  return [
    ...reportFilters,
    <SelectedReportsFilter
      key="id"
      source="id"
      label="resources.reports.selection.label"
    />,
  ];
}

export function ReportList() {
  const filters = useReportFilters();
  return (
    <List
      title={<ReportQueueTitle />}
      sort={{ field: "receivedAt", order: "DESC" }}
      perPage={25}
      // Filters and search terms stay in memory, never in the URL (DESIGN.md §7).
      disableSyncWithLocation
      storeKey={reportListStoreKey}
      filters={filters}
      actions={<ReportListActions />}
      // Rows never move under the officer's cursor: live news waits in the banner instead.
      queryOptions={{ refetchOnWindowFocus: false }}
      // Exports must go through the audited export endpoint (DESIGN.md §7), never a client-side CSV.
      exporter={false}
    >
      <NewReportsBanner />
      <ReportQueueGrid />
    </List>
  );
}
