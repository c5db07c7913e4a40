/* eslint-disable no-param-reassign */
import path from 'path'
import nunjucks from 'nunjucks'
import express from 'express'
import fs from 'fs'
import { setupNunjucksPermissions } from '@ministryofjustice/hmpps-prison-permissions-lib'
import {
  initialiseName,
  formatDate,
  ageInYears,
  capitalizeFirstLetter,
  capitaliseName,
  sentenceCase,
  isDateAndInThePast,
  referenceCodesToSelect,
  referenceCodesToRadiosOrCheckboxes,
  formatDob,
  formatAge,
  isInternalContact,
} from './utils'
import config from '../config'
import logger from '../../logger'
import { buildErrorSummaryList, customErrorOrderBuilder, findError } from '../middleware/validationMiddleware'
import { addressToLines, coarseAddressToLines } from './addressToLines'
import formatYesNo from './formatYesNo'
import { formatNameLastNameFirst, formatNameFirstNameFirst } from './formatName'
import restrictionTagColour from './restrictionTagColour'
import { formatDateRange } from './formatDateRange'
import { formatBusinessPhoneNumber, formatPhoneNumber } from './formatPhoneNumber'
import { formatTitleForAddress } from './addressUtils'
import sortContactAddresses from './sortAddress'
import { taskStatus } from './taskStatus'
import captionForAddContactJourney from '../routes/contacts/add/addContactsUtils'
import sortRestrictions from './sortRestrictions'
import sortAlerts from './sortAlerts'
import { convertToSortableColumns } from './convertToSortableColumns'
import { sortPhoneNumbers } from './sortPhoneNumbers'
import { ContactAddressDetails } from '../@types/contactsApiClient'
import { hasPermission } from './permissionsUtils'

export default function nunjucksSetup(app: express.Express): void {
  app.set('view engine', 'njk')

  app.locals.asset_path = '/assets/'
  app.locals.applicationName = 'Contacts linked to a prisoner - DPS'
  app.locals.environmentName = config.environmentName
  app.locals.environmentNameColour = config.environmentName === 'preprod' ? 'govuk-tag--green' : ''
  let assetManifest: Record<string, string> = {}

  try {
    const assetMetadataPath = path.resolve(__dirname, '../../assets/manifest.json')
    assetManifest = JSON.parse(fs.readFileSync(assetMetadataPath, 'utf8'))
  } catch (e) {
    if (process.env.NODE_ENV !== 'test') {
      logger.error(`Could not read asset manifest file ${e}`)
    }
  }

  // Set up the digital prison services URL in res.locals for use in views/macros - mini profile
  app.use((_req, res, next) => {
    res.locals.digitalPrisonServicesUrl = config.serviceUrls.digitalPrison
    res.locals.prisonerProfileUrl = config.serviceUrls.prisonerProfileUrl
    return next()
  })

  app.locals.linkedPrisonersConfirmationThreshold = config.linkedPrisonersConfirmationThreshold

  const njkEnv = nunjucks.configure(
    [
      path.join(__dirname, '../../server/views'),
      path.join(__dirname, '../../server/routes'),
      'node_modules/govuk-frontend/dist/',
      'node_modules/govuk-frontend/dist/components/',
      'node_modules/@ministryofjustice/frontend/',
      'node_modules/@ministryofjustice/frontend/moj/components/',
      'node_modules/@ministryofjustice/hmpps-connect-dps-components/dist/assets/',
      'node_modules/@ministryofjustice/hmpps-connect-dps-shared-items/dist/assets/',
    ],
    {
      autoescape: true,
      express: app,
      noCache: process.env.NODE_ENV !== 'production',
    },
  )

  njkEnv.addFilter('initialiseName', initialiseName)
  njkEnv.addFilter('capitaliseName', capitaliseName)
  njkEnv.addFilter('assetMap', (url: string) => assetManifest[url] || url)
  njkEnv.addFilter('buildErrorSummaryList', buildErrorSummaryList)
  njkEnv.addFilter('findError', findError)
  njkEnv.addFilter('formatDate', formatDate)
  njkEnv.addGlobal('DPS_HOME_PAGE_URL', config.serviceUrls.digitalPrison)
  njkEnv.addFilter('pluralise', (word, count, plural = `${word}s`) => (count === 1 ? word : plural))
  njkEnv.addFilter('addressToLines', addressToLines)
  njkEnv.addFilter('coarseAddressToLines', coarseAddressToLines)
  njkEnv.addFilter('formatTitleForAddress', formatTitleForAddress)
  njkEnv.addFilter('sortContactAddresses', sortContactAddresses)
  njkEnv.addFilter('ageInYears', ageInYears)
  njkEnv.addFilter('formatDate', formatDate)
  njkEnv.addFilter('formatYesNo', formatYesNo)
  njkEnv.addFilter('formatNameLastNameFirst', formatNameLastNameFirst)
  njkEnv.addFilter('formatNameFirstNameFirst', formatNameFirstNameFirst)
  njkEnv.addFilter('restrictionTagColour', restrictionTagColour)
  // njkEnv.addFilter('nl2br', (val?: string) => (val ? String(val).replace(/\n/g, '<br/>') : ''))
  njkEnv.addFilter('capitalizeFirstLetter', capitalizeFirstLetter)
  njkEnv.addFilter('convertToSortableColumns', convertToSortableColumns)
  njkEnv.addFilter('formatDateRange', formatDateRange)
  njkEnv.addFilter('formatBusinessPhoneNumber', formatBusinessPhoneNumber)
  njkEnv.addFilter('formatPhoneNumber', formatPhoneNumber)
  njkEnv.addFilter('formatDob', formatDob)
  njkEnv.addFilter('formatAge', formatAge)
  njkEnv.addFilter('sentenceCase', sentenceCase)
  njkEnv.addFilter('isDateAndInThePast', isDateAndInThePast)
  njkEnv.addFilter('referenceCodesToSelect', referenceCodesToSelect)
  njkEnv.addFilter('referenceCodesToRadios', referenceCodesToRadiosOrCheckboxes)
  njkEnv.addFilter('referenceCodesToCheckboxes', referenceCodesToRadiosOrCheckboxes)
  njkEnv.addFilter('customErrorOrderBuilder', customErrorOrderBuilder)
  njkEnv.addFilter('taskStatus', taskStatus)
  njkEnv.addFilter('captionForAddContactJourney', captionForAddContactJourney)
  njkEnv.addFilter('formatPrimaryOrPostal', (address: ContactAddressDetails & { mailAddress?: boolean }) => {
    if (address.primaryAddress && (address.mailAddress || address.mailFlag)) {
      return 'Primary and postal address'
    }
    if (address.primaryAddress) {
      return 'Primary address'
    }
    if (address.mailAddress || address.mailFlag) {
      return 'Postal address'
    }
    return 'No'
  })
  njkEnv.addFilter('formatAddressCardTitle', (address: ContactAddressDetails & { mailAddress?: boolean }) => {
    if (address.primaryAddress && (address.mailAddress || address.mailFlag)) {
      return 'Primary and postal address'
    }
    if (address.primaryAddress) {
      return 'Primary address'
    }
    if (address.mailAddress || address.mailFlag) {
      return 'Postal address'
    }
    return address.addressTypeDescription || 'Address'
  })
  njkEnv.addFilter(
    'setSelected',
    (items: { value: string; text: string }[], selected) =>
      items &&
      items.map(entry => ({
        ...entry,
        selected: entry && String(entry.value) === String(selected),
      })),
  )
  njkEnv.addFilter(
    'setChecked',
    (items: { value: string; text: string }[], checked?: string[] | string) =>
      items &&
      items.map(entry => ({
        ...entry,
        checked: entry && (Array.isArray(checked) ? checked.includes(String(entry.value)) : entry.value === checked),
      })),
  )
  njkEnv.addFilter('sortRestrictions', sortRestrictions)
  njkEnv.addFilter('sortAlerts', sortAlerts)
  njkEnv.addFilter('sortPhoneNumbers', sortPhoneNumbers)
  njkEnv.addFilter('isInternalContact', isInternalContact)
  njkEnv.addFilter('hasPermission', hasPermission)

  // Add prisoner permissions helpers and enums for use in templates (isGranted, PersonalRelationshipsPermission, etc.)
  setupNunjucksPermissions(njkEnv)
}
