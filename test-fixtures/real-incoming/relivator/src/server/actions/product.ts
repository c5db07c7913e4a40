"use server";

import { and, eq } from "drizzle-orm";
import { unstable_noStore as noStore, revalidatePath } from "next/cache";
import { type z } from "zod";

import type { StoredFile } from "~/types";

import { db } from "~/server/db";
import { products } from "~/server/db/schema";
import { getErrorMessage } from "~/server/handle-error";
import {
  type CreateProductSchema,
  type createProductSchema,
  type updateProductRatingSchema,
} from "~/server/validations/product";

export async function filterProducts({ query }: { query: string }) {
  noStore();
  try {
    if (query.length === 0) {
      return {
        data: null,
        error: null,
      };
    }

    const categoriesWithProducts = await db.query.categories.findMany({
      columns: {
        id: true,
        name: true,
      },
      with: {
        products: {
          columns: {
            id: true,
            name: true,
          },
        },
      },
      // This doesn't do anything
      where: (table, { sql }) => sql`position(${query} in ${table.name}) > 0`,
    });

    return {
      data: categoriesWithProducts,
      error: null,
    };
  } catch (err) {
    return {
      data: null,
      error: getErrorMessage(err),
    };
  }
}

export async function addProduct(
  input: Omit<CreateProductSchema, "images"> & {
    storeId: string;
    images: StoredFile[];
  },
) {
  try {
    const productWithSameName = await db.query.products.findFirst({
      columns: {
        id: true,
      },
      where: eq(products.name, input.name),
    });

    if (productWithSameName) {
      throw new Error("Product name already taken.");
    }

    await db.insert(products).values({
      ...input,
      images: JSON.stringify(input.images) as unknown as StoredFile[],
    });

    revalidatePath(`/dashboard/stores/${input.storeId}/products.`);

    return {
      data: null,
      error: null,
    };
  } catch (err) {
    return {
      data: null,
      error: getErrorMessage(err),
    };
  }
}

export async function updateProduct(
  input: z.infer<typeof createProductSchema> & { id: string; storeId: string },
) {
  try {
    const product = await db.query.products.findFirst({
      where: and(
        eq(products.id, input.id),
        eq(products.storeId, input.storeId),
      ),
    });

    if (!product) {
      throw new Error("Product not found.");
    }

    await db
      .update(products)
      .set({
        ...input,
        images: JSON.stringify(input.images) as unknown as StoredFile[],
      })
      .where(eq(products.id, input.id));

    revalidatePath(`/dashboard/stores/${input.storeId}/products/${input.id}`);

    return {
      data: null,
      error: null,
    };
  } catch (err) {
    return {
      data: null,
      error: getErrorMessage(err),
    };
  }
}

export async function updateProductRating(
  input: z.infer<typeof updateProductRatingSchema>,
) {
  try {
    const product = await db.query.products.findFirst({
      columns: {
        id: true,
        rating: true,
      },
      where: eq(products.id, input.id),
    });

    if (!product) {
      throw new Error("Product not found.");
    }

    await db
      .update(products)
      .set({ rating: input.rating })
      .where(eq(products.id, input.id));

    revalidatePath("/");

    return {
      data: null,
      error: null,
    };
  } catch (err) {
    return {
      data: null,
      error: getErrorMessage(err),
    };
  }
}

export async function deleteProduct(input: { id: string; storeId: string }) {
  try {
    const product = await db.query.products.findFirst({
      columns: {
        id: true,
      },
      where: and(
        eq(products.id, input.id),
        eq(products.storeId, input.storeId),
      ),
    });

    if (!product) {
      throw new Error("Product not found.");
    }

    await db.delete(products).where(eq(products.id, input.id));

    revalidatePath(`/dashboard/stores/${input.storeId}/products`);

    return {
      data: null,
      error: null,
    };
  } catch (err) {
    return {
      data: null,
      error: getErrorMessage(err),
    };
  }
}
