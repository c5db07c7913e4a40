export interface StatusSource {
  id: string;
  text: string;
  spoilerText: string;
}
