// Copyright (c) 2026 Probo Inc <hello@probo.com>.
//
// Permission to use, copy, modify, and/or distribute this software for any
// purpose with or without fee is hereby granted, provided that the above
// copyright notice and this permission notice appear in all copies.
//
// THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH
// REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY
// AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT,
// INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM
// LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR
// OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR
// PERFORMANCE OF THIS SOFTWARE.

import { detectSocialName } from "@probo/helpers";
import {
  Button,
  Dialog,
  DialogContent,
  DialogFooter,
  Field,
  Spinner,
  useDialogRef,
} from "@probo/ui";
import { forwardRef, useImperativeHandle, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConnectionHandler, graphql, readInlineData } from "relay-runtime";

import type { CompliancePortalCustomLinkDialog_createMutation } from "#/__generated__/core/CompliancePortalCustomLinkDialog_createMutation.graphql";
import type { CompliancePortalCustomLinkDialog_customLink$key } from "#/__generated__/core/CompliancePortalCustomLinkDialog_customLink.graphql";
import type { CompliancePortalCustomLinkDialog_updateMutation } from "#/__generated__/core/CompliancePortalCustomLinkDialog_updateMutation.graphql";
import { useFormWithSchema } from "#/hooks/useFormWithSchema";
import { useMutation } from "#/lib/relay/useMutation";
import { z } from "#/lib/zod";

const customLinkFragment = graphql`
  fragment CompliancePortalCustomLinkDialog_customLink on ComplianceCustomLink @inline {
    id
    name
    url
  }
`;

const createMutation = graphql`
  mutation CompliancePortalCustomLinkDialog_createMutation($input: CreateComplianceCustomLinkInput!) {
    createComplianceCustomLink(input: $input) {
      complianceCustomLinkEdge {
        node {
          id
          name
          url
          rank
          ...CompliancePortalCustomLinkListItem_customLink
          ...CompliancePortalCustomLinkDialog_customLink
        }
      }
    }
  }
`;

const updateMutation = graphql`
  mutation CompliancePortalCustomLinkDialog_updateMutation($input: UpdateComplianceCustomLinkInput!) {
    updateComplianceCustomLink(input: $input) {
      complianceCustomLink {
        id
        name
        url
        rank
        ...CompliancePortalCustomLinkListItem_customLink
        ...CompliancePortalCustomLinkDialog_customLink
      }
    }
  }
`;

export interface CompliancePortalCustomLinkDialogRef {
  openCreate: (compliancePortalId: string, connectionId: string) => void;
  openEdit: (customLinkKey: CompliancePortalCustomLinkDialog_customLink$key) => void;
}

export const CompliancePortalCustomLinkDialog = forwardRef<CompliancePortalCustomLinkDialogRef>(
  function CompliancePortalCustomLinkDialog(_, ref) {
    const { t } = useTranslation("organizations/compliance-portals");
    const dialogRef = useDialogRef();
    const [mode, setMode] = useState<"create" | "edit">("create");
    const [compliancePortalId, setCompliancePortalId] = useState("");
    const [connectionId, setConnectionId] = useState("");
    const [editId, setEditId] = useState<string | null>(null);

    const schema = z.object({
      name: z.string().min(1, t("externalUrls.validation.nameRequired")),
      url: z.string().url(t("externalUrls.validation.urlInvalid")),
    });

    const [create, isCreating] = useMutation<CompliancePortalCustomLinkDialog_createMutation>(
      createMutation,
      { successMessage: t("externalUrls.messages.created"), errorToast: t("externalUrls.errors.create") },
    );

    const [update, isUpdating] = useMutation<CompliancePortalCustomLinkDialog_updateMutation>(
      updateMutation,
      { successMessage: t("externalUrls.messages.updated"), errorToast: t("externalUrls.errors.update") },
    );

    const { register, handleSubmit, formState: { errors }, reset, setValue, watch } = useFormWithSchema(schema, {
      defaultValues: { name: "", url: "" },
    });

    const [nameAutoDetected, setNameAutoDetected] = useState(false);

    const handleUrlChange = (e: React.ChangeEvent<HTMLInputElement>) => {
      const url = e.target.value;
      const detected = detectSocialName(url);
      if (detected && (nameAutoDetected || watch("name") === "")) {
        setValue("name", detected, { shouldValidate: true });
        setNameAutoDetected(true);
      } else if (!detected && nameAutoDetected) {
        setValue("name", "", { shouldValidate: false });
        setNameAutoDetected(false);
      }
    };

    useImperativeHandle(ref, () => ({
      openCreate: (pageId, cId) => {
        setMode("create");
        setCompliancePortalId(pageId);
        setConnectionId(cId);
        setEditId(null);
        setNameAutoDetected(false);
        reset({ name: "", url: "" });
        dialogRef.current?.open();
      },
      openEdit: (customLinkKey) => {
        const customLink = readInlineData(customLinkFragment, customLinkKey);
        setMode("edit");
        setEditId(customLink.id);
        setNameAutoDetected(false);
        reset({ name: customLink.name, url: customLink.url });
        dialogRef.current?.open();
      },
    }));

    const onSubmit = async (data: z.infer<typeof schema>) => {
      if (mode === "create") {
        await create({
          variables: {
            input: { compliancePortalId: compliancePortalId, name: data.name, url: data.url },
          },
          updater: (store) => {
            const payload = store.getRootField("createComplianceCustomLink");
            const edge = payload?.getLinkedRecord("complianceCustomLinkEdge");
            if (!edge) return;
            const connection = store.get(connectionId);
            if (!connection) return;
            ConnectionHandler.insertEdgeAfter(connection, edge);
          },
        });
      } else if (editId) {
        await update({
          variables: { input: { id: editId, name: data.name, url: data.url } },
        });
      }

      reset();
      dialogRef.current?.close();
    };

    const isSubmitting = isCreating || isUpdating;
    const title = mode === "create" ? t("externalUrls.dialog.titleCreate") : t("externalUrls.dialog.titleEdit");

    return (
      <Dialog ref={dialogRef} title={title} onClose={() => reset()}>
        <form onSubmit={e => void handleSubmit(onSubmit)(e)}>
          <DialogContent padded className="space-y-6">
            <Field
              {...register("url", { onChange: handleUrlChange })}
              label={t("externalUrls.fields.url")}
              type="url"
              required
              placeholder="https://example.com"
              error={errors.url?.message}
            />
            <Field
              {...register("name", { onChange: () => setNameAutoDetected(false) })}
              label={t("externalUrls.fields.name")}
              type="text"
              required
              placeholder={t("externalUrls.fields.namePlaceholder")}
              error={errors.name?.message}
            />
          </DialogContent>
          <DialogFooter>
            <Button type="submit" disabled={isSubmitting} icon={isSubmitting ? Spinner : undefined}>
              {mode === "create" ? t("externalUrls.actions.add") : t("externalUrls.actions.save")}
            </Button>
          </DialogFooter>
        </form>
      </Dialog>
    );
  },
);
