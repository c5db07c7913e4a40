import { PostCandidaturesExportRoute } from "./postCandidaturesExport";
import { PostMissionsExportRoute } from "./postMissionsExport";

export type MissionRoutes = {
  PostCandidaturesExportRoute: PostCandidaturesExportRoute;
  PostMissionsExportRoute: PostMissionsExportRoute;
};
