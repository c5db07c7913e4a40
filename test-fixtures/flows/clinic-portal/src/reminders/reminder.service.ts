import { Inject, Injectable, Logger } from "@nestjs/common";
import sgMail from "@sendgrid/mail";
import type { Twilio } from "twilio";
import type { Appointment, Patient } from "../patients/patient.types";

export const TWILIO_CLIENT = Symbol("TWILIO_CLIENT");

const FRONT_DESK = "frontdesk@northside-clinic.example";
const SENDER = { email: "care@northside-clinic.example", name: "Northside Clinic" };

@Injectable()
export class ReminderService {
  private readonly logger = new Logger(ReminderService.name);

  constructor(@Inject(TWILIO_CLIENT) private readonly twilio: Twilio) {
    sgMail.setApiKey(process.env.SENDGRID_API_KEY ?? "");
  }

  async remind(patient: Patient, appointment: Appointment): Promise<void> {
    const when = new Date(appointment.startsAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });

    if (patient.smsOptIn) {
      try {
        await this.twilio.messages.create({
          to: patient.phone,
          from: process.env.TWILIO_FROM_NUMBER,
          body: `Hi ${patient.firstName}, this is a reminder of your appointment at ${appointment.clinicName} on ${when}.`,
        });
      } catch (err) {
        this.logger.warn(`SMS reminder to ${patient.phone} failed: ${(err as Error).message}`);
      }
    }

    await sgMail.send({
      to: patient.email,
      from: SENDER,
      templateId: "d-4f1c2b7a9e8d4c6b",
      dynamicTemplateData: {
        firstName: patient.firstName,
        clinicName: appointment.clinicName,
        when,
      },
    });
  }

  async reportRun(sent: number, failed: number): Promise<void> {
    this.logger.log(`reminder run finished: ${sent} sent, ${failed} failed`);
    await sgMail.send({
      to: FRONT_DESK,
      from: SENDER,
      subject: "Daily reminder run",
      text: `${sent} reminders sent, ${failed} failed.`,
    });
  }
}
