// Query keys of what hangs off a report. Each starts with "reports" or "referrals", so
// react-admin's refresh() and a change to either resource refetch them.
export const reportEventsKey = (reportId: string) =>
  ["reports", "events", reportId] as const;
export const similarReportsKey = (reportId: string) =>
  ["reports", "similar", reportId] as const;
export const referralSuggestionsKey = (reportId: string) =>
  ["referrals", "suggestions", reportId] as const;

/**
 * The key react-admin's useGetOne caches a record under (react-admin's documented query keys:
 * [resource, "getOne", { id: String(id), meta }]; meta is unused here).
 */
export const reportRecordKey = (reportId: string) =>
  ["reports", "getOne", { id: String(reportId) }] as const;

/** react-admin's list queries of reports: the queue views, All reports, linked reports. */
export const reportListsKeys = [
  ["reports", "getList"],
  ["reports", "getManyReference"],
] as const;
