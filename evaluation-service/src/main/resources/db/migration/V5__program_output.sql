-- The mentee's program output (issue 19): a work-product link and a short final report, submitted during the final
-- evaluation's window and confirmed by a mentor. A change after confirmation clears the confirmation.
alter table mentorship
    add column work_product_url     varchar(2000),
    add column final_report         varchar(4000),
    add column output_submitted_at  timestamptz,
    add column output_confirmed_by  varchar(200),
    add column output_confirmed_at  timestamptz,
    add constraint mentorship_output_confirmed check (output_confirmed_at is null or output_submitted_at is not null);
