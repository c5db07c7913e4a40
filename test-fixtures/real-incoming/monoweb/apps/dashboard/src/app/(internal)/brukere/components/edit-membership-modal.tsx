import type { Membership } from "@dotkomonline/rpc/user"
import { type ContextModalProps, modals } from "@mantine/modals"
import type { FC } from "react"
import { useUpdateMembershipMutation } from "../mutations"
import { useMembershipWriteForm } from "./membership-form"
import { Stack, Text } from "@mantine/core"

export const EditMembershipModal: FC<ContextModalProps<{ membership: Membership }>> = ({
  context,
  id,
  innerProps: { membership },
}) => {
  const close = () => context.closeModal(id)
  const updateMembership = useUpdateMembershipMutation()
  const FormComponent = useMembershipWriteForm({
    defaultValues: membership,
    onSubmit: (data) => {
      updateMembership.mutate({
        membershipId: membership.id,
        data,
      })
      close()
    },
  })
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Rediger semesterverdien for å endre årstrinn.
      </Text>
      <FormComponent />
    </Stack>
  )
}

export const useEditMembershipModal =
  () =>
  ({ membership }: { membership: Membership }) => {
    return modals.openContextModal({
      modal: "user/membership/update",
      title: "Rediger medlemskap",
      innerProps: { membership },
    })
  }
