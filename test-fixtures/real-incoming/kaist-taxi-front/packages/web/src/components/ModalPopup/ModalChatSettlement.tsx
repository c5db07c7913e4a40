import { useMemo, useRef, useState } from "react";

import useSendMessage from "@/hooks/chat/useSendMessage";
import { useEvent2026SpringQuestComplete } from "@/hooks/event/useEvent2026SpringQuestComplete";
import { useValueRecoilState } from "@/hooks/useFetchRecoilState";
import { useAxios } from "@/hooks/useTaxiAPI";

import Button from "@/components/Button";
import DottedLine from "@/components/DottedLine";
import Input from "@/components/Input";
import InputAccount from "@/components/Input/InputAccount";
import Modal from "@/components/Modal";

import alertAtom from "@/atoms/alert";
import { useSetRecoilState } from "recoil";

import regExpTest from "@/tools/regExpTest";
import theme from "@/tools/theme";

import AccountBalanceWalletRoundedIcon from "@mui/icons-material/AccountBalanceWalletRounded";

type ModalChatSettlementProps = Omit<
  Parameters<typeof Modal>[0],
  "padding" | "children" | "onEnter"
> & {
  roomInfo: Room;
  onRecall?: () => void;
  openSaveAccountModal?: (account: string) => void;
};

const ModalChatSettlement = ({
  roomInfo,
  onRecall,
  openSaveAccountModal,
  ...modalProps
}: ModalChatSettlementProps) => {
  const axios = useAxios();
  const setAlert = useSetRecoilState(alertAtom);
  const { account: defaultAccount } = useValueRecoilState("loginInfo") || {};
  const [account, setAccount] = useState<string>(defaultAccount || "");
  const [amount, setAmount] = useState<string>("");
  const isValidAccount = useMemo(() => regExpTest.account(account), [account]);
  const isRequesting = useRef<boolean>(false);
  const sendMessage = useSendMessage(roomInfo._id, isRequesting);
  const event2026SpringQuestComplete = useEvent2026SpringQuestComplete();

  const onClickOk = () => {
    if (isRequesting.current || !isValidAccount) return;
    const pattern = /^[0-9]+$/g;
    if (amount != "") {
      if (pattern.test(amount)) {
        if (parseInt(amount) <= 0) {
          setAlert("올바른 금액을 입력해주세요.");
          return;
        }
      } else {
        setAlert("올바른 금액을 입력해주세요.");
        return;
      }
    }
    isRequesting.current = true;
    axios({
      url: "/rooms/commitSettlement",
      method: "post",
      data:
        amount != ""
          ? { roomId: roomInfo._id, settlementAmount: parseInt(amount) }
          : { roomId: roomInfo._id },
      onSuccess: async () => {
        isRequesting.current = false;
        onRecall?.();
        if (account !== "") {
          await sendMessage("account", { text: account });
          isRequesting.current = false;
          if (account !== defaultAccount) openSaveAccountModal?.(account);
        }
        //#region event2026Spring
        event2026SpringQuestComplete("fareSettlement");
        //#endregion
        modalProps.onChangeIsOpen?.(false);
      },
      onError: () => {
        isRequesting.current = false;
        setAlert("정산하기를 실패했습니다.");
      },
    });
  };

  const styleTitle = {
    ...theme.font18,
    display: "flex",
    alignItems: "center",
    margin: "0 8px 12px",
  };
  const styleIcon = {
    fontSize: "21px",
    margin: "0 4px 0 0",
  };
  const styleText = {
    ...theme.font12,
    color: theme.gray_text,
    margin: "0 8px 12px",
  };
  const styleAccount = {
    margin: "12px 8px 6px 8px",
    display: "flex",
    alignItems: "center",
    color: theme.gray_text,
    whiteSpace: "nowrap",
    ...theme.font14,
  } as const;
  const styleAmount = {
    margin: "8px 8px",
    gap: "8px",
    display: "flex",
    alignItems: "center",
    color: theme.gray_text,
    whiteSpace: "nowrap",
    ...theme.font14,
  };
  const styleButtons = {
    position: "relative",
    display: "flex",
    justifyContent: "space-between",
    gap: "10px",
  } as const;
  const styleAlarm = {
    ...theme.font12,
    color: theme.gray_text,
    margin: "0 8px 6px",
  };

  return (
    <Modal {...modalProps} padding="16px 12px 12px" onEnter={onClickOk}>
      <div css={styleTitle}>
        <AccountBalanceWalletRoundedIcon style={styleIcon} />
        정산하기
      </div>
      <div css={styleText}>동승자들에게 송금을 요청할 수 있습니다.</div>
      <div css={styleText}>
        • 완료 후 취소는 <b>불가능</b>합니다.
        <br />
        <span css={{ color: theme.red_text }}>
          • 본인이 택시 요금을 계산한 경우에만 진행해주세요.
        </span>
      </div>
      <DottedLine />
      <div css={styleAccount}>
        계좌번호
        <InputAccount
          value={account}
          onChangeValue={setAccount}
          css={{ width: "100%", marginLeft: "10px" }}
        />
      </div>
      {isValidAccount ? (
        account === "" ? (
          <div css={{ ...styleAlarm, color: theme.gray_text }}>
            • 계좌번호를 공유하지 않고 정산 요청을 합니다.
          </div>
        ) : (
          <div css={{ ...styleAlarm, color: theme.gray_text }}>
            • 정산 요청과 함께 계좌번호를 채팅창에 전송합니다.
          </div>
        )
      ) : (
        <div css={{ ...styleAlarm, color: theme.red_text }}>
          • 올바른 계좌번호를 입력해주세요.
        </div>
      )}
      <div css={styleAmount}>
        정산 금액
        <Input value={amount} onChangeValue={setAmount} placeholder={"0원"} />
      </div>
      <div css={styleButtons}>
        <Button
          type="gray"
          css={{
            width: "calc(50% - 5px)",
            padding: "10px 0 9px",
            borderRadius: "8px",
            ...theme.font14,
          }}
          onClick={() => modalProps.onChangeIsOpen?.(false)}
        >
          돌아가기
        </Button>
        <Button
          type="purple_inset"
          css={{
            width: "calc(50% - 5px)",
            padding: "10px 0 9px",
            borderRadius: "8px",
            ...theme.font14_bold,
          }}
          onClick={onClickOk}
          disabled={!isValidAccount}
        >
          완료하기
        </Button>
      </div>
    </Modal>
  );
};

export default ModalChatSettlement;
