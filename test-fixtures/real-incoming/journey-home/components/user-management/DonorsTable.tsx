"use client";

import { LocationContact } from "@/types/general";
import { DogSitIcon } from "@/components/icons/DogSitIcon";

type DonorsTableProps = {
    donors: LocationContact[];
};

export function DonorsTable({ donors }: DonorsTableProps) {
    return (
        <div className="w-full min-w-3xl h-full flex flex-col">
            <div className="h-12 bg-[#FAFAFB] border-light-border border flex items-center font-family-roboto font-bold text-sm text-text-1 shrink-0">
                <span className="w-[25%] border-l-2 border-light-border px-4">
                    Name
                </span>
                <span className="w-[25%] border-l-2 border-light-border px-4">
                    Phone
                </span>
                <span className="w-[25%] border-l-2 border-light-border px-4">
                    Email
                </span>
                <span className="w-[25%] border-l-2 border-light-border px-4">
                    Address
                </span>
            </div>
            <div className="flex-1 overflow-auto min-h-0">
                {donors.length === 0 ? (
                    <div className="flex flex-col items-center justify-center h-full gap-2 py-8">
                        <DogSitIcon />
                        <p className="text-sm text-[#A2A2A2]">No donors found.</p>
                    </div>
                ) : donors.map((donor) => (
                    <DonorsTableRow donor={donor} key={donor.email} />
                ))}
            </div>
        </div>
    );
}

function DonorsTableRow({ donor }: { donor: LocationContact }) {
    return (
        <div
            className="h-10 border-light-border border-b border-x flex items-center font-family-roboto text-sm text-text-1"
        >
            <div className="w-[25%] px-4 flex items-center">
                <span>
                    {donor.firstName} {donor.lastName}
                </span>
            </div>
            <div className="w-[25%] px-4">
                <span>{donor.phoneNumber}</span>
            </div>
            <div className="w-[25%] px-4 flex items-center">
                <span>
                    {donor.email}
                </span>
            </div>
            <span className="w-[25%] px-4">
                {donor.address.streetAddress}, {donor.address.city} {donor.address.zipCode}
            </span>
        </div>
    );
}

