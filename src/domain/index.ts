// The contract between the app, the mocks and the server. Import from "src/domain" only.
export * from "./enums";
export * from "./list";
export * from "./problem";
export * from "./report";
export * from "./port";
export * from "./member";
export * from "./assessment";
export * from "./user";
export * from "./health";
export * from "./permissions";
export * from "./reportStateMachine";
export * from "./psems";
