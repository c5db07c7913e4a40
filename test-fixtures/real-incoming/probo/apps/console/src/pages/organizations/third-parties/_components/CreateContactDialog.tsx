// Copyright (c) 2025-2026 Probo Inc <hello@probo.com>.
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in
// all copies or substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
// FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
// AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
// LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
// OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
// SOFTWARE.

import { cleanFormData, formatError } from "@probo/helpers";
import {
  Breadcrumb,
  Button,
  Dialog,
  DialogContent,
  DialogFooter,
  Field,
  useDialogRef,
  useToast,
} from "@probo/ui";
import { type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "react-relay";
import { graphql } from "relay-runtime";

import type { CreateContactDialogMutation } from "#/__generated__/core/CreateContactDialogMutation.graphql";
import { useFormWithSchema } from "#/hooks/useFormWithSchema";
import { z } from "#/lib/zod";

type Props = {
  children: ReactNode;
  connectionId: string;
  thirdPartyId: string;
  onCreated?: () => void;
};

const createContactMutation = graphql`
  mutation CreateContactDialogMutation(
    $input: CreateThirdPartyContactInput!
    $connections: [ID!]!
  ) {
    createThirdPartyContact(input: $input) {
      thirdPartyContactEdge @prependEdge(connections: $connections) {
        node {
          canUpdate: permission(action: "core:thirdParty-contact:update")
          canDelete: permission(action: "core:thirdParty-contact:delete")
          ...ThirdPartyContactRow_contact
        }
      }
    }
  }
`;

const phoneRegex = /^\+[0-9]{8,15}$/;

export function CreateContactDialog({
  children,
  connectionId,
  thirdPartyId,
  onCreated,
}: Props) {
  const { t } = useTranslation();

  const schema = z.object({
    fullName: z.string().optional(),
    email: z.union([
      z.string().email(t("createThirdPartyContactDialog.validation.email")),
      z.literal(""),
    ]),
    phone: z.union([
      z
        .string()
        .regex(
          phoneRegex,
          t("createThirdPartyContactDialog.validation.phone"),
        ),
      z.literal(""),
    ]),
    role: z.string().optional(),
  });

  const { register, handleSubmit, formState, reset } = useFormWithSchema(
    schema,
    {
      defaultValues: {
        fullName: "",
        email: "",
        phone: "",
        role: "",
      },
    },
  );
  const { toast } = useToast();
  const [createContact, isCreating] = useMutation<CreateContactDialogMutation>(
    createContactMutation,
  );

  const onSubmit = (data: z.infer<typeof schema>) => {
    const cleanData = cleanFormData(data);

    createContact({
      variables: {
        input: {
          thirdPartyId,
          ...cleanData,
        },
        connections: [connectionId],
      },
      onCompleted(_response, errors) {
        if (errors) {
          toast({
            title: t("createThirdPartyContactDialog.messages.error"),
            description: formatError(t("createThirdPartyContactDialog.errors.create"), errors),
            variant: "error",
          });
          return;
        }
        toast({
          title: t("createThirdPartyContactDialog.messages.success"),
          description: t("createThirdPartyContactDialog.messages.created"),
          variant: "success",
        });
        dialogRef.current?.close();
        reset();
        onCreated?.();
      },
      onError(error) {
        toast({
          title: t("createThirdPartyContactDialog.messages.error"),
          description: formatError(t("createThirdPartyContactDialog.errors.create"), error),
          variant: "error",
        });
      },
    });
  };

  const dialogRef = useDialogRef();

  return (
    <Dialog
      className="max-w-lg"
      ref={dialogRef}
      trigger={children}
      title={<Breadcrumb items={[t("createThirdPartyContactDialog.breadcrumb.contacts"), t("createThirdPartyContactDialog.breadcrumb.newContact")]} />}
    >
      <form onSubmit={e => void handleSubmit(onSubmit)(e)}>
        <DialogContent padded className="space-y-4">
          <Field
            label={t("createThirdPartyContactDialog.fields.name")}
            {...register("fullName")}
            type="text"
            error={formState.errors.fullName?.message}
            placeholder={t("createThirdPartyContactDialog.placeholders.name")}
          />
          <Field
            label={t("createThirdPartyContactDialog.fields.email")}
            {...register("email")}
            type="email"
            error={formState.errors.email?.message}
            placeholder={t("createThirdPartyContactDialog.placeholders.email")}
          />
          <Field
            label={t("createThirdPartyContactDialog.fields.phone")}
            {...register("phone")}
            type="text"
            error={formState.errors.phone?.message}
            placeholder={t("createThirdPartyContactDialog.placeholders.phone")}
            help={t("createThirdPartyContactDialog.help.phone")}
          />
          <Field
            label={t("createThirdPartyContactDialog.fields.role")}
            {...register("role")}
            type="text"
            error={formState.errors.role?.message}
            placeholder={t("createThirdPartyContactDialog.placeholders.role")}
          />
        </DialogContent>
        <DialogFooter>
          <Button type="submit" disabled={isCreating}>
            {t("createThirdPartyContactDialog.actions.create")}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
