import { Component, Vue } from 'vue-property-decorator'
import { Getter } from 'pinia-class'
import { AlertMessageIF, ObligationsResourceIF } from '@/interfaces'
import { FilingCodes } from '@bcrs-shared-components/enums'
import { useBusinessStore, useRootStore } from '@/stores'

/**
 * Mixin for components to retrieve text/settings from JSON resource.
 */
@Component({})
export default class ResourceLookupMixin extends Vue {
    // FUTURE: change this to a getter
    @Getter(useRootStore) configObject!: any
    @Getter(useBusinessStore) isBaseCompany!: boolean

    /**
     * Returns certify message using the configuration lookup object.
     * All corporations use a standard message at the root level; flow-specific overrides
     * are used only when needed (e.g., COOP has different act sections per filing type).
     * @param feeCode the filing fee code
     * @returns the appropriate message for the certify component for the current filing flow
     */
    certifyText (feeCode: string): string {
      const flow = this.configObject?.flows?.find(x => x.feeCode === feeCode)
      if (flow?.certifyText) {
        return flow.certifyText
      }
      // Fall back to the root-level certify message if the flow doesn't define one.
      return this.configObject?.certifyText || ''
    }

    /**
     * Returns confirmation type using the configuration lookup object.
     * @param feeCode the filing fee code
     * @returns the confirmation type for the current filing flow ('confirm' or 'certify'), defaults to 'certify'
     */
    authorizationMode (feeCode: string): string {
      const flow = this.configObject?.flows?.find(x => x.feeCode === feeCode)
      if (flow?.authorizationMode) {
        return flow.authorizationMode
      }
      return 'certify'
    }

    /**
     * Returns the current entity's full display name.
     * Used by Correction component.
     * @returns the entity display name (if the configuration has been loaded)
     */
    displayName (): string {
      return this.configObject?.displayName || ''
    }

    /**
     * Validates directors on edit/cease and return any warning messages.
     * Used by StandaloneDirectorsFiling component.
     * @returns the compliance message or null (if the configuration has been loaded)
     */
    directorWarning (directors: Array<any>): AlertMessageIF {
      const filingCode = this.isBaseCompany ? FilingCodes.DIRECTOR_CHANGE_BC : FilingCodes.DIRECTOR_CHANGE_OT
      // FUTURE: Too much code for this. Can be condensed and made more reusable.
      if (directors?.length) {
        const warnings = this.configObject?.flows?.find(x => x.feeCode === filingCode)?.warnings
        const errors = []
        // If this entity has a BC Residency requirement for directors, one of the
        // directors specified needs to have both their mailing and delivery address within British Columbia
        if (warnings?.bcResident) {
          if (directors.filter(x => (x.deliveryAddress.addressRegion !== 'BC' ||
                                    (x.mailingAddress &&
                                     x.mailingAddress.addressRegion !== 'BC'))).length === directors.length) {
            // If no directors reside in BC, retrieve the appropriate alert message
            errors.push({
              'title': warnings.bcResident.title,
              'msg': warnings.bcResident.message
            })
          }
        }
        // If this entity has a Canadian Residency requirement for directors, the majority
        // of directors need to have both their mailing and delivery address within Canada
        if (warnings?.canadianResident) {
          const count = directors.length
          const notCanadian = directors.filter(x => (x.deliveryAddress.addressCountry !== 'CA' ||
                                                    (x.mailingAddress &&
                                                     x.mailingAddress.addressCountry !== 'CA'))).length
          // If the majority of the directors do not reside in Canada, retrieve the appropriate alert message
          if (notCanadian / count > 0.5) {
            errors.push({
              'title': warnings.canadianResident.title,
              'msg': warnings.canadianResident.message
            })
          }
        }
        // Check if this entity has the minimum number of directors
        if (warnings?.minDirectors) {
          const min = warnings.minDirectors.count
          if (directors.filter(x => x.actions.indexOf('ceased') < 0).length < min) {
            errors.push({
              'title': warnings.minDirectors.title,
              'msg': warnings.minDirectors.message
            })
          }
        }

        if (errors.length > 0) {
          return errors[0]
        }
      }
      return null
    }

    /**
     * The obligations content for the current entity type.
     * Used by TodoList component.
     */
    get getObligations (): ObligationsResourceIF {
      return this.configObject?.obligations
    }
}
