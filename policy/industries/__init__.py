"""Industries: the taxonomy of sectors and matching the terms of policy texts to it."""
