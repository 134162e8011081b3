import ForwardIcon from "@mui/icons-material/ForwardToInboxOutlined";
import { lazyPage } from "../../common/lazyPage";

// Referrals are created and updated from their report (and recorded in place in the register),
// so the resource has a list and no edit or create page of its own.
export default {
  list: lazyPage(() => import("./ReferralList"), "ReferralList"),
  icon: ForwardIcon,
  recordRepresentation: "targetName",
};
