// The home page's role dashboards, loaded after sign-in rather than with the login page.
import { lazyPage } from "../../common/lazyPage";

export const Dashboard = lazyPage(() => import("./Dashboard"), "Dashboard");
