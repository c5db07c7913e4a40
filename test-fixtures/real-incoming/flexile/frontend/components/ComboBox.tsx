import { PopoverTrigger } from "@radix-ui/react-popover";
import { Check, ChevronDown } from "lucide-react";
import React, { useRef, useState } from "react";
import { Command, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { Popover, PopoverContent } from "@/components/ui/popover";
import { cn } from "@/utils";
import { Button } from "./ui/button";

const ComboBox = ({
  options,
  value,
  multiple,
  onChange,
  placeholder = "Select...",
  className,
  modal,
  showSearch = true,
  searchValue,
  onSearchChange,
  searchPlaceholder,
  ...props
}: {
  options: { value: string; label: string }[];
  placeholder?: string;
  modal?: boolean;
  showSearch?: boolean;
  searchValue?: string;
  onSearchChange?: (value: string) => void;
  searchPlaceholder?: string;
} & (
  | { multiple: true; value: string[]; onChange: (value: string[]) => void }
  | { multiple?: false; value: string | null | undefined; onChange: (value: string) => void }
) &
  Omit<React.ComponentProps<typeof Button>, "value" | "onChange">) => {
  const [open, setOpen] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  const getLabel = (value: string) => options.find((o) => o.value === value)?.label;

  return (
    <Popover open={open} onOpenChange={setOpen} modal={modal || false}>
      <PopoverTrigger aria-haspopup="listbox" asChild role="combobox">
        <Button
          variant="outline"
          aria-expanded={open}
          {...props}
          className={cn(
            "border-input focus-visible:ring-ring focus-visible:border-border aria-invalid:ring-destructive/20 dark:aria-invalid:ring-destructive/40 aria-invalid:border-destructive h-9 w-full min-w-0 justify-between outline-none focus-visible:ring-2 focus-visible:outline-hidden dark:bg-transparent",
            className,
          )}
        >
          <div className="truncate">
            {value?.length ? (multiple ? value.map(getLabel).join(", ") : getLabel(value)) : placeholder}
          </div>
          <ChevronDown className="ml-2 size-4 shrink-0 opacity-50" />
        </Button>
      </PopoverTrigger>
      <PopoverContent
        aria-label={`${props.name} listbox options`}
        className="p-0"
        role="listbox"
        style={{ width: "var(--radix-popover-trigger-width)" }}
      >
        <Command>
          {showSearch ? (
            <CommandInput
              placeholder={searchPlaceholder ?? "Search..."}
              {...(searchValue !== undefined && { value: searchValue })}
              onValueChange={(value) => {
                onSearchChange?.(value);
                requestAnimationFrame(() => {
                  if (listRef.current) {
                    listRef.current.scrollTop = 0;
                  }
                });
              }}
            />
          ) : null}
          <CommandList ref={listRef}>
            {showSearch ? <CommandEmpty>No results found.</CommandEmpty> : null}
            <CommandGroup>
              {options.map((option) => (
                <CommandItem
                  key={option.value}
                  value={option.value}
                  keywords={[option.label]}
                  onSelect={(currentValue) => {
                    if (multiple) {
                      onChange(
                        value.includes(currentValue)
                          ? value.filter((v) => v !== currentValue)
                          : [...value, currentValue],
                      );
                    } else {
                      onChange(currentValue);
                      setOpen(false);
                    }
                  }}
                >
                  <Check
                    className={cn(
                      "mr-2 h-4 w-4",
                      multiple
                        ? value.includes(option.value)
                          ? "opacity-100"
                          : "opacity-0"
                        : option.value === value
                          ? "opacity-100"
                          : "opacity-0",
                    )}
                  />
                  {option.label}
                </CommandItem>
              ))}
            </CommandGroup>
          </CommandList>
        </Command>
      </PopoverContent>
    </Popover>
  );
};

export default ComboBox;
