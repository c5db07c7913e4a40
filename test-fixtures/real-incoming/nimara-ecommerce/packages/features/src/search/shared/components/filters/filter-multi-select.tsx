import { getTranslations } from "next-intl/server";

import type { MessagePath } from "@nimara/i18n/types";
import type { Facet } from "@nimara/infrastructure/use-cases/search/types";
import { MultiSelect } from "@nimara/ui/components/multi-select";

export const FilterMultiSelect = async ({
  facet: { name, choices, slug, messageKey },
  searchParams,
}: {
  facet: Facet;
  searchParams: Record<string, string>;
}) => {
  const t = await getTranslations();
  const filterName =
    (messageKey ? t(messageKey as MessagePath) : undefined) ?? name;
  const selectedFromParams =
    searchParams[slug]
      ?.split(",")
      .filter((val) => choices.some((choice) => choice.value === val)) ?? [];

  return (
    <MultiSelect
      name={slug}
      placeholder={filterName}
      options={choices}
      defaultValue={selectedFromParams}
    />
  );
};
