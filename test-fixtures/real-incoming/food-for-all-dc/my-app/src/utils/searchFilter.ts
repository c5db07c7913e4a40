export interface SearchFilterConfig {
  checkStringContains: (value: any, query: string) => boolean;
  getSearchableFields: (searchValue: string) => boolean;
}

export const TEFAP_CERT_DATE_SEARCH_ALIASES = [
  "tefap",
  "tefap cert",
  "tefap cert date",
  "tefap date",
];

export const parseSearchTermsProgressively = (trimmedSearchQuery: string): string[] => {
  const searchTerms: string[] = [];
  let inQuote = false;
  let quoteChar = "";
  let currentTerm = "";

  const multiWordFilterPrefixes = new Set(
    [
      "assigned",
      "fam",
      "fam start",
      "famstart",
      "cluster",
      "delivery",
      "dietary",
      "first",
      "last",
      "referral",
      "route",
      "tefap",
      "tefap cert",
      "zip",
    ].map((keyword) => normalizeSearchKeyword(keyword))
  );

  const knownFilterKeywords = new Set(
    [
      "name",
      "client",
      "first name",
      "firstname",
      "last name",
      "lastname",
      "address",
      "phone",
      "email",
      "role",
      "cluster",
      "cluster id",
      "clusterid",
      "route",
      "route id",
      "routeid",
      "tags",
      "tag",
      "zip",
      "zip code",
      "zipcode",
      "ward",
      "driver",
      "assigned driver",
      "time",
      "assigned time",
      "delivery instructions",
      "instructions",
      "dietary restrictions",
      "dietary",
      "adults",
      "children",
      "delivery freq",
      "delivery frequency",
      "ethnicity",
      "gender",
      "language",
      "notes",
      "referral entity",
      "referral",
      ...TEFAP_CERT_DATE_SEARCH_ALIASES,
      "dob",
      "fam start date",
      "last delivery date",
    ].map((keyword) => normalizeSearchKeyword(keyword))
  );

  const pushCurrentTerm = (stripTrailingDelimiter = false): void => {
    let normalizedTerm = currentTerm.trim();

    if (stripTrailingDelimiter) {
      normalizedTerm = normalizedTerm.replace(/[;,]\s*$/, "");
    }

    if (normalizedTerm) {
      searchTerms.push(normalizedTerm);
    }

    currentTerm = "";
  };

  const upcomingTokenContainsColon = (startIndex: number): boolean => {
    let index = startIndex;

    while (
      index < trimmedSearchQuery.length &&
      (trimmedSearchQuery[index] === " " || trimmedSearchQuery[index] === ",")
    ) {
      index += 1;
    }

    while (
      index < trimmedSearchQuery.length &&
      trimmedSearchQuery[index] !== " " &&
      trimmedSearchQuery[index] !== ","
    ) {
      if (trimmedSearchQuery[index] === ":") {
        return true;
      }
      index += 1;
    }

    return false;
  };

  const upcomingPhraseCompletesKnownFilter = (
    startIndex: number,
    currentKeywordPrefix: string
  ): boolean => {
    const normalizedPrefix = normalizeSearchKeyword(currentKeywordPrefix);
    if (!normalizedPrefix || !multiWordFilterPrefixes.has(normalizedPrefix)) {
      return false;
    }

    let index = startIndex;

    while (index < trimmedSearchQuery.length && trimmedSearchQuery[index] === " ") {
      index += 1;
    }

    const phraseStart = index;

    while (index < trimmedSearchQuery.length) {
      const char = trimmedSearchQuery[index];

      if (char === ":") {
        const trailingKeywordPart = trimmedSearchQuery.slice(phraseStart, index).trim();
        if (!trailingKeywordPart) {
          return false;
        }

        const fullCandidateKeyword = `${currentKeywordPrefix.trim()} ${trailingKeywordPart}`.trim();
        return knownFilterKeywords.has(normalizeSearchKeyword(fullCandidateKeyword));
      }

      if (char === ";" || char === ",") {
        return false;
      }

      index += 1;
    }

    return false;
  };

  const upcomingTokenStartsKnownFilter = (startIndex: number): boolean => {
    let index = startIndex;

    while (
      index < trimmedSearchQuery.length &&
      (trimmedSearchQuery[index] === " " || trimmedSearchQuery[index] === ",")
    ) {
      index += 1;
    }

    const keyStart = index;

    while (index < trimmedSearchQuery.length) {
      const char = trimmedSearchQuery[index];
      if (char === ":") {
        const candidateKeyword = trimmedSearchQuery.slice(keyStart, index).trim();
        if (!candidateKeyword) {
          return false;
        }

        return knownFilterKeywords.has(normalizeSearchKeyword(candidateKeyword));
      }

      if (char === ",") {
        return false;
      }

      index += 1;
    }

    return false;
  };

  for (let i = 0; i < trimmedSearchQuery.length; i++) {
    const char = trimmedSearchQuery[i];
    const nextChar = i + 1 < trimmedSearchQuery.length ? trimmedSearchQuery[i + 1] : "";

    if (!inQuote && (char === '"' || char === "'")) {
      inQuote = true;
      quoteChar = char;
      currentTerm += char;
    } else if (inQuote && char === quoteChar) {
      currentTerm += char;
      inQuote = false;
      quoteChar = "";
    } else if (!inQuote && char === ";") {
      pushCurrentTerm(true);
    } else if (!inQuote && char === ",") {
      const trimmedCurrentTerm = currentTerm.trim();
      const colonIndex = trimmedCurrentTerm.indexOf(":");
      const valueAfterColon =
        colonIndex === -1 ? "" : trimmedCurrentTerm.substring(colonIndex + 1).trim();
      const nextTokenHasColon = upcomingTokenStartsKnownFilter(i + 1);
      const nextTokenContainsColon = upcomingTokenContainsColon(i + 1);

      if (colonIndex !== -1 && valueAfterColon !== "" && nextTokenHasColon) {
        pushCurrentTerm(false);
      } else {
        currentTerm += char;
      }
    } else if (!inQuote && char === " ") {
      const trimmedCurrentTerm = currentTerm.trim();
      const colonIndex = trimmedCurrentTerm.indexOf(":");
      const valueAfterColon =
        colonIndex === -1 ? "" : trimmedCurrentTerm.substring(colonIndex + 1).trim();
      const nextTokenHasColon = upcomingTokenStartsKnownFilter(i + 1);
      const nextTokenContainsColon = upcomingTokenContainsColon(i + 1);
      const endsWithComma = trimmedCurrentTerm.endsWith(",");
      const endsWithQuote = trimmedCurrentTerm.endsWith('"') || trimmedCurrentTerm.endsWith("'");
      const normalizedTerm = normalizeSearchKeyword(trimmedCurrentTerm);

      if (
        colonIndex === -1 &&
        !endsWithQuote &&
        multiWordFilterPrefixes.has(normalizedTerm) &&
        (nextTokenContainsColon ||
          upcomingPhraseCompletesKnownFilter(i + 1, trimmedCurrentTerm))
      ) {
        currentTerm += char;
      } else if (colonIndex !== -1 && valueAfterColon === "") {
        currentTerm += char;
      } else if (colonIndex !== -1 && nextTokenHasColon) {
        pushCurrentTerm(endsWithComma && nextTokenHasColon);
      } else if (colonIndex !== -1) {
        // Keep unquoted multi-word values together until a new key:value starts.
        currentTerm += char;
      } else if (trimmedCurrentTerm) {
        pushCurrentTerm(endsWithComma && nextTokenHasColon);
      }
    } else {
      currentTerm += char;
    }
  }

  if (currentTerm.trim()) {
    searchTerms.push(currentTerm.trim());
  }

  return searchTerms.filter((term) => term.length > 0 && term !== '"' && term !== "'");
};

const normalizeSearchValue = (value: any): string => String(value).trim().toLowerCase();

export const isNoneSearchToken = (query: string): boolean =>
  String(query)
    .trim()
    .toLowerCase()
    .replace(/["']/g, "")
    .replace(/[\s_]+/g, "") === "none";

const isNoneLikeValue = (value: any): boolean => {
  if (value === undefined || value === null) {
    return true;
  }

  if (Array.isArray(value)) {
    return value.length === 0;
  }

  if (typeof value === "string") {
    return value.trim() === "";
  }

  return false;
};

export const checkStringContains = (value: any, query: string): boolean => {
  if (isNoneSearchToken(query)) {
    return isNoneLikeValue(value);
  }

  if (value === undefined || value === null) {
    return false;
  }
  return normalizeSearchValue(value).includes(normalizeSearchValue(query));
};

export const checkStringEquals = (value: any, query: string): boolean => {
  if (isNoneSearchToken(query)) {
    return isNoneLikeValue(value);
  }

  if (value === undefined || value === null) {
    return false;
  }

  const normalizedValue = normalizeSearchValue(value);
  const normalizedQuery = normalizeSearchValue(query);

  if (normalizedValue === normalizedQuery) {
    return true;
  }

  const valueNumberTokens: string[] = normalizedValue.match(/\d+/g) ?? [];
  const queryNumberTokens: string[] = normalizedQuery.match(/\d+/g) ?? [];

  if (queryNumberTokens.length === 1 && valueNumberTokens.length > 0) {
    return valueNumberTokens.includes(queryNumberTokens[0]);
  }

  return false;
};

const stripWrappingQuotes = (value: string): string => {
  const trimmedValue = value.trim();

  if (
    (trimmedValue.startsWith('"') && trimmedValue.endsWith('"')) ||
    (trimmedValue.startsWith("'") && trimmedValue.endsWith("'"))
  ) {
    return trimmedValue.slice(1, -1).trim();
  }

  return trimmedValue;
};

const stripLooseWrappingQuotes = (value: string): string => {
  const trimmedValue = value.trim();

  if (!trimmedValue) {
    return trimmedValue;
  }

  const startsWithDouble = trimmedValue.startsWith('"');
  const endsWithDouble = trimmedValue.endsWith('"');
  const startsWithSingle = trimmedValue.startsWith("'");
  const endsWithSingle = trimmedValue.endsWith("'");

  if ((startsWithDouble && endsWithDouble) || (startsWithSingle && endsWithSingle)) {
    return stripWrappingQuotes(trimmedValue);
  }

  if (startsWithDouble || startsWithSingle) {
    return trimmedValue.slice(1).trim();
  }

  if (endsWithDouble || endsWithSingle) {
    return trimmedValue.slice(0, -1).trim();
  }

  return trimmedValue;
};

export const splitFilterValues = (searchValue: string): string[] => {
  const normalizedSearchValue = searchValue.replace(/;\s*$/, "");
  const values: string[] = [];
  let currentValue = "";
  let inQuote = false;
  let quoteChar = "";

  for (let i = 0; i < normalizedSearchValue.length; i++) {
    const char = normalizedSearchValue[i];

    if (!inQuote && (char === '"' || char === "'")) {
      inQuote = true;
      quoteChar = char;
      currentValue += char;
    } else if (inQuote && char === quoteChar) {
      currentValue += char;
      inQuote = false;
      quoteChar = "";
    } else if (!inQuote && char === ",") {
      const normalizedValue = stripLooseWrappingQuotes(currentValue);
      if (normalizedValue) {
        values.push(normalizedValue);
      }
      currentValue = "";
    } else {
      currentValue += char;
    }
  }

  const normalizedValue = stripLooseWrappingQuotes(currentValue);
  if (normalizedValue) {
    values.push(normalizedValue);
  }

  return values;
};

export const normalizeSearchKeyword = (value: string): string =>
  stripLooseWrappingQuotes(value).toLowerCase().replace(/["']/g, "").replace(/[\s_]+/g, "");

export const isMappedSearchFieldVisible = <FieldKey extends PropertyKey>(
  keyword: string,
  visibleFieldKeys: ReadonlySet<FieldKey>,
  fieldMappings: ReadonlyArray<Record<string, string[]>>
): boolean => {
  const normalizedKeyword = normalizeSearchKeyword(keyword);

  return fieldMappings.some((mapping) =>
    Object.entries(mapping).some(
      ([fieldKey, aliases]) =>
        visibleFieldKeys.has(fieldKey as FieldKey) &&
        [fieldKey, ...aliases].some(
          (candidate) => normalizeSearchKeyword(candidate) === normalizedKeyword
        )
    )
  );
};

export const isPartialFieldName = (term: string, fieldNames: string[]): boolean => {
  const lowerTerm = term.toLowerCase();
  return fieldNames.some(
    (fieldName) =>
      fieldName.startsWith(lowerTerm) ||
      lowerTerm.startsWith(fieldName.substring(0, Math.min(3, fieldName.length)))
  );
};

export const extractKeyValue = (
  term: string
): { keyword: string; searchValue: string; isKeyValue: boolean } => {
  const colonIndex = term.indexOf(":");

  if (colonIndex !== -1) {
    let searchValue = term.substring(colonIndex + 1).trim();

    if (!searchValue.includes(",")) {
      searchValue = stripLooseWrappingQuotes(searchValue);
    }

    return {
      keyword: stripLooseWrappingQuotes(term.substring(0, colonIndex)).toLowerCase(),
      searchValue: searchValue,
      isKeyValue: true,
    };
  }

  return {
    keyword: "",
    searchValue: "",
    isKeyValue: false,
  };
};

export const globalSearchMatch = (
  row: any,
  searchValue: string,
  searchableFields: string[]
): boolean => {
  const lowerSearch = searchValue.toLowerCase();

  return searchableFields.some((field) => {
    const value = field.split(".").reduce((obj, key) => obj?.[key], row);
    if (value === undefined || value === null) return false;

    if (Array.isArray(value)) {
      return value.some((item) => String(item).toLowerCase().includes(lowerSearch));
    }

    return String(value).toLowerCase().includes(lowerSearch);
  });
};
