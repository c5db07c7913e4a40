"use client";

import { User } from "firebase/auth";
import { Timestamp } from "firebase/firestore";

export type UserRole = "Admin" | "Case Manager" | "Volunteer";

export type UserData = {
    uid: string;
    firstName: string;
    lastName: string;
    email: string;
    phone: string;
    createdTime: Timestamp;
    signedWaiver: Timestamp | null;
    disabled: boolean;
    role: UserRole;
    pending: UserRole | null;
    emailVerified: boolean;
};

export interface AuthContextType {
    state: {
        currentUser: User | null;
        userData: UserData | null;
        loading: boolean;
    };
    signup: (
        email: string,
        password: string,
        firstName: string,
        lastName: string,
        phone: string,
        role: UserRole
    ) => Promise<User>;
    login: (email: string, password: string) => Promise<User>;
    logout: () => Promise<void>;
    refreshUser: () => Promise<void>;
    sendVerificationEmail: () => Promise<void>;
    checkVerification: () => Promise<{ verified: boolean }>;
}

export type Waiver = {
    id: string,
    file: string,
    start: Timestamp,
    end: Timestamp | null,
}
