import { PostcodeLookupService } from "src/lib/postcode-lookup/postcode-lookup-service";

export interface PostcodeLookupDependencies {
  postcodeLookupService: PostcodeLookupService;
}
