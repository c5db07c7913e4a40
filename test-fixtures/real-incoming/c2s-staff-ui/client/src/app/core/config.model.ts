import { Features } from './features.model'

export class Config {
  features: Features;
}
