-- The session log of an appointment: the log the professional wrote for it (the calendar marks
-- the appointment attended when it is saved), or the attendance log of a no-show.
alter table appointments add column session_log_id uuid;
