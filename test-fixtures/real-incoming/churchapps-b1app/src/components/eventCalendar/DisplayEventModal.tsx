"use client";
import "react-big-calendar/lib/css/react-big-calendar.css";
import { DateHelper } from "@churchapps/apphelper";
import { Locale } from "@churchapps/apphelper";
import { Conversations } from "../notes/Conversations";
import { MarkdownPreviewLight } from "@churchapps/apphelper/markdown";
import type { EventInterface } from "@churchapps/helpers";
import { AppBar, Button, Dialog, DialogContent, Icon, IconButton, Toolbar, Typography } from "@mui/material";
import { useContext } from "react";
import { useParams } from "next/navigation";
import UserContext from "@/context/UserContext";

interface Props {
  event: EventInterface;
  canEdit?: boolean;
  onDone?: () => void;
  onEdit?: () => void;
}

export function DisplayEventModal(props: Props) {

  const context = useContext(UserContext);
  const params = useParams<{ sdSlug: string }>();

  const getDisplayTime = () => {
    let result = "";
    const eventStart = props.event.start || new Date();
    const eventEnd = props.event.end || new Date();
    if (props.event.allDay) {
      const prettyStartDate = DateHelper.prettyDate(eventStart);
      const prettyEndDate = DateHelper.prettyDate(eventEnd);
      if (prettyStartDate === prettyEndDate) result = prettyStartDate;
      else result = `${prettyStartDate} - ${prettyEndDate}`;
    } else {
      const prettyStart = DateHelper.prettyDateTime(eventStart);
      const prettyEnd = DateHelper.prettyDateTime(eventEnd);
      const prettyEndTime = DateHelper.prettyTime(eventEnd);
      const startDate = DateHelper.prettyDate(new Date(prettyStart));
      const endDate = DateHelper.prettyDate(new Date(prettyEnd));
      if (startDate === endDate) result = `${prettyStart} - ${prettyEndTime}`;
      else result = `${prettyStart} - ${prettyEnd}`;
    }
    return result;
  };

  return (
    <>
      <Dialog open={true} onClose={props.onDone} fullScreen>
        <AppBar sx={{ position: "relative" }}>
          <Toolbar>
            <IconButton edge="start" color="inherit" onClick={props.onDone} aria-label={Locale.label("common.close")}>
              <Icon>close</Icon>
            </IconButton>
            <Typography sx={{ ml: 2, flex: 1 }} variant="h6" component="div">
              {Locale.label("eventCalendar.editEvent")}
            </Typography>
            <Button autoFocus color="inherit" onClick={props.onEdit} data-testid="event-edit-button">
              {Locale.label("common.edit")}
            </Button>
          </Toolbar>
        </AppBar>
        <DialogContent>
          <h1>{props.event.title}</h1>
          <i>{getDisplayTime()}</i>
          <MarkdownPreviewLight value={props.event.description || ""} />
          {props.event.registrationEnabled && (
            <Button
              variant="contained"
              startIcon={<Icon>how_to_reg</Icon>}
              href={`/${params.sdSlug}/register/${props.event.id}`}
              sx={{ my: 2 }}
            >
              {Locale.label("eventCalendar.registerForEvent")}
            </Button>
          )}
          <h2>{Locale.label("eventCalendar.discussion")}</h2>
          <Conversations context={context!} contentType="event" contentId={props.event.id || ""} groupId={props.event.groupId} />

        </DialogContent>
      </Dialog>

    </>
  );
}
