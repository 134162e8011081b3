import AuditIcon from "@mui/icons-material/PolicyOutlined";
import { lazyPage } from "../../common/lazyPage";

// Administrators only (src/domain/permissions.ts); read-only, so there is a list and nothing else.
export default {
  list: lazyPage(() => import("./AuditList"), "AuditList"),
  icon: AuditIcon,
};
