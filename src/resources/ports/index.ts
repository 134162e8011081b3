import PortIcon from "@mui/icons-material/DirectionsBoatOutlined";
import { lazyPage } from "../../common/lazyPage";

export default {
  list: lazyPage(() => import("./PortList"), "PortList"),
  show: lazyPage(() => import("./PortShow"), "PortShow"),
  icon: PortIcon,
  recordRepresentation: "name",
};
