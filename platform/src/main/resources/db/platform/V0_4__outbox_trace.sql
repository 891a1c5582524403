-- The trace and the request an event came from (issue 17): the relay publishes the row in that trace (W3C traceparent,
-- also sent as the Kafka header traceparent) and with the request id (Kafka header x-request-id), so a consumer's
-- span and log lines join the HTTP request's. Null for rows written outside a request or with tracing off.
alter table outbox_event add column traceparent varchar(64);
alter table outbox_event add column request_id varchar(128);
