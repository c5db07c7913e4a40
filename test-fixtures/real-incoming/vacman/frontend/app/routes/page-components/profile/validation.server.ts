import { parsePhoneNumberWithError } from 'libphonenumber-js';
import * as v from 'valibot';

import type { User } from '~/.server/domain/models';
import { getCityService } from '~/.server/domain/services/city-service';
import { getClassificationService } from '~/.server/domain/services/classification-service';
import { getLanguageForCorrespondenceService } from '~/.server/domain/services/language-for-correspondence-service';
import { getLanguageReferralTypeService } from '~/.server/domain/services/language-referral-type-service';
import { getProvinceService } from '~/.server/domain/services/province-service';
import { getWFAStatuses } from '~/.server/domain/services/wfa-status-service';
import { getWorkUnitService } from '~/.server/domain/services/workunit-service';
import { extractUniqueBranchesFromDirectoratesNonLocalized } from '~/.server/utils/directorate-utils';
import { stringToIntegerSchema } from '~/.server/validation/string-to-integer-schema';
import { WFA_STATUS } from '~/domain/constants';
import { isValidCalendarDate, toDateString } from '~/utils/date-utils';
import { isLookupExpired } from '~/utils/lookup-utils';
import { isValidPhone } from '~/utils/phone-utils';
import { REGEX_PATTERNS } from '~/utils/regex-utils';
import { formString } from '~/utils/string-utils';
import { optionalString } from '~/utils/validation-utils';

export type EmploymentInformationSchema = Awaited<ReturnType<typeof createEmploymentInformationSchema>>;
export type PersonalInformationSchema = Awaited<ReturnType<typeof createPersonalInformationSchema>>;
export type ReferralPreferencesSchema = Awaited<ReturnType<typeof createReferralPreferencesSchema>>;
export type Errors = Readonly<Record<string, [string, ...string[]] | undefined>>;

export async function createEmploymentInformationSchema(hrAdvisors: User[]) {
  const allSubstantivePositions = await getClassificationService().listAll(true); // Include inactive for validation
  const allDirectorates = await getWorkUnitService().listAll(true); // Include inactive for validation
  const allBranchOrServiceCanadaRegions = extractUniqueBranchesFromDirectoratesNonLocalized(allDirectorates);
  const allProvinces = await getProvinceService().listAll();
  const allCities = await getCityService().listAll(true); // Include inactive for validation
  const allWfaStatus = await getWFAStatuses().listAll();

  const validWFAStatusesForRequiredDate = [
    WFA_STATUS.OPTING.code,
    WFA_STATUS.OPTING_EX.code,
    WFA_STATUS.SURPLUS_NO_GRJO.code,
    WFA_STATUS.EXSURPLUSCPA.code,
    WFA_STATUS.RELOCATION.code,
    WFA_STATUS.ALTERNATE_DELIVERY.code,
  ] as const;

  const validWFAStatusesForOptionalDate = [
    WFA_STATUS.AFFECTED.code,
    WFA_STATUS.EXAFFECTED.code,
    WFA_STATUS.SURPLUS_GRJO.code,
  ] as const;

  const selectedValidWfaStatusesForRequiredDate = allWfaStatus.filter((c) =>
    validWFAStatusesForRequiredDate.toString().includes(c.code),
  );

  const selectedValidWfaStatusesForOptionalDate = allWfaStatus.filter((c) =>
    validWFAStatusesForOptionalDate.toString().includes(c.code),
  );

  return v.pipe(
    v.intersect([
      v.object({
        substantiveClassification: v.lazy(() =>
          v.pipe(
            stringToIntegerSchema('app:employment-information.errors.substantive-group-and-level-required'),
            v.picklist(
              allSubstantivePositions.map(({ id }) => id),
              'app:employment-information.errors.substantive-group-and-level-invalid',
            ),
            v.custom((classificationId) => {
              const classification = allSubstantivePositions.find((c) => c.id === classificationId);
              return classification ? !isLookupExpired(classification) : false;
            }, 'app:employment-information.errors.substantive-group-and-level-expired'),
          ),
        ),
        branchOrServiceCanadaRegion: v.lazy(() =>
          v.pipe(
            stringToIntegerSchema('app:employment-information.errors.branch-or-service-canada-region-required'),
            v.picklist(
              allBranchOrServiceCanadaRegions.map(({ id }) => id),
              'app:employment-information.errors.branch-or-service-canada-region-invalid',
            ),
            v.custom((branchId) => {
              const branch = allBranchOrServiceCanadaRegions.find((c) => c.id === branchId);
              return branch ? !isLookupExpired(branch) : false;
            }, 'app:employment-information.errors.branch-or-service-canada-region-expired'),
          ),
        ),
        directorate: v.optional(
          v.lazy((input) => {
            // Get the branch ID and directorate value from form data
            const formData = (input ?? {}) as Record<string, unknown>;
            const branchId = formData.branchOrServiceCanadaRegion;
            const directorateValue = formData.directorate;

            // If directorate is empty, allow it (optional field)
            if (!directorateValue || String(directorateValue).trim() === '') {
              return v.optional(v.string());
            }

            // If branchId is not available, just do basic validation
            if (!branchId) {
              return v.pipe(stringToIntegerSchema('app:employment-information.errors.directorate-invalid'));
            }

            // Check if this branch has any directorates
            const branchHasDirectorates = allDirectorates.some((d) => d.parent?.id === Number(branchId));

            // If branch has directorates, validate as directorate
            // If branch has NO directorates, validate as branch (work unit without parent)
            const validIds = branchHasDirectorates
              ? allDirectorates.map(({ id }) => id)
              : [...allBranchOrServiceCanadaRegions.map(({ id }) => id), ...allDirectorates.map(({ id }) => id)];

            return v.pipe(
              stringToIntegerSchema('app:employment-information.errors.directorate-invalid'),
              v.picklist(validIds, 'app:employment-information.errors.directorate-invalid'),
              v.custom((workUnitId) => {
                // Check expiry for the selected work unit (could be branch or directorate)
                const workUnit = [...allBranchOrServiceCanadaRegions, ...allDirectorates].find((wu) => wu.id === workUnitId);
                return workUnit ? !isLookupExpired(workUnit) : false;
              }, 'app:employment-information.errors.directorate-expired'),
            );
          }),
        ),
        provinceId: v.lazy(() =>
          v.pipe(
            stringToIntegerSchema('app:employment-information.errors.provinces-required'),
            v.picklist(
              allProvinces.map(({ id }) => id),
              'app:employment-information.errors.provinces-required',
            ),
          ),
        ),
        cityId: v.lazy(() =>
          v.pipe(
            stringToIntegerSchema('app:employment-information.errors.city-required'),
            v.picklist(
              allCities.map(({ id }) => id),
              'app:employment-information.errors.city-invalid',
            ),
            v.custom((cityId) => {
              const city = allCities.find((c) => c.id === cityId);
              return city ? !isLookupExpired(city) : false;
            }, 'app:employment-information.errors.city-expired'),
          ),
        ),
        wfaStartDateYear: v.pipe(
          stringToIntegerSchema('app:employment-information.errors.wfa-effective-date.required-year'),
          v.minValue(1, 'app:employment-information.errors.wfa-effective-date.invalid-year'),
        ),
        wfaStartDateMonth: v.pipe(
          stringToIntegerSchema('app:employment-information.errors.wfa-effective-date.required-month'),
          v.minValue(1, 'app:employment-information.errors.wfa-effective-date.invalid-month'),
          v.maxValue(12, 'app:employment-information.errors.wfa-effective-date.invalid-month'),
        ),
        wfaStartDateDay: v.pipe(
          stringToIntegerSchema('app:employment-information.errors.wfa-effective-date.required-day'),
          v.minValue(1, 'app:employment-information.errors.wfa-effective-date.invalid-day'),
          v.maxValue(31, 'app:employment-information.errors.wfa-effective-date.invalid-day'),
        ),
        wfaStartDate: optionalString(
          v.optional(
            v.pipe(
              v.string(),
              v.isoDate('app:employment-information.errors.wfa-effective-date.invalid'),
              v.custom(
                (input) => isValidCalendarDate(input as string),
                'app:employment-information.errors.wfa-effective-date.invalid',
              ),
            ),
          ),
        ),
        hrAdvisorId: v.lazy(() =>
          v.pipe(
            stringToIntegerSchema('app:employment-information.errors.hr-advisor-required'),
            v.picklist(
              hrAdvisors.map(({ id }) => Number(id)),
              'app:employment-information.errors.hr-advisor-required',
            ),
          ),
        ),
      }),
      v.variant(
        'wfaStatusId',
        [
          v.object({
            wfaStatusId: v.pipe(
              stringToIntegerSchema(),
              v.picklist(selectedValidWfaStatusesForOptionalDate.map(({ id }) => id)),
            ),
            wfaEndDateYear: v.optional(v.string()),
            wfaEndDateMonth: v.optional(v.string()),
            wfaEndDateDay: v.optional(v.string()),
            wfaEndDate: v.optional(v.string()),
          }),
          v.object({
            wfaStatusId: v.pipe(
              stringToIntegerSchema(),
              v.picklist(selectedValidWfaStatusesForRequiredDate.map(({ id }) => id)),
            ),
            wfaEndDateYear: optionalString(
              v.optional(
                v.pipe(
                  stringToIntegerSchema('app:employment-information.errors.wfa-end-date.invalid-year'),
                  v.minValue(1, 'app:employment-information.errors.wfa-end-date.invalid-year'),
                ),
              ),
            ),
            wfaEndDateMonth: v.optional(
              v.pipe(
                stringToIntegerSchema('app:employment-information.errors.wfa-end-date.required-month'),
                v.minValue(1, 'app:employment-information.errors.wfa-end-date.invalid-month'),
                v.maxValue(12, 'app:employment-information.errors.wfa-end-date.invalid-month'),
              ),
            ),
            wfaEndDateDay: optionalString(
              v.optional(
                v.pipe(
                  stringToIntegerSchema('app:employment-information.errors.wfa-end-date.required-day'),
                  v.minValue(1, 'app:employment-information.errors.wfa-end-date.invalid-day'),
                  v.maxValue(31, 'app:employment-information.errors.wfa-end-date.invalid-day'),
                ),
              ),
            ),
            wfaEndDate: optionalString(
              v.optional(
                v.pipe(
                  v.string(),
                  v.isoDate('app:employment-information.errors.wfa-end-date.invalid'),
                  v.custom(
                    (input) => isValidCalendarDate(input as string),
                    'app:employment-information.errors.wfa-end-date.invalid',
                  ),
                ),
              ),
            ),
          }),
        ],
        'app:employment-information.errors.wfa-status-required',
      ),
    ]),
    // Custom forward validation to ensure directorate matches the selected branch (only when directorate is provided)
    v.forward(
      v.check((input) => {
        // If directorate is not provided (optional), validation passes
        if (!input.directorate || String(input.directorate).trim() === '') {
          return true;
        }

        const branchId = Number(input.branchOrServiceCanadaRegion);
        const directorateId = Number(input.directorate);

        // Check if branch has directorates
        const branchHasDirectorates = allDirectorates.some((d) => d.parent?.id === branchId);

        if (branchHasDirectorates) {
          // If branch has directorates, validate that directorate belongs to branch
          const directorate = allDirectorates.find((d) => d.id === directorateId);
          return directorate?.parent?.id === branchId;
        } else {
          // If branch has no directorates, directorate ID should equal branch ID
          return directorateId === branchId;
        }
      }, 'app:employment-information.errors.directorate-invalid'),
      ['directorate'],
    ),
    v.forward(
      v.partialCheck(
        [['wfaStartDate'], ['wfaEndDate']],
        //wfaStartDate and wfaEndDate are optional, but if both are present, then check that wfaStartDate < wfaEndDate
        (input) => !input.wfaStartDate || !input.wfaEndDate || input.wfaStartDate < input.wfaEndDate,
        'app:employment-information.errors.wfa-end-date.invalid-before-effective-date',
      ),
      ['wfaEndDate'],
    ),
  );
}

export async function createPersonalInformationSchema() {
  const allLanguagesOfCorrespondence = await getLanguageForCorrespondenceService().listAll();
  return v.object({
    firstName: v.pipe(
      v.string('app:personal-information.errors.surname-required'),
      v.trim(),
      v.nonEmpty('app:personal-information.errors.surname-required'),
    ),
    lastName: v.pipe(
      v.string('app:personal-information.errors.givenName-required'),
      v.trim(),
      v.nonEmpty('app:personal-information.errors.givenName-required'),
    ),
    personalRecordIdentifier: v.pipe(
      v.string('app:personal-information.errors.personal-record-identifier-required'),
      v.trim(),
      v.nonEmpty('app:personal-information.errors.personal-record-identifier-required'),
      v.length(9, 'app:personal-information.errors.personal-record-identifier-invalid'),
      v.regex(REGEX_PATTERNS.DIGIT_ONLY, 'app:personal-information.errors.personal-record-identifier-invalid'),
    ),
    languageOfCorrespondenceId: v.lazy(() =>
      v.pipe(
        stringToIntegerSchema('app:personal-information.errors.language-of-correspondence-required'),
        v.picklist(
          allLanguagesOfCorrespondence.map(({ id }) => id),
          'app:personal-information.errors.language-of-correspondence-required',
        ),
      ),
    ),
    businessEmailAddress: v.pipe(
      v.string('app:personal-information.errors.work-email-required'),
      v.trim(),
      v.nonEmpty('app:personal-information.errors.work-email-required'),
      v.email('app:personal-information.errors.work-email-invalid'),
    ),
    personalEmailAddress: v.pipe(
      v.string('app:personal-information.errors.personal-email-required'),
      v.trim(),
      v.nonEmpty('app:personal-information.errors.personal-email-required'),
      v.email('app:personal-information.errors.personal-email-invalid'),
    ),
    businessPhoneNumber: v.optional(
      v.pipe(
        v.string('app:personal-information.errors.work-phone-required'),
        v.trim(),
        v.custom((val) => isValidPhone(val as string), 'app:personal-information.errors.work-phone-invalid'),
        v.transform((val) => parsePhoneNumberWithError(val, 'CA').formatInternational().replace(/ /g, '')),
      ),
    ),
    personalPhoneNumber: v.pipe(
      v.string('app:personal-information.errors.personal-phone-required'),
      v.trim(),
      v.nonEmpty('app:personal-information.errors.personal-phone-required'),
      v.custom((val) => isValidPhone(val as string), 'app:personal-information.errors.personal-phone-invalid'),
      v.transform((val) => parsePhoneNumberWithError(val, 'CA').formatInternational().replace(/ /g, '')),
    ),
  });
}

export async function createReferralPreferencesSchema() {
  const allLanguageReferralTypes = await getLanguageReferralTypeService().listAll();
  const allSubstantivePositions = await getClassificationService().listAll(true); // Include inactive for validation
  const allProvinces = await getProvinceService().listAll();
  const allCities = await getCityService().listAll();

  return v.object({
    preferredLanguages: v.pipe(
      v.array(
        v.lazy(() =>
          v.pipe(
            stringToIntegerSchema('app:referral-preferences.errors.language-referral-type-invalid'),
            v.picklist(
              allLanguageReferralTypes.map((l) => l.id),
              'app:referral-preferences.errors.language-referral-type-invalid',
            ),
          ),
        ),
      ),
      v.nonEmpty('app:referral-preferences.errors.language-referral-type-required'),
      v.checkItems(
        (item, index, array) => array.indexOf(item) === index,
        'app:referral-preferences.errors.language-referral-type-duplicate',
      ),
    ),
    preferredClassifications: v.pipe(
      v.array(
        v.lazy(() =>
          v.pipe(
            stringToIntegerSchema('app:referral-preferences.errors.classification-invalid'),
            v.picklist(
              allSubstantivePositions.map((c) => c.id),
              'app:referral-preferences.errors.classification-invalid',
            ),
          ),
        ),
      ),
      v.nonEmpty('app:referral-preferences.errors.classification-required'),
      v.checkItems(
        (item, index, array) => array.indexOf(item) === index,
        'app:referral-preferences.errors.classification-duplicate',
      ),
    ),
    preferredProvince: v.lazy(() =>
      v.pipe(
        stringToIntegerSchema('app:referral-preferences.errors.work-location-province-required'),
        v.picklist(
          allProvinces.map(({ id }) => id),
          'app:referral-preferences.errors.work-location-province-required',
        ),
      ),
    ),
    preferredCities: v.pipe(
      v.array(
        v.lazy(() =>
          v.pipe(
            stringToIntegerSchema('app:referral-preferences.errors.work-location-city-invalid'),
            v.picklist(
              allCities.map((c) => c.id),
              'app:referral-preferences.errors.work-location-city-invalid',
            ),
          ),
        ),
      ),
      v.nonEmpty('app:referral-preferences.errors.work-location-city-required'),
      v.checkItems(
        (item, index, array) => array.indexOf(item) === index,
        'app:referral-preferences.errors.work-location-city-duplicate',
      ),
    ),
    isAvailableForReferral: v.boolean('app:referral-preferences.errors.referral-availibility-required'),
    isInterestedInAlternation: v.boolean('app:referral-preferences.errors.alternate-opportunity-required'),
  });
}

export async function parseEmploymentInformation(formData: FormData, hrAdvisors: User[]) {
  const wfaStartDateYear = formData.get('wfaStartDateYear')?.toString();
  const wfaStartDateMonth = formData.get('wfaStartDateMonth')?.toString();
  const wfaStartDateDay = formData.get('wfaStartDateDay')?.toString();
  const wfaEndDateYear = formData.get('wfaEndDateYear')?.toString();
  const wfaEndDateMonth = formData.get('wfaEndDateMonth')?.toString();
  const wfaEndDateDay = formData.get('wfaEndDateDay')?.toString();

  const formValues = {
    substantiveClassification: formString(formData.get('substantiveClassification')),
    branchOrServiceCanadaRegion: formString(formData.get('branchOrServiceCanadaRegion')),
    directorate: formString(formData.get('directorate')),
    provinceId: formString(formData.get('province')),
    cityId: formString(formData.get('cityId')),
    wfaStatusId: formString(formData.get('wfaStatus')),
    wfaStartDate: toDateString(wfaStartDateYear, wfaStartDateMonth, wfaStartDateDay),
    wfaStartDateYear,
    wfaStartDateMonth,
    wfaStartDateDay,
    wfaEndDate: toDateString(wfaEndDateYear, wfaEndDateMonth, wfaEndDateDay),
    wfaEndDateYear,
    wfaEndDateMonth,
    wfaEndDateDay,
    hrAdvisorId: formString(formData.get('hrAdvisorId')),
  };

  return {
    parseResult: v.safeParse(await createEmploymentInformationSchema(hrAdvisors), formValues),
    formValues: {
      substantiveClassification: formValues.substantiveClassification,
      branchOrServiceCanadaRegion: formValues.branchOrServiceCanadaRegion,
      directorate: formValues.directorate,
      provinceId: formValues.provinceId,
      cityId: formValues.cityId,
      wfaStatusId: formValues.wfaStatusId,
      wfaStartDateYear: formValues.wfaStartDateYear,
      wfaStartDateMonth: formValues.wfaStartDateMonth,
      wfaStartDateDay: formValues.wfaStartDateDay,
      wfaStartDate: formValues.wfaStartDate,
      wfaEndDate: formValues.wfaEndDate,
      wfaEndDateYear: formValues.wfaEndDateYear,
      wfaEndDateMonth: formValues.wfaEndDateMonth,
      wfaEndDateDay: formValues.wfaEndDateDay,
      hrAdvisorId: formValues.hrAdvisorId,
    },
  };
}
