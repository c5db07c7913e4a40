export class Identifier {
  system: string;
  value: string;

  constructor(system: string, value: string) {
    this.system = system;
    this.value = value;
  }
}
