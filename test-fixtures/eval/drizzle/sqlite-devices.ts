import { integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

// Local cache of the delivery-driver app (expo-sqlite).
export const devices = sqliteTable("devices", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  deviceId: text("device_id").notNull(), // @pii user.device.device_id
  model: text("model"), // @pii user.device
  osName: text("os_name"), // @pii user.device
  appVersion: text("app_version"), // @pii none
  pushToken: text("push_token"), // @pii user.device.device_id
});

export const driverPings = sqliteTable("driver_pings", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  driverId: text("driver_id").notNull(), // @pii none
  latitude: real("latitude").notNull(), // @pii user.location.precise
  longitude: real("longitude").notNull(), // @pii user.location.precise
  accuracyMeters: real("accuracy_meters"), // @pii none
  batteryLevel: real("battery_level"), // @pii none
  recordedAt: integer("recorded_at", { mode: "timestamp" }), // @pii none
});

export const depots = sqliteTable("depots", {
  id: integer("id").primaryKey(),
  name: text("name"), // @pii none
  latitude: real("latitude"), // @pii none  depot location
  longitude: real("longitude"), // @pii none
  city: text("city"), // @pii none
});
