import ReportIcon from "@mui/icons-material/ReportOutlined";
import { lazyPage } from "../../common/lazyPage";

// The edit route exists for everyone, but canAccess({ action: "edit" }) lets only the desk
// reach it or see its button (src/domain/permissions.ts); the server refuses anyone else.
export default {
  list: lazyPage(() => import("./ReportList"), "ReportList"),
  show: lazyPage(() => import("./ReportShow"), "ReportShow"),
  edit: lazyPage(() => import("./ReportEdit"), "ReportEdit"),
  icon: ReportIcon,
  recordRepresentation: "reference",
};
