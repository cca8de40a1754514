"""Networks of shops: their public pages, one search across the members' catalogues, and the
coordinator's and members' pages in the back office."""
