"""Document sources: places that publish committee papers (a council's ModernGov site), synced
into the corpus folder with metadata sidecars and then ingested. Sits above `service`."""
