import React, { useEffect, useState } from "react";
import { View, Text, ScrollView, TouchableOpacity, ActivityIndicator, Alert } from "react-native";
import * as Contacts from "expo-contacts";
import { mergeClassNames } from "@/utils/className";
import { typography } from "@/utils/typography";
import CrisisHeader from "./CrisisHeader";
import { TW_COLORS } from "@/utils/constants";
import PencilIcon from "@assets/svg/icon/Pencil";
import CrisisNavigationButtons from "./CrisisNavigationButtons";
import { useBottomSheet } from "@/context/BottomSheetContext";
import AsyncStorage from "@react-native-async-storage/async-storage";
import JMButton from "@/components/JMButton";
import PhoneIcon from "@assets/svg/icon/Phone";
import { CrisisContactBottomSheet } from "./CrisisContactBottomSheet";
import CrisisContactListBottomSheet from "./CrisisContactListBottomSheet";
import NavigationButtons from "@/components/onboarding/NavigationButtons";
import CrisisProgressBar from "./CrisisProgressBar";
import { CrisisAuthorizedContactBottomSheet } from "./CrisisAuthorizedContactBottomSheet";
import User from "@assets/svg/icon/User";
import { formatPhoneNumber } from "@/utils/string-util";
import UsersIcon from "@assets/svg/icon/Users";
import { Typography } from "@/components/Typography";

interface ModalCorrelationScreenProps {
  navigation: any;
  route: {
    params: {
      isEdit: boolean;
      initialRouteName: string;
    };
  };
}

const label = "Choisissez parmi vos contacts autorisés";
const placeholder = "Renseignez un proche";
const storageKey = "@CRISIS_PLAN_CONTACT_HELP";
const next = "crisis-plan-slide-contact-professional";
const title = "Quels proches pouvez-vous contacter pour recevoir de l’aide?";
const headerEditionBottomSheet = "Liste de contact";
export const CrisisPlanSlideContactHelp: React.FC<ModalCorrelationScreenProps> = ({ navigation, route }) => {
  const { showBottomSheet, closeBottomSheet } = useBottomSheet();

  const [selectedItems, setSelectedItems] = useState<
    {
      id: string;
      name: string;
      phoneNumbers: {
        digits: string;
        number: string;
        countryCode: string;
        label: string;
        id: string;
      }[];
      activities: string[];
    }[]
  >([]);
  const [contacts, setContacts] = useState<any[]>([]);
  const [loadingContacts, setLoadingContacts] = useState(false);
  const [contactsError, setContactsError] = useState<string | null>(null);

  useEffect(() => {
    const cb = async () => {
      const _items = await AsyncStorage.getItem(storageKey);

      const _parsedItems = JSON.parse(_items || "");
      if (Array.isArray(_parsedItems)) {
        setSelectedItems(_parsedItems);
      }
    };
    cb();
  }, []);

  useEffect(() => {
    const cb = async () => {
      await AsyncStorage.setItem(storageKey, JSON.stringify(selectedItems));
    };
    cb();
  }, [selectedItems]);
  return (
    <View className="flex-1 bg-cnam-primary-25">
      <CrisisHeader initialRouteName={route.params?.initialRouteName} navigation={navigation} title={"Mon plan de crise"} />
      <ScrollView
        className="px-4 flex-col space-y-4 pt-4 bg-cnam-primary-25 flex-1"
        showsVerticalScrollIndicator={false}
        contentContainerStyle={{
          flexGrow: 1,
          paddingBottom: 100,
        }}
      >
        {!route.params.isEdit && <CrisisProgressBar slideIndex={4} />}

        <View className="flex-column py-4 space-y-4 px-2 rounded-2xl">
          <Typography className={mergeClassNames(typography.textLgSemibold, "text-primary-900")}>{title}</Typography>
        </View>
        <View className="bg-cnam-primary-50 rounded-2xl px-6 py-8">
          <Typography className={mergeClassNames(typography.textSmMedium, "text-gray-700 mb-3")}>{label}</Typography>
          <JMButton
            variant="outline"
            title="Rechercher parmi mes contacts"
            onPress={async () => {
              setContactsError(null);
              setLoadingContacts(true);
              try {
                const { status, accessPrivileges } = await Contacts.requestPermissionsAsync();
                if (status !== "granted") {
                  setContactsError("Permission refusée pour accéder aux contacts.");
                  setLoadingContacts(false);
                  showBottomSheet(
                    <CrisisAuthorizedContactBottomSheet
                      label={label}
                      header={headerEditionBottomSheet}
                      onClose={() => {
                        closeBottomSheet();
                      }}
                    />
                  );
                  return;
                }
                const { data } = await Contacts.getContactsAsync({
                  fields: [Contacts.Fields.PhoneNumbers],
                });
                if (data.length > 0) {
                  setContacts(data);
                  setLoadingContacts(false);
                  showBottomSheet(
                    <CrisisContactListBottomSheet
                      items={data.filter((user) => user.phoneNumbers?.length)}
                      itemIdKey={"id"}
                      itemIdLabel={"name"}
                      accessPrivileges={accessPrivileges}
                      withSearchInput={true}
                      initialSelectedItems={selectedItems}
                      label={label}
                      header={headerEditionBottomSheet}
                      onClose={(
                        selected: {
                          id: string;
                          name: string;
                          phoneNumbers: {
                            digits: string;
                            number: string;
                            countryCode: string;
                            label: string;
                            id: string;
                          }[];
                        }[]
                      ) => {
                        setSelectedItems([...new Set(selected)]);
                        closeBottomSheet();
                      }}
                    />
                  );
                } else {
                  setContactsError("Aucun contact trouvé.");
                  setLoadingContacts(false);
                  Alert.alert("Aucun contact", "Aucun contact trouvé sur cet appareil.");
                }
              } catch (e) {
                setContactsError("Erreur lors de la récupération des contacts.");
                setLoadingContacts(false);
                Alert.alert("Erreur", "Une erreur est survenue lors de la récupération des contacts.");
              }
            }}
            icon={<UsersIcon width={20} height={20} color={TW_COLORS.GRAY_400} />}
            iconPosition="left"
          />
          {loadingContacts && (
            <View style={{ marginTop: 10 }}>
              <ActivityIndicator size="small" color={TW_COLORS.CNAM_CYAN_700_DARKEN_40} />
              <Typography style={{ color: TW_COLORS.CNAM_CYAN_700_DARKEN_40 }}>Chargement des contacts...</Typography>
            </View>
          )}
          {contactsError && <Typography style={{ color: "red", marginTop: 10 }}>{contactsError}</Typography>}
        </View>
        {selectedItems.map((item, index) => {
          return (
            <TouchableOpacity
              key={item.id}
              onPress={() => {
                showBottomSheet(
                  <CrisisContactBottomSheet
                    variant="standart"
                    label={label}
                    placeholder={placeholder}
                    navigation={navigation}
                    header={"Édition du proche"}
                    onClose={() => {
                      closeBottomSheet();
                    }}
                    onDelete={() => {
                      setSelectedItems(selectedItems.filter((_, i) => i !== index));
                      closeBottomSheet();
                    }}
                    onValidate={function (updatedItem) {
                      setSelectedItems(selectedItems.map((selectedItem, i) => (i === index ? updatedItem : selectedItem)));
                      closeBottomSheet();
                    }}
                    item={item}
                    // initialText={item.name}
                  />
                );
              }}
              className="bg-gray-200 border-gray-300 rounded-2xl flex-row items-center justify-between p-4"
            >
              <View className="flex-row space-x-2 flex-1">
                <View className="flex-col py-1">
                  <User width={20} height={20} color={TW_COLORS.CNAM_CYAN_600_DARKEN_20} />
                </View>
                <View className="flex-col justify-start items-start">
                  <Typography className={mergeClassNames(typography.textMdRegular, "text-cnam-primary-950")}>{item.name}</Typography>
                  <Typography className={mergeClassNames(typography.textMdRegular, "text-gray-600")}>
                    {formatPhoneNumber(item.phoneNumbers[0].number)}
                  </Typography>

                  {/* {item.activities?.length ? (
                    <Typography className={mergeClassNames(typography.textMdMedium, "text-cnam-primary-950")}>{item.activities?.join(", ")}</Typography>
                  ) : (
                    <Typography className={mergeClassNames(typography.textMdSemibold, "text-cnam-cyan-700-darken-40")}>
                      Cliquez pour ajouter une activité
                    </Typography>
                  )} */}
                </View>
              </View>
              <View className="pl-2 flex-col items-center justify-center">
                <PencilIcon color={TW_COLORS.CNAM_CYAN_600_DARKEN_20} />
              </View>
            </TouchableOpacity>
          );
        })}
      </ScrollView>
      {!route.params?.isEdit && (
        <CrisisNavigationButtons
          absolute={true}
          onPrevious={() => {
            navigation.goBack();
          }}
          onNext={() => {
            navigation.navigate(next, {
              initialRouteName: route.params.initialRouteName,
            });
          }}
          withArrow={true}
          showPrevious={false}
        />
      )}

      {route.params?.isEdit && (
        <NavigationButtons
          nextText="Valider"
          absolute={true}
          onNext={async () => {
            navigation.navigate("crisis-plan-slide-sumup-list");
          }}
        />
      )}
    </View>
  );
};
