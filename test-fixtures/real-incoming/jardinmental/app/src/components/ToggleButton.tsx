import { TW_COLORS } from "@/utils/constants";
import { useState, useEffect } from "react";
import { TouchableOpacity, View, Text } from "react-native";
import { Typography } from "./Typography";

interface ToggleButtonsProps {
  leftColor?: string;
  rightColor?: string;
  leftTextColor?: string;
  rightTextColor?: string;
  rightText?: string;
  leftText?: string;
  onPressLeft: (value: boolean) => void;
  onPressRight: (value: boolean) => void;
  initialSelected?: boolean;
  disabled?: Boolean;
}

export default function ToggleButtons({
  initialSelected,
  leftColor,
  rightColor,
  leftTextColor,
  rightTextColor,
  rightText,
  leftText,
  onPressLeft,
  onPressRight,
  disabled,
}: ToggleButtonsProps) {
  const [selected, setSelected] = useState<boolean | undefined>(initialSelected);

  useEffect(() => {
    if (initialSelected !== undefined && selected === undefined) {
      setSelected(initialSelected);
    }
  }, [initialSelected, selected]);

  if (leftColor && rightColor) {
    return (
      <View className="flex-row rounded-lg border border-gray-300 self-start">
        <TouchableOpacity
          disabled={!!disabled}
          className={`p-3 items-center rounded-l-lg w-14`}
          style={{
            backgroundColor: selected === true || disabled ? leftColor : TW_COLORS.WHITE,
          }}
          onPress={() => {
            onPressLeft?.(true);
            setSelected(true);
          }}
        >
          <Typography
            style={{
              color: selected === true ? (leftTextColor ? leftTextColor : "white") : TW_COLORS.GRAY_800,
            }}
            className={selected === true ? `font-bold` : `font-medium`}
          >
            {leftText || "Oui"}
          </Typography>
        </TouchableOpacity>
        <TouchableOpacity
          disabled={!!disabled}
          className={`p-3 items-center rounded-r-lg border-l border-gray-300  w-14`}
          style={{
            backgroundColor: selected === false || disabled ? rightColor : TW_COLORS.WHITE,
          }}
          onPress={() => {
            onPressRight?.(false);
            setSelected(false);
          }}
        >
          <Typography
            style={{
              color: selected === false ? (rightTextColor ? rightTextColor : "white") : TW_COLORS.GRAY_800,
            }}
            className={selected === false ? `font-bold` : `font-medium`}
          >
            {rightText || "Non"}
          </Typography>
        </TouchableOpacity>
      </View>
    );
  }

  return (
    <View className="flex-row rounded-lg border border-gray-300 self-start">
      <TouchableOpacity
        className={`p-3 items-center ${selected === true ? "bg-brand-800" : "bg-white"} rounded-l-lg`}
        onPress={() => {
          onPressLeft?.(true);
          setSelected(true);
        }}
      >
        <Typography className={`${selected === true ? "text-white" : "text-gray-800"} font-medium`}>{leftText || "Oui"}</Typography>
      </TouchableOpacity>
      <TouchableOpacity
        className={`p-3 items-center ${selected === false ? "bg-brand-800" : "bg-white"} rounded-r-lg border-l border-gray-300`}
        onPress={() => {
          onPressRight?.(false);
          setSelected(false);
        }}
      >
        <Typography className={`${selected === false ? "text-white" : "text-gray-800"} font-medium`}>{rightText || "Non"}</Typography>
      </TouchableOpacity>
    </View>
  );
}
