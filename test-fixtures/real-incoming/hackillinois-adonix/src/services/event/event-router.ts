import { Router } from "express";
import { Role } from "../auth/auth-schemas";

import { StatusCode } from "status-code-enum";

import specification, { Tag } from "../../middleware/specification";
import {
    EventFollowersSchema,
    EventNotFoundError,
    EventNotFoundErrorSchema,
    EventsSchema,
    EventType,
    EventSchema,
    CreateEventRequestSchema,
    UpdateEventRequestSchema,
    EventAttendeesSchema,
    EventAttendeesInfoSchema,
    EventAttendanceSchema,
    EventQRCodeResponseSchema,
} from "./event-schemas";
import { EventIdSchema, SuccessResponseSchema, UserIdSchema } from "../../common/schemas";
import { z } from "zod";
import Models from "../../common/models";
import { tryGetAuthenticatedUser } from "../../common/auth";
import { getEventQRCode, restrictEventsByRoles } from "./event-lib";
import Config from "../../common/config";
import crypto from "crypto";

const eventsRouter = Router();

eventsRouter.get(
    "/followers/:id/",
    specification({
        method: "get",
        path: "/event/followers/{id}/",
        tag: Tag.EVENT,
        role: Role.STAFF,
        summary: "Gets all the followers of an event",
        parameters: z.object({
            id: EventIdSchema,
        }),
        responses: {
            [StatusCode.SuccessOK]: {
                description: "The followers",
                schema: EventFollowersSchema,
            },
            [StatusCode.ClientErrorNotFound]: {
                description: "Couldn't find the event specified",
                schema: EventNotFoundErrorSchema,
            },
        },
    }),
    async (req, res) => {
        const { id: eventId } = req.params;
        const event = await Models.EventFollowers.findOne({ eventId });
        if (!event) {
            return res.status(StatusCode.ClientErrorNotFound).send(EventNotFoundError);
        }
        return res.status(StatusCode.SuccessOK).send({ eventId, followers: event.followers });
    },
);

eventsRouter.get(
    "/attendees/:id/",
    specification({
        method: "get",
        path: "/event/attendees/{id}/",
        tag: Tag.EVENT,
        role: Role.STAFF,
        summary: "Gets all the attendees of an event",
        parameters: z.object({
            id: EventIdSchema,
        }),
        responses: {
            [StatusCode.SuccessOK]: {
                description: "The attendees",
                schema: EventAttendeesSchema,
            },
            [StatusCode.ClientErrorNotFound]: {
                description: "Couldn't find the event specified",
                schema: EventNotFoundErrorSchema,
            },
        },
    }),
    async (req, res) => {
        const { id: eventId } = req.params;
        const event = await Models.EventAttendance.findOne({ eventId });
        if (!event) {
            return res.status(StatusCode.ClientErrorNotFound).send(EventNotFoundError);
        }
        return res
            .status(StatusCode.SuccessOK)
            .send({ eventId, attendees: event.attendees, excusedAttendees: event.excusedAttendees || [] });
    },
);

eventsRouter.put(
    "/mark-excused/:id/",
    specification({
        method: "put",
        path: "/event/mark-excused/{id}/",
        tag: Tag.EVENT,
        role: Role.STAFF,
        summary: "Updates a user's excused status for an event",
        parameters: z.object({
            id: EventIdSchema,
        }),
        body: z.object({
            userId: z.string(),
            excused: z.boolean(),
        }),
        responses: {
            [StatusCode.SuccessOK]: {
                description: "Successfully updated user's excused status",
                schema: SuccessResponseSchema,
            },
            [StatusCode.ClientErrorNotFound]: {
                description: "Couldn't find the event specified",
                schema: EventNotFoundErrorSchema,
            },
        },
    }),
    async (req, res) => {
        const { id: eventId } = req.params;
        const { userId, excused } = req.body;

        const event = await Models.EventAttendance.findOne({ eventId });
        if (!event) {
            return res.status(StatusCode.ClientErrorNotFound).send(EventNotFoundError);
        }

        if (!event.excusedAttendees) {
            event.excusedAttendees = [];
        }

        if (excused && !event.excusedAttendees.includes(userId)) {
            event.excusedAttendees.push(userId);
            await event.save();
        }

        if (!excused && event.excusedAttendees.includes(userId)) {
            event.excusedAttendees = event.excusedAttendees.filter((id) => id !== userId);
            await event.save();
        }

        return res.status(StatusCode.SuccessOK).send({ success: true });
    },
);

eventsRouter.get(
    "/attendees-info/:id/",
    specification({
        method: "get",
        path: "/event/attendees-info/{id}/",
        tag: Tag.EVENT,
        role: Role.STAFF,
        summary: "Gets all the attendee information from an event",
        parameters: z.object({
            id: EventIdSchema,
        }),
        responses: {
            [StatusCode.SuccessOK]: {
                description: "The attendees' info",
                schema: EventAttendeesInfoSchema,
            },
            [StatusCode.ClientErrorNotFound]: {
                description: "Couldn't find the event specified",
                schema: EventNotFoundErrorSchema,
            },
        },
    }),
    async (req, res) => {
        const { id: eventId } = req.params;
        const event = await Models.EventAttendance.findOne({ eventId });
        if (!event) {
            return res.status(StatusCode.ClientErrorNotFound).send(EventNotFoundError);
        }
        const attendeesInfo = await Models.UserInfo.find({
            userId: { $in: event.attendees },
        }).sort({ userId: 1 });

        return res.status(StatusCode.SuccessOK).send({ eventId, attendeesInfo });
    },
);

eventsRouter.get(
    "/staff/",
    specification({
        method: "get",
        path: "/event/staff/",
        tag: Tag.EVENT,
        role: Role.STAFF,
        summary: "Gets all staff events",
        responses: {
            [StatusCode.SuccessOK]: {
                description: "The events",
                schema: EventsSchema,
            },
            [StatusCode.ClientErrorNotFound]: {
                description: "Couldn't find the event specified",
                schema: EventNotFoundErrorSchema,
            },
        },
    }),
    async (_req, res) => {
        const events = await Models.Event.find({ isStaff: true });
        return res.status(StatusCode.SuccessOK).send({ events });
    },
);

eventsRouter.get(
    "/:id/",
    specification({
        method: "get",
        path: "/event/{id}/",
        tag: Tag.EVENT,
        role: null,
        summary: "Gets details of an event",
        parameters: z.object({
            id: EventIdSchema,
        }),
        responses: {
            [StatusCode.SuccessOK]: {
                description: "The event",
                schema: EventSchema,
            },
            [StatusCode.ClientErrorNotFound]: {
                description:
                    "Couldn't find the event specified.\n" +
                    "This also occurs if the user doesn't have permission to view this event.",
                schema: EventNotFoundErrorSchema,
            },
        },
    }),
    async (req, res) => {
        const { id: eventId } = req.params;
        const roles = tryGetAuthenticatedUser(req)?.roles || [];

        const event = await Models.Event.findOne({ eventId, ...restrictEventsByRoles(roles) });

        if (!event) {
            return res.status(StatusCode.ClientErrorNotFound).send(EventNotFoundError);
        }

        return res.status(StatusCode.SuccessOK).send(event);
    },
);

eventsRouter.get(
    "/",
    specification({
        method: "get",
        path: "/event/",
        tag: Tag.EVENT,
        role: null,
        summary: "Gets all events",
        description:
            "The events returned are filtered based on what the currently authenticated user can access.\n" +
            "For example, if the currently authenticated user is not staff, staff events will not be shown.",
        responses: {
            [StatusCode.SuccessOK]: {
                description: "The events",
                schema: EventsSchema,
            },
        },
    }),
    async (req, res) => {
        const roles = tryGetAuthenticatedUser(req)?.roles || [];
        const events = await Models.Event.find({
            eventType: { $ne: EventType.STAFF_SHIFT },
            ...restrictEventsByRoles(roles),
        });

        return res.status(StatusCode.SuccessOK).send({ events });
    },
);

eventsRouter.post(
    "/",
    specification({
        method: "post",
        path: "/event/",
        tag: Tag.EVENT,
        role: Role.ADMIN,
        summary: "Create a new event",
        body: CreateEventRequestSchema,
        responses: {
            [StatusCode.SuccessOK]: {
                description: "The new event",
                schema: EventSchema,
            },
        },
    }),
    async (req, res) => {
        const createRequest = req.body;
        const eventId = crypto.randomBytes(Config.EVENT_BYTES_GEN).toString("hex");

        const isPrivate = createRequest.isPrivate;

        // Create the new event and its attendance
        const event = await Models.Event.create({
            ...createRequest,
            eventId,
            isPrivate,
        });
        await Models.EventAttendance.create({ eventId: eventId, attendees: [], excusedAttendees: [] });
        return res.status(StatusCode.SuccessCreated).send(event);
    },
);

eventsRouter.put(
    "/",
    specification({
        method: "put",
        path: "/event/",
        tag: Tag.EVENT,
        role: Role.ADMIN,
        summary: "Update a event",
        body: UpdateEventRequestSchema,
        responses: {
            [StatusCode.SuccessOK]: {
                description: "The updated event",
                schema: EventSchema,
            },
            [StatusCode.ClientErrorNotFound]: {
                description: "Couldn't find the event to update",
                schema: EventNotFoundErrorSchema,
            },
        },
    }),
    async (req, res) => {
        const event = req.body;
        const eventId = event.eventId;

        const updatedEvent = await Models.Event.findOneAndUpdate({ eventId: eventId }, event, {
            new: true,
        });

        if (!updatedEvent) {
            return res.status(StatusCode.ClientErrorNotFound).send(EventNotFoundError);
        }

        return res.status(StatusCode.SuccessOK).send(updatedEvent);
    },
);

eventsRouter.delete(
    "/:id/",
    specification({
        method: "delete",
        path: "/event/{id}/",
        tag: Tag.EVENT,
        role: Role.ADMIN,
        summary: "Delete a event",
        parameters: z.object({
            id: EventIdSchema,
        }),
        responses: {
            [StatusCode.SuccessOK]: {
                description: "Successfully deleted",
                schema: SuccessResponseSchema,
            },
            [StatusCode.ClientErrorNotFound]: {
                description: "Couldn't find the event to delete",
                schema: EventNotFoundErrorSchema,
            },
        },
    }),
    async (req, res) => {
        const { id: eventId } = req.params;

        const result = await Models.Event.findOneAndDelete({ eventId: eventId });
        if (!result) {
            return res.status(StatusCode.ClientErrorNotFound).send(EventNotFoundError);
        }

        return res.status(StatusCode.SuccessNoContent).send({ success: true });
    },
);

eventsRouter.get(
    "/attendance/:id/",
    specification({
        method: "get",
        path: "/event/attendance/{id}/",
        tag: Tag.EVENT,
        role: null,
        summary: "Gets attendance per user",
        parameters: z.object({
            id: UserIdSchema,
        }),
        description:
            "The events returned are filtered based on what the currently authenticated user can access.\n" +
            "For example, if the currently authenticated user is not staff, staff events will not be shown.",
        responses: {
            [StatusCode.SuccessOK]: {
                description: "List of mandatory events in which the user is absent, present, and excused",
                schema: EventAttendanceSchema,
            },
        },
    }),
    async (req, res) => {
        const { id } = req.params;
        const events = await Models.EventAttendance.find();
        const eventIds = [...new Set(events.map((e) => e.eventId))];

        // Fetch events and map eventId to event
        const allEvents = await Models.Event.find({ eventId: { $in: eventIds } });
        const eventMap = new Map(allEvents.map((ev) => [ev.eventId, ev]));

        const absent: [string, number, number][] = [];
        const present: [string, number, number][] = [];
        const excused: [string, number, number][] = [];
        for (const e of events) {
            const currEvent = eventMap.get(e.eventId);

            // Skip non-mandatory events
            if (!currEvent || !currEvent.isMandatory) {
                continue;
            }

            if (e.attendees.includes(id)) {
                present.push([e.eventId, currEvent.startTime, currEvent.endTime]);
            } else if (e.excusedAttendees?.includes(id)) {
                excused.push([e.eventId, currEvent.startTime, currEvent.endTime]);
            } else {
                absent.push([e.eventId, currEvent.startTime, currEvent.endTime]);
            }
        }

        return res.status(StatusCode.SuccessOK).send({ present, excused, absent });
    },
);

eventsRouter.put(
    "/update-attendance/:id/",
    specification({
        method: "put",
        path: "/event/update-attendance/{id}/",
        tag: Tag.EVENT,
        role: Role.STAFF,
        summary: "Updates a user's attendance for an event",
        parameters: z.object({
            id: EventIdSchema,
        }),
        body: z.object({
            userId: z.string(),
            present: z.boolean(),
        }),
        responses: {
            [StatusCode.SuccessOK]: {
                description: "Successfully updated user's attendance status",
                schema: SuccessResponseSchema,
            },
            [StatusCode.ClientErrorNotFound]: {
                description: "Couldn't find the event specified",
                schema: EventNotFoundErrorSchema,
            },
        },
    }),
    async (req, res) => {
        const { id: eventId } = req.params;
        const { userId, present } = req.body;

        const event = await Models.EventAttendance.findOne({ eventId });
        if (!event) {
            return res.status(StatusCode.ClientErrorNotFound).send(EventNotFoundError);
        }

        if (present && !event.attendees.includes(userId)) {
            event.attendees.push(userId);
            await event.save();
        }

        if (!present && event.attendees.includes(userId)) {
            event.attendees = event.attendees.filter((id) => id !== userId);
            await event.save();
        }

        return res.status(StatusCode.SuccessOK).send({ success: true });
    },
);

eventsRouter.get(
    "/:id/qr",
    specification({
        method: "get",
        path: "/event/{id}/qr",
        tag: Tag.EVENT,
        role: Role.STAFF,
        summary: "Gets qr code of an event",
        parameters: z.object({
            id: EventIdSchema,
        }),
        responses: {
            [StatusCode.SuccessOK]: {
                description: "The QR code",
                schema: EventQRCodeResponseSchema,
            },
            [StatusCode.ClientErrorNotFound]: {
                description: "Couldn't find the event specified.",
                schema: EventNotFoundErrorSchema,
            },
        },
    }),
    async (req, res) => {
        const { id: eventId } = req.params;

        const event = await Models.Event.findOne({ eventId });

        if (!event) {
            return res.status(StatusCode.ClientErrorNotFound).send(EventNotFoundError);
        }

        return res.status(StatusCode.SuccessOK).send({
            qrCode: getEventQRCode(eventId),
        });
    },
);

export default eventsRouter;
