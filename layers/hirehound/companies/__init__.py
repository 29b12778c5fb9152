"""Company identity: name normalization, company domains and matching a posting's company to known ones."""
