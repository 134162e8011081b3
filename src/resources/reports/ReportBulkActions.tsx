// What the desk may do to the selected rows of the queue, all through POST /api/reports/bulk.
import { BulkAssignButton } from "./BulkAssignButton";
import { BulkCategoriseButton } from "./BulkCategoriseButton";
import { BulkCloseDuplicateButton } from "./BulkCloseDuplicateButton";

export function ReportBulkActions() {
  return (
    <>
      <BulkAssignButton />
      <BulkCategoriseButton />
      <BulkCloseDuplicateButton />
    </>
  );
}
