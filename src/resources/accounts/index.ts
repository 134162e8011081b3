import AccountIcon from "@mui/icons-material/ManageAccountsOutlined";
import { lazyPage } from "../../common/lazyPage";

// Administrators only (src/domain/permissions.ts): canAccess hides the menu entry and the pages
// from everyone else, and the server refuses them.
export default {
  list: lazyPage(() => import("./AccountList"), "AccountList"),
  create: lazyPage(() => import("./AccountCreate"), "AccountCreate"),
  edit: lazyPage(() => import("./AccountEdit"), "AccountEdit"),
  icon: AccountIcon,
  recordRepresentation: "displayName",
};
