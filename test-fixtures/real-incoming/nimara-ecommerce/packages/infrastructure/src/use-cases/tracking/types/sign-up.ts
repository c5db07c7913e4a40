import type { TrackingProvider } from "./provider";

export type TrackSignUpInput = { method: string };

export type TrackSignUpProvider = TrackingProvider<TrackSignUpInput>;
