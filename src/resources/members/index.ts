import MemberIcon from "@mui/icons-material/BusinessOutlined";
import { lazyPage } from "../../common/lazyPage";

export default {
  list: lazyPage(() => import("./MemberList"), "MemberList"),
  show: lazyPage(() => import("./MemberShow"), "MemberShow"),
  icon: MemberIcon,
  recordRepresentation: "name",
};
