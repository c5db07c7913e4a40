import type { User, UserSignInCountry } from '@logto/schemas';

import { type WithLogContext } from '#src/middleware/koa-audit-log.js';
import type Queries from '#src/tenants/Queries.js';

import { type InteractionContext } from '../../../types.js';
import type { SignInExperienceValidator } from '../sign-in-experience-validator.js';

export type IpRiskSignals = {
  botScore?: number;
  botVerified?: boolean;
};

type CurrentLocation = {
  country?: string;
  city?: string;
  latitude?: number;
  longitude?: number;
};

export type AdaptiveMfaContext = {
  location?: CurrentLocation;
  ipRiskSignals?: IpRiskSignals;
};

export enum AdaptiveMfaRule {
  NewCountry = 'new_country',
  GeoVelocity = 'geo_velocity',
  LongInactivity = 'long_inactivity',
  UntrustedIp = 'untrusted_ip',
}

export type TriggeredRule =
  | {
      rule: AdaptiveMfaRule.NewCountry;
      details: {
        currentCountry: string;
        windowDays: number;
        recentCountries?: Array<Pick<UserSignInCountry, 'country' | 'lastSignInAt'>>;
      };
    }
  | {
      rule: AdaptiveMfaRule.GeoVelocity;
      details: {
        previous: {
          country?: Pick<UserSignInCountry, 'country' | 'lastSignInAt'>;
          city?: string;
          at?: string;
        };
        current: {
          country?: string;
          city?: string;
          at?: string;
        };
        distanceKm: number;
        durationHours: number;
        speedKmh: number;
        thresholdKmh: number;
      };
    }
  | {
      rule: AdaptiveMfaRule.LongInactivity;
      details: {
        lastSignInAt?: string;
        inactivityDays: number;
        thresholdDays: number;
      };
    }
  | {
      rule: AdaptiveMfaRule.UntrustedIp;
      details: {
        signals: IpRiskSignals;
        matchedSignals: string[];
      };
    };

export type TriggeredRuleByRule<R extends AdaptiveMfaRule> = Extract<TriggeredRule, { rule: R }>;

export type AdaptiveMfaResult = {
  requiresMfa: boolean;
  triggeredRules: TriggeredRule[];
};

export type AdaptiveMfaInteractionContext = Pick<InteractionContext, 'getIdentifiedUser'>;

export type AdaptiveMfaValidatorOptions = {
  queries: Pick<Queries, 'userGeoLocations' | 'userSignInCountries'>;
  signInExperienceValidator: SignInExperienceValidator;
  interactionContext: AdaptiveMfaInteractionContext;
  ctx?: WithLogContext;
};

export type AdaptiveMfaEvaluationState = {
  user: User;
  now: Date;
  context?: AdaptiveMfaContext;
};

export type RecentCountry = Pick<UserSignInCountry, 'country' | 'lastSignInAt'>;
