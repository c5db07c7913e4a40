import { Ionicons } from "@expo/vector-icons";
import React from "react";
import { Pressable, StyleSheet } from "react-native";
export default function Checkbox({
  onPress,
  checked,
}: {
  onPress: () => void;
  checked: boolean;
}) {
  return (
    <Pressable
      style={[styles.checkboxBase, checked && styles.checkboxChecked]}
      onPress={onPress}
    >
      {checked && <Ionicons name="checkmark" size={15} color="white" />}
    </Pressable>
  );
}

const styles = StyleSheet.create({
  checkboxBase: {
    width: 16,
    height: 16,
    justifyContent: "center",
    alignItems: "center",
    borderRadius: 4,
    borderWidth: 1,
    borderColor: "#304CD1",
    backgroundColor: "transparent",
    marginRight: 8,
    zIndex: 0.5
  },
  checkboxChecked: {
    backgroundColor: "#304CD1",
  },
});
