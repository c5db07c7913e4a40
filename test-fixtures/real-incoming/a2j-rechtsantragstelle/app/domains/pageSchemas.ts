import mapValues from "lodash/mapValues";
import { type z } from "zod";
import { prozesskostenhilfeFormularPages } from "~/domains/prozesskostenhilfe/formular/pages";
import { beratungshilfeAntragPages } from "./beratungshilfe/formular/pages";
import { beratungshilfeVorabcheckPages } from "./beratungshilfe/vorabcheck/pages";
import { flowIdFromPathname, parsePathname, type FlowId } from "./flowIds";
import { kontopfaendungWegweiserPages } from "./kontopfaendung/wegweiser/pages";
import type { AllowedUserTypes, SchemaObject, UserData } from "./userData";
import { geldEinklagenFormularPages } from "./geldEinklagen/formular/pages";
import { fluggastrechteFormularPages } from "./fluggastrechte/formular/pages";
import { fluggastrechteVorabcheckPages } from "./fluggastrechte/vorabcheck/pages";
import { type ArrayConfigurations } from "~/services/flow/server/isStepDone";
import { kontopfaendungPkontoAntragPages } from "./kontopfaendung/pkonto/antrag/pages";
import { nachlassErbscheinWegweiserPages } from "~/domains/nachlass/erbschein/wegweiser/pages";
import { nachlassErbscheinNachlassgerichtPages } from "~/domains/nachlass/erbschein/nachlassgericht/pages";
import { nachlassErbausschlagungAnfragePages } from "~/domains/nachlass/erbausschlagung/anfrage/pages";
import { nachlassErbfolgePages } from "./nachlass/erbschein/erbfolge/pages";
import { type MaybePromise } from "p-map";
import { type FieldApi } from "@rvf/react";
import { type Dispatch, type SetStateAction } from "react";
import { nachlassErbausschlagungGerichtFindenPages } from "~/domains/nachlass/erbausschlagung/gericht-finden/pages";
import { nachlassErbscheinAnfragePages } from "~/domains/nachlass/erbschein/anfrage/pages";
import { type NewFlowEnginePageConfig } from "~/services/flow/newFlowEngine/types";

export const pages: Record<FlowId, PagesConfig> = {
  "/beratungshilfe/vorabcheck": beratungshilfeVorabcheckPages,
  "/kontopfaendung/wegweiser": kontopfaendungWegweiserPages,
  "/prozesskostenhilfe/formular": prozesskostenhilfeFormularPages,
  "/beratungshilfe/antrag": beratungshilfeAntragPages,
  "/geld-einklagen/formular": geldEinklagenFormularPages,
  "/fluggastrechte/formular": fluggastrechteFormularPages,
  "/fluggastrechte/vorabcheck": fluggastrechteVorabcheckPages,
  "/kontopfaendung/pkonto/antrag": kontopfaendungPkontoAntragPages,
  "/nachlass/erbschein/wegweiser": nachlassErbscheinWegweiserPages,
  "/nachlass/erbschein/nachlassgericht": nachlassErbscheinNachlassgerichtPages,
  "/nachlass/erbausschlagung/anfrage": nachlassErbausschlagungAnfragePages,
  "/nachlass/erbschein/erbfolge": nachlassErbfolgePages,
  "/nachlass/erbschein/anfrage": nachlassErbscheinAnfragePages,
  "/nachlass/erbausschlagung/gericht-finden":
    nachlassErbausschlagungGerichtFindenPages,
} as const;

export type FormFieldsMap = Record<string, string[]>;

export const getAllPageSchemaByFlowId = (flowId: FlowId) => {
  const pagesConfig = pages[flowId];

  const schemaObjects = Object.values(pagesConfig)
    .filter(({ pageSchema }) => pageSchema !== undefined)
    .map(({ pageSchema }) => pageSchema!);

  return Object.assign({}, ...schemaObjects) as SchemaObject;
};

export const getAllFieldsFromFlowId = (flowId: FlowId): FormFieldsMap => {
  const pagesConfig = pages[flowId];
  const fieldsMap: FormFieldsMap = {};
  // TODO: Remove after old page configs are migrated to the new leading-slash format
  const normalizedPageConfigs = Object.values(pagesConfig).map((page) => ({
    ...page,
    stepId: page.stepId.startsWith("/") ? page.stepId : `/${page.stepId}`,
  }));

  for (const page of normalizedPageConfigs) {
    if (page.pageSchema && !isArrayParentPage(page)) {
      const stepId = page.stepId;
      fieldsMap[stepId] = Object.keys(page.pageSchema);
    }

    if (isArrayParentPage(page)) {
      for (const [arrayPageKey, arrayPage] of Object.entries(page.arrayPages)) {
        if (
          !arrayPage.pageSchema ||
          Object.keys(arrayPage.pageSchema).length === 0
        ) {
          continue;
        }

        const stepId = `${page.stepId}/${arrayPageKey}`;
        fieldsMap[stepId] = Object.keys(arrayPage.pageSchema);
      }
    }
  }

  return fieldsMap;
};

export const getPageConfigOrArrayPageByPathname = (pathname: string) => {
  const flowId = flowIdFromPathname(pathname);
  if (!flowId) return undefined;

  const { stepId, arrayIndexes } = parsePathname(pathname);
  const stepIdWithoutLeadingSlash = stepId.slice(1);
  const pagesConfig = pages[flowId];

  if (
    [
      "/nachlass/erbschein/erbfolge",
      "/nachlass/erbschein/anfrage",
      "/nachlass/erbausschlagung/anfrage",
    ].includes(flowId)
  ) {
    return Object.values(pagesConfig).find((entry) => entry.stepId === stepId);
  }

  if (
    arrayIndexes.length > 0 &&
    // TODO - Remove this condition after migrating all flows to the new flow engine
    !["/geld-einklagen/formular"].includes(flowId)
  ) {
    // An index in the URL tells us we are on a page that belongs to an array
    // To return its pageConfig, we need to find the parent first, which should be one or two levels above
    const stepPathParts = stepIdWithoutLeadingSlash.split("/");

    // The arrayParentPage matches our array page and its stepId should match the beginning of the current stepId
    const parentPageConfig = Object.values(pagesConfig)
      .filter(isArrayParentPage)
      .find(({ stepId }) => stepIdWithoutLeadingSlash.startsWith(stepId));

    if (!parentPageConfig) return undefined;

    // Try to find the array page by navigating through the path
    return arrayPageFromNestedArrayPages(parentPageConfig, stepPathParts);
  }

  return Object.values(pagesConfig).find(
    (page) => page.stepId === stepIdWithoutLeadingSlash,
  );
};

export function getPageSchema(pathname: string) {
  const pageConfigOrArrayPage = getPageConfigOrArrayPageByPathname(pathname);
  return pageConfigOrArrayPage?.pageSchema;
}

export function getReadOnlyFields(pathname: string) {
  const pageConfigOrArrayPage = getPageConfigOrArrayPageByPathname(pathname);
  return pageConfigOrArrayPage && "readonlyFields" in pageConfigOrArrayPage
    ? pageConfigOrArrayPage.readonlyFields
    : undefined;
}

function arrayPageFromNestedArrayPages(
  pageConfig: ArrayPage,
  stepPathParts: string[],
): ArrayPage | undefined {
  const finalPageConfig = stepPathParts.reduce<ArrayPage | undefined>(
    (currentPage, part, index) => {
      if (!currentPage?.arrayPages) return undefined;

      // If this is the last part, return the array page config
      if (index === stepPathParts.length - 1) {
        return currentPage.arrayPages[part];
      }

      // Navigate to the next level, handling page identifiers gracefully
      const arrayPageConfig = currentPage.arrayPages[part];

      // If no nested arrayPages, this might be a page identifier, try the next part
      if (!arrayPageConfig?.arrayPages) {
        return currentPage; // Keep current page to try next part
      }

      // Move to the nested level
      return arrayPageConfig;
    },
    pageConfig,
  );

  // Return the schema from the final result
  return finalPageConfig;
}

export function xStateTargetsFromPagesConfig<T extends PagesConfig>(
  pageSchema: T,
) {
  return mapValues(pageSchema, (v) => ({
    absolute: "#" + v.stepId.replaceAll("/", "."),
    relative: v.stepId.split("/").pop()!,
  }));
}

export type PagesConfig = Record<string, PageConfig>;

export type FieldValueChangeHandlerProps = {
  value: AllowedUserTypes;
  originalValue: AllowedUserTypes;
  controlledField: FieldApi<any>;
  setControlledFieldSrValue: Dispatch<SetStateAction<string | undefined>>;
};

export type FieldValueChangeHandler = (
  props: FieldValueChangeHandlerProps,
) => MaybePromise<void | (() => void)>;

export type ControlledFieldConfig = {
  fieldName: string;
  handleFieldValueChange: FieldValueChangeHandler;
  getScreenReaderAnnouncementText: (controlledFieldSrValue: string) => string;
};

export const hasControlledFieldConfig = (
  fieldName: string,
  controlledFieldConfig: ControlledFieldConfig | undefined,
) => {
  return controlledFieldConfig?.fieldName === fieldName;
};

type FlowPage = {
  stepId: string;
  pageSchema?: SchemaObject;
  controlledFieldConfig?: ControlledFieldConfig;
  readonlyFields?: ReadOnlyFields;
};

type ReadOnlyFields = {
  fieldNames: string[];
  shouldMakeReadOnly: (userData: UserData) => boolean;
};

export type ArrayPage = {
  pageSchema?: SchemaObject;
  arrayPages?: Record<string, ArrayPage>;
  controlledFieldConfig?: ControlledFieldConfig;
  readonlyFields?: ReadOnlyFields;
};

type ArrayParentPage = {
  stepId: string;
  pageSchema: SchemaObject;
  controlledFieldConfig?: ControlledFieldConfig;
  arrayPages: Record<string, ArrayPage>;
};

const isArrayParentPage = (page: PageConfig): page is ArrayParentPage =>
  page && "arrayPages" in page;

export type PageConfig = FlowPage | ArrayParentPage | NewFlowEnginePageConfig;

type ExtractSchemas<T extends PagesConfig> = {
  [K in keyof T]: T[K]["pageSchema"] extends SchemaObject
    ? z.infer<z.ZodObject<T[K]["pageSchema"]>>
    : never;
}[keyof T];

type UnionToIntersection<U> = (
  U extends unknown ? (x: U) => void : never
) extends (x: infer R) => void
  ? R
  : never;

export type UserDataFromPagesSchema<T extends PagesConfig> = Partial<
  UnionToIntersection<ExtractSchemas<T>>
>;
export function getRelevantPageSchemasForStepId(
  flowId: FlowId,
  stepId: string,
): PagesConfig {
  return Object.fromEntries(
    Object.entries(pages[flowId] ?? {}).filter(([, pageConfig]) =>
      pageConfig.stepId.startsWith(stepId.substring(1)),
    ),
  );
}

export const filterPageSchemasByReachableSteps =
  <T extends PagesConfig>(
    userData: UserDataFromPagesSchema<T>,
    reachableSteps: string[],
    arrayConfigurations?: ArrayConfigurations,
  ) =>
  (config: PageConfig) => {
    if ("arrayPages" in config) {
      const matchingArrayConfig = Object.values(arrayConfigurations ?? {}).find(
        (arrayConfig) => arrayConfig.url.endsWith(config.stepId),
      );
      const statementKey =
        matchingArrayConfig?.statementKey as keyof typeof userData;
      return (
        userData[statementKey] === "yes" ||
        Boolean(matchingArrayConfig?.isArrayRelevant?.(userData as UserData))
      );
    }
    return (
      "pageSchema" in config && reachableSteps?.includes(`/${config.stepId}`)
    );
  };
