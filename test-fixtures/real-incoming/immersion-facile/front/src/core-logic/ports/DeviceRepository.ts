import type {
  AbsoluteUrl,
  ConventionDraftId,
  ExternalOfferDto,
  FederatedIdentity,
  WithAcquisition,
} from "shared";

export type GenericPair<K extends string, Payload> = {
  key: K;
  payload: Payload;
};

export type GenericStorage = GenericPair<string, unknown>;

export type LocalStoragePair =
  | GenericPair<"adminToken", string>
  | GenericPair<"federatedIdentity", FederatedIdentity>
  | GenericPair<"searchResultExternal", ExternalOfferDto>
  | GenericPair<"conventionDraftId", ConventionDraftId>;

export type SessionStoragePair =
  | GenericPair<"acquisitionParams", WithAcquisition>
  | GenericPair<"afterLoginRedirectionUrl", AbsoluteUrl>;

export type KeyInDevice<S extends GenericStorage> = S["key"];

type NarrowPair<K extends KeyInDevice<S>, S extends GenericStorage> = Extract<
  S,
  { key: K }
>;

export type DeviceRepository<S extends GenericStorage> = {
  set<K extends KeyInDevice<S>>(
    key: K,
    value: NarrowPair<K, S>["payload"],
  ): void;
  get<K extends KeyInDevice<S>>(
    key: K,
  ): NarrowPair<K, S>["payload"] | undefined;
  delete(key: KeyInDevice<S>): void;
};
