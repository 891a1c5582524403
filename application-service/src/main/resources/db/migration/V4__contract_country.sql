-- The country the mentee signed with, kept on the contract snapshot: stipend amounts are fixed from it once, at
-- onboarding, whatever the profile or the payee details say later. Signatures made before this have none (null);
-- their onboarding falls back to the profile's country at that moment.
alter table contract_signature add column country varchar(2);
