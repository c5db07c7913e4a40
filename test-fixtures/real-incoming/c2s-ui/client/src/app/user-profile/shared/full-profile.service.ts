import {Injectable} from "@angular/core";
import {Http, Response} from "@angular/http";
import {Observable} from "rxjs";
import {UmsFullProfileView} from "./ums-full-profile-view.model";
import {UmsFullProfileUpdate} from "./ums-full-profile-update.model";
import {C2sUiApiUrlService} from "../../core/c2s-ui-api-url.service";

@Injectable()
export class FullProfileService {
  private umsFullProfileUrl: string = this.c2sUiApiUrlService.getUmsBaseUrl() + "/user/fullProfile";
  private umsProfileUpdateUrl: string = this.c2sUiApiUrlService.getUmsBaseUrl() + "/self-service/users";

  constructor(private http: Http,
              private c2sUiApiUrlService: C2sUiApiUrlService) {
  }

  getUMSFullProfile(): Observable<UmsFullProfileView> {
    return this.http.get(this.umsFullProfileUrl)
      .map((resp: Response) => <any>(resp.json()));
  }

  updateUMSProfile(userId: number, updateProfile: UmsFullProfileUpdate): Observable<UmsFullProfileView> {
    return this.http.put(this.umsProfileUpdateUrl + "/" + userId, updateProfile)
      .map((resp: Response) => <any>(resp.json()));
  }
}
