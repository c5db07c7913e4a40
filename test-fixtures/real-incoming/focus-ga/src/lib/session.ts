import { SessionOptions } from "iron-session";

export interface SessionData {
  userId: string;
  isLoggedIn: boolean;
  setupComplete?: boolean;
}

export const defaultSession: SessionData = {
  userId: "",
  isLoggedIn: false,
  setupComplete: false,
};

export const sessionOptions: SessionOptions = {
  password: process.env.SESSION_SECRET!, // Ensure this secret is at least 32 characters long.
  cookieName: "user-session",
  cookieOptions: {
    httpOnly: true,
    secure: process.env.NODE_ENV === "production",
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24 * 7,
  },
};