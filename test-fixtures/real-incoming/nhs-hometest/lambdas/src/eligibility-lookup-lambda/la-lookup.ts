import postcodeLaMapping from "../__mocks__/postcode-la-mapping.json";

export interface LaLookupResult {
  localAuthorityCode: string;
  region: string;
}

export class LaLookupService {
  async lookupByPostcode(postcode: string): Promise<LaLookupResult | null> {
    const normalized = postcode.replaceAll(/\s+/g, "").toUpperCase();
    const stubbed = (postcodeLaMapping as Record<string, LaLookupResult>)[normalized];
    return stubbed ?? null;
  }
}
