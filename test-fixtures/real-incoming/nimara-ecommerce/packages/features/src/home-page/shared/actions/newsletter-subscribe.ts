"use server";

export const newsletterSubscribeAction = async ({}: {
  email: string;
  name: string;
}) => {
  // TODO: Implement the newsletter subscription logic
  return { ok: true };
};
