import { View, Text, ScrollView, useWindowDimensions, Dimensions, Linking, Alert, Platform, TouchableOpacity } from "react-native";
import { mergeClassNames } from "@/utils/className";
import { typography } from "@/utils/typography";
import CircleQuestionMark from "@assets/svg/icon/CircleQuestionMark";
import React, { useEffect, useState } from "react";
import Drugs from "@/scenes/drugs/drugs-list";
import { useBottomSheet } from "@/context/BottomSheetContext";
import localStorage from "@/utils/localStorage";
import { Drug } from "@/entities/Drug";
import JMButton from "@/components/JMButton";
import HealthIcon from "@assets/svg/icon/Health";
import { InputText } from "@/components/InputText";
import { GPS_IDS, TOOL_BECK_ID, ToolItemEntity } from "./toolsData";
import ReactNativeBlobUtil from "react-native-blob-util";
import DownloadIcon from "@assets/svg/icon/Download";
import LinkExternal from "@assets/svg/icon/LinkExternal";
import BookmarkAddIcon from "@assets/svg/icon/BookmarkAdd";
import BookmarkMinusIcon from "@assets/svg/icon/BookmarkMinus";
import SimplePlus from "@assets/svg/icon/SimplePlus";
import logEvents from "@/services/logEvents";
import * as WebBrowser from "expo-web-browser";
import { useInAppBrowserConfig } from "@/hooks/useInAppBrowserConfig";
import { shareAsync } from "expo-sharing";
import * as FileSystem from "expo-file-system";
import EyeIcon from "@assets/svg/icon/Eye";
import PlayCircleIcon from "@assets/svg/icon/PlayCircle";
import AsyncStorage from "@react-native-async-storage/async-storage";
import { TW_COLORS } from "@/utils/constants";
import { ModusOperandiBottomSheet } from "./ModusOperandiBottomSheet";
import { Typography } from "@/components/Typography";

const screenHeight = Dimensions.get("window").height;
const height90vh = screenHeight * 0.9;

export const ToolBottomSheet = ({
  onClose,
  toolItem,
  navigation,
  onBookmarkChange,
}: {
  onClose: (treatment?: Drug[]) => void;
  toolItem: ToolItemEntity;
  navigation;
  onBookmarkChange;
}) => {
  const [isDownloading, setIsDownloading] = useState(false);
  const [isViewing, setIsViewing] = useState(false);
  const { closeBottomSheet } = useBottomSheet();
  const [isBookmarked, setIsBookmarked] = useState<boolean>(false);
  const [showAllThemes, setShowAllThemes] = useState<boolean>(false);
  const [crisisPlanCompleted, setCrisisPlanCompleted] = useState<boolean>(false);
  const { useInAppBrowser } = useInAppBrowserConfig();
  const { showBottomSheet } = useBottomSheet();

  const itemId = toolItem.id;

  useEffect(() => {
    const load = async () => {
      try {
        const ids = await localStorage.getBookmarkedToolItems();
        setIsBookmarked(ids.includes(itemId));
        console.log(toolItem);
        if (toolItem.innerPath?.path === "crisis-plan") {
          const _crisisPlanCompleted = await AsyncStorage.getItem("@CRISIS_PLAN_COMPLETED");
          setCrisisPlanCompleted(_crisisPlanCompleted === "true");
        }
      } catch (error) {
        console.error("Failed to load viewed resources:", error);
      }
    };
    load();
  }, [itemId]);

  const [renderedThemes, setRenderedThemes] = useState([]);
  const [maxWidth, setMaxWidth] = useState(0);
  useEffect(() => {
    if (!maxWidth) return;

    let currentWidth = 0;
    let lineCount = 1;
    const maxLines = 2;
    const spacing = 8; // ton `mr-2`

    const allowed = [];

    toolItem.themes.forEach((theme, index) => {
      // Estimation de la largeur du chip
      const chipWidth = theme.length * 7 + 30; // (texte approx + padding)
      if (currentWidth + chipWidth > maxWidth) {
        // nouvelle ligne
        lineCount++;
        if (lineCount === 2) {
          currentWidth = toolItem.themes.length - index - 1 <= 1 ? 0 : 100;
        }
      }

      if (lineCount > maxLines) return;
      allowed.push(theme);
      currentWidth += chipWidth + spacing;
    });
    setRenderedThemes(allowed);
  }, [maxWidth, toolItem.themes]);

  // Helper function to check if the tool type is a file/downloadable type
  const isFileType = () => {
    const types = Array.isArray(toolItem.type) ? toolItem.type : [toolItem.type];
    return types.some((t) => t === "Fichier");
  };

  const handleViewPDF = async () => {
    if (!toolItem.url) {
      Alert.alert("Erreur", "Aucun fichier à visualiser");
      return;
    }

    try {
      setIsViewing(true);
      await WebBrowser.openBrowserAsync(toolItem.url, {
        toolbarColor: "#3D6874",
        controlsColor: "#FFFFFF",
        enableBarCollapsing: false,
        showTitle: true,
        dismissButtonStyle: "done",
      });
    } catch (error) {
      console.error("Error viewing PDF:", error);
      Alert.alert("Erreur", "Impossible de visualiser le fichier");
    } finally {
      setIsViewing(false);
    }
  };

  const showModusOperandi = () => {
    showBottomSheet(<ModusOperandiBottomSheet />);
  };

  const handleDownloadFile = async () => {
    if (!toolItem.url) {
      Alert.alert("Erreur", "Aucun fichier à télécharger");
      return;
    }

    try {
      setIsDownloading(true);

      // Extract filename from URL or use a default name
      const urlParts = toolItem.url.split("/");
      const fileName = urlParts[urlParts.length - 1] || `${toolItem.title}.pdf`;

      const { dirs } = ReactNativeBlobUtil.fs;

      if (Platform.OS === "android") {
        // 1. Download into sandbox
        const tempUri = FileSystem.cacheDirectory + fileName;

        const { uri: downloadedUri } = await FileSystem.downloadAsync(toolItem.url, tempUri);

        await shareAsync(downloadedUri, {
          UTI: ".txt",
          mimeType: "text/plain",
          dialogTitle: "Exporter mes données Jardin Mental",
        });
        // // 2. Ask user for a destination folder (SAF)
        // const permissions = await FileSystem.StorageAccessFramework.requestDirectoryPermissionsAsync();

        // if (!permissions.granted) {
        //   Alert.alert("Permission refusée");
        //   return;
        // }

        // // 3. Create an empty file in the chosen folder
        // const destUri = await FileSystem.StorageAccessFramework.createFileAsync(permissions.directoryUri, fileName, "application/pdf");

        // // 4. Read sandbox file in base64
        // const base64Data = await FileSystem.readAsStringAsync(downloadedUri, {
        //   encoding: FileSystem.EncodingType.Base64,
        // });

        // // 5. Write inside the chosen folder
        // await FileSystem.writeAsStringAsync(destUri, base64Data, {
        //   encoding: FileSystem.EncodingType.Base64,
        // });

        Alert.alert("Succès", "Le fichier a été enregistré sur votre appareil.");
      } else {
        // iOS: Download to DocumentDir then use previewDocument to let user save where they want
        const filePath = `${dirs.DocumentDir}/${fileName}`;
        const response = await ReactNativeBlobUtil.config({
          path: filePath,
          fileCache: true,
        }).fetch("GET", toolItem.url);

        await ReactNativeBlobUtil.ios.previewDocument(response.path());
      }
    } catch (error) {
      console.error("Error downloading file:", error);
      Alert.alert("Erreur", "Impossible de télécharger le fichier");
    } finally {
      setIsDownloading(false);
    }
  };

  const handleOpenUrl = async () => {
    if (!toolItem.url) {
      Alert.alert("Erreur", "Aucune URL disponible");
      return;
    }

    try {
      if (useInAppBrowser) {
        // Open in in-app browser using expo-web-browser
        await WebBrowser.openBrowserAsync(toolItem.url, {
          toolbarColor: "#3D6874", // Color matching the app theme (CNAM cyan)
          controlsColor: "#FFFFFF",
          enableBarCollapsing: true,
          showTitle: true,
          dismissButtonStyle: "done", // iOS: Show "Done" button instead of checkmark
        });
      } else {
        // Open in external system browser (default behavior)
        const canOpen = await Linking.canOpenURL(toolItem.url);
        if (canOpen) {
          await Linking.openURL(toolItem.url);
        } else {
          Alert.alert("Erreur", "Impossible d'ouvrir ce lien");
        }
      }
    } catch (error) {
      console.error("Error opening URL:", error);
      Alert.alert("Erreur", "Impossible d'ouvrir le lien");
    }
  };

  return (
    <View className="flex-1 bg-white">
      <View className="flex-1">
        <ScrollView
          bounces={false}
          // contentContainerStyle={{ paddingBottom: 0 }}
          contentContainerStyle={{ paddingBottom: 0, minHeight: "100%" }}
          showsVerticalScrollIndicator={false}
          style={{
            paddingTop: 20,
            height: height90vh,
          }}
          // style={{ paddingTop: 20 }}
        >
          <View className="self-end mr-4">
            {!isBookmarked ? (
              <TouchableOpacity
                onPress={async () => {
                  try {
                    const itemId = toolItem.id;
                    const updated = await localStorage.bookmarkToolItem(itemId);
                    setIsBookmarked(updated.includes(itemId));
                    onBookmarkChange?.();
                    // Log bookmark event
                    logEvents.logOutilsBookmark();
                  } catch (error) {
                    console.error("Failed to mark resource as viewed:", error);
                  }
                }}
                className="flex-row items-center justify-between mb-4 space-x-1"
              >
                <BookmarkAddIcon width={20} height={20} />

                <Typography className={mergeClassNames(typography.textMdSemibold, "text-cnam-cyan-700-darken-40")}>Ajouter à mes favoris</Typography>
              </TouchableOpacity>
            ) : (
              <TouchableOpacity
                onPress={async () => {
                  try {
                    const itemId = toolItem.id;
                    const updated = await localStorage.removeBookmarkToolItem(itemId);
                    setIsBookmarked(updated.includes(itemId));
                    onBookmarkChange?.();
                    // Log bookmark event (also logged when removing)
                    logEvents.logOutilsBookmark();
                  } catch (error) {
                    console.error("Failed to mark resource as viewed:", error);
                  }
                }}
                className="flex-row items-center justify-between mb-4 space-x-1"
              >
                <BookmarkMinusIcon width={20} height={20} />
                <Typography className={mergeClassNames(typography.textMdSemibold, "text-cnam-cyan-700-darken-40")}>Retirer de mes favoris</Typography>
              </TouchableOpacity>
            )}
          </View>
          <View onLayout={(e) => setMaxWidth(e.nativeEvent.layout.width)} className="flex-row self-start flex-wrap items-center p-2 space-x-0">
            {/* {toolItem.themes.slice(0, showAllThemes ? toolItem.themes.length : VISIBLE_THEMES_LIMIT).map((theme, index) => (
              <Text
                key={index}
                className={mergeClassNames(
                  typography.textSmSemibold,
                  "text-cnam-cyan-700-darken-40 text-left bg-[#E5F6FC] py-1 px-2 leading-[20px] mr-2"
                )}
              >
                {theme}
              </Typography>
            ))} */}
            {!!showAllThemes &&
              toolItem.themes.map((theme, index) => (
                <Typography
                  key={index}
                  className={mergeClassNames(
                    typography.textSmSemibold,
                    "text-cnam-cyan-700-darken-40 bg-[#E5F6FC] py-1 px-2 leading-[20px] mr-2 mb-2"
                  )}
                >
                  {theme}
                </Typography>
              ))}
            {!showAllThemes &&
              renderedThemes.map((theme, index) => (
                <Typography
                  key={index}
                  className={mergeClassNames(
                    typography.textSmSemibold,
                    "text-cnam-cyan-700-darken-40 bg-[#E5F6FC] py-1 px-2 leading-[20px] mr-2 mb-2"
                  )}
                >
                  {theme}
                </Typography>
              ))}
            {toolItem.themes.length > renderedThemes.length && !showAllThemes && (
              <TouchableOpacity
                onPress={() => setShowAllThemes(!showAllThemes)}
                className="flex-row items-center bg-[#E5F6FC] py-1 px-2 space-x-1 mb-2 "
              >
                {!showAllThemes && (
                  <>
                    <SimplePlus color="#3D6874" width={16} height={16} />
                    <Typography className={mergeClassNames(typography.textSmSemibold, "text-cnam-cyan-700-darken-40 leading-[20px]")}>
                      {toolItem.themes.length - renderedThemes.length}
                    </Typography>
                  </>
                )}
              </TouchableOpacity>
            )}
          </View>
          <View className="p-4 flex-column">
            <Typography className={mergeClassNames(typography.displayXsBold, "text-left text-cnam-primary-900")}>{toolItem.title}</Typography>
          </View>
          <View className="p-4 flex-column flex-1">
            <Typography className={mergeClassNames(typography.textMdRegular, "text-left text-cnam-primary-900")}>{toolItem.description}</Typography>
          </View>
          <View className="w-full py-6 px-6">
            {toolItem.video === "coherence-cardiaque-video" && (
              <JMButton
                icon={<PlayCircleIcon color="white" />}
                onPress={() => {
                  navigation.navigate(toolItem.video);
                  closeBottomSheet();
                }}
                title={"Faire l'exercice de respiration"}
              />
            )}
            {isFileType() && !toolItem.embed && !toolItem.video && !toolItem.innerPath && (
              <>
                {!GPS_IDS.includes(toolItem.id) && (
                  <JMButton
                    className="mb-2"
                    icon={<EyeIcon color="white" width={20} height={20} />}
                    onPress={handleViewPDF}
                    title={isViewing ? "Chargement..." : "Voir le fichier"}
                    disabled={isViewing || isDownloading}
                  />
                )}
                {GPS_IDS.includes(toolItem.id) && (
                  <JMButton
                    className="mb-2"
                    variant="outline"
                    icon={<CircleQuestionMark color={TW_COLORS.GRAY_400} />}
                    onPress={showModusOperandi}
                    title={"Mode operatoire"}
                    disabled={isViewing || isDownloading}
                  />
                )}
                <JMButton
                  icon={<DownloadIcon color="white" />}
                  onPress={handleDownloadFile}
                  title={isDownloading ? "Téléchargement..." : "Télécharger le fichier"}
                  disabled={isDownloading || isViewing}
                />
              </>
            )}
            {toolItem.innerPath && (
              <JMButton
                className="mb-2"
                onPress={async () => {
                  if (toolItem.innerPath?.path === "crisis-plan" && crisisPlanCompleted) {
                    navigation.navigate("crisis-plan-slide-sumup-list");
                  } else {
                    navigation.navigate(toolItem.innerPath.path);
                  }
                  closeBottomSheet();
                }}
                title={toolItem.innerPath?.path === "crisis-plan" && crisisPlanCompleted ? "Voir mon plan de crise" : toolItem.innerPath.text}
              />
            )}
            {!isFileType() && !toolItem.embed && !toolItem.video && toolItem.id !== TOOL_BECK_ID && !toolItem.innerPath && (
              <JMButton icon={<LinkExternal color="white" />} onPress={handleOpenUrl} title={"Voir l'outil"} />
            )}
            {toolItem.id === TOOL_BECK_ID && (
              <JMButton
                onPress={() => {
                  closeBottomSheet();
                  navigation.navigate("beck-home");
                }}
                title={"Accéder à Beck"}
              />
            )}
          </View>
          {toolItem.source && (
            <View className="w-full bg-gray-100 p-6 pb-20">
              <Typography className={mergeClassNames(typography.textSmRegular, "text-gray-800")}>Fourni par : {toolItem.source}</Typography>
            </View>
          )}
        </ScrollView>
      </View>
    </View>
  );
};
