-- The insured's address when the client is not the insured (CMS-1500 item 7): the employer's
-- for workers' compensation, a spouse's or parent's otherwise.
alter table coverages add column insured_address varchar(300);
