import prisma from "@/lib/prisma";
import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { isValidOTPFormat, verifyOTP } from "@/lib/otp";
import { withValidation } from "@/lib/withValidation";
import {
  applyRateLimitHeaders,
  rateLimitExceededResponse,
} from "@/lib/rate-limit";
import { enforceRateLimit } from "@/lib/rate-limit-rules";

const verifySchema = z.object({
  email: z.string().email("Invalid email"),
  otp: z.string().length(6, "OTP must be 6 digits"),
});

export const POST = withValidation(verifySchema, async (req, data) => {
  try {
    const { email, otp } = data;

    const rateLimit = await enforceRateLimit(req, "authVerifyOtp", email);

    if (!rateLimit.allowed) {
      return rateLimitExceededResponse(rateLimit);
    }

    if (!isValidOTPFormat(otp)) {
      return applyRateLimitHeaders(
        NextResponse.json(
          { error: "Invalid OTP format" },
          { status: 400 },
        ),
        rateLimit,
      ) as NextResponse;
    }

    // Find user
    const user = await prisma.user.findUnique({ where: { email } });
    if (!user) {
      return applyRateLimitHeaders(
        NextResponse.json(
          { error: "User not found" },
          { status: 404 },
        ),
        rateLimit,
      ) as NextResponse;
    }

    // Check if already verified
    if (user.emailVerified) {
      return applyRateLimitHeaders(
        NextResponse.json(
          { error: "Email already verified" },
          { status: 400 },
        ),
        rateLimit,
      ) as NextResponse;
    }

    // Check OTP
    if (!user.otp || !user.otpExpires) {
      return applyRateLimitHeaders(
        NextResponse.json(
          { error: "No OTP found. Please request a new one." },
          { status: 400 },
        ),
        rateLimit,
      ) as NextResponse;
    }

    // Check if expired
    if (new Date() > user.otpExpires) {
      return applyRateLimitHeaders(
        NextResponse.json(
          { error: "OTP has expired. Please request a new one." },
          { status: 400 },
        ),
        rateLimit,
      ) as NextResponse;
    }

    // Verify OTP against the stored hash (constant-time).
    if (!verifyOTP(otp, user.otp)) {
      return applyRateLimitHeaders(
        NextResponse.json(
          { error: "Invalid OTP" },
          { status: 400 },
        ),
        rateLimit,
      ) as NextResponse;
    }

    // Mark as verified and clear OTP
    await prisma.user.update({
      where: { email },
      data: {
        emailVerified: true,
        otp: null,
        otpExpires: null,
      },
    });

    return applyRateLimitHeaders(
      NextResponse.json({
        ok: true,
        message: "Email verified successfully",
      }),
      rateLimit,
    ) as NextResponse;
  } catch (error) {
    console.error("Verify OTP error:", error);
    return NextResponse.json({ error: "Server error" }, { status: 500 });
  }
});
