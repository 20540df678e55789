"""What the app works out from the catalog and a person's choices: filters, ordering, schedules, checklists, links."""
