import {
  Component,
  ElementRef,
  OnDestroy,
  OnInit,
  ViewChild,
} from "@angular/core";
import {
  AbstractControl,
  UntypedFormBuilder,
  UntypedFormGroup,
} from "@angular/forms";
import { Title } from "@angular/platform-browser";
import { Subscription } from "rxjs";
import { environment } from "../../../../../environments/environment";
import { StructureService } from "../../services/structure.service";
import { StructureCommon } from "@domifa/common";
import { getPostalCodeValidator } from "../../utils/structure-validators";
import { MatomoTracker } from "ngx-matomo-client";

@Component({
  selector: "app-structures-search",
  styleUrls: ["./structures-search.component.css"],
  templateUrl: "./structures-search.component.html",
  standalone: false,
})
export class StructuresSearchComponent implements OnInit, OnDestroy {
  public structures: StructureCommon[];
  public searchFailed: boolean;

  public codePostal: string;
  public submitted: boolean;
  public loading: boolean;
  public codePostalForm!: UntypedFormGroup;

  private readonly subscription = new Subscription();

  public portailUsagerUrl = environment.portailUsagersUrl;

  @ViewChild("searchResultTitle")
  public searchResultTitle!: ElementRef;

  constructor(
    private readonly structureService: StructureService,
    private readonly formBuilder: UntypedFormBuilder,
    private readonly titleService: Title,
    public readonly matomo: MatomoTracker
  ) {
    this.searchFailed = false;
    this.submitted = false;
    this.loading = false;
    this.structures = [];
    this.codePostal = "";
  }

  public get f(): { [key: string]: AbstractControl } {
    return this.codePostalForm.controls;
  }

  public ngOnInit(): void {
    this.titleService.setTitle("Inscrivez-vous sur DomiFa");
    this.codePostalForm = this.formBuilder.group({
      codePostal: [this.codePostal, getPostalCodeValidator(true)],
    });
  }

  public submitCodePostal(): void {
    this.submitted = true;
    if (this.codePostalForm.invalid) {
      return;
    }
    this.loading = true;

    this.subscription.add(
      this.structureService.find(this.f.codePostal.value).subscribe({
        next: (structures: StructureCommon[]) => {
          this.loading = false;
          this.submitted = true;
          if (structures.length === 0) {
            this.searchFailed = true;
          } else {
            this.searchFailed = false;
            this.structures = structures;
            this.matomo.trackEvent(
              "INSCRIPTION_STRUCTURE",
              "RECHERCHE_CODE_POSTAL",
              this.f.codePostal.value,
              1
            );
          }
          setTimeout(() => {
            this.searchResultTitle?.nativeElement?.focus();
          });
        },
        error: () => {
          this.loading = false;
        },
      })
    );
  }

  public ngOnDestroy(): void {
    this.subscription.unsubscribe();
  }
}
