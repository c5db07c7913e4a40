import { LookupIndustryById } from "@businessnjgovnavigator/shared/industry";
import { LookupTaskAgencyById } from "@businessnjgovnavigator/shared/taskAgency";
import fs from "fs";
import {
  LicenseData,
  loadAllLicenses,
  loadAllNavigatorLicenses,
  loadAllNavigatorWebflowLicenses,
  loadNavigatorLicense,
  writeMarkdownString,
} from "../licenseLoader";
import {
  catchRateLimitErrorAndRetry,
  contentToStrings,
  getHtml,
  resolveApiPromises,
  wait,
} from "./helpers";
import { LicenseClassificationLookup } from "./licenseClassifications";
import { createItem, deleteItem, getAllItems, modifyItem } from "./methods";
import {
  WebflowCreateItemResponse,
  WebflowItem,
  WebflowLicenseData,
  WebflowLicenseDataFieldData,
} from "./types";
import { licenseCollectionId } from "./webflowIds";

const getLicenseDataFromMd = (licenseMd: LicenseData): [string | undefined, WebflowLicenseData] => {
  let name = licenseMd.name;
  if (licenseMd.webflowName !== undefined) {
    name = licenseMd.webflowName;
  }

  const removeValueWithSpecialChars = (value?: string): string => {
    if (!value || value.includes("$")) {
      return "";
    }
    return value.trim();
  };

  return [
    licenseMd.webflowId,
    {
      name: name,
      slug: licenseMd.urlSlug,
      website: removeValueWithSpecialChars(licenseMd.callToActionLink),
      "call-to-action-text": licenseMd.callToActionText || "",
      "department-3": LookupTaskAgencyById(licenseMd.agencyId || "").name,
      division: licenseMd.agencyAdditionalContext || "",
      "department-phone-2": licenseMd.divisionPhone || "",
      "license-certification-classification": licenseMd.licenseCertificationClassification,
      "form-name": licenseMd.formName || "",
      "primary-industry": licenseMd.industryId
        ? LookupIndustryById(licenseMd.industryId).name
        : licenseMd.webflowIndustry || "",
      content: "",
      "last-updated": new Date(Date.now()).toISOString(),
      "license-classification": licenseMd.webflowType
        ? LicenseClassificationLookup[
            licenseMd.webflowType as keyof typeof LicenseClassificationLookup
          ]
        : undefined,
      "summary-description": getHtml(contentToStrings(licenseMd.summaryDescriptionMd || "")),
    },
  ];
};

const getAllLicenseDataListFromWebflow = async (): Promise<
  WebflowItem<WebflowLicenseDataFieldData>[]
> => {
  return await getAllItems<WebflowLicenseDataFieldData>(licenseCollectionId);
};

//  returns list of LicenseData MD loaded from navigator license-tasks folder
const getLicenseDataListAlreadyInWebflow = async (): Promise<LicenseData[]> => {
  const allLicenseDataList = await getAllLicenseDataListFromWebflow();
  const currentLicenseDataListInWebflowIds = new Set(allLicenseDataList.map((it) => it.id));
  const currentLicenseDataListInNavigator = loadAllNavigatorLicenses();

  return currentLicenseDataListInNavigator.filter(
    (it) => it.webflowId !== undefined && currentLicenseDataListInWebflowIds.has(it.webflowId),
  );
};

//  returns list of LicenseData MD loaded from navigator webflow-licenses folder
const getWebflowLicenseDataListAlreadyInWebflow = async (): Promise<LicenseData[]> => {
  const allLicenseDataList = await getAllLicenseDataListFromWebflow();
  const currentLicenseDataListInWebflowIds = new Set(allLicenseDataList.map((it) => it.id));
  const currentWebflowLicenseDataListInNavigator = loadAllNavigatorWebflowLicenses();

  return currentWebflowLicenseDataListInNavigator.filter(
    (it) => it.webflowId !== undefined && currentLicenseDataListInWebflowIds.has(it.webflowId),
  );
};

//CAN WE REMOVE THE COMMENT BELOW? IS THIS STILL TRUE?
// returns a list of license MD objects that don't yet exist in webflow
const getNewLicenseDataList = async (): Promise<LicenseData[]> => {
  const currentLicenseDataListInNavigator = loadAllLicenses();
  const allLicenseDataList = await getAllLicenseDataListFromWebflow();
  const currentLicenseDataListInWebflowIds = new Set(allLicenseDataList.map((it) => it.id));

  //CAN WE REMOVE THE COMMENT BELOW? IS THIS STILL TRUE?
  // right now only syncs license-tasks, not yet webflow-licenses also
  return currentLicenseDataListInNavigator.filter(
    (it) => it.webflowId === undefined || !currentLicenseDataListInWebflowIds.has(it.webflowId),
  );
};

const updateLicenseDataList = async (licenseMarkdowns: LicenseData[]): Promise<void> => {
  const modify = async (licenseMd: LicenseData): Promise<void> => {
    console.info(`Attempting to modify ${licenseMd.urlSlug}`);
    const [webflowItemId, webflowItem] = getLicenseDataFromMd(licenseMd);
    try {
      await modifyItem(
        webflowItemId!,
        licenseCollectionId,
        webflowItem as unknown as Record<string, unknown>,
      );
    } catch (error) {
      await catchRateLimitErrorAndRetry(
        error,
        modifyItem,
        webflowItemId!,
        licenseCollectionId,
        webflowItem as unknown as Record<string, unknown>,
      );
    }
  };

  const licensePromises = licenseMarkdowns.map((item): (() => Promise<void>) => {
    return (): Promise<void> => modify(item);
  });

  await resolveApiPromises(licensePromises);

  console.info(`Modified a total of ${licenseMarkdowns.length} licenses`);
};

const updateLicenseDataWithWebflowId = (webflowId: string, filename: string): void => {
  const [mdObject, filepath] = loadNavigatorLicense(`${filename}.md`);
  const updatedMdObject = {
    ...mdObject,
    webflowId: webflowId,
  };
  const stringifiedFile = writeMarkdownString(updatedMdObject);
  fs.writeFileSync(`${filepath}`, stringifiedFile);
};

const createNewLicenseDataList = async (): Promise<void> => {
  const newLicenseDataList = await getNewLicenseDataList();

  const create = async (licenseMd: LicenseData): Promise<void> => {
    console.info(`Attempting to create ${licenseMd.urlSlug}`);
    let result;
    const [, webflowItem] = getLicenseDataFromMd(licenseMd);
    try {
      result = await createItem(
        webflowItem as unknown as Record<string, unknown>,
        licenseCollectionId,
        false,
      );
    } catch (error) {
      result = await catchRateLimitErrorAndRetry(
        error,
        createItem,
        webflowItem as unknown as Record<string, unknown>,
        licenseCollectionId,
        false,
      );
    }

    if (licenseMd.webflowId === undefined && result) {
      const filename = licenseMd.filename;
      const webflowId = (result.data as WebflowCreateItemResponse).id;
      updateLicenseDataWithWebflowId(webflowId, filename);
    }
    return;
  };

  const licensePromises = newLicenseDataList.map((item): (() => Promise<void>) => {
    return (): Promise<void> => create(item);
  });

  await resolveApiPromises(licensePromises);

  console.info(`Created a total of ${newLicenseDataList.length} licenses`);
};

const getUnusedLicenseDataIds = async (): Promise<WebflowItem<WebflowLicenseDataFieldData>[]> => {
  const localLicenseDataListRaw = loadAllLicenses();
  const localLicenseDataListWithWebflowIds = localLicenseDataListRaw.filter(
    (it) => it.webflowId !== undefined,
  );
  const localLicenseDataListIds = new Set(
    localLicenseDataListWithWebflowIds.map((it) => it.webflowId),
  );

  const webflowLicenseDataArray = await getAllLicenseDataListFromWebflow();

  return webflowLicenseDataArray.filter((item) => {
    const hasValueInLocalCmsAndWebflowRemote = localLicenseDataListIds.has(item.id);
    return !hasValueInLocalCmsAndWebflowRemote;
  });
};

const deleteLicenseDataList = async (): Promise<void> => {
  const licenses = await getUnusedLicenseDataIds();
  const deleteLicenseData = async (
    license: WebflowItem<WebflowLicenseDataFieldData>,
  ): Promise<void> => {
    console.info(`Attempting to delete unused license: ${license.fieldData.slug}`);
    try {
      await deleteItem(license.id, licenseCollectionId);
    } catch (error) {
      await catchRateLimitErrorAndRetry(error, deleteItem, license.id, licenseCollectionId);
    }
  };

  const licensePromises = licenses.map((item): (() => Promise<void>) => {
    return (): Promise<void> => deleteLicenseData(item);
  });
  await resolveApiPromises(licensePromises);
};

const syncLicenseDataList = async (params: { create: boolean }): Promise<void> => {
  console.log("deleting licenses");
  await deleteLicenseDataList();
  await wait();
  console.log("updating licenses");
  const licensesAlreadyInWebflow = await getLicenseDataListAlreadyInWebflow();
  await updateLicenseDataList(licensesAlreadyInWebflow);
  console.log("updating webflow-licenses");
  const webflowLicenseDataListToUpdate = await getWebflowLicenseDataListAlreadyInWebflow();
  await updateLicenseDataList(webflowLicenseDataListToUpdate);
  console.log("creating new licenses (no new webflow-licenses will be created)");
  await wait();
  if (params.create) {
    await createNewLicenseDataList();
    console.log("Complete license sync!");
  }
};

const main = async (): Promise<void> => {
  await syncLicenseDataList({ create: true });
  /* eslint-disable-next-line unicorn/no-process-exit */
  process.exit(0);
};

if (process.env.NODE_ENV !== "test") {
  // eslint-disable-next-line unicorn/prefer-top-level-await
  (async (): Promise<void> => {
    await main();
  })();
}
export {};
