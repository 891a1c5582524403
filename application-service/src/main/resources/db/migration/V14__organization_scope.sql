-- Issue 18: an org-admin's lists and the statistics narrow to the projects of her organisations (and a term).
create index project_organization_term on project (organization, term_id);
