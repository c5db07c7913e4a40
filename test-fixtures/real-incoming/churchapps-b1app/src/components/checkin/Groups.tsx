import React, { useState, useEffect } from "react";
import { Button, Icon, Box, CardActionArea, Typography, Divider } from "@mui/material";
import { CheckinHelper } from "@/helpers";
import { Locale } from "@churchapps/apphelper";
import { HeaderSection, HeaderIconContainer, CheckinCard, IconCircle, SmallIconCircle, EmptyStateCard, colors } from "./CheckinStyles";
import type { GroupInterface } from "@churchapps/helpers";

interface GroupCategoryInterface {
  key: number;
  name: string;
  items: GroupInterface[];
}

interface Props {
  selectedHandler: (group: GroupInterface) => void;
}

export function Groups({ selectedHandler }: Props) {
  const [selectedCategory, setSelectedCategory] = useState<GroupCategoryInterface | null>(null);
  const [groupTree, setGroupTree] = useState<GroupCategoryInterface[]>([]);

  const buildTree = () => {
    let category = "";
    const gt: GroupCategoryInterface[] = [];

    const sortedGroups = CheckinHelper.selectedServiceTime?.groups?.sort((a, b) =>
      ((a?.categoryName || "") > (b?.categoryName || "")) ? 1 : -1);

    sortedGroups?.forEach((g) => {
      if (!g) return;
      if (g.categoryName !== category) gt.push({ key: gt.length, name: g.categoryName || "", items: [] });
      gt[gt.length - 1].items.push(g);
      category = g.categoryName || "";
    });
    setGroupTree(gt);
  };

  const getCategories = () => {
    const result: React.ReactElement[] = [];
    groupTree.forEach((c) => {
      result.push(getCategory(c));
    });
    return result;
  };

  const getGroups = () => {
    const result: React.ReactElement[] = [];
    selectedCategory?.items?.forEach((g) => {
      result.push(getGroup(g));
    });
    return result;
  };

  const getGroup = (g: GroupInterface) => (
    <Box
      key={g.id}
      sx={{
        borderBottom: `1px solid ${colors.border}`,
        "&:last-child": { borderBottom: "none" }
      }}
    >
      <CardActionArea
        onClick={() => selectedHandler(g)}
        sx={{ padding: 2, paddingLeft: 3 }}
      >
        <Box sx={{ display: "flex", alignItems: "center" }}>
          <SmallIconCircle>
            <Icon sx={{ fontSize: 20, color: colors.secondary }}>group</Icon>
          </SmallIconCircle>
          <Typography variant="body1" sx={{ flex: 1, color: colors.textPrimary, fontWeight: 500 }}>
            {g.name}
          </Typography>
          <Icon sx={{ color: colors.textSecondary, fontSize: 20 }}>chevron_right</Icon>
        </Box>
      </CardActionArea>
    </Box>
  );

  const selectCategory = (category: GroupCategoryInterface) => {
    if (selectedCategory === category) setSelectedCategory(null);
    else setSelectedCategory(category);
  };

  const getCategory = (category: GroupCategoryInterface) => {
    const isExpanded = category === selectedCategory;
    const groupList = isExpanded ? getGroups() : null;
    return (
      <CheckinCard key={category.key}>
        <CardActionArea
          onClick={() => selectCategory(category)}
          sx={{ padding: 2 }}
        >
          <Box sx={{ display: "flex", alignItems: "center" }}>
            <IconCircle size={40} sx={{ marginRight: 1.5 }}>
              <Icon sx={{ fontSize: 24, color: colors.primary }}>folder</Icon>
            </IconCircle>
            <Typography variant="body1" sx={{ flex: 1, color: colors.textPrimary, fontWeight: 600 }}>
              {category.name || Locale.label("checkin.groups.generalGroups")}
            </Typography>
            <Icon sx={{ color: colors.textSecondary }}>
              {isExpanded ? "expand_less" : "expand_more"}
            </Icon>
          </Box>
        </CardActionArea>
        {isExpanded && (
          <>
            <Divider sx={{ backgroundColor: colors.border }} />
            <Box sx={{ backgroundColor: colors.backgroundLight }}>{groupList}</Box>
          </>
        )}
      </CheckinCard>
    );
  };

  useEffect(buildTree, []);

  return (
    <>
      <HeaderSection>
        <HeaderIconContainer>
          <Icon sx={{ fontSize: 48, color: colors.primary }}>groups</Icon>
        </HeaderIconContainer>
        <Typography variant="h4" sx={{ color: colors.textPrimary, fontWeight: 700, marginBottom: 1 }}>
          {Locale.label("checkin.groups.selectGroup")}
        </Typography>
        <Typography variant="body1" sx={{ color: colors.textSecondary, marginBottom: 1 }}>
          {Locale.label("checkin.groups.chooseGroupFor").replace("{}", CheckinHelper.selectedServiceTime?.name || "")}
        </Typography>
      </HeaderSection>

      {groupTree && groupTree.length > 0
        ? (
          getCategories()
        )
        : (
          <EmptyStateCard>
            <Icon sx={{ fontSize: 64, color: colors.textSecondary }}>group_off</Icon>
            <Typography variant="h6" sx={{ color: colors.textPrimary, fontWeight: 600, marginTop: 2, marginBottom: 1 }}>
              {Locale.label("checkin.groups.noGroupsAvailable")}
            </Typography>
            <Typography variant="body2" sx={{ color: colors.textSecondary }}>
              {Locale.label("checkin.groups.noGroupsConfigured")}
            </Typography>
          </EmptyStateCard>
        )}

      <Box sx={{ marginTop: 3 }}>
        <Button
          variant="outlined"
          fullWidth
          size="large"
          onClick={() => {
            selectedHandler({ id: "", name: "NONE" });
          }}
          data-testid="checkin-none-button"
          startIcon={<Icon>close</Icon>}
          sx={{
            borderColor: colors.textSecondary,
            color: colors.textSecondary,
            borderRadius: 3,
            height: 48,
            fontWeight: 600
          }}
        >
          {Locale.label("checkin.groups.noGroup")}
        </Button>
      </Box>
    </>
  );
}
