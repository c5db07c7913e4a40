import { Option, Result, Serializer } from "@swan-io/boxed";

export type PrefilleldParams = {
  vatNumber?: boolean;
  registrationNumber?: boolean;
  registrationDate?: boolean;
  hasAccountAdmin?: boolean;
};

const createSessionStorage = <T>(name: string) => {
  const set = (value: T) => {
    Result.fromExecution(() => Serializer.encode(value)).tapOk(json =>
      window.sessionStorage.setItem(name, json),
    );
  };

  const update = (updater: (value: Option<T>) => T) => {
    set(updater(get()));
  };

  const add = (value: Partial<T>) => {
    update(current => ({ ...current.getOr({} as T), ...value }));
  };

  const get = () =>
    Option.fromNullable(window.sessionStorage.getItem(name)).flatMap(value =>
      Result.fromExecution(() => Serializer.decode(value) as T).toOption(),
    );

  const isSome = () => window.sessionStorage.getItem(name) !== null;

  const delete_ = () => {
    window.sessionStorage.removeItem(name);
  };

  return { set, add, update, get, isSome, delete: delete_ };
};

export const hasOnboardingPrefilled = createSessionStorage<PrefilleldParams>("Onboarding");
