// A report template: scenarios (a one-sentence summary with the details that belong to it) plus
// details that fit any scenario of the category. {slot} markers are filled by composeReportText;
// {port} is the port's short name.

export interface ReportScenario {
  summary: string;
  details: readonly string[];
}

export interface ReportTemplate {
  scenarios: readonly ReportScenario[];
  sharedDetails: readonly string[];
}
