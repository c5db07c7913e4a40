// @flow

export type KeyObj = {
  key: string,
};

export type KeysObj = {
  keys: string[],
  data?: Object,
};

export type DataObj = {
  url?: string,
  href?: string,
};
