import { IterableCustomActionHandler, IterableUrlHandler } from '..';

export class IterableConfig {
  public static urlHandler: IterableUrlHandler | null = null;

  public static customActionHandler: IterableCustomActionHandler | null = null;
}
