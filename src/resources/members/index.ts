import MemberIcon from "@mui/icons-material/BusinessOutlined";
import { lazyPage } from "../../common/lazyPage";

export default {
  list: lazyPage(() => import("./MemberList"), "MemberList"),
  show: lazyPage(() => import("./MemberShow"), "MemberShow"),
  create: lazyPage(() => import("./MemberCreate"), "MemberCreate"),
  edit: lazyPage(() => import("./MemberEdit"), "MemberEdit"),
  icon: MemberIcon,
  recordRepresentation: "name",
};
