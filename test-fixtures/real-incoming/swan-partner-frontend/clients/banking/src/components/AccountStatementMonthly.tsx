import { Link } from "@swan-io/chicane";
import { useQuery } from "@swan-io/graphql-client";
import { BorderedIcon } from "@swan-io/lake/src/components/BorderedIcon";
import { Cell, HeaderCell, TextCell } from "@swan-io/lake/src/components/Cells";
import { EmptyView } from "@swan-io/lake/src/components/EmptyView";
import { Icon, IconName } from "@swan-io/lake/src/components/Icon";
import {
  ColumnConfig,
  PlainListView,
  PlainListViewPlaceholder,
} from "@swan-io/lake/src/components/PlainListView";
import { ResponsiveContainer } from "@swan-io/lake/src/components/ResponsiveContainer";
import { Space } from "@swan-io/lake/src/components/Space";
import { Tag } from "@swan-io/lake/src/components/Tag";
import { commonStyles } from "@swan-io/lake/src/constants/commonStyles";
import { breakpoints, colors, spacings } from "@swan-io/lake/src/constants/design";
import { GetNode } from "@swan-io/lake/src/utils/types";
import dayjs from "dayjs";
import { useMemo, useState } from "react";
import { StyleSheet, View } from "react-native";
import { match, P } from "ts-pattern";
import { ErrorView } from "../components/ErrorView";
import {
  AccountStatementsPageDocument,
  AccountStatementsPageQuery,
  StatementsOrderByInput,
} from "../graphql/partner";
import { t } from "../utils/i18n";
import { Connection } from "./Connection";

const styles = StyleSheet.create({
  columnHeaders: {
    paddingHorizontal: spacings[32],
  },
  containerRowLarge: {
    paddingHorizontal: spacings[32],
  },
  containerRow: {
    paddingHorizontal: spacings[8],
  },
});

const NUM_TO_RENDER = 20;

type Props = {
  accountId: string;
  large: boolean;
  accountMembershipId: string;
};

type ExtraInfo = {
  onChangeOrder: (orderBy: StatementsOrderByInput) => void;
  orderBy?: StatementsOrderByInput;
};
type Statement = GetNode<
  NonNullable<NonNullable<AccountStatementsPageQuery["account"]>["statements"]>
>;

const columns: ColumnConfig<Statement, ExtraInfo>[] = [
  {
    title: t("accountStatements.period"),
    width: "grow",
    id: "period",
    renderTitle: ({ title, extraInfo }) => (
      <HeaderCell
        text={title}
        onPress={direction => {
          extraInfo.onChangeOrder({ field: "openingDate", direction });
        }}
        sort={
          extraInfo.orderBy?.field === "openingDate"
            ? (extraInfo.orderBy.direction ?? undefined)
            : undefined
        }
      />
    ),
    renderCell: ({ item: { openingDate } }) => (
      <TextCell variant="medium" text={dayjs(openingDate).format("MMMM YYYY")} />
    ),
  },
  {
    title: t("accountStatements.generated"),
    width: 150,
    id: "generated",
    renderTitle: ({ title }) => <HeaderCell text={title} />,
    renderCell: ({ item: { createdAt, statusInfo } }) =>
      match(statusInfo)
        .with({ __typename: P.union("GeneratedStatusInfo", "VoidedStatusInfo") }, () => (
          <TextCell variant="smallMedium" text={dayjs(createdAt).format("MMM, DD YYYY")} />
        ))
        .otherwise(() => null),
  },
  {
    title: t("accountStatements.type"),
    width: 100,
    id: "type",
    renderTitle: ({ title }) => <HeaderCell text={title} />,
    renderCell: ({ item: { format } }) => <TextCell variant="smallMedium" text={format} />,
  },
  {
    title: t("accountStatements.status"),
    width: 120,
    id: "status",
    renderTitle: ({ title }) => <HeaderCell text={title} />,
    renderCell: ({ item: { statusInfo } }) => (
      <Cell>
        {match(statusInfo)
          .with({ status: "Generated" }, () => (
            <Tag color="positive">{t("accountStatements.status.available")}</Tag>
          ))
          .with({ status: "Failed" }, () => (
            <Tag color="negative">{t("accountStatements.status.failed")}</Tag>
          ))
          .with({ status: "Pending" }, () => (
            <Tag color="shakespear">{t("accountStatements.status.pending")}</Tag>
          ))
          .with({ status: "Voided" }, () => (
            <Tag color="gray">{t("accountStatements.status.voided")}</Tag>
          ))
          .exhaustive()}
      </Cell>
    ),
  },
  {
    width: 40,
    id: "actions",
    title: "",
    renderTitle: () => null,
    renderCell: ({ item: { statusInfo, format } }) =>
      match(statusInfo)
        .with({ __typename: P.union("GeneratedStatusInfo", "VoidedStatusInfo") }, () => (
          <Cell align="center">
            <Icon
              name={match(format)
                .returnType<IconName>()
                .with("PDF", () => "open-filled")
                .with("CSV", () => "arrow-download-filled")
                .exhaustive()}
              size={16}
              color={colors.gray[300]}
            />
          </Cell>
        ))
        .otherwise(() => null),
  },
];

const smallColumns: ColumnConfig<Statement, ExtraInfo>[] = [
  {
    title: t("accountStatements.period"),
    width: "grow",
    id: "period",
    renderTitle: () => null,
    renderCell: ({ item: { openingDate } }) => (
      <TextCell variant="medium" text={dayjs(openingDate).format("MMMM YYYY")} />
    ),
  },
  {
    width: 40,
    id: "actions",
    title: "",
    renderTitle: () => null,
    renderCell: ({ item: { statusInfo } }) => {
      return (
        <Cell align="right">
          {match(statusInfo)
            .with({ __typename: P.union("GeneratedStatusInfo", "VoidedStatusInfo") }, () => (
              <Icon name="open-regular" size={16} color={colors.gray[300]} />
            ))
            .otherwise(() => (
              <BorderedIcon
                name="clock-regular"
                padding={4}
                size={24}
                color="warning"
                borderRadius={4}
              />
            ))}
        </Cell>
      );
    },
  },
];

const PER_PAGE = 20;

export const AccountStatementMonthly = ({ accountId, large }: Props) => {
  const [orderBy, setOrderBy] = useState<StatementsOrderByInput>();
  const [data, { isLoading, setVariables }] = useQuery(AccountStatementsPageDocument, {
    first: PER_PAGE,
    accountId,
    filters: { period: "Monthly" },
    orderBy,
  });

  const extraInfo = useMemo(() => ({ onChangeOrder: setOrderBy, orderBy }), [orderBy]);

  return (
    <>
      {data.match({
        NotAsked: () => null,
        Loading: () => <PlainListViewPlaceholder count={20} headerHeight={48} rowHeight={48} />,
        Done: result =>
          result.match({
            Error: error => <ErrorView error={error} />,
            Ok: ({ account }) => (
              <>
                <Space height={24} />

                <ResponsiveContainer style={commonStyles.fill} breakpoint={breakpoints.large}>
                  {() => (
                    <Connection connection={account?.statements}>
                      {statements => (
                        <PlainListView
                          headerStyle={styles.columnHeaders}
                          rowStyle={() => (large ? styles.containerRowLarge : styles.containerRow)}
                          breakpoint={breakpoints.medium}
                          data={statements?.edges?.map(({ node }) => node) ?? []}
                          keyExtractor={item => item.id}
                          headerHeight={48}
                          rowHeight={48}
                          groupHeaderHeight={48}
                          extraInfo={extraInfo}
                          columns={columns}
                          getRowLink={({ item }) =>
                            match(item.statusInfo)
                              .with(
                                { __typename: P.union("GeneratedStatusInfo", "VoidedStatusInfo") },
                                ({ url }) => <Link to={url} target="_blank" />,
                              )
                              .otherwise(() => <View />)
                          }
                          loading={{
                            isLoading,
                            count: NUM_TO_RENDER,
                          }}
                          onEndReached={() => {
                            if (statements?.pageInfo.hasNextPage ?? false) {
                              setVariables({
                                after: statements?.pageInfo.endCursor ?? undefined,
                              });
                            }
                          }}
                          renderEmptyList={() => (
                            <EmptyView icon="lake-inbox-empty" title={t("common.list.noResults")} />
                          )}
                          smallColumns={smallColumns}
                        />
                      )}
                    </Connection>
                  )}
                </ResponsiveContainer>
              </>
            ),
          }),
      })}
    </>
  );
};
