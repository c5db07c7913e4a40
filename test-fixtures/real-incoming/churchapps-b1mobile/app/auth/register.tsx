import React from "react";
import { LoadingWrapper } from "../../src/components/wrapper/LoadingWrapper";
import { ApiHelper, CheckEmailResponseInterface } from "../../src/helpers";
import { router, useLocalSearchParams } from "expo-router";
import { useState } from "react";
import { Alert, SafeAreaView } from "react-native";
import { Button, Text, TextInput, Surface, Banner } from "react-native-paper";
import { useAppTheme } from "../../src/theme";
import { useTranslation } from "react-i18next";
import MaterialIcons from "@expo/vector-icons/MaterialIcons";

const Register = () => {
  const { t } = useTranslation();
  const { theme, spacing } = useAppTheme();
  const params = useLocalSearchParams<{ email?: string; firstName?: string; lastName?: string; churchId?: string; churchName?: string }>();
  const [loading, setLoading] = useState(false);
  const [email, setEmail] = useState(params.email || "");
  const [firstName, setFirstName] = useState(params.firstName || "");
  const [lastName, setLastName] = useState(params.lastName || "");
  const [matchedChurchId, setMatchedChurchId] = useState(params.churchId || "");
  const [matchedChurchName, setMatchedChurchName] = useState(params.churchName || "");

  const checkEmailForMatch = async (emailToCheck: string) => {
    if (!emailToCheck) return;
    const emailReg = /^\w+([.-]?\w+)*@\w+([.-]?\w+)*(\.\w{2,6})+$/;
    if (!emailReg.test(emailToCheck)) return;
    try {
      const resp: CheckEmailResponseInterface = await ApiHelper.postAnonymous("/users/checkEmail", { email: emailToCheck }, "MembershipApi");
      if (resp.exists) {
        Alert.alert(t("common.alert"), t("auth.userExists"));
      } else if (resp.peopleMatches.length > 0) {
        const match = resp.peopleMatches[0];
        if (!firstName) setFirstName(match.firstName);
        if (!lastName) setLastName(match.lastName);
        if (resp.peopleMatches.length === 1) {
          setMatchedChurchId(match.churchId);
          setMatchedChurchName(match.churchName);
        }
      }
    } catch { /* silently ignore lookup failures */ }
  };

  const registerApiCall = async () => {
    setLoading(true);
    try {
      const registerData: any = { email, firstName, lastName };
      if (matchedChurchId) registerData.churchId = matchedChurchId;
      const data = await ApiHelper.postAnonymous("/users/register", registerData, "MembershipApi");
      if (data?.errors?.length) {
        const msg = String(data.errors[0]);
        if (msg.toLowerCase().includes("user already exists")) Alert.alert(t("common.error"), t("auth.userExists"));
        else Alert.alert(t("common.error"), msg);
        return;
      }
      if (data?.email != null) {
        router.replace({ pathname: "/auth/verify", params: { email } });
      } else {
        Alert.alert(t("common.error"), t("auth.userExists"));
      }
    } catch (error: any) {
      if (error.message && error.message.includes("user already exists")) {
        Alert.alert(t("common.error"), t("auth.userExists"));
      } else {
        Alert.alert(t("common.error"), error.message || t("common.error"));
      }
    } finally {
      setLoading(false);
    }
  };

  const validateDetails = () => {
    let result = true;
    if (email != "") {
      const emailReg = /^\w+([.-]?\w+)*@\w+([.-]?\w+)*(\.\w{2,6})+$/;
      if (emailReg.test(email) === false) {
        Alert.alert(t("common.alert"), t("auth.invalidEmail"));
        result = false;
      } else if (firstName === "") {
        Alert.alert(t("common.alert"), t("auth.enterFirstName"));
        result = false;
      } else if (lastName === "") {
        Alert.alert(t("common.alert"), t("auth.enterLastName"));
        result = false;
      }
    } else {
      Alert.alert(t("common.alert"), t("auth.enterEmail"));
      result = false;
    }
    return result;
  };

  const getForm = () => (
    <>
      <Text variant="headlineMedium" style={{ marginBottom: spacing.md }}>
        {t("auth.registerAccount")}
      </Text>

      {matchedChurchName ? (
        <Banner visible={true} icon={({ size }) => <MaterialIcons name="info" size={size} color={theme.colors.primary} />} style={{ marginBottom: spacing.md, backgroundColor: "#E3F2FD", borderRadius: 8 }}>
          {t("auth.churchRecordFound", { churchName: matchedChurchName })}
        </Banner>
      ) : null}

      <TextInput mode="outlined" label={t("auth.firstName")} value={firstName} onChangeText={setFirstName} autoCorrect={false} autoComplete="given-name" textContentType="givenName" style={{ marginBottom: spacing.md, backgroundColor: theme.colors.surface }} left={<TextInput.Icon icon="account" />} />

      <TextInput mode="outlined" label={t("auth.lastName")} value={lastName} onChangeText={setLastName} autoCorrect={false} autoComplete="family-name" textContentType="familyName" style={{ marginBottom: spacing.md, backgroundColor: theme.colors.surface }} left={<TextInput.Icon icon="account" />} />

      <TextInput mode="outlined" label={t("auth.email")} value={email} onChangeText={setEmail} onBlur={() => checkEmailForMatch(email)} autoCapitalize="none" autoCorrect={false} autoComplete="email" textContentType="emailAddress" keyboardType="email-address" style={{ marginBottom: spacing.md, backgroundColor: theme.colors.surface }} left={<TextInput.Icon icon="email" />} />

      <Text variant="bodySmall" style={{ marginBottom: spacing.md }}>
        {t("auth.privacyConfirm")}{" "}
        <Text variant="bodySmall" style={{ color: theme.colors.primary }} onPress={() => router.navigate("/auth/privacy")}>
          {t("auth.privacyPolicy").toLowerCase()}.
        </Text>
      </Text>

      <Button mode="contained" onPress={() => validateDetails() && registerApiCall()} loading={loading} style={{ marginBottom: spacing.md }}>
        {t("auth.register")}
      </Button>
    </>
  );

  const getContent = () => getForm();

  return (
    <LoadingWrapper loading={loading}>
      <SafeAreaView style={{ flex: 1, backgroundColor: theme.colors.surfaceVariant }}>
        <Surface style={{ margin: spacing.md, padding: spacing.lg, borderRadius: theme.roundness, backgroundColor: theme.colors.surface }}>{getContent()}</Surface>
      </SafeAreaView>
    </LoadingWrapper>
  );
};

export default Register;
