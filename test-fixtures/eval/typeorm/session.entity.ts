import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from "typeorm";
import { User } from "../types/saas-account";

/**
 * One browsing session of a (possibly anonymous) visitor. Geo fields are resolved from the IP at ingest
 * time by the MaxMind lookup in analytics/geo.ts.
 */
@Entity("analytics_sessions")
export class AnalyticsSession {
  @PrimaryColumn("uuid")
  id!: string;

  @Index()
  @Column({ name: "anonymous_id" })
  anonymousId!: string; // @pii user.device.cookie_id

  @ManyToOne("User", { nullable: true })
  user?: User | null;

  @Column({ type: "inet" })
  ip!: string; // @pii user.device.ip_address

  @Column({ name: "ip_version", type: "smallint" })
  ipVersion!: 4 | 6; // @pii none

  @Column({ name: "user_agent", type: "text" })
  userAgent!: string; // @pii user.device

  @Column({ nullable: true })
  browser?: string; // @pii user.device

  @Column({ name: "os", nullable: true })
  operatingSystem?: string; // @pii user.device

  @Column({ name: "screen_resolution", nullable: true })
  screenResolution?: string; // @pii user.device

  @Column({ name: "geo_city", nullable: true })
  city?: string; // @pii user.location.imprecise

  @Column({ name: "geo_country", length: 2, nullable: true })
  country?: string; // @pii user.location.imprecise

  @Column({ nullable: true })
  timezone?: string; // @pii user.location.imprecise

  @Column({ name: "landing_page" })
  landingPage!: string; // @pii user.behavior.browsing_history

  @Column({ nullable: true })
  referrer?: string; // @pii user.behavior.browsing_history

  @Column({ name: "page_view_count", default: 0 })
  pageViewCount!: number; // @pii none

  @CreateDateColumn({ name: "started_at" })
  startedAt!: Date;
}
