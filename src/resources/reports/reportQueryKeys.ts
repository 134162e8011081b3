// Query keys of what hangs off a report. Each starts with "reports" or "referrals", so
// react-admin's refresh() and a change to either resource refetch them.
export const reportEventsKey = (reportId: string) =>
  ["reports", "events", reportId] as const;
export const similarReportsKey = (reportId: string) =>
  ["reports", "similar", reportId] as const;
export const referralSuggestionsKey = (reportId: string) =>
  ["referrals", "suggestions", reportId] as const;
