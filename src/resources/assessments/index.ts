import AssessmentIcon from "@mui/icons-material/FactCheckOutlined";
import { lazyPage } from "../../common/lazyPage";

export default {
  list: lazyPage(() => import("./AssessmentList"), "AssessmentList"),
  show: lazyPage(() => import("./AssessmentShow"), "AssessmentShow"),
  create: lazyPage(() => import("./AssessmentCreate"), "AssessmentCreate"),
  edit: lazyPage(() => import("./AssessmentEdit"), "AssessmentEdit"),
  icon: AssessmentIcon,
};
