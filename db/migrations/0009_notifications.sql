-- Notifications: reminders of what is about to expire in the registry (issue 4, item 8).
--
-- A background round (src/server/modules/notifications/reminders/) finds accreditations, vetting
-- clearances and certificates of required courses that end within 60, 30 or 7 days and writes one
-- notification per recipient and step. Several server processes may run the round at once, so
-- "once" is the database's promise, not the application's: the unique key below makes a second
-- insert of the same reminder a no-op (`on conflict do nothing`), and e-mails are claimed with
-- `for update skip locked` so that no two processes send the same one.
--
-- A notification holds no free text: only what it is about (kind, subject, course, due date, step).
-- Its words are composed when shown or sent, so nothing sensitive (a vetting finding, a reason for
-- a suspension) can find its way into one, and the web app can say it in the reader's language.

create table notifications (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  recipient_user_id uuid not null,
  kind text not null
    check (kind in ('accreditation_expiring', 'vetting_expiring', 'certificate_expiring')),
  -- An organisation (accreditation) or a practitioner (vetting, certificate); several tables, so
  -- no foreign key: the round only ever names rows of the same tenant.
  subject_type text not null check (subject_type in ('organisation', 'practitioner')),
  subject_id uuid not null,
  -- The course of a certificate: one practitioner may have several certificates ending on one day.
  course_id uuid,
  -- The last day the accreditation, clearance or certificate holds.
  due_on date not null,
  -- The step of the reminder: 60, 30 or 7 days before due_on.
  days_before integer not null check (days_before in (60, 30, 7)),
  created_at timestamptz not null default now(),
  read_at timestamptz,
  -- The e-mail channel. pending: to send (again at email_next_attempt_at); sent; failed: gave up
  -- after the last attempt; not_configured: no SMTP server (in-app only); no_address: the recipient
  -- has no e-mail address.
  email_status text not null default 'pending'
    check (email_status in ('pending', 'sent', 'failed', 'not_configured', 'no_address')),
  email_attempts integer not null default 0 check (email_attempts between 0 and 100),
  -- What went wrong, as an SMTP code or error class: never the message, which may quote an address.
  email_last_error text check (length(email_last_error) between 1 and 200),
  email_next_attempt_at timestamptz not null default now(),
  email_sent_at timestamptz,
  foreign key (tenant_id, recipient_user_id) references users (tenant_id, id),
  foreign key (tenant_id, course_id) references courses (tenant_id, id),
  check ((kind = 'accreditation_expiring') = (subject_type = 'organisation')),
  check ((kind = 'certificate_expiring') = (course_id is not null)),
  check ((email_status = 'sent') = (email_sent_at is not null)),
  -- One reminder per recipient, subject, due date and step, whatever runs the round and how often.
  constraint notifications_once unique nulls not distinct
    (tenant_id, recipient_user_id, kind, subject_id, course_id, due_on, days_before)
);
-- A user's own list, newest first (ids are UUIDv7, so by id is by creation).
create index notifications_recipient_idx on notifications (tenant_id, recipient_user_id, id desc);
create index notifications_unread_idx on notifications (tenant_id, recipient_user_id, id desc)
  where read_at is null;
-- The e-mails due, for the delivery step.
create index notifications_email_due_idx on notifications (tenant_id, email_next_attempt_at)
  where email_status = 'pending';

-- Where a user's notifications are e-mailed. Users have no e-mail address of their own yet (0003);
-- until the identity module keeps one, it lives here, with the channel that uses it. A user without
-- a row gets in-app notifications only.
create table notification_addresses (
  tenant_id uuid not null references tenants (id),
  user_id uuid not null,
  address text not null check (length(address) between 3 and 254 and address ~ '^[^\s@<>]+@[^\s@<>]+$'),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, user_id),
  foreign key (tenant_id, user_id) references users (tenant_id, id)
);

do $$
declare
  notification_table text;
begin
  foreach notification_table in array array['notifications', 'notification_addresses']
  loop
    execute format('alter table %I enable row level security', notification_table);
    execute format('alter table %I force row level security', notification_table);
    execute format('create policy %I on %I using (tenant_id = app_current_tenant())
      with check (tenant_id = app_current_tenant())', notification_table || '_tenant_isolation',
      notification_table);
    execute format('grant select, insert on %I to pathways_app', notification_table);
  end loop;
end
$$;

-- A notification's subject never changes: its reader marks it read, the round records its e-mail.
grant update (read_at, email_status, email_attempts, email_last_error, email_next_attempt_at, email_sent_at)
  on notifications to pathways_app;
grant update (address, updated_at) on notification_addresses to pathways_app;
