import archiver from 'archiver';
import fs, { createReadStream } from 'fs';
import { join } from 'path';
import {
  ForbiddenException,
  Inject,
  Injectable,
  Logger,
  StreamableFile,
} from '@nestjs/common';
import {
  Request as ExpressRequest,
  Response as ExpressResponse,
} from 'express';
import {
  ApplicationMethodsTypeEnum,
  ListingEventsTypeEnum,
  ListingTypeEnum,
  MarketingTypeEnum,
  NeighborhoodAmenitiesEnum,
} from '@prisma/client';
import { includeViews } from './listing.service';
import { PrismaService } from './prisma.service';
import {
  CsvExporterServiceInterface,
  CsvHeader,
} from '../types/CsvExportInterface';
import { ListingCsvQueryParams } from '../dtos/listings/listing-csv-query-params.dto';
import { User } from '../dtos/users/user.dto';
import { formatLocalDate } from '../utilities/format-local-date';
import { FeatureFlagEnum } from '../enums/feature-flags/feature-flags-enum';
import { ListingReviewOrder } from '../enums/listings/review-order-enum';
import { isEmpty } from '../utilities/is-empty';
import { ListingEvent } from '../dtos/listings/listing-event.dto';
import { ApplicationMethod } from '../dtos/application-methods/application-method.dto';
import Unit from '../dtos/units/unit.dto';
import Listing from '../dtos/listings/listing.dto';
import { mapTo } from '../utilities/mapTo';
import { ListingMultiselectQuestion } from '../dtos/listings/listing-multiselect-question.dto';
import { ListingUtilities } from '../dtos/listings/listing-utility.dto';
import { ListingFeatures } from '../dtos/listings/listing-feature.dto';
import { UnitType } from '../dtos/unit-types/unit-type.dto';
import { UnitGroupAmiLevel } from '../dtos/unit-groups/unit-group-ami-level.dto';
import {
  formatRange,
  formatRentRange,
  getRentTypes,
} from '../utilities/unit-utilities';
import { unitTypeToReadable } from '../utilities/application-export-helpers';
import {
  doAllJurisdictionHaveFeatureFlagSet,
  doAnyJurisdictionHaveFalsyFeatureFlagValue,
  doAnyJurisdictionHaveFeatureFlagSet,
} from '../utilities/feature-flag-utilities';
import { UnitGroupSummary } from '../dtos/unit-groups/unit-group-summary.dto';
import { addUnitGroupsSummarized } from '../utilities/unit-groups-transformations';
import { ListingDocuments } from '../dtos/listings/listing-documents.dto';
import { ListingParkingType } from '../dtos/listings/listing-parking-type.dto';
import { S3Service } from './s3.service';

includeViews.csv = {
  listingMultiselectQuestions: {
    include: {
      multiselectQuestions: {
        select: {
          name: true,
        },
      },
    },
  },
  ...includeViews.full,
  copyOf: {
    select: {
      id: true,
    },
  },
  userAccounts: true,
  units: { select: { id: true } },
  unitGroups: { select: { id: true } },
};
const NUMBER_TO_PAGINATE_BY = 100;

export const formatStatus = {
  active: 'Public',
  closed: 'Closed',
  pending: 'Draft',
  scheduled: 'Scheduled',
  pendingReview: 'Pending Review',
  changesRequested: 'Changes Requested',
};

export const formatCommunityType = {
  senior55: 'Seniors 55+',
  senior62: 'Seniors 62+',
  specialNeeds: 'Special Needs',
  developmentalDisability: 'Developmental Disability',
  farmworkerHousing: 'Farmworker Housing',
  housingVoucher: 'HCV/Section 8 Voucher',
  senior: 'Seniors',
  seniorVeterans: 'Senior Veteran',
  veteran: 'Veteran',
  schoolEmployee: 'School Employee',
};

export const formatListingFeature = {
  accessibleHeightToilet: 'Accessible height toilet',
  accessibleParking: 'Accessible parking spots',
  acInUnit: 'AC in unit',
  barrierFreeBathroom: 'Barrier-free bathrooms',
  barrierFreeEntrance: 'Barrier-free (no-step) property entrance',
  barrierFreePropertyEntrance: 'Barrier-free (no-step) property entrance',
  barrierFreeUnitEntrance: 'Barrier-free (no-step) unit entrances',
  bathGrabBarsOrReinforcements: 'Bath grab bars or reinforcements',
  bathroomCounterLowered:
    'Bathroom counter lowered with min 27 inch high knee space',
  brailleSignageInBuilding: 'Braille signage in building',
  carbonMonoxideDetectorWithStrobe: 'Carbon monoxide detector with strobe',
  carpetInUnit: 'Carpet in unit',
  elevator: 'Elevator',
  extraAudibleCarbonMonoxideDetector:
    'Extra audible carbon monoxide detector - min. 85 db',
  extraAudibleSmokeDetector: 'Extra audible smoke detector - min. 85 db',
  fireSuppressionSprinklerSystem: 'Fire suppression / sprinkler system',
  frontControlsDishwasher: 'Front controls on dishwasher',
  frontControlsStoveCookTop: 'Front controls on stove/cook top',
  grabBars: 'Grab bars in bathrooms',
  hardFlooringInUnit: 'Hard flooring in unit',
  hearing: 'Units for those with hearing accessibility needs',
  hearingAndVision:
    'Units for those with hearing and/or vision accessibility needs',
  heatingInUnit: 'Heating in unit',
  inUnitWasherDryer: 'In-unit washer/dryer',
  kitchenCounterLowered:
    'Kitchen counter lowered with min 27 inch high knee space',
  laundryInBuilding: 'Laundry in building',
  leverHandlesOnDoors: 'Lever handles on doors',
  leverHandlesOnFaucets: 'Lever handles on faucets',
  loweredCabinets: 'Lowered cabinets and countertops',
  loweredLightSwitch: 'Lowered light switches',
  mobility: 'Units for those with mobility accessibility needs',
  noEntryStairs: 'No entry stairs',
  nonDigitalKitchenAppliances: 'Non-digital kitchen appliances',
  noStairsToParkingSpots: 'No stairs to parking spots',
  noStairsWithinUnit: 'No stairs within unit',
  parkingOnSite: 'Parking on site',
  refrigeratorWithBottomDoorFreezer: 'Refrigerator with bottom-door freezer',
  rollInShower: 'Roll-in showers',
  serviceAnimalsAllowed: 'Service animals allowed',
  smokeDetectorWithStrobe: 'Smoke detector with strobe',
  streetLevelEntrance: 'Street-level entrance',
  toiletGrabBarsOrReinforcements: 'Toilet grab bars or reinforcements',
  ttyAmplifiedPhone: 'TTY / amplified phone',
  turningCircleInBathrooms: 'Turning circle in bathrooms',
  visual: 'Units for those with vision accessibility needs',
  walkInShower: 'Walk-in shower',
  wheelchairRamp: 'Wheelchair ramp',
  wideDoorways: 'Wide unit doorways for wheelchairs',
};

export const formatParkingType = {
  carport: 'Carport',
  garage: 'Garage',
  offStreet: 'Off street',
  onStreet: 'On street',
};

export const formatListingDocuments = {
  birthCertificate: 'Birth Certificate (all household members 18+)',
  currentLandlordReference: 'Current landlord reference',
  governmentIssuedId: 'Government-issued ID (all household members 18+)',
  previousLandlordReference: 'Previous landlord reference',
  proofOfAssets: 'Proof of Assets (bank statements, etc.)',
  proofOfCustody: 'Proof of Custody/Guardianship',
  proofOfIncome: 'Proof of household income (check stubs, W-2, etc.)',
  residencyDocuments: 'Immigration/Residency documents (green card, etc.)',
  socialSecurityCard: 'Social Security card',
};

export const formatCloudinaryPdfUrl = (fileId: string): string => {
  const cloudinaryCloudName: string | undefined =
    process.env.CLOUDINARY_CLOUD_NAME || process.env.cloudinaryCloudName;
  if (!cloudinaryCloudName) {
    return fileId;
  }
  return `https://res.cloudinary.com/${cloudinaryCloudName}/image/upload/${fileId}.pdf`;
};

@Injectable()
export class ListingCsvExporterService implements CsvExporterServiceInterface {
  readonly dateFormat: string = 'YYYY-MM-DD hh:mm:ss A';
  timeZone = process.env.TIME_ZONE;
  constructor(
    private prisma: PrismaService,
    @Inject(Logger)
    private logger = new Logger(ListingCsvExporterService.name),
    private s3Service: S3Service,
  ) {}

  /**
   *
   * @param queryParams
   * @param req
   * @returns a promise containing a streamable file
   */
  async exportFile<QueryParams extends ListingCsvQueryParams>(
    req: ExpressRequest,
    res: ExpressResponse,
    queryParams: QueryParams,
  ): Promise<StreamableFile> {
    this.logger.warn('Generating Listing-Unit Zip');
    const user = mapTo(User, req['user']);
    await this.authorizeCSVExport(user);

    const zipFileName = `listings-units-${user.id}-${new Date().getTime()}.zip`;
    const zipFilePath = join(process.cwd(), `src/temp/${zipFileName}`);
    res.set({
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename: ${zipFileName}`,
    });

    const listingFilePath = join(
      process.cwd(),
      `src/temp/listings-${user.id}-${new Date().getTime()}.csv`,
    );
    const unitFilePath = join(
      process.cwd(),
      `src/temp/units-${user.id}-${new Date().getTime()}.csv`,
    );
    const unitGroupsFilePath = join(
      process.cwd(),
      `src/temp/unit-groups-${user.id}-${new Date().getTime()}.csv`,
    );

    const enableUnitGroups = doAnyJurisdictionHaveFeatureFlagSet(
      user.jurisdictions,
      FeatureFlagEnum.enableUnitGroups,
    );

    const hasUnits =
      !enableUnitGroups ||
      doAnyJurisdictionHaveFalsyFeatureFlagValue(
        user.jurisdictions,
        FeatureFlagEnum.enableUnitGroups,
      );

    await this.generateExportedFiles(
      user,
      queryParams,
      hasUnits,
      enableUnitGroups,
      listingFilePath,
      unitFilePath,
      unitGroupsFilePath,
    );

    return new Promise((resolve) => {
      const output = fs.createWriteStream(zipFilePath);
      const archive = archiver('zip', { zlib: { level: 9 } });

      output.on('close', () => {
        const zipFile = createReadStream(zipFilePath);
        resolve(new StreamableFile(zipFile));
      });

      archive.pipe(output);
      const listingCsv = createReadStream(listingFilePath);
      archive.append(listingCsv, { name: 'listings.csv' });
      if (hasUnits) {
        const unitCsv = createReadStream(unitFilePath);
        archive.append(unitCsv, { name: 'units.csv' });
      }
      if (enableUnitGroups) {
        const unitGroupsCsv = createReadStream(unitGroupsFilePath);
        archive.append(unitGroupsCsv, { name: 'unitGroups.csv' });
      }
      archive.finalize();
    });
  }

  async exporterSecure<QueryParams extends ListingCsvQueryParams>(
    req: ExpressRequest,
    queryParams: QueryParams,
  ): Promise<string> {
    this.logger.warn('Generating Listing-Unit Zip Secure');
    const user = mapTo(User, req['user']);
    await this.authorizeCSVExport(user);
    const now = new Date();

    const zipFileName = `listings-units-${user.id}-${new Date().getTime()}.zip`;
    const zipFilePath = join(process.cwd(), `src/temp/${zipFileName}`);

    const listingFilePath = join(
      process.cwd(),
      `src/temp/listings-${user.id}-${new Date().getTime()}.csv`,
    );
    const unitFilePath = join(
      process.cwd(),
      `src/temp/units-${user.id}-${new Date().getTime()}.csv`,
    );
    const unitGroupsFilePath = join(
      process.cwd(),
      `src/temp/unit-groups-${user.id}-${new Date().getTime()}.csv`,
    );

    const enableUnitGroups = doAnyJurisdictionHaveFeatureFlagSet(
      user.jurisdictions,
      FeatureFlagEnum.enableUnitGroups,
    );

    const hasUnits =
      !enableUnitGroups ||
      doAnyJurisdictionHaveFalsyFeatureFlagValue(
        user.jurisdictions,
        FeatureFlagEnum.enableUnitGroups,
      );

    await this.generateExportedFiles(
      user,
      queryParams,
      hasUnits,
      enableUnitGroups,
      listingFilePath,
      unitFilePath,
      unitGroupsFilePath,
    );

    const output = fs.createWriteStream(zipFilePath);
    const archive = archiver('zip', { zlib: { level: 9 } });
    archive.pipe(output);
    const listingCsv = createReadStream(listingFilePath);
    archive.append(listingCsv, { name: 'listings.csv' });
    if (hasUnits) {
      const unitCsv = createReadStream(unitFilePath);
      archive.append(unitCsv, { name: 'units.csv' });
    }
    if (enableUnitGroups) {
      const unitGroupsCsv = createReadStream(unitGroupsFilePath);
      archive.append(unitGroupsCsv, { name: 'unitGroups.csv' });
    }
    await archive.finalize();

    const s3Key = `listing_export_${now.getTime()}.zip`;
    await this.s3Service.uploadToPrivate(s3Key, zipFilePath);
    return await this.s3Service.urlForPrivate(s3Key);
  }

  async generateExportedFiles<QueryParams extends ListingCsvQueryParams>(
    user: User,
    queryParams: QueryParams,
    hasUnits: boolean,
    enableUnitGroups: boolean,
    listingFilePath: string,
    unitFilePath: string,
    unitGroupsFilePath: string,
  ): Promise<void> {
    if (queryParams.timeZone) {
      this.timeZone = queryParams.timeZone;
    }

    const whereClause = {
      jurisdictions: {
        OR: [],
      },
      externalListingId: {
        equals: null,
      },
    };

    user.jurisdictions?.forEach((jurisdiction) => {
      whereClause.jurisdictions.OR.push({
        id: jurisdiction.id,
      });
    });
    const listings = await this.prisma.listings.findMany({
      select: {
        id: true,
      },
      where: whereClause,
    });

    await this.createCsv(listingFilePath, whereClause, {
      listings: listings as unknown as Listing[],
      user,
    });

    if (enableUnitGroups) {
      await this.createUnitCsv(
        unitGroupsFilePath,
        listings as unknown as Listing[],
        true,
      );
    }

    if (hasUnits) {
      await this.createUnitCsv(
        unitFilePath,
        listings as unknown as Listing[],
        false,
      );
    }
  }

  /**
   *
   * @param filename
   * @param optionParams
   * @returns a promise with SuccessDTO
   */
  async createCsv(
    filename: string,
    whereClause: Record<string, any>,
    optionParams: { listings: Listing[]; user: User },
  ): Promise<void> {
    const csvHeaders = await this.getCsvHeaders(optionParams.user);

    return new Promise((resolve, reject) => {
      // create stream
      const writableStream = fs.createWriteStream(`${filename}`);
      writableStream
        .on('error', (err) => {
          console.log('csv writestream error');
          console.log(err);
          reject(err);
        })
        .on('close', () => {
          resolve();
        })
        .on('open', async () => {
          writableStream.write(
            csvHeaders.map((header) => header.label).join(',') + '\n',
          );

          const promiseArray: Promise<string>[] = [];
          for (
            let i = 0;
            i < optionParams.listings.length;
            i += NUMBER_TO_PAGINATE_BY
          ) {
            promiseArray.push(
              new Promise(async (resolve) => {
                // grab listings NUMBER_TO_PAGINATE_BY at a time
                const paginatedListings = await this.prisma.listings.findMany({
                  include: includeViews.csv,
                  where: {
                    id: {
                      in: optionParams.listings
                        .slice(i, i + NUMBER_TO_PAGINATE_BY)
                        .map((app) => app.id),
                    },
                  },
                });
                let data = '';
                // now loop over listings and write them to file
                paginatedListings.forEach((listing) => {
                  let row = '';
                  csvHeaders.forEach((header, index) => {
                    let value = header.path.split('.').reduce((acc, curr) => {
                      // handles working with arrays, e.g. householdMember.0.firstName
                      if (!isNaN(Number(curr))) {
                        const index = Number(curr);
                        return acc[index];
                      }

                      if (acc === null || acc === undefined) {
                        return '';
                      }
                      return acc[curr];
                    }, listing);
                    value =
                      value === undefined ? '' : value === null ? '' : value;
                    if (header.format) {
                      value = header.format(value, listing);
                    }

                    row += value
                      ? `"${value.toString().replace(/"/g, `""`)}"`
                      : '';
                    if (index < csvHeaders.length - 1) {
                      row += ',';
                    }
                  });

                  data += row + '\n';
                });
                resolve(data);
              }),
            );
          }

          const resolvedArray = await Promise.all(promiseArray);
          // now loop over batched row data and write them to file
          resolvedArray.forEach((row) => {
            try {
              writableStream.write(row);
            } catch (e) {
              console.log('writeStream write error = ', e);
              writableStream.once('drain', () => {
                console.log('drain buffer');
                writableStream.write(row + '\n');
              });
            }
          });

          writableStream.end();
        });
    });
  }

  async createUnitCsv(
    filename: string,
    listings: Listing[],
    enableUnitGroups?: boolean,
  ): Promise<void> {
    const csvHeaders = enableUnitGroups
      ? this.getUnitGroupCsvHeaders()
      : this.getUnitCsvHeaders();

    return new Promise((resolve, reject) => {
      const writableStream = fs.createWriteStream(`${filename}`);
      writableStream
        .on('error', (err) => {
          console.log('csv writestream error');
          console.log(err);
          reject(err);
        })
        .on('close', () => {
          resolve();
        })
        .on('open', async () => {
          writableStream.write(
            csvHeaders.map((header) => header.label).join(',') + '\n',
          );

          const promiseArray: Promise<string>[] = [];
          for (let i = 0; i < listings.length; i += NUMBER_TO_PAGINATE_BY) {
            promiseArray.push(
              new Promise(async (resolve) => {
                // grab listings NUMBER_TO_PAGINATE_BY at a time
                const paginatedListings = await this.prisma.listings.findMany({
                  include: {
                    jurisdictions: true,
                    units: {
                      include: {
                        unitTypes: true,
                        unitAmiChartOverrides: true,
                      },
                    },
                    unitGroups: {
                      include: {
                        unitTypes: true,
                        unitGroupAmiLevels: {
                          include: {
                            amiChart: {
                              include: {
                                jurisdictions: true,
                              },
                            },
                          },
                        },
                      },
                    },
                  },
                  where: {
                    id: {
                      in: listings
                        .slice(i, i + NUMBER_TO_PAGINATE_BY)
                        .map((app) => app.id),
                    },
                  },
                });

                let data = '';

                if (enableUnitGroups) {
                  // Add unit groups summarized to listings
                  // should be removed when unit summarized stored in db
                  addUnitGroupsSummarized(
                    paginatedListings as unknown as Listing[],
                  );
                }
                const flattenedListings = enableUnitGroups
                  ? (paginatedListings as unknown as Listing[]).flatMap(
                      (listing) =>
                        listing.unitGroups?.map((unitGroup, index) => ({
                          listing: { id: listing.id, name: listing.name },
                          unitGroup,
                          unitGroupSummary:
                            listing.unitGroupsSummarized?.unitGroupSummary?.[
                              index
                            ],
                        })) || [],
                    )
                  : (paginatedListings as unknown as Listing[]).flatMap(
                      (listing) =>
                        (listing.units || []).map((unit) => ({
                          listing: { id: listing.id, name: listing.name },
                          unit,
                        })),
                    );

                flattenedListings.forEach((item) => {
                  let row = '';
                  csvHeaders.forEach((header, index) => {
                    let value = header.path.split('.').reduce((acc, curr) => {
                      // handles working with arrays, e.g. householdMember.0.firstName
                      if (!isNaN(Number(curr))) {
                        const index = Number(curr);
                        return acc[index];
                      }

                      if (acc === null || acc === undefined) {
                        return '';
                      }
                      return acc[curr];
                    }, item);
                    value =
                      value === undefined ? '' : value === null ? '' : value;
                    if (header.format) {
                      value = header.format(value);
                    }

                    row += value
                      ? `"${value.toString().replace(/"/g, `""`)}"`
                      : '';
                    if (index < csvHeaders.length - 1) {
                      row += ',';
                    }
                  });

                  data += row + '\n';
                });
                resolve(data);
              }),
            );
          }

          const resolvedArray = await Promise.all(promiseArray);
          // now loop over batched row data and write them to file
          resolvedArray.forEach((row) => {
            try {
              writableStream.write(row);
            } catch (e) {
              console.log('writeStream write error = ', e);
              writableStream.once('drain', () => {
                console.log('drain buffer');
                writableStream.write(row + '\n');
              });
            }
          });
          writableStream.end();
        });
    });
  }

  formatCurrency(value: string): string {
    return value ? `$${value}` : '';
  }

  buildingSelectionCriteria(value: string, listing?: Listing): string {
    if (value) return listing.buildingSelectionCriteria;
    if (listing?.listingsBuildingSelectionCriteriaFile?.fileId)
      return formatCloudinaryPdfUrl(
        listing.listingsBuildingSelectionCriteriaFile?.fileId,
      );
    return '';
  }

  marketingFlyer(value: string, listing?: Listing): string {
    if (value) return listing.marketingFlyer;
    if (listing?.listingsMarketingFlyerFile?.fileId)
      return formatCloudinaryPdfUrl(listing.listingsMarketingFlyerFile?.fileId);
    return '';
  }

  accessibleMarketingFlyer(value: string, listing?: Listing): string {
    if (value) return listing.accessibleMarketingFlyer;
    if (listing?.listingsAccessibleMarketingFlyerFile?.fileId)
      return formatCloudinaryPdfUrl(
        listing.listingsAccessibleMarketingFlyerFile?.fileId,
      );
    return '';
  }

  cloudinaryPdfFromId(publicId: string): string {
    if (publicId) {
      return formatCloudinaryPdfUrl(publicId);
    }
    return '';
  }

  formatYesNo = (value: boolean | null): string => {
    if (value === null || typeof value == 'undefined') return '';
    else if (value) return 'Yes';
    else return 'No';
  };

  hideZero = (fieldValue: number | string) => {
    if (isEmpty(fieldValue) || fieldValue === 0 || fieldValue === '0')
      return '';
    return fieldValue;
  };

  buildSelectList(
    val:
      | ListingUtilities
      | ListingDocuments
      | ListingFeatures
      | ListingParkingType,
    formatter?: Record<string, string>,
  ): string {
    if (!val) return '';
    let selectedValues;
    if (formatter) {
      selectedValues = Object.entries(val).reduce((combined, entry) => {
        if (entry[1] === true) {
          combined.push(formatter[entry[0]]);
        }
        return combined;
      }, []);
    } else {
      selectedValues = Object.entries(val).reduce((combined, entry) => {
        if (entry[1] === true) {
          combined.push(entry[0]);
        }
        return combined;
      }, []);
    }
    return selectedValues.join(', ');
  }

  async getCsvHeaders(user: User): Promise<CsvHeader[]> {
    const enableNonRegulatedListings = doAnyJurisdictionHaveFeatureFlagSet(
      user.jurisdictions,
      FeatureFlagEnum.enableNonRegulatedListings,
    );

    const headers: CsvHeader[] = [
      {
        path: 'id',
        label: 'Listing Id',
      },
      {
        path: 'createdAt',
        label: 'Created At Date',
        format: (val: string): string =>
          formatLocalDate(val, this.dateFormat, this.timeZone),
      },
      {
        path: 'jurisdictions.name',
        label: 'Jurisdiction',
      },
      {
        path: 'name',
        label: 'Listing Name',
      },
      ...(enableNonRegulatedListings
        ? [
            {
              path: 'listingType',
              label: 'Listing Type',
              format: (val: ListingTypeEnum) => {
                if (!val) {
                  return '';
                }

                return val === ListingTypeEnum.regulated
                  ? 'Regulated'
                  : 'Non-regulated';
              },
            },
          ]
        : []),
      {
        path: 'status',
        label: 'Listing Status',
        format: (val: string): string => formatStatus[val],
      },
      {
        path: 'publishedAt',
        label: 'Publish Date',
        format: (val: string): string =>
          formatLocalDate(val, this.dateFormat, this.timeZone),
      },
      {
        path: 'contentUpdatedAt',
        label: 'Last Updated',
        format: (val: string): string =>
          formatLocalDate(val, this.dateFormat, this.timeZone),
      },
      {
        path: 'copyOf',
        label: 'Copy or Original',
        format: (val: Listing): string => (val ? 'Copy' : 'Original'),
      },
      {
        path: 'copyOfId',
        label: 'Copied From',
        format: (val: string): string => val,
      },
      {
        path: 'developer',
        label: doAnyJurisdictionHaveFeatureFlagSet(
          user.jurisdictions,
          FeatureFlagEnum.enableHousingDeveloperOwner,
        )
          ? 'Housing developer / owner'
          : 'Housing Provider',
      },
      ...(enableNonRegulatedListings
        ? [
            {
              path: 'hasHudEbllClearance',
              label: 'Has HUD EBLL Clearance',
              format: this.formatYesNo,
            },
          ]
        : []),
      ...(doAnyJurisdictionHaveFeatureFlagSet(
        user.jurisdictions,
        FeatureFlagEnum.enableListingFileNumber,
      )
        ? [
            {
              path: 'listingFileNumber',
              label: 'Listing File Number',
            },
          ]
        : []),
      {
        path: 'listingsBuildingAddress.street',
        label: 'Building Street Address',
      },
      {
        path: 'listingsBuildingAddress.city',
        label: 'Building City',
      },
      {
        path: 'listingsBuildingAddress.state',
        label: 'Building State',
      },
      {
        path: 'listingsBuildingAddress.zipCode',
        label: 'Building Zip',
      },
      {
        path: 'neighborhood',
        label: 'Building Neighborhood',
      },
      ...(doAnyJurisdictionHaveFeatureFlagSet(
        user.jurisdictions,
        FeatureFlagEnum.enableRegions,
      )
        ? [
            {
              path: 'region',
              label: 'Building Region',
            },
          ]
        : []),
      ...(doAnyJurisdictionHaveFeatureFlagSet(
        user.jurisdictions,
        FeatureFlagEnum.enableConfigurableRegions,
      )
        ? [
            {
              path: 'configurableRegion',
              label: 'Building Region',
            },
          ]
        : []),
      {
        path: 'yearBuilt',
        label: 'Building Year Built',
      },
      ...(doAnyJurisdictionHaveFalsyFeatureFlagValue(
        user.jurisdictions,
        FeatureFlagEnum.swapCommunityTypeWithPrograms,
      )
        ? [
            {
              path: 'reservedCommunityTypes.name',
              label: 'Reserved Community Types',
              format: (val: string): string => formatCommunityType[val] || val,
            },
          ]
        : [
            {
              path: 'listingMultiselectQuestions',
              label: 'Community Types',
              format: (val: ListingMultiselectQuestion[]): string => {
                return val
                  .filter(
                    (question) =>
                      question.multiselectQuestions.applicationSection ===
                      'programs',
                  )
                  .map((question) => question.multiselectQuestions.name)
                  .join(',');
              },
            },
          ]),
      {
        path: 'listingsBuildingAddress.latitude',
        label: 'Latitude',
      },
      {
        path: 'listingsBuildingAddress.longitude',
        label: 'Longitude',
      },
    ];

    if (
      doAnyJurisdictionHaveFeatureFlagSet(
        user.jurisdictions,
        FeatureFlagEnum.enableHomeType,
      )
    ) {
      headers.push({
        path: 'homeType',
        label: 'Home Type',
      });
    }

    if (
      doAnyJurisdictionHaveFeatureFlagSet(
        user.jurisdictions,
        FeatureFlagEnum.enableUnitGroups,
      )
    ) {
      headers.push({
        path: 'unitGroups.length',
        label: 'Number of Unit Groups',
      });
    }
    if (
      doAnyJurisdictionHaveFalsyFeatureFlagValue(
        user.jurisdictions,
        FeatureFlagEnum.enableUnitGroups,
      )
    ) {
      headers.push({
        path: 'units.length',
        label: 'Number of Units',
      });
    }

    if (
      doAnyJurisdictionHaveFeatureFlagSet(
        user.jurisdictions,
        FeatureFlagEnum.enableSection8Question,
      )
    ) {
      headers.push({
        path: 'section8Acceptance',
        label: 'Accept Section 8',
        format: this.formatYesNo,
      });
    }
    if (
      doAnyJurisdictionHaveFeatureFlagSet(
        user.jurisdictions,
        FeatureFlagEnum.enableUtilitiesIncluded,
      )
    ) {
      headers.push({
        path: 'listingUtilities',
        label: 'Utilities Included',
        format: this.buildSelectList,
      });
    }
    if (
      doAnyJurisdictionHaveFeatureFlagSet(
        user.jurisdictions,
        FeatureFlagEnum.enableAccessibilityFeatures,
      )
    ) {
      headers.push({
        path: 'listingFeatures',
        label: 'Listing Accessibility Features',
        format: (val) => this.buildSelectList(val, formatListingFeature),
      });
    }

    headers.push(
      ...[
        {
          path: 'reviewOrderType',
          label: 'Listing Availability',
          format: (val: string): string =>
            val === ListingReviewOrder.waitlist
              ? 'Open Waitlist'
              : 'Available Units',
        },
        {
          path: 'reviewOrderType',
          label: 'Review Order',
          format: (val: string): string => {
            if (!val) return '';
            const spacedValue = val.replace(/([A-Z])/g, (match) => ` ${match}`);
            const result =
              spacedValue.charAt(0).toUpperCase() + spacedValue.slice(1);
            return result;
          },
        },
        {
          path: 'listingEvents',
          label: 'Lottery Date',
          format: (val: ListingEvent[]): string => {
            if (!val) return '';
            const lottery = val.filter(
              (event) => event.type === ListingEventsTypeEnum.publicLottery,
            );
            return lottery.length
              ? formatLocalDate(
                  lottery[0].startTime,
                  'MM-DD-YYYY',
                  this.timeZone,
                )
              : '';
          },
        },
        {
          path: 'listingEvents',
          label: 'Lottery Start',
          format: (val: ListingEvent[]): string => {
            if (!val) return '';
            const lottery = val.filter(
              (event) => event.type === ListingEventsTypeEnum.publicLottery,
            );
            return lottery.length
              ? formatLocalDate(lottery[0].startTime, 'hh:mmA z', this.timeZone)
              : '';
          },
        },
        {
          path: 'listingEvents',
          label: 'Lottery End',
          format: (val: ListingEvent[]): string => {
            if (!val) return '';
            const lottery = val.filter(
              (event) => event.type === ListingEventsTypeEnum.publicLottery,
            );
            return lottery.length
              ? formatLocalDate(lottery[0].endTime, 'hh:mmA z', this.timeZone)
              : '';
          },
        },
        {
          path: 'listingEvents',
          label: 'Lottery Notes',
          format: (val: ListingEvent[]): string => {
            if (!val) return '';
            const lottery = val.filter(
              (event) => event.type === ListingEventsTypeEnum.publicLottery,
            );
            return lottery.length ? lottery[0].note : '';
          },
        },
        {
          path: 'listingMultiselectQuestions',
          label: 'Housing Preferences',
          format: (val: ListingMultiselectQuestion[]): string => {
            return val
              .filter(
                (question) =>
                  question.multiselectQuestions.applicationSection ===
                  'preferences',
              )
              .map((question) => question.multiselectQuestions.name)
              .join(',');
          },
        },
        ...(doAnyJurisdictionHaveFalsyFeatureFlagValue(
          user.jurisdictions,
          FeatureFlagEnum.swapCommunityTypeWithPrograms,
        )
          ? [
              {
                path: 'listingMultiselectQuestions',
                label: 'Housing Programs',
                format: (val: ListingMultiselectQuestion[]): string => {
                  return val
                    .filter(
                      (question) =>
                        question.multiselectQuestions.applicationSection ===
                        'programs',
                    )
                    .map((question) => question.multiselectQuestions.name)
                    .join(',');
                },
              },
            ]
          : []),
        {
          path: 'applicationFee',
          label: 'Application Fee',
          format: this.formatCurrency,
        },
        {
          path: 'depositHelperText',
          label: 'Deposit Helper Text',
        },
        {
          path: 'depositType',
          label: 'Deposit Type',
        },
        {
          path: 'depositValue',
          label: 'Deposit Value',
          format: this.formatCurrency,
        },
        {
          path: 'depositMin',
          label: 'Deposit Min',
          format: this.formatCurrency,
        },
        {
          path: 'depositMax',
          label: 'Deposit Max',
          format: this.formatCurrency,
        },
        {
          path: 'costsNotIncluded',
          label: 'Costs Not Included',
        },
        ...(doAnyJurisdictionHaveFeatureFlagSet(
          user.jurisdictions,
          FeatureFlagEnum.enableCreditScreeningFee,
        )
          ? [
              {
                path: 'creditScreeningFee',
                label: 'Credit Screening Fee',
                format: this.formatCurrency,
              },
            ]
          : []),
        {
          path: 'amenities',
          label: 'Property Amenities',
        },
        {
          path: 'accessibility',
          label: 'Additional Accessibility',
        },
        {
          path: 'unitAmenities',
          label: 'Unit Amenities',
        },
        ...(doAllJurisdictionHaveFeatureFlagSet(
          user.jurisdictions,
          FeatureFlagEnum.enablePetPolicyCheckbox,
        )
          ? [
              {
                path: 'allowsDogs',
                label: 'Allows Dogs',
                format: this.formatYesNo,
              },
              {
                path: 'allowsCats',
                label: 'Allows Cats',
                format: this.formatYesNo,
              },
            ]
          : [
              {
                path: 'petPolicy',
                label: 'Pets Policy',
              },
            ]),
        {
          path: 'servicesOffered',
          label: 'Services Offered',
        },
        {
          path: 'smokingPolicy',
          label: 'Smoking Policy',
          format: (val: string): string => {
            const enableSmokingPolicyRadio =
              doAllJurisdictionHaveFeatureFlagSet(
                user.jurisdictions,
                FeatureFlagEnum.enableSmokingPolicyRadio,
              );
            if (!val) return enableSmokingPolicyRadio ? 'Policy unknown' : '';
            return val;
          },
        },
      ],
    );

    if (
      doAnyJurisdictionHaveFeatureFlagSet(
        user.jurisdictions,
        FeatureFlagEnum.enableNeighborhoodAmenities,
      )
    ) {
      const visibleAmenities = new Set<string>(
        (user.jurisdictions || [])
          .flatMap((j) => j.visibleNeighborhoodAmenities || [])
          .filter(Boolean),
      );

      const amenityHeaderMap: Record<string, CsvHeader> = {
        [NeighborhoodAmenitiesEnum.groceryStores]: {
          path: 'listingNeighborhoodAmenities.groceryStores',
          label: 'Neighborhood Amenities - Grocery Stores',
        },
        [NeighborhoodAmenitiesEnum.publicTransportation]: {
          path: 'listingNeighborhoodAmenities.publicTransportation',
          label: 'Neighborhood Amenities - Public Transportation',
        },
        [NeighborhoodAmenitiesEnum.schools]: {
          path: 'listingNeighborhoodAmenities.schools',
          label: 'Neighborhood Amenities - Schools',
        },
        [NeighborhoodAmenitiesEnum.parksAndCommunityCenters]: {
          path: 'listingNeighborhoodAmenities.parksAndCommunityCenters',
          label: 'Neighborhood Amenities - Parks and Community Centers',
        },
        [NeighborhoodAmenitiesEnum.pharmacies]: {
          path: 'listingNeighborhoodAmenities.pharmacies',
          label: 'Neighborhood Amenities - Pharmacies',
        },
        [NeighborhoodAmenitiesEnum.healthCareResources]: {
          path: 'listingNeighborhoodAmenities.healthCareResources',
          label: 'Neighborhood Amenities - Health Care Resources',
        },
        [NeighborhoodAmenitiesEnum.shoppingVenues]: {
          path: 'listingNeighborhoodAmenities.shoppingVenues',
          label: 'Neighborhood Amenities - Shopping Venues',
        },
        [NeighborhoodAmenitiesEnum.hospitals]: {
          path: 'listingNeighborhoodAmenities.hospitals',
          label: 'Neighborhood Amenities - Hospitals',
        },
        [NeighborhoodAmenitiesEnum.seniorCenters]: {
          path: 'listingNeighborhoodAmenities.seniorCenters',
          label: 'Neighborhood Amenities - Senior Centers',
        },
        [NeighborhoodAmenitiesEnum.recreationalFacilities]: {
          path: 'listingNeighborhoodAmenities.recreationalFacilities',
          label: 'Neighborhood Amenities - Recreational Facilities',
        },
        [NeighborhoodAmenitiesEnum.playgrounds]: {
          path: 'listingNeighborhoodAmenities.playgrounds',
          label: 'Neighborhood Amenities - Playgrounds',
        },
        [NeighborhoodAmenitiesEnum.busStops]: {
          path: 'listingNeighborhoodAmenities.busStops',
          label: 'Neighborhood Amenities - Bus Stops',
        },
      };

      Object.keys(amenityHeaderMap).forEach((key) => {
        if (visibleAmenities.has(key)) {
          headers.push(amenityHeaderMap[key]);
        }
      });
    }

    if (
      doAnyJurisdictionHaveFeatureFlagSet(
        user.jurisdictions,
        FeatureFlagEnum.enableParkingFee,
      )
    ) {
      headers.push({
        path: 'parkingFee',
        label: 'Parking Fee',
      });
    }

    if (
      doAnyJurisdictionHaveFeatureFlagSet(
        user.jurisdictions,
        FeatureFlagEnum.enableParkingType,
      )
    ) {
      headers.push(
        ...[
          {
            path: 'parkType',
            label: 'Parking Types',
            format: (val: ListingParkingType) =>
              this.buildSelectList(val, formatParkingType),
          },
        ],
      );
    }

    headers.push(
      ...[
        {
          path: 'creditHistory',
          label: 'Eligibility Rules - Credit History',
        },
        {
          path: 'rentalHistory',
          label: 'Eligibility Rules - Rental History',
        },
        {
          path: 'criminalBackground',
          label: 'Eligibility Rules - Criminal Background',
        },
        {
          path: 'rentalAssistance',
          label: 'Eligibility Rules - Rental Assistance',
        },
        ...(doAnyJurisdictionHaveFalsyFeatureFlagValue(
          user.jurisdictions,
          FeatureFlagEnum.disableBuildingSelectionCriteria,
        )
          ? [
              {
                path: 'buildingSelectionCriteria',
                label: 'Building Selection Criteria',
                format: this.buildingSelectionCriteria,
              },
            ]
          : []),
        {
          path: 'programRules',
          label: 'Important Program Rules',
        },
        ...(doAnyJurisdictionHaveFeatureFlagSet(
          user.jurisdictions,
          FeatureFlagEnum.enableNonRegulatedListings,
        )
          ? [
              {
                path: 'requiredDocumentsList',
                label: 'Required documents List',
                format: (val: ListingDocuments) =>
                  this.buildSelectList(val, formatListingDocuments),
              },
            ]
          : []),
        {
          path: 'requiredDocuments',
          label: 'Required Documents',
        },
        {
          path: 'specialNotes',
          label: 'Special Notes',
        },
        {
          path: 'isWaitlistOpen',
          label: 'Waitlist',
          format: this.formatYesNo,
        },
      ],
    );
    if (
      doAnyJurisdictionHaveFeatureFlagSet(
        user.jurisdictions,
        FeatureFlagEnum.enableWaitlistAdditionalFields,
      )
    ) {
      headers.push({
        path: 'waitlistMaxSize',
        label: 'Max Waitlist Size',
      });
      headers.push({
        path: 'waitlistCurrentSize',
        label: 'How many people on the current waitlist?',
      });
      headers.push({
        path: 'waitlistOpenSpots',
        label: 'How many open spots on the waitlist?',
      });
    }

    if (
      doAnyJurisdictionHaveFeatureFlagSet(
        user.jurisdictions,
        FeatureFlagEnum.enableMarketingStatus,
      )
    ) {
      headers.push({
        path: 'marketingType',
        label: 'Marketing Status',
        format: (val: string): string => {
          if (!val) return '';
          return val === MarketingTypeEnum.marketing
            ? 'Marketing'
            : 'Under Construction';
        },
      });

      if (
        doAnyJurisdictionHaveFeatureFlagSet(
          user.jurisdictions,
          FeatureFlagEnum.enableMarketingStatusMonths,
        )
      )
        headers.push({
          path: 'marketingMonth',
          label: 'Marketing Month',
          format: (val: string): string => {
            if (!val) return '';
            return val.charAt(0).toUpperCase() + val.slice(1);
          },
        });

      if (
        doAnyJurisdictionHaveFalsyFeatureFlagValue(
          user.jurisdictions,
          FeatureFlagEnum.enableMarketingStatusMonths,
        )
      )
        headers.push({
          path: 'marketingSeason',
          label: 'Marketing Season',
          format: (val: string): string => {
            if (!val) return '';
            return val.charAt(0).toUpperCase() + val.slice(1);
          },
        });

      headers.push({
        path: 'marketingYear',
        label: 'Marketing Year',
      });
    }
    headers.push(
      ...[
        {
          path: 'leasingAgentName',
          label: doAnyJurisdictionHaveFeatureFlagSet(
            user.jurisdictions,
            FeatureFlagEnum.enableLeasingAgentAltText,
          )
            ? 'Leasing agent or property manager name'
            : 'Leasing Agent Name',
        },
        {
          path: 'leasingAgentEmail',
          label: 'Leasing Agent Email',
        },
        {
          path: 'leasingAgentPhone',
          label: 'Leasing Agent Phone',
        },
        {
          path: 'leasingAgentTitle',
          label: doAnyJurisdictionHaveFeatureFlagSet(
            user.jurisdictions,
            FeatureFlagEnum.enableLeasingAgentAltText,
          )
            ? 'Leasing agent or property manager title'
            : 'Leasing Agent Title',
        },
        {
          path: 'leasingAgentOfficeHours',
          label: 'Leasing Agent Office Hours',
        },
        {
          path: 'listingsLeasingAgentAddress.street',
          label: 'Leasing Agent Street Address',
        },
        {
          path: 'listingsLeasingAgentAddress.street2',
          label: 'Leasing Agent Apt/Unit #',
        },
        {
          path: 'listingsLeasingAgentAddress.city',
          label: 'Leasing Agent City',
        },
        {
          path: 'listingsLeasingAgentAddress.state',
          label: 'Leasing Agent State',
        },
        {
          path: 'listingsLeasingAgentAddress.zipCode',
          label: 'Leasing Agent Zip',
        },
        {
          path: 'listingsApplicationMailingAddress.street',
          label: 'Leasing Agency Mailing Address',
        },
        {
          path: 'listingsApplicationMailingAddress.street2',
          label: 'Leasing Agency Mailing Address Street 2',
        },
        {
          path: 'listingsApplicationMailingAddress.city',
          label: 'Leasing Agency Mailing Address City',
        },
        {
          path: 'listingsApplicationMailingAddress.state',
          label: 'Leasing Agency Mailing Address State',
        },
        {
          path: 'listingsApplicationMailingAddress.zipCode',
          label: 'Leasing Agency Mailing Address Zip',
        },
        {
          path: 'listingsApplicationPickUpAddress.street',
          label: 'Leasing Agency Pickup Address',
        },
        {
          path: 'listingsApplicationPickUpAddress.street2',
          label: 'Leasing Agency Pickup Address Street 2',
        },
        {
          path: 'listingsApplicationPickUpAddress.city',
          label: 'Leasing Agency Pickup Address City',
        },
        {
          path: 'listingsApplicationPickUpAddress.state',
          label: 'Leasing Agency Pickup Address State',
        },
        {
          path: 'listingsApplicationPickUpAddress.zipCode',
          label: 'Leasing Agency Pickup Address Zip',
        },
        {
          path: 'applicationPickUpAddressOfficeHours',
          label: 'Leasing Pick Up Office Hours',
        },
        {
          path: 'digitalApplication',
          label: 'Digital Application',
          format: this.formatYesNo,
        },
        {
          path: 'applicationMethods',
          label: 'Digital Application URL',
          format: (val: ApplicationMethod[]): string => {
            const method = val.filter(
              (appMethod) =>
                appMethod.type === ApplicationMethodsTypeEnum.ExternalLink,
            );
            return method.length ? method[0].externalReference : '';
          },
        },
        {
          path: 'paperApplication',
          label: 'Paper Application',
          format: this.formatYesNo,
        },
        {
          path: 'applicationMethods',
          label: 'Paper Application URL',
          format: (val: ApplicationMethod[]): string => {
            const method = val.filter(
              (appMethod) => appMethod.paperApplications.length > 0,
            );
            const paperApps = method.length ? method[0].paperApplications : [];
            return paperApps.length
              ? paperApps
                  .map((app) => this.cloudinaryPdfFromId(app.assets.fileId))
                  .join(', ')
              : '';
          },
        },
        {
          path: 'referralOpportunity',
          label: doAllJurisdictionHaveFeatureFlagSet(
            user.jurisdictions,
            FeatureFlagEnum.enableReferralQuestionUnits,
          )
            ? 'Referral Only Units'
            : 'Referral Opportunity',
          format: this.formatYesNo,
        },
        {
          path: 'applicationMailingAddressId',
          label: 'Can applications be mailed in?',
          format: this.formatYesNo,
        },
        {
          path: 'applicationPickUpAddressId',
          label: 'Can applications be picked up?',
          format: this.formatYesNo,
        },
        {
          path: 'applicationPickUpAddressId',
          label: 'Can applications be dropped off?',
          format: this.formatYesNo,
        },
        {
          path: 'postmarkedApplicationsReceivedByDate',
          label: 'Postmark',
          format: (val: string): string =>
            formatLocalDate(val, this.dateFormat, this.timeZone),
        },
        {
          path: 'additionalApplicationSubmissionNotes',
          label: 'Additional Application Submission Notes',
        },
        {
          path: 'applicationDueDate',
          label: 'Application Due Date',
          format: (val: string): string =>
            formatLocalDate(val, 'MM-DD-YYYY', this.timeZone),
        },
        {
          path: 'applicationDueDate',
          label: 'Application Due Time',
          format: (val: string): string =>
            formatLocalDate(val, 'hh:mmA z', this.timeZone),
        },
        {
          path: 'listingEvents',
          label: 'Open House',
          format: (val: ListingEvent[]): string => {
            if (!val) return '';
            return val
              .filter((event) => event.type === ListingEventsTypeEnum.openHouse)
              .map((event) => {
                let openHouseStr = '';
                if (event.label) openHouseStr += `${event.label}`;
                if (event.startTime) {
                  const date = formatLocalDate(
                    event.startTime,
                    'MM-DD-YYYY',
                    this.timeZone,
                  );
                  openHouseStr += `: ${date}`;
                  if (event.endTime) {
                    const startTime = formatLocalDate(
                      event.startTime,
                      'hh:mmA',
                      this.timeZone,
                    );
                    const endTime = formatLocalDate(
                      event.endTime,
                      'hh:mmA z',
                      this.timeZone,
                    );
                    openHouseStr += ` (${startTime} - ${endTime})`;
                  }
                }
                return openHouseStr;
              })
              .filter((str) => str.length)
              .join(', ');
          },
        },
        ...(doAnyJurisdictionHaveFeatureFlagSet(
          user.jurisdictions,
          FeatureFlagEnum.enableMarketingFlyer,
        )
          ? [
              {
                path: 'marketingFlyer',
                label: 'Marketing Flyer',
                format: this.marketingFlyer,
              },
              {
                path: 'accessibleMarketingFlyer',
                label: 'Accessible Marketing Flyer',
                format: this.accessibleMarketingFlyer,
              },
            ]
          : []),
        {
          path: 'userAccounts',
          label: 'Partners Who Have Access',
          format: (val: User[]): string =>
            val
              ?.map((user) => `${user.firstName} ${user.lastName}`)
              .join(', ') || '',
        },
      ],
    );

    if (
      doAnyJurisdictionHaveFeatureFlagSet(
        user.jurisdictions,
        FeatureFlagEnum.enableIsVerified,
      )
    )
      headers.push({
        path: 'isVerified',
        label: 'Is Listing Verified',
        format: this.formatYesNo,
      });

    return headers;
  }

  getUnitCsvHeaders(): CsvHeader[] {
    return [
      {
        path: 'listing.id',
        label: 'Listing Id',
      },
      {
        path: 'listing.name',
        label: 'Listing Name',
      },
      {
        path: 'unit.number',
        label: 'Unit Number',
      },
      {
        path: 'unit.unitTypes.name',
        label: 'Unit Type',
      },
      {
        path: 'unit.numBathrooms',
        label: 'Number of Bathrooms',
      },
      {
        path: 'unit.floor',
        label: 'Unit Floor',
        format: this.hideZero,
      },
      {
        path: 'unit.sqFeet',
        label: 'Square Footage',
      },
      {
        path: 'unit.minOccupancy',
        label: 'Minimum Occupancy',
        format: this.hideZero,
      },
      {
        path: 'unit.maxOccupancy',
        label: 'Max Occupancy',
        format: this.hideZero,
      },
      {
        path: 'unit.amiChart.name',
        label: 'AMI Chart',
      },
      {
        path: 'unit.amiPercentage',
        label: 'AMI Level',
      },
      {
        path: 'unit',
        label: 'Rent Type',
        format: (val: Unit) =>
          !isEmpty(val.monthlyRentAsPercentOfIncome)
            ? '% of income'
            : !isEmpty(val.monthlyRent)
            ? 'Fixed amount'
            : '',
      },
      {
        path: 'unit.accessibilityPriorityType',
        label: 'Accessibility Priority Type',
      },
    ];
  }

  getUnitGroupCsvHeaders(): CsvHeader[] {
    return [
      {
        path: 'listing.id',
        label: 'Listing Id',
      },
      {
        path: 'listing.name',
        label: 'Listing Name',
      },
      {
        path: 'unitGroup.id',
        label: 'Unit Group Id',
      },
      {
        path: 'unitGroup.unitTypes',
        label: 'Unit Types',
        format: (val: UnitType[]) =>
          val.map((unitType) => unitTypeToReadable(unitType.name)).join(', '),
      },
      {
        path: 'unitGroup.unitGroupAmiLevels',
        label: 'AMI Chart',
        format: (val: UnitGroupAmiLevel[]) =>
          [...new Set(val.map((level) => level.amiChart?.name))].join(', '),
      },
      {
        path: 'unitGroupSummary',
        label: 'AMI Levels',
        format: (unitGroupSummary: UnitGroupSummary) => {
          return formatRange(
            unitGroupSummary?.amiPercentageRange?.min,
            unitGroupSummary?.amiPercentageRange?.max,
            '',
            '%',
          );
        },
      },
      {
        path: 'unitGroup.unitGroupAmiLevels',
        label: 'Rent Type',
        format: (levels: UnitGroupAmiLevel[]) => getRentTypes(levels),
      },
      {
        path: 'unitGroupSummary',
        label: 'Monthly Rent',
        format: (unitGroupSummary: UnitGroupSummary) =>
          formatRentRange(
            unitGroupSummary.rentRange,
            unitGroupSummary.rentAsPercentIncomeRange,
          ),
      },
      {
        path: 'unitGroup.totalCount',
        label: 'Affordable Unit Group Quantity',
      },
      {
        path: 'unitGroup.totalAvailable',
        label: 'Unit Group Vacancies',
      },
      {
        path: 'unitGroup.openWaitlist',
        label: 'Waitlist Status',
        format: this.formatYesNo,
      },
      {
        path: 'unitGroup.minOccupancy',
        label: 'Minimum Occupancy',
      },
      {
        path: 'unitGroup.maxOccupancy',
        label: 'Maximum Occupancy',
      },
      {
        path: 'unitGroup.sqFeetMin',
        label: 'Minimum Sq ft',
      },
      {
        path: 'unitGroup.sqFeetMax',
        label: 'Maximum Sq ft',
      },
      {
        path: 'unitGroup.floorMin',
        label: 'Minimum Floor',
      },
      {
        path: 'unitGroup.floorMax',
        label: 'Maximum Floor',
      },
      {
        path: 'unitGroup.bathroomMin',
        label: 'Minimum Bathrooms',
      },
      {
        path: 'unitGroup.bathroomMax',
        label: 'Maximum Bathrooms',
      },
    ];
  }

  async authorizeCSVExport(user?: User): Promise<void> {
    if (
      user &&
      (user.userRoles?.isAdmin ||
        user.userRoles?.isJurisdictionalAdmin ||
        user.userRoles?.isLimitedJurisdictionalAdmin ||
        user.userRoles?.isPartner ||
        user.userRoles?.isSupportAdmin)
    ) {
      return;
    } else {
      throw new ForbiddenException();
    }
  }
}
