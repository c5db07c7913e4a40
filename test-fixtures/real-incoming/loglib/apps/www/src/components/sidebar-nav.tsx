"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { cn } from "@/lib/utils";
import { SidebarNavItem } from "types";

export interface DocsSidebarNavProps {
    items: SidebarNavItem[];
}

export function DocsSidebarNav({ items }: DocsSidebarNavProps) {
    const pathname = usePathname();
    return items.length ? (
        <div className="w-full scrollbar-none">
            {items.map((item) => (
                <div key={item.title} className={cn("pb-8")}>
                    <h4 className="mb-1 rounded-md px-2 py-1 text-sm font-medium">{item.title}</h4>
                    {item.items ? (
                        <DocsSidebarNavItems items={item.items} pathname={pathname} />
                    ) : null}
                </div>
            ))}
        </div>
    ) : null;
}

interface DocsSidebarNavItemsProps {
    items: SidebarNavItem[];
    pathname: string | null;
}

export function DocsSidebarNavItems({ items, pathname }: DocsSidebarNavItemsProps) {
    return items?.length ? (
        <div className="grid grid-flow-row auto-rows-max text-sm scrollbar-none">
            {items.map((item) =>
                !item.disabled && item.href ? (
                    <Link
                        key={item.title}
                        href={item.href}
                        className={cn("flex w-full items-center rounded-md p-2 hover:underline", {
                            "bg-muted": pathname === item.href,
                        })}
                        target={item.external ? "_blank" : ""}
                        rel={item.external ? "noreferrer" : ""}
                    >
                        {item.title}
                    </Link>
                ) : (
                    <span className="flex w-full cursor-not-allowed items-center rounded-md p-2 opacity-60">
                        {item.title}
                    </span>
                ),
            )}
        </div>
    ) : null;
}
