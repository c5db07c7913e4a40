import {
  Subject,
  Subscription,
  concatMap,
  from,
  takeUntil,
  toArray,
} from "rxjs";
import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  EventEmitter,
  Input,
  OnDestroy,
  OnInit,
  Output,
  ViewChild,
} from "@angular/core";
import { DsfrModalComponent } from "@edugouvfr/ngx-dsfr";
import { SetInteractionInFormComponent } from "../../../usager-shared/components/interactions/set-interaction-in-form/set-interaction-in-form.component";
import { SetInteractionOutFormComponent } from "../../../usager-shared/components/interactions/set-interaction-out-form/set-interaction-out-form.component";
import { InteractionType } from "@domifa/common";

import { ETAPES_DEMANDE_URL } from "../../../../../_common/model";

import { UsagerFormModel } from "../../../usager-shared/interfaces";

import { Router } from "@angular/router";
import { AuthService, CustomToastService } from "../../../shared/services";
import { getUrlUsagerProfil } from "../../../usager-shared/utils";
import { UsagerProfilService } from "../../../usager-profil/services/usager-profil.service";
import { usagerActions, UsagerState, fadeInOut } from "../../../../shared";
import { Store } from "@ngrx/store";
import {
  SortValues,
  UsagersFilterCriteriaStatut,
  UserStructure,
} from "@domifa/common";
import { UsagersFilterCriteria } from "../../classes";

@Component({
  animations: [fadeInOut],
  selector: "app-manage-manage-usagers-table",
  templateUrl: "./manage-usagers-table.html",
  styleUrls: ["./manage-usagers-table.scss"],
  changeDetection: ChangeDetectionStrategy.OnPush,
  standalone: false,
})
export class ManageUsagersTableComponent implements OnInit, OnDestroy {
  @Input({ required: true })
  public usagers!: UsagerFormModel[];
  private readonly destroy$ = new Subject<void>();

  @Input({ required: true })
  public filters!: UsagersFilterCriteria;

  @Input({ required: true }) filters$!: Subject<UsagersFilterCriteria>;

  @Input({ required: true })
  public selectAllCheckboxes = false;

  @Output()
  public readonly selectAllCheckboxesChange = new EventEmitter<boolean>();

  @Input({ required: true })
  public selectedRefs: Set<number> = new Set();

  @ViewChild("deleteUsagersModal", { static: false })
  public deleteUsagersModal!: DsfrModalComponent;

  @ViewChild("sharedInteractionInRef")
  public sharedInteractionInRef!: SetInteractionInFormComponent;

  @ViewChild("sharedInteractionOutRef")
  public sharedInteractionOutRef!: SetInteractionOutFormComponent;

  public activeUsagerRef: number | null = null;

  @Output()
  public readonly goToPrint = new EventEmitter<void>();

  @Output()
  public readonly updateFilters = new EventEmitter<{
    element: keyof UsagersFilterCriteria;
    value: UsagersFilterCriteria[keyof UsagersFilterCriteria] | null;
    sortValue?: SortValues;
  }>();

  public me!: UserStructure | null;
  public canEditUsagers = false;
  private readonly subscription = new Subscription();
  public showCheckboxes = false;
  public currentFilters!: UsagersFilterCriteria;

  public loading = false;
  public loadingDelete = false;
  public readonly ETAPES_DEMANDE_URL = ETAPES_DEMANDE_URL;
  public readonly UsagersFilterCriteriaStatut = UsagersFilterCriteriaStatut;

  public readonly ARIA_SORT: {
    [key in SortValues]: string;
  } = {
    asc: "ascending",
    desc: "descending",
  };
  constructor(
    private readonly router: Router,
    private readonly authService: AuthService,
    private readonly cd: ChangeDetectorRef,
    private readonly usagerProfilService: UsagerProfilService,
    private readonly toastService: CustomToastService,
    private readonly store: Store<UsagerState>
  ) {
    this.me = this.authService.currentUserValue;
    this.canEditUsagers =
      this.me?.role !== "facteur" && this.me?.role !== "agent";
    this.usagers = [];
    this.selectedRefs.clear();
  }

  ngOnInit() {
    this.filters$.pipe(takeUntil(this.destroy$)).subscribe((filters) => {
      this.currentFilters = filters;
      this.computeCheckboxVisibility();
      this.selectAllCheckboxes = false;
      this.selectedRefs.clear();
      this.cd.markForCheck();
    });
  }

  private computeCheckboxVisibility() {
    if (this.me?.role === "admin" || this.me?.role === "responsable") {
      this.showCheckboxes = true;
      return;
    }

    if (this.me?.role === "facteur" || this.me?.role === "agent") {
      this.showCheckboxes = false;
      return;
    }

    if (this.me?.role === "simple") {
      this.showCheckboxes =
        this.currentFilters.statut === UsagersFilterCriteriaStatut.VALIDE;
      return;
    }

    this.showCheckboxes = false;

    this.cd.markForCheck();
  }

  public toggleSelection(id: number) {
    if (!this.selectedRefs.size) {
      this.selectAllCheckboxesChange.emit(false);
    }

    if (!this.selectedRefs.has(id)) {
      this.selectedRefs.add(id);
    } else {
      this.selectedRefs.delete(id);
    }
  }

  public openDeleteUsagersModal(): void {
    this.deleteUsagersModal.open();
  }

  public closeDeleteUsagersModal(): void {
    this.deleteUsagersModal.close();
  }

  public goToProfil(usager: UsagerFormModel): void {
    const url =
      this.me?.role === "facteur" || this.me?.role === "agent"
        ? `/profil/general/${usager.ref}`
        : getUrlUsagerProfil(usager);

    this.router.navigate([url]);
  }

  public refTrackBy(_index: number, item: UsagerFormModel) {
    return item.ref;
  }

  public openInteractionInModal(usager: UsagerFormModel): void {
    this.activeUsagerRef = usager.ref;
    this.sharedInteractionInRef.usager = usager;
    this.sharedInteractionInRef.open();
  }

  public openInteractionOutModal(usager: UsagerFormModel): void {
    this.activeUsagerRef = usager.ref;
    this.sharedInteractionOutRef.usager = usager;
    this.sharedInteractionOutRef.open();
  }

  public onInteractionInClosed(): void {
    this.setFocusOnElement("reception", this.activeUsagerRef);
  }

  public onInteractionOutClosed(): void {
    this.setFocusOnElement("distribution", this.activeUsagerRef);
  }

  private setFocusOnElement(
    interactionType: InteractionType | "distribution" | "reception",
    usagerRef: number | null
  ): void {
    if (usagerRef === null) {
      return;
    }
    setTimeout(() => {
      let usagerElement = document.getElementById(
        `${interactionType}-${usagerRef}`
      );

      if (usagerElement) {
        usagerElement.focus();
      } else if (interactionType === "distribution") {
        usagerElement = document.getElementById(`reception-${usagerRef}`);
        if (usagerElement) {
          usagerElement.focus();
        }
      }
    }, 0);
  }

  public ngOnDestroy(): void {
    this.subscription.unsubscribe();
  }

  public getVisibleCheckboxIds(): void {
    const checkboxes = document.querySelectorAll(
      'table input[type="checkbox"]'
    );
    const viewportHeight = window.innerHeight;
    const visibleIds: number[] = [];
    const selectIdPattern = /^select-/;

    checkboxes.forEach((checkbox: Element) => {
      if (
        checkbox instanceof HTMLInputElement &&
        selectIdPattern.test(checkbox.id)
      ) {
        const rect = checkbox.getBoundingClientRect();

        if (rect.top >= 0 && rect.bottom <= viewportHeight) {
          const id = checkbox.id?.replace("select-", "");
          if (id) {
            visibleIds.push(parseInt(id, 10));
          }
        }
      }
    });

    if (!this.selectAllCheckboxes) {
      this.selectedRefs.clear();
    } else {
      visibleIds.forEach((id) => {
        if (!this.selectedRefs.has(id)) {
          this.selectedRefs.add(id);
        }
      });
    }
  }

  public deleteUsagers(): void {
    this.loadingDelete = true;
    this.subscription.add(
      from(this.selectedRefs)
        .pipe(
          concatMap((ref: number) => this.usagerProfilService.delete(ref)),
          toArray()
        )
        .subscribe({
          next: () => {
            const message =
              this.selectedRefs.size > 1
                ? "Les dossiers sélectionnés ont été supprimé avec succès"
                : "Domicilié supprimé avec succès";
            this.toastService.success(message);
            this.loadingDelete = false;
            this.store.dispatch(
              usagerActions.deleteUsagers({ usagerRefs: this.selectedRefs })
            );
            this.resetCheckboxes();
          },
          error: () => {
            this.loadingDelete = false;
            this.toastService.error("Impossible de supprimer la fiche");
            window.location.reload();
          },
        })
    );
  }

  public resetCheckboxes() {
    this.selectAllCheckboxesChange.emit(false);
    this.selectAllCheckboxes = false;
    this.selectedRefs.clear();
    this.deleteUsagersModal?.close();
  }
}
