import ReportIcon from "@mui/icons-material/ReportOutlined";
import { lazyPage } from "../../common/lazyPage";

// The edit and create routes exist for everyone, but canAccess lets only the desk reach them or
// see their buttons (src/domain/permissions.ts); the server refuses anyone else.
export default {
  list: lazyPage(() => import("./ReportList"), "ReportList"),
  show: lazyPage(() => import("./ReportShow"), "ReportShow"),
  edit: lazyPage(() => import("./ReportEdit"), "ReportEdit"),
  create: lazyPage(() => import("./ReportCreate"), "ReportCreate"),
  icon: ReportIcon,
  recordRepresentation: "reference",
};
