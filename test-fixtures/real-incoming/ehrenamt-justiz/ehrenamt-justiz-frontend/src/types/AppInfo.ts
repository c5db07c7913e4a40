export interface AppInfo {
  application: Application;
}

interface Application {
  name: string;
  version: string;
}
